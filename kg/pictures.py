"""Provenance and spread as a self-contained HTML page: inline SVG and CSS, nothing fetched when opened."""

from __future__ import annotations

from html import escape

from queries.provenance import Provenance
from queries.spread import ProvenanceReport, Spread

_CSS = """
body{font:14px system-ui,sans-serif;margin:24px;color:#222}
h1{font-size:18px} .drift{color:#b00;font-weight:bold} table{border-collapse:collapse;margin-top:12px}
td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
svg text{font:12px system-ui,sans-serif}
"""
_COLOURS = {"speaker": "#f4c542", "outlet": "#6fa8dc", "article": "#93c47d", "aggregator": "#b4a7d6"}


def _short(text: str, n: int = 28) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _chain_nodes(p: Provenance) -> list[tuple[str, str]]:
    when = p.published_at.strftime("%Y-%m-%d %H:%M") if p.published_at else "undated"
    nodes = [("speaker", p.speaker), *[("outlet", name) for name in p.chain()]]
    if p.publisher:
        nodes.append(("outlet", p.publisher))
    nodes.append(("article", f"{_short(p.title or 'article', 22)} ({when})"))
    if p.delivered_by:
        nodes.append(("aggregator", p.delivered_by))
    return nodes


def _chain_svg(rows: list[Provenance]) -> str:
    """One row of boxes per appearance: speaker → relaying outlets → publisher → article → aggregator."""
    w, h, gap, pad = 170, 34, 40, 10
    width = max(len(_chain_nodes(p)) for p in rows) * (w + gap) + pad
    height = len(rows) * (h + 26) + pad
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">',
             '<defs><marker id="arr" markerWidth="8" markerHeight="8" refX="8" refY="4" orient="auto">'
             '<path d="M0,0 L8,4 L0,8 z" fill="#555"/></marker></defs>']
    for i, p in enumerate(rows):
        y = pad + i * (h + 26)
        for j, (kind, label) in enumerate(_chain_nodes(p)):
            x = pad + j * (w + gap)
            parts.append(f'<rect class="{kind}" x="{x}" y="{y}" width="{w}" height="{h}" rx="6" '
                         f'fill="{_COLOURS[kind]}" stroke="#444"/>')
            parts.append(f'<text x="{x + 6}" y="{y + 21}"><title>{escape(label)}</title>'
                         f'{escape(_short(label))}</text>')
            if j:
                parts.append(f'<line x1="{x - gap}" y1="{y + h / 2}" x2="{x - 2}" y2="{y + h / 2}" '
                             'stroke="#555" marker-end="url(#arr)"/>')
    parts.append("</svg>")
    return "".join(parts)


def _timeline_svg(rows: list[Provenance], drifts: set[str]) -> str:
    dated = [p for p in rows if p.published_at]
    if not dated:
        return "<p>No dated appearances.</p>"
    t0, t1 = min(p.published_at.timestamp() for p in dated), max(p.published_at.timestamp() for p in dated)  # type: ignore[union-attr]
    span = (t1 - t0) or 1.0
    width, left = 760, 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width + 2 * left}" height="{60 + 18 * len(dated)}">',
             f'<line x1="{left}" y1="30" x2="{left + width}" y2="30" stroke="#444"/>']
    for i, p in enumerate(dated):
        x = left + width * (p.published_at.timestamp() - t0) / span  # type: ignore[union-attr]
        colour = "#b00" if p.id in drifts else ("#e69138" if p.modality == "speculation" else "#3d85c6")
        parts.append(f'<circle cx="{x:.1f}" cy="30" r="6" fill="{colour}"/>')
        label = f"{p.published_at:%Y-%m-%d} {p.publisher or ''} ({p.modality})"  # type: ignore[union-attr]
        parts.append(f'<text x="{max(left, x - 20):.1f}" y="{56 + 18 * i}">{escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _table(rows: list[Provenance], drift: dict[str, str]) -> str:
    out = ["<table><tr><th>#</th><th>date</th><th>outlet chain</th><th>wording</th><th>modality</th></tr>"]
    for i, p in enumerate(rows, 1):
        when = p.published_at.strftime("%Y-%m-%d %H:%M") if p.published_at else "undated"
        chain = " → ".join([p.speaker, *p.chain(), p.publisher or "?"])
        mod = p.modality + (f" ({', '.join(p.hedges)})" if p.hedges else "")
        if p.id in drift:
            mod += f' <span class="drift">drift: {escape(drift[p.id])}</span>'
        out.append(f"<tr><td>{i}</td><td>{when}</td><td>{escape(chain)}</td><td>{escape(p.content)}</td>"
                   f"<td>{mod if p.id in drift else escape(mod)}</td></tr>")
    out.append("</table>")
    return "".join(out)


def _page(title: str, body: str) -> str:
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{_CSS}</style></head><body>{body}</body></html>\n")


def provenance_html(report: ProvenanceReport) -> str:
    st = report.statement
    body = (f"<h1>Provenance of “{escape(st.content)}”</h1><h2>Chains</h2>{_chain_svg(report.appearances)}"
            f"<h2>Timeline</h2>{_timeline_svg(report.appearances, set())}{_table(report.appearances, {})}")
    return _page(f"provenance {st.id}", body)


def spread_html(sp: Spread) -> str:
    rows = [s.statement for s in sp.steps]
    drift = {s.statement.id: s.drift for s in sp.steps if s.drift}
    body = (f"<h1>Spread of claim {escape(sp.claim_id)}</h1><p>First: “{escape(sp.first.content)}” — "
            f"{escape(sp.first.speaker)}, {escape(sp.first.publisher or '?')}</p>"
            f"<h2>Chains</h2>{_chain_svg(rows)}<h2>Timeline</h2>{_timeline_svg(rows, set(drift))}"
            f"{_table(rows, drift)}")
    return _page(f"spread {sp.claim_id}", body)
