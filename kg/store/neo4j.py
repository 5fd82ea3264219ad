"""The Neo4j store: constraints and a CJK full-text index, batched UNWIND ... MERGE writes.

Every value is a parameter; labels and relationship types are fixed in the text.
Credentials come from NEO4J_USER / NEO4J_PASSWORD and never appear in messages.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from kg.claims import band_keys, link_claims
from kg.models import ExtractionResult
from kg.store import StoreError
from kg.store.rows import to_batch
from queries.base import NamedQuery

SCHEMA = [
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT outlet_id IF NOT EXISTS FOR (n:Outlet) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT speaker_id IF NOT EXISTS FOR (n:Speaker) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
    "CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.content]"
    " OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
]

# A node's names: aliases and normalised keys grow, never shrink. One NameKey node per key lets said-by
# and about look names up by an index, not a list scan; only keys new to the node are MERGEd, so a
# speaker seen in every batch costs no NameKey work after its first.
_FRESH = "WITH {var}, row, [x IN row.keys WHERE NOT x IN coalesce({var}.keys, [])] AS fresh\n"
_ALIASES = """
  {var}.aliases = coalesce({var}.aliases, []) + [x IN row.aliases WHERE NOT x IN coalesce({var}.aliases, [])],
  {var}.keys = coalesce({var}.keys, []) + fresh
FOREACH (k IN fresh | MERGE (nk:NameKey {{key: k}}) MERGE (nk)-[:NAMES]->({var}))"""

WRITE_OUTLETS = """
UNWIND $rows AS row
MERGE (o:Outlet {id: row.id})
""" + _FRESH.format(var="o") + """SET o.name = row.name, o.key = row.key, o.domain = row.domain,
    o.wikidata = row.wikidata,""" + _ALIASES.format(var="o")

# An outlet that speaks is the Outlet node itself, with the Speaker label added.
WRITE_OUTLET_SPEAKERS = """
UNWIND $rows AS row
MERGE (s:Outlet {id: row.id})
""" + _FRESH.format(var="s") + """SET s:Speaker, s.kind = row.kind, s.name = coalesce(s.name, row.name),""" + \
    _ALIASES.format(var="s")

WRITE_SPEAKERS = """
UNWIND $rows AS row
MERGE (s:Speaker {id: row.id})
""" + _FRESH.format(var="s") + """SET s.name = row.name, s.kind = row.kind,""" + _ALIASES.format(var="s") + """
FOREACH (_ IN CASE WHEN row.kind = 'person' THEN [1] ELSE [] END | SET s:Person)
FOREACH (_ IN CASE WHEN row.kind = 'organization' THEN [1] ELSE [] END | SET s:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'group' THEN [1] ELSE [] END | SET s:Group)
"""

WRITE_ARTICLES = """
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.url = row.url, a.title = row.title, a.language = row.language, a.source_file = row.source_file,
    a.content_hash = row.content_hash,
    a.published_at = CASE WHEN row.published_at IS NULL THEN null ELSE datetime(row.published_at) END
WITH a, row
OPTIONAL MATCH (p:Outlet {id: row.outlet_id})
OPTIONAL MATCH (d:Outlet {id: row.delivered_by})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (a)-[:PUBLISHED_BY]->(p))
FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | MERGE (a)-[:DELIVERED_BY]->(d))
"""

# Re-written articles only (a changed text or a re-import): statements no longer extracted go, with
# claims left without statements. New articles skip this and the other clean-ups below.
DROP_OLD_STATEMENTS = """
UNWIND $rows AS row
MATCH (a:Article {id: row.id})<-[:REPORTED_IN]-(old:Statement)
WHERE NOT old.id IN row.keep
OPTIONAL MATCH (old)-[:ASSERTS]->(c:Claim)
DETACH DELETE old
WITH DISTINCT c WHERE c IS NOT NULL AND NOT (c)<-[:ASSERTS]-()
DETACH DELETE c
"""

WRITE_STATEMENTS = """
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (sp:Speaker {id: row.speaker_id})
MERGE (s:Statement {id: row.id})
SET s.cue = row.cue, s.content = row.content, s.start = row.start, s.end = row.end,
    s.quote_type = row.quote_type, s.modality = row.modality, s.hedges = row.hedges,
    s.said_on = CASE WHEN row.said_on IS NULL THEN null ELSE date(row.said_on) END,
    s.role = row.role, s.affiliation = row.affiliation, s.resolved_from = row.resolved_from,
    s.prefix = row.prefix, s.suffix = row.suffix, s.question = row.question, s.denial = row.denial
