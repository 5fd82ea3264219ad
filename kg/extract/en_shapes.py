"""English statement shapes beyond "X said": "according to", signed and embedded posts,
transcript turns, claim nouns, quote-only paragraphs.

A part of the extractor in `kg/extract/en.py`: its methods read the article state set up there.
"""

from __future__ import annotations

import re

from kg.extract.en_content import LABEL_RE, TRANSCRIPT_RE
from kg.extract.en_lex import (
    DETERMINERS,
    PRONOUNS,
)
from kg.extract.en_names import Mention, parse_speaker
from kg.extract.en_quotes import Span, inside
from kg.extract.en_resolve import Entity
from kg.extract.en_statements import Found
from kg.extract.en_subjects import NP_RE

_SIGNED_RE = re.compile(r"\s*(?P<q>[“”\"][^\n]{10,}[”\"])\s*(?P<dash>[―—–]|--)\s*"
                        r"(?P<who>[A-Z][^“”\"\n]{1,100}?)[.\s]*$")

# A pull quote: a paragraph of the speaker's words ending with the speaker's name, no dash
# ("I'm not happy I have cancer, but I'm thankful for what it's brought me. Morgan McNeely").
_PULL_QUOTE_RE = re.compile(r"\s*(?P<q>[^\n]{20,}?[.!?][\"”’]?)[ \t]+(?P<who>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})"
                            r"[ \t]*$")

_SAID_WHO_RE = re.compile(r"[\"“]?(?:Said|Says|Added|Adds|Wrote|Writes|Asked|Explained|Recalled)\s+"
                          r"(?P<who>[^:\"“”]{2,80}):")

_HEADLINE_RE = re.compile(r"(?P<label>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}):\s+(?=\S)")

_NOT_LABELS = {"read more", "watch", "related", "update", "updated", "note", "editor's note", "photos",
               "video", "keeping score", "listen", "more", "advertisement", "correction", "clarification",
               "warning", "caption", "sources", "source", "breaking", "also", "see", "click"}

_PARTICIPLE_APPOSITIVE_RE = re.compile(r"\s*(?:[a-z]+ed|released|published|issued|obtained|written|seen|"
                                       r"made|taken|given|cited)\b[^,;:\"“”]{0,80},")

_POST_SIGNATURE_RE = re.compile(r"\s*(?P<dash>[―—–]|--)\s*(?P<who>[A-Z][^()\n]{0,60}?)\s*\(@\w+\)\s*"
                                r"[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\.?\s*$")

_POST_LINK_RE = re.compile(r"\s*(?:https?://|pic\.twitter\.com/)")

_TRAILING_TAGS_RE = re.compile(r"(?:\s*#\w+)+\s*$")

# After "X, according to Y,": a predicate or a coordinated clause in lower case.
_MID_ACCORDING_RE = re.compile(r",\s+(?P<rest>(?:is|are|was|were|has|have|had|will|would|could|can|should|may|"
                               r"might|must|did|does|do|but|yet|(?!(?:said|says|told|asked|added|noted)\b)[a-z]+ed|"
                               r"(?!(?:as|has|is|was|this|thus|plus|says|adds|tells)\b)[a-z]+[^s\W]s)\s+\S+\s+\S+)")

# Where such a claim ends: a new clause of the writer's after a comma, a dash or a semicolon.
_NOUN_CLAIM_END_RE = re.compile(r",\s+(?:which|who|but|and|while|as|though|although|even|a|an|the)\b|\s[—–]\s|;")


