"""Property-based: random bytes and random markup never crash a loader and never hang."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.dates import parse_date, said_on
from kg.models import Article
from kg.text import canonical_url
from loaders import LoadError, load_bytes

FAST = settings(max_examples=150, deadline=timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow])

_TOKENS = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<br>", "<item>", "</item>", "<title>", "</title>", "<link>", "</link>",
    "<description>", "</description>", "<![CDATA[", "]]>", "<!--", "-->", "&amp;", "&lt;", "&#x4e2d;", "&bogus;",
    "<script>", "</script>", "<entry>", "</entry>", "<content:encoded>", "<!DOCTYPE x [<!ENTITY a \"b\">]>",
    "&a;", "<html>", "</html>", "<body>", "<a href='https://x.org/'>", "</a>", "新闻", "He said ", "“", "”",
    "\n", " ", "------", "[t](https://www.rfi.fr/cn/x)", "<?xml version='1.0'?>", "\x00", "\ufeff", "<", ">", "\"",
])
_PREFIXES = st.sampled_from([
    "", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>",
    "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">",
    "<!DOCTYPE html><html><head><title>x</title></head><body>", "<!--1693822502000-->\n[标题](https://www.dw.com/zh/a-1)\n------\n",
    "{\"url\": \"https://x.org/1\", \"text\": ", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
])


def _check(items: list[Article | LoadError]) -> None:
    for i in items:
        assert isinstance(i, Article | LoadError)
        if isinstance(i, LoadError):
            assert "\n" not in i.line() and i.message


@FAST
@given(st.binary(max_size=4096))
def test_random_bytes_never_crash(data: bytes) -> None:
    _check(list(load_bytes(data, "random.bin")))


@FAST
@given(_PREFIXES, st.lists(_TOKENS, max_size=80),
       st.sampled_from(["", "</channel></rss>", "</feed>", "</body></html>"]))
def test_random_markup_never_crashes(prefix: str, tokens: list[str], suffix: str) -> None:
    text = prefix + "".join(tokens) + suffix
    for enc in ("utf-8", "gb18030"):
        _check(list(load_bytes(text.encode(enc, "replace"), "random.xml")))


@FAST
@given(st.text(max_size=120))
def test_dates_and_urls_never_crash(s: str) -> None:
    dt = parse_date(s)
    assert dt is None or dt.tzinfo is not None
    said_on(s, parse_date("2024-03-01T10:00:00+08:00"))
    canonical_url(s)
