"""Claims across articles: statements that carry the same proposition link to one Claim.

Near-duplicates are found the scalable way: text normalised (NFKC, Simplified, casefolded, no
punctuation: kg.text.name_key), cut into character shingles, summarised by a MinHash signature
and bucketed by LSH bands. A store keeps each claim's band keys, so linking a new statement costs
one indexed lookup of its band keys plus an exact shingle comparison with the few candidates.

The threshold is measured, not guessed: tests/data/claim_pairs.jsonl holds labelled pairs and
`python -m kg.claims tests/data/claim_pairs.jsonl` prints precision and recall per threshold.
"""

from __future__ import annotations

import json
import random
import sys
import zlib
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from kg.models import Claim, ExtractionResult
from kg.text import has_cjk, name_key, stable_id

BANDS = 20
ROWS = 3  # 20 bands of 3 rows: a pair with shingle Jaccard 0.4 becomes a candidate 73% of the time, 0.5: 93%
NUM_PERM = BANDS * ROWS
# Measured on tests/data/claim_pairs.jsonl (see README "Claims across articles").
THRESHOLD = 0.5
MIN_SHINGLES = 4  # shorter texts only match exactly
LOOKUP_KEYS = 4000  # band keys per store lookup: few round trips, under SQLite's 32,766 parameters

_PRIME = (1 << 61) - 1
_rng = random.Random(20230904)  # fixed seed: signatures must be the same in every process
_PERMS = [(_rng.randrange(1, _PRIME), _rng.randrange(0, _PRIME)) for _ in range(NUM_PERM)]
_EMPTY = 1 << 62


def normalise(text: str) -> str:
    return name_key(text)


# Caches sized for a write batch and its candidates (a few thousand texts), not for a whole run:
# a shingle set is a few KB, and a 100,000-article run has ~600,000 distinct statements.
@lru_cache(maxsize=8192)
def shingles(text: str) -> frozenset[str]:
    """Character shingles of the normalised text: 2 characters for Chinese, 4 for other scripts."""
    norm = normalise(text)
    k = 2 if has_cjk(norm) else 4
    if len(norm) <= k:
        return frozenset([norm]) if norm else frozenset()
    return frozenset(norm[i:i + k] for i in range(len(norm) - k + 1))


def similarity(a: str, b: str) -> float:
    """How far two statements carry the same words: the larger of Jaccard and a damped containment.

    Containment (shared / smaller set) catches a trimmed quote inside a longer one; it is damped by
    the size ratio so that a short phrase is not 'the same claim' as every long text holding it.
    """
    sa, sb = shingles(a), shingles(b)
    if not sa or not sb:
        return 0.0
    if sa == sb:
        return 1.0
    inter = len(sa & sb)
    jac = inter / len(sa | sb)
    small, large = sorted((len(sa), len(sb)))
    if small < MIN_SHINGLES:
        return jac
    contain = inter / small * min(1.0, 2 * small / large)
    return round(max(jac, contain), 6)


@lru_cache(maxsize=16384)
def signature(text: str) -> tuple[int, ...]:
    """One-permutation MinHash: each shingle is hashed once into one of NUM_PERM bins, the minimum per
    bin kept, and empty bins filled from the next full one (rotation densification). Same collision
    behaviour as NUM_PERM independent permutations for texts with enough shingles, at 1/NUM_PERM the cost.
    """
    if not (sh := shingles(text)):
        return ()
    a, b = _PERMS[0]
    bins = [_EMPTY] * NUM_PERM
    for s in sh:
        h = (a * zlib.crc32(s.encode("utf-8")) + b) % _PRIME
        i, v = h % NUM_PERM, h // NUM_PERM
        if v < bins[i]:
            bins[i] = v
    out = list(bins)
    for i in range(NUM_PERM):
        step = 0
        while bins[(i + step) % NUM_PERM] == _EMPTY:  # at least one bin is full: this ends
            step += 1
        out[i] = bins[(i + step) % NUM_PERM] + step * _PRIME  # borrowed values never equal own ones
    return tuple(out)


@lru_cache(maxsize=16384)
def band_keys(text: str) -> tuple[str, ...]:
    """The LSH bucket keys of a text: equal in one band means 'compare these two'."""
    sig = signature(text)
    if not sig:
        return ()
    return tuple(stable_id(f"b{i}", *sig[i * ROWS:(i + 1) * ROWS])[2:] for i in range(BANDS))


def claim_id_for(text: str) -> str:
    """The id of the claim a text starts: the model's own rule (Claim.id_for), not a second copy of it."""
    return Claim.id_for(text)


Candidates = Callable[[Sequence[str]], list[dict[str, str]]]


