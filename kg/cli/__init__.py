"""The `kg` command: parses arguments, calls the library, renders tables or JSON. Nothing else.

One module per group of commands; each registers itself on the shared app when imported here.
"""

from __future__ import annotations

import sys

# Importing a command module registers its commands on the shared app.
from kg.cli import eval, export, ingest, query, rdf_import, read  # noqa: F401
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
