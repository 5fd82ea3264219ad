"""What every kg command shares: the app, global options, consoles, the store, errors and JSON output."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.console import Console

from kg.store import GraphStore, open_store

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


def get_store() -> GraphStore:
    return open_store(state.db)


def fail(message: str, code: int = 1) -> None:
    err.print(f"kg: error: {message}", markup=False, highlight=False)
    raise typer.Exit(code)


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def flags(s: object) -> str:
    """', question' and ', denial' for a modality column (a statement or a query row)."""
    return "".join(f", {flag}" for flag in ("question", "denial") if getattr(s, flag, False))
