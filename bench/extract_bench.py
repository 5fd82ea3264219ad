"""Extraction benchmark: rate on one core per corpus and language, and extraction's share of an ingest.

    .venv/bin/python bench/extract_bench.py [--repeat N]

Everything runs in one process on one core (no pool). The share is measured on a real
ingest in the same process: load + extract + batched write into a temporary embedded store,
timed stage by stage. The machine is shared, so the rates are noisy; the ratios less so.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from kg.extract import extract
from kg.models import Article
from kg.store import open_store
from loaders import load_paths

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TARGET_ZH = 200  # Chinese articles per second per core (issue 3)


def _rate(articles: list[Article], repeat: int) -> tuple[float, float]:
    """Articles/s and characters/s over `repeat` passes (best pass: the least disturbed by neighbours)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for a in articles:
            extract(a)
        best = min(best, time.perf_counter() - t0)
    chars = sum(len(a.text) for a in articles)
    return len(articles) / best, chars / best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5, help="passes over each corpus")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    dirs = [d for d in sorted(CORPUS.iterdir()) if d.is_dir()]
    corpora = {d.name: [a for a in load_paths([d]) if isinstance(a, Article)] for d in dirs}
    for a in (a for arts in corpora.values() for a in arts[:3]):
        extract(a)  # warm caches (lexicons, OpenCC, regexes) outside the timings
    print(f"{'corpus':16s} {'articles':>8s} {'articles/s':>11s} {'k chars/s':>10s}")
    for name, arts in corpora.items():
        if arts:
            ar, cr = _rate(arts, args.repeat)
            print(f"{name:16s} {len(arts):8d} {ar:11.0f} {cr / 1000:10.0f}")
    every = [a for arts in corpora.values() for a in arts]
    for label, subset in (("Chinese", [a for a in every if a.language.startswith("zh")]),
                          ("English", [a for a in every if not a.language.startswith("zh")]),
                          ("all", every)):
        if subset:
            ar, cr = _rate(subset, args.repeat)
            extra = f"  (target {TARGET_ZH}: {ar / TARGET_ZH:.1f}x)" if label == "Chinese" else ""
            print(f"{label:16s} {len(subset):8d} {ar:11.0f} {cr / 1000:10.0f}{extra}")

    # One ingest, stage by stage, in this process: load, extract, batched write.
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bench.db"))
        t0 = time.perf_counter()
        loaded = [a for a in load_paths(dirs) if isinstance(a, Article)]
        t1 = time.perf_counter()
        results = [extract(a) for a in loaded]
        t2 = time.perf_counter()
        store.write(results)
        t3 = time.perf_counter()
        store.close()
    total = t3 - t0
    print(f"ingest of {len(loaded)} articles: load {t1 - t0:.2f} s, extract {t2 - t1:.2f} s, "
          f"write {t3 - t2:.2f} s; extraction share {(t2 - t1) / total:.0%} "
          f"(extract / write = {(t2 - t1) / (t3 - t2):.2f})")


if __name__ == "__main__":
    main()
