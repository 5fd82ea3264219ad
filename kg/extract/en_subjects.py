"""Who speaks in an English sentence: the subject phrase before a cue, the one after an inverted
cue ("said X"), the source of "according to X".

A part of the extractor in `kg/extract/en.py`: its methods read the article state set up there.
"""

from __future__ import annotations

import re

from kg.extract.en_content import CLAUSE_PIECE_RE, CONJ_RE, SUBORDINATE_RE
from kg.extract.en_lex import SENTENCE_OPENERS, TITLE_WORDS, _w
from kg.extract.en_names import _TAG_RE, _VERBISH, Mention, gender_of_words, parse_speaker, singular
from kg.extract.en_quotes import Span, inside

# A noun phrase up to punctuation; full stops of abbreviations ("Dr. Allan Garland", "U.S.") stay inside.
NP_RE = re.compile(r"(?:[^,.;:!?\"“”]|\.(?=\S)|\.(?=\s+[A-Z]))+")

APPOSITIVE_RE = re.compile(r"(?:a|an|the|who|whose|where|which|one|his|her|its|their|both|now|then|also|"
                            r"[a-z][\w'’-]*|\d[\w-]*)\b")

_INTRO_RE = re.compile(r"[\"“]?(?:[A-Z][a-z]+(?:ed|ing)\s+(?:by|with|from|in|on|at|to|after|over|about)\s|"
                       r"in|on|at|during|after|before|earlier|later|last|this|speaking|asked|"
                       r"responding|writing|meanwhile|however|separately|also|in\s+a|following|amid|despite|along|"
                       r"with)\b", re.I)

# Where a source phrase after "according to" ends: its own clause or a following one.
_SOURCE_END_RE = re.compile(r"\s(?:who|which|that|whose|because|when|while|as|if|is|was|are|were|has|had|"
                            r"and\s+(?:he|she|they|it|the)|but)\b")

_NOT_SOURCE_START = {"me", "him", "her", "them", "us", "you", "it", "this", "that", "which", "what", "some", "one"}

