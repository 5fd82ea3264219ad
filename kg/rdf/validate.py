"""SHACL validation of an export against the shapes shipped in the package (kg/data/claimgraph.shapes.ttl).

pySHACL needs the data graph in memory, so validation holds the whole export: meant for checking an
export (or a slice of it, with the export's filters), not for the largest dumps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

SH = "http://www.w3.org/ns/shacl#"


@dataclass
class Violation:
    focus: str
    path: str
    message: str
    value: str | None = None
    severity: str = "Violation"


@dataclass
class Report:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def text(self, limit: int = 50) -> str:
        """One line per violation: the node, the property, what is wrong (and the offending value)."""
        if self.conforms:
            return "SHACL: conforms"
        lines = [f"SHACL: {len(self.violations)} violation(s)"]
        for v in self.violations[:limit]:
            value = f" (value: {v.value})" if v.value else ""
            lines.append(f"  {v.focus}  {v.path}: {v.message}{value}")
        if len(self.violations) > limit:
            lines.append(f"  ... and {len(self.violations) - limit} more")
        return "\n".join(lines)


def shapes_graph() -> Any:
    from rdflib import Graph

    g = Graph()
    g.parse(data=resources.files("kg").joinpath("data/claimgraph.shapes.ttl").read_text("utf-8"), format="turtle")
    return g


def validate_graph(data: Any) -> Report:
    """Validate an rdflib Graph or Dataset (named graphs are validated as their union)."""
    from pyshacl import validate
    from rdflib import Graph, Namespace

    if hasattr(data, "graphs"):  # a Dataset: SHACL sees one graph, the union of all
        union = Graph()
        for quad in data.quads((None, None, None, None)):
            union.add(quad[:3])
        data = union
    conforms, results, _ = validate(data, shacl_graph=shapes_graph(), inference="none", advanced=False)
    sh = Namespace(SH)
    out: list[Violation] = []
    for r in results.subjects(sh.focusNode, None):
        def one(p: Any, r: Any = r) -> str | None:
            v = results.value(r, p)
            return None if v is None else str(v)

        out.append(Violation(focus=_short(one(sh.focusNode)), path=_short(one(sh.resultPath) or ""),
                             message=one(sh.resultMessage) or "", value=one(sh.value),
                             severity=_short(one(sh.resultSeverity) or "")))
    out.sort(key=lambda v: (v.focus, v.path, v.message))
    return Report(conforms=bool(conforms), violations=out)


def validate_file(path: str | Path, rdflib_format: str) -> Report:
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(str(path), format=rdflib_format)
    return validate_graph(ds)


def _short(iri: str) -> str:
    from kg.rdf.vocab import PREFIXES

    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    if iri.startswith(SH):
        return iri[len(SH):]
    return iri
