"""Speaker phrases: split titles from names, classify the kind, keep the words as written.

`parse_speaker` reads the noun phrase standing before or after a cue verb and says
what it is (a named person, an organisation, an outlet, an unnamed group, a pronoun,
or a definite description like "the spokesman" to resolve against earlier speakers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.en_lex import (
    CONNECTORS,
    CUE_FORMS,
    DETERMINERS,
    EVIDENCE_NOUNS,
    FEMALE_WORDS,
    HONORIFICS,
    MALE_WORDS,
    MONTHS_DAYS,
    ORG_WORDS,
    PLURAL_OK,
    PRONOUNS,
    SENTENCE_OPENERS,
    SPEAKER_NOUNS,
    TITLE_WORDS,
    _w,
)
from kg.outlets import known_outlet

_PAREN_RE = re.compile(r"\s*\([^)]*\)")
_CONTACT_RE = re.compile(r"\s+(?:that\s+|whom\s+)?(?:I|we|he|she|they|The\s+\w+|the\s+\w+)\s+(?:interviewed|surveyed|"
                         r"polled|contacted|consulted|asked|spoke\s+(?:to|with)|talked\s+(?:to|with)|reached)$")
_CONTACT_LAST = {"interviewed", "surveyed", "polled", "contacted", "consulted", "asked", "to", "with", "reached"}
_SHARE_FIRST = {"just", "only", "nearly", "almost", "about", "around", "roughly", "some", "another", "an", "more",
                "fewer", "less", "over", "under", "one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "ten", "half"}
_SHARE_SECOND = {"majority", "plurality", "minority", "slim", "narrow", "clear", "large", "third", "quarter"}


def _share_hint(low: str) -> bool:
    """A cheap test before the share pattern: the phrase opens with a number or a share word."""
    words = low.split(None, 2)
    return bool(words) and (words[0][:1].isdigit() or words[0] in _SHARE_FIRST or "percent" in low
                            or "per cent" in low or len(words) > 1 and words[0] in ("a", "the")
                            and words[1] in _SHARE_SECOND)


_PLACE_TAIL_RE = re.compile(r"\s+(?:at|in|from)\s+.*$")
_NUMBER = r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|half|a\s+third|a\s+quarter)"
# A share of people asked: "73 percent", "Just 9 per cent of voters", "nearly eight of 10 voters", "a majority".
_SHARE_RE = re.compile(
    rf"(?:(?:just|only|nearly|almost|about|around|roughly|some|another|an\s+additional|more\s+than|fewer\s+than|"
    rf"less\s+than|over|under)\s+)?(?:{_NUMBER}(?:\s*%|\s+per\s*cent|\s+percent|\s+(?:out\s+)?of\s+(?:10|ten|"
    rf"\d+))|(?:a|the)\s+(?:slim\s+|narrow\s+|clear\s+|large\s+)?(?:majority|plurality|minority))"
    rf"(?:(?:\s+of)?\s+(?:all\s+|those\s+|likely\s+|registered\s+)?(?:[A-Z][\w-]*\s+)?(?:voters|respondents|"
    rf"americans|canadians|people|adults|those\s+(?:polled|surveyed|asked)|(?:the\s+)?(?:\d+\s+)?[a-z]+s))?", re.I)
_TOKEN_RE = re.compile(r"[A-Za-z\u00C0-\u024F0-9][\w'’.&-]*|\(|\)")
# Capitalised words and initials; '’s' possessives end a run.
_CAP = r"(?:[A-Z\u00C0-\u00DE][\w'’-]*[\w.]|[A-Z]\.?|Mc[A-Z]\w+|O'[A-Z]\w+)"
CAP_RUN_RE = re.compile(
    rf"{_CAP}(?:\s+(?:(?:{'|'.join(re.escape(c) for c in sorted(CONNECTORS))})\s+)?{_CAP})*")
STOP_CAPS = set(_w("""
the a an in on at but and or if when while after before despite during for from with without as
since because although though this that these those it he she they we i you his her their our my its
there here what who why how where which some many most all both each other another one two three
last next still yet so then now also however meanwhile earlier later today yesterday according under
over about among between through to by of not no yes even just only such instead indeed asked
speaking unlike like besides including along amid amidst following given beyond across toward towards throughout
"""))
_VERBISH = set(_w("""
is are was were be been being has have had do does did will would can could should shall may might
must not n't isn't wasn't doesn't didn't won't can't cannot get got gets make makes made go goes
went took take takes want wants wanted need needs needed think thinks thought know knows knew become
became came left gave met held sent began ran won lost put kept brought bought paid spent built led fell
rose grew drew saw heard stood sat spoke broke chose wore caught fought taught sought threw flew struck
drove rode ate comes gives meets holds sends runs wins leads falls rises grows sees hears stands speaks
"""))
# A party-and-state tag ("D-Calif.", "R-Ohio") or an abbreviated place ("Mo.", "N.S.", "Ont."): no name.
_CONTRACTION_RE = re.compile(r"(?:i|we|you|they|he|she|it|that|there|here|what|who|let)['’](?:re|s|ll|ve|d|m)\b")
_TAG_RE = re.compile(r"[DRI]-[A-Z][\w.-]*|[A-Z][a-z]{0,3}\.|(?:[A-Z]\.){2,}")
_PARTICIPLE_RE = re.compile(r"[a-z]+(?:ed|ing)|sent|made|given|written|taken|seen|shown|held|put|led|signed")
_PREPS = {"of", "for", "with", "at", "from", "in", "on", "to", "by", "about", "near", "inside",
          "familiar", "close", "based", "who", "which", "that", "involved", "working", "speaking",
          "representing", "within", "under", "behind", "across", "present"}
_BAD_START = {"in", "on", "at", "for", "to", "from", "by", "with", "after", "before", "during", "despite",
              "under", "since", "because", "although", "if", "when", "while", "as", "than", "about",
              "what", "how", "why", "where", "whether", "there", "it's", "is", "was", "not"}
_ABBR_TITLES = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
                "prof": "professor", "dr": "doctor", "lt": "lieutenant", "col": "colonel",
                "sgt": "sergeant", "capt": "captain", "insp": "inspector", "supt": "superintendent",
                "const": "constable", "det": "detective", "cst": "constable", "pres": "president"}


@dataclass
class Mention:
    """A speaker phrase as written, with what could be read off it."""

    text: str  # the phrase as written, e.g. "Foreign Minister Wang Yi"
    start: int
    name: str  # the name part, e.g. "Wang Yi" (or the phrase itself for groups)
    kind: str = "person"  # person | organization | outlet | group | pronoun | backref
    role: str | None = None
    affiliation: str | None = None
    gender: str = ""  # m | f | p (plural) | n (neuter) | ""
    head: str = ""  # head noun of a description ("spokesman")
    extra: list[str] = field(default_factory=list)  # other written forms worth keeping as aliases
    aside: bool = False  # the subject of a subordinate clause ("After X said …, …")
    loose: bool = False  # a description read only from its place after a cue ("said the rookie defenceman")


def _norm_word(w: str) -> str:
    return w.lower().strip(".,'’")


def singular(word: str) -> str:
    w = word.lower()
    if w in PLURAL_OK:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def is_capitalised(tok: str) -> bool:
    """A capitalised word, or a name behind a lower-case Arabic particle: "al-Shabaab", "bin-Talal"."""
    return bool(tok) and (tok[0].isupper() or tok[:1] in "abei" and _PARTICLE_NAME_RE.match(tok) is not None)


_PARTICLE_NAME_RE = re.compile(r"(?:al|el|ad|an|as|at|ash|bin|ibn|abu)-[A-Z]")


def gender_of_words(words: list[str]) -> str:
    for w in words:
        k = _norm_word(w)
        if k in HONORIFICS and HONORIFICS[k]:
            return HONORIFICS[k]
        if k in MALE_WORDS:
            return "m"
        if k in FEMALE_WORDS:
            return "f"
    return ""


def split_title(run: list[str]) -> tuple[list[str], list[str]]:
    """("Foreign", "Minister", "Wang", "Yi") -> (["Foreign", "Minister"], ["Wang", "Yi"])."""
    last_title = -1
    for i, tok in enumerate(run[:-1]):
        if _norm_word(tok) in TITLE_WORDS or _norm_word(tok) in HONORIFICS:
            last_title = i
    return run[: last_title + 1], run[last_title + 1:]


def _org_like(tokens: list[str]) -> bool:
    if any(_norm_word(t) in ORG_WORDS for t in tokens):
        return True
    return len(tokens) == 1 and len(tokens[0]) >= 2 and tokens[0].replace("-", "").replace(".", "").isupper()


def parse_speaker(phrase: str, start: int, sentence_initial: bool = False) -> Mention | None:
    """Read a speaker phrase, or None when the words cannot be a speaker."""
    raw = phrase
    lead = len(raw) - len(raw.lstrip(" ,;:—–-\"”“"))
    text = raw.strip(" ,;:—–-\"”“")
    text = re.sub(r"^(?:and|but|so|yet|or|also|then|now|meanwhile|however|still|instead|that|while|as)\s+", "", text,
                  flags=re.I)
    first = text.split(None, 1)
    if len(first) == 2 and first[0].lower() in SENTENCE_OPENERS:
        text = first[1]  # "Perhaps the debate moderators will …"
    start += raw.find(text) if text else lead
    if not text or len(text) > 140 or any(c in text for c in "\"“”;:?!"):
        return None
    parse_text = _PAREN_RE.sub("", text)  # "(R-IN)", "(NDP)": party tags are not part of the name
    if parse_text.rsplit(None, 1)[-1] in _CONTACT_LAST:  # "all the experts I interviewed": no clause
        parse_text = _CONTACT_RE.sub("", parse_text)
    low = text.lower()
    if _CONTRACTION_RE.match(low):
        return None  # "We’re going", "It's time": a clause
    if low in PRONOUNS:
        return Mention(text, start, low, kind="pronoun", gender=PRONOUNS[low])
    if text in ("who", "which", "that", "whom"):
        return None  # a relative pronoun (not the WHO)
    if _share_hint(low) and _SHARE_RE.fullmatch(_PLACE_TAIL_RE.sub("", text)):
        # "73 percent", "nearly eight of 10 voters", "a majority of the workers at the plant": a share of a group
        return Mention(text, start, text, kind="group", gender="p", head="percent")
    toks = _TOKEN_RE.findall(parse_text)
    if not toks or len(toks) > 16:
        return None
    words = [_norm_word(t) for t in toks]
    cut_at = next((i for i in range(1, len(toks)) if toks[i].islower() and _reduced_relative(words, i)), None)
    if cut_at is not None and words[-1] not in _DANGLING \
            and not any((w in _VERBISH or w in CUE_FORMS) and not _noun_use(words, j)
                        for j, w in enumerate(words) if j > cut_at):
        # "a statement released by the office", "a release sent to media": the description is the
        # head noun phrase; the participle phrase stays in the words as written
        m = re.search(r"\b" + re.escape(toks[cut_at]) + r"\b", text)
        head = parse_speaker(text[:m.start()], start, sentence_initial) if m else None
        if head is None or head.kind not in ("group", "organization", "backref"):
            return None
        return Mention(text, start, text, kind="group" if head.kind == "backref" else head.kind,
                       gender=head.gender, head=head.head, affiliation=head.affiliation)
    if words[-1] in _DANGLING and len(words) > 2:
        return None  # "decisions on issuing letters to": a phrase cut off, not a speaker
    # a verb means a clause; a capitalised cue word inside a name or title is not one ("Secretary of State")
    if words[0] in _BAD_START or any((w in _VERBISH and not _name_word(toks, i))
                                     or w in CUE_FORMS and (t.islower() or i == 0) and not _noun_use(words, i)
                                     for i, (w, t) in enumerate(zip(words, toks, strict=True))):
        return None
    # a lower-case past tense ("praised", "launched") means a clause, not a noun phrase
    # ("elected officials", "unnamed sources": a participle before its speaker noun is an adjective)
    if any(len(w) > 4 and w.endswith("ed") and t.islower() and w not in TITLE_WORDS and w != "based"
           and not ((i == 0 or words[i - 1] in DETERMINERS) and i + 1 < len(words)
                    and (singular(words[i + 1]) in SPEAKER_NOUNS or words[i + 1] in SPEAKER_NOUNS))
           for i, (w, t) in enumerate(zip(words, toks, strict=True))):
        return None
    lowerable = words[0] in STOP_CAPS | SPEAKER_NOUNS | DETERMINERS or singular(words[0]) in SPEAKER_NOUNS
    if sentence_initial and lowerable \
            and not (len(toks) > 1 and is_capitalised(toks[1])):
        toks[0] = toks[0].lower()
    # "former Bank of Canada governor David Dodge", "University of the Fraser Valley political scientist
    # Hamish Telford": a role with its own prepositions, then a lower-case title noun and the name.
    k = len(toks)
    while k > 0 and is_capitalised(toks[k - 1]) and _norm_word(toks[k - 1]) not in STOP_CAPS:
        k -= 1
    if 2 <= len(toks) - k <= 3 and k >= 3 and toks[k - 1].islower() \
            and (words[k - 1] in TITLE_WORDS or singular(words[k - 1]) in SPEAKER_NOUNS) \
            and any(w in _PREPS for w in words[:k - 1]) and not _org_like(toks[k:]):
        name = toks[k:]
        role = " ".join(t for t in toks[:k] if _norm_word(t) not in DETERMINERS)
        return Mention(text, start, " ".join(name), kind="person", role=role[:120],
                       gender=gender_of_words(toks[:k]))
    # Cut a description at its first preposition: "a spokesperson for Health Canada";
    # but "Secretary of State John Kerry" keeps its "of" inside the title.
    cut = next((i for i, w in enumerate(words) if w in _PREPS and i > 0), len(toks))
    while cut < len(toks) and words[cut] == "of" and all(w in TITLE_WORDS for w in words[:cut]) \
            and cut + 1 < len(toks) and is_capitalised(toks[cut + 1]):
        cut = next((i for i, w in enumerate(words) if w in _PREPS and i > cut + 1 and w not in CONNECTORS),
                   len(toks))
    if cut < len(toks) - 1 and toks[-1].islower() and singular(words[-1]) != words[-1] \
            and singular(words[-1]) in SPEAKER_NOUNS and all(is_capitalised(t) for t in toks[:cut]) \
            and len(toks) - cut <= 6 and sum(t.islower() and w not in _PREPS and w not in DETERMINERS
                                              for t, w in zip(toks[cut:-1], words[cut:-1], strict=True)) <= 1:
        return _description(text, start, toks, None)  # "University of Toronto researchers": a group
    if cut + 1 < len(toks) and words[cut] == "of" and is_capitalised(toks[cut - 1]) and words[cut - 1] in ORG_WORDS \
            and is_capitalised(toks[cut + 1]):
        # "Bank of Canada", "the province's Department of Community Services": "of" inside the body's name
        k = cut + 1
        while k < len(toks) and (is_capitalised(toks[k]) or words[k] in ("and", "&", "the", "for")):
            k += 1
        if k == len(toks) or words[k] in _PREPS:
            cut = k
    core, tail = toks[:cut], toks[cut:]
    if any(t.islower() and t.endswith("ing") and len(t) > 5
           and not (i + 1 < len(core) and singular(core[i + 1]) in SPEAKER_NOUNS and i + 2 == len(core))
           for i, t in enumerate(core)):
        return None  # "the decision allowing his release" is a clause; "restructuring experts" is not
    poss = [i for i, t in enumerate(core[:-1]) if t.endswith(("'s", "’s")) and is_capitalised(core[i + 1])]
    if poss:  # "Vancouver's Bo Horvat": the possessor is an affiliation
        affiliation_p = " ".join(core[: poss[-1] + 1])[:-2]
        core = core[poss[-1] + 1:]
        tail = tail or []
    else:
        affiliation_p = None
    core_caps = [i for i, t in enumerate(core) if is_capitalised(t) and _norm_word(t) not in STOP_CAPS]
    affiliation = " ".join(tail[1:]) if tail else affiliation_p
    if not core_caps:
        return _description(text, start, core, affiliation)
    if core_caps[-1] != len(core) - 1:  # "Saskatoon police", "U.S. officials": a description
        head = singular(core[-1])
        if head in SPEAKER_NOUNS or core[-1].lower() in SPEAKER_NOUNS or core[-1].islower() and head in ORG_WORDS \
                or core[-1].islower() and words[0] in DETERMINERS and _PERSON_NOUN_RE.fullmatch(head) \
                and head not in _NOT_PERSON_NOUNS:  # "the New York businessman"
            return _description(text, start, core, affiliation or " ".join(core[:-1]))
        if core[-1].lower() in ("office", "spokesperson", "spokesman", "spokeswoman"):
            return Mention(text, start, text, kind="organization")
        return None
    # The name is the last capitalised run of the core; words before it are a role.
    i = core_caps[-1]
    while i - 1 >= 0 and ((is_capitalised(core[i - 1]) or core[i - 1].lower() in CONNECTORS)
                          and _norm_word(core[i - 1]) not in STOP_CAPS
                          or core[i - 1] in ("of", "and", "&") and _org_name_before(core, i - 1)):
        i -= 1
    while i < len(core) and core[i].lower() in CONNECTORS:
        i += 1
    run, before = core[i:], core[:i]
    title, name = split_title(run)
    if len(run) > 2 and _norm_word(run[0]) in ORG_WORDS and "of" in run[1:-1]:
        title, name = [], run  # "Ministry of Health and Long-Term Care": a body's name, no title before a name
    if not name:
        return None
    role_words = [w for w in before if _norm_word(w) not in DETERMINERS] + title
    role = " ".join(role_words) or None
    name_text = " ".join(name)
    if _norm_word(name[0]) in MONTHS_DAYS and not title or len(name) == 1 and _TAG_RE.fullmatch(name[0]) \
            and not _DOTTED_ACRONYM_RE.fullmatch(name[0]):
        return None
    outlet = known_outlet(name_text) or known_outlet(" ".join(run))
    if outlet is not None and not title:
        return Mention(text, start, outlet.name, kind="outlet", extra=[name_text])
    if _org_like(name) or (before and _norm_word(before[0]) in ("the",) and not title and len(name) > 1
                           and not _looks_personal(name)):
        return Mention(text, start, " ".join(run), kind="organization", role=None,
                       affiliation=affiliation)
    gender = gender_of_words(before + title)
    return Mention(text, start, name_text, kind="person", role=role, affiliation=affiliation,
                   gender=gender)


def _org_name_before(core: list[str], k: int) -> bool:
    """core[k] ("of", "and") joins a body's name: "Bank of Canada", "Ministry of Health and Long-Term Care"."""
    j = k - 1
    while j >= 0 and is_capitalised(core[j]):
        if _norm_word(core[j]) in ORG_WORDS:
            return True
        j -= 1
        if j >= 0 and core[j] in ("of", "and", "&"):
            j -= 1
    return False


