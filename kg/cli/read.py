"""Read commands: said-by, provenance, stats."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from kg.cli.common import JsonOpt, LimitOpt, app, emit_json, err, fail, flags, get_store, out


@app.command("said-by")
def said_by(
    name: Annotated[str, typer.Argument(help="A speaker's name or alias, in any script.")],
    limit: LimitOpt = 100,
    as_json: JsonOpt = False,
    since: Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Published on or after.")] = None,
    until: Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Published on or before.")] = None,
    modality: Annotated[str | None, typer.Option(help="assertion or speculation.")] = None,
    about: Annotated[str | None, typer.Option(help="Only statements mentioning this entity.")] = None,
) -> None:
    """Statements made by a speaker."""
    from queries.said_by import said_by as run

    if modality not in (None, "assertion", "speculation"):
        fail(f"--modality must be assertion or speculation, not {modality!r}", 2)
    store = get_store()
    try:
        rows = run(store, name, limit, since=since.date() if since else None,
                   until=until.date() if until else None, modality=modality, about=about)
    finally:
        store.close()
    if as_json:
        emit_json([r.model_dump(mode="json") for r in rows])
        return
    if not rows:
        fail(f"no statements by {name!r}")
    table = Table(title=f"said by {name}", show_lines=True)
    for col in ("date", "speaker", "cue", "content", "modality", "outlet", "id"):
        table.add_column(col, overflow="fold")
    for r in rows:
        when = r.published_at.date().isoformat() if r.published_at else ""
        table.add_row(when, r.speaker, r.cue or "", r.content, r.modality, r.outlet or "", r.id)
    out.print(table)


@app.command()
def provenance(
    ref: Annotated[str, typer.Argument(metavar="ID|TEXT", help="A statement id, or text from the statement.")],
    as_json: JsonOpt = False,
    limit: LimitOpt = 100,
    html: Annotated[Path | None, typer.Option("--html", help="Also write the picture as an HTML page.")] = None,
) -> None:
    """How a statement reached you: speaker, relaying outlets, article, publisher, aggregator; and its claim's
    every other appearance."""
    from queries.spread import provenance_report

    store = get_store()
    try:
        report = provenance_report(store, ref, limit)
    finally:
        store.close()
    if report is None:
        if as_json:
            emit_json(None)
        fail(f"no statement matches {ref!r}")
        return
    p = report.statement
    if html:
        from kg.pictures import provenance_html

        html.write_text(provenance_html(report), encoding="utf-8")
        err.print(f"wrote {html}", markup=False)
    if as_json:
        emit_json({**p.model_dump(mode="json"),
                   "appearances": [a.model_dump(mode="json") for a in report.appearances]})
        return
    who = p.speaker + (f" ({', '.join(a for a in p.speaker_aliases if a != p.speaker)})" if p.speaker_aliases else "")
    title = ", ".join(x for x in (p.role, p.affiliation) if x)
    when = p.published_at.strftime("%Y-%m-%d %H:%M %z") if p.published_at else "undated"
    mod = p.modality + (f" (hedges: {', '.join(p.hedges)})" if p.hedges else "") + flags(p)
    latin = next((a for a in p.speaker_aliases if a.isascii()), None)
    head = f"{latin} ({p.speaker})" if latin and not p.speaker.isascii() else p.speaker
    chain = [f"{head}{f' [{title}]' if title else ''}", *p.chain(),
             f"{p.publisher or 'article'} article of {when}"]
    if p.delivered_by:
        chain.append(p.delivered_by)
    out.print(f"“{p.content}”", markup=False)
    out.print(f"  statement  {p.id}  {p.quote_type}, {mod}, cue {p.cue}", markup=False)
    out.print(f"  speaker    {who} — {p.speaker_kind}{f', {title}' if title else ''}", markup=False)
    out.print(f"  via        {' → '.join(p.chain()) if p.via else '(direct to the publisher)'}", markup=False)
    out.print(f"  article    {p.title} ({when})", markup=False)
    out.print(f"             {p.url or ''}", markup=False)
    out.print(f"  publisher  {p.publisher or '?'}" + (f", delivered by {p.delivered_by}" if p.delivered_by else ""),
              markup=False)
    out.print("  chain      " + " → ".join(chain), markup=False)
    others = [a for a in report.appearances if a.id != p.id]
    if others:
        out.print(f"  claim      {p.claim_id}, also in {len(others)} other statement(s):", markup=False)
        for a in others:
            when = a.published_at.strftime("%Y-%m-%d") if a.published_at else "undated"
            out.print(f"             {when}  {' → '.join([a.speaker, *a.chain(), a.publisher or '?'])}: "
                      f"“{a.content}” ({a.modality})", markup=False)


@app.command()
def stats(as_json: JsonOpt = False) -> None:
    """Counts of nodes and relationships by kind."""
    from queries.stats import stats as run

    store = get_store()
    try:
        rows = run(store)
    finally:
        store.close()
    if as_json:
        emit_json([r.model_dump() for r in rows])
        return
    table = Table(title=f"graph in {store.url}")
    for col in ("kind", "name", "count"):
        table.add_column(col, justify="right" if col == "count" else "left")
    for r in rows:
        table.add_row(r.kind, r.name, str(r.count))
    out.print(table)


