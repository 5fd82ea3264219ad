"""kg eval: extraction quality on the user's own annotated articles."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from kg.cli.common import JsonOpt, app, emit_json, err, fail, out


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines: one {doc, statements} object per article.")],
    paths: Annotated[list[str], typer.Argument(help="The annotated articles (files or directories).")],
    min_sim: Annotated[float, typer.Option("--min-sim", min=0.0, max=1.0,
                                           help="Token F1 for a content match.")] = 0.5,
    as_json: JsonOpt = False,
) -> None:
    """Extract the articles and score the statements against the gold, per article and in total."""
    from kg.evaluate import load_jsonl, per_doc_figures, score
    from kg.extract import extract_or_error, result_json
    from loaders import LoadError, load_paths

    try:
        gold_docs = load_jsonl(gold)
    except (OSError, ValueError) as exc:
        fail(f"{gold}: cannot read gold: {exc}")
    failed = 0
    preds = []
    for item in load_paths(paths):
        result = item if isinstance(item, LoadError) else extract_or_error(item)
        if isinstance(result, LoadError):
            failed += 1
            err.print(f"kg: {result.line()}", markup=False, highlight=False)
            continue
        preds.append(result_json(result))
    found = {p["article"]["source_file"] and Path(p["article"]["source_file"]).name for p in preds}
    missing = [g["doc"] for g in gold_docs if Path(g["doc"]).name not in found]
    for doc in missing:
        err.print(f"kg: {doc}: in the gold but not among the articles read (scored as nothing found)",
                  markup=False, highlight=False)
    res = score(gold_docs, preds, min_sim)
    rows = [per_doc_figures(r) for r in res["per_doc"]]
    if as_json:
        emit_json({**res, "per_doc": rows})
    else:
        table = Table(title=f"{gold.name}: {res['documents']} articles, min-sim {min_sim}")
        for col in ("article", "gold", "pred", "matched", "P", "R", "F1", "strict F1", "speaker"):
            table.add_column(col, justify="left" if col == "article" else "right",
                             overflow="fold", min_width=12 if col == "article" else None)
        for r in rows + [{**res, "doc": "total"}]:
            s = r["statements"]
            table.add_row(r["doc"], str(r["gold"]), str(r["predicted"]), str(r["matched"]),
                          _fmt(s["precision"]), _fmt(s["recall"]), _fmt(s["f1"]),
                          _fmt(r["strict"]["f1"]), _fmt(r["speaker_accuracy"]))
        out.print(table)
        sf = res["speculation"]
        out.print(f"statements P {res['statements']['precision']:.3f} R {res['statements']['recall']:.3f} "
                  f"F1 {res['statements']['f1']:.3f}\n"
                  f"speaker acc {res['speaker_accuracy']}  modality acc {res['modality_accuracy']}  "
                  f"quote-type acc {res['quote_type_accuracy']}  via acc {res['via_accuracy']}  "
                  f"non-empty chain acc {res['chain_accuracy']}\n"
                  f"speculation P {sf['precision']:.3f} R {sf['recall']:.3f} F1 {sf['f1']:.3f}\n"
                  f"strict (content+speaker) P {res['strict']['precision']:.3f} "
                  f"R {res['strict']['recall']:.3f} F1 {res['strict']['f1']:.3f}",
                  markup=False, highlight=False)
    if failed:
        raise typer.Exit(1)