def _name_word(toks: list[str], i: int) -> bool:
    """A capitalised word after a capitalised given name or an honorific is part of a name, even when it
    is also a verb or a month: "Theresa May", "Ms. May"."""
    if i == 0:  # "Will Young": a given name that is also a modal, before a capitalised surname
        return toks[0] == "Will" and len(toks) > 1 and is_capitalised(toks[1]) and toks[1].isalpha() \
            and _norm_word(toks[1]) not in STOP_CAPS
    return is_capitalised(toks[i]) and is_capitalised(toks[i - 1]) and _norm_word(toks[i - 1]) not in STOP_CAPS


def _reduced_relative(words: list[str], i: int) -> bool:
    """words[i] opens a participle phrase on the noun before it: "a statement released by …",
    "officials working on …"; a past form needs a document-like noun and a preposition after it
    ("Authorities announced the arrest" is a clause)."""
    noun = singular(words[i - 1])
    if words[i].endswith("ing") and _PARTICIPLE_RE.fullmatch(words[i]):
        return noun in SPEAKER_NOUNS or words[i - 1] in SPEAKER_NOUNS
    if not _PARTICIPLE_RE.fullmatch(words[i]):
        return False
    if noun not in _DOC_NOUNS:
        # "people arrested last week", "an expert cited in the report": a person noun needs the
        # preposition or time word right after, as a clause would have its object there
        return (noun in SPEAKER_NOUNS or words[i - 1] in SPEAKER_NOUNS) and i + 1 < len(words) \
            and words[i + 1] in _AFTER_PARTICIPLE and words[i] not in _NOT_PERSON_PARTICIPLES \
            and (words[i] not in CUE_FORMS or words[i] in _SOURCE_PARTICIPLES)
    return i + 1 < len(words) and (words[i + 1] in _AFTER_PARTICIPLE or words[i + 1] in MONTHS_DAYS)


