"""Flatten extraction results into the parameter rows both stores write.

The two adapters write the same rows, so the same input gives the same graph
in either store. Rows are plain dicts because they are driver parameters.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC
from functools import lru_cache
from typing import Any

from kg.models import Article, ExtractionResult, Outlet, Speaker, alias_keys, script_variants


@dataclass
class Batch:
    outlets: dict[str, dict[str, Any]] = field(default_factory=dict)
    speakers: dict[str, dict[str, Any]] = field(default_factory=dict)
    articles: list[dict[str, Any]] = field(default_factory=list)
    claims: dict[str, dict[str, Any]] = field(default_factory=dict)
    statements: list[dict[str, Any]] = field(default_factory=list)
    via: list[dict[str, Any]] = field(default_factory=list)
    affiliations: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)  # kg.entities: what statements mention
    mentions: list[dict[str, Any]] = field(default_factory=list)


def article_hash(a: Article) -> str:
    """Fingerprint of an article as loaded: equal hashes mean re-extracting would write the same rows.

    Covers the normalised text and title and the metadata the article row holds, so a corrected
    date or publisher is picked up by an incremental run. Uses the loader's content_hash when set.
    """
    text = getattr(a, "content_hash", None) or unicodedata.normalize("NFC", a.text)
    published = a.published_at.isoformat() if a.published_at else ""
    parts = (text, unicodedata.normalize("NFC", a.title), a.url or "", published, a.language,
             a.outlet.id if a.outlet else "", a.delivered_by.id if a.delivered_by else "")
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


QUOTE_CONTEXT = 32  # characters of prefix and suffix kept for the RDF export's TextQuoteSelector


def quote_context(text: str, s: Any) -> dict[str, str | None]:
    """The statement's prefix and suffix: given (an RDF import) or cut from the article text."""
    if s.prefix is not None or s.suffix is not None or not text:
        return {"prefix": s.prefix, "suffix": s.suffix}
    start, end = s.span
    return {"prefix": text[max(0, start - QUOTE_CONTEXT):start], "suffix": text[end:end + QUOTE_CONTEXT]}


def _outlet_row(o: Outlet) -> dict[str, Any]:
    # Rows are cached by value: script variants (OpenCC) of the same names are costly and repeat a lot.
    return dict(_outlet_row_cached(o.id, o.name, tuple(o.aliases), o.key, o.domain, o.wikidata))


@lru_cache(maxsize=16384)
def _outlet_row_cached(id_: str, name: str, aliases: tuple[str, ...], key: str, domain: str | None,
                       wikidata: str | None) -> dict[str, Any]:
    names = script_variants([name, *aliases])
    return {"id": id_, "name": name, "key": key, "domain": domain, "wikidata": wikidata,
            "aliases": [n for n in names if n != name], "keys": alias_keys(names)}


def _speaker_row(s: Speaker) -> dict[str, Any]:
    return dict(_speaker_row_cached(s.id, s.name, tuple(s.aliases), s.kind))


@lru_cache(maxsize=65536)
def _speaker_row_cached(id_: str, name: str, aliases: tuple[str, ...], kind: str) -> dict[str, Any]:
    names = script_variants([name, *aliases])
    if kind == "outlet":
        names += [n for n in _outlet_of_name(name).all_names() if n not in names]
    return {"id": id_, "name": name, "kind": kind,
            "aliases": [n for n in names if n != name], "keys": alias_keys(names)}


def _outlet_of_name(name: str) -> Outlet:
    from kg.outlets import outlet_named

    return outlet_named(name)


def _outlet_of(s: Speaker) -> Outlet:
    from kg.outlets import outlet_named

    return outlet_named(s.name)


def _merge(into: dict[str, dict[str, Any]], row: dict[str, Any]) -> None:
    old = into.get(row["id"])
    if old is None:
        into[row["id"]] = row
        return
    for k in ("aliases", "keys"):
        old[k] = old[k] + [x for x in row[k] if x not in old[k]]


