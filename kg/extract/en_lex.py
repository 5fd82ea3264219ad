"""Generic English lexicons for attribution: cue verbs, hedges, titles, speaker nouns.

Only closed-class words and general news vocabulary live here; nothing is tied to
an article, a name or a sentence of the evaluation sets.
"""

from __future__ import annotations

import re

from kg.text import trie_regex


def _w(words: str) -> list[str]:
    """A word list written as one block of text."""
    return words.split()


def _forms(base: str) -> list[str]:
    """Regular inflections of a verb: base, -s, -ed, -ing."""
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith("y") and base[-2] not in "aeiou":
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    if base.endswith(("sh", "ch", "ss", "x")):
        return [base, base + "es", base + "ed", base + "ing"]
    return [base, base + "s", base + "ed", base + "ing"]


_REGULAR = _w("""
add argue claim note explain state warn insist suggest announce acknowledge assert confirm deny
declare report predict estimate recall conclude emphasize emphasise stress tweet reply respond ask
urge maintain contend allege complain counter concede agree observe remark reveal testify indicate
believe hope fear expect caution advise promise vow pledge recount joke boast lament assure mention
reiterate repeat answer shout whisper yell muse wonder propose recommend demand plead charge signal
hint determine rule forecast speculate guess reckon surmise confess disclose reason post elaborate
clarify specify explain acknowledge continue worry point interject exclaim retort sigh cry complain
caution predict project calculate contend theorize theorise posit opine insist affirm attest
""")
_IRREGULAR = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "writing", "written"],
    "think": ["think", "thinks", "thought", "thinking"],
    "find": ["find", "finds", "found", "finding"],
    "show": ["show", "shows", "showed", "shown", "showing"],
    "feel": ["feel", "feels", "felt", "feeling"],
    "admit": ["admit", "admits", "admitted", "admitting"],
    "quip": ["quip", "quips", "quipped", "quipping"],
    "read": ["reads", "read"],
    "acknowledge": ["acknowledges", "acknowledged", "acknowledging"],
}
# "point" only as "point(ed) out"; "continue" only as a bare speech verb.
_PHRASAL = {"point": " out"}

CUE_FORMS: dict[str, str] = {}  # inflected form -> lemma
for _b in _REGULAR:
    for _f in _forms(_b):
        CUE_FORMS[_f + _PHRASAL.get(_b, "")] = _b
for _b, _fs in _IRREGULAR.items():
    for _f in _fs:
        CUE_FORMS[_f] = _b

# Attribution without speech: intentions, demands, judgements and citations whose object is the
# attributed proposition ("wants to triple the program", "called for an inquiry", "cited the report").
_OBJECT = _w("""
want plan intend urge cite accuse criticize criticise praise defend question blast slam mock dismiss
reject oppose encourage demand propose promise vow pledge threaten seek condemn denounce applaud
blame call describe dub label brand
endorse attack tout decry lambaste assail excoriate berate chide rebuke scold ridicule deride disparage
dispute refute rebut
""")
_OBJECT_PHRASAL = {"call": [" for", " on"], "point": [" to"], "press": [" for"],
                   "advocate": [" for"], "argue": [" for", " against"], "warn": [" of", " against"]}
# Directives that attribute only with an addressee and an infinitive: "reminded customers to …".
TO_ONLY_CUES = {"remind", "advise", "implore", "instruct", "beg"}
for _b in TO_ONLY_CUES:
    for _f in _forms(_b):
        CUE_FORMS.setdefault(_f, _b)
# Naming verbs: "called the plan “bold”" attributes the quoted word.
NAMING_CUES = {"call", "describe", "dub", "label", "brand"}
OBJECT_CUES: set[str] = set(_OBJECT) | {b + t for b, ts in _OBJECT_PHRASAL.items() for t in ts}
for _b in _OBJECT:
    for _f in _forms(_b):
        CUE_FORMS.setdefault(_f, _b)