_DOC_NOUNS = {"report", "study", "statement", "survey", "poll", "paper", "document", "letter", "lawsuit",
              "complaint", "filing", "ruling", "order", "memo", "email", "release", "ad", "video", "book",
              "research", "finding", "estimate", "tweet", "post", "decision", "analysis", "data", "figure"}
# Participles that would be the verb of a clause after a person noun ("officials said in", "police led by").
_NOT_PERSON_PARTICIPLES = {"said", "told", "led", "put", "held", "sent", "made"}
# Cue forms that, after a person noun, describe how the source was reached: "an expert cited in".
_SOURCE_PARTICIPLES = {"cited", "quoted", "interviewed", "surveyed", "polled", "questioned", "asked",
                       "contacted", "reached"}
_AFTER_PARTICIPLE = {"by", "in", "on", "at", "to", "from", "last", "this", "earlier", "late", "early",
                     "yesterday", "today", "with", "for", "under", "during"}
_DANGLING = {"to", "from", "the", "a", "an", "of", "for", "with", "by", "about", "and", "or", "more", "his",
             "her", "their", "its", "our"}


def _noun_use(words: list[str], i: int) -> bool:
    """A cue form used as the head noun of the phrase: "the report", "a new post", "his tweets"; or as a
    modifier of a speaker noun that ends the phrase: "state officials", "federal and state prosecutors"."""
    w = words[i]
    if i < len(words) - 1 and w in _MODIFIER_CUES and (singular(words[-1]) in SPEAKER_NOUNS
                                                       or words[-1] in SPEAKER_NOUNS):
        return True
    if i > 1 and words[i - 1] in ("the", "a", "an", "his", "her", "their", "its", "our") \
            and (words[i - 2] in _PREPS or words[i - 2] in _BAD_START) and not w.endswith("ed"):
        return True  # "familiar with the plan", "briefed on the report": a preposition's object
    if singular(w) not in SPEAKER_NOUNS and w not in SPEAKER_NOUNS and singular(w) not in _NOUN_CUES:
        return False
    return i == len(words) - 1 and i > 0 or i > 0 and words[i - 1] in DETERMINERS


