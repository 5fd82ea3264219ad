"""Stores behind one narrow port, picked by URL: Neo4j for bolt/neo4j URLs, SQLite for paths."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from kg.models import ExtractionResult
from queries.base import NamedQuery

NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


class StoreError(Exception):
    """A store could not be opened or written; the message is safe to print (no credentials)."""


class GraphStore(Protocol):
    url: str

    def write(self, results: Sequence[ExtractionResult]) -> None:
        """Write a batch idempotently, all or nothing."""
        ...

    def known_articles(self, ids: Iterable[str]) -> dict[str, str]:
        """Content hash (kg.store.rows.article_hash) of each given article already stored; absent ids left out.

        Lets an incremental run skip unchanged articles without extracting them again.
        """
        ...

    def run(self, query: NamedQuery, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Rows of a named query, values as plain Python (datetimes native, lists as lists)."""
        ...

    def stream(self, query: NamedQuery, params: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
        """Like run, but rows arrive as they are read."""
        ...

    def clear(self) -> None:
        """Delete everything (tests and `kg reset`)."""
        ...

    def close(self) -> None: ...


def default_db_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "claimgraph" / "graph.db"


def open_store(url: str | None = None) -> GraphStore:
    """The store for a URL, the KG_DB variable, or the per-user default embedded file."""
    url = url or os.environ.get("KG_DB") or str(default_db_path())
    if url.startswith(NEO4J_SCHEMES):
        from kg.store.neo4j import Neo4jStore

        return Neo4jStore(url)
    from kg.store.sqlite import SqliteStore

    path = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url
    if "://" in path:
        raise StoreError(f"unknown store URL scheme in {url.split('://', 1)[0]}://")
    return SqliteStore(path)
