"""about ENTITY, timeline NAME|ENTITY, speculations [--about ENTITY]: statements by what they mention.

An entity is found by any of its names (scripts folded, kg.text.name_key) through MENTIONS
(kg/entities.py); `about` also takes statements whose text holds the name, so a name the mention
extractor missed is still found (a containment scan in either script).
"""

from __future__ import annotations

from kg.store import GraphStore
from kg.text import name_key, to_simplified, to_traditional
from queries.base import NamedQuery
from queries.provenance import Provenance
from queries.said_by import said_by
from queries.statements import by_ids, filter_params, statements_query

# Statements whose text holds the name as written, in Simplified or Traditional (a scan: names of two
# characters are below what a trigram index can look up). SQLite: `+id` keeps the id index out of the
# ORDER BY, so the scan reads the table in order and sorts the few hits (13x faster at 1M statements
# than walking the index and fetching every row; bench/query_bench.py).
CONTAINS = NamedQuery(
    name="contains",
    cypher="""
MATCH (s:Statement) WHERE s.content CONTAINS $simplified OR s.content CONTAINS $traditional
   OR s.content CONTAINS $written
RETURN s.id AS id ORDER BY id LIMIT $limit
""",
    sql="""
SELECT id FROM statement
WHERE instr(content, :simplified) > 0 OR instr(content, :traditional) > 0 OR instr(content, :written) > 0
ORDER BY +id LIMIT :limit
""",
)

ABOUT = statements_query(
    "about",
    "MATCH (:NameKey {key: $key})-[:NAMES]->(:Entity)<-[:MENTIONS]-(s:Statement)<-[:MADE]-(sp:Speaker)\n"
    "MATCH (s)-[:REPORTED_IN]->(a:Article)",
    "s.id IN (SELECT m.statement_id FROM alias al JOIN mention m ON m.entity_id = al.owner WHERE al.key = :key)",
    filters=True,
)

SPECULATIONS = statements_query(
    "speculations",
    "MATCH (sp:Speaker)-[:MADE]->(s:Statement)-[:REPORTED_IN]->(a:Article)",
    "1 = 1",
    filters=True,
)


def _order(p: Provenance) -> tuple[bool, float, str, int]:
    return (p.published_at is None, p.published_at.timestamp() if p.published_at else 0.0, p.article_id, p.start)


def about(store: GraphStore, entity: str, limit: int = 100, modality: str | None = None) -> list[Provenance]:
    key = name_key(entity)
    if not key:
        return []
    params = {"key": key, "limit": limit, **filter_params(modality=modality)}
    rows = {r["id"]: Provenance.model_validate(r) for r in store.run(ABOUT, params)}
    written = entity.strip()
    found = store.run(CONTAINS, {"simplified": to_simplified(written), "traditional": to_traditional(written),
                                 "written": written, "limit": 1000})
    extra = [r["id"] for r in found if r["id"] not in rows]
    for p in by_ids(store, extra):
        if modality is None or p.modality == modality:
            rows[p.id] = p
    return sorted(rows.values(), key=_order)[:limit]


def timeline(store: GraphStore, name: str, limit: int = 100) -> list[Provenance]:
    """Dated statements by a speaker of that name or about an entity of that name, oldest first."""
    ids = [r.id for r in said_by(store, name, limit=10_000)]
    rows = {p.id: p for p in by_ids(store, ids)}
    for p in about(store, name, limit=10_000):
        rows.setdefault(p.id, p)
    dated = [p for p in rows.values() if p.published_at is not None]
    return sorted(dated, key=_order)[:limit]


def speculations(store: GraphStore, about_entity: str | None = None, limit: int = 100) -> list[Provenance]:
    params = {"limit": limit, **filter_params(modality="speculation", about=about_entity)}
    return [Provenance.model_validate(r) for r in store.run(SPECULATIONS, params)]

