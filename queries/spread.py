"""provenance (all chains) and spread: how a statement's claim reached each article, and how it changed.

A Claim (kg/claims.py) is shared by the statements in different articles that carry the same
proposition. Its appearances, in publication order, are its spread; the first is where it started.
Hedge drift: an appearance whose modality differs from the one before it (speculation made an
assertion, or the reverse) is flagged.
"""

from __future__ import annotations

from pydantic import BaseModel

from kg.store import GraphStore
from queries.provenance import _ID, Provenance
from queries.search import search
from queries.statements import by_ids, statements_query

CLAIM_APPEARANCES = statements_query(
    "claim-appearances",
    "MATCH (:Claim {id: $claim_id})<-[:ASSERTS]-(s:Statement)<-[:MADE]-(sp:Speaker)\n"
    "MATCH (s)-[:REPORTED_IN]->(a:Article)",
    "s.claim_id = :claim_id",
)

# A statement's claim appearances in one round trip, the statement among them (provenance/spread by id).
STATEMENT_APPEARANCES = statements_query(
    "statement-appearances",
    # Two MATCH clauses: in one pattern, relationship uniqueness would leave the statement itself out.
    "MATCH (:Statement {id: $id})-[:ASSERTS]->(c:Claim)\nMATCH (c)<-[:ASSERTS]-(s:Statement)<-[:MADE]-(sp:Speaker)\n"
    "MATCH (s)-[:REPORTED_IN]->(a:Article)",
    "s.claim_id = (SELECT claim_id FROM statement WHERE id = :id)",
)


class ProvenanceReport(BaseModel):
    """A statement's own chain, and every chain by which its claim reached an article."""

    statement: Provenance
    appearances: list[Provenance]  # every statement of the claim, first appearance first


class SpreadStep(BaseModel):
    n: int
    statement: Provenance
    relayed_by: list[str]  # outlets the wording passed through, nearest to the speaker first, then the publisher
    drift: str | None = None  # "speculation → assertion" or "assertion → speculation"


class Spread(BaseModel):
    claim_id: str
    first: Provenance
    steps: list[SpreadStep]

    def drifts(self) -> list[SpreadStep]:
        return [s for s in self.steps if s.drift]


def resolve(store: GraphStore, ref: str) -> Provenance | None:
    """A statement by id, or the best full-text match of a text."""
    ref = ref.strip()
    if not _ID.match(ref):
        hits = search(store, ref, limit=1)
        if not hits:
            return None
        ref = hits[0].id
    rows = by_ids(store, [ref])
    return rows[0] if rows else None


def appearances(store: GraphStore, claim_id: str, limit: int = 1000) -> list[Provenance]:
    rows = store.run(CLAIM_APPEARANCES, {"claim_id": claim_id, "limit": limit})
    return [Provenance.model_validate(r) for r in rows]


def provenance_report(store: GraphStore, ref: str, limit: int = 1000) -> ProvenanceReport | None:
    if _ID.match(ref.strip()):  # one query when the statement is among its claim's first `limit` appearances
        apps = [Provenance.model_validate(r) for r in store.run(STATEMENT_APPEARANCES, {"id": ref.strip(),
                                                                                        "limit": limit})]
        own = [p for p in apps if p.id == ref.strip()]
        if own:
            return ProvenanceReport(statement=own[0], appearances=apps)
    st = resolve(store, ref)
    if st is None:
        return None
    apps = appearances(store, st.claim_id, limit) if st.claim_id else [st]
    return ProvenanceReport(statement=st, appearances=apps or [st])


def spread(store: GraphStore, ref: str, limit: int = 1000) -> Spread | None:
    report = provenance_report(store, ref, limit)
    if report is None:
        return None
    steps: list[SpreadStep] = []
    prev: str | None = None
    for i, p in enumerate(report.appearances, 1):
        drift = f"{prev} → {p.modality}" if prev and prev != p.modality else None
        relays = [*p.chain(), *([p.publisher] if p.publisher else [])]
        steps.append(SpreadStep(n=i, statement=p, relayed_by=relays, drift=drift))
        prev = p.modality
    return Spread(claim_id=report.statement.claim_id or "", first=report.appearances[0], steps=steps)
