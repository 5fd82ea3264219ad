"""Two ways to spell RDF terms: N-Triples strings (the streaming writers) and rdflib objects (export_graph).

The triple generator takes either, so the fast path and rdflib's in-memory path emit the same triples.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from kg.rdf.vocab import XSD

_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def safe_iri(iri: str) -> str:
    """Percent-encode what N-Triples forbids inside <...> (spaces, quotes, braces...)."""
    return quote(iri, safe="".join(chr(c) for c in range(0x21, 0x7F) if not _IRI_BAD.match(chr(c))) + "%") \
        if _IRI_BAD.search(iri) else iri


def escape(text: str) -> str:
    """An N-Triples / Turtle string body: backslash, quote and line breaks escaped; UTF-8 kept as is."""
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if '"' in text:
        text = text.replace('"', '\\"')
    if "\n" in text:
        text = text.replace("\n", "\\n")
    if "\r" in text:
        text = text.replace("\r", "\\r")
    return text


_UNESCAPE = re.compile(r'\\(["\\nrt]|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})')
_SIMPLE = {'"': '"', "\\": "\\", "n": "\n", "r": "\r", "t": "\t"}


def unescape(body: str) -> str:
    return _UNESCAPE.sub(lambda m: _SIMPLE.get(m.group(1)) or chr(int(m.group(1)[1:], 16)), body)


class NTerms:
    """Terms as N-Triples text."""

    @staticmethod
    def iri(value: str) -> str:
        return f"<{value}>"

    @staticmethod
    def lit(value: str) -> str:
        return f'"{escape(value)}"'

    @staticmethod
    def typed(value: str, datatype: str) -> str:
        return f'"{escape(value)}"^^<{datatype}>'

    @staticmethod
    def lang(value: str, language: str) -> str:
        return f'"{escape(value)}"@{language}'

    @staticmethod
    def integer(value: int) -> str:
        return f'"{value}"^^<{XSD}nonNegativeInteger>'


class RdflibTerms:
    """Terms as rdflib objects, for the in-memory Graph (tests, small exports, the benchmark's baseline)."""

    def __init__(self) -> None:
        from rdflib import Literal, URIRef

        self._uri, self._lit = URIRef, Literal

    def iri(self, value: str) -> Any:
        return self._uri(value)

    def lit(self, value: str) -> Any:
        return self._lit(value)

    def typed(self, value: str, datatype: str) -> Any:
        return self._lit(value, datatype=self._uri(datatype))

    def lang(self, value: str, language: str) -> Any:
        return self._lit(value, lang=language)

    def integer(self, value: int) -> Any:
        return self._lit(str(value), datatype=self._uri(XSD + "nonNegativeInteger"))


def parse_term(term: str) -> tuple[str, str, str | None]:
    """An N-Triples term back into (kind, value, datatype-or-language): kind is 'iri', 'typed', 'lang' or 'lit'."""
    if term[0] == "<":
        return "iri", term[1:-1], None
    end = term.rindex('"')
    body, rest = unescape(term[1:end]), term[end + 1:]
    if rest.startswith("^^<"):
        return "typed", body, rest[3:-1]
    if rest.startswith("@"):
        return "lang", body, rest[1:]
    return "lit", body, None
