"""Rebuild claim_pairs.jsonl: statement pairs from ../shared/corpus with hand labels, plus synthetic variants.

Hand labels (NEAR_LABELS, MID) are my judgement of pairs the LSH step proposed (near-duplicates within
and across articles; the corpus has few true cross-article repeats). Synthetic pairs are labelled by
construction: a Traditional-script conversion, a trimmed paraphrase (a clause dropped), a hedge added
or removed carry the same claim; random pairs and different statements of one speaker do not.
Run: .venv/bin/kg extract --json ../shared/corpus > /tmp/all.jsonl && .venv/bin/python
tests/data/make_claim_pairs.py /tmp/all.jsonl > tests/data/claim_pairs.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import defaultdict

from kg.claims import normalise, shingles, similarity
from kg.text import has_cjk, to_traditional

BAD = re.compile(r"<|>|http|CDATA|pubDate|&")  # loader residue (markup), not statements
# index in the near list -> same claim? (judged by reading both texts)
NEAR_LABELS = {0: 1, 1: 1, 2: 1, 3: 0, 4: 1, 5: 1, 6: 1, 7: 1, 8: 1, 9: 1, 10: 1, 11: 0, 12: 1, 13: 1, 14: 1,
               15: 1, 16: 1, 17: 1, 18: 1, 19: 0, 20: 0, 21: 1, 22: 1, 23: 1, 24: 1}


def pairs_by_overlap(texts: list[str], lo: float, hi: float) -> list[tuple[float, str, str]]:
    inv: dict[str, set[int]] = defaultdict(set)
    for i, t in enumerate(texts):
        for sh in shingles(t):
            inv[sh].add(i)
    out = []
    for i, t in enumerate(texts):
        cnt: dict[int, int] = defaultdict(int)
        for sh in shingles(t):
            if len(inv[sh]) < 100:
                for j in inv[sh]:
                    if j > i:
                        cnt[j] += 1
        for j in cnt:
            s = similarity(t, texts[j])
            if lo <= s < hi and normalise(t) != normalise(texts[j]):
                out.append((s, t, texts[j]))
    return out


def main(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    stmts = [(d["article"]["id"], s["speaker"]["name"] if isinstance(s["speaker"], dict) else s["speaker"],
              s["content"]) for d in docs for s in d["statements"]]
    stmts = [x for x in stmts if not BAD.search(x[2]) and len(normalise(x[2])) >= 8]
    texts = sorted({c for _, _, c in stmts})
    rng = random.Random(5)
    rows: list[dict[str, object]] = []

    near = sorted(pairs_by_overlap(texts, 0.9, 1.01), reverse=True)[:len(NEAR_LABELS)]
    for k, (_, a, b) in enumerate(near):
        rows.append({"a": a, "b": b, "same": bool(NEAR_LABELS[k]), "kind": "corpus-near"})
    mid = pairs_by_overlap(texts, 0.2, 0.9)
    rng.shuffle(mid)
    for _, a, b in sorted(mid[:40], reverse=True):  # all 40 read and judged different
        rows.append({"a": a, "b": b, "same": False, "kind": "corpus-mid"})

    zh = [t for t in texts if has_cjk(t) and to_traditional(t) != t]
    for t in rng.sample(zh, min(30, len(zh))):
        rows.append({"a": t, "b": to_traditional(t), "same": True, "kind": "traditional"})
    clauses = [t for t in texts if len(re.split(r"[，,；;]", t)) >= 3]
    for t in rng.sample(clauses, min(40, len(clauses))):
        parts = re.split(r"(?<=[，,；;])", t)
        trimmed = "".join(parts[1:]) if rng.random() < 0.5 else "".join(parts[:-1])
        if len(trimmed) >= 0.5 * len(t):
            rows.append({"a": t, "b": trimmed.strip(" ，,；;"), "same": True, "kind": "trimmed"})
    hedged = [t for t in texts if re.search(r"将|会|\bwill\b|\bis\b", t)]
    for t in rng.sample(hedged, min(20, len(hedged))):
        h = re.sub(r"将|会", "可能会", t, count=1) if has_cjk(t) else re.sub(r"\bwill\b|\bis\b", "may be", t, count=1)
        rows.append({"a": t, "b": h, "same": True, "kind": "hedge"})
    for _ in range(60):
        a, b = rng.sample(texts, 2)
        rows.append({"a": a, "b": b, "same": False, "kind": "random"})
    by_speaker: dict[tuple[str, str], list[str]] = defaultdict(list)
    for art, spk, c in stmts:
        by_speaker[(art, spk)].append(c)
    groups = [sorted(set(v)) for v in by_speaker.values() if len(set(v)) >= 2]
    rng.shuffle(groups)
    for g in groups[:30]:
        a, b = g[0], g[1]
        if similarity(a, b) < 0.9:  # overlapping extractions of one quote are not 'different'
            rows.append({"a": a, "b": b, "same": False, "kind": "same-speaker"})
    for r in rows:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
