"""Questions and denials among English statements.

A statement is a question when its content asks: it ends with a question mark, or a
verb of asking takes an indirect question ("asked whether the plan would survive").
It is a denial when the cue denies ("denied", "refuted", "rejected the allegations",
"dismissed the report as false") or the content negates a proposition: "that is not
true", "the claims are baseless", "I never said that", "he did not take the money".
"""

from __future__ import annotations

import re

_ASKING = {"ask", "wonder", "inquire", "enquire", "query"}
_WH_RE = re.compile(r"[\"“‘']?\s*(?:whether|if|why|how|what|who|whom|whose|when|where|which)\b", re.I)
_ENDS_ASKING_RE = re.compile(r"\?[\s\"“”‘’'),.…]*$")

# Cues that deny whatever they attribute.
_DENYING = {"deny", "refute", "rebut", "dispute", "disavow", "contradict", "repudiate"}
# Cues that deny only a claim-like object ("rejected the allegations", not "rejected the deal").
_REJECTING = {"reject", "dismiss", "deride"}
_CLAIM_OBJECT_RE = re.compile(
    r"[\"“]?(?:(?:the|these|those|such|any|all|his|her|their|its|our|my|your|a|an|that|this)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:claims?|allegations?|accusations?|charges?|reports?|suggestions?|notion|idea|"
    r"criticism|rumou?rs?|assertions?|characteri[sz]ations?|speculation|story|stories|account|theory|"
    r"theories|insinuations?|premise)\b", re.I)
_AS_FALSE_RE = re.compile(
    r"\bas\s+(?:(?:a|an|pure|complete|total|utter)\s+)*(?:false|untrue|baseless|unfounded|groundless|"
    r"nonsense|fake|lies?|ridiculous|absurd|fiction|hoax|fabrications?|rubbish|garbage|made[\s-]up|"
    r"[\w-]+\s+(?:nonsense|lies?|fiction))\b", re.I)
_FALSE_RE = re.compile(
    r"\b(?:(?:is|was|are|were|'s|’s)\s+(?:not|n['’]t|simply\s+not|absolutely\s+not)\s+(?:true|accurate|correct|"
    r"the\s+case)|(?:is|was|are|were)n['’]t\s+(?:true|accurate|correct|the\s+case)|untrue|"
    r"false(?!\s+(?:alarm|start|sense|flag|positive|negative|hope|dawn|teeth|ceiling|bottom|pretences?|"
    r"pretenses?|equivalence|choice|dichotomy))|baseless|unfounded|groundless|"
    r"without\s+(?:any\s+)?(?:merit|foundation|basis)|no\s+truth|no\s+basis\s+in\s+fact|"
    r"fabricat(?:ed|ion|ions)|fake\s+news|never\s+happened|never\s+said|did\s+not\s+say|didn['’]t\s+say)\b", re.I)
# The speaker (or the reported subject) denying a past act or knowledge: "I never said …",
# "he did not know about the payments", "she had nothing to do with it"; not any negation
# ("he did not think …", "I didn't realize …" report a state of mind, not a denial).
_SELF_NEGATION_RE = re.compile(
    r"[\"“‘']?\s*(?:that\s+)?(?:I|we|he|she|they)\s+(?:(?:(?:did|had|has|have)\s+(?:not|never)|"
    r"(?:didn|hadn|hasn|haven)['’]t|never)\s+(?:say|said|tell|told|know|known|knew|do|done|did|make|made|"
    r"authori[sz]e|authori[sz]ed|order|ordered|offer|offered|promise|promised|meet|met|receive|received|"
    r"accept|accepted|take|taken|took|pay|paid|threaten|threatened|write|written|wrote|send|sent|sign|"
    r"signed|call|called|use|used|hear|heard|approve|approved|break|broke|broken|lie|lied|"
    r"commit|committed|steal|stole|stolen)\b|(?:was|were|is|are|am)\s+(?:not|never|n['’]t)\s+"
    r"(?:involved|aware|responsible|present|there)\b|(?:had|has|have)\s+nothing\s+to\s+do\s+with|"
    r"did\s+nothing\s+wrong)", re.I)

_NO_WRONG_RE = re.compile(r"\b(?:no\s+wrongdoing|did\s+nothing\s+wrong|nothing\s+to\s+do\s+with)\b", re.I)


def is_question(content: str, lemma: str) -> bool:
    """The content asks: a question mark at its end, or an indirect question after a verb of asking."""
    if _ENDS_ASKING_RE.search(content):
        return True
    return lemma in _ASKING and bool(_WH_RE.match(content))


def is_denial(content: str, lemma: str) -> bool:
    """The cue or the content denies the reported proposition."""
    if lemma in _DENYING:
        return True
    if lemma in _REJECTING and (_CLAIM_OBJECT_RE.match(content) or _AS_FALSE_RE.search(content)):
        return True
    return bool(_FALSE_RE.search(content) or _SELF_NEGATION_RE.match(content) or _NO_WRONG_RE.search(content))
