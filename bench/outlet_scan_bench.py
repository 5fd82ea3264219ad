"""Outlet mentions in running text: the dictionary scan (find_outlets) against the regex (outlet_pattern),
same process, same texts (the real corpus); prints the ratio and checks both find the same spans."""

from __future__ import annotations

import time
from pathlib import Path

from kg.outlets import find_outlets, outlet_pattern
from loaders import load_paths

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def main() -> None:
    texts = [a.text for a in load_paths([CORPUS / d for d in ("zh-feedx", "en-ggt", "en-polnear-dev")])
             if hasattr(a, "text")]
    pattern = outlet_pattern()
    find_outlets("warm up")
    t = time.perf_counter()
    slow = [[(m.start(), m.end()) for m in pattern.finditer(x)] for x in texts]
    regex_s = time.perf_counter() - t
    t = time.perf_counter()
    fast = [[(s, e) for s, e, _ in find_outlets(x)] for x in texts]
    scan_s = time.perf_counter() - t
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {chars:,} characters")
    print(f"regex {regex_s:.3f} s, dictionary scan {scan_s:.3f} s: {regex_s / scan_s:.1f}x faster")
    print(f"identical spans: {slow == fast}")


if __name__ == "__main__":
    main()