for _b, _tails in _OBJECT_PHRASAL.items():
    for _f in _forms(_b):
        for _t in _tails:
            CUE_FORMS[_f + _t] = _b + _t  # lemma "call for": its own entry, apart from "call"

# Verbs that can stand after their subject-less quote: "…," said Smith / "…," Smith said.
INVERTIBLE = {
    "say", "add", "write", "tell", "ask", "explain", "note", "argue", "continue", "reply", "respond",
    "insist", "warn", "recall", "declare", "state", "conclude", "observe", "remark", "quip", "joke",
    "answer", "counter", "shout", "yell", "whisper", "exclaim", "retort", "muse", "wonder", "concede",
    "admit", "boast", "lament", "claim", "tweet", "post", "emphasize", "emphasise", "stress", "suggest",
}
# Participles that continue the speaker of the clause before: "…, adding that …".
PARTICIPLES = {f for f, lemma in CUE_FORMS.items() if f.endswith("ing")}
# Verbs whose complement is a judgement rather than a report: the statement is a speculation.
SPECULATIVE_CUES = {"believe", "think", "expect", "predict", "speculate", "guess", "reckon", "surmise",
                    "suspect", "estimate", "forecast", "project", "hope", "fear", "worry", "wonder",
                    "theorize", "theorise", "posit", "suggest", "feel"}



_AUX = (r"(?:(?:has|have|had|will|would|also|later|previously|then|again|once|repeatedly|recently|"
        r"earlier|further|publicly|privately|simply|often|has\s+also|had\s+also|has\s+long|"
        r"has\s+repeatedly|frequently|reportedly|flatly|quickly|angrily|bluntly|firmly|"
        r"openly|strongly|explicitly|now|(?:continued|continues|continue|went\s+on|goes\s+on|appeared|appears|"
        r"seemed|seems)\s+to)\s+)")
CUE_RE = re.compile(rf"\b(?P<aux>{_AUX}{{0,2}})(?P<verb>{trie_regex(CUE_FORMS)})\b")
ACCORDING_RE = re.compile(r"\b[Aa]ccording\s+to\s+")

HEDGES = [
    "may", "might", "could", "likely", "unlikely", "possibly", "perhaps", "probably", "maybe",
    "expected to", "reportedly", "allegedly", "appears to", "appear to", "appeared to", "seems",
    "seem to", "seemed to", "potentially", "presumably", "supposedly", "would likely", "is believed to",
    "are believed to", "speculated", "apparently", "conceivably", "possible", "potential",
]
# A hedge adjective inside a noun phrase ("a possible visit", "likely voters", "potential buyers")
# qualifies the noun, not the attributed proposition; it hedges the claim only as a predicate
# ("is likely to", "will likely win", "it is possible that", "… is possible.").
_ADJ_HEDGES = {"possible", "likely", "unlikely", "potential"}
_PREDICATE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|will|would|could|may|might|should|seems?|"
                               r"most|very|quite|more|less|highly|not|it's|it’s)\s+$", re.I)
_PREDICATE_AFTER = re.compile(r"\s*(?:$|[,.;:!?”\"']|to\b|that\b|than\b)", re.I)


def hedges_in(content: str) -> list[str]:
    """Hedge words that qualify the proposition itself, in order, lower case."""
    out: list[str] = []
    for h in HEDGE_RE.finditer(content):
        word = h.group(1).lower()
        if word in _ADJ_HEDGES and not (_PREDICATE_BEFORE.search(content, 0, h.start())
                                        or _PREDICATE_AFTER.match(content, h.end())):
            continue
        if word not in out:
            out.append(word)
    return out
HEDGE_RE = re.compile(r"\b(" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in HEDGES) + r")\b",
                      re.I)

PRONOUNS = {"he": "m", "she": "f", "they": "p", "we": "p", "i": "s", "it": "n"}
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mme": "f", "mx": "",
              "sir": "m", "dame": "f", "lady": "f", "lord": "m"}
