"""The pipeline end to end on each store: ingest the seed, ask who said what and through whom."""

from __future__ import annotations

import io
from pathlib import Path

import rdflib

from kg.ingest import ingest
from kg.rdf import CG, PROV, export
from kg.store import GraphStore
from queries.provenance import provenance
from queries.said_by import said_by
from queries.stats import stats
from tests.conftest import CORPUS, SEED

SPECULATION = "中国可能不打算安排任何官员访美"


def _counts(store: GraphStore) -> dict[str, int]:
    return {f"{r.kind}:{r.name}": r.count for r in stats(store)}


def test_ingest_is_idempotent(store: GraphStore) -> None:
    report = ingest(store, [str(SEED)])
    assert report.articles == 1 and report.statements == 5 and not report.errors
    first = _counts(store)
    assert first["node:Article"] == 1 and first["node:Statement"] == 5
    assert first["relationship:MADE"] == 5 and first["relationship:DELIVERED_BY"] == 1
    ingest(store, [str(SEED)])
    assert _counts(store) == first


def test_said_by_finds_russel_by_any_alias(store: GraphStore) -> None:
    ingest(store, [str(SEED)])
    found = {name: said_by(store, name) for name in ("罗素", "羅素", "Danny Russel", "danny  russel")}
    for name, rows in found.items():
        assert len(rows) == 2, name
    assert {r.id for r in found["罗素"]} == {r.id for r in found["Danny Russel"]}
    assert said_by(store, "Nobody Atall") == []



def test_a_speakers_mention_as_written_is_no_stored_name(store: GraphStore) -> None:
    # "Tom Hale, 64, a retired teacher" is how one article names him: shown with the statement, but a
    # stored alias would make said-by match the phrase (and "the mayor" every mayor).
    from kg.extract import extract
    from kg.models import Article

    art = Article(text="Tom Hale, 64, a retired teacher, said the school had been neglected for years.",
                  title="t", url="https://example.org/mentions/1", language="en")
    result = extract(art)
    [s] = result.statements
    assert s.speaker.name == "Tom Hale" and "Tom Hale, 64, a retired teacher" in s.speaker.mentions
    store.write([result])
    assert [r.id for r in said_by(store, "Tom Hale")] == [s.id]
    assert said_by(store, "Tom Hale, 64, a retired teacher") == []

def test_provenance_of_the_speculation(store: GraphStore) -> None:
    ingest(store, [str(SEED)])
    p = provenance(store, SPECULATION)
    assert p is not None
    assert SPECULATION in p.content
    assert "Danny Russel" in [p.speaker, *p.speaker_aliases]
    assert p.modality == "speculation" and "可能" in p.hedges
    assert p.chain() == ["纽约时报", "中央社"]
    assert p.publisher == "RFI" and p.delivered_by == "feedx"
    assert p.published_at is not None and p.published_at.isoformat() == "2023-09-04T12:07:00+02:00"
    assert p.role == "副主任" and p.affiliation == "亚洲协会亚洲社会政策研究所"
    # by id, the same answer
    assert provenance(store, p.id) == p


def test_rdf_export_parses_and_attributes_each_statement(store: GraphStore) -> None:
    ingest(store, [str(SEED)])
    out = io.StringIO()
    assert export(store, out, "turtle") > 0
    g = rdflib.Graph()
    g.parse(data=out.getvalue(), format="turtle")
    statements = set(g.subjects(rdflib.RDF.type, CG.Statement))
    assert len(statements) == 5
    for s in statements:
        assert len(list(g.objects(s, PROV.wasAttributedTo))) == 1


def test_graph_does_not_depend_on_batch_size(tmp_path: Path) -> None:
    """Mentions and claims come out the same whether articles share a batch or not."""
    from kg.store.sqlite import SqliteStore

    inputs = [str(SEED), str(CORPUS / "zh-feedx" / "dw-1046205.md"), str(CORPUS / "en-ggt")]
    graphs = []
    for size in (1, 50):
        store = SqliteStore(tmp_path / f"b{size}.db")
        try:
            ingest(store, inputs, batch_size=size)
            graphs.append((
                set(store.conn.execute("SELECT statement_id, entity_id FROM mention")),
                set(store.conn.execute("SELECT id, claim_id FROM statement")),
            ))
        finally:
            store.close()
    assert len(graphs[0][0]) > 100
    assert graphs[0] == graphs[1]