class ClaimIndex:
    """Claims seen so far (in the store, through `lookup`, and in this batch), by band key."""

    def __init__(self, lookup: Candidates | None = None, threshold: float = THRESHOLD) -> None:
        self.lookup = lookup
        self.threshold = threshold
        self.local: dict[str, list[tuple[str, str]]] = {}

    def match(self, text: str) -> str | None:
        keys = band_keys(text)
        if not keys:
            return None
        cands: dict[str, str] = {}
        for k in keys:
            for cid, ctext in self.local.get(k, []):
                cands.setdefault(cid, ctext)
        if self.lookup is not None:
            for row in self.lookup(list(keys)):
                cands.setdefault(row["id"], row["text"])
        best: tuple[float, str] | None = None
        for cid, ctext in cands.items():
            score = similarity(text, ctext)
            if score >= self.threshold and (best is None or (score, cid) > best):
                best = (score, cid)
        return best[1] if best else None

    def link(self, text: str, cid: str | None = None) -> str:
        """The claim this text carries: an existing near-duplicate, else a new claim of its own (`cid`:
        claim_id_for(text), when the caller has it)."""
        found = self.match(text)
        if found:
            return found
        cid = cid or claim_id_for(text)
        for k in band_keys(text):
            self.local.setdefault(k, []).append((cid, text))
        return cid


def link_claims(results: Iterable[ExtractionResult], lookup: Candidates | None,
                exact: Candidates | None = None) -> set[str]:
    """Set every statement's claim_id to the claim it repeats, against the store and the batch.

    Returns the claim ids the store already holds (found by id or by band key): their rows and band
    keys need no second write.

    `lookup(band_keys)` returns the store's claims sharing a band key: [{"id", "text"}].
    `exact(claim_ids)` returns the store's claims with these ids: a statement whose exact wording is
    already a claim (a quote relayed verbatim, a re-run) joins it without a band lookup.
    Statements are linked in publication order so that a claim is named after its first wording.
    """
    results = sorted(results, key=lambda r: (r.article.published_at is None,
                                             r.article.published_at.timestamp() if r.article.published_at else 0))
    todo = [s for r in results for s in r.statements if not getattr(s, "claim_fixed", False)]
    index = ClaimIndex(None)

    def remember(rows: Iterable[dict[str, str]], seen: set[str]) -> None:
        for row in rows:
            if row["id"] not in seen:
                seen.add(row["id"])
                for k in band_keys(row["text"]):
                    index.local.setdefault(k, []).append((row["id"], row["text"]))

    seen: set[str] = set()
    known: set[str] = set()
    cids = [claim_id_for(s.content) for s in todo]  # normalising (OpenCC) is the costly part: once each
    if exact is not None:
        ids = sorted(set(cids))
        for i in range(0, len(ids), LOOKUP_KEYS):
            known.update(row["id"] for row in exact(ids[i:i + LOOKUP_KEYS]))
    # One store lookup for the whole batch, not one round trip per statement. Claims known by id need
    # no band keys here: a later near-duplicate in this batch finds them through its own lookup.
    if lookup is not None:
        keys = sorted({k for s, cid in zip(todo, cids, strict=True) if cid not in known for k in band_keys(s.content)})
        for i in range(0, len(keys), LOOKUP_KEYS):
            remember(lookup(keys[i:i + LOOKUP_KEYS]), seen)
    for s, cid in zip(todo, cids, strict=True):  # an RDF import keeps the claims it was given (claim_fixed)
        s.claim_id = cid if cid in known else index.link(s.content, cid)
    return {s.claim_id for s in todo if s.claim_id in known or s.claim_id in seen}


def evaluate(pairs: list[dict[str, object]], thresholds: Sequence[float], lsh: bool = True) -> list[dict[str, float]]:
    """Precision and recall of 'same claim' at each threshold, with or without the LSH candidate step."""
    out = []
    for t in thresholds:
        tp = fp = fn = 0
        for p in pairs:
            a, b = str(p["a"]), str(p["b"])
            shared = not lsh or bool(set(band_keys(a)) & set(band_keys(b)))
            said_same = shared and similarity(a, b) >= t or normalise(a) == normalise(b)
            if said_same and p["same"]:
                tp += 1
            elif said_same:
                fp += 1
            elif p["same"]:
                fn += 1
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        out.append({"threshold": t, "precision": round(prec, 3), "recall": round(rec, 3), "tp": tp, "fp": fp,
                    "fn": fn})
    return out


def main(argv: list[str]) -> None:
    with open(argv[0], encoding="utf-8") as fh:
        pairs = [json.loads(line) for line in fh if line.strip()]
    ts = [round(0.2 + 0.05 * i, 2) for i in range(13)]
    print(f"{len(pairs)} pairs, {sum(bool(p['same']) for p in pairs)} labelled same")
    for lsh in (True, False):
        print("with the LSH candidate step" if lsh else "similarity alone (every pair compared)")
        for row in evaluate(pairs, ts, lsh):
            print(json.dumps(row))


if __name__ == "__main__":
    main(sys.argv[1:])
