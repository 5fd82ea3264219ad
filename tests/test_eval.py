"""kg eval and kg.evaluate give the shared scorer's figures, on the seed and on en-ggt."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from kg.cli import app
from kg.evaluate import load_jsonl, score, tokens
from kg.extract import extract, result_json
from loaders import LoadError, load_paths
from tests.conftest import CORPUS, GOLD, SEED, SHARED

SCORER = SHARED / "tools" / "score_attributions.py"


def _shared_scorer(gold, pred_file) -> dict:
    # sys.executable has OpenCC, so the scorer folds Traditional to Simplified as kg.evaluate does.
    done = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred_file), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _kg_eval(gold, *paths) -> dict:
    res = CliRunner().invoke(app, ["eval", str(gold), *map(str, paths), "--json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def _predictions(paths, tmp_path):
    pred = tmp_path / "pred.jsonl"
    rows = [result_json(extract(a)) for a in load_paths([str(p) for p in paths]) if not isinstance(a, LoadError)]
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return pred


def _totals(res: dict) -> dict:
    return {k: v for k, v in res.items() if k != "per_doc"}


def test_tokens_count_cjk_characters_one_each():
    assert tokens("罗素表示, U.S. officials’ view") == {
        "罗": 1, "素": 1, "表": 1, "示": 1, "u": 1, "s": 1, "officials": 1, "view": 1}


def test_seed_figures_equal_the_shared_scorer(tmp_path):
    expected = _shared_scorer(GOLD / "seed.jsonl", _predictions([SEED], tmp_path))
    got = _kg_eval(GOLD / "seed.jsonl", SEED)
    assert _totals(got) == _totals(expected)
    assert got["statements"]["f1"] == 1.0
    assert [r["doc"] for r in got["per_doc"]] == [r["doc"] for r in expected["per_doc"]]
    assert got["per_doc"][0]["matched"] == expected["per_doc"][0]["matched"] == 5


def test_en_ggt_figures_equal_the_shared_scorer(tmp_path):
    corpus = CORPUS / "en-ggt"
    expected = _shared_scorer(GOLD / "en-ggt.jsonl", _predictions([corpus], tmp_path))
    got = _kg_eval(GOLD / "en-ggt.jsonl", corpus)
    assert _totals(got) == _totals(expected)
    assert got["gold"] == 1498
    # per article: the scorer's counts, and each article's own figures beside them
    for mine, theirs in zip(got["per_doc"], expected["per_doc"], strict=True):
        assert mine["doc"] == theirs["doc"]
        assert (mine["gold"], mine["predicted"], mine["matched"]) == (theirs["gold"], theirs["pred"], theirs["matched"])


def test_library_score_matches_on_a_split_gold(tmp_path):
    # the same function the CLI calls, on half the gold: a different set gives the scorer's figures too
    gold = load_jsonl(GOLD / "en-ggt.jsonl")[::2]
    half = tmp_path / "half.jsonl"
    half.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    pred = _predictions([CORPUS / "en-ggt" / g["doc"] for g in gold], tmp_path)
    assert _totals(score(gold, load_jsonl(pred))) == _totals(_shared_scorer(half, pred))


def test_eval_table_and_missing_articles(tmp_path):
    res = CliRunner().invoke(app, ["eval", str(GOLD / "zh-dev.jsonl"), str(SEED)])
    assert res.exit_code == 0
    assert "total" in res.stdout and "statements P" in res.stdout
    assert "in the gold but not among the articles read" in res.stderr
