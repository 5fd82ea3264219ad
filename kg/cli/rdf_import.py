"""kg import rdf FILE."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import JsonOpt, app, emit_json, err, fail, get_store

import_app = typer.Typer(no_args_is_help=True, help="Import into the graph.")
app.add_typer(import_app, name="import")


@import_app.command("rdf")
def import_rdf(
    path: Annotated[Path, typer.Argument(help="An RDF file as `kg export rdf` writes it (any of its formats).")],
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="turtle, nt, nquads, trig or json-ld; guessed from the file name if not given.")]
    = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per write.")] = 100,
    as_json: JsonOpt = False,
) -> None:
    """Load an RDF export into the store, idempotently (importing twice changes nothing)."""
    from kg.rdf import FORMATS
    from kg.rdf.load import ImportError_
    from kg.rdf.load import import_rdf as run

    if not path.is_file():
        fail(f"{path}: no such file")
    if fmt is not None and fmt not in FORMATS:
        fail(f"unknown RDF format {fmt!r}; choose from {', '.join(sorted(FORMATS))}", 2)
    store = get_store()
    try:
        report = run(store, path, FORMATS[fmt] if fmt else None, batch_size)
    except ImportError_ as exc:
        fail(str(exc))
    finally:
        store.close()
    if as_json:
        emit_json({"articles": report.articles, "statements": report.statements})
    else:
        err.print(f"imported {report.articles} articles, {report.statements} statements from {path}",
                  markup=False, highlight=False)