MERGE (c:Claim {id: row.claim_id})
ON CREATE SET c.text = row.content
MERGE (s)-[:REPORTED_IN]->(a)
MERGE (s)-[:ASSERTS]->(c)
MERGE (sp)-[:MADE]->(s)
"""

# Statements of re-written articles: a speaker, via chain or claim that changed is replaced.
DROP_OLD_LINKS = """
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
OPTIONAL MATCH (other:Speaker)-[m:MADE]->(s) WHERE other.id <> row.speaker_id
DELETE m
WITH s, row
OPTIONAL MATCH (s)-[v:VIA]->(o:Outlet)
WITH s, row, v, o WHERE v IS NOT NULL AND NOT [v.hop, o.id] IN row.via_pairs
DELETE v
"""

WRITE_VIA = """
UNWIND $rows AS row
MATCH (s:Statement {id: row.statement_id})
MATCH (o:Outlet {id: row.outlet_id})
MERGE (s)-[:VIA {hop: row.hop}]->(o)
"""

WRITE_AFFILIATIONS = """
UNWIND $rows AS row
MATCH (p:Speaker {id: row.person})
MATCH (o:Speaker {id: row.org})
MERGE (p)-[:AFFILIATED_WITH {role: row.role}]->(o)
"""


# Claims across articles, entities, alias-key lookups: see kg.claims, kg.entities, queries/.
SCHEMA_QUERIES = [
    "CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:NameKey) REQUIRE n.key IS UNIQUE",
    # A claim's LSH band keys (kg.claims) as one space-separated property in a whitespace-analysed
    # full-text index: one property per claim to write, one index query to look many keys up.
    "CREATE FULLTEXT INDEX claim_bands IF NOT EXISTS FOR (n:Claim) ON EACH [n.bands]"
    " OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
    "CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published_at)",
    "CREATE INDEX statement_modality IF NOT EXISTS FOR (n:Statement) ON (n.modality)",
]

WRITE_CLAIM_LINKS = """
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})-[r:ASSERTS]->(c:Claim) WHERE c.id <> row.claim_id
DELETE r
WITH DISTINCT c WHERE NOT (c)<-[:ASSERTS]-()
DETACH DELETE c
"""

WRITE_CLAIM_BANDS = """
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
SET c.bands = row.band_text
"""

CLAIM_CANDIDATES = """
CALL db.index.fulltext.queryNodes('claim_bands', $query) YIELD node
RETURN node.id AS id, node.text AS text
"""
BAND_QUERY_KEYS = 500  # under Lucene's limit of 1,024 clauses a query

# Graphs written before band keys were a property kept them as ClaimBand nodes: moved once, on open.
MIGRATE_BANDS = [
    """MATCH (c:Claim)<-[:BAND_OF]-(:ClaimBand) WITH DISTINCT c
    CALL (c) { MATCH (c)<-[:BAND_OF]-(b:ClaimBand) WITH c, collect(b.key) AS keys
               SET c.bands = reduce(t = '', k IN keys | t + ' ' + k) } IN TRANSACTIONS OF 5000 ROWS""",
    "MATCH (b:ClaimBand) CALL (b) { DETACH DELETE b } IN TRANSACTIONS OF 5000 ROWS",
    "DROP CONSTRAINT claim_band IF EXISTS",
]

DROP_MENTIONS = """
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})-[m:MENTIONS]->(:Entity)
DELETE m
"""

WRITE_ENTITIES = """
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.kind = row.kind
""" + _FRESH.format(var="e") + "SET" + _ALIASES.format(var="e")

WRITE_MENTIONS = """
UNWIND $rows AS row
MATCH (s:Statement {id: row.statement_id})
MATCH (e:Entity {id: row.entity_id})
MERGE (s)-[:MENTIONS]->(e)
"""



def _redact(url: str) -> str:
    """The URL without any user:password part, for messages."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


