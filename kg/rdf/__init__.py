"""RDF export: PROV-O for who said it and through whom, schema.org for the news objects, Web Annotation
selectors for the evidence, a SKOS scheme for modality. docs/rdf.md describes the model.

`export` streams from either store in any of five formats with flat memory; `export_graph` makes an
rdflib Dataset of the same triples for small data (tests, validation).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TextIO

from rdflib import Namespace

from kg.rdf import vocab
from kg.rdf.terms import NTerms, RdflibTerms
from kg.rdf.triples import Block, Triples
from kg.rdf.vocab import DEFAULT_BASE
from kg.rdf.writers import write_jsonld, write_nquads, write_ntriples, write_trig, write_turtle
from kg.store import GraphStore

PROV = Namespace(vocab.PROV)
SCHEMA = Namespace(vocab.SCHEMA)
OA = Namespace(vocab.OA)
CG = Namespace(vocab.CG)

# Format names the CLI takes, and what rdflib calls them when it parses the output back.
FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "nquads": "nquads", "nq": "nquads",
           "trig": "trig", "jsonld": "json-ld", "json-ld": "json-ld"}
QUAD_FORMATS = {"nquads", "trig", "json-ld"}

__all__ = ["CG", "DEFAULT_BASE", "FORMATS", "OA", "PROV", "SCHEMA", "blocks", "export", "export_graph",
           "normalise_base"]


def normalise_base(base: str) -> str:
    """IRIs are base + kind/ + id, so the base ends with / or #."""
    return base if base.endswith(("/", "#")) else base + "/"


def blocks(store: GraphStore, params: Mapping[str, Any], base: str = DEFAULT_BASE,
           terms: Any = None) -> Iterator[Block]:
    """Every block of the export, streamed: vocabulary, outlets, speakers, claims, then article by article."""
    from queries.export import EXPORT_CLAIMS, EXPORT_OUTLETS, EXPORT_SPEAKERS, EXPORT_STATEMENTS

    tr = Triples(terms or NTerms(), normalise_base(base))
    yield from tr.vocabulary()
    yield from tr.outlets(store.stream(EXPORT_OUTLETS, params))
    yield from tr.speakers(store.stream(EXPORT_SPEAKERS, params))
    yield from tr.claims(store.stream(EXPORT_CLAIMS, params))
    yield from tr.articles(store.stream(EXPORT_STATEMENTS, params))


def export(store: GraphStore, out: TextIO, fmt: str = "turtle", base: str = DEFAULT_BASE,
           params: Mapping[str, Any] | None = None) -> int:
    """Write the export to `out`; returns the number of triples written."""
    from queries.export import export_params

    kind = FORMATS[fmt]
    base = normalise_base(base)
    stream = blocks(store, params or export_params(), base)
    if kind == "nt":
        return write_ntriples(stream, out)
    if kind == "nquads":
        return write_nquads(stream, out)
    if kind == "turtle":
        return write_turtle(stream, out, base)
    if kind == "trig":
        return write_trig(stream, out, base)
    return write_jsonld(stream, out)


def export_graph(store: GraphStore, params: Mapping[str, Any] | None = None, base: str = DEFAULT_BASE) -> Any:
    """The whole export as one in-memory rdflib Dataset (named graphs kept): small data and comparisons only."""
    from rdflib import Dataset, URIRef

    from queries.export import export_params

    ds = Dataset()
    for prefix, ns in vocab.PREFIXES.items():
        ds.bind(prefix, ns)
    default = ds.default_graph
    graphs: dict[Any, Any] = {}
    for g, s, pos in blocks(store, params or export_params(), base, RdflibTerms()):
        target = default if g is None else graphs.get(g) or graphs.setdefault(g, ds.graph(URIRef(g)))
        for p, o in pos:
            target.add((s, p, o))
    return ds
