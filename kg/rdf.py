"""RDF export: PROV-O for who said it and through whom, schema.org for the news objects."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef

PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
CG = Namespace("https://claimgraph.org/ns#")
DEFAULT_BASE = "https://claimgraph.org/id/"

FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "jsonld": "json-ld",
           "json-ld": "json-ld", "xml": "xml", "trig": "trig"}
SPEAKER_CLASS = {"person": SCHEMA.Person, "organization": SCHEMA.Organization,
                 "outlet": SCHEMA.NewsMediaOrganization, "group": SCHEMA.Organization}


def build_graph(rows: Iterable[Any], base: str = DEFAULT_BASE) -> Graph:
    """A graph from provenance rows (queries.provenance.Provenance)."""
    g = Graph()
    for prefix, ns in (("prov", PROV), ("schema", SCHEMA), ("oa", OA), ("cg", CG)):
        g.bind(prefix, ns)

    def iri(kind: str, ident: str) -> URIRef:
        return URIRef(f"{base}{kind}/{ident}")

    def outlet(ident: str, name: str) -> URIRef:
        node = iri("outlet", ident)
        g.add((node, RDF.type, SCHEMA.NewsMediaOrganization))
        g.add((node, SCHEMA.name, Literal(name)))
        return node

    for r in rows:
        # An outlet that speaks has one IRI, whether it speaks, relays or publishes.
        sp = iri("outlet" if r.speaker_kind == "outlet" else "speaker", r.speaker_id)
        st, art = iri("statement", r.id), iri("article", r.article_id)
        g.add((st, RDF.type, PROV.Entity))
        g.add((st, RDF.type, SCHEMA.Quotation if r.quote_type == "direct" else CG.Statement))
        g.add((st, SCHEMA.text, Literal(r.content)))
        g.add((st, PROV.wasAttributedTo, sp))
        g.add((st, CG.cue, Literal(r.cue or "")))
        g.add((st, CG.quoteType, Literal(r.quote_type)))
        g.add((st, CG.modality, CG[r.modality]))
        for h in r.hedges:
            g.add((st, CG.hedge, Literal(h)))
        g.add((st, SCHEMA.isPartOf, art))
        if r.said_on:
            g.add((st, SCHEMA.dateCreated, Literal(r.said_on.isoformat(), datatype=XSD.date)))
        # The chain, hop by hop: the statement was quoted from what the nearest outlet carried.
        prev = st
        for hop in r.via:
            carried = URIRef(f"{st}/via/{hop.hop}")
            o = outlet(hop.id, hop.name)
            g.add((carried, RDF.type, PROV.Entity))
            g.add((carried, PROV.wasAttributedTo, o))
            g.add((prev, PROV.wasQuotedFrom, carried))
            prev = carried
        selector = URIRef(f"{st}/selector")
        g.add((st, OA.hasSelector, selector))
        g.add((selector, RDF.type, OA.TextPositionSelector))
        g.add((selector, OA.start, Literal(r.start)))
        g.add((selector, OA.end, Literal(r.end)))
        g.add((sp, RDF.type, SPEAKER_CLASS.get(r.speaker_kind, SCHEMA.Person)))
        g.add((sp, RDF.type, PROV.Agent))
        g.add((sp, SCHEMA.name, Literal(r.speaker)))
        for alias in r.speaker_aliases:
            g.add((sp, SCHEMA.alternateName, Literal(alias)))
        if r.role:
            g.add((sp, SCHEMA.jobTitle, Literal(r.role)))
        if r.affiliation:
            g.add((sp, SCHEMA.affiliation, Literal(r.affiliation)))
        g.add((art, RDF.type, SCHEMA.NewsArticle))
        if r.title:
            g.add((art, SCHEMA.headline, Literal(r.title)))
        if r.url:
            g.add((art, SCHEMA.url, URIRef(r.url)))
        if r.published_at:
            g.add((art, SCHEMA.datePublished, Literal(r.published_at.isoformat(), datatype=XSD.dateTime)))
        if r.publisher_id and r.publisher:
            g.add((art, SCHEMA.publisher, outlet(r.publisher_id, r.publisher)))
        if r.delivered_by_id and r.delivered_by:
            g.add((art, CG.deliveredBy, outlet(r.delivered_by_id, r.delivered_by)))
    return g
