"""Query benchmark: p50/p95 latency of every query of the query set on a large synthetic graph, both stores.

    .venv/bin/python bench/query_bench.py [--statements 1000000] [--speakers 100000] [--outlets 200]
        [--articles 300000] [--stores sqlite,neo4j] [--runs 60] [--plans] [--keep DIR] [--reuse [--neo4j-uri URI]]

The graph is synthetic and deterministic (seeded): speakers with Chinese or English names (each with a
second alias), outlets, articles (half Chinese, half English, dated over four years), statements whose
speakers follow a skewed popularity (a few speak thousands of times), relaying chains (VIA), entities and
MENTIONS, and claims shared by several statements. Words are drawn from ../shared/corpus so both full-text
indexes see real vocabulary.

Bulk path: the rows are generated directly in the shape kg/store/rows.py gives the stores and written with
large batches (SQLite executemany in one transaction per table chunk; Neo4j UNWIND ... CREATE in batches),
into the schema and indexes the stores create themselves. It bypasses extraction and claim linking (claim
ids are precomputed here: linking in pure Python is the slow part of a real ingest, measured by
bench/ingest_bench.py), so the LSH band keys and the RDF quote context are not written; no query reads them.

Each query is timed through the library function the CLI calls (kg/cli), after a warm-up, on parameters
drawn from the graph (popular and rare speakers alike). With --plans the Neo4j PROFILE and SQLite EXPLAIN
QUERY PLAN of each named query are printed. The machine is shared: figures are noisy.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import secrets
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = 20240905
TZ = timezone(timedelta(hours=8))
START = datetime(2020, 1, 1, tzinfo=TZ)


@dataclass
class Config:
    statements: int = 1_000_000
    speakers: int = 100_000
    outlets: int = 200
    articles: int = 300_000
    entities: int = 20_000
    batch: int = 20_000


@dataclass
class Vocab:
    zh: list[str] = field(default_factory=list)  # characters
    en: list[str] = field(default_factory=list)  # words


def vocab() -> Vocab:
    text = (ROOT / "examples").joinpath("rfi-20230904-biden-china-visits.txt").read_text(encoding="utf-8")
    for p in sorted(CORPUS.rglob("*")) if CORPUS.is_dir() else []:
        if p.is_file() and p.stat().st_size < 2_000_000:
            text += p.read_text(encoding="utf-8", errors="ignore")
    zh = sorted(set(re.findall(r"[\u4e00-\u9fff]", text)))
    en = sorted({w.lower() for w in re.findall(r"[A-Za-z]{3,12}", text)})
    return Vocab(zh=zh, en=en)


def _hex(prefix: str, i: int) -> str:
    # Same shape as the real ids (queries/provenance.py recognises stm_ + 16 hex digits).
    return f"{prefix}_{(i * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF:016x}"


class Graph:
    """Deterministic rows of the synthetic graph; statements come in batches, regenerated per store."""

    def __init__(self, cfg: Config, v: Vocab) -> None:
        from kg.text import name_key

        self.cfg, self.v = cfg, v
        rnd = random.Random(SEED)
        self.outlets = [{"id": _hex("out", i), "name": f"Outlet {i:03d}" if i % 2 else f"新闻社{i:03d}",
                         "domain": f"outlet{i}.example"} for i in range(cfg.outlets)]
        for o in self.outlets:
            o["key"] = name_key(o["name"])
            o["aliases"] = [o["domain"]]
            o["keys"] = [o["key"], name_key(o["domain"])]
        self.speakers = []
        names: set[str] = set()
        surnames = v.zh[:300]
        firsts = v.en[:2000]
        i = 0
        while len(self.speakers) < cfg.speakers:
            if i % 2:
                name = rnd.choice(surnames) + "".join(rnd.choices(v.zh, k=rnd.choice((1, 2))))
                alias = name + "先生"
            else:
                name = f"{rnd.choice(firsts).title()} {rnd.choice(v.en).title()}"
                alias = "Dr. " + name
            i += 1
            if name in names:
                continue
            names.add(name)
            n = len(self.speakers)
            kind = "person" if n % 20 < 16 else "organization" if n % 20 < 19 else "group"
            self.speakers.append({"id": _hex("spk", n), "name": name, "kind": kind, "aliases": [alias],
                                  "keys": sorted({name_key(name), name_key(alias)})})
        self.entities = []
        for n in range(cfg.entities):
            name = ("".join(rnd.choices(v.zh, k=3)) if n % 2 else
                    f"{rnd.choice(v.en).title()} {rnd.choice(v.en).title()}")
            self.entities.append({"id": _hex("ent", n), "name": name, "kind": "place" if n % 3 else "event",
                                  "aliases": [], "keys": [name_key(name)]})
        self.articles = []
        for n in range(cfg.articles):
            lang = "zh" if n % 2 else "en"
            when = START + timedelta(seconds=rnd.randrange(4 * 365 * 86400))
            self.articles.append({
                "id": _hex("art", n), "url": f"https://news{n % cfg.outlets}.example/{n}", "language": lang,
                "title": self._text(rnd, lang, 6), "source_file": None,
                "published_at": when.isoformat() if n % 50 else None,
                "published_utc": when.astimezone(UTC).isoformat() if n % 50 else None,
                "outlet_id": self.outlets[self._skewed(rnd, cfg.outlets)]["id"],
                "delivered_by": self.outlets[rnd.randrange(cfg.outlets)]["id"] if n % 10 == 0 else None,
                "content_hash": None})

    @staticmethod
    def _skewed(rnd: random.Random, n: int) -> int:
        return min(n - 1, int(n * rnd.random() ** 2))  # index 0 is the most popular

    def _text(self, rnd: random.Random, lang: str, size: int) -> str:
        if lang == "zh":
            return "".join(rnd.choices(self.v.zh, k=size * 3))
        return " ".join(rnd.choices(self.v.en, k=size)).capitalize()

    def statements(self) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]],
                                           list[dict[str, Any]]]]:
        """Batches of (statements, new claims, via rows, mention rows)."""
        cfg = self.cfg
        rnd = random.Random(SEED + 1)
        claims: list[tuple[str, str]] = []  # (id, text), recent ones get repeated
        rows: list[dict[str, Any]] = []
        new_claims: list[dict[str, Any]] = []
        via: list[dict[str, Any]] = []
        mentions: list[dict[str, Any]] = []
        for n in range(cfg.statements):
            art = self.articles[rnd.randrange(cfg.articles)]
            sp = self.speakers[self._skewed(rnd, cfg.speakers)]
            spec = rnd.random() < 0.25
            if claims and rnd.random() < 0.4:  # the same claim, relayed by another article
                claim_id, text = claims[-1 - int(rnd.random() ** 2 * min(len(claims), 5000))]
            else:
                text = self._text(rnd, art["language"], rnd.randint(5, 14))
                claim_id = _hex("clm", n)
                claims.append((claim_id, text))
                new_claims.append({"id": claim_id, "text": text})
            sid = _hex("stm", n)
            hedges = (["可能"] if art["language"] == "zh" else ["may"]) if spec else []
            rows.append({"id": sid, "article_id": art["id"], "speaker_id": sp["id"], "claim_id": claim_id,
                         "cue": "说" if art["language"] == "zh" else "said", "content": text,
                         "start": rnd.randrange(2000), "end": 0, "quote_type": rnd.choice(("direct", "indirect")),
                         "modality": "speculation" if spec else "assertion", "hedges": hedges,
                         "said_on": None, "role": None, "affiliation": None, "resolved_from": None})
            rows[-1]["end"] = rows[-1]["start"] + len(text)
            if rnd.random() < 0.25:
                for hop in range(1, rnd.choice((2, 3))):
                    via.append({"statement_id": sid, "hop": hop,
                                "outlet_id": self.outlets[self._skewed(rnd, cfg.outlets)]["id"]})
            for e in {self.entities[self._skewed(rnd, cfg.entities)]["id"] for _ in range(rnd.choice((0, 1, 1, 2)))}:
                mentions.append({"statement_id": sid, "entity_id": e})
            if len(rows) >= cfg.batch:
                yield rows, new_claims, via, mentions
                rows, new_claims, via, mentions = [], [], [], []
        if rows:
            yield rows, new_claims, via, mentions


# --- SQLite bulk load ---------------------------------------------------------------------------

def load_sqlite(g: Graph, path: Path) -> Any:
    import json

    from kg.store.sqlite import SqliteStore

    store = SqliteStore(path)
    c = store.conn
    c.execute("BEGIN")
    c.executemany("INSERT INTO outlet (id, name, key, domain, wikidata) VALUES (:id, :name, :key, :domain, NULL)",
                  g.outlets)
    c.executemany("INSERT INTO speaker (id, name, kind) VALUES (:id, :name, :kind)", g.speakers)
    c.executemany("INSERT INTO entity (id, name, kind) VALUES (:id, :name, :kind)", g.entities)
    c.executemany("INSERT OR IGNORE INTO alias (owner, name, key) VALUES (?, ?, ?)",
                  [(r["id"], n, k) for r in (*g.outlets, *g.speakers, *g.entities)
                   for n, k in zip([r["name"], *r["aliases"]], _keys_for(r), strict=False)])
    c.executemany("INSERT INTO article (id, url, title, language, source_file, published_at, published_utc,"
                  " outlet_id, delivered_by, content_hash) VALUES (:id, :url, :title, :language, :source_file,"
                  " :published_at, :published_utc, :outlet_id, :delivered_by, :content_hash)", g.articles)
    c.execute("COMMIT")
    for rows, claims, via, mentions in g.statements():
        c.execute("BEGIN")
        c.executemany("INSERT INTO claim (id, text) VALUES (:id, :text)", claims)
        c.executemany("INSERT INTO statement (id, article_id, speaker_id, claim_id, cue, content, start, \"end\","
                      " quote_type, modality, hedges, said_on, role, affiliation, resolved_from) VALUES (:id,"
                      " :article_id, :speaker_id, :claim_id, :cue, :content, :start, :end, :quote_type, :modality,"
                      " :hedges, :said_on, :role, :affiliation, :resolved_from)",
                      [{**s, "hedges": json.dumps(s["hedges"], ensure_ascii=False)} for s in rows])
        c.executemany("INSERT INTO statement_fts (content, statement_id) VALUES (:content, :id)", rows)
        c.executemany("INSERT INTO via (statement_id, hop, outlet_id) VALUES (:statement_id, :hop, :outlet_id)",
                      via)
        c.executemany("INSERT INTO mention (statement_id, entity_id) VALUES (:statement_id, :entity_id)", mentions)
        c.execute("COMMIT")
    c.execute("ANALYZE")
    return store


def _keys_for(r: dict[str, Any]) -> list[str]:
    from kg.text import name_key

    return [name_key(n) for n in [r["name"], *r["aliases"]]]


# --- Neo4j bulk load ----------------------------------------------------------------------------

N_OUTLETS = "UNWIND $rows AS r CREATE (:Outlet {id: r.id, name: r.name, key: r.key, domain: r.domain," \
            " aliases: r.aliases, keys: r.keys})"
N_SPEAKERS = {kind: f"UNWIND $rows AS r CREATE (:Speaker:{label} {{id: r.id, name: r.name, kind: r.kind,"
              " aliases: r.aliases, keys: r.keys})"
              for kind, label in (("person", "Person"), ("organization", "Organization"), ("group", "Group"))}
N_ENTITIES = "UNWIND $rows AS r CREATE (:Entity {id: r.id, name: r.name, kind: r.kind, aliases: r.aliases," \
             " keys: r.keys})"
N_KEYS = {label: f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) UNWIND r.keys AS k"
          " MERGE (nk:NameKey {key: k}) CREATE (nk)-[:NAMES]->(n)" for label in ("Speaker", "Outlet", "Entity")}
N_ARTICLES = """
UNWIND $rows AS r
MATCH (o:Outlet {id: r.outlet_id})
CREATE (a:Article {id: r.id, url: r.url, title: r.title, language: r.language,
                   published_at: CASE WHEN r.published_at IS NULL THEN null ELSE datetime(r.published_at) END})
