"""From found statements to `Statement`s: speaker resolution (pronouns, back-references,
owners of documents), restatements, and the speaker's surface forms.

A part of the extractor in `kg/extract/en.py`: its methods read the article state set up there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.en_content import CLAUSE_PIECE_RE, CLOSERS, END_PUNCT
from kg.extract.en_flags import is_denial, is_question
from kg.extract.en_lex import (
    CUE_FORMS,
    CUE_RE,
    NAMING_CUES,
    OBJECT_CUES,
    PRONOUNS,
    SENTENCE_OPENERS,
    SPECULATIVE_CUES,
    TITLE_WORDS,
    hedges_in,
)
from kg.extract.en_names import _DOC, _TAG_RE, Mention, document_owner, parse_speaker, singular
from kg.extract.en_quotes import Span, inside
from kg.extract.en_resolve import Entity, compatible, mention_entity, role_matches
from kg.extract.en_subjects import APPOSITIVE_RE, POSSESSIVE_ROLE_RE
from kg.extract.en_via import outlet_mentions, outlets_via
from kg.models import Speaker, Statement

# At most this many words of an outer statement around a nested one by the same speaker ("he thinks").
_RESTATED_WORDS = 4

# Verbs of belief and intention, not of saying: inside another statement they only report a stance.
_STANCE_CUES = OBJECT_CUES - NAMING_CUES | {"believe", "think", "feel", "hope", "fear", "expect", "worry", "find",
                                            "show", "maintain", "determine", "intend"}

# The stance's subject opens the outer statement ("said [even though] Canada believes …"): a clause
# further on ("…, and Democrats accused …") may be a statement of its own.
_STANCE_SUBJECT_WORDS = 4

# Where a speaker phrase read on from its start must end: a sentence end, a quote, a bracket.
_SURFACE_STOP_RE = re.compile(r"(?<!\b(?:Mr|Ms|Dr|Jr|Sr|St))(?<!\bMrs)(?<!\b[A-Z])[.!?](?=\s+[A-Z\"“])|[\"“”]|"
                              r"\s(?:said|says|told|added|according)\b")

# A stage direction in a transcript: "(CROSSTALK.)", "[Laughter]".
_STAGE_RE = re.compile(r"[\s\"“”]*[(\[][^()\[\]]{1,40}[)\]][.\s\"“”]*")

# "House editor for the Cook Political Report": a role led by the capitalised name of a body.
_NAMED_ROLE_RE = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){1,3}(?P<noun>[a-z][\w-]*)\b")
_DET_RE = re.compile(r"(?:a|an|the)\s")
_RELATIVE_RE = re.compile(r"\b(?:who|which|that|whose)\b")

_SPELLED_OUT = r"((?:[A-Z][\w&'’.-]*\s+(?:(?:of|and|for|the|on|to|in|at|de|&)\s+)*){1,7}[A-Z][\w&'’.-]*)"

_DATELINE_RE = re.compile(r"^[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w.]*)?\s+(?:--|—|–)\s+")  # "WASHINGTON -- "

_DOC_HEAD_RE = re.compile(rf"(?:\S+\s+){{0,4}}?{_DOC}\b", re.I)  # "a 52-count civil complaint …"

# A pronoun alone is no name to show for a speaker ("named here as he").
_BARE_PRONOUNS = set(PRONOUNS) | {"you", "him", "her", "them"}


def _singular_document(name: str) -> bool:
    """"a 52-count complaint filed by …" (not "figures released by …", which are "they")."""
    m = _DOC_HEAD_RE.match(name)
    return m is not None and not m.group().endswith(("s", "data"))


@dataclass
class Found:
    content: Span
    mention: Mention | None
    cue: str
    cue_at: int
    entity: Entity | None = None
    resolved_from: str | None = None


class StatementRules:
    # -- speakers -------------------------------------------------------------------------------
    def _resolve(self, m: Mention, pos: int) -> tuple[Entity | None, str | None]:
        if m.kind == "pronoun":
            if m.name in ("i", "we", "you"):
                return None, None
            ent = self._antecedent(m.gender, pos)
            if ent is None and m.gender in ("n", "p"):
                ent = self._previous_subject(m.gender, m.start)
            return (ent, m.text) if ent is not None else (None, None)
        if m.kind == "backref":
            for _p, ent in reversed(self.history):
                if ent.kind == "person" and role_matches(m.head, ent.role):
                    return ent, m.text
                if m.gender == "n" and ent.kind == "organization" and m.head in ent.name.lower():
                    return ent, m.text
                if ent.kind == "group" and m.head and not m.loose and len(m.text.split()) == 2 \
                        and m.head in (singular(w) for w in ent.name.lower().split()[:3]):
                    return ent, m.text  # "A person familiar with the talks … the person said"
            for o in reversed(self.book.occurrences):
                if o.start < pos and role_matches(m.head, o.entity.role):
                    return o.entity, m.text
            if m.loose:  # "said the rookie defenceman": the person just spoken of, as "he said" would be
                ent = self._antecedent(m.gender, min(pos, m.start))  # before the description's own words
                if ent is not None:
                    return ent, m.text
            return mention_entity(m, self.book), None
        if m.kind == "person" and self._common_word(m):
            return None, None
        if m.kind in ("organization", "group"):
            owner = self._owner(m, pos)
            if owner is not None:
                return owner
        ent = mention_entity(m, self.book)
        if m.kind in ("organization", "person") and m.name.isupper() and 2 <= len(m.name) <= 8:
            full = self._spelled_out(m.name)
            if full is not None:  # "Export Development Canada (EDC)": the acronym names the body written out
                ent = Entity(full, kind="organization", forms=[full, m.name])
        return ent, None

    def _spelled_out(self, acronym: str) -> str | None:
        """The name an acronym stands for where the article introduces it: "Export Development Canada (EDC)"."""
        if acronym not in self._acronyms:
            m = re.search(_SPELLED_OUT + r"\s+\(" + re.escape(acronym) + r"\)", self.text)
            self._acronyms[acronym] = m.group(1) if m else None
        return self._acronyms[acronym]

    def _common_word(self, m: Mention) -> bool:
        """A one-word "name" that the article also writes in lower case, or a sentence adverb, and no
        part of a fuller name here: "Immunity also came up", "Nonetheless, she …", "Health worries …"."""
        if " " in m.name or not m.name[:1].isupper() or m.name.isupper():
            return False
        low = m.name.lower()
        if low in self.book.by_part:
            return False
        rest = m.text[len(m.name):] if m.text.startswith(m.name) else ""
        if low.endswith(("ed", "ing")) and len(low) > 5 and rest[:1] == " " and rest[1:2].islower():
            return True  # "Chastened by the analyses, …": a participle opening the sentence
        return low in SENTENCE_OPENERS or not m.role and low in self.book.lower_words

    def _previous_subject(self, gender: str, pos: int) -> Entity | None:
        """"The city sent a letter Thursday. It says …": with no speaker before, "it"/"they" opening a
        sentence is the subject of the sentence just before, when that is an organisation or a group."""
        k = next((i for i, (_, s) in enumerate(self.sents) if s.start <= pos < s.end), None)
        if not k:
            return None
        sent, prev = self.sents[k][1], self.sents[k - 1][1]
        if self.text[sent.start:pos].strip(" \"“"):
            return None  # the pronoun does not open its sentence
        m = self._subject_at(prev.start, prev)
        if m is None or not (m.kind in (("organization", "outlet") if gender == "n" else ("group", "organization"))
                             or m.kind == "backref" and m.gender == gender):
            return None
        ent = mention_entity(m, self.book)
        if m.kind == "backref":
            ent.kind = "organization" if gender == "n" else "group"  # "The city …. It says …"
        return ent

    def _owner(self, m: Mention, pos: int) -> tuple[Entity, str | None] | None:
        """The issuer of a document named as the source ("a statement from the EU" -> the EU), with
        the phrase as written kept as one of its forms."""
        found = document_owner(m.text)
        if found is None:
            return None
        how, owner = found
        if how == "pronoun":
            ent = self._antecedent(PRONOUNS.get({"his": "he", "her": "she", "their": "they", "its": "it"}[owner], ""),
                                   pos)
            return (ent, m.text) if ent is not None else None
        om = parse_speaker(owner, m.start + max(m.text.find(owner), 0))
        if om is None or om.kind not in ("organization", "outlet", "person", "group", "backref"):
            return None
        if om.kind == "backref":
            ent, via = self._resolve(om, pos)
            if ent is None:
                return None
            if via is not None:
                return ent, m.text
            if om.gender == "n":
                ent.kind = "organization"  # "the parole board decision … It also said …"
        elif om.kind == "person":
            return mention_entity(om, self.book), None
        else:
            ent = mention_entity(om, self.book)
            # "the Prime Minister's Office", "the independent Levada Center": the name from its first capital
            bare = re.sub(r"^(?:the|a|an)\s+", "", owner, flags=re.I)
            cap = re.search(r"\b[A-Z]", bare)
            ent.name = bare[cap.start():] if cap else bare
        for form in (owner, m.text):
            ent.add_form(form)
        return ent, None

    def _antecedent(self, gender: str, pos: int, para_floor: int = 0) -> Entity | None:
        best: tuple[int, Entity] | None = None
        for p, ent in reversed(self.history):
            if p < pos and compatible(gender, ent.guessed_gender(), ent.kind) \
                    and not (gender == "p" and _singular_document(ent.name)):  # a report is "it", not "they"
                best = (p, ent)
                break
        if gender in ("m", "f", ""):
            for o in reversed(self.book.occurrences):
                g = o.entity.guessed_gender()
                if o.start < pos and o.subject and compatible(gender, g, "person"):
                    if best is None or o.start > best[0]:
                        best = (o.start, o.entity)
                    break
        if best is None or pos - best[0] > 3000 or best[0] < para_floor:
            return None
        return best[1]

    # -- output ------------------------------------------------------------------------------------
    def _add(self, f: Found, remember: bool = True) -> None:
        if f.entity is None:
            return
        for g in self.found:
            a, b = g.content, f.content
            nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
            if a.start < b.end and b.start < a.end and (not nested or (a.start, a.end) == (b.start, b.end)):
                return  # overlapping content: the first reading wins
        self.found.append(f)
        if not remember:
            return
        pos = f.mention.start if f.mention is not None else f.cue_at
        self.history.append((max(pos, f.cue_at) if f.resolved_from else pos, f.entity))
        self.history.sort(key=lambda h: h[0])

    def _restated(self, f: Found) -> bool:
        """"X said he thinks the plan failed": the inner cue's content is the outer statement again, by
        the same speaker, less a few words; one statement, the outer one."""
        c = f.content
        for g in self.found:
            o = g.content
            if g is f or g.entity is not f.entity or not (o.start <= c.start and c.end <= o.end) or o == c:
                continue
            if not o.start <= f.cue_at < o.end:
                continue
            if len(self.text[o.start:c.start].split()) + len(self.text[c.end:o.end].split()) <= _RESTATED_WORDS:
                return True
        return False

    def _reported_stance(self, f: Found) -> bool:
        """"Lohmar said investigators believe Moeckel made it", "he said the union plans to meet": a
        belief or intention told inside someone's statement is that speaker's claim, not a second one."""
        if CUE_FORMS.get(f.cue, "") not in _STANCE_CUES:
            return False
        c = f.content
        return any(g is not f and g.content.start <= f.cue_at and c.end <= g.content.end
                   and g.content.start < c.start
                   and len(self.text[g.content.start:f.cue_at].split()) <= _STANCE_SUBJECT_WORDS
                   for g in self.found)

    def _speaker(self, f: Found) -> Speaker:
        """The entity as a speaker, with this statement's own mention as written among its mentions
        ("Len Burman, head of the Tax Policy Center", "the mayor"): the surface form a reader saw."""
        ent = f.entity
        sp = self._speakers.get(id(ent))
        if sp is None:  # one Speaker per entity: building the model is the costly part
            sp = self._speakers[id(ent)] = ent.speaker()  # type: ignore[union-attr]
        extra: list[str] = []
        forms = [f.resolved_from or ""]
        if f.mention is not None and f.mention.kind != "pronoun":
            forms += self._surface_forms(f.mention)
        for form in forms:
            form = form.strip(" ,\"“”")
            if form and form.lower() not in _BARE_PRONOUNS and form != sp.name and form not in sp.aliases \
                    and form not in extra and len(form) <= 200:
                extra.append(form)
        if not extra:
            return sp
        key = (id(ent), *extra)
        found = self._speakers.get(key)
        if found is None:
            found = self._speakers[key] = sp.model_copy(update={"mentions": extra})
        return found

    def _surface_forms(self, m: Mention) -> list[str]:
        """The mention as written and, cut at its commas, the name with each appositive that follows it
        ("Len Burman, head of the Tax Policy Center, said" gives both "Len Burman" and the whole phrase)."""
        key = (m.start, m.text)
        if key in self._forms:
            return self._forms[key]
        out = self._forms[key] = self._read_forms(m)
        return out

    def _read_forms(self, m: Mention) -> list[str]:
        text = self.text
        out = [m.text]
        if "," in m.text:  # "Dr. Connie Mariano, who as a Navy captain …": the name with its title alone
            head = _DATELINE_RE.sub("", m.text.split(",", 1)[0]).strip()
            if head and head != m.text and len(head.split()) <= 8:
                out.append(head)
        lead = self._leading_description(m)
        if lead is not None:  # "one of the family's attorneys, Justin Bamberg": the description before the name
            out.append(text[lead:m.start + len(m.text)])
        if text.find(",", m.start, m.start + len(m.text) + 2) < 0:
            return out  # no appositive follows
        end = text.find("\n", m.start, m.start + 300)
        # the stop is looked for after the mention: its own full stops ("the Rev. Peter Wherry") end nothing
        stop = _SURFACE_STOP_RE.search(text, m.start + len(m.text),
                                       end if end >= 0 else min(len(text), m.start + 300))
        hi = stop.start() if stop else (end if end >= 0 else min(len(text), m.start + 300))
        chunks = self._chunks(m.start, hi)
        for k in range(1, min(len(chunks), 4)):
            piece = text[chunks[k][0]:chunks[k][1]].strip()
            appositive = APPOSITIVE_RE.match(piece) or _TAG_RE.fullmatch(piece) or POSSESSIVE_ROLE_RE.match(piece) \
                or _NAMED_ROLE_RE.match(piece) and _NAMED_ROLE_RE.match(piece).group("noun") in TITLE_WORDS
            # "a liberal think tank": a cue word inside a described noun is no clause
            cue = CUE_RE.search(piece) and not (_DET_RE.match(piece) and not _RELATIVE_RE.search(piece))
            if not piece or not appositive or CLAUSE_PIECE_RE.match(piece) or cue or len(piece.split()) > 25:
                break
            form = text[m.start:chunks[k][1]].strip()
            if form.endswith(".") and len(form.rsplit(None, 1)[-1]) > 4 and not _TAG_RE.fullmatch(piece):
                form = form[:-1]  # the sentence's full stop, not an abbreviation's ("Church." but "Jr.", "Mo.")
            out.append(form)
            if lead is not None:
                out.append(text[lead:m.start] + form)
        return out

    def _leading_description(self, m: Mention) -> int | None:
        """Where a description standing before a name and its comma starts: "Apple's chief executive, Tim
        Cook", "A lawyer for the news outlets, David Schulz"."""
        text = self.text
        j = m.start
        while j > 0 and text[j - 1] == " ":
            j -= 1
        if j == 0 or text[j - 1] != ",":
            return None
        k = j - 1
        cut = max(text.rfind(ch, max(0, k - 120), k) for ch in ".\n;:\"“”,(")
        lo = cut + 1
        while lo < k and text[lo] in " '‘’":
            lo += 1
        piece = text[lo:k].rstrip()
        words = piece.split()
        if not words or len(words) > 12 or CUE_RE.search(piece) or CLAUSE_PIECE_RE.match(piece):
            return None
        if words[0].lower() not in ("a", "an", "the", "one") and not POSSESSIVE_ROLE_RE.match(piece):
            return None
        return lo

    def _statements(self) -> list[Statement]:
        out: list[Statement] = []
        text = self.text
        outlets = outlet_mentions(text) if self.found else []
        for f in self.found:
            c = f.content
            if f.entity is None or not text[c.start:c.end].strip() or self._restated(f) \
                    or self._reported_stance(f):
                continue
            inner = [q for q in self.quotes if c.start <= q.start and q.end <= c.end]
            if inner and inner[0].start == c.start and inner[0].end >= c.end - 1:
                qtype = "direct"
            elif inner or inside(c.start + 1, self.quotes):
                qtype = "mixed"
            else:
                qtype = "indirect"
            lemma = CUE_FORMS.get(f.cue, "")
            via = outlets_via(self.article, text, f.cue_at, c.end, f.entity.name, outlets)
            speaker = self._speaker(f)
            # A quotation running over paragraphs gives one statement per paragraph.
            for para_i, p in enumerate(self.paras):
                start, end = max(c.start, p.start), min(c.end, p.end)
                if start >= end:
                    continue
                if para_i in self.turns and not f.cue or _STAGE_RE.fullmatch(text, start, end):
                    continue  # a quote running over a transcript: each turn is its speaker's; "(CROSSTALK.)"
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                piece = Span(start, end)
                if not text[start:end].strip(END_PUNCT + CLOSERS + " “"):
                    continue
                content = text[piece.start:piece.end]
                hedges = hedges_in(content)
                if lemma in SPECULATIVE_CUES:
                    hedges.insert(0, f.cue)
                hedges = list(dict.fromkeys(hedges))
                out.append(Statement(
                    article_id=self.article.id, speaker=speaker, cue=f.cue, content=content,
                    span=(piece.start, piece.end), quote_type=qtype,  # type: ignore[arg-type]
                    modality="speculation" if hedges else "assertion", hedges=hedges, via=via,
                    resolved_from=f.resolved_from, question=is_question(content, lemma),
                    denial=is_denial(content, lemma),
                ))
        return out