GENDERED_NOUNS = {
    "m": _w("""
spokesman chairman congressman businessman councilman alderman father husband son brother king
prince grandfather uncle boy man nephew actor
"""),
    "f": _w("""
spokeswoman chairwoman congresswoman businesswoman councilwoman alderwoman mother wife daughter
sister queen princess grandmother aunt girl woman niece actress
"""),
}
MALE_WORDS = set(GENDERED_NOUNS["m"])
FEMALE_WORDS = set(GENDERED_NOUNS["f"])

# Words that make up titles and roles before a name ("Foreign Minister Wang Yi").
TITLE_WORDS = set(_w("""
mr mrs ms miss dr prof sen rep gov gen lt col sgt capt cpl cst const insp supt det maj adm cmdr
president vice premier prime minister deputy associate assistant acting interim chief executive
mayor councillor councilor alderman senator representative congressman congresswoman governor
lieutenant secretary chancellor ambassador judge justice magistrate speaker chair chairman
chairwoman chairperson director manager coach professor doctor officer sergeant constable inspector
superintendent commissioner detective captain general colonel major admiral pope king queen prince
princess sheikh president-elect leader spokesman spokeswoman spokesperson founder co-founder ceo cfo
coo cto mp mpp mla mna md attorney counsel lawyer economist analyst strategist pollster treasurer
head principal dean provost rabbi reverend rev father pastor bishop archbishop cardinal imam sheriff
marshal chief-of-staff nominee candidate commander superintendent ombudsman auditor registrar
premier-designate minister-designate trustee president-elect warden editor publisher columnist
reporter correspondent host anchor author writer researcher scientist historian consultant adviser
advisor aide agent broker economist owner partner vp svp evp gm executive officer official foreign
finance health defence defense justice environment education transport immigration public safety
security state interior homeland trade labour labor energy agriculture treasury affairs relations
development services crown-indigenous indigenous northern international national federal provincial
municipal regional city county senior junior former ex- democratic republican liberal conservative
ndp green bloc independent u.s. u.s u.k u.n us american canadian british chinese russian french german general's
attorney-general solicitor solicitor-general house senate opposition shadow critic
"""))
# Words that make a capitalised phrase an organisation rather than a person.
ORG_WORDS = set(_w("""
ministry department agency council committee commission police service services board office court
union association party government inc inc. corp corp. ltd ltd. llc co. company corporation group
institute centre center university college school hospital bank foundation authority administration
bureau federation network society league club coalition alliance fund trust organization
organisation secretariat parliament congress senate assembly cabinet command forces army navy force
rcmp opp fbi cia nasa who un nato eu campaign department's tribunal commission's statistics canada
county city town township province state republic kingdom nations church ministries team press news
times post herald journal star globe tribune gazette daily weekly magazine radio tv television
channel broadcasting agency's firm partners holdings industries airlines motors systems technologies
labs laboratories clinic network's watch institute's chamber hydro utility utilities
railway railways railroad airline automaker carmaker retailer manufacturer insurer lender broadcaster
supplier distributor conglomerate startup
"""))
# Lower-case nouns that can head a speaker phrase ("officials", "a source familiar with …").
SPEAKER_NOUNS = set("""
official source spokesman spokeswoman spokesperson expert analyst economist police authority
authorities government company minister ministry department agency report study statement survey
poll researcher scientist critic resident witness observer lawyer attorney prosecutor investigator
doctor physician nurse activist advocate leader member people protester supporter opponent voter
parent student teacher organizer organiser owner officer president chairman chairwoman ceo director
manager coach player mayor premier senator candidate campaign court judge jury council committee
board team family friend neighbour neighbor mother father wife husband son daughter sister brother
woman man men women group union association organization organisation party administration military
army representative counsel diplomat aide adviser advisor staff staffer employee worker user customer
citizen farmer patient victim survivor local mp mpp mla secretary governor chief commissioner
inspector sergeant constable detective agent paper newspaper website article document data figure
letter lawsuit complaint filing ruling order memo email release ad video book author writer editor
reporter journalist columnist host anchor narrator professor scholar historian pollster strategist
consultant democrat republican liberal conservative insider observer participant passenger driver
operator spokespeople firm bank regulator lawmaker legislator politician candidate nominee official
prosecutor defender landlord tenant homeowner shopper consumer investor trader executive founder
partner chair person individual resident representative delegate envoy ambassador minister clerk
surveyor scientist engineer official, figures research findings data estimate estimates group
tweet post decision analysis utility professional specialist forecaster commentator
announcer moderator questioner panelist pundit surrogate ally backer donor attendee caller viewer reader
those some many others someone somebody
""".replace(",", "").split())
# Measurements that show or find rather than say: "the poll showed Clinton ahead", "a study found …".
EVIDENCE_NOUNS = set(_w("""
poll polls polling average averages survey surveys study studies slide slides transcript research tally
"""))
SPEAKER_NOUNS |= EVIDENCE_NOUNS
PLURAL_OK = {"police", "people", "authorities", "men", "women", "staff", "data", "media", "public",
             "military", "government", "family"}
