"""The RDF export: formats agree, filters select, SHACL validates, and an export loads back unchanged."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app
from kg.ingest import ingest
from kg.rdf import FORMATS, export, export_graph
from kg.rdf.load import import_rdf
from kg.rdf.validate import validate_graph
from kg.store import GraphStore
from kg.store.sqlite import SqliteStore
from queries.export import export_params
from queries.stats import stats
from tests.conftest import CORPUS, SEED
from tests.parity import all_statements, assert_same_answers

CG = rdflib.Namespace("https://claimgraph.org/ns#")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
SCHEMA = rdflib.Namespace("https://schema.org/")
OA = rdflib.Namespace("http://www.w3.org/ns/oa#")
INPUTS = [str(SEED), str(CORPUS / "zh-feedx" / "dw-1046205.md"), str(CORPUS / "zh-feedx" / "voa-1008522.md"),
          str(CORPUS / "en-ggt" / "5c146e42795bd2fcce2ea8e5.txt")]
runner = CliRunner()


def _export(store: GraphStore, fmt: str, **filters: object) -> str:
    buf = io.StringIO()
    export(store, buf, fmt, params=export_params(**filters))  # type: ignore[arg-type]
    return buf.getvalue()


def _parse(data: str, fmt: str) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(data=data, format=FORMATS[fmt])
    return ds


def _triples(ds: rdflib.Dataset) -> set[tuple[object, object, object]]:
    return {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}


def test_every_format_carries_the_same_triples(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "g.db")
    ingest(store, INPUTS)
    reference = _triples(export_graph(store))
    assert len(reference) > 500
    for fmt in ("turtle", "nt", "nquads", "trig", "jsonld"):
        assert _triples(_parse(_export(store, fmt), fmt)) == reference, fmt
    # TriG and N-Quads: one named graph per article, holding that article's statements.
    ds = _parse(_export(store, "trig"), "trig")
    named = [g for g in ds.graphs() if g.identifier != rdflib.URIRef("urn:x-rdflib:default")]
    assert len(named) == len(INPUTS)
    for g in named:
        [article] = set(g.subjects(rdflib.RDF.type, SCHEMA.NewsArticle))
        assert str(g.identifier).endswith(str(article).rsplit("/", 1)[1])
        assert all(o == article for o in g.objects(None, SCHEMA.isPartOf))
    store.close()


def test_the_seed_statement_in_the_model(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "g.db")
    ingest(store, [str(SEED)])
    g = rdflib.Graph()
    g.parse(data=_export(store, "turtle"), format="turtle")
    [stm] = [s for s in g.subjects(SCHEMA.text, None) if "不打算安排任何官员访美" in str(g.value(s, SCHEMA.text))
             and (s, rdflib.RDF.type, CG.Statement) in g]
    assert g.value(stm, CG.modality) == CG.speculated
    assert [str(h) for h in g.objects(stm, CG.hedge)] == ["可能"]
    speaker = g.value(stm, PROV.wasAttributedTo)
    assert "Danny Russel" in {str(n) for n in g.objects(speaker, SCHEMA.alternateName)}
    # The chain back from the article: 中央社 quoted 纽约时报, which quoted Russel's own words (hop 0).
    hop2 = g.value(stm, PROV.wasQuotedFrom)
    assert str(g.value(g.value(hop2, PROV.wasAttributedTo), SCHEMA.name)) == "中央社"
    hop1 = g.value(hop2, PROV.wasQuotedFrom)
    assert str(g.value(g.value(hop1, PROV.wasAttributedTo), SCHEMA.name)) == "纽约时报"
    origin = g.value(hop1, PROV.wasQuotedFrom)
    assert g.value(stm, PROV.hadPrimarySource) == origin and g.value(origin, PROV.wasAttributedTo) == speaker
    quotation = g.value(hop1, PROV.qualifiedQuotation)
    assert g.value(quotation, PROV.entity) == origin
    assert g.value(quotation, CG.cue) == g.value(stm, CG.cue) and g.value(stm, CG.cue) is not None
    # Evidence: exact text, its neighbourhood, and its offsets in the article.
    selectors = list(g.objects(g.value(stm, CG.evidence), OA.hasSelector))
    quote = next(s for s in selectors if (s, rdflib.RDF.type, OA.TextQuoteSelector) in g)
    assert str(g.value(quote, OA.exact)) == str(g.value(stm, SCHEMA.text))
    assert str(g.value(quote, OA.prefix)).endswith("罗素（Danny Russel）表示，")
    # Outlets the gazetteer knows are the same as their Wikidata items.
    publisher = g.value(g.value(stm, SCHEMA.isPartOf), SCHEMA.publisher)
    assert g.value(publisher, rdflib.OWL.sameAs) == rdflib.URIRef("http://www.wikidata.org/entity/Q217766")
    store.close()


def test_base_iri_is_configurable(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "g.db")
    ingest(store, [str(SEED)])
    buf = io.StringIO()
    export(store, buf, "nt", base="https://example.org/claimgraph")
    subjects = {line.split(" ", 1)[0] for line in buf.getvalue().splitlines()}
    ours = {s for s in subjects if "/statement/" in s}
    assert ours and all(s.startswith("<https://example.org/claimgraph/statement/stm_") for s in ours)
    store.close()


def test_filters_select_statements(store: GraphStore) -> None:
    ingest(store, INPUTS)
    rows = all_statements(store)

    def exported(**filters: object) -> set[str]:
        ds = _parse(_export(store, "nt", **filters), "nt")
        return {str(s).rsplit("/", 1)[1] for s in ds.subjects(rdflib.RDF.type, CG.Statement)}

    assert exported() == {r.id for r in rows}
    assert exported(speaker="羅素") == {r.id for r in rows if r.speaker_id == next(
        x.speaker_id for x in rows if x.speaker == "罗素")}
    assert exported(outlet="法广") == {r.id for r in rows if r.publisher == "RFI"}
    dated = sorted(r.published_at for r in rows if r.published_at)
    cut = dated[len(dated) // 2]
    assert exported(since=cut) == {r.id for r in rows if r.published_at and r.published_at >= cut}
    assert exported(speaker="nobody at all") == set()


def test_neo4j_export_imports_into_a_fresh_embedded_store(both_stores: tuple[GraphStore, GraphStore],
                                                         tmp_path: Path) -> None:
    embedded, neo = both_stores
    ingest(neo, INPUTS)
    ingest(embedded, INPUTS)
    dump = _export(neo, "trig")
    # Both stores export the same graph.
    assert _triples(_parse(dump, "trig")) == _triples(_parse(_export(embedded, "trig"), "trig"))

    path = tmp_path / "neo4j.trig"
    path.write_text(dump, encoding="utf-8")
    fresh = SqliteStore(tmp_path / "fresh.db")
    report = import_rdf(fresh, path)
    assert report.articles == len(INPUTS) and report.statements == len(all_statements(neo))
    import_rdf(fresh, path)  # idempotent
    assert_same_answers(fresh, neo)
    assert _triples(_parse(_export(fresh, "trig"), "trig")) == _triples(_parse(dump, "trig"))
    fresh.close()


def test_export_of_the_corpus_validates(tmp_path: Path) -> None:
    db = tmp_path / "g.db"
    store = SqliteStore(db)
    report = ingest(store, [str(CORPUS / "zh-feedx"), *INPUTS[3:]])
    store.close()
    assert report.statements > 50
    result = runner.invoke(app, ["--db", str(db), "export", "rdf", "-f", "nt", "-o", str(tmp_path / "o.nt"),
                                 "--validate"])
    assert result.exit_code == 0, result.stderr
    assert "conforms" in result.stderr


def test_a_broken_graph_fails_with_a_readable_report(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "g.db")
    ingest(store, [str(SEED)])
    g = rdflib.Graph()
    g.parse(data=_export(store, "nt"), format="nt")
    store.close()
    stm = sorted(g.subjects(rdflib.RDF.type, CG.Statement))[0]
    g.add((stm, PROV.wasAttributedTo, rdflib.URIRef("https://claimgraph.org/id/speaker/spk_0000000000000000")))
    g.remove((stm, SCHEMA.text, None))
    relay = sorted(g.subjects(rdflib.RDF.type, CG.Relay))[0]
    g.remove((relay, PROV.wasAttributedTo, None))
    article = next(g.subjects(rdflib.RDF.type, SCHEMA.NewsArticle))
    g.set((article, SCHEMA.datePublished, rdflib.Literal("4 September 2023")))

    report = validate_graph(g)
    assert not report.conforms
    text = report.text()
    assert text.splitlines()[0] == f"SHACL: {len(report.violations)} violation(s)"
    assert f"{stm}  prov:wasAttributedTo: a statement has exactly one speaker" in text
    assert f"{stm}  schema:text: a statement has exactly one non-empty content" in text
    assert f"{relay}  prov:wasAttributedTo: every chain hop is carried by exactly one outlet" in text
    assert "schema:datePublished: an article's publication date is one xsd:dateTime (value: 4 September 2023)" \
        in text


def test_cli_validate_reports_and_fails_on_a_broken_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("not turtle at all {", encoding="utf-8")
    result = runner.invoke(app, ["--db", str(tmp_path / "g.db"), "import", "rdf", str(broken)])
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"kg: error: {broken}: not readable as turtle")


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nquads", "trig", "jsonld"])
def test_cli_round_trip_in_every_format(tmp_path: Path, fmt: str) -> None:
    db, again = tmp_path / "g.db", tmp_path / "again.db"
    assert runner.invoke(app, ["--db", str(db), "ingest", str(SEED)]).exit_code == 0
    out = tmp_path / f"out.{fmt}"
    result = runner.invoke(app, ["--db", str(db), "export", "rdf", "-f", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["--db", str(again), "import", "rdf", "-f", fmt, str(out), "--json"])
    assert result.exit_code == 0, result.stderr
    assert '"statements": 5' in result.stdout
    a, b = SqliteStore(db), SqliteStore(again)
    assert all_statements(a) == all_statements(b) and stats(a) == stats(b)
    a.close()
    b.close()


def test_a_file_with_the_older_quote_context_table_keeps_its_quote_context(tmp_path: Path) -> None:
    # Before, prefix and suffix lived in a quote_context table of their own; opening such a file moves
    # them into the statement rows and the export still carries them.
    store = SqliteStore(tmp_path / "g.db")
    ingest(store, [str(SEED)])
    before = _export(store, "nt")
    c = store.conn
    c.executescript("CREATE TABLE quote_context (statement_id TEXT PRIMARY KEY, prefix TEXT, suffix TEXT)"
                    " WITHOUT ROWID; INSERT INTO quote_context SELECT id, prefix, suffix FROM statement;"
                    " ALTER TABLE statement DROP COLUMN prefix; ALTER TABLE statement DROP COLUMN suffix;")
    store.close()
    store = SqliteStore(tmp_path / "g.db")
    assert not store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'quote_context'").fetchone()
    after = _export(store, "nt")
    assert "罗素（Danny Russel）表示，" in after and sorted(after.splitlines()) == sorted(before.splitlines())
    store.close()