# Cue forms that are also nouns before another noun: "state officials", "report authors", "poll workers".
_MODIFIER_CUES = {"state", "report", "post", "poll", "survey", "study", "claim", "question", "demand", "plan"}
_DOTTED_ACRONYM_RE = re.compile(r"(?:[A-Z]\.){3,}")  # "S.E.C.", "F.B.I.": an organisation, not a place tag
_NOUN_CUES = {"tweet", "post", "ruling", "finding", "claim", "forecast", "estimate", "statement", "filing"}


def _looks_personal(name: list[str]) -> bool:
    """Two or three capitalised words with no organisational word read as a person's name."""
    return 2 <= len(name) <= 3 and not _org_like(name)


# Title words that are adjectives or places, never the head of a description of a person.
_NOT_TITLE_HEADS = set(_w("""vice deputy associate assistant acting interim chief executive foreign finance health
defence defense justice environment education transport immigration public safety security state interior homeland
trade labour labor energy agriculture treasury affairs relations development services crown-indigenous indigenous
northern international national federal provincial municipal regional city county senior junior former ex-
democratic republican liberal conservative ndp green bloc independent u.s u.s. u.k u.n us american canadian british
chinese russian french german general's house senate opposition shadow head principal general major
"""))
_PERSON_NOUN_RE = re.compile(r"[a-z-]{2,}(?:er|or|ist|ian|man|woman)")
_NOT_PERSON_NOUNS = set(_w("""
center centre order number answer chapter matter water weather border power corner river winter summer quarter
other another either neither rather together after later over under ever never paper letter poster computer
theater theatre folder cover filter chamber meter liter litre tower shower factor sector floor door error
mirror motor tractor color colour honor honour favor favour labor labour rumor rumour humor humour harbor
harbour vapor minor major interior exterior behavior behaviour manner banner dinner cancer fever finger
trailer charter register transfer disaster character monster shelter counter barrier carrier container
corridor elevator indicator calculator"""))


