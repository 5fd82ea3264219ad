"""`kg import rdf`: an export (claimgraph's own, or a partner's in the same model) back into a store.

The file is read into rdflib (all formats the export writes), turned back into the ExtractionResults
the stores write, article by article, and written through the store's ordinary idempotent write path:
importing the same file twice changes nothing. Ids come from the IRIs when they are claimgraph's
(…/statement/stm_…), so an export imported elsewhere keeps its ids; other IRIs get content-derived ids.
The parsed graph is held in memory (rdflib), so very large files are best imported in slices
(`kg export rdf --since/--outlet/--speaker`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kg.models import Article, ExtractionResult, Outlet, Speaker, Statement
from kg.rdf.vocab import CG, CONCEPT_MODALITY, OA, PROV, SCHEMA, TYPE, WIKIDATA
from kg.store import GraphStore

_ID = re.compile(r"/(?:article|statement|speaker|outlet|claim)/((?:art|stm|spk|out|clm)_[0-9a-f]{16})$")
_SUFFIXES = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".nq": "nquads", ".nquads": "nquads",
             ".trig": "trig", ".jsonld": "json-ld", ".json": "json-ld"}


class ImportError_(ValueError):
    """The file cannot be read as RDF; the message names the file and the problem."""


@dataclass
class ImportReport:
    articles: int = 0
    statements: int = 0


def guess_format(path: str | Path) -> str:
    fmt = _SUFFIXES.get(Path(path).suffix.lower())
    if fmt is None:
        raise ImportError_(f"{path}: cannot tell the RDF format from the name; give --format")
    return fmt


def _ident(node: Any) -> str:
    m = _ID.search(str(node))
    return m.group(1) if m else ""


class _Reader:
    def __init__(self, g: Any) -> None:
        from rdflib import URIRef

        self.g, self.U = g, URIRef
        self._outlets: dict[Any, Outlet] = {}

    def one(self, s: Any, ns: str, name: str) -> Any:
        return self.g.value(s, self.U(ns + name))

    def text(self, s: Any, ns: str, name: str) -> str | None:
        v = self.one(s, ns, name)
        return None if v is None else str(v)

    def all(self, s: Any, ns: str, name: str) -> list[str]:
        return sorted(str(v) for v in self.g.objects(s, self.U(ns + name)))

    def types(self, s: Any) -> set[str]:
        return {str(t) for t in self.g.objects(s, self.U(TYPE))}

    def outlet(self, node: Any) -> Outlet | None:
        if node is None:
            return None
        if node not in self._outlets:
            wikidata = next((str(v)[len(WIKIDATA):] for v in self.g.objects(node, self.U(
                "http://www.w3.org/2002/07/owl#sameAs")) if str(v).startswith(WIKIDATA)), None)
            self._outlets[node] = Outlet(
                id=_ident(node), name=self.text(node, SCHEMA, "name") or str(node),
                aliases=self.all(node, SCHEMA, "alternateName"), key=self.text(node, CG, "key") or "",
                domain=self.text(node, CG, "domain"), wikidata=wikidata)
        return self._outlets[node]

    def speaker(self, node: Any, role: str | None, affiliation: str | None) -> Speaker:
        types = self.types(node)
        if SCHEMA + "NewsMediaOrganization" in types:
            kind = "outlet"
        elif CG + "Group" in types:
            kind = "group"
        elif SCHEMA + "Organization" in types:
            kind = "organization"
        else:
            kind = "person"
        return Speaker(id=_ident(node), name=self.text(node, SCHEMA, "name") or str(node),
                       aliases=self.all(node, SCHEMA, "alternateName"), kind=kind, role=role,
                       affiliation=affiliation)

    def chain(self, stm: Any) -> list[Outlet]:
        """Relaying outlets, nearest to the speaker first, walking prov:wasQuotedFrom back to the utterance."""
        hops: list[tuple[int, Outlet]] = []
        node, seen, step = self.one(stm, PROV, "wasQuotedFrom"), set(), 0
        while node is not None and node not in seen and CG + "Relay" in self.types(node):
            seen.add(node)
            step += 1
            hop = self.one(node, CG, "hop")
            outlet = self.outlet(self.one(node, PROV, "wasAttributedTo"))
            if outlet is not None:
                hops.append((int(hop) if hop is not None else -step, outlet))
            node = self.one(node, PROV, "wasQuotedFrom")
        return [o for _, o in sorted(hops, key=lambda h: h[0])]

    def statement(self, stm: Any, article_id: str) -> Statement:
        content = self.text(stm, SCHEMA, "text") or ""
        evidence = self.one(stm, CG, "evidence")
        start = end = 0
        prefix = suffix = None
        for sel in self.g.objects(evidence, self.U(OA + "hasSelector")) if evidence is not None else []:
            types = self.types(sel)
            if OA + "TextPositionSelector" in types:
                start, end = int(self.one(sel, OA, "start")), int(self.one(sel, OA, "end"))
            if OA + "TextQuoteSelector" in types:
                prefix, suffix = self.text(sel, OA, "prefix"), self.text(sel, OA, "suffix")
        org = self.one(stm, CG, "speakerAffiliation")
        affiliation = self.text(org, SCHEMA, "name") if org is not None else None
        # Hedges are cue words inside the content: their order there is the order they were found in.
        hedges = sorted(self.all(stm, CG, "hedge"), key=lambda h: (content.find(h) % (len(content) + 1), h))
        said = self.text(stm, SCHEMA, "dateCreated")
        claim = self.one(stm, CG, "asserts")
        modality = CONCEPT_MODALITY.get(str(self.one(stm, CG, "modality")), "assertion")
        return Statement(
            id=_ident(stm), article_id=article_id,
            speaker=self.speaker(self.one(stm, PROV, "wasAttributedTo"), self.text(stm, CG, "speakerRole"),
                                 affiliation),
            cue=self.text(stm, CG, "cue") or "", content=content, span=(start, end),
            quote_type=self.text(stm, CG, "quoteType") or "indirect", modality=modality, hedges=hedges,
            via=self.chain(stm), said_on=date.fromisoformat(said) if said else None,
            question=self.text(stm, CG, "question") == "true", denial=self.text(stm, CG, "denial") == "true",
            resolved_from=self.text(stm, CG, "resolvedFrom"), claim_id=_ident(claim) if claim is not None else "",
            claim_fixed=claim is not None and bool(_ident(claim)), prefix=prefix, suffix=suffix,
            claim_text=self.text(claim, SCHEMA, "text") if claim is not None else None)

    def results(self) -> Iterator[ExtractionResult]:
        by_article: dict[Any, list[Any]] = {}
        for stm in self.g.subjects(self.U(TYPE), self.U(CG + "Statement")):
            by_article.setdefault(self.one(stm, SCHEMA, "isPartOf"), []).append(stm)
        for art in sorted(self.g.subjects(self.U(TYPE), self.U(SCHEMA + "NewsArticle"))):
            published = self.text(art, SCHEMA, "datePublished")
            article = Article(
                id=_ident(art), url=self.text(art, SCHEMA, "url"), title=self.text(art, SCHEMA, "headline") or "",
                published_at=datetime.fromisoformat(published) if published else None,
                language=self.text(art, SCHEMA, "inLanguage") or "und",
                outlet=self.outlet(self.one(art, SCHEMA, "publisher")),
                delivered_by=self.outlet(self.one(art, CG, "deliveredBy")))
            stms = [self.statement(s, article.id) for s in sorted(by_article.get(art, []))]
            yield ExtractionResult(article=article, statements=stms)


def read_rdf(path: str | Path, fmt: str | None = None) -> Iterator[ExtractionResult]:
    """Articles with their statements, from an RDF file in any format the export writes."""
    from rdflib import Dataset, Graph

    fmt = fmt or guess_format(path)
    ds = Dataset()
    try:
        ds.parse(str(path), format=fmt)
    except Exception as exc:  # rdflib raises many kinds; all mean "not readable as this format"
        detail = " ".join(str(exc).split())[:200]  # rdflib's messages span lines: one line here
        raise ImportError_(f"{path}: not readable as {fmt}: {type(exc).__name__}: {detail}") from None
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    yield from _Reader(union).results()


def import_rdf(store: GraphStore, path: str | Path, fmt: str | None = None, batch_size: int = 100) -> ImportReport:
    """Write every article of the file into the store, batch by batch (each batch all or nothing)."""
    report = ImportReport()
    batch: list[ExtractionResult] = []
    for result in read_rdf(path, fmt):
        batch.append(result)
        if len(batch) >= batch_size:
            store.write(batch)
            report.articles += len(batch)
            report.statements += sum(len(r.statements) for r in batch)
            batch = []
    if batch:
        store.write(batch)
        report.articles += len(batch)
        report.statements += sum(len(r.statements) for r in batch)
    return report
