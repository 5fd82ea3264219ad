"""outlets and speakers: the citation network between outlets, and who speaks, with counts.

An edge "A cites B" is read off each statement's chain: the publisher cites the last relaying
outlet, and each relaying outlet cites the one nearer the speaker (RFI cites CNA cites NYT).
"""

from __future__ import annotations

from pydantic import BaseModel, field_validator

from kg.store import GraphStore
from queries.base import JsonList, NamedQuery

OUTLETS = NamedQuery(
    name="outlets",
    cypher="""
MATCH (s:Statement)-[v:VIA]->(cd:Outlet)
MATCH (s)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (s)-[v2:VIA]->(nxt:Outlet) WHERE v2.hop = v.hop + 1
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(p:Outlet)
WITH s, a, cd, coalesce(nxt, p) AS ci
WHERE ci IS NOT NULL AND ci.id <> cd.id
RETURN ci.id AS citing_id, ci.name AS citing, cd.id AS cited_id, cd.name AS cited,
       count(DISTINCT s) AS statements, count(DISTINCT a) AS articles
ORDER BY statements DESC, citing_id, cited_id
LIMIT $limit
""",
    sql="""
SELECT ci.id AS citing_id, ci.name AS citing, cd.id AS cited_id, cd.name AS cited,
       count(DISTINCT v.statement_id) AS statements, count(DISTINCT s.article_id) AS articles
FROM via v
JOIN statement s ON s.id = v.statement_id
JOIN article a ON a.id = s.article_id
LEFT JOIN via v2 ON v2.statement_id = v.statement_id AND v2.hop = v.hop + 1
JOIN outlet ci ON ci.id = coalesce(v2.outlet_id, a.outlet_id)
JOIN outlet cd ON cd.id = v.outlet_id
WHERE ci.id <> cd.id
GROUP BY ci.id, cd.id
ORDER BY statements DESC, citing_id, cited_id
LIMIT :limit
""",
)

SPEAKERS = NamedQuery(
    name="speakers",
    cypher="""
MATCH (sp:Speaker)
OPTIONAL MATCH (sp)-[:MADE]->(s:Statement)
WITH sp, count(s) AS statements, collect(DISTINCT s.role) AS roles
OPTIONAL MATCH (sp)-[:AFFILIATED_WITH]->(o:Speaker)
WITH sp, statements, roles, collect(DISTINCT o.name) AS affiliations
RETURN sp.id AS id, sp.name AS name, sp.kind AS kind, sp.aliases AS aliases, roles, affiliations, statements
ORDER BY statements DESC, id
LIMIT $limit
""",
    sql="""
SELECT sp.id AS id, sp.name AS name, sp.kind AS kind,
       (SELECT json_group_array(al.name) FROM alias al WHERE al.owner = sp.id AND al.name <> sp.name) AS aliases,
       (SELECT json_group_array(DISTINCT s.role) FROM statement s WHERE s.speaker_id = sp.id) AS roles,
       (SELECT json_group_array(DISTINCT o.name) FROM affiliation f JOIN speaker o ON o.id = f.org_id
        WHERE f.person_id = sp.id) AS affiliations,
       (SELECT count(*) FROM statement s WHERE s.speaker_id = sp.id) AS statements
FROM speaker sp
ORDER BY statements DESC, id
LIMIT :limit
""",
)


class CitationRow(BaseModel):
    citing_id: str
    citing: str
    cited_id: str
    cited: str
    statements: int
    articles: int


class SpeakerRow(BaseModel):
    id: str
    name: str
    kind: str
    aliases: JsonList
    roles: JsonList
    affiliations: JsonList
    statements: int

    @field_validator("aliases", "roles", "affiliations")
    @classmethod
    def _sorted(cls, v: list[str]) -> list[str]:
        return sorted(x for x in v if x)


def outlets(store: GraphStore, limit: int = 100) -> list[CitationRow]:
    return [CitationRow.model_validate(r) for r in store.run(OUTLETS, {"limit": limit})]


def speakers(store: GraphStore, limit: int = 100) -> list[SpeakerRow]:
    return [SpeakerRow.model_validate(r) for r in store.run(SPEAKERS, {"limit": limit})]