def _description(text: str, start: int, core: list[str], affiliation: str | None) -> Mention | None:
    """An unnamed speaker: "officials", "a source familiar with …", "the spokesman"."""
    if not core:
        return None
    words = [_norm_word(t) for t in core]
    head_raw = words[-1]
    head = head_raw if "-" in head_raw else singular(head_raw)  # "sergeant-at-arms" is one
    loose = False
    if head not in SPEAKER_NOUNS and head_raw not in SPEAKER_NOUNS and head not in ORG_WORDS:
        # "the 32-year-old labourer", "a veteran defenceman": a noun for a person by its ending
        person = _PERSON_NOUN_RE.fullmatch(head) and head not in _NOT_PERSON_NOUNS \
            or head.split("-")[0] in TITLE_WORDS and head.split("-")[0] not in _NOT_TITLE_HEADS  # sergeant-at-arms
        if words[0] not in DETERMINERS or not person:
            return None
        loose = True
    plural = head_raw != head or head_raw in ("police", "people", "authorities", "staff", "men", "women", "those",
                                              "some", "many")
    if len(words) > 1 and words[0] not in DETERMINERS and not plural and not core[0][0].isupper():
        # "longtime spokesman" without a determiner is still a description
        pass
    definite = words[0] in ("the", "this", "that", "his", "her", "their", "its") and not plural
    org_heads = ORG_WORDS | {"company", "government", "ministry", "department", "agency", "court", "council",
                 "committee", "board", "union", "party", "campaign", "administration", "organization",
                 "organisation", "firm", "bank", "military", "army", "team", "association", "group"}
    doc_heads = {"report", "study", "statement", "survey", "poll", "paper", "newspaper", "website",
                 "article", "document", "letter", "lawsuit", "complaint", "filing", "ruling", "order",
                 "memo", "email", "release", "ad", "video", "book", "data", "figure", "research",
                 "finding", "estimate", "tweet", "post", "decision", "analysis"} | EVIDENCE_NOUNS
    gender = gender_of_words(core)
    if definite and head in org_heads:
        return Mention(text, start, text, kind="backref", head=head, gender="n", affiliation=affiliation)
    if definite and head not in doc_heads:
        return Mention(text, start, text, kind="backref", head=head, gender=gender, affiliation=affiliation,
                       loose=loose)
    kind = "organization" if head in org_heads or head in doc_heads else "group"
    return Mention(text, start, text, kind=kind, gender="p" if plural else gender, head=head,
                   affiliation=affiliation, loose=loose)


