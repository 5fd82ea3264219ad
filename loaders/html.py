"""A saved or fetched HTML article page: main text and metadata (title, date, author, site) by
trafilatura, offline; dates with their time zone from the page's own meta tags or JSON-LD."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

from kg.dates import parse_date, zone
from kg.models import Article, Outlet
from kg.outlets import find_outlets, known_outlet, known_outlet_for_url, outlet_from_url
from kg.text import collapse_space
from loaders.base import BadInput, guess_language
from loaders.boiler import drop_boilerplate
from loaders.html_text import html_blocks

_START = re.compile(r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>])", re.I | re.S)
_CANONICAL = re.compile(r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)", re.I)
_OG_URL = re.compile(r"<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)", re.I)
_META_DATE = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|og:published_time|datePublished|date|"
    r"pubdate|publishdate|dc\.date|dcterms\.created|sailthru\.date|parsely-pub-date)[\"'][^>]*"
    r"content=[\"']([^\"']+)", re.I)
_META_DATE_REV = re.compile(
    r"<meta[^>]+content=[\"']([^\"']+)[\"'][^>]*(?:property|name|itemprop)=[\"'](?:article:published_time|"
    r"datePublished|date|pubdate)[\"']", re.I)
_LD_DATE = re.compile(r"\"datePublished\"\s*:\s*\"([^\"]+)\"")
_TIME_TAG = re.compile(r"<time[^>]+datetime=[\"']([^\"']+)", re.I)


class HtmlLoader:
    name = "html"

    def sniff(self, head: str, path: str) -> bool:
        return bool(_START.match(head))

    def load(self, text: str, source: str, url: str | None = None) -> Iterator[Article]:
        if not re.search(r"</html\s*>", text[-4096:], re.I):
            raise BadInput("truncated HTML: the document ends before </html>")
        url_m = _CANONICAL.search(text) or _OG_URL.search(text)
        page_url = url_m.group(1).strip() if url_m and url_m.group(1).startswith("http") else url
        meta = _extract(text, page_url)
        blocks, html_title = html_blocks(text)
        body = meta.get("text") or ""
        if len(body) < 0.3 * sum(len(b) for b in blocks) and len(body) < 200:
            body = "\n".join(blocks)  # a short page trafilatura judged too thin: its visible text
        title = collapse_space(meta.get("title") or html_title or "")
        lines = drop_boilerplate([ln for ln in (collapse_space(x) for x in body.split("\n")) if ln])
        if lines and title and lines[0] == title:
            lines = lines[1:]  # the page's heading repeats the title
        if not lines:
            raise BadInput("no article text in the page")
        outlet = _outlet(page_url, meta.get("sitename"))
        published = _published(text, meta.get("date"), outlet)
        authors = [a.strip() for a in re.split(r";|\band\b", meta.get("author") or "") if a.strip()]
        text_out = "\n".join(lines)
        yield Article(
            url=page_url, title=title or lines[0][:200], published_at=published,
            language=guess_language(text_out), outlet=outlet, source_file=source, text=text_out, authors=authors,
        )


def _extract(html: str, url: str | None) -> dict[str, str]:
    import trafilatura  # imported lazily: heavy, and only pages need it

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, include_images=False, deduplicate=True)
    except (ValueError, TypeError, AttributeError, RecursionError):  # malformed markup it cannot walk
        return {}
    if doc is None:
        return {}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {k: str(v) for k, v in data.items() if isinstance(v, str) and v}


def _outlet(url: str | None, sitename: str | None) -> Outlet | None:
    hit = known_outlet_for_url(url)
    if hit:
        return hit
    if sitename:
        found = known_outlet(sitename) or next((o for _, _, o in find_outlets(sitename)), None)
        if found:
            return found
    if url:
        return outlet_from_url(url)
    return Outlet(name=sitename) if sitename else None


def _published(html: str, fallback: str | None, outlet: Outlet | None) -> datetime | None:
    """The page's own publication time with its zone; trafilatura's day (no zone) as a fallback."""
    tz = zone(outlet.tz) if outlet and outlet.tz else None
    for pattern in (_META_DATE, _META_DATE_REV, _LD_DATE, _TIME_TAG):
        m = pattern.search(html)
        if m:
            dt = parse_date(m.group(1).strip(), tz)
            if dt:
                return dt
    return parse_date(fallback, tz) if fallback else None
