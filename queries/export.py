"""The streams the RDF export reads, Cypher and SQL side by side, with the same filters.

Every query takes the same parameters: `since` (ISO datetime in UTC, or null), `outlet` and
`speaker` (a name key as kg.text.name_key gives it, or null). A null parameter filters nothing.
A statement is selected when its article was published at or after `since`, by the outlet, and it
was made by the speaker; the other streams return only what the selected statements refer to.
Rows come ordered so the writer never holds more than one article in memory.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from kg.text import name_key
from queries.base import NamedQuery

# --- embedded store --------------------------------------------------------------------------------
_SQL_ART = ("(:since IS NULL OR a.published_utc >= :since)"
            " AND (:outlet IS NULL OR a.outlet_id IN (SELECT owner FROM alias WHERE key = :outlet))")
_SQL_SPK = "(:speaker IS NULL OR s.speaker_id IN (SELECT owner FROM alias WHERE key = :speaker))"
_SQL_SEL = f"""WITH sel AS (
  SELECT s.id, s.speaker_id, s.claim_id, s.role, s.affiliation FROM statement s
  JOIN article a ON a.id = s.article_id WHERE {_SQL_ART} AND {_SQL_SPK})
"""

# --- Neo4j -------------------------------------------------------------------------------------------
_CY_ART = ("($since IS NULL OR a.published_at >= datetime($since))"
           " AND ($outlet IS NULL OR EXISTS { MATCH (a)-[:PUBLISHED_BY]->(po:Outlet) WHERE $outlet IN po.keys })")
_CY_SPK = "($speaker IS NULL OR $speaker IN sp.keys)"
_CY_SEL = f"MATCH (sp:Speaker)-[:MADE]->(s:Statement)-[:REPORTED_IN]->(a:Article) WHERE {_CY_ART} AND {_CY_SPK}"

EXPORT_OUTLETS = NamedQuery(
    name="export-outlets",
    cypher=f"""
CALL {{
  MATCH (a:Article) WHERE $speaker IS NULL AND {_CY_ART}
  MATCH (a)-[:PUBLISHED_BY|DELIVERED_BY]->(o:Outlet) RETURN o
  UNION
  {_CY_SEL}
  MATCH (a)-[:PUBLISHED_BY|DELIVERED_BY]->(o:Outlet) RETURN o
  UNION
  {_CY_SEL}
  MATCH (s)-[:VIA]->(o:Outlet) RETURN o
  UNION
  {_CY_SEL} AND sp:Outlet
  RETURN sp AS o
}}
RETURN o.id AS id, o.name AS name, o.key AS key, o.domain AS domain, o.wikidata AS wikidata,
       [x IN coalesce(o.aliases, []) WHERE x <> o.name] AS aliases
ORDER BY id
""",
    sql=_SQL_SEL + f"""
, used AS (
  SELECT a.outlet_id AS id FROM article a WHERE :speaker IS NULL AND {_SQL_ART}
  UNION SELECT a.delivered_by FROM article a WHERE :speaker IS NULL AND {_SQL_ART}
  UNION SELECT a.outlet_id FROM sel JOIN statement s ON s.id = sel.id JOIN article a ON a.id = s.article_id
  UNION SELECT a.delivered_by FROM sel JOIN statement s ON s.id = sel.id JOIN article a ON a.id = s.article_id
  UNION SELECT v.outlet_id FROM via v JOIN sel ON sel.id = v.statement_id
  UNION SELECT speaker_id FROM sel)
SELECT o.id AS id, o.name AS name, o.key AS key, o.domain AS domain, o.wikidata AS wikidata,
       (SELECT json_group_array(al.name) FROM alias al WHERE al.owner = o.id AND al.name <> o.name) AS aliases
FROM outlet o WHERE o.id IN (SELECT id FROM used)
ORDER BY o.id
""",
)

# Speakers of the selected statements (outlets that speak come with the outlets), and the
# organisations those people are affiliated with.
EXPORT_SPEAKERS = NamedQuery(
    name="export-speakers",
    cypher=f"""
CALL {{
  {_CY_SEL} AND NOT sp:Outlet RETURN DISTINCT sp AS x
  UNION
  {_CY_SEL} AND NOT sp:Outlet
  MATCH (sp)-[:AFFILIATED_WITH]->(x:Speaker) RETURN DISTINCT x
}}
RETURN x.id AS id, x.name AS name, x.kind AS kind,
       [n IN coalesce(x.aliases, []) WHERE n <> x.name] AS aliases,
       [(x)-[r:AFFILIATED_WITH]->(o:Speaker) | {{org: o.id, role: r.role}}] AS affiliations
ORDER BY id
""",
    sql=_SQL_SEL + """
, used AS (
  SELECT speaker_id AS id FROM sel
  UNION SELECT f.org_id FROM affiliation f WHERE f.person_id IN (SELECT speaker_id FROM sel))
