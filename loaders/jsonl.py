"""JSON Lines of articles: {"url", "title", "published_at", "outlet", "text" | "html"} a line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

from kg.models import Article
from kg.outlets import outlet_from_url, outlet_named
from loaders.base import BadInput, guess_language
from loaders.html_text import html_blocks


class JsonLinesLoader:
    name = "jsonl"

    def sniff(self, head: str, path: str) -> bool:
        return path.endswith((".jsonl", ".ndjson")) or head.lstrip().startswith('{"')

    def load(self, text: str, source: str, url: str | None = None) -> Iterator[Article]:
        for n, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BadInput(f"line {n}: invalid JSON ({exc.msg})") from None
            if not isinstance(row, dict):
                raise BadInput(f"line {n}: expected a JSON object")
            body = row.get("text")
            if not body and row.get("html"):
                body = "\n".join(html_blocks(str(row["html"]))[0])
            if not body or not str(body).strip():
                raise BadInput(f"line {n}: no text or html")
            url = row.get("url")
            outlet = outlet_named(row["outlet"]) if row.get("outlet") else outlet_from_url(url)
            yield Article(
                url=url, title=str(row.get("title") or ""), published_at=_date(row.get("published_at")),
                language=row.get("language") or guess_language(str(body)), outlet=outlet,
                source_file=f"{source}:{n}", text=str(body).strip(),
            )


def _date(value: object) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
