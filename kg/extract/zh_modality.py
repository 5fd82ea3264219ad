"""Modality (hedged speculation or plain assertion) and the date a statement was made."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from kg.extract import zh_lexicon as lx

_IN_VIEW = re.compile(r"在[^，。；,;]{1,15}看来")
_AUDIENCE = re.compile(
    r"(?:大家|你们|您|各位|读者|观众|听众)(?:也|都)?(?P<hedge>可能|也许|或许|大概)[^，。；]{0,14}?"
    r"(?:看到|听说|听到|知道|注意到|了解|记得|看过|听过|见过)"
)
_SPECULATIVE_CUES = ("预计", "预测", "估计", "猜测", "预料", "推测")
_DIRECTIVE_CUES = ("呼吁", "敦促", "要求", "主张", "建议")
_SENTENCE_END = re.compile(r"[。！？!?]+")
_CLOSERS = "”’」』\"）) \u3000\n"
_TIME = re.compile(lx.TIME_WORD)
_MD = re.compile(r"(\d{1,2})月(\d{1,2})日")
_D = re.compile(r"(\d{1,2})日")
_WEEK = re.compile(r"(?:星期|周|礼拜)([一二三四五六日天])")


def hedges_in(content: str, cue: str = "") -> list[str]:
    """Hedge words that qualify the attributed claim (not those inside a noun modifier or a concession)."""
    found: list[str] = []
    if any(c in cue for c in _SPECULATIVE_CUES):
        found.append(cue)
    # A long answer's proposition is its first sentence: a hedge in a later one qualifies a side remark.
    first = _SENTENCE_END.search(content)
    if first and content[first.end():].strip(_CLOSERS):
        content = content[:first.end()]
    blocked: list[tuple[int, int]] = []
    for m in lx.NP_HEDGE_RE.finditer(content):
        if not lx.NP_HEDGE_BLOCK.search(m.group("mid")):
            blocked.append((m.start(), m.start() + 2))
    for m in _IN_VIEW.finditer(content) if "看来" in content else ():  # 在我看来 : whose view, not a hedge
        blocked.append((m.end() - 2, m.end()))
    for m in _AUDIENCE.finditer(content):  # 大家可能也看到了 : an aside to the listener, not a hedge
        blocked.append((m.start("hedge"), m.end("hedge")))
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


# Questions and denials (flags on a statement; they change neither its span nor its modality).
_ASKING_CUES = ("问", "质问", "反问", "追问", "询问", "提问", "质询")
_ENDS_ASKING = re.compile(r"[？?][\s”’」』\"'）)。，,…]*$")
_INDIRECT_Q = re.compile(r"是否|为何|为什么|如何|怎么|怎样|何时|何以|哪|谁|多少|吗")
_DENYING_CUES = ("否认", "驳斥", "反驳", "辟谣", "否定", "驳回", "斥为", "不承认")
_DENIAL = re.compile(r"并非|并不是|不是事实|不属实|失实|纯属|捏造|子虚乌有|毫无根据|无中生有|造谣|谣言|"
                     r"不实(?![际行施现])|绝无此事|并无此事|没有此事|从未说过|没有说过|从来没有说过|抹黑")


def is_question(content: str, cue: str = "") -> bool:
    """The content asks: it ends with ？, or a verb of asking (问道, 质问) takes an indirect question."""
    if _ENDS_ASKING.search(content):
        return True
    return any(c in cue for c in _ASKING_CUES) and bool(_INDIRECT_Q.search(content))


def is_denial(content: str, cue: str = "") -> bool:
    """The cue denies (否认, 驳斥) or the content rejects a proposition (并非, 纯属捏造, 从未说过)."""
    return any(c in cue for c in _DENYING_CUES) or bool(_DENIAL.search(content))