def test_question_and_denial_marks_survive_the_store_and_rdf(store: GraphStore, tmp_path: Path) -> None:
    from kg.models import Article, ExtractionResult, Speaker, Statement
    from kg.rdf.load import import_rdf
    from kg.store.sqlite import SqliteStore

    text = "The mayor asked whether the bridge was safe. The company denied that it had cut corners."
    art = Article(text=text, title="Bridge", url="https://example.org/bridge", language="en")
    asked = "whether the bridge was safe"
    denied = "that it had cut corners"
    stmts = [Statement(article_id=art.id, speaker=Speaker(name=name, kind=kind), cue=cue, content=content,
                       span=(text.index(content), text.index(content) + len(content)), **flag)
             for name, kind, cue, content, flag in (
                 ("The mayor", "person", "asked", asked, {"question": True}),
                 ("The company", "organization", "denied", denied, {"denial": True}))]
    store.write([ExtractionResult(article=art, statements=stmts)])
    found = [provenance(store, s.id) for s in stmts]
    rows = {p.content: p for p in found if p is not None}
    assert (rows[asked].question, rows[asked].denial) == (True, False)
    assert (rows[denied].question, rows[denied].denial) == (False, True)
    path = tmp_path / "flags.ttl"
    with path.open("w", encoding="utf-8") as fh:
        export(store, fh, "turtle")
    g = rdflib.Graph().parse(path, format="turtle")
    assert len(list(g.subject_objects(CG.question))) == 1 and len(list(g.subject_objects(CG.denial))) == 1
    back = SqliteStore(tmp_path / "back.db")
    try:
        import_rdf(back, path)
        again = {p.content: (p.question, p.denial) for s in stmts if (p := provenance(back, s.id))}
        assert again == {asked: (True, False), denied: (False, True)}
    finally:
        back.close()


def test_a_statement_is_among_its_own_claim_appearances(store: GraphStore) -> None:
    # provenance/spread by id answer in one query only when this holds (queries/spread.py)
    from queries.spread import STATEMENT_APPEARANCES

    ingest(store, [str(SEED)])
    ids = [p.id for p in (provenance(store, t) for t in (SPECULATION, "访美是有政治风险的")) if p]
    assert len(ids) == 2
    for sid in ids:
        assert sid in [r["id"] for r in store.run(STATEMENT_APPEARANCES, {"id": sid, "limit": 1000})]


def test_a_near_duplicate_in_a_later_batch_joins_the_stored_claim(store: GraphStore) -> None:
    # Across writes the claim is found through the store's band-key index (Neo4j: the claim_bands
    # full-text index), not by exact id: the second wording differs.
    from kg.models import Article, ExtractionResult, Speaker, Statement

    first = "the ministry said the bridge will reopen to traffic next spring after the repairs are done"
    later = "the ministry said the bridge will reopen to traffic next spring, after repairs are finished"
    other = "the harbour authority expects record container traffic at the port in the coming winter"
    claims = []
    for i, text in enumerate((first, later, other)):
        art = Article(text=text, title=f"t{i}", url=f"https://example.org/claims/{i}", language="en")
        st = Statement(article_id=art.id, speaker=Speaker(name="Ministry", kind="organization"), cue="said",
                       content=text, span=(0, len(text)))
        store.write([ExtractionResult(article=art, statements=[st])])
        found = provenance(store, st.id)
        assert found is not None
        claims.append(found.claim_id)
    assert claims[1] == claims[0] and claims[2] != claims[0]


def test_the_embedded_store_checkpoints_while_writing_and_leaves_no_log(tmp_path: Path) -> None:
    # SQLite's own checkpoints are off (they stalled each commit that crossed the threshold); a
    # background thread copies the log into the database file while the store stays open. Without
    # it the file keeps its empty first page until close and the log holds everything.
    import time

    from kg.store.sqlite import SqliteStore

    db = tmp_path / "g.db"
    store = SqliteStore(db)
    report = ingest(store, [str(SEED), str(CORPUS / "zh-feedx")], batch_size=2)
    deadline = time.monotonic() + 20
    while db.stat().st_size < 500_000 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert db.stat().st_size >= 500_000 and report.articles > 20
    store.close()
    assert not Path(f"{db}-wal").exists()
    again = SqliteStore(db)
    assert sum(r.count for r in stats(again) if r.kind == "node" and r.name == "Statement") == report.statements
    again.close()
