"""English attribution extraction with general rules: quote marks, cue verbs, speaker phrases.

Shapes handled, per sentence (quotes are found first, so sentences never split inside one):
  "…," X said. / "…," said X, a role. / X said (that) … / X told Reuters … / X said: "…"
  …, X said.  /  According to X, …  /  …, according to X.  /  X said …, adding that …
  "A," she said. "B."  (B goes to the same speaker), paragraphs that are only a quote
  (the last speaker goes on), quotes running over paragraphs, and transcript labels
  ("PENCE: …"). Speakers are resolved against the article: fullest name, pronouns,
  "the spokesman" back-references; outlets on the way ("Reuters reported …") become `via`.

The extractor is one class in parts: this module finds cues and drives each sentence;
`en_subjects` finds who speaks, `en_content` where the content starts and ends, `en_shapes` the
other shapes (according to, transcripts, signed posts, claim nouns), `en_statements` resolves
speakers and builds the `Statement`s.
"""

from __future__ import annotations

import re

from kg.extract.en_content import LABEL_RE, SUBORDINATE_RE, ContentRules
from kg.extract.en_lex import (
    ACCORDING_RE,
    ADDRESSEE_RE,
    CUE_FORMS,
    CUE_RE,
    EVIDENCE_NOUNS,
    INVERTIBLE,
    OBJECT_CUES,
    PARTICIPLES,
)
from kg.extract.en_names import Mention, parse_speaker, singular
from kg.extract.en_quotes import Span, find_quotes, inside, paragraphs, sentences
from kg.extract.en_resolve import Entity, NameBook
from kg.extract.en_shapes import ShapeRules
from kg.extract.en_statements import Found, StatementRules
from kg.extract.en_subjects import SubjectRules
from kg.models import Article, Speaker, Statement

_CONTINUATION_RE = re.compile(r"[\s,;:\"”’']*(?:(?:and|but|then)\s+)?(?:also\s+|later\s+|then\s+)?")

# A photo caption: a paragraph ending with its credit, "(Steve Lawrence/CBC)", "( Toronto Star file photo )",
# "(Submitted by Wendy Golden)". It reports no statement and introduces no one for a later "he said".
_CAPTION_CREDIT_RE = re.compile(
    r"\(\s*(?:[^()\n]{0,60}\b(?:photo|photos|handout|submitted|courtesy|getty\s+images|contributed|photograph)\b"
    r"[^()\n.]{0,60}|[^()/\n.:]{2,60}/[^()/\n]{2,60})\s*\)\s*$", re.I)

# Cues after which a description with a noun of unknown kind ("the 32-year-old labourer") is a speaker.
_LOOSE_CUES = {"say", "tell", "add", "explain", "note", "recall", "write", "ask", "reply", "insist", "argue",
               "admit", "call", "continue"}

# A subordinate clause after the cue of a quote ('"…," she said after the vote'): the circumstance.
_CIRCUMSTANCE_RE = re.compile(r"\s+(?:after|before|when|while|as|because|since|until)\b")
_QUOTE_ENDS = ("\"", "”", "’", "''")

_FREE_RELATIVE_RE = re.compile(r"\bwhat\s+(?:[\w.'’-]+\s+){1,3}$", re.I)
_RELATIVE_END_RE = re.compile(r",|\s(?:and|but|is|was|are|were|has|had)\s")

# Verbs of saying: "criticized him for saying …" still reports what he said.
_SPEECH = {"say", "tell", "write", "claim", "argue", "acknowledge", "admit", "suggest", "insist", "note", "add",
           "state", "warn", "assert", "allege", "declare", "deny", "explain", "predict", "promise", "tweet"}
_DEGREE_BEFORE_RE = re.compile(r"\b(?:more|less|most|least|very|so|too|increasingly|particularly)\s+$", re.I)
_GERUND_BEFORE_RE = re.compile(r"\b(?:of|for|by|about|without|from|in|on|at|after|before|against|into|over|to|"
                               r"through|despite)\s+$", re.I)

_CAPTION_CHARS = 320  # a caption is a sentence or two

_NOUN_BEFORE_RE = re.compile(r"\b(?:the|a|an|of|his|her|their|its|this|these|those|our|my|your)\s+$", re.I)

# ", he believed …": a later cue with its own pronoun subject ends the content before it.
_PRONOUN_CLAUSE_BEFORE_RE = re.compile(r",\s+(?:he|she|they|we|I)\s+(?:also\s+|later\s+|then\s+)?$")

# "… and they criticize …": a second clause with its own pronoun subject ends the content before it.
_AND_PRONOUN_BEFORE_RE = re.compile(r"\s(?:and|but)\s+(?:he|she|they|we)\s+$")

