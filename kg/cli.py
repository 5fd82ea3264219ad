"""The `kg` command: parses arguments, calls the library, renders tables or JSON. Nothing else."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from kg.store import GraphStore, StoreError, open_store

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="claimgraph: who said what, when, and through whom.")
export_app = typer.Typer(no_args_is_help=True, help="Export the graph.")
app.add_typer(export_app, name="export")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class State:
    db: str | None = None
    debug: bool = False


state = State()

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a table.")]
LimitOpt = Annotated[int, typer.Option("--limit", min=1, help="At most this many rows.")]


@app.callback()
def main_options(
    db: Annotated[str | None, typer.Option(
        "--db", envvar="KG_DB",
        help="Store: a file path or sqlite:///path (embedded), or bolt://, neo4j://, neo4j+s:// (Neo4j).")] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
) -> None:
    state.db, state.debug = db, debug


def _store() -> GraphStore:
    return open_store(state.db)


def _fail(message: str, code: int = 1) -> None:
    err.print(f"kg: error: {message}", markup=False, highlight=False)
    raise typer.Exit(code)


def _json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to load.")],
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per write transaction.")] = 100,
    as_json: JsonOpt = False,
) -> None:
    """Load articles, extract their statements and write them to the store."""
    from kg.ingest import ingest as run

    store = _store()
    try:
        report = run(store, paths, batch_size,
                     on_error=lambda e: err.print(f"kg: {e.line()}", markup=False, highlight=False))
    finally:
        store.close()
    if as_json:
        _json({"articles": report.articles, "statements": report.statements,
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
        for col in ("speaker", "cue", "content", "type", "modality", "via"):
            table.add_column(col, overflow="fold")
        for s in result.statements:
            who = s.speaker.name + (f" ({', '.join(s.speaker.aliases)})" if s.speaker.aliases else "")
            if s.resolved_from:
                who += f" ← {s.resolved_from}"
            mod = s.modality + (f": {', '.join(s.hedges)}" if s.hedges else "")
            table.add_row(who, s.cue, s.content, s.quote_type, mod, " → ".join(o.name for o in s.via))
        out.print(table)
    if failed:
        raise typer.Exit(1)


@app.command("said-by")
def said_by(
    name: Annotated[str, typer.Argument(help="A speaker's name or alias, in any script.")],
    limit: LimitOpt = 100,
    as_json: JsonOpt = False,
) -> None:
    """Statements made by a speaker."""
    from queries.said_by import said_by as run

    store = _store()
    try:
        rows = run(store, name, limit)
    finally:
        store.close()
    if as_json:
        _json([r.model_dump(mode="json") for r in rows])
        return
    if not rows:
        _fail(f"no statements by {name!r}")
    table = Table(title=f"said by {name}", show_lines=True)
    for col in ("date", "speaker", "cue", "content", "modality", "outlet", "id"):
        table.add_column(col, overflow="fold")
    for r in rows:
        when = r.published_at.date().isoformat() if r.published_at else ""
        table.add_row(when, r.speaker, r.cue or "", r.content, r.modality, r.outlet or "", r.id)
    out.print(table)


@app.command()
def provenance(
    ref: Annotated[str, typer.Argument(metavar="ID|TEXT", help="A statement id, or text from the statement.")],
    as_json: JsonOpt = False,
) -> None:
    """How a statement reached you: speaker, relaying outlets, article, publisher, aggregator."""
    from queries.provenance import provenance as run

    store = _store()
    try:
        p = run(store, ref)
    finally:
        store.close()
    if p is None:
        if as_json:
            _json(None)
        _fail(f"no statement matches {ref!r}")
        return
    if as_json:
        _json(p.model_dump(mode="json"))
        return
    who = p.speaker + (f" ({', '.join(a for a in p.speaker_aliases if a != p.speaker)})" if p.speaker_aliases else "")
    title = ", ".join(x for x in (p.role, p.affiliation) if x)
    when = p.published_at.strftime("%Y-%m-%d %H:%M %z") if p.published_at else "undated"
    mod = p.modality + (f" (hedges: {', '.join(p.hedges)})" if p.hedges else "")
    latin = next((a for a in p.speaker_aliases if a.isascii()), None)
    head = f"{latin} ({p.speaker})" if latin and not p.speaker.isascii() else p.speaker
    chain = [f"{head}{f' [{title}]' if title else ''}", *p.chain(),
             f"{p.publisher or 'article'} article of {when}"]
    if p.delivered_by:
        chain.append(p.delivered_by)
    out.print(f"“{p.content}”", markup=False)
    out.print(f"  statement  {p.id}  {p.quote_type}, {mod}, cue {p.cue}", markup=False)
    out.print(f"  speaker    {who} — {p.speaker_kind}{f', {title}' if title else ''}", markup=False)
    out.print(f"  via        {' → '.join(p.chain()) if p.via else '(direct to the publisher)'}", markup=False)
    out.print(f"  article    {p.title} ({when})", markup=False)
    out.print(f"             {p.url or ''}", markup=False)
    out.print(f"  publisher  {p.publisher or '?'}" + (f", delivered by {p.delivered_by}" if p.delivered_by else ""),
              markup=False)
    out.print("  chain      " + " → ".join(chain), markup=False)


@app.command()
def stats(as_json: JsonOpt = False) -> None:
    """Counts of nodes and relationships by kind."""
    from queries.stats import stats as run

    store = _store()
    try:
        rows = run(store)
    finally:
        store.close()
    if as_json:
        _json([r.model_dump() for r in rows])
        return
    table = Table(title=f"graph in {store.url}")
    for col in ("kind", "name", "count"):
        table.add_column(col, justify="right" if col == "count" else "left")
    for r in rows:
        table.add_row(r.kind, r.name, str(r.count))
    out.print(table)


@export_app.command("rdf")
def export_rdf(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write; - for standard output.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="turtle, nt, jsonld, trig or xml.")] = "turtle",
    base: Annotated[str, typer.Option(help="Base IRI for claimgraph's resources.")] = "https://claimgraph.org/id/",
) -> None:
    """Export every statement as RDF (PROV-O and schema.org)."""
    from kg.rdf import FORMATS, build_graph
    from queries.provenance import ALL_STATEMENTS, Provenance

    if fmt not in FORMATS:
        _fail(f"unknown RDF format {fmt!r}; choose from {', '.join(sorted(FORMATS))}", 2)
    store = _store()
    try:
        rows = (Provenance.model_validate(r) for r in store.stream(ALL_STATEMENTS, {}))
        graph = build_graph(rows, base)
    finally:
        store.close()
    data = graph.serialize(format=FORMATS[fmt])
    if str(output) == "-":
        sys.stdout.write(data)
    else:
        output.write_text(data, encoding="utf-8")
        err.print(f"wrote {len(graph)} triples to {output}", markup=False)


def main() -> None:
    try:
        app()
    except StoreError as exc:
        if state.debug:
            raise
        err.print(f"kg: error: {exc}", markup=False, highlight=False)
        sys.exit(1)
