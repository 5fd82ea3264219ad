"""Relaying outlets of an English statement: "Reuters reported that officials said …".

The chain is read from the sentence holding the cue, nearest to the speaker first:
the outlet the speaker talked to ("told the AP", "in an interview with CBC"), then
outlets whose reporting carries the statement ("Reuters reported that …",
"according to The Times"). The article's own publisher and aggregator are left out.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from kg.models import Article, Outlet
from kg.outlets import known_outlet, outlet_named
from kg.text import name_key

_CAP_RUN_RE = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|the|&|for|de)\s+)*[A-Z][\w&.'’-]*){0,6}")
_WORD_RE = re.compile(r"[\w&.'’-]+")

_RELAY_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:reported|reports|reporting|said|says|quoted|quotes|"
                          r"cited|cites|wrote|writes|learned|has\s+learned|revealed|obtained)\b")
_TOLD_BEFORE = re.compile(r"(?:told|telling|tells|interview\s+with|statement\s+to|speaking\s+to|"
                          r"spoke\s+to|speaking\s+with|spoke\s+with|talking\s+to|email\s+to|comments\s+to)"
                          r"\s+(?:the\s+)?$", re.I)
_ACCORDING_BEFORE = re.compile(r"according\s+to\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
_SENT_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“]?[A-Z])")


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind("\n", 0, pos) + 1, 0)
    for m in _SENT_END.finditer(text, start, pos):
        start = m.end()
    end_nl = text.find("\n", pos)
    end = len(text) if end_nl < 0 else end_nl
    m = _SENT_END.search(text, pos, end)
    return start, (m.start() + 1 if m else end)


@lru_cache(maxsize=1)
def _latin_prefixes() -> frozenset[str]:
    """Every beginning of a Latin-script outlet name's key: an n-gram whose key is none of them names no outlet."""
    rows = json.loads(resources.files("kg").joinpath("data/outlets.json").read_text("utf-8"))
    out: set[str] = set()
    for row in rows:
        for n in (row["name"], *row.get("aliases", [])):
            k = name_key(n)
            if k.isascii():
                out.update(k[:i] for i in range(1, len(k) + 1))
    return frozenset(out)


def outlet_mentions(text: str) -> list[tuple[int, int, str]]:
    """Every gazetteer outlet named in the text: capitalised runs looked up word n-gram by n-gram,
    longest first (much faster on English text than the gazetteer's one large alternation); an
    n-gram is looked up only when its key begins some outlet's name."""
    out: list[tuple[int, int, str]] = []
    prefixes = _latin_prefixes()
    for run in _CAP_RUN_RE.finditer(text):
        words = list(_WORD_RE.finditer(run.group()))
        keys = [name_key(w.group()) for w in words]
        i = 0
        while i < len(words):
            if keys[i].isascii() and keys[i] not in prefixes:
                i += 1
                continue
            for j in range(min(len(words), i + 6), i, -1):
                key = "".join(keys[i:j])
                if key.isascii() and key not in prefixes:
                    continue
                a, b = run.start() + words[i].start(), run.start() + words[j - 1].end()
                if known_outlet(text[a:b]) is not None:
                    out.append((a, b, text[a:b]))
                    i = j
                    break
            else:
                i += 1
    return out


def outlets_via(article: Article, text: str, cue_at: int, content_end: int, speaker: str,
                mentions: list[tuple[int, int, str]]) -> list[Outlet]:
    """Outlets that carried the statement whose cue stands at `cue_at`."""
    start, end = _sentence_bounds(text, cue_at)
    end = max(end, min(content_end, len(text)))
    own = {o.key for o in (article.outlet, article.delivered_by) if o is not None}
    told: list[tuple[int, Outlet]] = []
    relay: list[tuple[int, Outlet]] = []
    for m_start, m_end, name in mentions:
        if m_start < start or m_end > end:
            continue
        outlet = outlet_named(name)
        if outlet.key in own or outlet.name == speaker or name == speaker:
            continue
        lead = text[start:m_start]
        if m_start > cue_at and _TOLD_BEFORE.search(lead):
            told.append((m_start - cue_at, outlet))
        elif _ACCORDING_BEFORE.search(lead):
            relay.append((abs(m_start - cue_at), outlet))
        elif m_start < cue_at and _RELAY_AFTER.match(text, m_end):
            relay.append((cue_at - m_start, outlet))
    chain: list[Outlet] = []
    for _, o in sorted(told, key=lambda t: t[0]) + sorted(relay, key=lambda t: t[0]):
        if all(o.key != c.key for c in chain):
            chain.append(o)
    return chain
