"""kg ingest and kg extract: from inputs to statements (and into the store)."""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from kg.cli.common import JsonOpt, app, emit_json, err, flags, get_store, out

if TYPE_CHECKING:
    from kg.ingest import IngestReport
    from loaders import LoadError


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to load.")],
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per write transaction.")] = 100,
    workers: Annotated[int, typer.Option(min=1, help="Processes that parse and extract in parallel.")] = 1,
    errors: Annotated[Path | None, typer.Option(
        "--errors", help="Write every load error to this file as JSON Lines.")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Extract and write again articles already stored unchanged.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Load articles, extract their statements and write them to the store.

    Unchanged articles already in the store are skipped; an interrupted run can simply be run again.
    """
    from kg.ingest import ingest as run

    store = get_store()
    error_file = errors.open("w", encoding="utf-8") if errors else None

    def on_error(e: LoadError) -> None:
        err.print(f"kg: {e.line()}", markup=False, highlight=False)
        if error_file:
            error_file.write(json.dumps(e.model_dump(), ensure_ascii=False) + "\n")
            error_file.flush()

    old_term = signal.signal(signal.SIGTERM, _interrupt)
    try:
        with _progress(enabled=not quiet and not as_json and err.is_terminal) as on_progress:
            report = run(store, paths, batch_size, on_error=on_error, workers=workers, force=force,
                         on_progress=on_progress)
    finally:
        signal.signal(signal.SIGTERM, old_term)
        store.close()
        if error_file:
            error_file.close()
    if as_json:
        emit_json({**report.summary(), "store": store.url})
    elif not quiet:
        rate = f" in {report.seconds:.1f} s ({report.rate:.0f} articles/s)" if report.seconds >= 1 else ""
        err.print(f"ingested {report.articles} articles, {report.statements} statements into {store.url}"
                  + (f"; {report.skipped} already stored, skipped" if report.skipped else "") + rate
                  + (f"; {len(report.errors)} inputs failed" if report.errors else ""), markup=False,
                  highlight=False)
    if report.interrupted:
        err.print(f"kg: stopped early: {report.interrupted}; everything counted above is stored,"
                  " run the same command again to load the rest", markup=False, highlight=False)
        raise typer.Exit(130 if report.interrupted == "interrupted" else 1)
    if report.errors:
        raise typer.Exit(1)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # SIGTERM ends a run the way Ctrl-C does: the current batch rolls back


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[IngestReport], None] | None]:
    """A live bar on a terminal: files read, articles and statements written, rate, errors."""
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(
        TextColumn("[bold]ingest"), BarColumn(), TextColumn("{task.completed}/{task.total} files"),
        TextColumn("{task.fields[articles]} articles, {task.fields[statements]} statements,"
                   " {task.fields[skipped]} skipped, {task.fields[errors]} errors"),
        TextColumn("{task.fields[rate]:.0f} articles/s"), TimeElapsedColumn(),
        console=err, transient=True)
    task = progress.add_task("ingest", total=None, articles=0, statements=0, skipped=0, errors=0, rate=0.0)

    def update(r: IngestReport) -> None:
        progress.update(task, total=r.files_total or None, completed=r.files, articles=r.articles,
                        statements=r.statements, skipped=r.skipped, errors=len(r.errors), rate=r.rate)

    with progress:
        yield update


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to read.")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines, one object per article.")] = False,
) -> None:
    """Extract attributed statements without storing them."""
    from kg.extract import extract_or_error as run
    from kg.extract import result_json
    from loaders import LoadError, load_paths

    failed = 0
    for item in load_paths(paths):
        result = item if isinstance(item, LoadError) else run(item)
        if isinstance(result, LoadError):
            failed += 1
            err.print(f"kg: {result.line()}", markup=False, highlight=False)
            continue
        if as_json:
            sys.stdout.write(json.dumps(result_json(result), ensure_ascii=False) + "\n")
            continue
        table = Table(title=f"{item.title} ({item.source_file})", show_lines=True)
        for col in ("speaker", "content", "type", "modality", "via", "why"):
            table.add_column(col, overflow="fold")
        for s in result.statements:
            who = s.speaker.name + (f" ({', '.join(s.speaker.aliases)})" if s.speaker.aliases else "")
            mod = s.modality + (f": {', '.join(s.hedges)}" if s.hedges else "") + flags(s)
            # why: the cue that attributes it, the hedge words, and the back-reference the speaker came from
            why = [f"cue “{s.cue}”" if s.cue else "no cue: the quote continues the last speaker"]
            if s.hedges:
                why.append(f"hedged by {', '.join(s.hedges)}")
            if s.question:
                why.append("asked as a question")
            if s.denial:
                why.append("a denial")
            if s.resolved_from:
                why.append(f"“{s.resolved_from}” → {s.speaker.name}")
            named = [m for m in s.speaker.mentions if m != s.resolved_from]
            if named:
                why.append(f"named here as “{max(named, key=len)}”")
            table.add_row(who, s.content, s.quote_type, mod, " → ".join(o.name for o in s.via), "; ".join(why))
        out.print(table)
    if failed:
        raise typer.Exit(1)

