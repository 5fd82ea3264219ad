"""Neo4j specifics: schema, credentials kept out of messages, every value a parameter."""

from __future__ import annotations

import os

import pytest

from kg.store import StoreError
from kg.store.neo4j import Neo4jStore


def test_schema_is_created_once(neo4j_uri: str) -> None:
    store = Neo4jStore(neo4j_uri)
    try:
        Neo4jStore(neo4j_uri).close()  # a second open re-runs IF NOT EXISTS harmlessly
        names = {r["name"] for r in store.driver.execute_query("SHOW INDEXES YIELD name").records}
        assert {"statement_text", "speaker_id", "statement_id", "article_id"} <= names
    finally:
        store.close()


def test_wrong_password_is_a_clean_error_without_the_secret(neo4j_uri: str, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "not-the-password-" + os.urandom(4).hex()
    monkeypatch.setenv("NEO4J_PASSWORD", secret)
    with pytest.raises(StoreError) as info:
        Neo4jStore(neo4j_uri)
    assert secret not in str(info.value)
    assert "credentials" in str(info.value)


def test_unreachable_server_is_a_clean_error() -> None:
    with pytest.raises(StoreError) as info:
        Neo4jStore("bolt://127.0.0.1:1")
    assert "unreachable" in str(info.value)
