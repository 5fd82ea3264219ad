"""A saved HTML page: its visible text blocks, <title>, canonical URL and date meta tags."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.models import Article
from kg.outlets import outlet_from_url
from loaders.base import BadInput, guess_language
from loaders.feedx import _parse_date
from loaders.html_text import html_blocks

_START = re.compile(r"\s*(<!doctype\s+html|<html[\s>])", re.I)
_CANONICAL = re.compile(r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)", re.I)
_OG_URL = re.compile(r"<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)", re.I)
_PUBLISHED = re.compile(
    r"<meta[^>]+(?:property|name)=[\"'](?:article:published_time|date|pubdate)[\"'][^>]*content=[\"']([^\"']+)",
    re.I)


class HtmlLoader:
    name = "html"

    def sniff(self, head: str, path: str) -> bool:
        return bool(_START.match(head))

    def load(self, text: str, source: str) -> Iterator[Article]:
        if not re.search(r"</html\s*>", text[-4096:], re.I):
            raise BadInput("truncated HTML: the document ends before </html>")
        lines, title = html_blocks(text)
        if not lines:
            raise BadInput("no article text in the page")
        url_m = _CANONICAL.search(text) or _OG_URL.search(text)
        url = url_m.group(1) if url_m else None
        date_m = _PUBLISHED.search(text)
        body = "\n".join(lines)
        published = _parse_date(date_m.group(1)) if date_m else None
        yield Article(
            url=url, title=title or lines[0][:200], published_at=published,
            language=guess_language(body), outlet=outlet_from_url(url), source_file=source, text=body,
        )
