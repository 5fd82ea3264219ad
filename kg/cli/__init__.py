"""The `kg` command: parses arguments, calls the library, renders tables or JSON. Nothing else.

One module per group of commands; each registers itself on the shared app when imported here.
"""

from __future__ import annotations

import sys

from kg.cli import eval as _eval  # noqa: F401  (registers kg eval)
from kg.cli import export, ingest, read  # noqa: F401  (registers the commands)
from kg.cli import query as _query  # noqa: F401  (registers the query set and kg browse)
from kg.cli import rdf_import  # noqa: F401  (registers kg import rdf)
from kg.cli.common import app, err, state
from kg.store import StoreError

__all__ = ["app", "main"]


def main() -> None:
    try:
        app()
    except StoreError as exc:
        if state.debug:
            raise
        err.print(f"kg: error: {exc}", markup=False, highlight=False)
        sys.exit(1)
