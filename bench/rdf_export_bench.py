"""RDF export benchmark: streamed N-Triples and Turtle from the embedded store, against rdflib's in-memory path.

    .venv/bin/python bench/rdf_export_bench.py                  # 1,000,000 statements
    .venv/bin/python bench/rdf_export_bench.py --statements 200000 --baseline 20000

1. Builds a synthetic graph in a fresh embedded store through a bulk path of its own (plain executemany
   into the store's tables; no full-text index, which the export does not read): N statements in N/10
   articles, 200 outlets, N/20 speakers, 0-3 relaying hops, a third hedged.
2. Streams the export (kg.rdf.export) as N-Triples and as Turtle, each in a fresh child process so its
   peak memory (ru_maxrss) is the export's alone; output goes to os.devnull.
3. On a smaller graph built the same way (--baseline statements) runs, in the same run, the streamed
   export and rdflib's path: the same triples added to an rdflib Graph, then `serialize`. rdflib cannot
   hold the full graph (about 40 triples a statement), hence the separate size; rates are per triple.
The machine is shared: read ratios, not absolute rates.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build(path: Path, n: int, seed: int = 7) -> None:
    """A synthetic graph of n statements written straight into the embedded store's tables."""
    from kg.store.sqlite import SqliteStore
    from kg.text import stable_id

    rnd = random.Random(seed)
    store = SqliteStore(path)
    c = store.conn
    c.execute("PRAGMA synchronous=OFF")
    outlets = [(stable_id("out", i), f"Outlet {i}", f"outlet{i}", f"outlet{i}.example",
                f"Q{1000 + i}" if i % 2 else None) for i in range(200)]
    n_speakers = max(1, n // 20)
    n_articles = max(1, n // 10)
    c.execute("BEGIN")
    c.executemany("INSERT INTO outlet (id, name, key, domain, wikidata) VALUES (?, ?, ?, ?, ?)", outlets)
    c.executemany("INSERT INTO alias (owner, name, key) VALUES (?, ?, ?)",
                  [(o[0], f"媒体{i}", f"媒体{i}") for i, o in enumerate(outlets)])
    speakers = []
    for i in range(n_speakers):
        sid = stable_id("spk", i)
        kind = ("person", "person", "organization", "group")[i % 4]
        speakers.append((sid, f"Speaker {i}", kind))
    c.executemany("INSERT INTO speaker (id, name, kind) VALUES (?, ?, ?)", speakers)
    c.executemany("INSERT INTO alias (owner, name, key) VALUES (?, ?, ?)",
                  [(s[0], f"发言人{i}", f"发言人{i}") for i, s in enumerate(speakers)])
    c.execute("COMMIT")
    per_batch = 10_000
    for lo in range(0, n_articles, per_batch):
        arts, stms, claims, vias = [], [], [], []
        for a in range(lo, min(n_articles, lo + per_batch)):
            aid = stable_id("art", a)
            day = 1 + a % 28
            arts.append((aid, f"https://news.example/{a}", f"标题 {a} headline", "zh" if a % 2 else "en",
                         f"2023-09-{day:02d}T12:07:00+02:00", f"2023-09-{day:02d}T10:07:00+00:00",
                         outlets[a % 200][0], outlets[(a + 1) % 200][0] if a % 3 == 0 else None))
            for k in range(10):
                j = a * 10 + k
                if j >= n:
                    break
                sid = stable_id("stm", aid, k)
                content = f"第{j}条：中国可能不打算安排任何官员访美 statement number {j} \"quoted\""
                clm = stable_id("clm", j // 2)  # pairs of statements repeat a claim
                spk = speakers[rnd.randrange(n_speakers)]
                hedged = j % 3 == 0
                stms.append((sid, aid, spk[0], clm, "表示" if k % 2 else "said", content, 100 * k, 100 * k + 60,
                             ("direct", "indirect", "mixed")[k % 3], "speculation" if hedged else "assertion",
                             json.dumps(["可能"] if hedged else [], ensure_ascii=False),
                             f"2023-09-{1 + a % 28:02d}" if k % 2 else None,
                             "副主任" if spk[2] == "person" else None,
                             "亚洲协会" if spk[2] == "person" else None, None, "据报道，", "。另外"))
                claims.append((clm, content))
                vias += [(sid, h, outlets[(j + h) % 200][0]) for h in range(1, 1 + j % 4)]
        c.execute("BEGIN")
        c.executemany("INSERT INTO article (id, url, title, language, published_at, published_utc, outlet_id,"
                      " delivered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", arts)
        c.executemany("INSERT INTO statement (id, article_id, speaker_id, claim_id, cue, content, start, \"end\","
                      " quote_type, modality, hedges, said_on, role, affiliation, resolved_from, prefix, suffix)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", stms)
        c.executemany("INSERT OR IGNORE INTO claim (id, text) VALUES (?, ?)", claims)
        c.executemany("INSERT INTO via (statement_id, hop, outlet_id) VALUES (?, ?, ?)", vias)
        c.execute("COMMIT")
    store.close()


def peak_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the
    parent across fork+exec, so a child would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_export(db: str, fmt: str) -> None:
    """Run in a fresh process: stream one export to os.devnull, print triples, seconds, peak RSS."""
    from kg.rdf import export
    from kg.store.sqlite import SqliteStore

    store = SqliteStore(db)
    t0 = time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as sink:
        n = export(store, sink, fmt)
    dt = time.perf_counter() - t0
    store.close()
    print(json.dumps({"triples": n, "seconds": dt,
                      "peak_mb": peak_mb()}))


def child_rdflib(db: str, fmt: str) -> None:
    """Run in a fresh process: the same triples added to an rdflib Graph, then `serialize` in the same format."""
    from rdflib import Graph

    from kg.rdf import blocks
    from kg.rdf.terms import RdflibTerms
    from kg.store.sqlite import SqliteStore
    from queries.export import export_params

    store = SqliteStore(db)
    t0 = time.perf_counter()
    g = Graph()
    for _, s, pos in blocks(store, export_params(), terms=RdflibTerms()):
        for p, o in pos:
            g.add((s, p, o))
    data = g.serialize(format=fmt)
    dt = time.perf_counter() - t0
    n = len(g)
    store.close()
    del data
    print(json.dumps({"triples": n, "seconds": dt,
                      "peak_mb": peak_mb()}))


def run_child(kind: str, db: Path, fmt: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, f"--_{kind}", str(db), fmt], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--statements", type=int, default=1_000_000)
    ap.add_argument("--baseline", type=int, default=2_000, help="statements in the graph rdflib is measured on")
    ap.add_argument("--_export", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--_rdflib", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._export:
        return child_export(*args._export)
    if args._rdflib:
        return child_rdflib(*args._rdflib)

    with tempfile.TemporaryDirectory() as tmp:
        small, big = Path(tmp) / "small.db", Path(tmp) / "big.db"
        t0 = time.perf_counter()
        build(small, args.baseline)
        print(f"rdflib comparison graph: {args.baseline:,} statements built in {time.perf_counter() - t0:.1f} s",
              flush=True)
        for fmt, name in (("nt", "N-Triples"), ("turtle", "Turtle")):
            ours, theirs = run_child("export", small, fmt), run_child("rdflib", small, fmt)
            r1, r2 = ours["triples"] / ours["seconds"], theirs["triples"] / theirs["seconds"]
            print(f"  {name:18} streamed {r1:>10,.0f} triples/s, {ours['peak_mb']:6.0f} MB peak | rdflib Graph +"
                  f" serialize {r2:>9,.0f} triples/s, {theirs['peak_mb']:6.0f} MB peak | ratio {r1 / r2:5.1f}x",
                  flush=True)
        t0 = time.perf_counter()
        build(big, args.statements)
        print(f"full graph: {args.statements:,} statements built in {time.perf_counter() - t0:.1f} s"
              f" ({big.stat().st_size / 2**20:,.0f} MB file)", flush=True)
        for fmt, name in (("nt", "N-Triples"), ("turtle", "Turtle")):
            r = run_child("export", big, fmt)
            print(f"  {name:10} {r['triples']:>12,} triples in {r['seconds']:7.1f} s ="
                  f" {r['triples'] / r['seconds']:>10,.0f} triples/s, peak memory {r['peak_mb']:.0f} MB", flush=True)


if __name__ == "__main__":
    main()
