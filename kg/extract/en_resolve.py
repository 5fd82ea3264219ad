"""Who a speaker phrase means: the fullest name in the article, pronouns and back-references.

The name book reads every capitalised run of the article once: full person names,
their surnames (so "Mr. Hemming" and "Hemming" find "Brian Hemming"), a gender guess
from honorifics, gendered role nouns and the pronouns that follow a mention, and
whether a mention stands in subject position (a likely antecedent for "she said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.en_lex import ABBREVIATIONS, CUE_FORMS, DETERMINERS, HONORIFICS, MONTHS_DAYS, TITLE_WORDS, _w
from kg.extract.en_names import (
    _ABBR_TITLES,
    STOP_CAPS,
    Mention,
    _norm_word,
    _org_like,
    gender_of_words,
    split_title,
)
from kg.extract.en_quotes import Span
from kg.models import Speaker

_CAP_TOK = r"(?:(?:[A-Z]\.){2,3}|[A-Z\u00C0-\u00DE][\w'’-]*\.?|Mc[A-Z]\w+)"
_RUN_RE = re.compile(
    rf"{_CAP_TOK}(?:[ \t\u00a0]+(?:(?:de|van|von|der|da|di|del|al|bin|la|le|du)[ \t\u00a0]+)?{_CAP_TOK})*")
_LOWER_RE = re.compile(r"\b[a-z][a-z'’-]+\b")
_VERBS = set(_w("""is are was were has have had will would can could should do does did met saw told asked
called gave made took got became began joined left named hired""")) | set(CUE_FORMS)
_HE_RE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
_SHE_RE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
_NEXT_WORD_RE = re.compile(r" ([a-z][a-z'’-]+)")
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}")
_CLAUSE_CUT_RE = re.compile(r"[,;:—–(\"“”]")
# Words of a photo credit run into a caption: "via Getty Images Kevin Vickers at a ceremony".
_CREDIT_WORDS = set(_w("getty images photo photos photograph photography handout file afp ap reuters pool"))
# A fronted cue before a name ("Said Ellis: …") is no part of it.
_CREDIT_WORDS |= set(_w("said says added adds wrote writes asked asks told tells"))
_NOT_SUBJECT = set(_w("""to with by for of at from against about and or on in is was has had into than like as
that which who whom whose said says told tells are were be been over under after before"""))


@dataclass
class Entity:
    name: str
    kind: str = "person"
    forms: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    gender: str = ""
    evidence: list[int] = field(default_factory=lambda: [0, 0])  # he-count, she-count

    def speaker(self) -> Speaker:
        aliases = [f for f in self.forms if f and f != self.name]
        return Speaker(name=self.name, aliases=aliases, kind=self.kind,  # type: ignore[arg-type]
                       role=self.role, affiliation=self.affiliation)

    def add_form(self, form: str) -> None:
        form = form.strip(" ,")
        if form and form not in self.forms:
            self.forms.append(form)

    def guessed_gender(self) -> str:
        if self.gender:
            return self.gender
        he, she = self.evidence
        if he > she:
            return "m"
        if she > he:
            return "f"
        return ""


@dataclass
class Occurrence:
    start: int
    entity: Entity
    subject: bool


class NameBook:
    """Person names of one article, with where they occur."""

    def __init__(self, text: str, sentences: list[Span], quotes: list[Span] | None = None) -> None:
        self.text = text
        self.by_full: dict[str, Entity] = {}
        self.by_part: dict[str, list[Entity]] = {}
        self.occurrences: list[Occurrence] = []
        # A capitalised word also written in lower case here is a common word ("Article Continued Below").
        self.lower_words = set(_LOWER_RE.findall(text))
        runs = list(self._runs(sentences))
        for _, title, name in sorted(runs, key=lambda r: -len(r[2])):  # longest full names first
            if len(name) >= 2:
                self._full(name, title)
        for start, title, name in runs:
            ent = self.lookup(" ".join(name), start)
            if ent is None:
                continue
            g = gender_of_words(title)
            if g and not ent.gender:
                ent.gender = g
            sent = next((s for s in sentences if s.start <= start < s.end), None)
            lead = text[sent.start:start] if sent else ""
            last = text.find(name[-1], start)  # the name's end, after any title before it
            end = last + len(name[-1]) if last >= 0 else start + len(" ".join(name))
            self.occurrences.append(Occurrence(start, ent, self._is_subject(lead, end)))
        self._pronoun_evidence(quotes or [])

    def _is_subject(self, lead: str, end: int) -> bool:
        """A name opening its clause and followed by a verb-like word: a likely antecedent."""
        seg = _CLAUSE_CUT_RE.split(lead)[-1].split()
        if len(seg) > 4 or any(_verbish(w) for w in seg):
            return False
        tail = self.text[end:end + 200]
        if tail.startswith(("'s", "’s")):
            return False  # "Nova Scotia's chief medical examiner": a possessor, not a subject
        after = re.match(r"(?:\s*\([^)]*\))?(?:,[^,.;:]{1,80},|\s*[—–][^—–.;:]{1,160}[—–])?\s+([a-z][\w'’-]*)", tail)
        if after and after.group(1) in ("was", "is"):
            # "Mamadou Dia was on a business trip when he …" stands as a subject; "Kody Cook was killed" does not
            nxt = re.match(r"\s+(?:also\s+|still\s+)?([a-z][\w'’-]*)", tail[after.end():])
            return bool(nxt) and nxt.group(1) in ("on", "in", "at", "among", "not")
        return bool(after) and after.group(1) not in _NOT_SUBJECT - {"said", "says", "told", "tells"}

    def _runs(self, sentences: list[Span]):
        for m in _RUN_RE.finditer(self.text):
            toks = m.group().split()
            offs = []
            pos = m.start()
            for t in toks:
                pos = self.text.index(t, pos)
                offs.append(pos)
                pos += len(t)
            # A full stop after a word that is no abbreviation ends the run.
            chunk_t: list[str] = []
            chunk_s = offs[0]
            for t, o in zip(toks, offs, strict=True):
                if not chunk_t:
                    chunk_s = o
                # a full stop ends the run, unless the word is an abbreviation or initials ("G.K.", "J.P.")
                stop = t.endswith(".") and _norm_word(t) not in ABBREVIATIONS and len(t) > 2 \
                    and not _INITIALS_RE.fullmatch(t)
                chunk_t.append(t.rstrip(".") if stop and _norm_word(t) not in TITLE_WORDS else t)
                if stop:
                    yield from self._clean(chunk_s, chunk_t)
                    chunk_t = []
            if chunk_t:
                yield from self._clean(chunk_s, chunk_t)

    def _clean(self, start: int, toks: list[str]):
        while toks and ((w := _norm_word(toks[0])) in STOP_CAPS or w in DETERMINERS or w in _CREDIT_WORDS):
            start = self.text.index(toks[1], start) if len(toks) > 1 else start
            toks = toks[1:]
        if not toks:
            return
        poss = [i for i, t in enumerate(toks[:-1]) if t.endswith(("'s", "’s"))]
        if poss:  # "Vancouver's Bo Horvat": the name follows the possessive
            start = self.text.index(toks[poss[-1] + 1], start)
            toks = toks[poss[-1] + 1:]
        toks = [t[:-2] if t.endswith(("'s", "’s")) else t for t in toks]
        title, name = split_title(toks)
        if not name or _org_like(name) or _norm_word(name[0]) in MONTHS_DAYS:
            return
        while len(name) > 1 and (name[0].lower() in self.lower_words or len(name) > 3):
            name = name[1:]  # "Getty Images Kevin Vickers", "Article Continued Below"
        if all(t.lower() in self.lower_words for t in name):
            return
        if any(_norm_word(t) in STOP_CAPS for t in name) or len(name) > 4:
            return
        if name[-1].endswith(("ian", "ean", "ese", "ish", "can")):
            # "Prominent Canadian examples include …": a nationality before a plural noun is an adjective
            end = self.text.find(name[-1], start) + len(name[-1])
            nxt = _NEXT_WORD_RE.match(self.text, end)
            if nxt and nxt.group(1).endswith("s") and nxt.group(1) not in _VERBS:
                return
        yield start, title, name

    def _full(self, name: list[str], title: list[str]) -> None:
        key = " ".join(name)
        if key in self.by_full:
            return
        longer = [e for e in self.by_full.values() if e.name.endswith(" " + key)]
        if longer:  # "Al Hashish" is "Fouzia Al Hashish"
            self.by_full[key] = longer[0]
            longer[0].add_form(key)
            return
        ent = Entity(key, forms=[key])
        ent.role = " ".join(t for t in title if _norm_word(t) not in HONORIFICS) or None
        self.by_full[key] = ent
        for part in (name[-1], name[0]):
            self.by_part.setdefault(part.lower(), []).append(ent)

    def lookup(self, name: str, pos: int) -> Entity | None:
        """The person a written name means: itself if full, else the full name it shortens."""
        if name in self.by_full:
            return self.by_full[name]
        parts = name.split()
        key = parts[-1].lower()
        cands = self.by_part.get(key, [])
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        before = [o for o in self.occurrences if o.start < pos and o.entity in cands]
        if before:
            return before[-1].entity
        surname = [c for c in cands if c.name.split()[-1].lower() == key]
        return (surname or cands)[0]

    def _pronoun_evidence(self, quotes: list[Span]) -> None:
        # pronouns inside quotations are the speaker's own ("he was frantic"): no evidence of the speaker's sex
        text = self.text
        if quotes:
            parts, at = [], 0
            for q in quotes:
                if q.start >= at:
                    parts += [text[at:q.start], " " * (q.end - q.start)]
                    at = q.end
            text = "".join(parts) + text[at:]
        occ = sorted(self.occurrences, key=lambda o: o.start)
        for i, o in enumerate(occ):
            end = min(o.start + 250, occ[i + 1].start if i + 1 < len(occ) else len(text))
            window = text[o.start:end]
            o.entity.evidence[0] += len(_HE_RE.findall(window))
            o.entity.evidence[1] += len(_SHE_RE.findall(window))


def _verbish(word: str) -> bool:
    w = word.lower().strip(",.")
    return w in _NOT_SUBJECT or (len(w) > 4 and w.endswith("ed")) or w in _VERBS


def role_matches(head: str, role: str | None) -> bool:
    if not role:
        return False
    words = {_ABBR_TITLES.get(_norm_word(w), _norm_word(w)) for w in role.split()}
    return head in words or any(w.startswith(head) or head.startswith(w) and len(w) > 3 for w in words)


def compatible(gender: str, ent_gender: str, kind: str) -> bool:
    if gender in ("m", "f"):
        return kind == "person" and ent_gender in ("", gender)
    if gender == "p":
        return kind in ("group", "organization", "outlet")
    if gender == "n":
        return kind in ("organization", "outlet")
    return kind == "person"


def _titled_name(m: Mention) -> bool:
    """"Sen. Lindsey Graham (R-S.C.)", "Foreign Minister Wang Yi": the name with only a title before it; not
    "Trump to stop" or "a Donald Trump", which stay the statement's mentions, out of the alias index."""
    text = re.sub(r"\s*\([^)]*\)$", "", m.text)
    if not text.endswith(m.name):
        return False
    return all(w[:1].isupper() or w == "of" or _norm_word(w) in TITLE_WORDS or _norm_word(w) in HONORIFICS
               for w in text[:len(text) - len(m.name)].split())


def mention_entity(m: Mention, book: NameBook) -> Entity:
    """An entity for a named mention: the article's fullest form of the name."""
    if m.kind == "person":
        ent = book.lookup(m.name, m.start)
        if ent is None:
            ent = Entity(m.name, forms=[m.name])
            book.by_full[m.name] = ent
            book.by_part.setdefault(m.name.split()[-1].lower(), []).append(ent)
        if m.gender and not ent.gender:
            ent.gender = m.gender
        if m.role and not ent.role:
            ent.role = m.role
        if m.affiliation and not ent.affiliation:
            ent.affiliation = m.affiliation
        ent.add_form(m.name)
        # A title with the name ("Sen. Lindsey Graham (R-S.C.)", "Mrs. Clinton") is a way of naming the
        # person; an appositive phrase ("Len Burman, head of the …") is a mention, not a name.
        if "," not in m.text and len(m.text.split()) <= 6 and _titled_name(m):
            ent.add_form(m.text)
        return ent
    ent = Entity(m.name, kind="group" if m.kind == "backref" else m.kind, forms=[m.name, m.text, *m.extra],
                 role=m.role, affiliation=m.affiliation)
    return ent