DETERMINERS = set(_w("""
the a an some many several most few two three four five six seven eight nine ten dozens hundreds
thousands one another other others his her their its our my your this that these those both all each
every any no multiple numerous various senior top former current
"""))
# Expressions naming a quote's addressee after "told": told reporters, told CBC News.
ADDRESSEE_RE = re.compile(
    r"(?:reporters|journalists|the\s+media|media|me|us|him|her|them|the\s+(?:audience|crowd|"
    r"committee|court|jury|council|house|senate|hearing|conference|paper|newspaper|station|"
    r"network|magazine|program|show|outlet|broadcaster|inquiry|panel|board|gathering)|"
    r"(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w'’.&-]*){0,4}|"
    r"(?:a|an|the)\s+(?:\w+\s+){0,2}(?:audience|crowd|reporter|journalist|interviewer|meeting|"
    r"session|rally|gathering|forum|panel|group|committee))\b")
# Modifiers between a cue and its complement: said Monday, said in a statement, said on Twitter.
MODIFIER_RE = re.compile(
    r"(?:\s*,?\s*(?:on|in|at|during|via|through|last|this|earlier|late|early|yesterday|today|"
    r"tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|recently|previously|also|"
    r"repeatedly|again|afterward|afterwards|later|then|publicly|privately|simply|flatly|in\s+an?)"
    r"\b[^,;:\"“”.!?]{0,70}?(?=\s+that\b|\s*[,:]|\s*$))")
MONTHS_DAYS = set(_w("""
january february march april may june july august september october november december jan feb mar
apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
"""))
ABBREVIATIONS = set(_w("""
mr mrs ms dr st jr sr gov sen rep gen lt col sgt capt prof inc corp ltd co no vs u.s u.k u.n a.m p.m
jan feb aug sept oct nov dec insp supt const det cpl cst mt ft ave rd blvd e.g i.e etc approx dept
est fig gen govt hon maj messrs mme rev jr. sr. lt. st. vol pp
"""))
CONNECTORS = {"of", "for", "and", "the", "de", "van", "von", "der", "du", "la", "le", "al", "bin",
              "da", "di", "del", "dos", "das", "ibn", "st.", "&", "on"}
# Sentence adverbs and openers that are capitalised only because they open a sentence ("Nonetheless, she …").
SENTENCE_OPENERS = set(_w("""
nonetheless nevertheless rather perhaps having first finally eventually ultimately initially afterwards
moreover furthermore additionally similarly likewise thus therefore hence consequently overall again
otherwise clearly obviously apparently certainly surely frankly honestly notably importantly ironically
interestingly unfortunately fortunately luckily sadly hopefully instead indeed besides still yet
"""))
