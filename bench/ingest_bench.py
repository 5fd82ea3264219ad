"""Ingest benchmark: load, extract and write the real corpus; print rates and ratios, not verdicts.

    .venv/bin/python bench/ingest_bench.py [--db URL] [--repeat N]

Ratios are against baselines run in the same process: extraction's share of the
whole ingest, and batched writes against one transaction per article.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from kg.extract import extract
from kg.models import Article
from kg.store import open_store
from loaders import load_paths

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", help="store URL (default: a temporary SQLite file)")
    ap.add_argument("--repeat", type=int, default=5, help="passes over the corpus")
    args = ap.parse_args()

    t0 = time.perf_counter()
    articles = [a for a in load_paths([CORPUS / "zh-feedx", CORPUS / "en-ggt", CORPUS / "en-polnear-dev"])
                if isinstance(a, Article)]
    t_load = time.perf_counter() - t0
    zh = [a for a in articles if a.language == "zh"]
    chars = sum(len(a.text) for a in articles)

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        results = [extract(a) for a in articles]
    t_extract = (time.perf_counter() - t0) / args.repeat
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for a in zh:
            extract(a)
    t_zh = (time.perf_counter() - t0) / args.repeat
    statements = sum(len(r.statements) for r in results)

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(args.db or str(Path(tmp) / "bench.db"))
        store.clear()
        t0 = time.perf_counter()
        store.write(results)
        t_batched = time.perf_counter() - t0
        store.clear()
        t0 = time.perf_counter()
        for r in results:
            store.write([r])
        t_single = time.perf_counter() - t0
        store.close()

    print(f"corpus: {len(articles)} articles ({len(zh)} Chinese), {chars} characters, {statements} statements")
    print(f"load: {len(articles) / t_load:.0f} articles/s")
    print(f"extract (one core): {len(articles) / t_extract:.0f} articles/s, {chars / t_extract / 1000:.0f} k chars/s;"
          f" Chinese only {len(zh) / t_zh:.0f} articles/s")
    print(f"write batched: {len(articles) / t_batched:.0f} articles/s, {statements / t_batched:.0f} statements/s"
          f" into {args.db or 'a temporary SQLite file'}")
    print(f"ratio batched / one transaction per article: {t_single / t_batched:.2f}x faster")
    total = t_load + t_extract + t_batched
    print(f"extraction share of ingest time: {t_extract / total:.0%}")


if __name__ == "__main__":
    main()
