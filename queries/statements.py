"""Statement rows with their whole chain, selected by any filter: the building block of the query set.

Every query here returns Provenance rows (queries/provenance.py) in one order both stores share:
publication time (undated last), then article id, then position in the article.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from kg.store import GraphStore
from kg.text import name_key
from queries.base import NamedQuery
from queries.provenance import _CYPHER_RETURN, _SQL_SELECT, Provenance

CYPHER_ORDER = "ORDER BY a.published_at, a.id, s.start\n"
SQL_ORDER = 'ORDER BY a.published_utc IS NULL, a.published_utc, a.id, s.start\n'

# Optional filters shared by said-by, about, speculations: each is off when its parameter is null.
CYPHER_FILTERS = """
WHERE ($since IS NULL OR a.published_at >= datetime($since))
  AND ($until IS NULL OR a.published_at < datetime($until))
  AND ($modality IS NULL OR s.modality = $modality)
  AND ($about IS NULL OR EXISTS { MATCH (s)-[:MENTIONS]->(:Entity)<-[:NAMES]-(:NameKey {key: $about}) })
WITH s, sp, a
"""
SQL_FILTERS = """
  AND (:since IS NULL OR a.published_utc >= :since)
  AND (:until IS NULL OR a.published_utc < :until)
  AND (:modality IS NULL OR s.modality = :modality)
  AND (:about IS NULL OR s.id IN (SELECT m.statement_id FROM alias al JOIN mention m ON m.entity_id = al.owner
                                   WHERE al.key = :about))
"""


def statements_query(name: str, cypher_match: str, sql_where: str, filters: bool = False) -> NamedQuery:
    """A query returning Provenance rows: `cypher_match` binds s, sp, a; `sql_where` filters s, sp, a."""
    return NamedQuery(
        name=name,
        # Neo4j: order and cut before the publisher/aggregator lookups, so they run for the kept rows only.
        cypher=cypher_match + (CYPHER_FILTERS if filters else "\nWITH s, sp, a\n") + CYPHER_ORDER + "LIMIT $limit\n"
        + _CYPHER_RETURN + CYPHER_ORDER + "LIMIT $limit",
        sql=_SQL_SELECT + "WHERE " + sql_where + (SQL_FILTERS if filters else "\n") + SQL_ORDER + "LIMIT :limit",
    )


BY_IDS = statements_query(
    "statements-by-id",
    "UNWIND $ids AS sid MATCH (sp:Speaker)-[:MADE]->(s:Statement {id: sid})-[:REPORTED_IN]->(a:Article)",
    "s.id IN (SELECT value FROM json_each(:ids_json))",
)


def by_ids(store: GraphStore, ids: Sequence[str]) -> list[Provenance]:
    """Rows for the given statement ids, in the order given."""
    if not ids:
        return []
    rows = store.run(BY_IDS, {"ids": list(ids), "ids_json": json.dumps(list(ids)), "limit": len(ids)})
    found = {r["id"]: Provenance.model_validate(r) for r in rows}
    return [found[i] for i in ids if i in found]


def filter_params(since: date | None = None, until: date | None = None, modality: str | None = None,
                  about: str | None = None) -> dict[str, Any]:
    """Dates as UTC instants (until is inclusive: up to the end of that day); names as keys."""
    def instant(d: date | None, days: int = 0) -> str | None:
        if d is None:
            return None
        return (datetime.combine(d, time(0)) + timedelta(days=days)).isoformat() + "+00:00"

    return {"since": instant(since), "until": instant(until, 1), "modality": modality,
            "about": (name_key(about) or None) if about else None}
