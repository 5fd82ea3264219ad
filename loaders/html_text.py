"""HTML fragment to clean text blocks, with the parts that carry no article text dropped.

The stdlib parser is lenient and never fetches anything: no entity expansion
beyond the HTML5 named entities, no external resources.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from kg.text import collapse_space
from loaders.boiler import is_boilerplate

# Subtrees whose text is not article text: captions, media, scripts, bylines, forms.
SKIP = {"script", "style", "noscript", "figure", "figcaption", "small", "address", "time", "footer",
        "nav", "aside", "form", "button", "select", "svg", "iframe", "template", "head", "title",
        "object", "video", "audio", "canvas", "cite"}
BLOCK = {"p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
         "section", "article", "tr", "table", "header", "main", "pre", "dd", "dt", "body", "html"}
VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed",
        "param", "track"}

# Lines that are boilerplate in aggregator dumps and news pages, and what follows the feed footer.
_BOILER = re.compile(r"^(分享\s*[:：]|share\s*:|获取更多RSS|獲取更多RSS|https?://feedx\.\w+$|©|点击查看本文英文版|"
                     r"點擊查看本文英文版|翻译[:：]|翻譯[:：])", re.I)
# A line that is only a date stamp (RFI's dd/mm/yyyy - HH:MM, RFC 822, ISO 8601) is metadata, not text.
_DATE_LINE = re.compile(r"^(\d{1,2}/\d{1,2}/\d{4}\s*-\s*\d{1,2}:\d{2}|"
                        r"(\w{3},\s*)?\d{1,2}\s\w{3}\s\d{4}\s[\d:]+(\s*(GMT|UTC|[+-]\d{4}))?|"
                        r"\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)$")
_FOOTER_START = re.compile(r"^(获取更多RSS|獲取更多RSS)")


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.skip_depth = 0
        self.skip_tag: list[str] = []
        self.title: list[str] = []
        self.in_title = False

    def _flush(self) -> None:
        line = collapse_space("".join(self.buf))
        if line:
            self.lines.append(line)
        self.buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if self.skip_tag:
            if tag == self.skip_tag[-1] and tag not in VOID:
                self.skip_depth += 1
            return
        if tag in SKIP:
            self.skip_tag.append(tag)
            self.skip_depth = 1
            return
        if tag in BLOCK:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skip_tag and tag in BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.skip_tag:
            if tag == self.skip_tag[-1]:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag.pop()
            return
        if tag in BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skip_tag:
            self.buf.append(data)


def html_blocks(html: str) -> tuple[list[str], str]:
    """The text lines of an HTML fragment (boilerplate dropped) and its <title>, if any."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    parser._flush()
    lines: list[str] = []
    for line in parser.lines:
        if _FOOTER_START.match(line):
            break
        if _BOILER.match(line) or _DATE_LINE.match(line) or is_boilerplate(line):
            continue
        lines.append(line)
    return lines, collapse_space("".join(parser.title))