# A document speaks for whoever issued it: "a statement from the EU", "the union's Friday release",
# "a report released by the city", "the parole board decision", "her statement".
_DOC = (r"(?:statement|report|release|study|survey|poll|letter|memo|e-?mail|tweet|post|decision|ruling|filing|"
        r"complaint|lawsuit|document|database|data|figures|analysis|assessment|website|notice|advisory|audit|"
        r"review|paper|budget|forecast|findings|news\s+release|press\s+release)s?")
_OWNER_BY_RE = re.compile(
    rf"(?:(?:a|an|the|this|that|its|their|new|latest|recent|written|joint|official|annual|preliminary)\s+)*"
    rf"(?:[\w-]+\s+){{0,2}}?{_DOC}\s+(?:(?:was\s+)?(?:released|issued|published|sent|posted|put\s+out|written|filed|"
    rf"prepared|commissioned|signed)\s+)?(?:by|from)\s+(?P<owner>.+?)"
    rf"(?:\s+(?:on|in|last|this|earlier|to|at|with|that|which|who)\b.*)?$", re.I)
_OWNER_POSS_RE = re.compile(rf"(?P<owner>.+?)['’]s?\s+(?:[\w-]+\s+){{0,3}}?{_DOC}\b", re.I)
_OWNER_PRONOUN_RE = re.compile(rf"(?P<owner>his|her|their|its)\s+(?:[\w-]+\s+){{0,3}}?{_DOC}\b", re.I)
_OWNER_NOUN_RE = re.compile(rf"(?P<owner>(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?P<org>[\w-]+))\s+{_DOC}\b", re.I)


def document_owner(phrase: str) -> tuple[str, str] | None:
    """Who issued the document a speaker phrase names: ("pronoun", "her") or ("phrase", "the EU")."""
    m = _OWNER_PRONOUN_RE.match(phrase)
    if m:
        return "pronoun", m.group("owner").lower()
    for rx in (_OWNER_BY_RE, _OWNER_POSS_RE):
        m = rx.match(phrase)
        if m and len(m.group("owner").split()) <= 8 and not re.search(rf"\b{_DOC}\b", m.group("owner"), re.I):
            return "phrase", m.group("owner").strip(" ,")
    m = _OWNER_NOUN_RE.match(phrase)
    if m and m.group("org").lower() in ORG_WORDS:
        return "phrase", m.group("owner")
    return None
