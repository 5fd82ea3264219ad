"""The objects that pass between loaders, extraction, stores and queries.

Ids are derived from content (normalised url, span, names) so that loading the
same input twice yields the same ids and the stores' MERGE leaves them alone.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kg.text import canonical_url, content_hash, has_cjk, name_key, stable_id, to_simplified, to_traditional

SpeakerKind = Literal["person", "organization", "outlet", "group"]
QuoteType = Literal["direct", "indirect", "mixed"]
Modality = Literal["assertion", "speculation"]


def alias_keys(names: list[str]) -> list[str]:
    """Every normalised form a name can be looked up by (scripts folded together)."""
    keys: list[str] = []
    for n in names:
        k = name_key(n)
        if k and k not in keys:
            keys.append(k)
    return keys


def script_variants(names: list[str]) -> list[str]:
    """The names plus their Simplified and Traditional spellings, in order, without repeats."""
    out: list[str] = []
    for n in names:
        for v in (n, to_simplified(n), to_traditional(n)) if has_cjk(n) else (n,):
            if v and v not in out:
                out.append(v)
    return out


class Outlet(BaseModel):
    """A news organisation: publisher, relaying source or aggregator."""

    model_config = ConfigDict(frozen=True)

    id: str = ""
    name: str
    aliases: list[str] = Field(default_factory=list)
    key: str = ""  # canonical key from the gazetteer, or the name's key
    domain: str | None = None
    wikidata: str | None = None
    tz: str | None = None  # IANA zone of the newsroom, for dates printed without one

    @model_validator(mode="after")
    def _derive(self) -> Outlet:
        key = self.key or name_key(self.name)
        object.__setattr__(self, "key", key)
        if not self.id:
            object.__setattr__(self, "id", stable_id("out", key))
        return self

    def all_names(self) -> list[str]:
        return script_variants([self.name, *self.aliases])


class Speaker(BaseModel):
    """Who made a statement: a person, an organisation, an outlet or an unnamed group."""

    model_config = ConfigDict(frozen=True)

    id: str = ""
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: SpeakerKind = "person"
    role: str | None = None
    affiliation: str | None = None
    # How one statement's text names the speaker, as written ("Len Burman, head of the Tax Policy
    # Center", "the mayor"). Shown and scored with the aliases, but no name of the speaker: stores
    # keep it out of their alias index, where it would match every mayor.
    mentions: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _derive(self) -> Speaker:
        if not self.id:
            if self.kind == "outlet":
                # An outlet that speaks is the same node as the outlet that relays or publishes.
                from kg.outlets import outlet_named

                object.__setattr__(self, "id", outlet_named(self.name).id)
            else:
                object.__setattr__(self, "id", stable_id("spk", self.kind, self.identity_key()))
        return self

    def identity_key(self) -> str:
        """A person with a Latin-script name is keyed by it, so 罗素 (Danny Russel) = Danny Russel."""
        if self.kind == "person":
            latin = [a for a in [self.name, *self.aliases] if a and not has_cjk(a)]
            if latin:
                return name_key(latin[0])
        return name_key(self.name)

    def all_names(self) -> list[str]:
        return script_variants([self.name, *self.aliases])


class Entity(BaseModel):
    """A person, place, organisation or event a statement is about."""

    model_config = ConfigDict(frozen=True)

    id: str = ""
    name: str
    kind: Literal["person", "place", "organization", "event", "other"] = "other"

    @model_validator(mode="after")
    def _derive(self) -> Entity:
        if not self.id:
            object.__setattr__(self, "id", stable_id("ent", name_key(self.name)))
        return self


class Article(BaseModel):
    """One news article as loaded: clean text plus where it came from."""

    id: str = ""
    url: str | None = None
    title: str = ""
    published_at: datetime | None = None
    language: str = "zh"
    outlet: Outlet | None = None  # publisher
    delivered_by: Outlet | None = None  # aggregator that delivered it, if any
    source_file: str | None = None
    text: str = ""  # clean body text: lead and paragraphs joined by "\n"
    content_hash: str = ""  # of the words alone: the same story under two URLs is seen as one
    authors: list[str] = Field(default_factory=list)  # bylines, as the source gives them

    @model_validator(mode="after")
    def _derive(self) -> Article:
        if not self.id:
            basis = canonical_url(self.url) if self.url else f"{self.title}\x1f{self.text}"
            self.id = stable_id("art", basis)
        if not self.content_hash and self.text:
            self.content_hash = content_hash(self.text)
        return self


class Statement(BaseModel):
    """One attributed utterance in one article."""

    id: str = ""
    article_id: str
    speaker: Speaker
    cue: str = ""
    content: str
    span: tuple[int, int]
    quote_type: QuoteType = "indirect"
    modality: Modality = "assertion"
    hedges: list[str] = Field(default_factory=list)
    question: bool = False  # the attributed content asks ("asked whether…", 质问…？)
    denial: bool = False  # the speaker denies or rejects the proposition (denied, 否认, 驳斥)
    via: list[Outlet] = Field(default_factory=list)  # relaying outlets, nearest to the speaker first
    said_on: date | None = None
    resolved_from: str | None = None  # the back-reference (他, 该报道, the spokesman) the speaker came from
    claim_id: str = ""
    # The text just before and after the span, for the RDF export's TextQuoteSelector; filled from the
    # article when written (kg.store.rows), given by `kg import rdf`, which has no article text.
    prefix: str | None = None
    suffix: str | None = None
    claim_fixed: bool = False  # claim_id decided elsewhere (an RDF import): claim linking keeps it
    claim_text: str | None = None  # the claim's own wording when it is not this statement's (an RDF import)

    @model_validator(mode="after")
    def _derive(self) -> Statement:
        if not self.id:
            self.id = stable_id("stm", self.article_id, self.span[0], self.span[1])
        if not self.claim_id:
            self.claim_id = Claim.id_for(self.content)
        return self


class Claim(BaseModel):
    """The proposition a statement carries, shared by statements that repeat it."""

    id: str
    text: str

    @staticmethod
    def id_for(content: str) -> str:
        return stable_id("clm", name_key(content))


class ExtractionResult(BaseModel):
    """What extraction makes of one article."""

    article: Article
    statements: list[Statement] = Field(default_factory=list)

    def claims(self) -> list[Claim]:
        seen: dict[str, Claim] = {}
        for s in self.statements:
            seen.setdefault(s.claim_id, Claim(id=s.claim_id, text=s.content))
        return list(seen.values())