# A claim named by a noun with its owner: "Trump's claim that …", "his warning that …", "a Times report that …".
_NOUN_CLAIM_RE = re.compile(
    r"(?:\b(?:a|an|the)\s+)?(?P<owner>\b(?:his|her|their|its)|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}"
    r"(?:['’]s?|(?=\s+(?:report|study|poll|survey)\s)))\s+"
    r"(?:(?:earlier|latest|recent|repeated|new|false|unfounded|previous|initial|own)\s+)?"
    r"(?P<noun>claims?|assertions?|argument|contention|insistence|allegations?|accusations?|promise|pledge|warning|"
    r"suggestion|belief|view|report|prediction)\s+(?P<that>that)\b(?!\s+(?:is|was|are|were|has|had|have|will|would|"
    r"can|could|should|may|might)\b)")

_CLAIM_NOUNS = {"claim", "claims", "assertion", "assertions", "argument", "contention", "insistence", "allegation",
                "allegations", "accusation", "accusations", "promise", "pledge", "warning", "suggestion", "belief",
                "view", "report", "prediction"}


def _claim_hints(text: str) -> list[int]:
    """Where a claim noun stands before "that" (a plain scan: cheaper than a regex over the article)."""
    out = []
    i = text.find(" that")
    while i >= 0:
        j = text.rfind(" ", 0, i)
        if text[j + 1:i] in _CLAIM_NOUNS:
            out.append(j + 1)
        i = text.find(" that", i + 5)
    return out

# "A 2014 study by Professor X": the study, not the professor, shows or finds.
_EVIDENCE_PHRASE_RE = re.compile(r"(?:(?:a|an|the|this|that|its|their|his|her|one|another)\s+)?(?:[\w'’-]+\s+){0,3}?"
                                 r"(?:poll|polls|survey|surveys|study|studies|average|averages)\s+(?:by|from|of)\b",
                                 re.I)

_PARTICIPLE_FORM_RE = re.compile(r"[a-z]+ed|said|told|written|shown|found|thought|felt|read|been")

_NOUN_MODIFIER_CUES = {"state", "poll", "report", "post", "plan", "claim", "survey", "study", "demand", "question"}

_NOUN_AFTER_RE = re.compile(r"\s+(?!(?:that|the|a|an|his|her|their|its|this|these|those|to|he|she|they|it|we|i|you|"
                            r"there|some|many|more|no|not|in|on|at|for|with|from|by|of|as|and|or|but|if|whether|"
                            r"what|how|why|who|when|where|which|all|both|each|every|any|our|my|your)\b)[a-z][\w-]*\b")

# Verbs that need an object: "…, a firm with many infrastructure projects." reports nothing before them.
_NO_LEFT_CUES = {"project", "forecast", "calculate", "determine", "rule", "signal", "post", "reveal", "disclose"}


def extract_en(article: Article) -> list[Statement]:
    """Every attributed statement of an English article."""
    return _Extractor(article).run()


