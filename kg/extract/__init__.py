"""Attribution extraction: Article in, statements out, one extractor per language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.models import Article, ExtractionResult, Statement

if TYPE_CHECKING:
    from loaders.base import LoadError


def extract(article: Article) -> ExtractionResult:
    """Every attributed statement in the article, in text order."""
    if article.language.startswith("zh"):
        from kg.extract.zh import extract_zh as run
    else:
        from kg.extract.en import extract_en as run
    statements: list[Statement] = sorted(run(article), key=lambda s: s.span)
    return ExtractionResult(article=article, statements=statements)


def extract_or_error(article: Article) -> ExtractionResult | LoadError:
    """extract(), with an extractor bug reported against the article instead of sinking a whole run."""
    from loaders.base import LoadError

    try:
        return extract(article)
    except Exception as exc:  # noqa: BLE001 - any bug in one article's extraction means the same here
        return LoadError(source=article.source_file or article.id, message=f"extraction failed: {exc!r}")


def result_json(result: ExtractionResult) -> dict[str, Any]:
    """The `kg extract --json` shape, which ../shared/tools/score_attributions.py reads."""
    art = result.article
    return {
        "article": {
            "id": art.id, "url": art.url, "title": art.title,
            "published_at": art.published_at.isoformat() if art.published_at else None,
            "outlet": art.outlet.name if art.outlet else None,
            "delivered_by": art.delivered_by.name if art.delivered_by else None,
            "language": art.language, "source_file": art.source_file,
        },
        "statements": [
            {
                "id": s.id,
                # The scorer matches a gold speaker against the name and aliases: the statement's own
                # mentions of the speaker count there too (they are how the text names them).
                "speaker": {"name": s.speaker.name, "aliases": [*s.speaker.aliases, *s.speaker.mentions],
                            "mentions": s.speaker.mentions, "kind": s.speaker.kind,
                            "role": s.speaker.role, "affiliation": s.speaker.affiliation},
                "cue": s.cue, "content": s.content, "quote_type": s.quote_type, "modality": s.modality,
                "hedges": s.hedges, "question": s.question, "denial": s.denial,
                "via": [{"name": o.name, "aliases": o.aliases} for o in s.via],
                "span": list(s.span),
                "said_on": s.said_on.isoformat() if s.said_on else None,
                "resolved_from": s.resolved_from,
            }
            for s in result.statements
        ],
    }