class Neo4jStore:
    def __init__(self, url: str, database: str | None = None) -> None:
        import neo4j
        from neo4j.exceptions import AuthError, ServiceUnavailable

        self.url = _redact(url)
        self.database = database or os.environ.get("NEO4J_DATABASE") or "neo4j"
        auth = (os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
        parts = urlsplit(url)
        if parts.username:  # credentials in the URL win, but are never echoed
            auth = (parts.username, parts.password or "")
        try:
            # Server notifications ("property key does not exist" on a fresh graph) are not the user's business.
            self.driver = neo4j.GraphDatabase.driver(self._bare(url), auth=auth, notifications_min_severity="OFF")
            self.driver.verify_connectivity()
            for stmt in SCHEMA + SCHEMA_QUERIES:
                self.driver.execute_query(stmt, database_=self.database)
            self._migrate()
        except AuthError:
            raise StoreError(f"Neo4j at {self.url} refused the credentials from NEO4J_USER/NEO4J_PASSWORD") \
                from None
        except (ServiceUnavailable, OSError) as exc:
            raise StoreError(f"Neo4j at {self.url} is unreachable: {type(exc).__name__}") from None

    def _migrate(self) -> None:
        if self.driver.execute_query("MATCH (b:ClaimBand) RETURN count(*) > 0 AS any",
                                     database_=self.database).records[0]["any"]:
            with self._session() as session:
                for stmt in MIGRATE_BANDS:
                    session.run(stmt).consume()

    @staticmethod
    def _bare(url: str) -> str:
        parts = urlsplit(url)
        host = parts.hostname or "localhost"
        netloc = f"{host}:{parts.port}" if parts.port else host
        return urlunsplit((parts.scheme, netloc, "", "", ""))

    def write(self, results: Sequence[ExtractionResult]) -> None:
        stored = link_claims(results, self.claim_candidates, self.claims_by_id)
        b = to_batch(list(results), stored)
        speakers = [s for s in b.speakers.values() if s["kind"] != "outlet"]
        outlet_speakers = [s for s in b.speakers.values() if s["kind"] == "outlet"]

        def work(tx: Any) -> None:
            # Articles already stored (a changed text, a re-import) need clean-ups that new ones do not.
            ids = [a["id"] for a in b.articles]
            old = {r["id"] for r in tx.run("UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id",
                                           ids=ids)}
            old_articles = [{"id": a["id"], "keep": [s["id"] for s in b.statements if s["article_id"] == a["id"]]}
                            for a in b.articles if a["id"] in old]
            old_statements = [s for s in b.statements if s["article_id"] in old]
            # A stored claim has its band keys, unless re-writing an article drops and re-creates it.
            claims = [{"id": c["id"], "band_text": " ".join(c["bands"] or band_keys(c["text"]))}
                      for c in b.claims.values() if old_articles or not c["stored"]]
            if old_statements:
                pairs: dict[str, list[list[Any]]] = {}
                for v in b.via:
                    pairs.setdefault(v["statement_id"], []).append([v["hop"], v["outlet_id"]])
                old_statements = [{**s, "via_pairs": pairs.get(s["id"], [])} for s in old_statements]
            for cypher, rows in ((WRITE_OUTLETS, list(b.outlets.values())),
                                 (WRITE_OUTLET_SPEAKERS, outlet_speakers), (WRITE_SPEAKERS, speakers),
                                 (WRITE_ARTICLES, b.articles), (DROP_OLD_STATEMENTS, old_articles),
                                 (WRITE_STATEMENTS, b.statements), (DROP_OLD_LINKS, old_statements),
                                 (WRITE_VIA, b.via), (WRITE_AFFILIATIONS, list(b.affiliations.values())),
                                 (WRITE_CLAIM_LINKS, old_statements), (WRITE_CLAIM_BANDS, claims),
                                 (DROP_MENTIONS, old_statements), (WRITE_ENTITIES, list(b.entities.values())),
                                 (WRITE_MENTIONS, b.mentions)):
                if rows:
                    tx.run(cypher, rows=rows).consume()

        def write_all() -> None:
            with self._session() as session:
                session.execute_write(work)

        self._guard(write_all)

    def known_articles(self, ids: Iterable[str]) -> dict[str, str]:
        """The content hash of each given article already in the store (absent ids are left out)."""

        records = self._read("UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.content_hash AS hash",
                             {"ids": list(ids)})
        return {r["id"]: r["hash"] or "" for r in records}

    def claim_candidates(self, keys: Sequence[str]) -> list[dict[str, str]]:
        """Claims sharing an LSH band key with a text (kg.claims), through the claim_bands full-text index."""

        out: dict[str, str] = {}
        keys = list(keys)
        for i in range(0, len(keys), BAND_QUERY_KEYS):
            query = " ".join(keys[i:i + BAND_QUERY_KEYS])  # whitespace-separated terms: any of them
            for r in self._read(CLAIM_CANDIDATES, {"query": query}):
                out.setdefault(r["id"], r["text"])
        return [{"id": k, "text": v} for k, v in out.items()]

    def claims_by_id(self, ids: Sequence[str]) -> list[dict[str, str]]:

        records = self._read("UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN c.id AS id, c.text AS text",
                             {"ids": list(ids)})
        return [{"id": r["id"], "text": r["text"]} for r in records]

    def _read(self, cypher: str, params: Mapping[str, Any]) -> list[Any]:
        """One read in an auto-commit transaction: a single round trip (RUN and PULL pipelined), where a
        managed transaction (driver.execute_query) adds BEGIN, COMMIT and bookmarks: ~3 ms a query here."""
        import neo4j

        def go() -> list[Any]:
            with self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session:
                return list(session.run(cypher, dict(params)))

        return self._guard(go)

    def _session(self) -> Any:
        return self.driver.session(database=self.database)

    def _guard(self, fn: Any) -> Any:
        from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

        try:
            return fn()
        except (ServiceUnavailable, SessionExpired) as exc:
            raise StoreError(f"lost the connection to Neo4j at {self.url}: {type(exc).__name__}") from None
        except Neo4jError as exc:
            raise StoreError(f"Neo4j at {self.url} refused the work: {exc.code}: {exc.message}") from None

    def run(self, query: NamedQuery, params: Mapping[str, Any]) -> list[dict[str, Any]]:

        return [r.data() for r in self._read(query.cypher, params)]

    def stream(self, query: NamedQuery, params: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
        with self._session() as session:
            result = self._guard(lambda: session.run(query.cypher, dict(params)))
            for record in result:
                yield record.data()

    def clear(self) -> None:
        # In batches of their own: one transaction for a big graph runs out of transaction memory.
        def run() -> None:
            with self._session() as session:
                session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()

        self._guard(run)

    def close(self) -> None:
        self.driver.close()
