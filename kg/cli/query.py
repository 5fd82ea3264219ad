"""The query set beyond said-by/provenance: who-said, spread, about, timeline, speculations, outlets, speakers."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from kg.cli.common import JsonOpt, LimitOpt, app, emit_json, err, fail, flags, get_store, out
from queries.provenance import Provenance

HtmlOpt = Annotated[Path | None, typer.Option("--html", help="Also write the picture as a self-contained HTML page.")]


def statement_table(title: str, rows: list[Provenance], extra: dict[str, str] | None = None) -> None:
    table = Table(title=title, show_lines=True)
    for col in ("date", "speaker", "content", "modality", "chain", "article", "id"):
        table.add_column(col, overflow="fold")
    for p in rows:
        when = p.published_at.date().isoformat() if p.published_at else ""
        mod = p.modality + (f": {', '.join(p.hedges)}" if p.hedges else "") + flags(p) + (extra or {}).get(p.id, "")
        chain = " → ".join([*p.chain(), p.publisher or "?"])
        table.add_row(when, p.speaker, p.content, mod, chain, p.title or "", p.id)
    out.print(table)


def _run(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    store = get_store()
    try:
        return fn(store, *args, **kwargs)
    finally:
        store.close()


def _emit(rows: list, as_json: bool, empty: str, title: str) -> None:  # type: ignore[type-arg]
    if as_json:
        emit_json([r.model_dump(mode="json") for r in rows])
        return
    if not rows:
        fail(empty)
    statement_table(title, rows)


@app.command("who-said")
def who_said(text: Annotated[str, typer.Argument(help="Words of the statement, in any script.")],
             limit: LimitOpt = 10, as_json: JsonOpt = False) -> None:
    """Full-text search: who said it, ranked, with outlet chain, article and date."""
    from queries.who_said import who_said as run

    rows = _run(run, text, limit)
    if as_json:
        emit_json([r.model_dump(mode="json") for r in rows])
        return
    if not rows:
        fail(f"no statement matches {text!r}")
    statement_table(f"who said {text}", [r.statement for r in rows])


@app.command()
def spread(ref: Annotated[str, typer.Argument(metavar="ID|TEXT")], limit: LimitOpt = 100, as_json: JsonOpt = False,
           html: HtmlOpt = None) -> None:
    """A claim's first appearance, then every outlet that relayed or repeated it, with hedge drift."""
    from queries.spread import spread as run

    sp = _run(run, ref, limit)
    if sp is None:
        if as_json:
            emit_json(None)
        fail(f"no statement matches {ref!r}")
        return
    if html:
        from kg.pictures import spread_html

        html.write_text(spread_html(sp), encoding="utf-8")
        err.print(f"wrote {html}", markup=False)
    if as_json:
        emit_json(sp.model_dump(mode="json"))
        return
    out.print(f"claim {sp.claim_id}: first said by {sp.first.speaker} in {sp.first.publisher or '?'}", markup=False)
    drift = {s.statement.id: f"  ⚠ drift {s.drift}" for s in sp.steps if s.drift}
    statement_table("spread, in time order", [s.statement for s in sp.steps], drift)


@app.command()
def about(entity: Annotated[str, typer.Argument(help="A person, place, organisation or event.")],
          limit: LimitOpt = 100, as_json: JsonOpt = False) -> None:
    """Statements that mention an entity."""
    from queries.about import about as run

    _emit(_run(run, entity, limit), as_json, f"no statements about {entity!r}", f"about {entity}")


@app.command()
def timeline(name: Annotated[str, typer.Argument(metavar="NAME|ENTITY")], limit: LimitOpt = 100,
             as_json: JsonOpt = False) -> None:
    """Dated statements by or about a name, oldest first."""
    from queries.about import timeline as run

    _emit(_run(run, name, limit), as_json, f"no dated statements by or about {name!r}", f"timeline of {name}")


@app.command()
def speculations(about: Annotated[str | None, typer.Option("--about", help="Only those mentioning ENTITY.")] = None,
                 limit: LimitOpt = 100, as_json: JsonOpt = False) -> None:
    """Hedged statements with their hedge cues."""
    from queries.about import speculations as run

    rows = _run(run, about, limit)
    _emit(rows, as_json, "no speculations" + (f" about {about!r}" if about else ""), "speculations")


@app.command()
def outlets(limit: LimitOpt = 100, as_json: JsonOpt = False) -> None:
    """The citation network between outlets (who cites whom), with counts."""
    from queries.network import outlets as run

    rows = _run(run, limit)
    if as_json:
        emit_json([r.model_dump(mode="json") for r in rows])
        return
    if not rows:
        fail("no outlet cites another in this graph")
    table = Table(title="outlet citations")
    for col in ("citing", "cites", "statements", "articles"):
        table.add_column(col)
    for r in rows:
        table.add_row(r.citing, r.cited, str(r.statements), str(r.articles))
    out.print(table)


@app.command()
def speakers(limit: LimitOpt = 100, as_json: JsonOpt = False) -> None:
    """People, organisations and groups with aliases, roles, affiliations and statement counts."""
    from queries.network import speakers as run

    rows = _run(run, limit)
    if as_json:
        emit_json([r.model_dump(mode="json") for r in rows])
        return
    if not rows:
        fail("no speakers in this graph")
    table = Table(title="speakers", show_lines=True)
    for col in ("name", "kind", "aliases", "roles", "affiliations", "statements"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r.name, r.kind, ", ".join(r.aliases), ", ".join(r.roles), ", ".join(r.affiliations),
                      str(r.statements))
    out.print(table)


@app.command()
def browse() -> None:
    """Print the Neo4j Browser URL for the configured store, and how to load the style and the guide."""
    from kg.browse import instructions
    from kg.cli.common import state

    try:
        text = instructions(state.db)
    except ValueError as exc:
        fail(str(exc))
        return
    out.print(text, markup=False, highlight=False)
