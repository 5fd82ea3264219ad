"""The aggregator dump format (feedx): epoch comment, [title](url), a rule, then the item's HTML."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from kg.dates import from_epoch, parse_date, parse_dmy, zone
from kg.models import Article, Outlet
from kg.outlets import outlet_from_url, outlet_named
from loaders.base import BadInput, guess_language
from loaders.html_text import html_blocks

_EPOCH = re.compile(r"^\s*<!--\s*(\d{10,13})\s*-->")
_LINK = re.compile(r"^\[(.*)\]\((\S+?)\)\s*$", re.M)
_HEAD = re.compile(r"\s*\[[^\n]*\]\(https?://[^\s)]+\)\s*\n-{3,}")
_RULE = re.compile(r"^-{3,}\s*$", re.M)
_DMY = re.compile(r"<div>\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*-\s*(\d{1,2}):(\d{2})\s*</div>")
_ITALIC_DATE = re.compile(r"<i>(?:\s|<br\s*/?>)*([^<]{8,40}?)\s*</i>")


class FeedxLoader:
    name = "feedx"

    def sniff(self, head: str, path: str) -> bool:
        return bool(_EPOCH.match(head) or _HEAD.match(head))

    def load(self, text: str, source: str, url: str | None = None) -> Iterator[Article]:
        link = _LINK.search(text[:8192])
        rule = _RULE.search(text)
        if not link or not rule:
            raise BadInput("not an aggregator item: missing [title](url) line or ------ rule")
        title, url = link.group(1).strip(), link.group(2)
        html = text[rule.end():]
        lines, _ = html_blocks(html)
        if not lines:
            raise BadInput("no article text in the item")
        epoch = _EPOCH.match(text)
        outlet = outlet_from_url(url)
        published = _published(html, int(epoch.group(1)) if epoch else None, outlet)
        body = "\n".join(lines)
        yield Article(
            url=url, title=title, published_at=published, language=guess_language(title + body),
            outlet=outlet, delivered_by=outlet_named("feedx"), source_file=source, text=body,
        )


def _published(html: str, epoch: int | None, outlet: Outlet | None) -> datetime | None:
    """The item's own date line in its own time zone where there is one, else the feed's epoch (UTC)."""
    m = _DMY.search(html[:4000])
    if m:  # the div is the newsroom's local time: its zone comes from the gazetteer, else UTC
        local = parse_dmy(m.group(0), zone(outlet.tz if outlet else None))
        if local is not None:
            return local
    m = _ITALIC_DATE.search(html[:4000])
    if m and (parsed := parse_date(m.group(1).strip())):
        return parsed
    return from_epoch(epoch) if epoch is not None else None
