"""Every real input shape: feeds, archives, pages, stdin, URLs, encodings, hostile and huge inputs."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tarfile
import threading
import time
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kg.models import Article
from kg.text import canonical_url, to_traditional
from loaders import LoadError, load_bytes, load_paths
from loaders.base import BadInput
from loaders.http import fetch
from loaders.sources import iter_files
from tests.conftest import CORPUS, ROOT, SEED

DATA = ROOT / "tests" / "data" / "inputs"
RSS = CORPUS / "rss"


def _load(*paths: Path | str, **kw: object) -> list[Article | LoadError]:
    return list(load_paths([str(p) for p in paths], **kw))  # type: ignore[arg-type]


def _split(items: list[Article | LoadError]) -> tuple[list[Article], list[LoadError]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, LoadError)]


# --- feeds ------------------------------------------------------------------------------------

FEED_OUTLETS = {
    "greatfire_feeds__bbc.xml": "BBC", "greatfire_feeds__cdt.xml": "中国数字时代", "greatfire_feeds__dw.xml": "DW",
    "greatfire_feeds__nyt.xml": "纽约时报", "orx365_rss-arch__economist.xml": "The Economist",
    "orx365_rss-arch__ft-home.xml": "Financial Times", "orx365_rss-arch__nyt_econ.xml": "纽约时报",
    "orx365_rss-arch__wsj_world.xml": "Wall Street Journal",
}


@pytest.mark.parametrize("name", sorted(FEED_OUTLETS))
def test_every_item_of_every_real_feed_is_an_article(name: str) -> None:
    path = RSS / name
    raw = path.read_text("utf-8")
    n_items = len(re.findall(r"<item[\s>]", raw)) or len(re.findall(r"<entry[\s>]", raw))
    articles, errors = _split(_load(path))
    assert not errors
    assert len(articles) == n_items > 0
    for a in articles:
        assert a.title and a.url and a.url.startswith("http")
        assert a.published_at is not None and a.published_at.tzinfo is not None
        assert a.outlet is not None and a.outlet.name == FEED_OUTLETS[name]
        assert a.text and not re.search(r"</?[a-z][a-z0-9]*[\s>/]", a.text) and "&amp;" not in a.text
        assert "archive.is" not in a.url  # archive wrappers give way to the original address


def test_feed_dates_keep_their_zone_and_long_bodies_are_kept() -> None:
    nyt = _split(_load(RSS / "greatfire_feeds__nyt.xml"))[0]
    assert nyt[0].published_at is not None and nyt[0].published_at.utcoffset() == timedelta(hours=8)
    assert nyt[0].authors == ["SIM CHI YIN"]
    cdt = _split(_load(RSS / "greatfire_feeds__cdt.xml"))[0]
    assert min(len(a.text) for a in cdt) > 300  # content:encoded, not the short description


def test_content_encoded_wins_over_description_and_entities_are_decoded() -> None:
    first, second = _split(_load(DATA / "rss2_content.xml"))[0]
    assert first.text == ('The minister said on Monday the plan would work.\n'
                          '"We are confident," she told reporters & officials.')
    assert first.authors == ["Jane Doe"]
    assert first.published_at is not None and first.published_at.utcoffset() == timedelta(hours=8)
    assert first.outlet is not None and first.outlet.name == "Reuters"
    assert second.text == "Only a description here, with an entity & more."


def test_rss1_and_atom_items() -> None:
    [dw] = _split(_load(DATA / "rss1.rdf"))[0]
    assert dw.title == "外交部长表示将访问北京" and dw.outlet is not None and dw.outlet.name == "DW"
    assert dw.text == "德国外交部长周一表示，她将于下月访问北京。"  # the Instagram promo is gone
    assert dw.published_at is not None and dw.published_at.utcoffset() == timedelta(hours=1)
    [voa] = _split(_load(DATA / "atom.xml"))[0]
    assert voa.title == "美国之音：官员称谈判取得进展" and voa.authors == ["李明", "John Smith"]
    assert voa.outlet is not None and voa.outlet.name == "VOA" and voa.language == "zh"


@pytest.mark.parametrize(("name", "problem"), [("billion_laughs.xml", "entity 'lol'"),
                                               ("xxe_file.xml", "external entity 'file:///etc/passwd'")])
def test_entity_bombs_and_external_entities_are_refused(name: str, problem: str) -> None:
    started = time.monotonic()
    [e] = _load(DATA / name)
    assert isinstance(e, LoadError) and problem in e.line() and "not expanded or fetched" in e.line()
    assert time.monotonic() - started < 5


def test_external_entity_and_dtd_are_never_fetched(tmp_path: Path, server: str) -> None:
    hits_before = _Handler.hits.get("/dtd", 0)
    evil = tmp_path / "evil.xml"
    evil.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "{server}/dtd">]>\n'
                    '<rss version="2.0"><channel><title>t</title><item><title>&x;</title></item></channel></rss>')
    dtd = tmp_path / "dtd.xml"
    dtd.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "{server}/dtd">\n<rss version="2.0"><channel>'
                   '<title>t</title><link>https://example.org/</link><item><title>ok</title>'
                   '<link>https://example.org/1</link><description>Body.</description></item></channel></rss>')
    items = _load(evil, dtd)
    assert isinstance(items[0], LoadError) and "external entity" in items[0].message
    assert isinstance(items[1], Article) and items[1].text == "Body."
    assert _Handler.hits.get("/dtd", 0) == hits_before


@pytest.mark.parametrize(("data", "problem"), [
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>cut', "truncated XML"),
    (b'<?xml version="1.0"?><rss><channel><item></channel></rss>', "malformed or truncated XML"),
    (b'<?xml version="1.0"?><catalog><book>x</book></catalog>', "not an RSS or Atom feed"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', "no items"),
])
def test_broken_feeds_are_one_line(tmp_path: Path, data: bytes, problem: str) -> None:
    f = tmp_path / "feed.xml"
    f.write_bytes(data)
    [e] = _load(f)
    assert isinstance(e, LoadError) and str(f) in e.line() and problem in e.line() and "\n" not in e.line()


# --- archives, directories, stdin --------------------------------------------------------------

def _feedx_files() -> list[Path]:
    return sorted((CORPUS / "zh-feedx").iterdir())


def test_zip_and_tar_gz_load_like_the_directory(tmp_path: Path) -> None:
    direct = {a.id: a.text for a in _split(_load(CORPUS / "zh-feedx"))[0]}
    z = tmp_path / "dump.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in _feedx_files():
            zf.write(f, f"2025/{f.name}")
    t = tmp_path / "dump.tar.gz"
    with tarfile.open(t, "w:gz") as tf:
        for f in _feedx_files():
            tf.add(f, f"feedx/{f.name}")
    for archive in (z, t):
        articles, errors = _split(_load(archive))
        assert not errors
        assert {a.id: a.text for a in articles} == direct
        assert all(a.source_file and a.source_file.startswith(f"{archive} [") for a in articles)
    assert not list(tmp_path.glob("*/")), "nothing is unpacked to disk"


def test_unsafe_archive_members_are_refused_by_name(tmp_path: Path) -> None:
    z = tmp_path / "evil.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("../escape.txt", "The minister said it would work.")
        zf.writestr("/etc/abs.txt", "The minister said it would work.")
        zf.writestr("ok.txt", "The spokesman said the talks went well.")
        zf.writestr("bad.bin", b"\x00\x01\x02binary")
    t = tmp_path / "evil.tar.gz"
    with tarfile.open(t, "w:gz") as tf:
        data = b"The minister said it would work."
        info = tarfile.TarInfo("a/../../escape.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    articles, errors = _split(_load(z, t))
    assert [a.text for a in articles] == ["The spokesman said the talks went well."]
    lines = sorted(e.line() for e in errors)
    assert f"{z} [../escape.txt]: unsafe path" in lines[0] or any(f"{z} [../escape.txt]" in x for x in lines)
    assert any(f"{z} [/etc/abs.txt]" in x and "unsafe path" in x for x in lines)
    assert any(f"{z} [bad.bin]: binary file" in x for x in lines)
    assert any(f"{t} [a/../../escape.txt]" in x and "unsafe path" in x for x in lines)
    assert not (tmp_path.parent / "escape.txt").exists()


def test_broken_archive_is_one_line(tmp_path: Path) -> None:
    z = tmp_path / "cut.zip"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "The minister said so. " * 50)
    z.write_bytes(buf.getvalue()[:60])
    [e] = _load(z)
    assert isinstance(e, LoadError) and str(z) in e.line() and "zip" in e.line()


def test_stdin_is_read_with_a_dash() -> None:
    seed = SEED.read_bytes()
    [a] = _load("-", stdin=io.BytesIO(seed))
    assert isinstance(a, Article) and a.source_file == "<stdin>" and a.title.startswith("拜登推动对华沟通")
    code = "import sys; from loaders import load_paths; print([a.title[:4] for a in load_paths(['-'])])"
    out = subprocess.run([sys.executable, "-c", code], input=seed, capture_output=True, cwd=ROOT, check=True)
    assert out.stdout.decode().strip() == "['拜登推动']"


def test_a_directory_of_10000_files_is_walked_lazily(tmp_path: Path) -> None:
    big = tmp_path / "many"
    big.mkdir()
    for i in range(10_000):
        (big / f"{i:05d}.txt").touch()
    walk = iter_files([big])
    first = next(walk)
    assert isinstance(first, Path) and first.name == "00000.txt"
    assert sum(1 for _ in walk) == 9_999


def test_a_500_mb_file_is_refused_by_size_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(500 * 1024 * 1024)  # sparse: nothing is written, nothing is read
    started = time.monotonic()
    [e] = _load(huge)
    assert isinstance(e, LoadError) and "too large" in e.line() and str(huge) in e.line()
    assert time.monotonic() - started < 5


# --- HTML pages --------------------------------------------------------------------------------

def test_html_article_main_text_and_metadata() -> None:
    [a] = _load(DATA / "article.html")
    assert isinstance(a, Article)
    assert a.title == "Premier vows new transit funding"
    assert a.text.startswith("The premier of Ontario said on Friday")
    assert a.text.endswith("studied for more than thirty years.")
    for junk in ("Sports", "Popular now", "Share on Facebook", "newsletter", "rights reserved"):
        assert junk not in a.text
    assert a.authors == ["Alex Tremblay"]
    assert a.published_at is not None and a.published_at.utcoffset() == timedelta(hours=-5)
    assert a.outlet is not None and a.outlet.name == "CBC"
    assert canonical_url(a.url or "") == "cbc.ca/news/canada/toronto/premier-transit-funding-1.7000001"


# --- URLs --------------------------------------------------------------------------------------

class _Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        _Handler.hits[self.path] = _Handler.hits.get(self.path, 0) + 1
        route = self.path.split("?")[0]
        if route == "/page.html":
            self._send(200, (DATA / "article.html").read_bytes(), "text/html; charset=utf-8")
        elif route == "/nocanon.html":
            body = b"<!doctype html><html><head><title>T</title></head><body><p>The mayor said yes.</p></body></html>"
            self._send(200, body, "text/html")
        elif route == "/feed.xml":
            self._send(200, (DATA / "rss2_content.xml").read_bytes(), "application/rss+xml")
        elif route == "/gbk.txt":
            self._send(200, "外交部发言人表示，中方对此表示严重关切。".encode("gbk"), "text/plain; charset=gbk")
        elif route == "/redirect":
            self._redirect("/page.html")
        elif route == "/loop":
            self._redirect("/loop")
        elif route == "/to-file":
            self._redirect("file:///etc/passwd")
        elif route == "/big":
            self.send_response(200)
            self.send_header("Content-Length", str(200 * 1024 * 1024))
            self.end_headers()
        elif route == "/slow":
            time.sleep(3)
            self._send(200, b"late", "text/plain")
        elif route == "/list.txt":
            host = f"http://127.0.0.1:{self.server.server_address[1]}"
            self._send(200, f"{host}/feed.xml\n{host}/page.html\n".encode(), "text/plain")
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, code: int, body: bytes, ctype: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, to: str) -> None:
        self.send_response(302)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_urls_load_pages_feeds_and_follow_redirects(server: str) -> None:
    page, feed1, feed2, redirected, gbk, nocanon = _load(
        f"{server}/page.html", f"{server}/feed.xml", f"{server}/redirect", f"{server}/gbk.txt",
        f"{server}/nocanon.html", dedup=True)[:1] + _load(f"{server}/feed.xml")[:2] + _load(
        f"{server}/redirect", f"{server}/gbk.txt", f"{server}/nocanon.html", dedup=False)
    assert isinstance(page, Article) and page.title == "Premier vows new transit funding"
    assert isinstance(feed1, Article) and isinstance(feed2, Article) and feed1.outlet and feed1.outlet.name == "Reuters"
    assert isinstance(redirected, Article) and redirected.id == page.id
    assert isinstance(gbk, Article) and gbk.text == "外交部发言人表示，中方对此表示严重关切。"
    assert isinstance(nocanon, Article) and nocanon.url == f"{server}/nocanon.html"


def test_a_file_listing_urls_fetches_each(tmp_path: Path, server: str) -> None:
    lst = tmp_path / "feeds.txt"
    lst.write_text(f"# my feeds\n{server}/feed.xml\n{server}/page.html\n")
    articles, errors = _split(_load(lst))
    assert not errors and len(articles) == 3


@pytest.mark.parametrize(("path", "problem"), [
    ("/missing", "HTTP 404"), ("/loop", "too many redirects"), ("/big", "too large"),
    ("/to-file", "non-HTTP address refused"),
])
def test_url_errors_are_one_clear_line(server: str, path: str, problem: str) -> None:
    [e] = _load(f"{server}{path}")
    assert isinstance(e, LoadError) and e.source == f"{server}{path}" and problem in e.message


def test_url_timeout(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(BadInput, match="timed out"):
        fetch(f"{server}/slow", timeout=0.5)
    assert time.monotonic() - started < 2.5
    [e] = _load("ftp://127.0.0.1/x")
    assert isinstance(e, LoadError) and "no such file" in e.message


# --- encodings ---------------------------------------------------------------------------------

def test_gbk_big5_and_bom_files_load_and_garbage_is_refused(tmp_path: Path) -> None:
    [seed] = _split(_load(SEED))[0]
    zh = seed.text
    tw = "".join(c for c in to_traditional(zh) if _big5_ok(c))
    (tmp_path / "a_gbk.txt").write_bytes(zh.encode("gb18030"))
    (tmp_path / "b_big5.txt").write_bytes(tw.encode("big5"))
    (tmp_path / "c_bom.txt").write_bytes(b"\xef\xbb\xbf" + zh.encode("utf-8"))
    (tmp_path / "d_latin1.txt").write_bytes("Café crème, déjà vu à l'hôtel.".encode("latin-1"))
    (tmp_path / "e_cut.txt").write_bytes(zh.encode("utf-8")[:-1] + b"\xff\xfe\x80")
    items = _load(tmp_path, dedup=False)
    a, b, c = items[:3]
    assert isinstance(a, Article) and a.text == zh
    assert isinstance(b, Article) and b.text == tw
    assert isinstance(c, Article) and c.text == zh
    for e in items[3:]:
        assert isinstance(e, LoadError) and "invalid UTF-8" in e.message and "not GB18030 or Big5" in e.message


def _big5_ok(c: str) -> bool:
    try:
        c.encode("big5")
    except UnicodeEncodeError:
        return False
    return True


def test_gbk_html_page_with_meta_charset(tmp_path: Path) -> None:
    page = ('<!DOCTYPE html><html><head><meta charset="gbk"><title>新闻</title></head><body><article>'
            '<p>外交部发言人毛宁周一表示，中方对此表示严重关切，并已提出严正交涉。</p></article></body></html>')
    f = tmp_path / "page.html"
    f.write_bytes(page.encode("gbk"))
    [a] = _load(f)
    assert isinstance(a, Article) and "外交部发言人毛宁周一表示" in a.text


# --- dedup -------------------------------------------------------------------------------------

def test_the_same_article_twice_is_loaded_once(tmp_path: Path) -> None:
    item = ("<item><title>Minister says plan will work</title><link>{}</link>"
            "<description>The minister said the plan would work.</description></item>")
    feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{}</channel></rss>'
    (tmp_path / "a.xml").write_text(feed.format(item.format("https://www.reuters.com/world/plan/")))
    (tmp_path / "b.xml").write_text(feed.format(item.format(
        "http://reuters.com/world/plan?utm_source=tw&amp;fbclid=abc#top")))
    body = "The spokesman said the talks had gone well and would continue next week. " * 4
    (tmp_path / "c.jsonl").write_text(
        f'{{"url": "https://example.org/a", "title": "T", "text": "{body}"}}\n'
        f'{{"url": "https://mirror.example.net/b", "title": "T", "text": "{body.upper()}"}}\n')
    articles, errors = _split(_load(tmp_path))
    assert not errors
    assert len(articles) == 2
    assert len(_split(_load(tmp_path, dedup=False))[0]) == 4


def test_canonical_url_drops_tracking_scheme_and_archive_wrappers() -> None:
    same = ["https://www.dw.com/zh/a-1?maca=chi-rss&utm_medium=x", "http://dw.com/zh/a-1/",
            "https://archive.is/newest/https://www.dw.com/zh/a-1#comments", "https://DW.com:443/zh/a-1?fbclid=1"]
    assert {canonical_url(u) for u in same} == {"dw.com/zh/a-1"}
    assert canonical_url("https://x.org/p?id=2&b=1") == canonical_url("https://x.org/p?b=1&id=2") != "x.org/p"


def test_load_bytes_api_is_unchanged() -> None:
    [a] = load_bytes(SEED.read_bytes(), "seed")
    assert isinstance(a, Article) and a.content_hash and len(a.content_hash) == 20
