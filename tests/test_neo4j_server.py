"""The Maven Central Neo4j launcher really serves Bolt with auth, Browser, and CJK full-text search."""

from __future__ import annotations

import os
import secrets
import urllib.request
from pathlib import Path

import pytest

from tests.neo4j_server import clean_database, start_server

pytestmark = pytest.mark.neo4j


@pytest.mark.skipif(bool(os.environ.get("NEO4J_URI")), reason="an external Neo4j is in use (NEO4J_URI)")
def test_server_starts_and_serves_bolt_browser_and_cjk_fulltext(tmp_path: Path) -> None:
    import neo4j
    from neo4j.exceptions import AuthError

    password = secrets.token_hex(12)
    server = start_server(tmp_path / "neo4j", password)
    try:
        assert server.uri.startswith("bolt://127.0.0.1:")

        with urllib.request.urlopen(server.browser_url, timeout=30) as resp:
            assert resp.status == 200
            assert "<title>Neo4j Browser</title>" in resp.read().decode()

        with (
            neo4j.GraphDatabase.driver(server.uri, auth=("neo4j", "not-" + password)) as bad,
            pytest.raises(AuthError),
        ):
            bad.verify_connectivity()

        text = "中国可能不打算安排任何官员访美"
        with neo4j.GraphDatabase.driver(server.uri, auth=("neo4j", password)) as driver:
            driver.verify_connectivity()
            driver.execute_query("CREATE (:Doc {id: $id, text: $text})", id="d1", text=text)
            records, _, _ = driver.execute_query("MATCH (d:Doc {id: $id}) RETURN d.text AS text", id="d1")
            assert [r["text"] for r in records] == [text]

            driver.execute_query(
                "CREATE FULLTEXT INDEX doc_text IF NOT EXISTS FOR (d:Doc) ON EACH [d.text] "
                "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}"
            )
            driver.execute_query("CALL db.awaitIndexes(60)")
            records, _, _ = driver.execute_query(
                "CALL db.index.fulltext.queryNodes('doc_text', $q) YIELD node, score RETURN node.id AS id, score",
                q="官员访美",
            )
            assert [r["id"] for r in records] == ["d1"]
            assert records[0]["score"] > 0

            clean_database(driver)
            records, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n")
            assert records[0]["n"] == 0
            records, _, _ = driver.execute_query("SHOW FULLTEXT INDEXES YIELD name RETURN collect(name) AS names")
            assert records[0]["names"] == ["doc_text"]  # clean_database drops nothing else
    finally:
        server.stop()
    assert not server.is_running()