def to_batch(results: list[ExtractionResult], stored: Collection[str] = ()) -> Batch:
    """The rows a store writes for these results. Claims in `stored` are already in the store: their
    rows say so (`stored`) and carry no band keys, which a store need not write again."""
    b = Batch()
    for r in results:
        a = r.article
        for o in (a.outlet, a.delivered_by):
            if o is not None:
                _merge(b.outlets, _outlet_row(o))
        published = a.published_at
        b.articles.append({
            "id": a.id, "url": a.url, "title": a.title, "language": a.language, "source_file": a.source_file,
            "published_at": published.isoformat() if published else None,
            "published_utc": published.astimezone(UTC).isoformat() if published else None,
            "outlet_id": a.outlet.id if a.outlet else None,
            "delivered_by": a.delivered_by.id if a.delivered_by else None,
            "content_hash": article_hash(a),
        })
        for s in r.statements:
            sp = s.speaker
            _merge(b.speakers, _speaker_row(sp))
            if sp.kind == "outlet":
                _merge(b.outlets, _outlet_row(_outlet_of(sp)))
            if sp.affiliation and sp.kind != "outlet":  # a person's (or a group's, a body's) organisation
                org = Speaker(name=sp.affiliation, kind="organization")
                _merge(b.speakers, _speaker_row(org))
                key = (sp.id, org.id, sp.role or "")
                b.affiliations[key] = {"person": sp.id, "org": org.id, "role": sp.role or ""}
            b.claims.setdefault(s.claim_id, {"id": s.claim_id, "text": getattr(s, "claim_text", None) or s.content,
                                             "stored": s.claim_id in stored})
            b.statements.append({
                "id": s.id, "article_id": a.id, "speaker_id": sp.id, "claim_id": s.claim_id, "cue": s.cue,
                "content": s.content, "start": s.span[0], "end": s.span[1], "quote_type": s.quote_type,
                "modality": s.modality, "hedges": list(s.hedges), "question": s.question, "denial": s.denial,
                "said_on": s.said_on.isoformat() if s.said_on else None,
                "role": sp.role, "affiliation": sp.affiliation, "resolved_from": s.resolved_from,
                **quote_context(a.text, s),
            })
            for hop, o in enumerate(s.via, 1):
                _merge(b.outlets, _outlet_row(o))
                b.via.append({"statement_id": s.id, "hop": hop, "outlet_id": o.id})
    _add_mentions(b, results)
    return b


def _add_mentions(b: Batch, results: list[ExtractionResult]) -> None:
    """Entities and MENTIONS rows (kg.entities), and each claim's LSH band keys (kg.claims)."""
    from kg.claims import band_keys
    from kg.entities import batch_mentions

    for c in b.claims.values():
        c["bands"] = [] if c["stored"] else list(band_keys(c["text"]))
    found, known = _PREPARED.pop(_batch_key(results), None) or batch_mentions(results)
    for sid, ents in found.items():
        for e in ents:
            names = known.names.get(e.id, [e.name])
            _merge(b.entities, {"id": e.id, "name": e.name, "kind": e.kind,
                                "aliases": [n for n in names if n != e.name], "keys": alias_keys(names)})
            b.mentions.append({"statement_id": sid, "entity_id": e.id})


# Mentions computed ahead, in an ingest worker, for exactly this batch (kg.ingest): the writing
# process then only looks them up. At most one batch waits here at a time.
_PREPARED: dict[tuple[str, ...], Any] = {}


def _batch_key(results: list[ExtractionResult]) -> tuple[str, ...]:
    return tuple(s.id for r in results for s in r.statements)


def prepare_mentions(results: list[ExtractionResult]) -> Any:
    """What to_batch would compute for these results' MENTIONS (kg.entities.batch_mentions)."""
    from kg.entities import batch_mentions

    return batch_mentions(results)


def remember_mentions(results: list[ExtractionResult], prepared: Any) -> None:
    """Hand to_batch the prepare_mentions value of this very batch (same results, same order)."""
    _PREPARED.clear()
    _PREPARED[_batch_key(results)] = prepared
