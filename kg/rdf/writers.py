"""Streaming serialisers: blocks of N-Triples terms in, text out, one block at a time.

Nothing here holds more than one block (Turtle, N-Triples) or one article's graph (TriG, N-Quads,
JSON-LD), so memory stays flat whatever the export size.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from typing import Any, TextIO

from kg.rdf.terms import parse_term
from kg.rdf.vocab import PREFIXES, TYPE

Block = tuple[str | None, str, list[tuple[str, str]]]
_PREFIX_ORDER = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
_PN_LOCAL_OK = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


def write_ntriples(blocks: Iterable[Block], out: TextIO) -> int:
    n = 0
    write = out.write
    for _, s, pos in blocks:
        write("".join([f"{s} {p} {o} .\n" for p, o in pos]))
        n += len(pos)
    return n


def write_nquads(blocks: Iterable[Block], out: TextIO) -> int:
    n = 0
    write = out.write
    for g, s, pos in blocks:
        tail = f" {g} .\n" if g else " .\n"
        write("".join([f"{s} {p} {o}{tail}" for p, o in pos]))
        n += len(pos)
    return n


@lru_cache(maxsize=4096)
def _vocab_name(iri_term: str) -> str:
    """<http://www.w3.org/ns/prov#Entity> as prov:Entity when it is a vocabulary term with a plain local name."""
    iri = iri_term[1:-1]
    for prefix, ns in _PREFIX_ORDER:
        if iri.startswith(ns):
            local = iri[len(ns):]
            if local and set(local) <= _PN_LOCAL_OK and local[0] not in "-":
                return f"{prefix}:{local}"
    return iri_term


class TurtleSpeller:
    """Spells N-Triples terms the short Turtle way: prefixed vocabulary, instance IRIs relative to @base."""

    def __init__(self, base: str) -> None:
        self.base = base if base.endswith("/") else None
        self.cut = len(base) + 1
        self.vocab = {ns for ns in PREFIXES.values()}

    def header(self) -> str:
        lines = [f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES.items()]
        if self.base:
            lines.append(f"@base <{self.base}> .")
        return "\n".join(lines) + "\n\n"

    def term(self, term: str) -> str:
        if term[0] == "<":
            if self.base and term.startswith(self.base, 1):
                return "<" + term[self.cut:]
            if term.startswith(("<http://www.w3.org/", "<https://schema.org/", "<https://claimgraph.org/ns",
                                 "<http://groundedannotationframework.org/", "<http://www.wikidata.org/entity/")):
                return _vocab_name(term)
            return term
        if term[-1] == ">":  # typed literal: compact the datatype
            body, _, dt = term.rpartition("^^")
            return f"{body}^^{_vocab_name(dt)}"
        return term

    def block(self, s: str, pos: list[tuple[str, str]], indent: str = "") -> str:
        spell = self.term
        parts: list[str] = []
        last_p = None
        for p, o in pos:
            if p == last_p:
                parts.append(f", {spell(o)}")
            else:
                if last_p is not None:
                    parts.append(f" ;\n{indent}    ")
                parts.append(f"{'a' if p == _TYPE_TERM else spell(p)} {spell(o)}")
                last_p = p
        return f"{indent}{spell(s)} {''.join(parts)} .\n"


_TYPE_TERM = f"<{TYPE}>"


def write_turtle(blocks: Iterable[Block], out: TextIO, base: str) -> int:
    sp = TurtleSpeller(base)
    out.write(sp.header())
    n = 0
    for _, s, pos in blocks:
        out.write(sp.block(s, pos))
        n += len(pos)
    return n


def write_trig(blocks: Iterable[Block], out: TextIO, base: str) -> int:
    """The default graph first (TriG allows bare triples), then one `<graph> { ... }` per article."""
    sp = TurtleSpeller(base)
    out.write(sp.header())
    n = 0
    open_graph: str | None = None
    for g, s, pos in blocks:
        if g != open_graph:
            if open_graph is not None:
                out.write("}\n\n")
            if g is not None:
                out.write(f"{sp.term(g)} {{\n")
            open_graph = g
        out.write(sp.block(s, pos, "    " if g else ""))
        n += len(pos)
    if open_graph is not None:
        out.write("}\n")
    return n


@lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    """The JSON-LD context shipped in the package (kg/data/claimgraph.context.jsonld)."""
    text = resources.files("kg").joinpath("data/claimgraph.context.jsonld").read_text("utf-8")
    return json.loads(text)["@context"]


def _jsonld_value(term: str, curie: Callable[[str], str]) -> Any:
    kind, value, extra = parse_term(term)
    if kind == "iri":
        return {"@id": curie(term)}
    if kind == "typed":
        return {"@value": value, "@type": curie(f"<{extra}>")}
    if kind == "lang":
        return {"@value": value, "@language": extra}
    return value


def _jsonld_node(s: str, pos: list[tuple[str, str]]) -> dict[str, Any]:
    def curie(t: str) -> str:
        name = _vocab_name(t)
        return name if name[0] != "<" else name[1:-1]

    node: dict[str, Any] = {"@id": s[1:-1]}
    for p, o in pos:
        if p == _TYPE_TERM:
            node.setdefault("@type", []).append(curie(o))
        else:
            node.setdefault(curie(p), []).append(_jsonld_value(o, curie))
    return node


def write_jsonld(blocks: Iterable[Block], out: TextIO) -> int:
    """A JSON-LD document, one node object per block, in the default graph (TriG and N-Quads keep the
    per-article graphs; JSON-LD stays flat so any JSON-LD reader sees every node)."""
    out.write('{\n"@context": ' + json.dumps(context(), ensure_ascii=False) + ',\n"@graph": [\n')
    n = 0
    sep = ""
    for _, s, pos in blocks:
        out.write(sep + json.dumps(_jsonld_node(s, pos), ensure_ascii=False))
        sep = ",\n"
        n += len(pos)
    out.write("\n]\n}\n")
    return n