class ShapeRules:
    def _link_label(self, sent: Span) -> bool:
        """"READ MORE:", "WATCH:" lead to another article; a section label ("EARNINGS:") opens a sentence
        that is part of this one."""
        m = LABEL_RE.match(self.text, sent.start)
        return m is not None and (m.group("label").lower() in _NOT_LABELS
                                  or m.group("label").lower().split()[0] in _NOT_LABELS)

    def _common_label(self, sent: Span) -> bool:
        m = LABEL_RE.match(self.text, sent.start)
        words = m.group("label").lower().split() if m else []
        if m is not None and m.group("label").lower() in _NOT_LABELS:
            return True  # "READ MORE": a known link label, whatever words the article uses
        return bool(words) and all(w in self.book.lower_words or w in _NOT_LABELS for w in words)

    def _noun_claim(self, sent: Span, nc: re.Match[str]) -> None:
        """"Trump's claim that …", "his warning that …", "a New York Times report that …": the owner of the
        claim said what follows "that", up to the end of its clause."""
        text = self.text
        if inside(nc.start(), self.quotes):
            return
        owner = nc.group("owner")
        low = owner.lower()
        if low in ("his", "her", "their", "its"):
            mention = Mention(owner, nc.start("owner"), low, kind="pronoun",
                              gender=PRONOUNS[{"his": "he", "her": "she", "their": "they", "its": "it"}[low]])
        else:
            mention = parse_speaker(re.sub(r"['’]s?$", "", owner), nc.start("owner"))
            if mention is None or mention.kind not in ("person", "organization", "outlet", "group"):
                return
        ent, resolved_from = self._resolve(mention, nc.start())
        if ent is None:
            return
        mention.text = text[nc.start():nc.end("owner")]  # "Trump's", "a New York Times": as written
        lo = nc.start("that")
        end = _NOUN_CLAIM_END_RE.search(text, nc.end(), sent.end)
        span = self._trim(Span(lo, end.start() if end else sent.end))
        if span is None or len(text[span.start:span.end].split()) < 4:
            return
        self._add(Found(span, mention, nc.group("noun"), nc.start("noun"), ent, resolved_from))

    def _according(self, sent: Span, a: re.Match[str]) -> None:
        text = self.text
        np = NP_RE.match(text, a.end(), sent.end)
        if not np:
            return
        mention = parse_speaker(np.group(), np.start())
        if mention is None:
            mention = self._source_phrase(np.start(), np.end())
            if mention is None:
                return
        ent, resolved_from = self._resolve(mention, a.start())
        if ent is None:
            return
        before = text[sent.start:a.start()].rstrip()
        after_np = text[np.end():sent.end]
        mid = _MID_ACCORDING_RE.match(after_np)
        if before.endswith(",") and before.strip(" \"“,") and mid is not None:
            # "Residents, according to the report, are fearful": the subject and the predicate
            # around the aside are both what the source says
            lo = np.end() + mid.start("rest")
            subject = before.strip(" \"“,").split()
            left = self._trim(Span(sent.start, sent.start + len(before) - 1)) \
                if len(subject) >= 3 or subject[0].lower() not in DETERMINERS else None  # not "The result"
            for span in (left, self._trim(Span(lo, sent.end))):
                if span is not None:
                    self._add(Found(span, mention, "according to", a.start(), ent, resolved_from))
            return
        quoted = next((q for q in self.quotes if q.end == sent.start + len(before) and q.start >= sent.start
                       and not text[sent.start:q.start].strip()), None)
        if quoted is not None and text[quoted.end - 2] in ",?!":  # the character before the closing mark
            span = Span(quoted.start, quoted.end)  # '"…," according to Dr. X'
        elif before.endswith((",", "—", "–")) and len(before.split()) >= 3:  # "…, according to" / "… — according to"
            span = self._trim(Span(sent.start, sent.start + len(before) - 1))
        elif before.strip(" \"“") == "" and after_np.startswith(","):
            lo = np.end() + 1
            ap = _PARTICIPLE_APPOSITIVE_RE.match(text, lo, sent.end)  # ", published in November,"
            span = self._trim(Span(ap.end() if ap else lo, sent.end))
        else:
            return
        if span is not None:
            self._add(Found(span, mention, "according to", a.start(), ent, resolved_from))

    # -- other shapes -------------------------------------------------------------------------
    def _floating(self, sent: Span, para_i: int) -> None:
        """A quote standing alone (or after a colon) continues the speaker before it."""
        text = self.text
        for q in self.quotes:
            if q.start < sent.start or q.start >= sent.end or len(text[q.start:q.end].split()) < 4:
                continue
            lead = text[sent.start:q.start].strip()
            if lead and not lead.endswith(":"):
                continue
            if any(f.content.start < q.end and q.start < f.content.end for f in self.found):
                continue
            if lead:  # "Martell, the addictions doctor, is more blunt: “…”": the clause's subject speaks
                said = _SAID_WHO_RE.fullmatch(lead)  # "Said Ellis: “…”"
                chunks = self._chunks(sent.start, q.start)
                subj = parse_speaker(said.group("who"), sent.start + lead.find(said.group("who"))) if said else \
                    (self._named(chunks[0], sent) if len(chunks) > 2 else None) or self._sentence_subject(sent, q.start)
                if subj is not None and subj.kind in ("person", "organization", "outlet", "pronoun", "backref") \
                        and subj.start < q.start:
                    ent, resolved_from = self._resolve(subj, subj.start)
                    if ent is not None:
                        self._add(Found(Span(q.start, q.end), subj, "", q.start, ent, resolved_from))
                        continue
            floor = self.paras[max(para_i - 2, 0)].start
            ent = self._last_speaker(q.start, floor) or self._antecedent("", q.start, para_floor=floor)
            if ent is None:
                continue
            last = next((f for f in reversed(self.found) if f.entity is ent), None)
            self._add(Found(Span(q.start, q.end), last.mention if last else None, "", q.start, ent,
                             last.resolved_from if last else None))

    def _last_speaker(self, pos: int, floor: int) -> Entity | None:
        """The speaker of the statement just before `pos` (an organisation too: '"…," it said. "…"'),
        unless someone new is introduced as a subject between them."""
        before = [f for f in self.found if f.cue_at < pos and f.content.start < pos
                  and not (f.mention is not None and f.mention.aside)]
        if not before:
            return None
        last = max(before, key=lambda f: max(f.content.end, f.cue_at))
        end = max(last.content.end, last.cue_at)
        if last.mention is not None:
            end = max(end, last.mention.start + len(last.mention.text))
        if end < floor or last.entity is None:
            return None
        if any(end < o.start < pos and o.subject and o.entity is not last.entity for o in self.book.occurrences):
            return None
        return last.entity

    def _signed_quote(self, para_i: int) -> bool:
        """A paragraph that is a quotation signed after a dash: “…” ― Karen Bobadilla, a nurse."""
        para = self.paras[para_i]
        m = _SIGNED_RE.match(self.text, para.start, para.end)
        if m is None:
            return False
        who, _, role = m.group("who").partition(",")
        mention = parse_speaker(who, m.start("who"))
        if mention is None or mention.kind not in ("person", "organization", "outlet", "group"):
            return False
        if role.strip() and mention.kind == "person":
            mention.role = mention.role or role.strip()[:120]
        ent, resolved_from = self._resolve(mention, m.start("who"))
        if ent is None:
            return False
        self._add(Found(Span(m.start("q"), m.end("q")), mention, m.group("dash"), m.start("dash"), ent,
                         resolved_from))
        return True

    def _pull_quote(self, para_i: int) -> bool:
        """A paragraph quoting a speaker named in full at its end, a name the article uses elsewhere too."""
        para = self.paras[para_i]
        m = _PULL_QUOTE_RE.match(self.text, para.start, para.end)
        if m is None or self.text.count(m.group("who")) < 2:
            return False
        mention = parse_speaker(m.group("who"), m.start("who"))
        if mention is None or mention.kind not in ("person", "organization", "outlet"):
            return False
        ent, resolved_from = self._resolve(mention, m.start("who"))
        span = self._trim(Span(m.start("q"), m.end("q")))
        if ent is None or span is None:
            return False
        # a pull quote repeats what is said below: it introduces no one for a later "he said"
        self._add(Found(span, mention, "", m.start("who"), ent, resolved_from), remember=False)
        return True

    def _embedded_post(self, para_i: int) -> bool:
        """An embedded social-media post: its text, links, then "— BC Hydro (@bchydro) December 22, 2018"."""
        para = self.paras[para_i]
        if "(@" not in self.text[para.start:para.end]:
            return False
        m = _POST_SIGNATURE_RE.search(self.text, para.start, para.end)
        if m is None:
            return False
        body_end = m.start()
        link = _POST_LINK_RE.search(self.text, para.start, body_end)
        if link is not None:
            body_end = link.start()
        body = self.text[para.start:body_end]
        body = _TRAILING_TAGS_RE.sub("", body)
        span = self._trim(Span(para.start, para.start + len(body)))
        if span is None or len(self.text[span.start:span.end].split()) < 4:
            return False
        mention = parse_speaker(m.group("who"), m.start("who"))
        if mention is None or mention.kind not in ("person", "organization", "outlet"):
            return False
        ent, resolved_from = self._resolve(mention, m.start("who"))
        if ent is None:
            return False
        # an embedded post introduces no one: a later "he said" goes back to the article's speakers
        self._add(Found(span, mention, m.group("dash"), m.start("dash"), ent, resolved_from), remember=False)
        return True

    def _transcript(self, sent: Span, para_i: int) -> bool:
        """Interview transcripts: "PENCE: Well, look, …" to the end of the paragraph."""
        m = TRANSCRIPT_RE.match(self.text, sent.start)
        if m is None and para_i == 0:  # a headline "Pence: Flowers Won't Be at Debate" by a person named below
            m = _HEADLINE_RE.match(self.text, sent.start)
            if m is None or not self.book.by_part.get(m.group("label").split()[-1].lower()):
                return False
        elif m is None or len(m.group("label").replace(".", "").strip()) < 2:
            return False
        else:
            label = m.group("label").strip()
            if not label.replace(" ", "").replace(".", "").isupper() or len(label.split()) > 3 \
                    or label.lower() in _NOT_LABELS or label.lower().split()[0] in _NOT_LABELS \
                    or self.text.count(f"{label}:") < 2 or self._common_label(sent):
                return False
        label = m.group("label").strip()
        para = self.paras[para_i]
        span = self._trim(Span(m.end(), para.end))
        if span is None:
            return False
        if self.text[span.end - 1] in "\"”" and self.text.count("\"", m.end(), span.end) % 2:
            span = Span(span.start, span.end - 1)
        mention = Mention(label, m.start("label"), label.title(), kind="person")
        ent, _ = self._resolve(mention, m.start())
        self._add(Found(span, mention, ":", m.start("label"), ent))
        return True
