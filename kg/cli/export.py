"""kg export rdf."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import err, export_app, fail, get_store


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
        fail(f"unknown RDF format {fmt!r}; choose from {', '.join(sorted(FORMATS))}", 2)
    store = get_store()
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


