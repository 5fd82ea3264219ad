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


def test_claim_band_nodes_of_an_older_graph_become_the_indexed_property(neo4j_uri: str) -> None:
    from kg.claims import band_keys

    store = Neo4jStore(neo4j_uri)
    text = "the bridge will reopen to traffic next spring after repairs"
    try:
        store.clear()
        keys = list(band_keys(text))
        store.driver.execute_query(  # what a graph written by an earlier claimgraph holds
            "CREATE (c:Claim {id: 'clm_old', text: $text}) WITH c UNWIND $keys AS k "
            "CREATE (:ClaimBand {key: k})-[:BAND_OF]->(c)", {"text": text, "keys": keys})
        store.close()
        store = Neo4jStore(neo4j_uri)  # opening migrates
        left = store.driver.execute_query("MATCH (b:ClaimBand) RETURN count(b) AS n").records[0]["n"]
        assert left == 0
        assert store.claim_candidates(keys[:3]) == [{"id": "clm_old", "text": text}]
    finally:
        store.clear()
        store.close()
