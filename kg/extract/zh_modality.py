"""Modality (hedged speculation or plain assertion) and the date a statement was made."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from kg.extract import zh_lexicon as lx

_SPECULATIVE_CUES = ("预计", "预测", "估计", "猜测", "预料", "推测")
_DIRECTIVE_CUES = ("呼吁", "敦促", "要求", "主张", "建议")
_TIME = re.compile(lx.TIME_WORD)
_MD = re.compile(r"(\d{1,2})月(\d{1,2})日")
_D = re.compile(r"(\d{1,2})日")
_WEEK = re.compile(r"(?:星期|周|礼拜)([一二三四五六日天])")


def hedges_in(content: str, cue: str = "") -> list[str]:
    """Hedge words that qualify the attributed claim (not those inside a noun modifier or a concession)."""
    found: list[str] = []
    if any(c in cue for c in _SPECULATIVE_CUES):
        found.append(cue)
    blocked: list[tuple[int, int]] = []
    for m in lx.NP_HEDGE_RE.finditer(content):
        if not lx.NP_HEDGE_BLOCK.search(m.group("mid")):
            blocked.append((m.start(), m.start() + 2))
    # 关税可能会带来短期痛苦，但…: a conceded possibility is not the claim.
    concession = lx.CONCESSIVE_RE.search(content)
    cut = -1
    if concession:
        rest = re.split(r"[。；]", content[concession.end():], maxsplit=1)[0]
        if lx.CERTAIN_RE.search(rest) and not lx.HEDGE_RE.search(rest):
            cut = concession.start()
    for m in lx.HEDGE_RE.finditer(content):
        if any(a <= m.start() < b for a, b in blocked):
            continue
        if cut >= 0 and m.start() < cut:
            continue
        word = m.group()
        if word.startswith("应该") and any(c in cue for c in _DIRECTIVE_CUES):
            continue
        if word not in found:
            found.append(word)
    return found


def said_on(s: str, a: int, b: int, published: datetime | None) -> date | None:
    """The date a time word between a clause start and its cue points to (今天, 昨天, 周一, 3月2日)."""
    if published is None:
        return None
    region = s[a:b]
    base = published.date()
    for m in _TIME.finditer(region):
        word = m.group()
        if word in lx.DATE_WORDS:
            return base + timedelta(days=lx.DATE_WORDS[word])
        md = _MD.search(word)
        if md:
            try:
                d = date(base.year, int(md.group(1)), int(md.group(2)))
            except ValueError:
                return None
            return d if d <= base + timedelta(days=1) else d.replace(year=base.year - 1)
        wk = _WEEK.fullmatch(word)
        if wk and not word.startswith(("上", "本")):
            back = (base.weekday() - lx.WEEKDAYS[wk.group(1)]) % 7
            return base - timedelta(days=back)
        d1 = _D.fullmatch(word)
        if d1:
            day = int(d1.group(1))
            try:
                d = base.replace(day=day)
            except ValueError:
                return None
            if d > base:
                prev = base.replace(day=1) - timedelta(days=1)
                try:
                    d = prev.replace(day=day)
                except ValueError:
                    return None
            return d
    return None
