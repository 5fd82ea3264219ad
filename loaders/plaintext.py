"""Plain text: the whole file is the body; the first line doubles as the title."""

from __future__ import annotations

from collections.abc import Iterator

from kg.models import Article
from loaders.base import BadInput, guess_language


class PlainTextLoader:
    name = "text"

    def sniff(self, head: str, path: str) -> bool:
        return True  # the fallback for any decodable text

    def load(self, text: str, source: str, url: str | None = None) -> Iterator[Article]:
        body = "\n".join(line.rstrip() for line in text.strip().split("\n"))
        if not body.strip():
            raise BadInput("empty article")
        title = body.split("\n", 1)[0][:200]
        yield Article(title=title, language=guess_language(body), source_file=source, text=body)
