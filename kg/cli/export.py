"""kg export rdf."""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import err, export_app, fail, get_store


@export_app.command("rdf")
def export_rdf(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write; - for standard output.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="turtle, nt, nquads, trig or jsonld.")] = "turtle",
    base: Annotated[str, typer.Option(help="Base IRI for claimgraph's resources.")] = "https://claimgraph.org/id/",
    since: Annotated[str | None, typer.Option(
        help="Only articles published on or after this date or datetime (ISO; UTC unless a zone is given).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Only articles this outlet published (any name or alias).")]
    = None,
    speaker: Annotated[str | None, typer.Option(help="Only statements by this speaker (any name or alias).")]
    = None,
    validate: Annotated[bool, typer.Option(
        "--validate", help="Check the output against the shipped SHACL shapes and print the violations.")] = False,
) -> None:
    """Export statements as RDF (PROV-O, schema.org, Web Annotation), streamed; see docs/rdf.md."""
    from kg.rdf import FORMATS, export
    from queries.export import export_params

    if fmt not in FORMATS:
        fail(f"unknown RDF format {fmt!r}; choose from {', '.join(sorted(FORMATS))}", 2)
    try:
        when = datetime.fromisoformat(since) if since else None
    except ValueError:
        fail(f"--since {since!r} is not an ISO date or datetime", 2)
    params = export_params(when, outlet, speaker)
    to_stdout = str(output) == "-"
    target = Path(tempfile.mkstemp(suffix=".rdf")[1]) if to_stdout and validate else output
    store = get_store()
    try:
        if to_stdout and not validate:
            n = export(store, sys.stdout, fmt, base, params)
        else:
            with target.open("w", encoding="utf-8", newline="\n") as fh:
                n = export(store, fh, fmt, base, params)
    finally:
        store.close()
    if to_stdout and validate:
        with target.open(encoding="utf-8") as fh:
            for chunk in iter(lambda: fh.read(1 << 16), ""):
                sys.stdout.write(chunk)
    if not to_stdout:
        err.print(f"wrote {n} triples to {output}", markup=False, highlight=False)
    if validate:
        from kg.rdf.validate import validate_file

        report = validate_file(target, FORMATS[fmt])
        if to_stdout:
            target.unlink()
        if report.conforms:
            err.print("SHACL: the export conforms to the claimgraph shapes", markup=False, highlight=False)
        else:
            err.print(report.text(), markup=False, highlight=False)
            raise typer.Exit(1)
