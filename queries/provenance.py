"""provenance ID|TEXT: who said it, through which outlets, in which article, delivered by whom."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pydantic import BaseModel, field_validator

from kg.store import GraphStore
from queries.base import JsonList, NamedQuery, When, json_list
from queries.search import search

# The columns both stores return for one statement; shared with the export.
_CYPHER_RETURN = """
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(p:Outlet)
OPTIONAL MATCH (a)-[:DELIVERED_BY]->(d:Outlet)
RETURN s.id AS id, [(s)-[:ASSERTS]->(c:Claim) | c.id][0] AS claim_id,
       s.content AS content, s.cue AS cue, s.quote_type AS quote_type, s.modality AS modality,
       s.hedges AS hedges, s.said_on AS said_on, s.start AS start, s.end AS end,
       coalesce(s.question, false) AS question, coalesce(s.denial, false) AS denial,
       sp.id AS speaker_id, sp.name AS speaker, sp.kind AS speaker_kind, sp.aliases AS speaker_aliases,
       s.role AS role, s.affiliation AS affiliation,
       [(s)-[v:VIA]->(o:Outlet) | {hop: v.hop, id: o.id, name: o.name}] AS via,
       a.id AS article_id, a.title AS title, a.url AS url, a.published_at AS published_at,
       p.id AS publisher_id, p.name AS publisher, d.id AS delivered_by_id, d.name AS delivered_by
"""

_SQL_SELECT = """
SELECT s.id AS id, s.claim_id AS claim_id,
       s.content AS content, s.cue AS cue, s.quote_type AS quote_type, s.modality AS modality,
       s.hedges AS hedges, s.said_on AS said_on, s.start AS start, s."end" AS "end",
       s.question AS question, s.denial AS denial,
       sp.id AS speaker_id, sp.name AS speaker, sp.kind AS speaker_kind,
       (SELECT json_group_array(al.name) FROM alias al WHERE al.owner = sp.id AND al.name <> sp.name)
           AS speaker_aliases,
       s.role AS role, s.affiliation AS affiliation,
       (SELECT json_group_array(json_object('hop', v.hop, 'id', o.id, 'name', o.name))
        FROM via v JOIN outlet o ON o.id = v.outlet_id WHERE v.statement_id = s.id) AS via,
       a.id AS article_id, a.title AS title, a.url AS url, a.published_at AS published_at,
       p.id AS publisher_id, p.name AS publisher, d.id AS delivered_by_id, d.name AS delivered_by
FROM statement s
JOIN speaker sp ON sp.id = s.speaker_id
JOIN article a ON a.id = s.article_id
LEFT JOIN outlet p ON p.id = a.outlet_id
LEFT JOIN outlet d ON d.id = a.delivered_by
"""

PROVENANCE = NamedQuery(
    name="provenance",
    cypher="MATCH (sp:Speaker)-[:MADE]->(s:Statement {id: $id})-[:REPORTED_IN]->(a:Article)" + _CYPHER_RETURN,
    sql=_SQL_SELECT + "WHERE s.id = :id",
)

ALL_STATEMENTS = NamedQuery(
    name="all-statements",
    cypher="MATCH (sp:Speaker)-[:MADE]->(s:Statement)-[:REPORTED_IN]->(a:Article)" + _CYPHER_RETURN
    + "ORDER BY s.id",
    sql=_SQL_SELECT + "ORDER BY s.id",
)

_ID = re.compile(r"^stm_[0-9a-f]{16}$")


class Hop(BaseModel):
    hop: int
    id: str
    name: str


class Provenance(BaseModel):
    """One statement's whole chain: speaker → relaying outlets (nearest first) → article → publisher → aggregator."""

    id: str
    claim_id: str | None = None
    content: str
    cue: str | None
    quote_type: str
    modality: str
    hedges: JsonList
    question: bool = False
    denial: bool = False
    said_on: date | None = None
    start: int
    end: int
    speaker_id: str
    speaker: str
    speaker_kind: str
    speaker_aliases: JsonList
    role: str | None
    affiliation: str | None
    via: list[Hop]
    article_id: str
    title: str | None
    url: str | None
    published_at: When
    publisher_id: str | None
    publisher: str | None
    delivered_by_id: str | None
    delivered_by: str | None

    @field_validator("said_on", mode="before")
    @classmethod
    def _date(cls, v: Any) -> Any:
        to_native = getattr(v, "to_native", None)
        return to_native() if callable(to_native) else v

    @field_validator("speaker_aliases")
    @classmethod
    def _sorted(cls, v: list[Any]) -> list[Any]:
        return sorted(v)

    @field_validator("via", mode="before")
    @classmethod
    def _chain(cls, v: Any) -> Any:
        """Hops in order, nearest to the speaker first (neither store orders a collected list)."""
        hops = json_list(v)
        return sorted(hops, key=lambda h: int(h["hop"]))

    def chain(self) -> list[str]:
        return [h.name for h in self.via]


def provenance(store: GraphStore, id_or_text: str) -> Provenance | None:
    """The provenance of a statement given by id, or of the statement that best matches a text."""
    ref = id_or_text.strip()
    if not _ID.match(ref):
        hits = search(store, ref, limit=1)
        if not hits:
            return None
        ref = hits[0].id
    rows = store.run(PROVENANCE, {"id": ref})
    return Provenance.model_validate(rows[0]) if rows else None
