"""Shared fixtures: a real Neo4j for the whole session, and a clean store of each kind per test.

Neo4j comes from NEO4J_URI when set, else it is started from the Maven Central
artifacts built by scripts/neo4j.sh. Under CI=true a Neo4j test fails, never
skips, when Neo4j cannot be reached.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from kg.store import GraphStore

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"
SEED = ROOT / "examples" / "rfi-20230904-biden-china-visits.txt"


@cache
def shared_scorer() -> ModuleType:
    """../shared/tools/score_attributions.py, the scorer issue 3's figures are measured with."""
    spec = importlib.util.spec_from_file_location("score_attributions", SHARED / "tools" / "score_attributions.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"Neo4j is required under CI: {reason}")
    pytest.skip(f"Neo4j not available: {reason}")


@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A bolt URI of a running Neo4j, with NEO4J_USER/NEO4J_PASSWORD set for it."""
    if os.environ.get("NEO4J_URI"):
        yield os.environ["NEO4J_URI"]
        return
    from tests.neo4j_server import start_server

    password = secrets.token_hex(12)
    try:
        server = start_server(tmp_path_factory.mktemp("neo4j"), password)
    except Exception as exc:  # noqa: BLE001 - any start failure means the same thing here
        _unavailable(f"could not start the test server: {exc}")
        return
    old = {k: os.environ.get(k) for k in ("NEO4J_USER", "NEO4J_PASSWORD")}
    os.environ["NEO4J_USER"], os.environ["NEO4J_PASSWORD"] = "neo4j", password
    try:
        yield server.uri
    finally:
        server.stop()
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _neo4j_store(uri: str) -> GraphStore:
    from kg.store import StoreError
    from kg.store.neo4j import Neo4jStore

    try:
        store = Neo4jStore(uri)
    except StoreError as exc:
        _unavailable(str(exc))
        raise
    store.clear()
    return store


@pytest.fixture(params=["sqlite", "neo4j"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """A clean store of each kind: the embedded file and a real Neo4j."""
    if request.param == "sqlite":
        from kg.store.sqlite import SqliteStore

        s: GraphStore = SqliteStore(tmp_path / "graph.db")
    else:
        s = _neo4j_store(request.getfixturevalue("neo4j_uri"))
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def both_stores(tmp_path: Path, neo4j_uri: str) -> Iterator[tuple[GraphStore, GraphStore]]:
    """A clean embedded store and a clean Neo4j, for parity tests."""
    from kg.store.sqlite import SqliteStore

    a, b = SqliteStore(tmp_path / "graph.db"), _neo4j_store(neo4j_uri)
    try:
        yield a, b
    finally:
        a.close()
        b.close()