CREATE (a)-[:PUBLISHED_BY]->(o)
WITH a, r WHERE r.delivered_by IS NOT NULL
MATCH (d:Outlet {id: r.delivered_by})
CREATE (a)-[:DELIVERED_BY]->(d)
"""
N_CLAIMS = "UNWIND $rows AS r CREATE (:Claim {id: r.id, text: r.text})"
N_STATEMENTS = """
UNWIND $rows AS r
MATCH (a:Article {id: r.article_id})
MATCH (sp:Speaker {id: r.speaker_id})
MATCH (c:Claim {id: r.claim_id})
CREATE (s:Statement {id: r.id, cue: r.cue, content: r.content, start: r.start, end: r.end,
                     quote_type: r.quote_type, modality: r.modality, hedges: r.hedges})
CREATE (sp)-[:MADE]->(s), (s)-[:REPORTED_IN]->(a), (s)-[:ASSERTS]->(c)
"""
N_VIA = "UNWIND $rows AS r MATCH (s:Statement {id: r.statement_id}) MATCH (o:Outlet {id: r.outlet_id})" \
        " CREATE (s)-[:VIA {hop: r.hop}]->(o)"
N_MENTIONS = "UNWIND $rows AS r MATCH (s:Statement {id: r.statement_id}) MATCH (e:Entity {id: r.entity_id})" \
             " CREATE (s)-[:MENTIONS]->(e)"


def load_neo4j(g: Graph, uri: str) -> Any:
    from kg.store.neo4j import Neo4jStore

    store = Neo4jStore(uri)  # creates the constraints and indexes first
    store.clear()

    spent: dict[str, float] = {}

    def put(cypher: str, rows: list[dict[str, Any]], size: int = 10_000) -> None:
        t = time.perf_counter()
        for i in range(0, len(rows), size):
            store.driver.execute_query(cypher, {"rows": rows[i:i + size]}, database_=store.database)
        key = cypher.split("CREATE", 1)[1][:30].strip() if "CREATE" in cypher else cypher[:30]
        spent[key] = spent.get(key, 0.0) + time.perf_counter() - t

    put(N_OUTLETS, g.outlets)
    for kind, cypher in N_SPEAKERS.items():
        put(cypher, [s for s in g.speakers if s["kind"] == kind])
    put(N_ENTITIES, g.entities)
    put(N_KEYS["Outlet"], g.outlets)
    put(N_KEYS["Speaker"], g.speakers)
    put(N_KEYS["Entity"], g.entities)
    put(N_ARTICLES, g.articles)
    for rows, claims, via, mentions in g.statements():
        put(N_CLAIMS, claims)
        put(N_STATEMENTS, rows)
        put(N_VIA, via)
        put(N_MENTIONS, mentions)
    store.driver.execute_query("CALL db.awaitIndexes(600)", database_=store.database)
    print("  neo4j load: " + ", ".join(f"{k.split()[0]} {v:.0f} s" for k, v in spent.items()), flush=True)
    return store


# --- timing -------------------------------------------------------------------------------------

@dataclass
class Samples:
    speakers: list[str]
    statement_ids: list[str]
    texts: list[str]
    entities: list[str]
    claim_ids: list[str]


def samples(g: Graph, n: int) -> Samples:
    rnd = random.Random(SEED + 2)
    picked: list[dict[str, Any]] = []
    for rows, *_ in g.statements():  # the first batch is a fair sample of the skewed speakers
        picked = rnd.sample(rows, min(n, len(rows)))
        break
    by_id = {s["id"]: s for s in g.speakers}
    # Half the speakers as statements pick them (popular ones often), half uniformly (mostly rare).
    names = [by_id[s["speaker_id"]]["name"] for s in picked[: n // 2]]
    names += [rnd.choice(g.speakers)["name"] for _ in range(n - len(names))]
    # What a reader pastes: the first half of a statement, whole words (a cut word is no token for Lucene).
    texts = [" ".join(s["content"].split()[: max(2, len(s["content"].split()) // 2)]) if " " in s["content"]
             else s["content"][: max(6, len(s["content"]) // 2)] for s in picked]
    ents = [g.entities[Graph._skewed(rnd, len(g.entities))]["name"] for _ in range(n)]
    return Samples(names, [s["id"] for s in picked], texts, ents, [s["claim_id"] for s in picked])


def measure(store: Any, s: Samples, runs: int) -> dict[str, tuple[float, float, int]]:
    from queries.about import about, speculations, timeline
    from queries.base import NamedQuery
    from queries.network import outlets, speakers
    from queries.said_by import said_by
    from queries.spread import provenance_report, spread
    from queries.who_said import who_said

    noop = NamedQuery("noop", "RETURN 1 AS x", "SELECT 1 AS x")
    cases: list[tuple[str, Callable[[int], Any], int]] = [
        ("baseline RETURN 1", lambda i: store.run(noop, {}), runs),  # one round trip, nothing read
        ("said-by", lambda i: said_by(store, s.speakers[i % len(s.speakers)]), runs),
        ("provenance ID", lambda i: provenance_report(store, s.statement_ids[i % len(s.statement_ids)]), runs),
        ("provenance TEXT", lambda i: provenance_report(store, s.texts[i % len(s.texts)]), runs),
        ("who-said", lambda i: who_said(store, s.texts[i % len(s.texts)]), runs),
        ("spread ID", lambda i: spread(store, s.statement_ids[i % len(s.statement_ids)]), runs),
        ("spread TEXT", lambda i: spread(store, s.texts[i % len(s.texts)]), runs),
        ("about", lambda i: about(store, s.entities[i % len(s.entities)]), max(5, runs // 4)),
        ("timeline", lambda i: timeline(store, s.speakers[i % len(s.speakers)]), max(5, runs // 4)),
        ("speculations", lambda i: speculations(store), max(5, runs // 4)),
        ("outlets", lambda i: outlets(store), 5),
        ("speakers", lambda i: speakers(store), 5),
    ]
    out: dict[str, tuple[float, float, int]] = {}
    for name, fn, n in cases:
        for i in range(min(n, 10)):  # warm-up: caches, query plans, the JVM's compiler
            fn(n + i)
        times, hits = [], 0
        for i in range(n):
            t = time.perf_counter()
            r = fn(i)
            times.append((time.perf_counter() - t) * 1000)
            hits += 1 if r else 0
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        out[name] = (statistics.median(times), p95, hits)
        print(f"  {name:16} p50 {out[name][0]:8.1f} ms  p95 {p95:8.1f} ms  ({n} runs, {hits} answered)",
              flush=True)
    return out


# --- plans --------------------------------------------------------------------------------------

def plan_queries(s: Samples) -> list[tuple[Any, dict[str, Any]]]:
    from kg.text import name_key
    from queries.about import ABOUT, CONTAINS, SPECULATIONS
    from queries.network import OUTLETS, SPEAKERS
    from queries.provenance import PROVENANCE
    from queries.said_by import SAID_BY
    from queries.search import SEARCH, SEARCH_FEW, _params
    from queries.spread import CLAIM_APPEARANCES, STATEMENT_APPEARANCES
    from queries.statements import BY_IDS, filter_params

    f = filter_params()
    sid = s.statement_ids[0]
    return [
        (SAID_BY, {"key": name_key(s.speakers[0]), "limit": 100, **f}),
        (PROVENANCE, {"id": sid}),
        (BY_IDS, {"ids": [sid], "ids_json": f'["{sid}"]', "limit": 1}),
        (CLAIM_APPEARANCES, {"claim_id": s.claim_ids[0], "limit": 1000}),
        (STATEMENT_APPEARANCES, {"id": sid, "limit": 1000}),
        (SEARCH_FEW, _params(s.texts[0], True, 201)),
        (SEARCH, _params(s.texts[0], True, 200)),
        (ABOUT, {"key": name_key(s.entities[0]), "limit": 100, **f}),
        (CONTAINS, {"simplified": s.entities[0], "traditional": s.entities[0], "written": s.entities[0],
                    "limit": 1000}),
        (SPECULATIONS, {"limit": 100, **filter_params(modality="speculation")}),
        (OUTLETS, {"limit": 100}),
        (SPEAKERS, {"limit": 100}),
    ]


def sqlite_plans(conn: sqlite3.Connection, s: Samples) -> None:
    for q, params in plan_queries(s):
        print(f"\n-- SQLite EXPLAIN QUERY PLAN: {q.name}")
        for row in conn.execute("EXPLAIN QUERY PLAN " + q.sql, params):
            print(f"   {'  ' * (row[1] > 0)}{row[3]}")


def neo4j_plans(store: Any, s: Samples) -> None:
    def walk(p: Any, depth: int) -> None:
        args = p.get("args", {})
        detail = str(args.get("Details", ""))[:110]
        print(f"   {'  ' * depth}{p['operatorType'].split('@')[0]} {detail}  (rows {p.get('rows', '?')},"
              f" db hits {p.get('dbHits', '?')})")
        for c in p.get("children", []):
            walk(c, depth + 1)

    for q, params in plan_queries(s):
        print(f"\n-- Neo4j PROFILE: {q.name}")
        with store.driver.session(database=store.database) as session:
            summary = session.run("PROFILE " + q.cypher, params).consume()
        walk(summary.profile, 0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--statements", type=int, default=1_000_000)
    ap.add_argument("--speakers", type=int, default=100_000)
    ap.add_argument("--outlets", type=int, default=200)
    ap.add_argument("--articles", type=int, default=300_000)
    ap.add_argument("--stores", default="sqlite,neo4j")
    ap.add_argument("--runs", type=int, default=60)
    ap.add_argument("--plans", action="store_true")
    ap.add_argument("--neo4j-uri", default=None, help="an empty Neo4j (NEO4J_PASSWORD set); default: start one")
    ap.add_argument("--keep", type=Path, default=None, help="keep the SQLite file and Neo4j home here")
    ap.add_argument("--reuse", action="store_true",
                    help="do not rebuild: query the SQLite file kept in --keep, or the graph at --neo4j-uri")
    args = ap.parse_args()
    cfg = Config(statements=args.statements, speakers=args.speakers, outlets=args.outlets, articles=args.articles,
                 entities=max(100, args.speakers // 5))
    work = args.keep or Path(tempfile.mkdtemp(prefix="query-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    g = Graph(cfg, vocab())
    print(f"graph: {cfg.statements:,} statements, {cfg.speakers:,} speakers, {cfg.outlets} outlets, "
          f"{cfg.articles:,} articles, {cfg.entities:,} entities; rows made in {time.perf_counter() - t:.1f} s",
          flush=True)
    s = samples(g, args.runs)
    results: dict[str, dict[str, tuple[float, float, int]]] = {}
    for name in args.stores.split(","):
        t = time.perf_counter()
        server = None
        if name == "sqlite":
            db = work / "bench.db"
            if args.reuse and db.exists():
                from kg.store.sqlite import SqliteStore

                store = SqliteStore(db)
            else:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{db}{suffix}").unlink(missing_ok=True)
                store = load_sqlite(g, db)
        else:
            uri = args.neo4j_uri
            if uri is None:
                from tests.neo4j_server import start_server

                password = secrets.token_hex(12)
                os.environ.setdefault("NEO4J_PAGECACHE", "2g")
                os.environ["NEO4J_JAVA_OPTS"] = os.environ.get("NEO4J_JAVA_OPTS", "-Xms2g -Xmx3g")
                server = start_server(work / "neo4j", password, java_opts=(), timeout=300)
                os.environ["NEO4J_USER"], os.environ["NEO4J_PASSWORD"] = "neo4j", password
                uri = server.uri
            if args.reuse and args.neo4j_uri:  # the graph an earlier run built with the same settings
                from kg.store.neo4j import Neo4jStore

                store = Neo4jStore(uri)
            else:
                store = load_neo4j(g, uri)
        print(f"{name}: built in {time.perf_counter() - t:.0f} s", flush=True)
        try:
            results[name] = measure(store, s, args.runs)
            if args.plans:
                if name == "sqlite":
                    sqlite_plans(store.conn, s)
                else:
                    neo4j_plans(store, s)
        finally:
            store.close()
            if server is not None:
                server.stop()
    print("\n| query | " + " | ".join(f"{n} p50 | {n} p95" for n in results) + " |")
    print("|---|" + "---:|---:|" * len(results))
    names = next(iter(results.values())).keys() if results else []
    for q in names:
        print(f"| {q} | " + " | ".join(f"{r[q][0]:.1f} ms | {r[q][1]:.1f} ms" for r in results.values()) + " |")


if __name__ == "__main__":
    main()
