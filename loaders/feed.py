"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item, with the fullest body the feed carries.

The XML is first checked by defusedxml (no entity declarations, no external references: entity
bombs and external entities are refused, never expanded or fetched); feedparser then reads it
from memory, never from a URL or a file name.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring as safe_fromstring

from kg.dates import parse_date, zone
from kg.models import Article, Outlet
from kg.outlets import find_outlets, known_outlet_for_url, outlet_from_url
from kg.text import collapse_space, unwrap_url
from loaders.base import BadInput, LoadError, guess_language
from loaders.html_text import html_blocks

_ROOT = re.compile(r"<(rss|feed|rdf:RDF|RDF)[\s>]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_URL = re.compile(r"^https?://\S+$", re.I)


class FeedLoader:
    name = "feed"

    def sniff(self, head: str, path: str) -> bool:
        # Any XML document lands here: a feed is read, other XML is refused with a clear line.
        return head.lstrip().startswith("<?xml") or bool(_ROOT.search(head[:2048]))

    def load(self, text: str, source: str, url: str | None = None) -> Iterator[Article | LoadError]:
        root = _check_xml(text)
        local = root.tag.rsplit("}", 1)[-1]
        if local not in ("rss", "feed", "RDF"):
            raise BadInput(f"XML but not an RSS or Atom feed (root element <{local}>)")
        import feedparser  # imported lazily: it is only needed for feeds

        body = _XML_DECL.sub("", text, count=1).encode("utf-8")
        headers = {"content-type": "application/xml; charset=utf-8"}
        if url:
            headers["content-location"] = url
        parsed = feedparser.parse(io.BytesIO(body), response_headers=headers, sanitize_html=False,
                                  resolve_relative_uris=bool(url))
        feed = parsed.get("feed", {})
        if not parsed.entries:
            raise BadInput("feed has no items")
        outlet = feed_outlet(feed, url)
        language = (feed.get("language") or "").lower()[:2] or None
        feed_date = feed.get("updated") or feed.get("published")
        for n, entry in enumerate(parsed.entries, 1):
            item = f"item {n}"
            try:
                yield _article(entry, source, item, outlet, language, feed_date)
            except BadInput as exc:
                yield LoadError(source=source, item=item, message=str(exc))


def _check_xml(text: str) -> Any:
    try:
        return safe_fromstring(_XML_DECL.sub("", text, count=1), forbid_dtd=False, forbid_entities=True,
                               forbid_external=True)
    except EntitiesForbidden as exc:
        what = f"external entity {exc.sysid!r}" if exc.sysid else f"entity {exc.name!r}"
        raise BadInput(f"XML declares {what}: refused, not expanded or fetched (entity bomb or external entity)") \
            from None
    except ExternalReferenceForbidden as exc:
        raise BadInput(f"XML refers to an external resource ({exc.sysid}): refused, not fetched") from None
    except DTDForbidden:
        raise BadInput("XML DTD refused") from None
    except ParseError as exc:
        raise BadInput(f"malformed or truncated XML ({exc})") from None


def _text_of(html: str) -> str:
    if not html:
        return ""
    if "<" not in html and "&" not in html:
        return collapse_space(html)
    return "\n".join(html_blocks(html)[0])


def _article(entry: Any, source: str, item: str, outlet: Outlet | None, language: str | None,
             feed_date: str | None) -> Article:
    link = entry.get("link") or ""
    guid = entry.get("id") or ""
    url = unwrap_url(link if _URL.match(link) else guid if _URL.match(guid) else link) or None
    title = _text_of(entry.get("title", ""))
    # The fullest body: content:encoded / atom:content over description / summary.
    bodies = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    bodies.append(entry.get("summary", ""))
    texts = [t for t in (_text_of(b) for b in bodies) if t]
    body = max(texts, key=len) if texts else ""
    if not title and not body:
        raise BadInput("item has neither title nor text")
    item_outlet = (known_outlet_for_url(url) if url else None) or outlet or outlet_from_url(url)
    tz = zone(item_outlet.tz) if item_outlet else None
    published = None
    for key in ("published", "updated", "created", "dc_date"):
        published = parse_date(entry.get(key), tz)
        if published:
            break
    if published is None:
        published = parse_date(feed_date, tz)
    authors = [collapse_space(a.get("name", "")) for a in entry.get("authors", []) if a.get("name")]
    if not authors and entry.get("author"):
        authors = [collapse_space(entry["author"])]
    text = body or title
    return Article(
        url=url, title=title or body[:200], published_at=published,
        language=language if language in ("zh", "en") else guess_language(title + text),
        outlet=item_outlet, source_file=f"{source} [{item}]", text=text, authors=authors,
    )


def feed_outlet(feed: Any, url: str | None = None) -> Outlet | None:
    """The feed's publisher: a gazetteer domain among its links, else a gazetteer name in its
    title, author or rights line, else the host of its link."""
    urls = [feed.get("link"), url, feed.get("id")]
    urls += [lk.get("href") for lk in feed.get("links", [])]
    for key in ("author_detail", "publisher_detail", "generator_detail"):
        detail = feed.get(key) or {}
        urls.append(detail.get("href"))
    urls.append(feed.get("generator"))
    for u in urls:
        if u and _URL.match(str(u).strip()):
            hit = known_outlet_for_url(unwrap_url(str(u)))
            if hit:
                return hit
    for key in ("title", "author", "publisher", "rights", "subtitle", "generator"):
        value = feed.get(key)
        if value:
            found = find_outlets(str(value))
            if found:
                return found[0][2]
    return outlet_from_url(feed.get("link") or url)
