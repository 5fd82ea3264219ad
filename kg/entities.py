"""Entities a statement mentions: a small, general extractor for `kg about`.

Sources of names, none of them tied to a corpus:
- names already known: every speaker, alias and affiliation in the same article, and the outlet gazetteer;
- capitalised runs in Latin script ("Bank of Canada", "San Francisco") and acronyms (APEC);
- Chinese names glossed with a Latin name, 罗素（Danny Russel）, and titles in 《》.
A mention of any alias of a known name is the same entity as the name (罗素 = 羅素 = Danny Russel).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.models import Entity, ExtractionResult, Speaker
from kg.text import has_cjk, name_key, stable_id, to_simplified

_KIND = {"person": "person", "organization": "organization", "outlet": "organization", "group": "other"}
_GLOSS = re.compile(r"([\u3400-\u9fff·]{2,8})[（(]([A-Z][A-Za-z.' -]{2,40})[）)]")
_TITLE = re.compile(r"《([^《》]{1,30})》")
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,6}s?(?![A-Za-z])")
_GENERIC_CAPS = {"I", "TV", "OK", "AM", "PM", "US", "UK", "EU", "UN"}  # too short to trust alone, except via names


@dataclass
class Known:
    """Names known in an article: key of every alias -> (entity id, display name, kind, all names)."""

    by_key: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)
    cjk: list[str] = field(default_factory=list)  # CJK spellings to look for, longest first

    def add(self, name: str, aliases: list[str], kind: str, identity: str | None = None) -> None:
        ident = identity or name_key(name)
        if not ident:
            return
        eid = stable_id("ent", ident)
        for n in [name, *aliases]:
            k = name_key(n)
            if len(k) < 2 or k in self.by_key:
                continue
            self.by_key[k] = (eid, name, kind)
            self.names.setdefault(eid, []).append(n)
            if has_cjk(n):
                self.cjk.append(to_simplified(n))


def known_names(results: list[ExtractionResult]) -> Known:
    known = Known()
    for r in results:
        for s in r.statements:
            sp = s.speaker
            if sp.kind != "group":
                known.add(sp.name, list(sp.aliases), _KIND[sp.kind], sp.identity_key())
            if sp.affiliation:
                org = Speaker(name=sp.affiliation, kind="organization")
                known.add(org.name, [], "organization", org.identity_key())
            for o in s.via:
                known.add(o.name, list(o.aliases), "organization", o.key)
    known.cjk = sorted(set(known.cjk), key=len, reverse=True)
    return known


def mentions(content: str, known: Known) -> list[Entity]:
    """The entities a statement's text mentions, in order of first mention, without repeats."""
    from kg.extract.en_names import CAP_RUN_RE, STOP_CAPS
    from kg.outlets import find_outlets, known_outlet

    found: dict[str, tuple[int, Entity]] = {}

    def put(pos: int, eid: str, name: str, kind: str) -> None:
        if eid not in found:
            found[eid] = (pos, Entity(id=eid, name=name, kind=kind))  # type: ignore[arg-type]

    def named(pos: int, text: str, kind: str) -> None:
        hit = known.by_key.get(name_key(text))
        if hit:
            put(pos, *hit)
            return
        outlet = known_outlet(text)
        if outlet is not None:
            put(pos, stable_id("ent", outlet.key), outlet.name, "organization")
            return
        put(pos, stable_id("ent", name_key(text)), text, kind)

    simple = to_simplified(content)
    for m in _GLOSS.finditer(content):  # 罗素（Danny Russel）: one person, two names
        kind = "organization" if _ACRONYM.fullmatch(m.group(2).strip()) else "person"
        known.add(m.group(1), [m.group(2)], kind, name_key(m.group(2)))
        named(m.start(), m.group(2), kind)
    for n in known.cjk:
        i = simple.find(n)
        if i >= 0:
            named(i, n, "other")
    for start, end, _ in find_outlets(content):
        named(start, content[start:end], "organization")
    for m in _TITLE.finditer(content):
        named(m.start(), m.group(1), "other")
    for m in CAP_RUN_RE.finditer(content):
        words = m.group(0).split()
        while words and words[0].lower() in STOP_CAPS:
            words.pop(0)
        text = " ".join(words).rstrip(".")
        if not text or (len(words) == 1 and (len(text) < 3 or text in _GENERIC_CAPS)):
            continue
        if len(words) == 1 and m.start() == 0 and not _ACRONYM.fullmatch(text) \
                and name_key(text) not in known.by_key:
            continue  # a capitalised first word is usually just the start of a sentence
        kind = "organization" if _ACRONYM.fullmatch(text) else "other"
        named(m.start(), text, kind)
    return [e for _, e in sorted(found.values(), key=lambda x: x[0])]


def batch_mentions(results: list[ExtractionResult]) -> tuple[dict[str, list[Entity]], Known]:
    """Statement id -> the entities it mentions, and every name known (for alias rows).

    Names are known from the statement's own article, not from the whole batch, so what a statement
    mentions does not depend on which articles happen to share its batch (or on --batch-size).
    """
    found: dict[str, list[Entity]] = {}
    every = Known()
    for r in results:
        known = known_names([r])
        for s in r.statements:
            found[s.id] = mentions(s.content, known)
        for eid, names in known.names.items():
            have = every.names.setdefault(eid, [])
            have.extend(n for n in names if n not in have)
    return found, every