class _Extractor(ContentRules, SubjectRules, ShapeRules, StatementRules):
    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.paras = paragraphs(self.text)
        self.quotes = find_quotes(self.text, self.paras)
        self.sents: list[tuple[int, Span]] = []
        for i, p in enumerate(self.paras):
            self.sents.extend((i, s) for s in sentences(self.text, p, self.quotes))
        self.book = NameBook(self.text, [s for _, s in self.sents], self.quotes)
        self.caption_at = self._captions()  # paragraph -> where its caption starts
        for i, lo in self.caption_at.items():
            seen = {id(o.entity) for o in self.book.occurrences if o.start < self.paras[i].start}
            for o in self.book.occurrences:
                if lo <= o.start < self.paras[i].end and id(o.entity) not in seen:
                    o.subject = False  # someone first named in a caption is no antecedent for "he said"
        self.history: list[tuple[int, Entity]] = []  # (position, speaker) in text order
        self.found: list[Found] = []
        self.turns: set[int] = set()  # paragraphs that are a transcript turn ("PENCE: …")
        self._speakers: dict[object, Speaker] = {}
        self._new_subject: dict[int, bool] = {}  # cue position -> a new speaker stands before it
        self._forms: dict[tuple[int, str], list[str]] = {}  # a mention's surface forms, read once
        self._acronyms: dict[str, str | None] = {}  # "EDC" -> "Export Development Canada", looked up once
        # where a claim noun meets "that" ("Trump's claim that …"): one scan of the article
        self._claim_at = _claim_hints(self.text)

    # -- driver ---------------------------------------------------------------------------
    def run(self) -> list[Statement]:
        signed = {i for i in range(len(self.paras))
                  if self._signed_quote(i) or self._embedded_post(i) or self._pull_quote(i)}
        for para_i, sent in self.sents:
            if para_i in signed or para_i in self.caption_at and sent.start >= self.caption_at[para_i]:
                continue
            if sent.start == self.paras[para_i].start:
                if LABEL_RE.match(self.text, sent.start) and self._common_label(sent) and self._link_label(sent):
                    continue  # "READ MORE: …", "WATCH: …": links, not statements
                if self._transcript(sent, para_i):
                    self.turns.add(para_i)
                    continue
            self._sentence(sent)
            self._floating(sent, para_i)
        return self._statements()

    def _captions(self) -> dict[int, int]:
        """Paragraphs ending with a photo credit: a short one is all caption, a long one (a caption run into
        the text by the loader) only in its last sentence."""
        out: dict[int, int] = {}
        for i, p in enumerate(self.paras):
            if p.end - p.start < 20 or not _CAPTION_CREDIT_RE.search(self.text, p.start, p.end):
                continue
            out[i] = p.start
            if p.end - p.start > _CAPTION_CHARS:
                out[i] = max(s.start for k, s in self.sents if k == i)
        return out

    # -- one sentence -----------------------------------------------------------------------
    def _cues(self, sent: Span) -> list[re.Match[str]]:
        out = []
        for m in CUE_RE.finditer(self.text, sent.start, sent.end):
            if inside(m.start("verb"), self.quotes):
                continue
            if not m.group("aux") and _NOUN_BEFORE_RE.search(self.text, max(sent.start, m.start() - 8), m.start()):
                continue  # "the report", "secretary of state", "his tweets": a noun, not a verb
            if m.group("verb") in PARTICIPLES and not m.group("aux") and CUE_FORMS[m.group("verb")] not in _SPEECH \
                    and _GERUND_BEFORE_RE.search(self.text, max(sent.start, m.start() - 10), m.start()):
                continue  # "accused Trudeau of dismissing …", "for promising": a gerund after a preposition
            if m.group("verb") in PARTICIPLES and not m.group("aux") \
                    and _DEGREE_BEFORE_RE.search(self.text, max(sent.start, m.start() - 14), m.start()):
                continue  # "a more demanding course", "increasingly worrying": an adjective
            if self.text[max(sent.start, m.start() - 7):m.start()].lower() == "having " \
                    and self.text.startswith(" that", m.end()):
                continue  # "Having said that, …": a discourse connective
            if m.group("verb") in _NOUN_MODIFIER_CUES and _NOUN_AFTER_RE.match(self.text, m.end(), sent.end):
                continue  # "federal and state law", "poll workers": a modifier of the noun after it
            out.append(m)
        return out

    def _sentence(self, sent: Span) -> None:
        text = self.text
        cues = self._cues(sent)
        acc = [m for m in ACCORDING_RE.finditer(text, sent.start, sent.end) if not inside(m.start(), self.quotes)]
        done_upto = sent.start
        prev_end = -1  # end of the last content found in this sentence
        last: tuple[Mention, Entity, str | None] | None = None
        for k, m in enumerate(cues):
            verb = m.group("verb")
            lemma = CUE_FORMS[verb]
            cue_start = m.start()
            if cue_start < done_upto:
                continue
            nxt = next((c.start() for c in cues[k + 1:] if self._continues(c, sent)
                        or not c.group("aux").strip()
                        and (_PRONOUN_CLAUSE_BEFORE_RE.search(text, max(sent.start, c.start() - 30), c.start())
                             or _AND_PRONOUN_BEFORE_RE.search(text, max(sent.start, c.start() - 20), c.start()))
                        or self._new_subject_before(c, sent)),
                       sent.end)
            mention, subj_start = None, cue_start
            inverted = False
            right_from = m.end()
            if last is not None and prev_end >= 0 and _CONTINUATION_RE.fullmatch(text, prev_end, cue_start):
                mention = last[0]  # "…, adding that …" / "… and added: …"
            if mention is None:
                mention, subj_start = self._left_subject(sent, cue_start, done_upto)
            if mention is None and last is not None and verb in PARTICIPLES and lemma not in OBJECT_CUES \
                    and text[sent.start:cue_start].rstrip().endswith(","):
                mention = last[0]  # '"…," X said in a statement, adding that …': X goes on
            if mention is None and (verb in PARTICIPLES or text[:cue_start].rstrip().endswith((" and", " but"))):
                # "X issued a statement saying …"
                mention, subj_start = self._sentence_subject(sent, cue_start), cue_start
            if mention is None and lemma in INVERTIBLE and verb not in PARTICIPLES:
                mention, right_from = self._right_subject(m.end(), sent)
                inverted = mention is not None
            if mention is None or mention.loose and not inverted and lemma not in _LOOSE_CUES:
                continue  # "the attackers threatened": a noun known only by its ending speaks only by a speech verb
            if mention.text.endswith(("'s", "’s")):
                claim = _NOUN_CLAIM_RE.match(text, mention.start, sent.end)
                noun = lemma in OBJECT_CUES or claim
                if not text[mention.start + len(mention.text):cue_start].strip():
                    # "Editor's note:", "Trump's plans to …": a noun; "Trump's called for …": "Trump has called"
                    noun = claim or not _PARTICIPLE_FORM_RE.fullmatch(verb.split()[0])
                    bare = None if noun else parse_speaker(mention.text[:-2], mention.start)
                    if bare is None:
                        continue
                    mention = bare
                elif noun:
                    continue
            elif mention.text.endswith(("s'", "s’")) and not text[mention.start + len(mention.text):cue_start].strip():
                continue  # "the candidates' plans don't …": a plural owner before a noun
            if last is not None and mention is last[0]:
                ent, resolved_from = last[1], last[2]
            else:
                found = self._resolve(mention, cue_start)
                if found[0] is None:
                    continue
                ent, resolved_from = found[0], found[1]
            right = self._right_content(sent, right_from, nxt, lemma, verb,
                                        evidence=singular(mention.head) in EVIDENCE_NOUNS
                                        or bool(_EVIDENCE_PHRASE_RE.match(mention.text)))
            if right is not None and mention.aside:
                right = self._main_clause_cut(right)
            if right is not None and _FREE_RELATIVE_RE.search(text, max(sent.start, cue_start - 50), cue_start):
                # "the gap between what Trump says his plan would do, and what it would do": the relative ends early
                cut = _RELATIVE_END_RE.search(text, right.start, right.end)
                right = self._trim(Span(right.start, cut.start())) if cut else right
            if right is not None and _CIRCUMSTANCE_RE.match(text, right_from) and text[right.start] not in "\"“‘'" \
                    and text[sent.start:subj_start].rstrip().endswith(_QUOTE_ENDS):
                right = None  # '"Subpoenas are not optional," X said after Y failed to show up': when, not what
            if right is not None and self._comma_led_clause(right_from, right):
                aside = not inverted and text[sent.start:subj_start].rstrip().endswith(",")
                if not aside or SUBORDINATE_RE.match(text, right.start):
                    # "…, said Smith, chief of X" / "she said, eyes welling up" / "…, he said, though …":
                    # no complement; but "The plan, she said, is flawed" goes on after the aside
                    right = None
            nested = any(f.content.start <= cue_start < f.content.end for f in self.found)
            tail_at = right_from
            if lemma == "tell" and right is None:  # "…, an official told Reuters."
                am = re.compile(r"\s+" + ADDRESSEE_RE.pattern).match(text, right_from, sent.end)
                tail_at = am.end() if am else right_from
            left = self._left_content(sent, done_upto, subj_start, quote_only=right is not None or nested
                                      or not self._tail_empty(tail_at, sent) or lemma in OBJECT_CUES
                                      or lemma in _NO_LEFT_CUES)
            if right is not None and left is None and not nested:
                right = self._parenthetical(sent, subj_start, right_from, right)
            if lemma == "tell" and left is not None and right is not None and self._addressee_rest(right):
                right = None  # '"…," she told CBC Daybreak host Chris Walker.': the rest names the listener
            if inverted and left is not None:
                right = None
            if left is None and right is None and not inverted:
                right = self._next_paragraph(m.end(), sent)  # "The governor added:" then the words said
            if left is None and right is None:
                continue
            for span in (left, right):
                if span is not None:
                    self._add(Found(span, mention, verb, cue_start, ent, resolved_from), remember=not mention.aside)
                    prev_end = max(prev_end, span.end)
            if inverted and right is None:  # '"…," said Rep. X, D-Mass., the chairman, vowing to …'
                prev_end = max(prev_end, right_from)
            elif right is None:  # '"…," the mayor said, adding that …' / '"…," he told the group, adding …'
                prev_end = max(prev_end, tail_at)
            last = (mention, ent, resolved_from)
            # a later cue may sit inside this content ("Reuters reported that officials said …")
            done_upto = right_from if inverted else m.end()
        for a in acc:
            if a.start() >= done_upto or not any(f.content.start <= a.start() < f.content.end
                                                for f in self.found):
                self._according(sent, a)
        if any(sent.start <= c < sent.end for c in self._claim_at):
            for nc in _NOUN_CLAIM_RE.finditer(text, sent.start, sent.end):
                self._noun_claim(sent, nc)

    def _continues(self, cue: re.Match[str], sent: Span) -> bool:
        """A cue that carries on the speaker before it: ", adding …", "and added: …"."""
        before = self.text[sent.start:cue.start()].rstrip()
        if cue.group("verb") in PARTICIPLES and before.endswith(","):
            return True
        return bool(re.search(r"(?:,|\band)\s*(?:also\s+|later\s+|then\s+)?$", before)) \
            and not cue.group("aux").strip() and cue.group("verb") not in PARTICIPLES \
            and before.endswith("and")
