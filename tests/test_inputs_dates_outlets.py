"""kg.dates (printed dates, relative day words) and the outlet gazetteer (names, domains, fast scan)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kg.dates import find_relative, from_epoch, parse_date, resolve_relative, said_on
from kg.outlets import find_outlets, known_outlet, known_outlet_for_url, outlet_from_url, outlet_pattern
from loaders import load_paths
from tests.conftest import CORPUS

PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(("value", "expected"), [
    ("1693822502000", datetime(2023, 9, 4, 10, 15, 2, tzinfo=UTC)),
    (1693822502, datetime(2023, 9, 4, 10, 15, 2, tzinfo=UTC)),
    ("Mon, 16 Mar 2015 16:03:24 +0800", datetime(2015, 3, 16, 16, 3, 24, tzinfo=ZoneInfo("Asia/Shanghai"))),
    ("Sat, 21 Feb 2026 16:18:50 GMT", datetime(2026, 2, 21, 16, 18, 50, tzinfo=UTC)),
    ("2015-03-15T16:44:00Z", datetime(2015, 3, 15, 16, 44, tzinfo=UTC)),
    ("2024-03-01T17:45:00-05:00", datetime(2024, 3, 1, 22, 45, tzinfo=UTC)),
    ("04/09/2023 - 12:07", datetime(2023, 9, 4, 12, 7, tzinfo=PARIS)),
    ("2023年9月4日 12:07", datetime(2023, 9, 4, 12, 7, tzinfo=PARIS)),
])
def test_printed_dates_are_aware_and_keep_their_zone(value: object, expected: datetime) -> None:
    got = parse_date(value, PARIS)
    assert got == expected and got is not None and got.tzinfo is not None


def test_offsets_are_kept_not_converted() -> None:
    got = parse_date("Mon, 16 Mar 2015 16:03:24 +0800")
    assert got is not None and got.utcoffset() == timedelta(hours=8) and got.hour == 16
    assert parse_date("not a date") is None and parse_date("") is None and from_epoch("x") is None


ANCHOR = datetime(2023, 9, 6, 9, 0, tzinfo=PARIS)  # a Wednesday


@pytest.mark.parametrize(("phrase", "day"), [
    ("今天", date(2023, 9, 6)), ("昨天", date(2023, 9, 5)), ("前天", date(2023, 9, 4)), ("周一", date(2023, 9, 4)),
    ("星期五", date(2023, 9, 1)), ("上周三", date(2023, 8, 30)), ("本周一", date(2023, 9, 4)),
    ("上月", date(2023, 8, 1)), ("上个月", date(2023, 8, 1)), ("去年", date(2022, 1, 1)), ("週二", date(2023, 9, 5)),
    ("today", date(2023, 9, 6)), ("yesterday", date(2023, 9, 5)), ("on Monday", date(2023, 9, 4)),
    ("Friday", date(2023, 9, 1)), ("last Wednesday", date(2023, 8, 30)), ("last week", date(2023, 8, 28)),
    ("next Tuesday", date(2023, 9, 12)), ("last month", date(2023, 8, 1)),
])
def test_relative_words_resolve_against_the_article_date(phrase: str, day: date) -> None:
    assert resolve_relative(phrase, ANCHOR) == day


def test_said_on_prefers_a_day_word() -> None:
    assert said_on("美国国务院发言人周一在记者会上表示，上月的会谈取得进展", ANCHOR) == date(2023, 9, 4)
    assert said_on("The minister said last week that talks stalled on Monday", ANCHOR) == date(2023, 9, 4)
    assert said_on("没有时间词", ANCHOR) is None and said_on("今天", None) is None
    assert [p for _, _, p in find_relative("他昨天说，今天不会")] == ["昨天", "今天"]


REQUIRED = {
    "RFI": "rfi", "法广": "rfi", "法國國際廣播電台": "rfi", "VOA": "voa", "美国之音": "voa",
    "DW": "dw", "德国之声": "dw",
    "CNA": "cna", "中央社": "cna", "中央通讯社": "cna", "NYT": "nyt", "纽约时报": "nyt", "紐約時報": "nyt",
    "Reuters": "reuters", "路透社": "reuters", "AP": "ap", "美联社": "ap", "AFP": "afp", "法新社": "afp", "BBC": "bbc",
    "Bloomberg": "bloomberg", "彭博社": "bloomberg", "Kyodo": "kyodo", "共同社": "kyodo", "Xinhua": "xinhua",
    "新华社": "xinhua", "CBC": "cbc", "CTV News": "ctv", "Global News": "globalnews", "Toronto Star": "torontostar",
    "National Post": "nationalpost", "CNN": "cnn", "Fox News": "foxnews", "Politico": "politico", "The Hill": "thehill",
    "Breitbart": "breitbart", "HuffPost": "huffpost", "USA Today": "usatoday", "Washington Post": "wapo",
    "The Western Journal": "westernjournal", "中国数字时代": "cdt", "The Economist": "economist",
    "Financial Times": "ft", "Wall Street Journal": "wsj",
}


@pytest.mark.parametrize(("name", "key"), sorted(REQUIRED.items()))
def test_gazetteer_names_in_every_script(name: str, key: str) -> None:
    hit = known_outlet(name)
    assert hit is not None and hit.key == key


def test_outlets_from_urls() -> None:
    assert known_outlet_for_url("https://www.rfi.fr/cn/x") is not None
    assert (known_outlet_for_url("http://www.dw.de/chinese/") or object()).key == "dw"  # type: ignore[union-attr]
    assert known_outlet_for_url("https://example.org/x") is None
    other = outlet_from_url("https://news.example.org/x")
    assert other is not None and other.name == "news.example.org"


def test_find_outlets_matches_outlet_pattern_on_the_corpus() -> None:
    texts = [a.text for a in load_paths([CORPUS / "zh-feedx", CORPUS / "en-polnear-dev"]) if hasattr(a, "text")]
    for text in texts:
        expected = [(m.start(), m.end()) for m in outlet_pattern().finditer(text)]
        assert [(s, e) for s, e, _ in find_outlets(text)] == expected
    assert [o.key for _, _, o in find_outlets("APEC said, AP reported; 據法廣和紐約時報")] == ["ap", "rfi", "nyt"]
