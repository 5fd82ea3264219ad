"""The kg command as a user runs it: ingest, ask, export, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import rdflib
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import SEED

runner = CliRunner()


def kg(db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def test_readme_flow_on_the_embedded_store(tmp_path: Path) -> None:
    db = tmp_path / "g.db"
    code, _, err = kg(db, "ingest", str(SEED.parent))
    assert code == 0, err
    assert "ingested 1 articles, 5 statements" in err
    code, out, _ = kg(db, "provenance", "中国可能不打算安排任何官员访美")
    assert code == 0
    assert "Danny Russel" in out and "纽约时报 → 中央社" in out and "feedx" in out and "2023-09-04" in out
    code, out, _ = kg(db, "said-by", "羅素", "--json")
    assert code == 0 and len(json.loads(out)) == 2
    code, out, _ = kg(db, "stats", "--json")
    counts = {(r["kind"], r["name"]): r["count"] for r in json.loads(out)}
    assert counts[("node", "Statement")] == 5


def test_nothing_found_is_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "g.db"
    kg(db, "ingest", str(SEED))
    code, _, err = kg(db, "said-by", "Nobody Atall")
    assert code == 1 and "no statements by 'Nobody Atall'" in err
    code, _, err = kg(db, "provenance", "zzzz qqqq")
    assert code == 1 and "no statement matches" in err


def test_bad_files_are_reported_and_the_rest_is_ingested(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a-empty.txt").write_bytes(b"")
    (inputs / "b-binary.md").write_bytes(b"\x00\x01\x02\xff")
    (inputs / "c-cut.html").write_text("<html><body><p>cut", "utf-8")
    (inputs / "d-bad.txt").write_bytes("café crème brûlée".encode("latin-1"))
    (inputs / "seed.txt").write_bytes(SEED.read_bytes())
    db = tmp_path / "g.db"
    code, _, err = kg(db, "ingest", str(inputs))
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("kg: ")]
    assert len(lines) == 4
    for name in ("a-empty.txt", "b-binary.md", "c-cut.html", "d-bad.txt"):
        assert sum(name in line for line in lines) == 1
    assert "ingested 1 articles, 5 statements" in err
    code, out, _ = kg(db, "said-by", "罗素", "--json")
    assert code == 0 and len(json.loads(out)) == 2


def test_export_rdf_formats(tmp_path: Path) -> None:
    db = tmp_path / "g.db"
    kg(db, "ingest", str(SEED))
    for fmt, parse_as in (("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")):
        target = tmp_path / f"out.{fmt}"
        code, _, err = kg(db, "export", "rdf", "--format", fmt, "-o", str(target))
        assert code == 0, err
        g = rdflib.Graph()
        g.parse(target, format=parse_as)
        attributed = list(g.subject_objects(rdflib.URIRef("http://www.w3.org/ns/prov#wasAttributedTo")))
        assert len({s for s, _ in attributed if "/via/" not in str(s)}) == 5


def test_extract_json_is_the_scorer_shape(tmp_path: Path) -> None:
    code, out, _ = kg(tmp_path / "unused.db", "extract", "--json", str(SEED))
    assert code == 0
    [doc] = [json.loads(line) for line in out.splitlines()]
    assert doc["article"]["source_file"].endswith(SEED.name)
    assert len(doc["statements"]) == 5
    for s in doc["statements"]:
        assert set(s) >= {"id", "speaker", "cue", "content", "quote_type", "modality", "hedges", "via", "span"}


def test_an_extractor_bug_is_one_error_line_and_the_run_goes_on(tmp_path: Path, monkeypatch) -> None:
    """A crash in one article's extraction is reported against that file, not swallowed, not fatal."""
    import kg.extract.zh as zh

    def broken(article):  # type: ignore[no-untyped-def]
        raise ValueError("boom")

    monkeypatch.setattr(zh, "extract_zh", broken)
    en = tmp_path / "en.txt"
    en.write_text("The minister said the plan would work.", "utf-8")
    code, out, err = kg(tmp_path / "g.db", "extract", "--json", str(SEED), str(en))
    assert code == 1
    assert [line for line in err.splitlines() if line.startswith("kg: ")] == [
        f"kg: {SEED}: extraction failed: ValueError('boom')"]
    assert len(out.splitlines()) == 1 and json.loads(out)["article"]["source_file"] == str(en)


def test_extract_shows_how_the_text_names_the_speaker(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("Tom Hale, 64, a retired teacher, said the school had been neglected for years.\n", "utf-8")
    code, out, _ = kg(tmp_path / "g.db", "extract", str(art))
    assert code == 0 and "named here as" in out  # the table folds the phrase itself over lines
    code, out, _ = kg(tmp_path / "g.db", "extract", "--json", str(art))
    [s] = json.loads(out)["statements"]
    assert s["speaker"]["role"] == "a retired teacher"  # the age is no role
    assert s["speaker"]["mentions"] == ["Tom Hale, 64, a retired teacher", "Tom Hale, 64"]
