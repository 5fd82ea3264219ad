"""Both stores hold the same graph and answer every query with the same rows."""

from __future__ import annotations

from datetime import date

from kg.ingest import ingest
from kg.store import GraphStore
from queries.said_by import said_by
from tests.conftest import CORPUS, ROOT, SEED
from tests.parity import assert_same_answers

INPUTS = [str(SEED), str(CORPUS / "zh-feedx" / "dw-1046205.md"), str(CORPUS / "zh-feedx" / "voa-1008522.md"),
          str(CORPUS / "en-ggt" / "5c146e42795bd2fcce2ea8e5.txt")]


def test_every_query_answers_the_same_on_both_stores(both_stores: tuple[GraphStore, GraphStore]) -> None:
    embedded, neo = both_stores
    for s in (embedded, neo):
        report = ingest(s, INPUTS)
        assert report.articles == len(INPUTS) and not report.errors

    rows = assert_same_answers(embedded, neo)
    assert len(rows) > 10


RELAY = ROOT / "tests" / "data" / "relay.jsonl"


def test_the_query_set_answers_the_same_on_both_stores(both_stores: tuple[GraphStore, GraphStore]) -> None:
    from queries.about import about, speculations, timeline
    from queries.network import outlets, speakers
    from queries.spread import provenance_report, spread
    from queries.who_said import who_said

    embedded, neo = both_stores
    for s in (embedded, neo):
        report = ingest(s, [*INPUTS, str(RELAY)])
        assert not report.errors

    # The relayed quote, in Simplified (speculation) and Traditional (assertion), is one claim.
    sp = spread(embedded, "中国可能不打算安排任何官员访美，仅在北京举行会晤能获得更多谈判控制权")
    assert sp is not None and sp == spread(neo, "中国可能不打算安排任何官员访美，仅在北京举行会晤能获得更多谈判控制权")
    assert len({s.statement.article_id for s in sp.steps}) >= 3
    assert sp.first.published_at is not None and sp.first.published_at.year == 2023
    assert any(s.drift == "speculation → assertion" for s in sp.steps)
    assert any("中國不打算" in s.statement.content for s in sp.steps)
    rep = provenance_report(embedded, sp.first.id)
    assert rep is not None and rep == provenance_report(neo, sp.first.id)
    assert {a.id for a in rep.appearances} == {s.statement.id for s in sp.steps}

    for text in ("中国不打算安排任何官员访美", "访美是有政治风险的", "playing games", "对台军售"):
        assert who_said(embedded, text) == who_said(neo, text), text
    assert who_said(embedded, "中国不打算安排任何官员访美")[0].statement.speaker == "罗素"

    for name in ("罗素", "羅素", "Danny Russel"):
        assert said_by(embedded, name, modality="speculation") == said_by(neo, name, modality="speculation")
        assert said_by(embedded, name, since=date(2023, 9, 5)) == said_by(neo, name, since=date(2023, 9, 5))
        assert said_by(embedded, name, until=date(2023, 9, 4)) == said_by(neo, name, until=date(2023, 9, 4))
        assert said_by(embedded, name, about="美国") == said_by(neo, name, about="美国")
    assert all(r.modality == "speculation" for r in said_by(embedded, "罗素", modality="speculation"))
    assert said_by(embedded, "罗素", since=date(2023, 9, 5)) and not said_by(embedded, "罗素", since=date(2030, 1, 1))

    for entity in ("美国", "APEC", "San Francisco", "秦刚", "中央社"):
        assert about(embedded, entity) == about(neo, entity), entity
        assert timeline(embedded, entity) == timeline(neo, entity), entity
    assert about(embedded, "APEC") and about(embedded, "秦刚")
    assert timeline(embedded, "罗素") == timeline(neo, "罗素") and len(timeline(embedded, "罗素")) >= 4
    assert speculations(embedded) == speculations(neo) and speculations(embedded)
    assert all(p.hedges for p in speculations(embedded))
    assert speculations(embedded, about_entity="美国") == speculations(neo, about_entity="美国")

    net = outlets(embedded)
    assert net == outlets(neo)
    assert {(r.citing, r.cited) for r in net} >= {("中央社", "纽约时报"), ("RFI", "中央社")}
    assert speakers(embedded) == speakers(neo)
    russel = next(r for r in speakers(embedded) if r.name == "罗素")
    assert "Danny Russel" in russel.aliases and russel.statements >= 3 and russel.roles
