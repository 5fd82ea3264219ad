"""One check shared by the tests that compare two stores: every query gives the same rows."""

from __future__ import annotations

from kg.store import GraphStore
from queries.provenance import ALL_STATEMENTS, Provenance, provenance
from queries.said_by import said_by
from queries.search import search
from queries.stats import stats

TEXTS = ("中国可能不打算安排任何官员访美", "访美是有政治风险的", "对台军售", "playing games")


def all_statements(store: GraphStore) -> list[Provenance]:
    return [Provenance.model_validate(r) for r in store.stream(ALL_STATEMENTS, {})]


def assert_same_answers(a: GraphStore, b: GraphStore) -> list[Provenance]:
    """stats, every statement, said-by for every name, provenance by id and text, search: equal on a and b."""
    assert stats(a) == stats(b)
    rows = all_statements(b)
    assert all_statements(a) == rows
    for name in sorted({r.speaker for r in rows} | {x for r in rows for x in r.speaker_aliases}):
        assert said_by(a, name) == said_by(b, name), name
    for r in rows:
        assert provenance(a, r.id) == provenance(b, r.id) == r
    for text in TEXTS:
        assert [h.id for h in search(a, text)] == [h.id for h in search(b, text)], text
        assert provenance(a, text) == provenance(b, text), text
    return rows