# "Nova Scotia's chief medical officer": a role owned by a named place or body.
POSSESSIVE_ROLE_RE = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}['’]s\s+[a-z]")

# "the top Democrat on the committee", "Democrat of California": a description after a name, not a name.
_DESCRIPTION_NAME_RE = re.compile(r"(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+)+[A-Z].*|(?:Democrat|Republican|Independent|"
                                  r"Liberal|Conservative)\s+(?:of|from)\s+.+)")

_NEW_SUBJECT_RE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?P<subj>[^,;:\"“”]{2,80}?)\s*$")

# A sentence opening with a subordinate clause whose subject is a speaker (not "If", a hypothesis).
_LEAD_SUBORDINATOR_RE = re.compile(r"[\s\"“]*(?:After|Although|Though|While|As|Because|When|Since|Before|Once|"
                                   r"Until)\s+")

_TIME_BEFORE_CUE_RE = re.compile(
    r"\s+(?:just\s+|also\s+)?(?:(?:this|last|earlier\s+this|late\s+last)\s+(?:week|month|year|spring|summer|fall|"
    r"autumn|winter)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\s*$")

_AFTER_QUOTE_RE = re.compile(r"[\"”’']\s*(?:[\w-]+\s+){0,2}[\w-]+$")  # '"…," (also) said'
_INVERTED_DESCRIPTION_RE = re.compile(r"\s*(?P<np>the\s+(?:[a-z][\w-]*\s+){0,3}(?P<head>[a-z][a-z-]{2,}))\s*")

_NOT_DESCRIPTION = set(_w("""his her their its our my your this that these those is are was were be been has have had
will would can could should may might must do does did not who which that and or but to of in on at for with by from
""")) | set(_VERBISH)

_HOMETOWN_RE = re.compile(r"\s*(?:of|from|in|near|outside)\s")


def _title_of(piece: str) -> bool:
    """"Minister of Innovation": a capitalised title and "of", whose object may run on after a comma."""
    head, sep, rest = piece.partition(" of ")
    words = head.split()
    return bool(sep) and 0 < len(words) <= 4 and words[-1].lower() in TITLE_WORDS \
        and all(w[:1].isupper() for w in words) and rest[:1].isupper()


class SubjectRules:
    def _new_subject_before(self, cue: re.Match[str], sent: Span) -> bool:
        """", and human rights groups warned …": a later cue with a speaker of its own after a comma and a
        conjunction starts a new statement, which ends the one before."""
        key = cue.start()
        known = self._new_subject.get(key)
        if known is not None:
            return known
        lo = max(sent.start, key - 90)
        m = None
        if self.text.find(", ", lo, key) >= 0:
            m = _NEW_SUBJECT_RE.search(self.text, lo, key)
        if m is None or inside(m.start(), self.quotes):
            found = False
        else:
            mention = parse_speaker(m.group("subj"), m.start("subj"))
            found = mention is not None and mention.kind in ("person", "organization", "outlet", "group")
        self._new_subject[key] = found
        return found

    def _chunks(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Comma-separated pieces of text[lo:hi], ignoring commas inside quotes or parentheses."""
        out, start, depth = [], lo, 0
        for i in range(lo, hi):
            ch = self.text[i]
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth = max(depth - 1, 0)
            elif ch in ",;:—–" and depth == 0 and not inside(i, self.quotes) \
                    and not (ch == "," and self.text[i - 1:i].isdigit() and self.text[i + 1:i + 2].isdigit()):
                out.append((start, i))
                start = i + 1
        out.append((start, hi))
        return out

    def _left_subject(self, sent: Span, cue_start: int, floor: int) -> tuple[Mention | None, int]:
        found = self._left_subject_at(sent, cue_start, floor)
        if found[0] is None:  # "Wells Fargo just this month announced …": the subject stands before the time
            when = _TIME_BEFORE_CUE_RE.search(self.text, max(floor, cue_start - 40), cue_start)
            if when is not None and when.start() > floor:
                return self._left_subject_at(sent, when.start(), floor)
        return found

    def _left_subject_at(self, sent: Span, cue_start: int, floor: int) -> tuple[Mention | None, int]:
        """The speaker phrase before a cue, with any appositive: "Joe Nienaber, a graduate, said"."""
        text = self.text
        if inside(cue_start, self.quotes):
            return None, cue_start
        lo = floor
        for q in self.quotes:  # the clause starts after any quote that ends before the cue
            if lo <= q.end <= cue_start:
                lo = q.end
        chunks = self._chunks(lo, cue_start)
        s0, e0 = chunks[-1]
        last = text[s0:e0].rstrip()
        if last.endswith(" who") and len(last) > 4:  # "there are still “some people” who feel …"
            ps, pe = s0, s0 + len(last) - 4
            words = list(re.finditer(r"[^\s\"“”]+", text[ps:pe]))
            for w in words[-4:]:
                named = parse_speaker(text[ps + w.start():pe], ps + w.start())
                if named is not None and named.kind in ("person", "organization", "outlet", "group") \
                        and named.text.lower() not in ("those", "people", "anyone", "everyone", "anybody"):
                    return named, named.start  # ("those who believe …" describes, it reports no one)
        if text[s0:e0].strip() == "who" and len(chunks) > 1:
            # "Cruz endorses Trump, who says …": the relative pronoun stands for the name just before it
            ps, pe = chunks[-2]
            words = list(re.finditer(r"\S+", text[ps:pe]))
            for w in words[-4:]:
                named = parse_speaker(text[ps + w.start():pe], ps + w.start())
                if named is not None and named.kind in ("person", "organization", "outlet", "group"):
                    return named, named.start
        if text[s0:e0].strip():
            initial = text[sent.start:s0].strip(" \"“”'") == ""
            mention = parse_speaker(text[s0:e0], s0, initial)
            if mention is not None and initial and _LEAD_SUBORDINATOR_RE.match(text, s0, e0):
                mention.aside = True  # "While a judge found …, …": a subordinate clause's subject
            if mention is None:  # "The tour changed and Hadwin says …": the subject after the conjunction
                conj = list(CONJ_RE.finditer(text, s0, e0))
                if not conj and initial:  # "After campaign aides insisted that …, the campaign …"
                    lead = _LEAD_SUBORDINATOR_RE.match(text, s0, e0)
                    if lead is not None:
                        mention = parse_speaker(text[lead.end():e0], lead.end())
                        if mention is not None:
                            mention.aside = True  # a subordinate clause's subject: no antecedent for "he said"
                        return mention, (mention.start if mention else cue_start)
                if conj:
                    mention = parse_speaker(text[conj[-1].end():e0], conj[-1].end())
                return mention, (mention.start if mention else cue_start)
            if (mention.kind in ("group", "backref", "organization") or _DESCRIPTION_NAME_RE.fullmatch(
                    text[s0:e0].strip()) and mention.kind == "person") and len(chunks) > 1 \
                    and text[chunks[-2][1]] == ",":  # not "Frustration with police: Civil rights activists say"
                # "one of the family's attorneys, Justin Bamberg," — a name before the description
                prev = self._named(chunks[-2], sent)
                if prev is not None:
                    prev.role = prev.role or mention.text.strip()
                    prev.text = text[prev.start:cue_start].strip(" ,")
                    return prev, prev.start
            return mention, mention.start
        # "Justin Bamberg, an attorney for the family, where …, said": walk back over appositives.
        for j in range(len(chunks) - 2, max(len(chunks) - 6, -1), -1):
            named = self._named(chunks[j], sent)
            piece = text[chunks[j][0]:chunks[j][1]].strip()
            if named is not None and named.kind == "person" and j > 0 and _DESCRIPTION_NAME_RE.fullmatch(piece):
                named = None  # "Rep. Adam Schiff, the top Democrat on the committee, said": walk on to the name
            if j > 0 and (_title_of(piece) or re.search(r"\band\b", piece)
                          and _title_of(text[chunks[j - 1][0]:chunks[j - 1][1]].strip())):
                continue  # "Navdeep Bains, Minister of Innovation, Science and Economic Development, said"
            if named is not None:
                # "Tom Hale, 64, a retired teacher": an age is no role
                roles = [r for a, b in chunks[j + 1:-1] if not (r := text[a:b].strip()).isdigit()]
                if j > 0 and not roles:  # "the director of operations for EHS, Jeff Fraser, says"
                    d = parse_speaker(text[chunks[j - 1][0]:chunks[j - 1][1]], chunks[j - 1][0], True)
                    if d is not None and d.kind in ("group", "backref"):
                        roles = [d.text]
                        named.text = text[d.start:cue_start].strip(" ,")
                if named.kind == "person" and not named.role and roles:
                    named.role = re.sub(r"^who\s+(?:is|was)\s+", "", roles[0])[:120]
                if named.text == piece or not named.text.startswith(piece[:3]):
                    named.text = text[named.start:cue_start].strip(" ,")
                return named, named.start
            if j == 0 and chunks[0][0] == sent.start and len(chunks) > 2:
                # "An expert cited in the report, which looked at …, said": the sentence's subject is a description
                d = parse_speaker(piece, chunks[0][0], True)
                if d is not None and d.kind in ("group", "backref") and not d.loose:
                    return d, d.start
            if CLAUSE_PIECE_RE.match(piece):
                break  # a clause ("… were among the casualties"), not an appositive
            if not APPOSITIVE_RE.match(piece) and not POSSESSIVE_ROLE_RE.match(piece) \
                    and not _TAG_RE.fullmatch(piece) and not _DESCRIPTION_NAME_RE.fullmatch(piece):
                break
        return None, cue_start

    def _named(self, chunk: tuple[int, int], sent: Span) -> Mention | None:
        start, end = chunk
        initial = self.text[sent.start:start].strip(" \"“”'") == ""
        if _HOMETOWN_RE.match(self.text, start, end):
            return None  # "of Springfield, Va.": where the speaker is from
        m = parse_speaker(self.text[start:end], start, initial)
        if m is not None and m.name.lower() in SENTENCE_OPENERS:
            return None  # "Overall, the fund predicted": an adverb, not a name before an appositive
        if m is not None and m.kind in ("person", "organization", "outlet"):
            return m
        return None

    def _sentence_subject(self, sent: Span, cue_start: int) -> Mention | None:
        """The noun phrase a sentence opens with: "Authorities described … and said …"; after an
        opening adverbial: "In an interview on Monday, the minister praised … and said …"."""
        starts = [sent.start]
        if SUBORDINATE_RE.match(self.text, sent.start) or _INTRO_RE.match(self.text, sent.start):
            starts += [c + 1 for c in range(sent.start, min(cue_start, sent.start + 120))
                       if self.text[c] == "," and not inside(c, self.quotes)][:2]
        for start in starts:
            m = self._subject_at(start, sent)
            if m is not None and m.kind == "person" and self._common_word(m):  # type: ignore[attr-defined]
                continue  # "Chastened by the analyses, …, Trump revised …": the subject follows the opener
            if m is not None:
                return m
        return None

    def _subject_at(self, start: int, sent: Span) -> Mention | None:
        text = self.text
        while start < sent.end and text[start].isspace():
            start += 1
        if inside(start + 1, self.quotes):
            return None  # a quotation's first words are no subject of the sentence around it
        words = list(re.finditer(r"\S+", text[start:min(sent.end, start + 160)]))[:10]
        for w in reversed(words[:-1]):
            end = start + w.end()
            nxt = text[end:end + 2].strip()
            if not nxt or not nxt[0].islower():
                continue
            m = parse_speaker(text[start:end], start, True)
            if m is not None and m.kind != "backref" or m is not None and m.head:
                return m
        return None

    def _right_subject(self, after: int, sent: Span) -> tuple[Mention | None, int]:
        """The speaker after an inverted cue: "…," said Foreign Minister Wang Yi, adding …"""
        text = self.text
        m = NP_RE.match(text, after, sent.end)
        if not m or re.match(r"\s*that\s", m.group()):
            return None, after  # "said that U.S. forces …": a complement, never an inverted subject
        mention = parse_speaker(m.group(), m.start())
        if mention is None:
            # '"…," said the rookie defenceman': after an inverted cue a definite description speaks, whatever
            # its noun; it goes back to an earlier speaker of that role, or stands for itself
            d = _INVERTED_DESCRIPTION_RE.fullmatch(m.group())
            after_quote = _AFTER_QUOTE_RE.search(text, max(sent.start, after - 60), after)
            if d is not None and after_quote is not None \
                    and not any(w in _NOT_DESCRIPTION or w.endswith("ed") and "-" not in w
                                for w in d.group("np").split()[1:]):
                np = d.group("np")
                mention = Mention(np, m.start() + d.start("np"), np, kind="backref", head=singular(d.group("head")),
                                  gender=gender_of_words(np.split()), loose=True)
        if mention is None or mention.kind == "pronoun" and mention.name not in ("he", "she", "they"):
            return None, after
        end = m.end()
        # A trailing appositive ", a spokesman for the city." is the speaker's role.
        ap = re.compile(r",\s*((?:a|an|the|who|one|his|her|its|their)\b[^.;!?\"“”]*)").match(text, end, sent.end)
        if ap and mention.kind == "person":
            mention.role = mention.role or ap.group(1).strip()[:120]
            end = ap.end()
            mention.text = text[mention.start:end].rstrip(" ,")  # the phrase as written, role and all
        return mention, end

    def _source_phrase(self, start: int, end: int) -> Mention | None:
        """What follows "according to" names the source even when it is no speaker phrase:
        "a Washington Post database tracking such deaths", "federal statistics"."""
        text = self.text
        cut = _SOURCE_END_RE.search(text, start, end)
        phrase = text[start:cut.start() if cut else end].strip()
        words = phrase.split()
        if not 1 <= len(words) <= 25 or words[0].lower() in _NOT_SOURCE_START:
            return None
        kind = "organization" if phrase[:1].isupper() or words[0].lower() in ("the", "a", "an") else "group"
        return Mention(phrase, start, phrase, kind=kind)
