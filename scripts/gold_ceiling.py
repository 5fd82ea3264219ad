"""How far can an extractor that follows en-ggt's conventions get on PolNeAR? Gold against gold.

The two English gold sets disagree: en-ggt marks speech and keeps the pieces of a split quote
("A," she said. "B.") apart; PolNeAR marks every attribution (intentions, support, findings…) and
joins split quotes ("A" … "B"). This script rewrites PolNeAR's own gold the en-ggt way (only
statements whose cue is in a verb list; "…"-joined contents split) and scores it, as predictions,
against the full PolNeAR gold with the shared scorer: the ceiling of a perfect en-ggt-style
extractor. Two verb lists are tried: verbs of saying, and those plus evidence, belief, intention
and criticism verbs (what claimgraph's English rules also read). It also joins en-ggt's split
quotes the PolNeAR way and scores that against en-ggt.

    python3 scripts/gold_ceiling.py [../shared]
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

SAYING = (r"said|says|say|saying|told|tell\w*|add\w*|not(?:e|ed|es|ing)|wr[io]t\w*|according|ask\w*|"
          r"claim\w*|argu\w*|explain\w*|warn\w*|announc\w*|report\w*|stat(?:e|ed|es|ing)|tweet\w*|insist\w*|"
          r"repl\w*|respond\w*|suggest\w*|acknowledg\w*|admit\w*|den(?:y|ied|ies|ying)|urg\w*|describ\w*|"
          r"continu\w*|declar\w*|recall\w*|predict\w*|testif\w*|quip\w*|jok\w*|conced\w*|confirm\w*|"
          r"emphasi\w*|stress\w*|comment\w*|remark\w*|observ\w*|point\w* out|put it|read|reads|mention\w*|"
          r"assert\w*|contend\w*|maintain\w*|complain\w*|alleg\w*|vow\w*|pledg\w*|promis\w*|boast\w*|"
          r"shout\w*|yell\w*|call(?:ed|s|ing)?")
BROADER = SAYING + (r"|show\w*|found|find\w*|cit\w*|believ\w*|think\w*|know\w*|expect\w*|estimat\w*|"
                    r"criticiz\w*|condemn\w*|question\w*|blast\w*|attack\w*|demand\w*|indicat\w*|propos\w*|"
                    r"agree\w*|want\w*|plan\w*|declin\w*|refus\w*")


def _scorer(shared: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score_attributions", shared / "tools" / "score_attributions.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _as_pred(doc: str, statements: list[dict]) -> dict:
    return {"article": {"source_file": doc}, "statements": statements}


def _pred(speaker: list[str], content: str) -> dict:
    return {"speaker": {"name": speaker[0] if speaker else "", "aliases": speaker}, "content": content}


def polnear_the_ggt_way(gold: list[dict], verbs: str) -> list[dict]:
    cue_re = re.compile(rf"\b(?:{verbs})\b|^[:―—-]+$", re.I)
    out = []
    for g in gold:
        statements = []
        for s in g["statements"]:
            if not cue_re.search((s.get("cue") or "").strip()):
                continue  # not an attribution en-ggt would mark
            pieces = [p.strip(" “”\"'") for p in re.split(r"\s*(?:…|\.\.\.)\s*", s["content"])]
            statements += [_pred(s.get("speaker") or [], p) for p in pieces if p] or [
                _pred(s.get("speaker") or [], s["content"])]
        out.append(_as_pred(g["doc"], statements))
    return out


def ggt_the_polnear_way(gold: list[dict], corpus: Path) -> list[dict]:
    """Join a speaker's consecutive statements within one paragraph, as PolNeAR does."""
    out = []
    for g in gold:
        text = (corpus / g["doc"]).read_text("utf-8")
        statements: list[dict] = []
        last: tuple[tuple[str, ...], int, dict] | None = None
        for s in g["statements"]:
            at = text.find(s["content"][:40])
            speaker = tuple(s.get("speaker") or [])
            if last and speaker and last[0] == speaker and at >= 0 and 0 <= at - last[1] < 60 \
                    and "\n" not in text[last[1]:at]:
                last[2]["content"] += " … " + s["content"]
                last = (speaker, at + len(s["content"]), last[2])
                continue
            pred = _pred(list(speaker), s["content"])
            statements.append(pred)
            last = (speaker, at + len(s["content"]) if at >= 0 else -10**9, pred)
        out.append(_as_pred(g["doc"], statements))
    return out


def main() -> None:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared")
    scorer = _scorer(shared)
    polnear = scorer.load_jsonl(str(shared / "gold" / "en-polnear-dev.jsonl"))
    ggt = scorer.load_jsonl(str(shared / "gold" / "en-ggt.jsonl"))
    for label, verbs in (("verbs of saying", SAYING), ("saying + evidence/belief/intent/criticism", BROADER)):
        res = scorer.score(polnear, polnear_the_ggt_way(polnear, verbs), 0.5)
        s = res["statements"]
        print(f"PolNeAR gold, en-ggt way ({label}): F1 {s['f1']:.3f} (P {s['precision']:.3f} / "
              f"R {s['recall']:.3f}), strict {res['strict']['f1']:.3f}")
    res = scorer.score(ggt, ggt_the_polnear_way(ggt, shared / "corpus" / "en-ggt"), 0.5)
    s = res["statements"]
    print(f"en-ggt gold, split quotes joined the PolNeAR way: F1 {s['f1']:.3f} (P {s['precision']:.3f} / "
          f"R {s['recall']:.3f}), strict {res['strict']['f1']:.3f}")


if __name__ == "__main__":
    main()
