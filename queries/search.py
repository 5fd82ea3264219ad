"""Find statements by their text: each store's full-text index gives candidates, one ranking orders them."""

from __future__ import annotations

import re
from collections import Counter

from pydantic import BaseModel

from kg.store import GraphStore
from kg.text import to_simplified
from queries.base import NamedQuery

SEARCH = NamedQuery(
    name="search",
    cypher="""
CALL db.index.fulltext.queryNodes('statement_text', $lucene) YIELD node, score
RETURN node.id AS id, node.content AS content
ORDER BY score DESC, id
LIMIT $limit
""",
    sql="""
SELECT statement_id AS id, content FROM statement_fts
WHERE statement_fts MATCH :fts
ORDER BY rank, statement_id
LIMIT :limit
""",
)

# The same candidates without SQLite's bm25 rank, which costs about half the time of a phrase query on a
# large trigram index (bench/query_bench.py). When no more than `limit` statements match, the order of the
# candidates does not matter (search() scores and sorts them all), so the rank is only asked for when
# more match. Neo4j's Lucene score is cheap: its rows come ranked (`ranked` true) and are just cut.
SEARCH_FEW = NamedQuery(
    name="search-few",
    cypher="""
CALL db.index.fulltext.queryNodes('statement_text', $lucene) YIELD node, score
RETURN node.id AS id, node.content AS content, true AS ranked
ORDER BY score DESC, id
LIMIT $limit
""",
    sql="""
SELECT statement_id AS id, content, 0 AS ranked FROM statement_fts
WHERE statement_fts MATCH :fts
LIMIT :limit
""",
)

_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')
_PIECES = re.compile(r"[\w\u3400-\u9fff]+")
_CJK = re.compile(r"[\u3400-\u9fff]")


class Hit(BaseModel):
    id: str
    content: str
    score: float


def _tokens(text: str) -> Counter[str]:
    out: list[str] = []
    for piece in _PIECES.findall(to_simplified(text).casefold()):
        out.extend(piece if _CJK.search(piece) else [piece])
    return Counter(out)


def similarity(query: str, content: str) -> float:
    """How much of the query the content holds, lightly penalising much longer contents."""
    q, c = _tokens(query), _tokens(content)
    if not q or not c:
        return 0.0
    overlap = sum((q & c).values())
    recall = overlap / sum(q.values())
    precision = overlap / sum(c.values())
    return round(0.8 * recall + 0.2 * precision, 6)


def _params(text: str, phrase: bool, limit: int) -> dict[str, object]:
    pieces = _PIECES.findall(text)
    if phrase:
        joined = " ".join(pieces)
        return {"lucene": f'"{joined}"', "fts": '"' + joined.replace('"', '""') + '"', "limit": limit}
    lucene = " OR ".join(_LUCENE_SPECIAL.sub(r"\\\1", p) for p in pieces)
    grams = {p[i:i + 3] for p in pieces for i in range(max(1, len(p) - 2)) if len(p) >= 3}
    fts = " OR ".join('"' + g.replace('"', '""') + '"' for g in sorted(grams)) or '""'
    return {"lucene": lucene or '""', "fts": fts, "limit": limit}


def search(store: GraphStore, text: str, limit: int = 10) -> list[Hit]:
    """Statements whose text matches, best first; the same order on either store."""
    if not _PIECES.search(text):
        return []
    rows = _candidates(store, _params(text, True, 200))
    if not rows:
        rows = _candidates(store, _params(text, False, 200))
    hits = [Hit(id=r["id"], content=r["content"], score=similarity(text, r["content"])) for r in rows]
    hits.sort(key=lambda h: (-h.score, len(h.content), h.id))
    return [h for h in hits if h.score > 0][:limit]


def _candidates(store: GraphStore, params: dict[str, object]) -> list[dict[str, object]]:
    """The best `limit` matches of the full-text index, ranked by the index only when more than that match."""
    limit = params["limit"]
    assert isinstance(limit, int)
    rows = store.run(SEARCH_FEW, {**params, "limit": limit + 1})
    if len(rows) > limit and not rows[0]["ranked"]:
        rows = store.run(SEARCH, params)
    return rows[:limit]
