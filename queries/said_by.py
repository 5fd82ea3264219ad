"""said-by NAME: every statement a speaker made, whatever script or alias the name is given in.

Filters: --since/--until (publication date, inclusive), --modality, --about ENTITY (MENTIONS).
Neo4j finds the speaker through the NameKey index node of the name, not a scan of alias lists, and looks up
the publisher only for the rows kept after ORDER BY/LIMIT.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from kg.store import GraphStore
from kg.text import name_key
from queries.base import JsonList, NamedQuery, When
from queries.statements import CYPHER_FILTERS, SQL_FILTERS, filter_params

SAID_BY = NamedQuery(
    name="said-by",
    cypher="""
MATCH (:NameKey {key: $key})-[:NAMES]->(sp:Speaker)
MATCH (sp)-[:MADE]->(s:Statement)-[:REPORTED_IN]->(a:Article)""" + CYPHER_FILTERS + """
ORDER BY a.published_at, a.id, s.start
LIMIT $limit
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(p:Outlet)
RETURN s.id AS id, sp.name AS speaker, sp.kind AS kind, s.cue AS cue, s.content AS content,
       s.quote_type AS quote_type, s.modality AS modality, s.hedges AS hedges,
       coalesce(s.question, false) AS question, coalesce(s.denial, false) AS denial,
       a.title AS title, a.url AS url, a.published_at AS published_at, p.name AS outlet
ORDER BY a.published_at, a.id, s.start
LIMIT $limit
""",
    sql="""
SELECT s.id AS id, sp.name AS speaker, sp.kind AS kind, s.cue AS cue, s.content AS content,
       s.quote_type AS quote_type, s.modality AS modality, s.hedges AS hedges,
       s.question AS question, s.denial AS denial,
       a.title AS title, a.url AS url, a.published_at AS published_at, p.name AS outlet
FROM speaker sp
JOIN statement s ON s.speaker_id = sp.id
JOIN article a ON a.id = s.article_id
LEFT JOIN outlet p ON p.id = a.outlet_id
WHERE sp.id IN (SELECT owner FROM alias WHERE key = :key)""" + SQL_FILTERS + """
ORDER BY a.published_utc IS NULL, a.published_utc, a.id, s.start
LIMIT :limit
""",
)


class SaidByRow(BaseModel):
    id: str
    speaker: str
    kind: str
    cue: str | None
    content: str
    quote_type: str
    modality: str
    hedges: JsonList
    question: bool = False
    denial: bool = False
    title: str | None
    url: str | None
    published_at: When
    outlet: str | None


def said_by(store: GraphStore, name: str, limit: int = 100, since: date | None = None, until: date | None = None,
            modality: str | None = None, about: str | None = None) -> list[SaidByRow]:
    key = name_key(name)
    if not key:
        return []
    params = {"key": key, "limit": limit, **filter_params(since, until, modality, about)}
    return [SaidByRow.model_validate(r) for r in store.run(SAID_BY, params)]
