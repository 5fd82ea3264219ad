"""The embedded store: one SQLite file (standard library), WAL mode, FTS5 trigram search for Chinese."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from kg.claims import link_claims
from kg.models import ExtractionResult
from kg.store import StoreError
from kg.store.checkpoint import Checkpointer
from kg.store.rows import to_batch
from kg.text import name_key
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
    published_at TEXT, published_utc TEXT, outlet_id TEXT, delivered_by TEXT, content_hash TEXT);
CREATE TABLE IF NOT EXISTS claim (id TEXT PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS statement (
    id TEXT PRIMARY KEY, article_id TEXT NOT NULL, speaker_id TEXT NOT NULL, claim_id TEXT NOT NULL,
    cue TEXT, content TEXT NOT NULL, start INTEGER, "end" INTEGER, quote_type TEXT, modality TEXT,
    hedges TEXT, said_on TEXT, role TEXT, affiliation TEXT, resolved_from TEXT,
    question INTEGER NOT NULL DEFAULT 0, denial INTEGER NOT NULL DEFAULT 0,
    prefix TEXT, suffix TEXT);  -- the text around the statement, for the RDF TextQuoteSelector
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

# Claims across articles (kg.claims), what statements mention (kg.entities), indexes for the query set.
SCHEMA_QUERIES = """
CREATE TABLE IF NOT EXISTS claim_band (key TEXT NOT NULL, claim_id TEXT NOT NULL, PRIMARY KEY (key, claim_id))
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entity (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS mention (statement_id TEXT NOT NULL, entity_id TEXT NOT NULL,
    PRIMARY KEY (statement_id, entity_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mention_entity ON mention (entity_id, statement_id);
CREATE INDEX IF NOT EXISTS statement_claim ON statement (claim_id);
CREATE INDEX IF NOT EXISTS article_published ON article (published_utc);
CREATE INDEX IF NOT EXISTS via_outlet ON via (outlet_id);
CREATE INDEX IF NOT EXISTS article_outlet ON article (outlet_id);
-- the query set's order (undated last, then time, then id): speculations reads it in order and stops early
CREATE INDEX IF NOT EXISTS article_order ON article (published_utc IS NULL, published_utc, id);
"""

_MAX_VARS = 500  # ids per IN (...) list, well under SQLite's variable limit


class SqliteStore:
    def __init__(self, path: str | Path) -> None:
        self.url = str(path)
        on_disk = self.url != ":memory:"
        try:
            if on_disk:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.executescript(SCHEMA)
            self.conn.executescript(SCHEMA_QUERIES)
            self._migrate()
            # Checkpoints run in a thread of their own (kg.store.checkpoint), not inside our commits.
            self._checkpoints = Checkpointer(self.url) if on_disk else None
            if self._checkpoints:
                self.conn.execute("PRAGMA wal_autocheckpoint=0")
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot open embedded store {path}: {exc}") from None

    def _migrate(self) -> None:
        """Bring a file made by an earlier version up to this schema."""
        c = self.conn
        cols = {r[1] for r in c.execute("PRAGMA table_info(article)")}
        if "content_hash" not in cols:  # made before incremental runs
            c.execute("ALTER TABLE article ADD COLUMN content_hash TEXT")
        cols = {r[1] for r in c.execute("PRAGMA table_info(statement)")}
        for col in ("question", "denial"):  # made before questions and denials were marked
            if col not in cols:
                c.execute(f"ALTER TABLE statement ADD COLUMN {col} INTEGER NOT NULL DEFAULT 0")
        for col in ("prefix", "suffix"):
            if col not in cols:
                c.execute(f"ALTER TABLE statement ADD COLUMN {col} TEXT")
        # Quote context used to live in a table of its own: one more random-keyed B-tree per write.
        if c.execute("SELECT 1 FROM sqlite_master WHERE name = 'quote_context'").fetchone():
            c.executescript(
                "BEGIN; UPDATE statement SET (prefix, suffix) = (SELECT q.prefix, q.suffix FROM quote_context q"
                " WHERE q.statement_id = statement.id) WHERE prefix IS NULL AND suffix IS NULL;"
                " DROP TABLE quote_context; COMMIT;")

    def write(self, results: Sequence[ExtractionResult]) -> None:
        stored = link_claims(results, self.claim_candidates, self.claims_by_id)
        b = to_batch(list(results), stored)
        c = self.conn
        # What the batch's articles held before: stale statements go, unchanged texts keep their FTS rows.
        old: dict[str, tuple[str, str]] = {}  # statement id -> (content, claim id)
        ids = [a["id"] for a in b.articles]
        for i in range(0, len(ids), _MAX_VARS):
            part = ids[i:i + _MAX_VARS]
            old.update((r[0], (r[1], r[2])) for r in c.execute(
                f"SELECT id, content, claim_id FROM statement WHERE article_id IN ({','.join('?' * len(part))})",
                part))
        new = {s["id"]: s for s in b.statements}
        stale = [sid for sid in old if sid not in new]
        fts = [(s["content"], s["id"]) for s in b.statements if old.get(s["id"], ("",))[0] != s["content"]]
        orphans = {cl for sid, (_, cl) in old.items() if sid not in new or new[sid]["claim_id"] != cl}
        aliases = [(row["id"], n, k) for row in (*b.outlets.values(), *b.speakers.values())
                   for n in (row["name"], *row["aliases"]) if (k := name_key(n))]
        if self._checkpoints:
            self._checkpoints.before_write(c)
        try:
            c.execute("BEGIN IMMEDIATE")
            c.executemany("INSERT INTO outlet (id, name, key, domain, wikidata) VALUES (:id, :name, :key, :domain,"
                          " :wikidata) ON CONFLICT (id) DO UPDATE SET name = excluded.name, key = excluded.key,"
                          " domain = excluded.domain, wikidata = excluded.wikidata", list(b.outlets.values()))
            c.executemany("INSERT INTO speaker (id, name, kind) VALUES (:id, :name, :kind) ON CONFLICT (id)"
                          " DO UPDATE SET name = excluded.name, kind = excluded.kind", list(b.speakers.values()))
            c.executemany("INSERT OR IGNORE INTO alias (owner, name, key) VALUES (?, ?, ?)", aliases)
            c.executemany("INSERT OR REPLACE INTO article (id, url, title, language, source_file, published_at,"
                          " published_utc, outlet_id, delivered_by, content_hash) VALUES (:id, :url, :title,"
                          " :language, :source_file, :published_at, :published_utc, :outlet_id, :delivered_by,"
                          " :content_hash)", b.articles)
            gone = [(sid,) for sid in stale]
            c.executemany("DELETE FROM statement WHERE id = ?", gone)
            c.executemany("DELETE FROM statement_fts WHERE statement_id = ?",
                          gone + [(sid,) for _, sid in fts if sid in old])
            c.executemany("DELETE FROM via WHERE statement_id = ?", [(sid,) for sid in old])
            c.executemany("INSERT OR IGNORE INTO claim (id, text) VALUES (:id, :text)",
                          [cl for cl in b.claims.values() if not cl["stored"]])
            c.executemany("INSERT OR REPLACE INTO statement (id, article_id, speaker_id, claim_id, cue, content,"
                          " start, \"end\", quote_type, modality, hedges, said_on, role, affiliation,"
                          " resolved_from, question, denial, prefix, suffix) VALUES (:id, :article_id, :speaker_id,"
                          " :claim_id, :cue, :content, :start, :end, :quote_type, :modality, :hedges, :said_on,"
                          " :role, :affiliation, :resolved_from, :question, :denial, :prefix, :suffix)",
                          [{**s, "hedges": json.dumps(s["hedges"], ensure_ascii=False)} for s in b.statements])
            c.executemany("INSERT INTO statement_fts (content, statement_id) VALUES (?, ?)", fts)
            self._write_extras(b, list(old), orphans)
            c.executemany("INSERT INTO via (statement_id, hop, outlet_id) VALUES (:statement_id, :hop,"
                          " :outlet_id)", b.via)
            c.executemany("INSERT OR IGNORE INTO affiliation (person_id, org_id, role) VALUES (:person, :org,"
                          " :role)", list(b.affiliations.values()))
            c.executemany("DELETE FROM claim WHERE id = ? AND NOT EXISTS"
                          " (SELECT 1 FROM statement WHERE claim_id = ?)", [(cl, cl) for cl in orphans])
            c.execute("COMMIT")
            if self._checkpoints:
                self._checkpoints.committed()
        except sqlite3.Error as exc:
            c.execute("ROLLBACK")
            raise StoreError(f"embedded store write failed: {exc}") from None
        except BaseException:  # Ctrl-C mid-batch: nothing of the batch stays
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise

    def _write_extras(self, b: Any, old: list[str], orphans: set[str]) -> None:
        """Claim band keys, entities and MENTIONS; stale mentions and orphaned bands go."""
        c = self.conn
        c.executemany("DELETE FROM mention WHERE statement_id = ?", [(sid,) for sid in old])
        c.executemany("INSERT OR IGNORE INTO claim_band (key, claim_id) VALUES (?, ?)",
                      [(k, cl["id"]) for cl in b.claims.values() for k in cl.get("bands", [])])
        c.executemany("INSERT INTO entity (id, name, kind) VALUES (:id, :name, :kind) ON CONFLICT (id) DO NOTHING",
                      list(b.entities.values()))
        c.executemany("INSERT OR IGNORE INTO alias (owner, name, key) VALUES (?, ?, ?)",
                      [(e["id"], n, k) for e in b.entities.values() for n in (e["name"], *e["aliases"])
                       if (k := name_key(n))])
        c.executemany("INSERT OR IGNORE INTO mention (statement_id, entity_id) VALUES (:statement_id, :entity_id)",
                      b.mentions)
        c.executemany("DELETE FROM claim_band WHERE claim_id = ? AND NOT EXISTS"
                      " (SELECT 1 FROM statement WHERE claim_id = ?)", [(cl, cl) for cl in orphans])

    def claim_candidates(self, keys: Sequence[str]) -> list[dict[str, str]]:
        """Claims sharing an LSH band key with a text (kg.claims), through the claim_band index."""
        if not keys:
            return []
        rows = self.conn.execute(
            f"SELECT DISTINCT c.id, c.text FROM claim_band b JOIN claim c ON c.id = b.claim_id"
            f" WHERE b.key IN ({','.join('?' * len(keys))})", list(keys))
        return [{"id": r[0], "text": r[1]} for r in rows]

    def claims_by_id(self, ids: Sequence[str]) -> list[dict[str, str]]:
        rows = self.conn.execute(f"SELECT id, text FROM claim WHERE id IN ({','.join('?' * len(ids))})", list(ids))
        return [{"id": r[0], "text": r[1]} for r in rows]

    def known_articles(self, ids: Iterable[str]) -> dict[str, str]:
        """The content hash of each given article already in the store (absent ids are left out)."""
        ids = list(ids)
        found: dict[str, str] = {}
        for i in range(0, len(ids), _MAX_VARS):
            part = ids[i:i + _MAX_VARS]
            found.update((r[0], r[1] or "") for r in self.conn.execute(
                f"SELECT id, content_hash FROM article WHERE id IN ({','.join('?' * len(part))})", part))
        return found

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
            " DELETE FROM outlet; DELETE FROM claim_band; DELETE FROM mention; DELETE FROM entity;"
            " COMMIT;")

    def close(self) -> None:
        if self._checkpoints:
            self._checkpoints.close()
        self.conn.close()  # the last connection to close checkpoints the rest and removes the WAL

