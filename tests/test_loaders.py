"""Loaders on the real seed, the real corpus, and broken inputs of our own."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kg.models import Article
from loaders import LoadError, load_paths
from tests.conftest import CORPUS, SEED


def _articles(*paths: Path | str) -> list[Article | LoadError]:
    return list(load_paths([str(p) for p in paths]))


def test_seed_article_fields() -> None:
    [a] = _articles(SEED)
    assert isinstance(a, Article)
    assert a.title.startswith("拜登推动对华沟通已派多官员访北京")
    assert a.url and a.url.startswith("https://www.rfi.fr/cn/")
    assert a.published_at == datetime.fromisoformat("2023-09-04T12:07:00+02:00")
    assert a.published_at.utcoffset() == timedelta(hours=2)
    assert a.outlet is not None and a.outlet.name == "RFI"
    assert a.delivered_by is not None and a.delivered_by.name == "feedx"
    assert a.language == "zh"
    # lead first, paragraphs after; no date stamp, share block or aggregator footer
    assert a.text.startswith("美国商务部长雷蒙多结束访中行程")
    assert a.text.endswith("以便在贸易和投资限制等问题上反击美国。")
    for junk in ("分享", "feedx", "获取更多RSS", "04/09/2023", "<", "&amp;"):
        assert junk not in a.text


def test_every_feedx_item_loads_with_date_and_outlet() -> None:
    items = _articles(CORPUS / "zh-feedx")
    assert len(items) >= 30
    for a in items:
        assert isinstance(a, Article), a
        assert a.url and a.title and a.text
        assert a.published_at is not None and a.published_at.tzinfo is not None
        assert a.outlet is not None and a.delivered_by is not None
        assert "获取更多RSS" not in a.text


def test_plain_text_is_the_whole_body() -> None:
    path = CORPUS / "en-ggt" / "5c146e42795bd2fcce2ea8e5.txt"
    [a] = _articles(path)
    assert isinstance(a, Article)
    assert a.language == "en"
    assert a.text == path.read_text("utf-8").strip()


def test_format_is_sniffed_from_content_not_extension(tmp_path: Path) -> None:
    feedx = tmp_path / "item.bin.txt"
    feedx.write_text("<!--1693822502000-->\n[标题](https://www.dw.com/zh/x/a-1)\n------\n\n<p>德国之声表示，正文。</p>",
                     "utf-8")
    html = tmp_path / "page.dat"
    html.write_text("<!doctype html><html><head><title>Page</title></head><body><p>Hello there.</p></body></html>")
    [a, b] = _articles(feedx, html)
    assert isinstance(a, Article) and a.outlet and a.outlet.name == "DW" and a.text == "德国之声表示，正文。"
    assert isinstance(b, Article) and b.title == "Page" and b.text == "Hello there."


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\n ", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "café crème".encode("latin-1"), "invalid UTF-8"),
        ("cut.html", b"<!DOCTYPE html><html><head><title>x</title></head><body><p>Half an arti", "truncated HTML"),
        ("nolink.md", b"<!--1693822502000-->\nno link here\n", "not an aggregator item"),
        ("bad.jsonl", b'{"url": "https://x.org/1", "text": "ok"}\n{"url": ', "invalid JSON"),
    ],
)
def test_bad_input_is_one_clear_error_naming_the_file(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text("The minister said the plan would work.", "utf-8")
    items = _articles(tmp_path)
    errors = [i for i in items if isinstance(i, LoadError)]
    articles = [i for i in items if isinstance(i, Article)]
    assert len(errors) == 1 and len(articles) == 1
    line = errors[0].line()
    assert str(bad) in line and problem in line and "\n" not in line
    assert articles[0].text == "The minister said the plan would work."


def test_missing_path_is_an_error() -> None:
    [e] = _articles("/nonexistent/claimgraph-input")
    assert isinstance(e, LoadError) and "no such file" in e.message


def test_ids_are_stable_across_loads() -> None:
    [a] = _articles(SEED)
    [b] = _articles(SEED)
    assert isinstance(a, Article) and isinstance(b, Article) and a.id == b.id
