"""stats: how many nodes and relationships of each kind the graph holds."""

from __future__ import annotations

from pydantic import BaseModel

from kg.store import GraphStore
from queries.base import NamedQuery

NODE_LABELS = ["Article", "Outlet", "Speaker", "Person", "Organization", "Group", "Statement", "Claim"]
REL_TYPES = ["MADE", "ASSERTS", "REPORTED_IN", "PUBLISHED_BY", "DELIVERED_BY", "VIA", "AFFILIATED_WITH"]

# Cypher counts by label and type; SQL counts the rows that stand for the same nodes and relationships.
_SQL_COUNTS = {
    "Article": "SELECT count(*) FROM article",
    "Outlet": "SELECT count(*) FROM outlet",
    "Speaker": "SELECT count(*) FROM speaker",
    "Person": "SELECT count(*) FROM speaker WHERE kind = 'person'",
    "Organization": "SELECT count(*) FROM speaker WHERE kind = 'organization'",
    "Group": "SELECT count(*) FROM speaker WHERE kind = 'group'",
    "Statement": "SELECT count(*) FROM statement",
    "Claim": "SELECT count(*) FROM claim",
    "MADE": "SELECT count(*) FROM statement",
    "ASSERTS": "SELECT count(*) FROM statement",
    "REPORTED_IN": "SELECT count(*) FROM statement",
    "PUBLISHED_BY": "SELECT count(*) FROM article WHERE outlet_id IS NOT NULL",
    "DELIVERED_BY": "SELECT count(*) FROM article WHERE delivered_by IS NOT NULL",
    "VIA": "SELECT count(*) FROM via",
    "AFFILIATED_WITH": "SELECT count(*) FROM affiliation",
}

STATS = NamedQuery(
    name="stats",
    cypher="\nUNION ALL\n".join(
        [f"MATCH (n:{label}) RETURN 'node' AS kind, '{label}' AS name, count(n) AS count" for label in NODE_LABELS]
        + [f"MATCH ()-[r:{rel}]->() RETURN 'relationship' AS kind, '{rel}' AS name, count(r) AS count"
           for rel in REL_TYPES]
    ),
    sql="\nUNION ALL\n".join(
        f"SELECT '{'node' if name in NODE_LABELS else 'relationship'}' AS kind, '{name}' AS name, ({sql}) AS count"
        for name, sql in _SQL_COUNTS.items()
    ),
)


class CountRow(BaseModel):
    kind: str
    name: str
    count: int


def stats(store: GraphStore) -> list[CountRow]:
    return [CountRow.model_validate(r) for r in store.run(STATS, {})]
