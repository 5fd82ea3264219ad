"""kg ingest and kg extract: from inputs to statements (and into the store)."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.table import Table

from kg.cli.common import JsonOpt, app, emit_json, err, get_store, out


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to load.")],
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per write transaction.")] = 100,
    as_json: JsonOpt = False,
) -> None:
    """Load articles, extract their statements and write them to the store."""
    from kg.ingest import ingest as run

    store = get_store()
    try:
        report = run(store, paths, batch_size,
                     on_error=lambda e: err.print(f"kg: {e.line()}", markup=False, highlight=False))
    finally:
        store.close()
    if as_json:
        emit_json({"articles": report.articles, "statements": report.statements,
               "errors": [e.model_dump() for e in report.errors], "store": store.url})
    else:
        err.print(f"ingested {report.articles} articles, {report.statements} statements into {store.url}"
                  + (f"; {len(report.errors)} inputs failed" if report.errors else ""), markup=False)
    if report.errors:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to read.")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines, one object per article.")] = False,
) -> None:
    """Extract attributed statements without storing them."""
    from kg.extract import extract as run
    from kg.extract import result_json
    from loaders import LoadError, load_paths

    failed = 0
    for item in load_paths(paths):
        if isinstance(item, LoadError):
            failed += 1
            err.print(f"kg: {item.line()}", markup=False, highlight=False)
            continue
        result = run(item)
        if as_json:
            sys.stdout.write(json.dumps(result_json(result), ensure_ascii=False) + "\n")
            continue
        table = Table(title=f"{item.title} ({item.source_file})", show_lines=True)
        for col in ("speaker", "content", "type", "modality", "via", "why"):
            table.add_column(col, overflow="fold")
        for s in result.statements:
            who = s.speaker.name + (f" ({', '.join(s.speaker.aliases)})" if s.speaker.aliases else "")
            mod = s.modality + (f": {', '.join(s.hedges)}" if s.hedges else "")
            # why: the cue that attributes it, the hedge words, and the back-reference the speaker came from
            why = [f"cue “{s.cue}”" if s.cue else "no cue: the quote continues the last speaker"]
            if s.hedges:
                why.append(f"hedged by {', '.join(s.hedges)}")
            if s.resolved_from:
                why.append(f"“{s.resolved_from}” → {s.speaker.name}")
            table.add_row(who, s.content, s.quote_type, mod, " → ".join(o.name for o in s.via), "; ".join(why))
        out.print(table)
    if failed:
        raise typer.Exit(1)


