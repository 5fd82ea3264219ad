"""Quote marks, paragraphs and sentences of English text, all as character offsets.

Quotes are found before sentences so that a full stop inside a quotation never ends
the sentence that carries its attribution ("A. B," she said).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.en_lex import ABBREVIATIONS

_PARA_RE = re.compile(r"[^\n]+")
# Straight and curly double quotes, and the typewriter pairs `` and ''.
_MARK_RE = re.compile(r"[“”\"]|''|``")
_BOUNDARY_RE = re.compile(r"[.!?]+[\"”’')\]]*(?:''|’’)?\s+(?=[\"“‘'`(\[]*[A-Z0-9])")
_WORD_BEFORE_RE = re.compile(r"([\w.'’-]+)$")
# A short speaker-and-verb clause: "Kim said.", "Dr. Ann Lee asked on Monday."
_ATTRIBUTION_AFTER_RE = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:also\s+)?(?:said|says|asked|asks|added|adds|wrote|writes|recalled|recalls|"
    r"explained|explains|replied|replies|continued|continues|told\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:\s+(?!that\b)[\w'’-]+){0,5}\s*[.,!?]")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def paragraphs(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in _PARA_RE.finditer(text) if m.group().strip()]


def _role(mark: str, text: str, i: int, j: int) -> str:
    """Whether a quote mark opens, closes, or could do either (straight marks)."""
    if mark in ("“", "``"):
        return "open"
    if mark == "”":
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    if before.isspace() or before in "([{—–-/":
        return "open" if not after.isspace() else "either"
    if after.isspace() or after in ".,;:!?)]}—–-":
        return "close"
    return "either"


def _opens_paragraph(text: str, para: Span) -> re.Match[str] | None:
    m = _MARK_RE.match(text, para.start)
    if m and m.group() != "”":
        return m
    return None


def find_quotes(text: str, paras: list[Span]) -> list[Span]:
    """Quotation spans including their marks; a quote left open at a paragraph's end
    continues when the next paragraph opens with a quote mark (the news convention)."""
    spans: list[Span] = []
    open_at: int | None = None
    prev_end = 0
    for para in paras:
        pos = para.start
        if open_at is not None:
            lead = _opens_paragraph(text, para)
            if lead is None:
                spans.append(Span(open_at, prev_end))
                open_at = None
            else:
                pos = lead.end()
        for m in _MARK_RE.finditer(text, pos, para.end):
            role = _role(m.group(), text, m.start(), m.end())
            if open_at is None:
                if role != "close":
                    open_at = m.start()
            elif (role != "open" or m.group() in ('"', "''")) and m.start() > open_at + 1:
                spans.append(Span(open_at, m.end()))
                open_at = None
        prev_end = para.end
    if open_at is not None:
        spans.append(Span(open_at, prev_end))
    return spans


def inside(pos: int, quotes: list[Span]) -> Span | None:
    """The quote strictly containing a position, if any."""
    for q in quotes:
        if q.start < pos < q.end:
            return q
        if q.start > pos:
            break
    return None


_INITIALS_RE = re.compile(r"(?:[a-z]\.){1,2}[a-z]")


def sentences(text: str, para: Span, quotes: list[Span]) -> list[Span]:
    """Sentences of one paragraph; never split inside a quote or after an abbreviation."""
    out: list[Span] = []
    start = para.start
    for m in _BOUNDARY_RE.finditer(text, para.start, para.end):
        cut = m.end()
        if inside(m.start(), quotes) and inside(cut - 1, quotes):
            continue
        w = _WORD_BEFORE_RE.search(text, start, m.start() + 1)
        word = (w.group(1) if w else "").lower().rstrip(".")
        if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or _INITIALS_RE.fullmatch(word):
            continue  # "Dr.", "J.", "G.K. Butterfield"
        q = inside(cut, quotes)
        if q and q.start != cut:
            continue
        if text[m.start()] in "?!" and inside(m.start(), quotes) and _ATTRIBUTION_AFTER_RE.match(text, cut, para.end):
            continue  # '"Why not?" Kim said.': the attribution belongs to the quote's sentence
        out.append(Span(start, m.end() - len(m.group()) + len(m.group().rstrip())))
        start = cut
    if start < para.end:
        out.append(Span(start, para.end))
    return out
