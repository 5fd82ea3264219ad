"""who-said TEXT: full-text search over statements (Chinese and English), ranked, each with its chain."""

from __future__ import annotations

from pydantic import BaseModel

from kg.store import GraphStore
from queries.provenance import Provenance
from queries.search import search
from queries.statements import by_ids


class WhoSaidRow(BaseModel):
    score: float
    statement: Provenance


# A hit must hold at least half of the query's words (characters, for Chinese): below that, the two
# full-text engines (Lucene CJK bigrams, FTS5 trigrams) propose different weak candidates.
MIN_SCORE = 0.5


def who_said(store: GraphStore, text: str, limit: int = 10) -> list[WhoSaidRow]:
    hits = [h for h in search(store, text, limit=max(limit, 50)) if h.score >= MIN_SCORE][:limit]
    rows = {p.id: p for p in by_ids(store, [h.id for h in hits])}
    return [WhoSaidRow(score=h.score, statement=rows[h.id]) for h in hits if h.id in rows]
