"""Both stores hold the same graph and answer every query with the same rows."""

from __future__ import annotations

from kg.ingest import ingest
from kg.store import GraphStore
from queries.provenance import ALL_STATEMENTS, Provenance, provenance
from queries.said_by import said_by
from queries.search import search
from queries.stats import stats
from tests.conftest import CORPUS, SEED

INPUTS = [str(SEED), str(CORPUS / "zh-feedx" / "dw-1046205.md"), str(CORPUS / "zh-feedx" / "voa-1008522.md"),
          str(CORPUS / "en-ggt" / "5c146e42795bd2fcce2ea8e5.txt")]


def _all(store: GraphStore) -> list[Provenance]:
    return [Provenance.model_validate(r) for r in store.stream(ALL_STATEMENTS, {})]


def test_every_query_answers_the_same_on_both_stores(both_stores: tuple[GraphStore, GraphStore]) -> None:
    embedded, neo = both_stores
    for s in (embedded, neo):
        report = ingest(s, INPUTS)
        assert report.articles == len(INPUTS) and not report.errors

    assert stats(embedded) == stats(neo)
    rows = _all(embedded)
    assert len(rows) > 10
    assert rows == _all(neo)

    for name in sorted({r.speaker for r in rows} | {a for r in rows for a in r.speaker_aliases}):
        assert said_by(embedded, name) == said_by(neo, name), name
    for r in rows:
        assert provenance(embedded, r.id) == provenance(neo, r.id) == r
    for text in ("中国可能不打算安排任何官员访美", "访美是有政治风险的", "对台军售", "playing games"):
        assert [h.id for h in search(embedded, text)] == [h.id for h in search(neo, text)], text
        assert provenance(embedded, text) == provenance(neo, text), text
