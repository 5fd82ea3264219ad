"""Paragraphs, quotations and sentences of a Chinese text, all as offsets into the text.

Quoted text is masked (replaced by a filler) so that cue words and punctuation inside
a quotation never start an attribution or end a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.text import to_simplified

OPEN_TO_CLOSE = {"“": "”»", "「": "」", "『": "』", "«": "»”", "《": "》", "‘": "’"}
QUOTE_OPENERS = "“「『«‘"
QUOTE_CLOSERS = "”」』»’"
FILL = "＿"
SENT_END = "。！？!?"
CLOSING_TAIL = "”」』»’\"）) \u3000"


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just past the closing mark (or the paragraph end when unclosed)
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1 if self.closed else self.end


@dataclass
class Paragraph:
    start: int
    end: int
    quotes: list[Quote]
    sentences: list[tuple[int, int]]


# 〝…〞 (and the full-width ＂) are read as “…”: same length, so offsets carry over.
_MARKS_AS = str.maketrans({"〝": "“", "〞": "”", "〟": "”", "＂": '"'})
_ODD_MARK = re.compile("[〝〞〟＂]")


def simplified_copy(text: str) -> str:
    """A Simplified-script copy with the same length, so offsets carry over."""
    simp = to_simplified(text)
    if len(simp) != len(text):
        simp = "".join(c if len(c := to_simplified(ch)) == 1 else ch for ch in text)
    return simp.translate(_MARKS_AS) if _ODD_MARK.search(simp) else simp  # translate is slow: only when needed


_MARK = re.compile(r'[“「『«《"‘]')


def find_quotes(s: str, start: int, end: int) -> list[Quote]:
    """Top-level quotations in s[start:end]; book titles 《》 are skipped over but not returned."""
    quotes: list[Quote] = []
    i = start
    ascii_open = -1
    while i < end:
        mt = _MARK.search(s, i, end)
        if not mt:
            break
        i = mt.start()
        ch = s[i]
        if ch == '"':
            if ascii_open < 0:
                ascii_open = i
            else:
                quotes.append(Quote(ascii_open, i + 1, True))
                ascii_open = -1
            i += 1
            continue
        closers = OPEN_TO_CLOSE[ch]
        depth, j = 1, i + 1
        while j < end:
            c = s[j]
            if c == ch and ch not in closers:
                depth += 1
            elif c in closers:
                depth -= 1
                if depth == 0:
                    break
            j += 1
        closed = j < end
        if ch == "‘" and not closed:
            i += 1  # an unpaired ‘ is an apostrophe, not a quotation left open
            continue
        if ch != "《":
            quotes.append(Quote(i, j + 1 if closed else end, closed))
        elif not closed:
            i += 1
            continue
        i = j + 1
    if ascii_open >= 0 and end - ascii_open > 2:
        quotes.append(Quote(ascii_open, end, False))  # "… left open to the paragraph's end
        quotes.sort(key=lambda q: q.start)
    return quotes


def mask(s: str, paragraphs: list[Paragraph]) -> str:
    """s with every quotation's inside replaced by FILL (marks kept)."""
    chars = list(s)
    for p in paragraphs:
        for q in p.quotes:
            a, b = q.inner
            for k in range(a, b):
                if chars[k] != "\n":
                    chars[k] = FILL
    return "".join(chars)


_STOP = re.compile(r"[。！？!?]+[”」』»’\"）) \u3000]*")


def sentences(m: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph, split on terminal punctuation outside quotations."""
    out: list[tuple[int, int]] = []
    a = start
    for mt in _STOP.finditer(m, start, end):
        out.append((a, mt.end()))
        a = mt.end()
    if a < end and m[a:end].strip():
        out.append((a, end))
    return out


# 他说：”…” : a closing mark typed for the opening one after a colon, when its partner closes later on the line.
_CLOSER_AS_OPENER = re.compile(r"(?<=[：:])(\s?)”(?=[^“”\n]{2,}”)")


def segment(text: str) -> tuple[str, str, list[Paragraph]]:
    """(simplified copy, masked copy, paragraphs) of an article text."""
    s = simplified_copy(text)
    if "：”" in s or ": ”" in s or ":”" in s or "： ”" in s:
        s = _CLOSER_AS_OPENER.sub(r"\1“", s)  # same length: offsets carry over
    paragraphs: list[Paragraph] = []
    pos = 0
    for line in s.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        while a < b and s[a] in " \t\u3000":
            a += 1
        while b > a and s[b - 1] in " \t\u3000\r":
            b -= 1
        if a < b:
            paragraphs.append(Paragraph(a, b, find_quotes(s, a, b), []))
    m = mask(s, paragraphs)
    for p in paragraphs:
        p.sentences = sentences(m, p.start, p.end)
    return s, m, paragraphs
