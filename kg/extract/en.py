"""English attribution extraction with general rules: quote marks, cue verbs, speaker phrases.

Shapes handled, per sentence (quotes are found first, so sentences never split inside one):
  "…," X said. / "…," said X, a role. / X said (that) … / X told Reuters … / X said: "…"
  …, X said.  /  According to X, …  /  …, according to X.  /  X said …, adding that …
  "A," she said. "B."  (B goes to the same speaker), paragraphs that are only a quote
  (the last speaker goes on), quotes running over paragraphs, and transcript labels
  ("PENCE: …"). Speakers are resolved against the article: fullest name, pronouns,
  "the spokesman" back-references; outlets on the way ("Reuters reported …") become `via`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.en_flags import is_denial, is_question
from kg.extract.en_lex import (
    ACCORDING_RE,
    ADDRESSEE_RE,
    CUE_FORMS,
    CUE_RE,
    DETERMINERS,
    EVIDENCE_NOUNS,
    INVERTIBLE,
    MODIFIER_RE,
    NAMING_CUES,
    OBJECT_CUES,
    PARTICIPLES,
    PRONOUNS,
    SPECULATIVE_CUES,
    TO_ONLY_CUES,
    hedges_in,
)
from kg.extract.en_names import _DOC, _TAG_RE, Mention, document_owner, parse_speaker, singular
from kg.extract.en_quotes import Span, find_quotes, inside, paragraphs, sentences
from kg.extract.en_resolve import Entity, NameBook, compatible, mention_entity, role_matches
from kg.extract.en_via import outlet_mentions, outlets_via
from kg.models import Article, Speaker, Statement

# Verbs whose complement may follow without "that" or a quote: "X said the plan failed".
_BARE_OK = {"say", "tell", "claim", "argue", "note", "explain", "insist", "warn", "suggest", "believe",
            "think", "fear", "expect", "acknowledge", "admit", "concede", "recall", "complain", "allege",
            "assert", "contend", "maintain", "worry", "reckon", "guess", "stress", "emphasize", "emphasise",
            "point", "predict"}
# Verbs that also take a plain object ("added the drug to", "wrote her first book"): a bare
# complement counts only when it opens like a clause, with a pronoun.
# What a poll or a study does: "the poll showed Clinton ahead", "a study found most firms pay less".
_EVIDENCE_CUES = {"show", "find", "indicate", "reveal", "suggest", "confirm"}
_BARE_IF_PRONOUN = {"add", "write", "report", "feel", "hope", "estimate", "agree", "indicate", "confirm",
                    "announce", "state", "tweet", "post", "reply", "respond", "continue", "conclude", "reveal"}
_PRONOUN_START_RE = re.compile(r"(?:he|she|they|it|we|i|you|there|this|these|those)\b(?!\s*[,.])", re.I)
_BAD_CONTENT_START = re.compile(
    r"^(?:to|with|for|about|on|at|by|from|of|in|into|against|as|so|and|or|but|(?:yes|no)(?=\s*[,.!?;:]|\s+(?:when|if|as|because|after|before|and|but|or|in|at|on|for|with|thanks)\b)|nothing|"
    r"goodbye|hello|thanks|sorry|otherwise|differently|so|while|when|after|before|during|"
    r"(?P<ing>[a-z]+ing))\b[\s,.]")
# An object cue followed by no object: "as he had promised.", "the plan he defended, …".
# After a word that is also a noun ("the plan is", "plans were"), a verb follows instead of an object.
_BAD_OBJECT_START = re.compile(r"(?:and|but|or|so|by|as|with|in|at|from|during|last|him|her|them|it|himself|"
                               r"herself|themselves|itself|me|us|is|was|are|were|has|had|have|will|would|could|should|"
                               r"can|may|might)\b|[,.;:!?)]", re.I)
_SIGNED_RE = re.compile(r"\s*(?P<q>[“”\"][^\n]{10,}[”\"])\s*(?P<dash>[―—–]|--)\s*"
                        r"(?P<who>[A-Z][^“”\"\n]{1,100}?)[.\s]*$")
_TRANSCRIPT_RE = re.compile(r"[\"“]?\s*(?P<label>[A-Z][A-Z.'’\- ]{1,40}[A-Z.]):\s+(?=\S)")
# A noun phrase up to punctuation; full stops of abbreviations ("Dr. Allan Garland", "U.S.") stay inside.
_NP_RE = re.compile(r"(?:[^,.;:!?\"“”]|\.(?=\S)|\.(?=\s+[A-Z]))+")
# "told a crowd of 100 members gathered in a hall that …": the complement starts at "that".
_THAT_SOON_RE = re.compile(r"([^,;:\"“”.!?]{0,100}?)\bthat\b")
# "that" followed at once by a verb: a relative pronoun ("a plan that would cost …"), not a complementiser.
_RELATIVE_THAT_RE = re.compile(r"\s+(?:is|was|are|were|has|had|have|will|would|can|could|should|may|might|must|"
                               r"seems?|seemed|[a-z]+ed)\b")
_CLAUSE_WORDS = {"is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should",
                 "may", "might", "must", "do", "does", "did", "fact", "so", "such", "idea", "notion",
                 "view", "belief", "claim", "claims", "said", "says", "not", "been", "be", "being", "it's", "it’s",
                 "there's", "there’s", "he's", "he’s", "she's", "she’s", "they're", "they’re", "we're", "we’re"}
_CONJ_RE = re.compile(r"\b(?:and|but|while|as|so|because|when|after|since|though|although|where|then|if|or|"
                      r"once|until|before|that|which|who|whom)\s+")
_CONTINUATION_RE = re.compile(r"[\s,;:\"”’']*(?:(?:and|but|then)\s+)?(?:also\s+|later\s+|then\s+)?")
_SUBORDINATE_RE = re.compile(r"[\"“]?(?:(?:but|and|yet|so)\s+)?(?:while|although|though|if|when|because|as|"
                             r"since|after|before|unless|whereas|even\s+if|even\s+though|once)\b", re.I)
_APPOSITIVE_RE = re.compile(r"(?:a|an|the|who|whose|where|which|one|his|her|its|their|both|now|then|also|"
                            r"[a-z][\w'’-]*|\d[\w-]*)\b")
_LABEL_RE = re.compile(r"[\"“]?\s*(?P<label>[A-Z][A-Za-z.'’\- ]{1,40}[A-Za-z.]):\s")
_HEADLINE_RE = re.compile(r"(?P<label>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}):\s+(?=\S)")
_NOT_LABELS = {"read more", "watch", "related", "update", "updated", "note", "editor's note", "photos",
               "video", "keeping score", "listen", "more", "advertisement", "correction", "clarification",
               "warning", "caption", "sources", "source", "breaking", "also", "see", "click"}
_END_PUNCT = ".!?;:,"
_TAIL_OK_RE = re.compile(
    r"\s*(?:(?:on|in|at|during|last|this|earlier|late|yesterday|today|to|via|outside|after|before|"
    r"from|when|while|of|told|telling|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;:\"“”]{0,70})?\s*(?:[.!?;:\"”’']*\s*$|,|—|–)")
_CLOSERS = "\"”’'"
# A comma-separated piece with a finite verb and no relative pronoun before it is a clause.
_CLAUSE_PIECE_RE = re.compile(r"(?:(?!\b(?:who|whose|which|that|where|when)\b)[^,])*?\b(?:is|are|was|were|has|have|had|"
                              r"will|would|can|could|did|does|do)\b", re.I)
_INTRO_RE = re.compile(r"[\"“]?(?:in|on|at|during|after|before|earlier|later|last|this|speaking|asked|"
                       r"responding|writing|meanwhile|however|separately|also|in\s+a|following|amid|despite|along|"
                       r"with)\b", re.I)
# A prepositional phrase between the cue and a clause opened by a subject pronoun.
_MODIFIER_THEN_CLAUSE_RE = re.compile(r"\s+(?:in|at|during|on|via|through|over|after|before)\s+[^,;:\"“”.!?]{1,60}?"
                                      r"(?=\s+(?:he|she|they|we|I|it|there)\s+(?:was|is|were|are|had|has|would|"
                                      r"will|could|can|did|does|do|n[o']t|[a-z]+ed)\b)")
# "-ing" phrase followed by its finite verb: the complement's subject, not a participle of the cue.
_GERUND_SUBJECT_RE = re.compile(r"(?!(?:nothing|something|anything|everything|including|according|regarding|"
                                r"concerning|following|excluding|during)\b)[a-z]+ing\s+[^,;:\"“”.!?]{0,60}?\b"
                                r"(?:is|was|are|were|has|had|will|would|could|can|should|may|might)\b")
# Where a source phrase after "according to" ends: its own clause or a following one.
_SOURCE_END_RE = re.compile(r"\s(?:who|which|that|whose|because|when|while|as|if|is|was|are|were|has|had|"
                            r"and\s+(?:he|she|they|it|the)|but)\b")
_NOT_SOURCE_START = {"me", "him", "her", "them", "us", "you", "it", "this", "that", "which", "what", "some", "one"}
_PARTICIPLE_APPOSITIVE_RE = re.compile(r"\s*(?:[a-z]+ed|released|published|issued|obtained|written|seen|"
                                       r"made|taken|given|cited)\b[^,;:\"“”]{0,80},")
# "Nova Scotia's chief medical officer": a role owned by a named place or body.
_POSSESSIVE_ROLE_RE = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}['’]s\s+[a-z]")
# After "told": a short addressee, then a quote or a clause opened by a subject pronoun.
_TOLD_WHOM_RE = re.compile(r"(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+,?\s+(?=[\"“]|(?:he|she|they|we|I|it)\s+[a-z'’]+\b)")
# A finite verb within the first words: the complement is a clause ("the golfer was sore").
_FINITE_SOON_RE = re.compile(r"(?:[\w'’.-]+\s+){0,7}?(?:(?:is|was|are|were|has|had|have|will|would|could|can|"
                             r"should|did|does|do|may|might|must|how|why|what|whether|when|where)\b|to\s+\S)")
_NOUN_BEFORE_RE = re.compile(r"\b(?:the|a|an|of|his|her|their|its|this|these|those|our|my|your)\s+$", re.I)
# "asked whether the plan would survive": an indirect question is what was asked.
_INDIRECT_Q_RE = re.compile(r"(?:whether|if|why|how|what|who|when|where|which)\s+\S+\s+\S+")
_MEDIUM_RE = re.compile(r"\s+(?:(?:by|via|over)\s+(?:text(?:\s+message)?|(?:tele)?phone|e-?mail|video(?:\s*link)?|"
                        r"letter|fax|satellite)|in\s+(?:an?|her|his|their|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|"
                        r"e-?mail|interview|letter|post|tweet|text(?:\s+message)?|release|speech|message))\b"
                        r"(?=\s+(?:that\b|(?!(?:this|last|on|in|at|earlier|late|yesterday|today|with|from|to|"
                        r"after|before|during)\b)[a-z]+\s)|\s*,)", re.I)
# A subordinate clause, a comma, then the main clause with its finite verb: the whole is the complement.
_SUBORDINATE_THEN_MAIN_RE = re.compile(
    r"(?:as|when|while|after|before|if|because|since|although|though|once|until|unless)\s+[^,;:\"“”.!?]{3,120},"
    r"\s+(?!(?:and|but|or|who|which|where|adding|saying)\b)[^,;:\"“”.!?]{0,80}?\b(?:is|are|was|were|has|have|had|"
    r"will|would|can|could|did|does|do|should|may|might|must|[a-z]{3,}ed)\b")
# "saying the party needs to move on": after a participle cue, a clause (a subject, then a finite verb
# within a few words) is what was said; a plain object ("saying goodbye", "saying the word") is not.
_PARTICIPLE_CLAUSE_RE = re.compile(
    r"(?:the|a|an|his|her|its|their|our|this|these|those|[A-Z][\w.'’-]*)\s+(?:[\w'’.-]+\s+){0,4}?"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|won['’]t|"
    r"wasn['’]t|isn['’]t|aren['’]t|weren['’]t|didn['’]t|doesn['’]t|don['’]t|can['’]t|couldn['’]t|"
    r"needs|holds|remains|plans|wants|lacks|faces)\b")
_BARE_DAY_RE = re.compile(r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                          r"(?:\s+(?:morning|afternoon|evening|night))?"
                          r"(?!\s+(?:morning|afternoon|evening|night))(?=\s+[a-z\"“‘])")
_POST_SIGNATURE_RE = re.compile(r"\s*(?P<dash>[―—–]|--)\s*(?P<who>[A-Z][^()\n]{0,60}?)\s*\(@\w+\)\s*"
                                r"[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\.?\s*$")
_POST_LINK_RE = re.compile(r"\s*(?:https?://|pic\.twitter\.com/)")
_TRAILING_TAGS_RE = re.compile(r"(?:\s*#\w+)+\s*$")
# After "X, according to Y,": a predicate or a coordinated clause in lower case.
_MID_ACCORDING_RE = re.compile(r",\s+(?P<rest>(?:is|are|was|were|has|have|had|will|would|could|can|should|may|"
                               r"might|must|did|does|do|but|yet|(?!(?:said|says|told|asked|added|noted)\b)[a-z]+ed|"
                               r"(?!(?:as|has|is|was|this|thus|plus|says|adds|tells)\b)[a-z]+[^s\W]s)\s+\S+\s+\S+)")
# ", he believed …": a later cue with its own pronoun subject ends the content before it.
_PRONOUN_CLAUSE_BEFORE_RE = re.compile(r",\s+(?:he|she|they|we|I)\s+(?:also\s+|later\s+|then\s+)?$")
_APPROX_NUMBER_RE = re.compile(r"(?:about|around|over|nearly|almost|some)\s+\$?\d")
# "called it a rookie mistake", "described herself as “short of breath”": a pronoun object, then the
# name given (an article, a quote, a degree word or an adjective in -ful/-ous/-ive/-able/-ic/-al).
_NAMED_PRONOUN_RE = re.compile(
    r"\s*(?:it|them|him|her|himself|herself|themselves|itself|this)\s+(?:as\s+)?"
    r"(?=[“\"‘]|(?:a|an|the|one|too|very|more|most|quite|so|utterly|completely|totally|simply)\s"
    r"|[a-z]+(?:ful|ous|ive|able|ible|ic|ical)\b)")
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
_ASKED_RE = re.compile(r"[\"“]?(?:asked|pressed|questioned|speaking|responding|writing|reached)\b", re.I)
# "called the charges unsubstantiated", "called her vote a mistake": an object, then the name given it
# (an article or a judging adjective).
_CALLED_OBJECT_RE = re.compile(
    r"(?:the|his|her|their|its|this|that|these|those|[A-Z][\w'’.-]*)(?:\s+(?!(?:a|an|and|to|for|on|in|at|by|"
    r"after|before|when|as|is|was)\b)[\w'’-]+){0,7}?\s+(?:a|an|both|too|very|so|more|most|not|"
    r"[a-z]+(?:ful|ous|ive|able|ible|ic|ical|ant|ent|less|ary)|un[a-z]{4,}|wrong|false|bad)\b")
_TIME_ONLY_RE = re.compile(
    r"(?:(?:last|this|next|earlier|later|late)\s+(?:week|month|year|night|weekend|spring|summer|fall|autumn|"
    r"winter|morning|afternoon|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|tonight)"
    r"(?:\s+(?:on|in|at)\s+[^,;:]{1,40})?")
# A lead-in that names a programme or a publication: 'On this weekend's broadcast of "Fox News Sunday,"'.
_TITLE_LEAD_RE = re.compile(r"\s*(?:on|in|at|during|from)\s+(?:[\w'’.-]+\s+){0,6}?(?:of|on|[\w.-]+['’]s)\s*$",
                            re.I)
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
# Where such a claim ends: a new clause of the writer's after a comma, a dash or a semicolon.
_NOUN_CLAIM_END_RE = re.compile(r",\s+(?:which|who|but|and|while|as|though|although|even|a|an|the)\b|\s[—–]\s|;")
# After a name, ", who …" describes the person; ", looping the streets" is the writer's participle phrase.
_OBJECT_END_RE = re.compile(r"\b[A-Z][\w.'’-]*,\s+(?:who|whose)\b|,\s+(?!(?:including|according)\b)[a-z]+ing\b|"
                            r",\s+(?:but|yet|although|though|whereas|another)\b|"
                            r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# "the top Democrat on the committee", "Democrat of California": a description after a name, not a name.
_DESCRIPTION_NAME_RE = re.compile(r"(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+)+[A-Z].*|(?:Democrat|Republican|Independent|"
                                  r"Liberal|Conservative)\s+(?:of|from)\s+.+)")
_NEW_SUBJECT_RE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?P<subj>[^,;:\"“”]{2,80}?)\s*$")
# A sentence opening with a subordinate clause whose subject is a speaker (not "If", a hypothesis).
_LEAD_SUBORDINATOR_RE = re.compile(r"[\s\"“]*(?:After|Although|Though|While|As|Because|When|Since|Before|Once|"
                                   r"Until)\s+")
# "A 2014 study by Professor X": the study, not the professor, shows or finds.
_EVIDENCE_PHRASE_RE = re.compile(r"(?:(?:a|an|the|this|that|its|their|his|her|one|another)\s+)?(?:[\w'’-]+\s+){0,3}?"
                                 r"(?:poll|polls|survey|surveys|study|studies|average|averages)\s+(?:by|from|of)\b",
                                 re.I)
_TIME_BEFORE_CUE_RE = re.compile(
    r"\s+(?:just\s+|also\s+)?(?:(?:this|last|earlier\s+this|late\s+last)\s+(?:week|month|year|spring|summer|fall|"
    r"autumn|winter)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\s*$")
_PARTICIPLE_FORM_RE = re.compile(r"[a-z]+ed|said|told|written|shown|found|thought|felt|read|been")
_DOC_HEAD_RE = re.compile(rf"(?:\S+\s+){{0,4}}?{_DOC}\b", re.I)  # "a 52-count civil complaint …"
_COLON_END_RE = re.compile(r"\s*:\s*$")
# Directives with an addressee: "urged Congress to …", "reminded customers to …", "asked them to …".
_ADDRESSEE_TO_RE = re.compile(r"(?!to\b)(?:[\w'’.-]+\s+){1,6}?(?=(?:not\s+|never\s+)?to\s+[a-z])")
_NOUN_MODIFIER_CUES = {"state", "poll", "report", "post", "plan", "claim", "survey", "study", "demand", "question"}
_NOUN_AFTER_RE = re.compile(r"\s+(?!(?:that|the|a|an|his|her|their|its|this|these|those|to|he|she|they|it|we|i|you|"
                            r"there|some|many|more|no|not|in|on|at|for|with|from|by|of|as|and|or|but|if|whether|"
                            r"what|how|why|who|when|where|which|all|both|each|every|any|our|my|your)\b)[a-z][\w-]*\b")
# Verbs that need an object: "…, a firm with many infrastructure projects." reports nothing before them.
_NO_LEFT_CUES = {"project", "forecast", "calculate", "determine", "rule", "signal", "post", "reveal", "disclose"}
_BARE_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}
_HOMETOWN_RE = re.compile(r"\s*(?:of|from|in|near|outside)\s")
_PLACE_TAIL_RE = re.compile(r",\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?=\s*,)")


def _singular_document(name: str) -> bool:
    """"a 52-count complaint filed by …" (not "figures released by …", which are "they")."""
    m = _DOC_HEAD_RE.match(name)
    return m is not None and not m.group().endswith(("s", "data"))


def _iter_find(text: str, sub: str, lo: int, hi: int):
    i = text.find(sub, lo, hi)
    while i >= 0:
        yield i
        i = text.find(sub, i + 1, hi)


@dataclass
class _Found:
    content: Span
    mention: Mention | None
    cue: str
    cue_at: int
    entity: Entity | None = None
    resolved_from: str | None = None


def extract_en(article: Article) -> list[Statement]:
    """Every attributed statement of an English article."""
    return _Extractor(article).run()


class _Extractor:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.paras = paragraphs(self.text)
        self.quotes = find_quotes(self.text, self.paras)
        self.sents: list[tuple[int, Span]] = []
        for i, p in enumerate(self.paras):
            self.sents.extend((i, s) for s in sentences(self.text, p, self.quotes))
        self.book = NameBook(self.text, [s for _, s in self.sents])
        self.history: list[tuple[int, Entity]] = []  # (position, speaker) in text order
        self.found: list[_Found] = []
        self.turns: set[int] = set()  # paragraphs that are a transcript turn ("PENCE: …")
        self._speakers: dict[object, Speaker] = {}
        self._new_subject: dict[int, bool] = {}  # cue position -> a new speaker stands before it
        # where a claim noun meets "that" ("Trump's claim that …"): one scan of the article
        self._claim_at = _claim_hints(self.text)

    # -- driver ---------------------------------------------------------------------------
    def run(self) -> list[Statement]:
        signed = {i for i in range(len(self.paras)) if self._signed_quote(i) or self._embedded_post(i)}
        for para_i, sent in self.sents:
            if para_i in signed:
                continue
            if sent.start == self.paras[para_i].start:
                if _LABEL_RE.match(self.text, sent.start) and self._common_label(sent) and self._link_label(sent):
                    continue  # "READ MORE: …", "WATCH: …": links, not statements
                if self._transcript(sent, para_i):
                    self.turns.add(para_i)
                    continue
            self._sentence(sent)
            self._floating(sent, para_i)
        return self._statements()

    def _link_label(self, sent: Span) -> bool:
        """"READ MORE:", "WATCH:" lead to another article; a section label ("EARNINGS:") opens a sentence
        that is part of this one."""
        m = _LABEL_RE.match(self.text, sent.start)
        return m is not None and (m.group("label").lower() in _NOT_LABELS
                                  or m.group("label").lower().split()[0] in _NOT_LABELS)

    def _common_label(self, sent: Span) -> bool:
        m = _LABEL_RE.match(self.text, sent.start)
        words = m.group("label").lower().split() if m else []
        if m is not None and m.group("label").lower() in _NOT_LABELS:
            return True  # "READ MORE": a known link label, whatever words the article uses
        return bool(words) and all(w in self.book.lower_words or w in _NOT_LABELS for w in words)

    # -- one sentence -----------------------------------------------------------------------
    def _cues(self, sent: Span) -> list[re.Match[str]]:
        out = []
        for m in CUE_RE.finditer(self.text, sent.start, sent.end):
            if inside(m.start("verb"), self.quotes):
                continue
            if not m.group("aux") and _NOUN_BEFORE_RE.search(self.text, max(sent.start, m.start() - 8), m.start()):
                continue  # "the report", "secretary of state", "his tweets": a noun, not a verb
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
                        and _PRONOUN_CLAUSE_BEFORE_RE.search(text, max(sent.start, c.start() - 30), c.start())
                        or self._new_subject_before(c, sent)),
                       sent.end)
            mention, subj_start = None, cue_start
            inverted = False
            right_from = m.end()
            if last is not None and prev_end >= 0 and _CONTINUATION_RE.fullmatch(text, prev_end, cue_start):
                mention = last[0]  # "…, adding that …" / "… and added: …"
            if mention is None:
                mention, subj_start = self._left_subject(sent, cue_start, done_upto)
            if mention is None and (verb in PARTICIPLES or text[:cue_start].rstrip().endswith((" and", " but"))):
                # "X issued a statement saying …"
                mention, subj_start = self._sentence_subject(sent, cue_start), cue_start
            if mention is None and lemma in INVERTIBLE and verb not in PARTICIPLES:
                mention, right_from = self._right_subject(m.end(), sent)
                inverted = mention is not None
            if mention is None:
                continue
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
            if right is not None and self._comma_led_clause(right_from, right):
                aside = not inverted and text[sent.start:subj_start].rstrip().endswith(",")
                if not aside or _SUBORDINATE_RE.match(text, right.start):
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
                    self._add(_Found(span, mention, verb, cue_start, ent, resolved_from), remember=not mention.aside)
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
        self._add(_Found(span, mention, nc.group("noun"), nc.start("noun"), ent, resolved_from))

    def _next_paragraph(self, after_cue: int, sent: Span) -> Span | None:
        """A paragraph ending "…, the governor added:" introduces the next paragraph as what was said."""
        text = self.text
        if not _COLON_END_RE.match(text, after_cue, sent.end):
            return None
        para_i = next((i for i, p in enumerate(self.paras) if p.start <= after_cue < p.end), None)
        if para_i is None or para_i + 1 >= len(self.paras) or text[after_cue:self.paras[para_i].end].strip() != ":":
            return None
        nxt = self.paras[para_i + 1]
        if _TRANSCRIPT_RE.match(text, nxt.start) or _LABEL_RE.match(text, nxt.start):
            return None
        q = next((q for q in self.quotes if q.start <= nxt.start + 1 and q.end >= nxt.start), None)
        span = Span(q.start, q.end) if q is not None else self._trim(Span(nxt.start, nxt.end))
        return span if span is not None and len(text[span.start:span.end].split()) >= 4 else None

    def _main_clause_cut(self, right: Span) -> Span:
        """"Although Trump tweeted that A, its inclusion is …": the subordinate clause ends at the comma
        before the main clause (a piece with its own finite verb)."""
        text = self.text
        for c in _iter_find(text, ", ", right.start, right.end):
            if inside(c, self.quotes) is None and _CLAUSE_PIECE_RE.match(text, c + 2, right.end) \
                    and not _CONJ_RE.match(text, c + 2, right.end):
                return self._trim(Span(right.start, c)) or right
        return right

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

    def _addressee_rest(self, right: Span) -> bool:
        """Words after "told" with no "that", quote, subject pronoun or finite verb: more of the addressee
        or where it was said ("host Chris Walker", "outside the hotel"), not a complement."""
        text = self.text
        return (text[right.start] not in "\"“‘'" and not text.startswith("that", right.start)
                and not _PRONOUN_START_RE.match(text, right.start, right.end)
                and not _FINITE_SOON_RE.match(text, right.start, right.end))

    def _comma_led_clause(self, after_cue: int, right: Span) -> bool:
        """A bare complement set off from its cue by a comma: an appositive or an absolute phrase
        ("said Smith, chief of staff"; "she said, her voice breaking"), not what was said."""
        gap = self.text[after_cue:right.start]
        if "," not in gap or ":" in gap:
            return False
        return self.text[right.start] not in "\"“‘'`" and not self.text.startswith("that", right.start)

    def _continues(self, cue: re.Match[str], sent: Span) -> bool:
        """A cue that carries on the speaker before it: ", adding …", "and added: …"."""
        before = self.text[sent.start:cue.start()].rstrip()
        if cue.group("verb") in PARTICIPLES and before.endswith(","):
            return True
        return bool(re.search(r"(?:,|\band)\s*(?:also\s+|later\s+|then\s+)?$", before)) \
            and not cue.group("aux").strip() and cue.group("verb") not in PARTICIPLES \
            and before.endswith("and")

    def _parenthetical(self, sent: Span, subj_start: int, right_from: int, right: Span) -> Span:
        """"While X, Rutledge said, for others Y": the main clause after the aside is the content;
        "The plan, she said, is flawed": the whole sentence is."""
        text = self.text
        lead = text[sent.start:subj_start].rstrip()
        if not lead.endswith(",") or not text[right_from:right.start].strip().startswith(","):
            return right
        if _SUBORDINATE_RE.match(lead) or len(lead.split()) > 12 or _ASKED_RE.match(lead):
            return right  # "Asked about the device, O'Neill said, “…”": the question is no part of it
        whole = self._trim(Span(sent.start, right.end))
        return whole if whole is not None else right

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
                conj = list(_CONJ_RE.finditer(text, s0, e0))
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
                    text[s0:e0].strip()) and mention.kind == "person") and len(chunks) > 1:
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
            if _CLAUSE_PIECE_RE.match(piece):
                break  # a clause ("… were among the casualties"), not an appositive
            if not _APPOSITIVE_RE.match(piece) and not _POSSESSIVE_ROLE_RE.match(piece) \
                    and not _TAG_RE.fullmatch(piece) and not _DESCRIPTION_NAME_RE.fullmatch(piece):
                break
        return None, cue_start

    def _named(self, chunk: tuple[int, int], sent: Span) -> Mention | None:
        start, end = chunk
        initial = self.text[sent.start:start].strip(" \"“”'") == ""
        if _HOMETOWN_RE.match(self.text, start, end):
            return None  # "of Springfield, Va.": where the speaker is from
        m = parse_speaker(self.text[start:end], start, initial)
        if m is not None and m.kind in ("person", "organization", "outlet"):
            return m
        return None

    def _sentence_subject(self, sent: Span, cue_start: int) -> Mention | None:
        """The noun phrase a sentence opens with: "Authorities described … and said …"; after an
        opening adverbial: "In an interview on Monday, the minister praised … and said …"."""
        starts = [sent.start]
        if _SUBORDINATE_RE.match(self.text, sent.start) or _INTRO_RE.match(self.text, sent.start):
            starts += [c + 1 for c in range(sent.start, min(cue_start, sent.start + 120))
                       if self.text[c] == "," and not inside(c, self.quotes)][:2]
        for start in starts:
            m = self._subject_at(start, sent)
            if m is not None:
                return m
        return None

    def _subject_at(self, start: int, sent: Span) -> Mention | None:
        text = self.text
        while start < sent.end and text[start].isspace():
            start += 1
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
        m = _NP_RE.match(text, after, sent.end)
        if not m:
            return None, after
        mention = parse_speaker(m.group(), m.start())
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

    # -- contents -----------------------------------------------------------------------------
    def _tail_empty(self, pos: int, sent: Span) -> bool:
        """Nothing but punctuation, modifiers or a new clause after the cue: "…, she said on Monday."."""
        tail = self.text[pos:sent.end]
        return bool(_TAIL_OK_RE.match(tail))

    def _left_content(self, sent: Span, floor: int, subj_start: int, quote_only: bool = False) -> Span | None:
        """Content standing before the speaker: a quote, or a clause ended by a comma."""
        text = self.text
        lead = text[floor:subj_start].rstrip()
        if not lead:
            return None
        end = floor + len(lead)
        for q in self.quotes:  # a quote may have opened paragraphs earlier
            if floor < q.end <= subj_start and text[q.end:subj_start].strip(" ,—–") == "":
                lead_in = text[floor:q.start] if q.start > floor else ""
                if quote_only and _TITLE_LEAD_RE.match(lead_in):
                    return None  # 'On this weekend's broadcast of "Fox News Sunday," X said …': a title
                if len(lead_in.split()) >= 2 and not lead_in.rstrip().endswith((":", ".", "?", "!")):
                    # 'Her time has been "life-changing," she said': the sentence carries the quote
                    start = floor
                    while start < q.start and text[start] in " \"“”'":
                        start += 1
                    return Span(start, q.end)
                return Span(q.start, q.end)
        if quote_only or not lead.endswith((",", "—", "–")):
            return None
        end -= 1
        start = floor
        while start < end and text[start] in " \"“”'":
            start += 1
        span = self._trim(Span(start, end))
        if span is None or len(text[span.start:span.end].split()) < 4:
            return None
        return span

    def _right_content(self, sent: Span, pos: int, limit: int, lemma: str, verb_form: str = "",
                       evidence: bool = False) -> Span | None:
        """Content after a cue (and its addressee, modifiers, "that"), up to the next cue clause."""
        text = self.text
        end = sent.end
        if limit < sent.end:  # stop at the comma (or "and") before the next cue's clause
            c = max(text.rfind(",", pos, limit), text.rfind(" and ", pos, limit))
            q = inside(limit, self.quotes)
            end = c if c > pos and q is None else end
        p = pos
        addressed = False
        if lemma == "tell":
            am = re.compile(r"\s+" + ADDRESSEE_RE.pattern).match(text, p, end)
            if am:
                p = am.end()
                addressed = True
        md = _MEDIUM_RE.match(text, p, end)  # "said by text message the weather was fine"
        if md:
            p = md.end()
        day = _BARE_DAY_RE.match(text, p, end)  # "said Monday he was …"
        if day:
            p = day.end()
        mm = MODIFIER_RE.match(text, p, end)
        if mm:
            p = mm.end()
            place = _PLACE_TAIL_RE.match(text, p, end)  # "said in Toledo, Ohio, that …"
            if place:
                p = place.end()
        else:
            pm = _MODIFIER_THEN_CLAUSE_RE.match(text, p, end)  # "said in his speech he was ready"
            if pm:
                p = pm.end()
        named_pronoun = _NAMED_PRONOUN_RE.match(text, p, end) if lemma in NAMING_CUES else None
        th = None if named_pronoun else _THAT_SOON_RE.match(text, p, end)
        if th and th.group(1).strip() and _RELATIVE_THAT_RE.match(text, th.end()):
            th = None  # "announced an attack that echoed …": a relative clause on the object, no complement
        if th and not any(w in _CLAUSE_WORDS for w in th.group(1).lower().split()):
            p = th.end() - len("that")
        rest = text[p:end]
        lead = re.match(r"\s*[,:]?\s*(?:that\s+)?", rest)
        had_that = bool(lead and "that" in lead.group())
        p += lead.end() if lead else 0
        while p < end and text[p].isspace():
            p += 1
        if p >= end:
            return None
        # the complementiser belongs to the reported clause ("said that the plan failed"), as annotators mark it
        that_at = p - len(lead.group()) + lead.group().index("that") if had_that and lead else p
        q = next((q for q in self.quotes if q.start == p), None)
        if q is None and not had_that and lemma in TO_ONLY_CUES:
            # "urged Congress to leave the program intact": what was urged starts at "to"
            inf = _ADDRESSEE_TO_RE.match(text, p, end)
            if inf is not None or addressed and re.match(r"(?:not\s+|never\s+)?to\s+[a-z]", text[p:end]):
                acc = ACCORDING_RE.search(text, p, end)  # "…, according to sources": the source, not the content
                span = self._trim(Span(inf.end() if inf is not None else p,
                                       text.rfind(",", p, acc.start()) if acc and "," in text[p:acc.start()] else end))
                return span if span is not None and len(text[span.start:span.end].split()) >= 3 else None
            if lemma in TO_ONLY_CUES:
                return None
        if q is None and not had_that and lemma == "tell" and not addressed and not _PRONOUN_START_RE.match(text, p):
            # an addressee the lexicon does not know ("told the host, “…”", "told followers in a post"):
            # the content is the quote or clause after it, or nothing
            after = _TOLD_WHOM_RE.match(text, p, end)
            if after is not None:
                p = after.end()
                q = next((q for q in self.quotes if q.start == p), None)
            elif not _FINITE_SOON_RE.match(text, p, end):
                return None
        if named_pronoun is not None:  # the name given is what was said; the pronoun only points back
            p = named_pronoun.end()
            q = next((q for q in self.quotes if q.start == p), None)
        if q is None and not had_that and named_pronoun is None:
            if lemma in OBJECT_CUES:
                if _BAD_OBJECT_START.match(text, p):
                    return None
            else:
                bare = lemma in _BARE_OK or (lemma in _BARE_IF_PRONOUN and _PRONOUN_START_RE.match(text, p)) \
                    or (evidence and lemma in _EVIDENCE_CUES) \
                    or (lemma in ("ask", "wonder") and _INDIRECT_Q_RE.match(text, p))
                bad_start = _BAD_CONTENT_START.match(text[p:end] + " ")
                if bad_start and _GERUND_SUBJECT_RE.match(text, p, end) and bad_start.group("ing") not in PARTICIPLES:
                    bad_start = None  # "said having him back was a boost": a gerund subject
                if bad_start and lemma in _BARE_OK and (_SUBORDINATE_THEN_MAIN_RE.match(text, p, end)
                                                        or _APPROX_NUMBER_RE.match(text, p, end)):
                    bad_start = None  # "said as RCMP entered the camp, one person …"; "says about 550 students …"
                if not bare or bad_start or (verb_form in PARTICIPLES and not _PRONOUN_START_RE.match(text, p)
                                             and not _PARTICIPLE_CLAUSE_RE.match(text, p, end)):
                    return None
        if q is not None and q.end >= end - 2 and text[q.end:end].strip(_END_PUNCT + " ") == "":
            return Span(q.start, q.end)
        if lemma in NAMING_CUES:  # the name given ends the content: called X “bold”, described as “chaos”
            named = next((n for n in self.quotes if p <= n.start < end and len(text[p:n.start].split()) <= 8), None)
            if named is not None:
                return Span(p, min(named.end, end))
            if lemma == "call" and named_pronoun is None and not _PRONOUN_START_RE.match(text, p) \
                    and not _CALLED_OBJECT_RE.match(text, p, end):
                return None  # "a group called Foo": a name, not an attribution
        if lemma in OBJECT_CUES and lemma != "accuse" and q is None and not had_that:
            # "cited criticism of the host, who took heat for …": the object ends before a clause about it
            rel = _OBJECT_END_RE.search(text, p, end)
            if rel is not None and inside(rel.start(), self.quotes) is None:
                comma = text.find(",", rel.start(), rel.end())
                end = comma if comma >= 0 else rel.start()
        span = self._trim(Span(p, end))
        if span is None or len(text[span.start:span.end].split()) < 2:
            return None
        if not had_that and _TIME_ONLY_RE.fullmatch(text, span.start, span.end):
            return None  # '"…," he said last week.': when, not what
        return Span(that_at, span.end) if had_that else span

    def _trim(self, span: Span) -> Span | None:
        """Drop trailing sentence punctuation and spaces, keeping closing quote marks whole."""
        text = self.text
        s, e = span.start, span.end
        while e > s and (text[e - 1].isspace() or text[e - 1] in _END_PUNCT + "—–"):
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        if e <= s:
            return None
        # keep a quote closed if the content ends inside one: `… "very committed.` -> include mark
        if e < span.end and text[e:span.end].strip(_END_PUNCT + " ") and text[e] in _CLOSERS:
            e += 1
        return Span(s, e)

    def _according(self, sent: Span, a: re.Match[str]) -> None:
        text = self.text
        np = _NP_RE.match(text, a.end(), sent.end)
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
                    self._add(_Found(span, mention, "according to", a.start(), ent, resolved_from))
            return
        quoted = next((q for q in self.quotes if q.end == sent.start + len(before) and q.start >= sent.start
                       and not text[sent.start:q.start].strip()), None)
        if quoted is not None and text[quoted.end - 2] in ",?!":  # the character before the closing mark
            span = Span(quoted.start, quoted.end)  # '"…," according to Dr. X'
        elif before.endswith(",") and len(before.split()) >= 3:
            span = self._trim(Span(sent.start, sent.start + len(before) - 1))
        elif before.strip(" \"“") == "" and after_np.startswith(","):
            lo = np.end() + 1
            ap = _PARTICIPLE_APPOSITIVE_RE.match(text, lo, sent.end)  # ", published in November,"
            span = self._trim(Span(ap.end() if ap else lo, sent.end))
        else:
            return
        if span is not None:
            self._add(_Found(span, mention, "according to", a.start(), ent, resolved_from))

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
            floor = self.paras[max(para_i - 2, 0)].start
            ent = self._last_speaker(q.start, floor) or self._antecedent("", q.start, para_floor=floor)
            if ent is None:
                continue
            last = next((f for f in reversed(self.found) if f.entity is ent), None)
            self._add(_Found(Span(q.start, q.end), last.mention if last else None, "", q.start, ent,
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
        self._add(_Found(Span(m.start("q"), m.end("q")), mention, m.group("dash"), m.start("dash"), ent,
                         resolved_from))
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
        self._add(_Found(span, mention, m.group("dash"), m.start("dash"), ent, resolved_from), remember=False)
        return True

    def _transcript(self, sent: Span, para_i: int) -> bool:
        """Interview transcripts: "PENCE: Well, look, …" to the end of the paragraph."""
        m = _TRANSCRIPT_RE.match(self.text, sent.start)
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
        self._add(_Found(span, mention, ":", m.start("label"), ent))
        return True

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
            for o in reversed(self.book.occurrences):
                if o.start < pos and role_matches(m.head, o.entity.role):
                    return o.entity, m.text
            return mention_entity(m, self.book), None
        if m.kind in ("organization", "group"):
            owner = self._owner(m, pos)
            if owner is not None:
                return owner
        return mention_entity(m, self.book), None

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
    def _add(self, f: _Found, remember: bool = True) -> None:
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

    def _restated(self, f: _Found) -> bool:
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

    def _reported_stance(self, f: _Found) -> bool:
        """"Lohmar said investigators believe Moeckel made it", "he said the union plans to meet": a
        belief or intention told inside someone's statement is that speaker's claim, not a second one."""
        if CUE_FORMS.get(f.cue, "") not in _STANCE_CUES:
            return False
        c = f.content
        return any(g is not f and g.content.start <= f.cue_at and c.end <= g.content.end
                   and g.content.start < c.start
                   and len(self.text[g.content.start:f.cue_at].split()) <= _STANCE_SUBJECT_WORDS
                   for g in self.found)

    def _speaker(self, f: _Found) -> Speaker:
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
        text = self.text
        out = [m.text]
        if text.find(",", m.start, m.start + len(m.text) + 2) < 0:
            return out  # no appositive follows
        end = text.find("\n", m.start, m.start + 300)
        stop = _SURFACE_STOP_RE.search(text, m.start, end if end >= 0 else min(len(text), m.start + 300))
        hi = stop.start() if stop else (end if end >= 0 else min(len(text), m.start + 300))
        chunks = self._chunks(m.start, hi)
        for k in range(1, min(len(chunks), 4)):
            piece = text[chunks[k][0]:chunks[k][1]].strip()
            appositive = _APPOSITIVE_RE.match(piece) or _TAG_RE.fullmatch(piece) or _POSSESSIVE_ROLE_RE.match(piece)
            if not piece or not appositive or _CLAUSE_PIECE_RE.match(piece) or CUE_RE.search(piece) \
                    or len(piece.split()) > 25:
                break
            out.append(text[m.start:chunks[k][1]].strip())
        return out

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
                if not text[start:end].strip(_END_PUNCT + _CLOSERS + " “"):
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
