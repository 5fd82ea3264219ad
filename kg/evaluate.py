"""Score extracted statements against hand-annotated gold: the rules of ../shared/tools/score_attributions.py.

Gold is JSON Lines, one object per article: {"doc": "file.txt", "statements": [{"speaker": [names],
"alt_speakers": [[names]], "content", "quote_type", "modality", "via": [[names], ...] | null}]}.
Predictions are `kg extract --json` objects, paired with gold by the base name of article.source_file.
A predicted statement matches a gold one when the token F1 of their contents (CJK characters one token
each, other text split on non-word characters, Traditional folded to Simplified) is at least min_sim;
pairs are matched one-to-one, best first. Every figure is the shared scorer's, so the two agree.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.text import to_simplified

_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)
_SPLIT = re.compile(r"[\W_]+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _fold(text: str) -> str:
    return to_simplified(unicodedata.normalize("NFKC", text or ""))


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """A name as the scorer compares it: NFKC, Simplified, casefolded, no spaces or punctuation."""
    return _PUNCT.sub("", _fold(text).casefold())


def tokens(text: str) -> Counter:
    """Content tokens: each CJK character alone, other runs of word characters whole."""
    out: list[str] = []
    for chunk in _SPLIT.split(_fold(text).casefold()):
        if not chunk:
            continue
        buf = ""
        for ch in chunk:
            if _CJK.match(ch):
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(ch)
            else:
                buf += ch
        if buf:
            out.append(buf)
    return Counter(out)


def token_f1(a: Counter, b: Counter) -> float:
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(b.values()), overlap / sum(a.values())
    return 2 * p * r / (p + r)


def names_of(entity: Any) -> set[str]:
    """Normalised names of a gold name list, a single name, or a predicted {name, aliases} object."""
    if entity is None:
        return set()
    if isinstance(entity, str):
        return {norm(entity)} - {""}
    if isinstance(entity, list):
        return {norm(x) for x in entity if isinstance(x, str)} - {""}
    if isinstance(entity, dict):
        found = [entity.get("name", "")] + list(entity.get("aliases") or [])
        return {norm(x) for x in found if isinstance(x, str)} - {""}
    return set()


def speaker_ok(gold: dict, pred: dict) -> bool:
    accepted = names_of(gold.get("speaker"))
    for alt in gold.get("alt_speakers") or []:
        accepted |= names_of(alt)
    return bool(accepted & names_of(pred.get("speaker")))


def via_ok(gold_via: list, pred_via: list | None) -> bool:
    pred_via = pred_via or []
    if len(gold_via) != len(pred_via):
        return False
    return all(names_of(g) & names_of(p) for g, p in zip(gold_via, pred_via, strict=True))


def doc_key(obj: dict) -> str:
    art = obj.get("article") or {}
    key = art.get("source_file") or art.get("id") or obj.get("doc") or ""
    return os.path.basename(str(key))


def load_jsonl(path: str | Path) -> list[dict]:
    """A JSON Lines file, or one JSON array."""
    text = Path(path).read_text(encoding="utf-8").strip()
    if not text:
        return []
    if text.startswith("["):
        return json.loads(text)
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _match(gs: list[dict], ps: list[dict], min_sim: float) -> list[tuple[dict, dict]]:
    gtok = [tokens(a["content"]) for a in gs]
    ptok = [tokens(b.get("content", "")) for b in ps]
    pairs = sorted(((token_f1(gtok[i], ptok[j]), i, j) for i in range(len(gs)) for j in range(len(ps))),
                   reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    matches = []
    for sim, i, j in pairs:
        if sim < min_sim:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        matches.append((gs[i], ps[j]))
    return matches


def _tally_doc(gs: list[dict], ps: list[dict], min_sim: float) -> Counter:
    matches = _match(gs, ps, min_sim)
    d: Counter = Counter(gold=len(gs), pred=len(ps), matched=len(matches))
    for a, b in matches:
        if a.get("speaker"):
            d["speaker_scored"] += 1
            d["speaker_ok"] += speaker_ok(a, b)
        else:  # no gold speaker (e.g. a pronoun): the content match alone counts
            d["speaker_free"] += 1
        if a.get("modality"):
            gold_spec = a["modality"] == "speculation"
            pred_spec = b.get("modality") == "speculation"
            d["modality_scored"] += 1
            d["modality_ok"] += gold_spec == pred_spec
            d["spec_gold"] += gold_spec
            d["spec_pred"] += pred_spec
            d["spec_both"] += gold_spec and pred_spec
        if a.get("quote_type"):
            d["qtype_scored"] += 1
            d["qtype_ok"] += a.get("quote_type") == b.get("quote_type")
        if a.get("via") is not None:
            ok = via_ok(a["via"], b.get("via"))
            d["via_scored"] += 1
            d["via_ok"] += ok
            if a["via"]:
                d["chain_scored"] += 1
                d["chain_ok"] += ok
    return d


def _prf(hit: int, pred: int, gold: int) -> dict[str, float]:
    p = hit / pred if pred else 0.0
    r = hit / gold if gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def summarise(tally: Counter, documents: int) -> dict[str, Any]:
    """The scorer's figures from a tally of counts (one article's or the sum of several)."""

    def rate(ok: str, of: str) -> float | None:
        return round(tally[ok] / tally[of], 4) if tally[of] else None

    sp = tally["spec_both"] / tally["spec_pred"] if tally["spec_pred"] else 0.0
    sr = tally["spec_both"] / tally["spec_gold"] if tally["spec_gold"] else 0.0
    return {
        "documents": documents,
        "gold": tally["gold"], "predicted": tally["pred"], "matched": tally["matched"],
        "statements": _prf(tally["matched"], tally["pred"], tally["gold"]),
        "strict": _prf(tally["speaker_ok"] + tally["speaker_free"], tally["pred"], tally["gold"]),
        "speaker_accuracy": rate("speaker_ok", "speaker_scored"),
        "modality_accuracy": rate("modality_ok", "modality_scored"),
        "quote_type_accuracy": rate("qtype_ok", "qtype_scored"),
        "speculation": {"precision": round(sp, 4), "recall": round(sr, 4),
                        "f1": round(2 * sp * sr / (sp + sr), 4) if sp + sr else 0.0},
        "via_accuracy": rate("via_ok", "via_scored"),
        "chain_accuracy": rate("chain_ok", "chain_scored"),
    }


def score(gold_docs: Iterable[dict], pred_docs: Iterable[dict], min_sim: float = 0.5) -> dict[str, Any]:
    """Totals plus per_doc counts, exactly the dictionary `score_attributions.py --json` prints."""
    gold_docs = list(gold_docs)
    preds: dict[str, list[dict]] = {}
    for p in pred_docs:
        preds.setdefault(doc_key(p), []).extend(p.get("statements") or [])
    tally: Counter = Counter()
    per_doc = []
    for g in gold_docs:
        d = _tally_doc(g.get("statements") or [], preds.get(os.path.basename(g["doc"]), []), min_sim)
        tally.update(d)
        per_doc.append({"doc": g["doc"], **d})
    return {**summarise(tally, len(gold_docs)), "per_doc": per_doc}


def per_doc_figures(row: dict[str, Any]) -> dict[str, Any]:
    """One per_doc row of counts turned into that article's own figures."""
    counts = Counter({k: v for k, v in row.items() if k != "doc"})
    return {"doc": row["doc"], **summarise(counts, 1)}