SELECT x.id AS id, x.name AS name, x.kind AS kind,
       (SELECT json_group_array(al.name) FROM alias al WHERE al.owner = x.id AND al.name <> x.name) AS aliases,
       (SELECT json_group_array(json_object('org', f.org_id, 'role', f.role)) FROM affiliation f
        WHERE f.person_id = x.id) AS affiliations
FROM speaker x WHERE x.id IN (SELECT id FROM used) AND x.kind <> 'outlet'
ORDER BY x.id
""",
)

# Claims of the selected statements, with the article each first appeared in (earliest publication).
EXPORT_CLAIMS = NamedQuery(
    name="export-claims",
    cypher=f"""
{_CY_SEL}
MATCH (s)-[:ASSERTS]->(c:Claim)
WITH DISTINCT c
CALL {{
  WITH c
  MATCH (c)<-[:ASSERTS]-(:Statement)-[:REPORTED_IN]->(first:Article)
  RETURN first ORDER BY first.published_at IS NULL, first.published_at, first.id LIMIT 1
}}
RETURN c.id AS id, c.text AS text, first.id AS first_article
ORDER BY id
""",
    sql=_SQL_SEL + """
SELECT c.id AS id, c.text AS text,
       (SELECT a.id FROM statement s JOIN article a ON a.id = s.article_id WHERE s.claim_id = c.id
        ORDER BY a.published_utc IS NULL, a.published_utc, a.id LIMIT 1) AS first_article
FROM claim c WHERE c.id IN (SELECT claim_id FROM sel)
ORDER BY c.id
""",
)

# One row per statement, articles in id order and each article's statements together; an article
# without statements gives one row with a null statement id (when no speaker is asked for).
EXPORT_STATEMENTS = NamedQuery(
    name="export-statements",
    cypher=f"""
MATCH (a:Article) WHERE {_CY_ART}
OPTIONAL MATCH (sp:Speaker)-[:MADE]->(s:Statement)-[:REPORTED_IN]->(a)
WITH a, s, sp WHERE $speaker IS NULL OR (s IS NOT NULL AND $speaker IN sp.keys)
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(p:Outlet)
OPTIONAL MATCH (a)-[:DELIVERED_BY]->(d:Outlet)
OPTIONAL MATCH (s)-[:ASSERTS]->(c:Claim)
RETURN a.id AS article_id, a.url AS url, a.title AS title, a.language AS language,
       a.published_at AS published_at, p.id AS publisher_id, d.id AS delivered_by_id,
       s.id AS id, s.content AS content, s.cue AS cue, s.quote_type AS quote_type, s.modality AS modality,
       s.hedges AS hedges, s.said_on AS said_on, s.start AS start, s.end AS end,
       coalesce(s.question, false) AS question, coalesce(s.denial, false) AS denial,
       sp.id AS speaker_id, sp.kind AS speaker_kind, s.role AS role, s.affiliation AS affiliation,
       s.resolved_from AS resolved_from, c.id AS claim_id, s.prefix AS prefix, s.suffix AS suffix,
       CASE WHEN s IS NULL THEN [] ELSE [(s)-[v:VIA]->(o:Outlet) | {{hop: v.hop, id: o.id}}] END AS via
ORDER BY article_id, id
""",
    sql=f"""
SELECT a.id AS article_id, a.url AS url, a.title AS title, a.language AS language,
       a.published_at AS published_at, a.outlet_id AS publisher_id, a.delivered_by AS delivered_by_id,
       s.id AS id, s.content AS content, s.cue AS cue, s.quote_type AS quote_type, s.modality AS modality,
       s.hedges AS hedges, s.said_on AS said_on, s.start AS start, s."end" AS "end",
       s.question AS question, s.denial AS denial,
       s.speaker_id AS speaker_id, sp.kind AS speaker_kind, s.role AS role, s.affiliation AS affiliation,
       s.resolved_from AS resolved_from, s.claim_id AS claim_id, s.prefix AS prefix, s.suffix AS suffix,
       (SELECT json_group_array(json_object('hop', v.hop, 'id', v.outlet_id)) FROM via v
        WHERE v.statement_id = s.id) AS via
FROM article a
LEFT JOIN statement s ON s.article_id = a.id
LEFT JOIN speaker sp ON sp.id = s.speaker_id
WHERE {_SQL_ART} AND (:speaker IS NULL OR (s.id IS NOT NULL AND {_SQL_SPK}))
ORDER BY a.id, s.id
""",
)

EXPORT_QUERIES = (EXPORT_OUTLETS, EXPORT_SPEAKERS, EXPORT_CLAIMS, EXPORT_STATEMENTS)


def export_params(since: date | datetime | None = None, outlet: str | None = None,
                  speaker: str | None = None) -> dict[str, Any]:
    """The parameters every export query takes; names in any script or alias, dates in any zone."""
    when: str | None = None
    if since is not None:
        if not isinstance(since, datetime):
            since = datetime(since.year, since.month, since.day, tzinfo=UTC)
        elif since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        when = since.astimezone(UTC).isoformat()
    return {"since": when, "outlet": name_key(outlet) if outlet else None,
            "speaker": name_key(speaker) if speaker else None}
