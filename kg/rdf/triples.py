"""Rows from the export queries into blocks of triples: (graph, subject, [(predicate, object), ...]).

One block per subject, so Turtle can write it as one `subject p o ; p o .` paragraph. Graph is None
for the default graph (outlets, speakers, claims, the modality scheme) or an article's graph IRI:
everything an article contributes (its statements, their chains and selectors) sits in that
article's named graph, so a partner can replace an article atomically.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

from kg.rdf.vocab import (
    CG,
    MODALITY_CONCEPT,
    OA,
    OWL,
    PROV,
    SCHEMA,
    SPEAKER_CLASSES,
    TYPE,
    WIKIDATA,
    XSD,
    modality_scheme,
)
from kg.text import name_key, stable_id

Block = tuple[Any, Any, list[tuple[Any, Any]]]


def _list(value: Any) -> list[Any]:
    """SQLite gives JSON text, Neo4j lists; nulls dropped."""
    if isinstance(value, str):
        value = json.loads(value)
    return [v for v in value or [] if v is not None]


def _iso(value: Any) -> str | None:
    """Dates and datetimes as ISO text, from either store (neo4j.time values or ISO strings)."""
    if value is None or isinstance(value, str):
        return value
    to_native = getattr(value, "to_native", None)
    return (to_native() if callable(to_native) else value).isoformat()


@lru_cache(maxsize=65536)
def org_id(affiliation: str) -> str:
    """The organisation speaker an affiliation names (the same id kg.models.Speaker derives)."""
    return stable_id("spk", "organization", name_key(affiliation))


class Triples:
    """Makes blocks from export rows; `terms` is kg.rdf.terms.NTerms or RdflibTerms."""

    def __init__(self, terms: Any, base: str) -> None:
        self.t, self.base = terms, base
        i = terms.iri
        self.p = {name: i(ns + name) for ns, names in (
            (PROV, ("Entity", "Agent", "wasAttributedTo", "wasQuotedFrom", "wasDerivedFrom", "qualifiedQuotation",
                    "entity", "hadPrimarySource")),
            (SCHEMA, ("NewsArticle", "NewsMediaOrganization", "Quotation", "Claim", "url", "headline",
                      "datePublished", "inLanguage", "publisher", "name", "alternateName", "text", "isPartOf",
                      "dateCreated", "appearance", "firstAppearance", "affiliation", "jobTitle")),
            (OA, ("SpecificResource", "TextQuoteSelector", "TextPositionSelector", "hasSource", "hasSelector",
                  "exact", "prefix", "suffix", "start", "end")),
            (CG, ("Statement", "Utterance", "Relay", "cue", "quoteType", "modality", "hedge", "asserts", "hop",
                  "speakerRole", "speakerAffiliation", "resolvedFrom", "evidence", "deliveredBy", "key", "domain",
                  "date", "question", "denial")),
        ) for name in names}
        self.p["type"] = i(TYPE)
        self.p["sameAs"] = i(OWL + "sameAs")
        self.p["ProvQuotation"] = i(PROV + "Quotation")  # schema:Quotation is "Quotation"
        self.modality = {k: i(v) for k, v in MODALITY_CONCEPT.items()}
        self.speaker_classes = {k: [i(c) for c in v] for k, v in SPEAKER_CLASSES.items()}

    # IRIs of claimgraph's resources: base + kind + store id.
    def iri(self, kind: str, ident: str) -> Any:
        return self.t.iri(f"{self.base}{kind}/{ident}")

    def graph_iri(self, article_id: str) -> Any:
        return self.t.iri(f"{self.base}graph/{article_id}")

    def vocabulary(self) -> Iterator[Block]:
        t = self.t
        for subject, pos in modality_scheme():
            yield None, t.iri(subject), [
                (t.iri(p), t.iri(o) if kind == "iri" else t.lang(o, kind) if kind else t.lit(o))
                for p, o, kind in pos]

    def outlets(self, rows: Iterable[Mapping[str, Any]]) -> Iterator[Block]:
        p, t = self.p, self.t
        for r in rows:
            pos = [(p["type"], p["NewsMediaOrganization"]), (p["type"], p["Agent"]), (p["name"], t.lit(r["name"]))]
            pos += [(p["alternateName"], t.lit(a)) for a in sorted(_list(r["aliases"]))]
            if r["key"]:
                pos.append((p["key"], t.lit(r["key"])))
            if r["domain"]:
                pos.append((p["domain"], t.lit(r["domain"])))
            if r["wikidata"]:
                pos.append((p["sameAs"], t.iri(WIKIDATA + r["wikidata"])))
            yield None, self.iri("outlet", r["id"]), pos

    def speakers(self, rows: Iterable[Mapping[str, Any]]) -> Iterator[Block]:
        p, t = self.p, self.t
        for r in rows:
            pos = [(p["type"], c) for c in self.speaker_classes.get(r["kind"], self.speaker_classes["person"])]
            pos += [(p["type"], p["Agent"]), (p["name"], t.lit(r["name"]))]
            pos += [(p["alternateName"], t.lit(a)) for a in sorted(_list(r["aliases"]))]
            affiliations = _list(r["affiliations"])
            for org in sorted({a["org"] for a in affiliations}):
                pos.append((p["affiliation"], self.iri("speaker", org)))
            for role in sorted({a["role"] for a in affiliations if a["role"]}):
                pos.append((p["jobTitle"], t.lit(role)))
            yield None, self.iri("speaker", r["id"]), pos

    def claims(self, rows: Iterable[Mapping[str, Any]]) -> Iterator[Block]:
        p, t = self.p, self.t
        for r in rows:
            pos = [(p["type"], p["Claim"]), (p["text"], t.lit(r["text"]))]
            if r["first_article"]:
                pos.append((p["firstAppearance"], self.iri("article", r["first_article"])))
            yield None, self.iri("claim", r["id"]), pos

    def article(self, r: Mapping[str, Any]) -> Block:
        p, t = self.p, self.t
        pos = [(p["type"], p["NewsArticle"]), (p["inLanguage"], t.lit(r["language"] or "und"))]
        if r["url"]:
            from kg.rdf.terms import safe_iri

            pos.append((p["url"], t.iri(safe_iri(r["url"]))))
        if r["title"]:
            pos.append((p["headline"], t.lit(r["title"])))
        published = _iso(r["published_at"])
        if published:
            pos.append((p["datePublished"], t.typed(published, XSD + "dateTime")))
        if r["publisher_id"]:
            pos.append((p["publisher"], self.iri("outlet", r["publisher_id"])))
        if r["delivered_by_id"]:
            pos.append((p["deliveredBy"], self.iri("outlet", r["delivered_by_id"])))
        return self.graph_iri(r["article_id"]), self.iri("article", r["article_id"]), pos

    def statement(self, r: Mapping[str, Any], graph: Any, art: Any) -> Iterator[Block]:
        """The statement, its chain (speaker's utterance, then each relaying outlet) and its selectors."""
        p, t = self.p, self.t
        stm_iri = f"{self.base}statement/{r['id']}"
        stm = t.iri(stm_iri)
        speaker = self.iri("outlet" if r["speaker_kind"] == "outlet" else "speaker", r["speaker_id"])
        said_on = _iso(r["said_on"])
        cue = r["cue"]

        # Hop 0 is what the speaker said; hops 1..n are what each relaying outlet carried.
        origin = t.iri(stm_iri + "/via/0")
        yield graph, origin, [(p["type"], p["Utterance"]), (p["type"], p["Entity"]), (p["wasAttributedTo"], speaker),
                              (p["hop"], t.integer(0))]
        prev = origin
        for hop in sorted(_list(r["via"]), key=lambda h: int(h["hop"])):
            n = int(hop["hop"])
            node_iri = f"{stm_iri}/via/{n}"
            node, q = t.iri(node_iri), t.iri(node_iri + "/quotation")
            yield graph, node, [(p["type"], p["Relay"]), (p["type"], p["Entity"]),
                                (p["wasAttributedTo"], self.iri("outlet", hop["id"])), (p["hop"], t.integer(n)),
                                (p["wasQuotedFrom"], prev), (p["wasDerivedFrom"], prev), (p["qualifiedQuotation"], q)]
            yield graph, q, self._quotation(prev, origin, cue, said_on)
            prev = node

        q = t.iri(stm_iri + "/quotation")
        ev, quote, position = t.iri(stm_iri + "/evidence"), t.iri(stm_iri + "/quote"), t.iri(stm_iri + "/position")
        claim = self.iri("claim", r["claim_id"]) if r["claim_id"] else None
        pos = [(p["type"], p["Statement"]), (p["type"], p["Entity"])]
        if r["quote_type"] == "direct":
            pos.append((p["type"], p["Quotation"]))
        pos += [(p["text"], t.lit(r["content"])), (p["wasAttributedTo"], speaker),
                (p["quoteType"], t.lit(r["quote_type"] or "indirect")),
                (p["modality"], self.modality.get(r["modality"], self.modality["assertion"]))]
        if cue:
            pos.append((p["cue"], t.lit(cue)))
        pos += [(p["hedge"], t.lit(h)) for h in _list(r["hedges"])]
        pos += [(p[flag], t.typed("true", XSD + "boolean")) for flag in ("question", "denial") if r.get(flag)]
        pos.append((p["isPartOf"], art))
        if claim is not None:
            pos.append((p["asserts"], claim))
        if said_on:
            pos.append((p["dateCreated"], t.typed(said_on, XSD + "date")))
        if r["role"]:
            pos.append((p["speakerRole"], t.lit(r["role"])))
        if r["affiliation"]:
            pos.append((p["speakerAffiliation"], self.iri("speaker", org_id(r["affiliation"]))))
        if r["resolved_from"]:
            pos.append((p["resolvedFrom"], t.lit(r["resolved_from"])))
        pos += [(p["hadPrimarySource"], origin), (p["wasQuotedFrom"], prev), (p["wasDerivedFrom"], prev),
                (p["qualifiedQuotation"], q), (p["evidence"], ev)]
        yield graph, stm, pos
        yield graph, q, self._quotation(prev, origin, cue, said_on)
        yield graph, ev, [(p["type"], p["SpecificResource"]), (p["hasSource"], art), (p["hasSelector"], quote),
                          (p["hasSelector"], position)]
        sel = [(p["type"], p["TextQuoteSelector"]), (p["exact"], t.lit(r["content"]))]
        if r["prefix"] is not None:
            sel.append((p["prefix"], t.lit(r["prefix"])))
        if r["suffix"] is not None:
            sel.append((p["suffix"], t.lit(r["suffix"])))
        yield graph, quote, sel
        yield graph, position, [(p["type"], p["TextPositionSelector"]), (p["start"], t.integer(int(r["start"]))),
                                (p["end"], t.integer(int(r["end"])))]
        if claim is not None:
            yield graph, claim, [(p["appearance"], art)]

    def _quotation(self, source: Any, origin: Any, cue: str | None, said_on: str | None) -> list[tuple[Any, Any]]:
        """A qualified quotation; the one that quotes the speaker carries the cue and the date said."""
        p, t = self.p, self.t
        pos = [(p["type"], p["ProvQuotation"]), (p["entity"], source)]
        if source == origin:
            if cue:
                pos.append((p["cue"], t.lit(cue)))
            if said_on:
                pos.append((p["date"], t.typed(said_on, XSD + "date")))
        return pos

    def articles(self, rows: Iterable[Mapping[str, Any]]) -> Iterator[Block]:
        """Blocks for rows ordered by article: each article once, then its statements."""
        current = None
        graph = art = None
        for r in rows:
            if r["article_id"] != current:
                current = r["article_id"]
                block = self.article(r)
                graph, art = block[0], block[1]
                yield block
            if r["id"] is not None:
                yield from self.statement(r, graph, art)
