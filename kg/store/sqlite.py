"""The embedded store: one SQLite file (standard library), WAL mode, FTS5 trigram search for Chinese."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from kg.models import ExtractionResult
from kg.store import StoreError
from kg.store.rows import to_batch
from queries.base import NamedQuery

SCHEMA = """
CREATE TABLE IF NOT EXISTS outlet (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, key TEXT, domain TEXT, wikidata TEXT);
CREATE TABLE IF NOT EXISTS speaker (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL);
-- every name a speaker or outlet is known by, and its normalised key for lookups
CREATE TABLE IF NOT EXISTS alias (
    owner TEXT NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (owner, name));
CREATE INDEX IF NOT EXISTS alias_key ON alias (key);
CREATE TABLE IF NOT EXISTS article (
    id TEXT PRIMARY KEY, url TEXT, title TEXT, language TEXT, source_file TEXT,
    published_at TEXT, published_utc TEXT, outlet_id TEXT, delivered_by TEXT);
CREATE TABLE IF NOT EXISTS claim (id TEXT PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS statement (
    id TEXT PRIMARY KEY, article_id TEXT NOT NULL, speaker_id TEXT NOT NULL, claim_id TEXT NOT NULL,
    cue TEXT, content TEXT NOT NULL, start INTEGER, "end" INTEGER, quote_type TEXT, modality TEXT,
    hedges TEXT, said_on TEXT, role TEXT, affiliation TEXT, resolved_from TEXT);
CREATE INDEX IF NOT EXISTS statement_article ON statement (article_id);
CREATE INDEX IF NOT EXISTS statement_speaker ON statement (speaker_id);
CREATE TABLE IF NOT EXISTS via (
    statement_id TEXT NOT NULL, hop INTEGER NOT NULL, outlet_id TEXT NOT NULL,
    PRIMARY KEY (statement_id, hop));
CREATE TABLE IF NOT EXISTS affiliation (
    person_id TEXT NOT NULL, org_id TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (person_id, org_id, role));
CREATE VIRTUAL TABLE IF NOT EXISTS statement_fts USING fts5(
    content, statement_id UNINDEXED, tokenize = 'trigram');
"""


class SqliteStore:
    def __init__(self, path: str | Path) -> None:
        self.url = str(path)
        p = Path(path)
        try:
            if str(path) != ":memory:":
                p.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.executescript(SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open embedded store {path}: {exc}") from None

    def write(self, results: Sequence[ExtractionResult]) -> None:
        b = to_batch(list(results))
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
            for o in b.outlets.values():
                c.execute("INSERT INTO outlet (id, name, key, domain, wikidata) VALUES (:id, :name, :key, :domain,"
                          " :wikidata) ON CONFLICT (id) DO UPDATE SET name = excluded.name, key = excluded.key,"
                          " domain = excluded.domain, wikidata = excluded.wikidata", o)
                self._aliases(o["id"], [o["name"], *o["aliases"]])
            for s in b.speakers.values():
                c.execute("INSERT INTO speaker (id, name, kind) VALUES (:id, :name, :kind) ON CONFLICT (id)"
                          " DO UPDATE SET name = excluded.name, kind = excluded.kind", s)
                self._aliases(s["id"], [s["name"], *s["aliases"]])
            for a in b.articles:
                c.execute("INSERT OR REPLACE INTO article (id, url, title, language, source_file, published_at,"
                          " published_utc, outlet_id, delivered_by) VALUES (:id, :url, :title, :language,"
                          " :source_file, :published_at, :published_utc, :outlet_id, :delivered_by)", a)
                keep = [s["id"] for s in b.statements if s["article_id"] == a["id"]]
                self._drop_stale(a["id"], keep)
            c.executemany("INSERT OR IGNORE INTO claim (id, text) VALUES (:id, :text)", b.claims.values())
            for s in b.statements:
                row = {**s, "hedges": json.dumps(s["hedges"], ensure_ascii=False)}
                old = c.execute("SELECT content FROM statement WHERE id = ?", (s["id"],)).fetchone()
                c.execute("INSERT OR REPLACE INTO statement (id, article_id, speaker_id, claim_id, cue, content,"
                          " start, \"end\", quote_type, modality, hedges, said_on, role, affiliation,"
                          " resolved_from) VALUES (:id, :article_id, :speaker_id, :claim_id, :cue, :content,"
                          " :start, :end, :quote_type, :modality, :hedges, :said_on, :role, :affiliation,"
                          " :resolved_from)", row)
                if old is None or old["content"] != s["content"]:
                    c.execute("DELETE FROM statement_fts WHERE statement_id = ?", (s["id"],))
                    c.execute("INSERT INTO statement_fts (content, statement_id) VALUES (?, ?)",
                              (s["content"], s["id"]))
                c.execute("DELETE FROM via WHERE statement_id = ?", (s["id"],))
            c.executemany("INSERT INTO via (statement_id, hop, outlet_id) VALUES (:statement_id, :hop,"
                          " :outlet_id)", b.via)
            c.executemany("INSERT OR IGNORE INTO affiliation (person_id, org_id, role) VALUES (:person, :org,"
                          " :role)", b.affiliations.values())
            c.execute("COMMIT")
        except sqlite3.Error as exc:
            c.execute("ROLLBACK")
            raise StoreError(f"embedded store write failed: {exc}") from None

    def _aliases(self, owner: str, names: list[str]) -> None:
        from kg.text import name_key

        self.conn.executemany("INSERT OR IGNORE INTO alias (owner, name, key) VALUES (?, ?, ?)",
                              [(owner, n, name_key(n)) for n in names if name_key(n)])

    def _drop_stale(self, article_id: str, keep: list[str]) -> None:
        """Statements an earlier extraction found in this article but this one does not."""
        c = self.conn
        old = [r["id"] for r in c.execute("SELECT id FROM statement WHERE article_id = ?", (article_id,))]
        for sid in set(old) - set(keep):
            c.execute("DELETE FROM via WHERE statement_id = ?", (sid,))
            c.execute("DELETE FROM statement_fts WHERE statement_id = ?", (sid,))
            c.execute("DELETE FROM statement WHERE id = ?", (sid,))
        c.execute("DELETE FROM claim WHERE id NOT IN (SELECT claim_id FROM statement)") if old else None

    def run(self, query: NamedQuery, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        return list(self.stream(query, params))

    def stream(self, query: NamedQuery, params: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
        try:
            cur = self.conn.execute(query.sql, dict(params))
        except sqlite3.Error as exc:
            raise StoreError(f"query {query.name} failed on the embedded store: {exc}") from None
        for row in cur:
            yield dict(zip(row.keys(), row, strict=True))

    def clear(self) -> None:
        self.conn.executescript(
            "BEGIN; DELETE FROM via; DELETE FROM statement_fts; DELETE FROM statement; DELETE FROM claim;"
            " DELETE FROM affiliation; DELETE FROM alias; DELETE FROM speaker; DELETE FROM article;"
            " DELETE FROM outlet; COMMIT;")

    def close(self) -> None:
        self.conn.close()

