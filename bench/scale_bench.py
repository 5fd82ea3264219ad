"""Scale benchmark: `kg ingest --workers N` over a synthetic corpus of 100,000 articles made from the real ones.

    .venv/bin/python bench/scale_bench.py [--articles 100000] [--workers 2] [--stores sqlite,neo4j]

The corpus is written to a temporary directory as JSON Lines and deleted afterwards: every real
article of ../shared/corpus is repeated with its own URL, title, date (shifted minute by minute) and a
numbered closing line, so no two synthetic articles share an id or a content hash. Each store gets the
whole corpus through the real command line in a child process; peak memory is the largest sum of the
resident sizes of that process and its workers, sampled every 0.2 s from /proc. The ratio of batched
writes to one transaction per statement is measured afterwards in this process on a subset.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"
PER_FILE = 500


def build_corpus(folder: Path, n: int) -> int:
    from kg.models import Article
    from loaders import load_paths

    real = [a for a in load_paths([CORPUS]) if isinstance(a, Article) and a.text.strip()]
    files = 0
    out = None
    for i in range(n):
        if i % PER_FILE == 0:
            if out:
                out.close()
            out = (folder / f"part-{files:05d}.jsonl").open("w", encoding="utf-8")
            files += 1
        a = real[i % len(real)]
        base = a.url or f"https://example.org/{a.id}"
        when = a.published_at + timedelta(minutes=i) if a.published_at else None
        trailer = f"（第{i}号）" if a.language == "zh" else f"(Item {i}.)"
        assert out is not None
        out.write(json.dumps({
            "url": _vary(base, i), "title": f"{a.title} {i}",
            "published_at": when.isoformat() if when else None,
            "outlet": a.outlet.name if a.outlet else None, "language": a.language,
            "text": f"{a.text}\n{trailer}"}, ensure_ascii=False) + "\n")
    if out:
        out.close()
    return len(real)


def _vary(url: str, i: int) -> str:
    """The URL with /v{i} on its path (a query may be dropped as tracking when ids are made)."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"{parts.path.rstrip('/')}/v{i}", parts.query, ""))


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(d))
        rss[int(d)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def run_ingest(db: str, folder: Path, workers: int, env: dict[str, str]) -> tuple[dict, float, int]:
    cmd = [sys.executable, "-c", "from kg.cli import main; main()", "--db", db, "ingest", str(folder),
           "--workers", str(workers), "--json", "--quiet"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **env})
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss(proc.pid))
            time.sleep(0.2)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    out, errs = proc.communicate()
    wall = time.perf_counter() - t0
    t.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"kg ingest failed ({proc.returncode}): {errs[-2000:]}")
    return json.loads(out), wall, peak[0]


def write_ratio(url: str, articles: int) -> tuple[float, float, float, int]:
    """Seconds for batched writes, one transaction per article and one per statement, on a subset."""
    from kg.extract import extract
    from kg.models import Article, ExtractionResult
    from kg.store import open_store
    from loaders import load_paths

    real = [a for a in load_paths([CORPUS / "zh-feedx", CORPUS / "en-ggt"]) if isinstance(a, Article)][:articles]
    results = [extract(a) for a in real]
    n = sum(len(r.statements) for r in results)
    times = []
    for mode in ("batched", "article", "statement"):
        store = open_store(url)
        store.clear()
        t0 = time.perf_counter()
        if mode == "batched":
            for i in range(0, len(results), 100):
                store.write(results[i:i + 100])
        elif mode == "article":
            for r in results:
                store.write([r])
        else:  # each transaction adds one statement to its article: what a per-statement writer commits
            for r in results:
                for k in range(1, len(r.statements) + 1):
                    store.write([ExtractionResult(article=r.article, statements=r.statements[:k])])
                if not r.statements:
                    store.write([r])
        times.append(time.perf_counter() - t0)
        store.close()
    return times[0], times[1], times[2], n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--stores", default="sqlite,neo4j")
    ap.add_argument("--ratio-articles", type=int, default=100, help="subset for the write ratio")
    args = ap.parse_args()
    stores = args.stores.split(",")

    with tempfile.TemporaryDirectory(prefix="kg-scale-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        t0 = time.perf_counter()
        real = build_corpus(folder, args.articles)
        print(f"corpus: {args.articles} synthetic articles from {real} real ones, "
              f"{sum(f.stat().st_size for f in folder.iterdir()) / 1e6:.0f} MB of JSON Lines "
              f"({time.perf_counter() - t0:.0f} s to build)", flush=True)
        server = None
        env: dict[str, str] = {}
        try:
            for kind in stores:
                if kind == "sqlite":
                    db = str(Path(tmp) / "bench.db")
                    ratio_db = str(Path(tmp) / "ratio.db")
                else:
                    from tests.neo4j_server import start_server

                    password = secrets.token_hex(12)
                    os.environ.setdefault("NEO4J_PAGECACHE", "1g")  # the 100,000-article graph is ~1 GB on disk
                    server = start_server(Path(tmp) / "neo4j", password, java_opts=())
                    env = {"NEO4J_USER": "neo4j", "NEO4J_PASSWORD": password}
                    os.environ.update(env)
                    db = ratio_db = server.uri
                summary, wall, peak = run_ingest(db, folder, args.workers, env)
                a, s = summary["articles"], summary["statements"]
                print(f"{kind}: {a} articles, {s} statements, {len(summary['errors'])} errors in {wall:.0f} s wall:"
                      f" {a / wall:.0f} articles/s, {s / wall:.0f} statements/s with --workers {args.workers};"
                      f" peak RSS (kg and its workers) {peak / 2**20:.0f} MB", flush=True)
                if server is not None:  # the ratio on an empty server: clearing a 100,000-article graph is no test
                    server.stop()
                    server = start_server(Path(tmp) / "neo4j-ratio", password, java_opts=())
                    ratio_db = server.uri
                tb, ta, ts, n = write_ratio(ratio_db, args.ratio_articles)
                print(f"{kind}: write ratio on {args.ratio_articles} articles / {n} statements: batched {tb:.2f} s;"
                      f" one transaction per article {ta:.2f} s ({ta / tb:.1f}x); per statement {ts:.2f} s"
                      f" ({ts / tb:.1f}x slower than batched)", flush=True)
        finally:
            if server:
                server.stop()


if __name__ == "__main__":
    main()
