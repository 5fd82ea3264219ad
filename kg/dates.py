"""Dates as news prints them, and relative day words resolved against an article's date.

Every datetime returned is aware: a printed zone is kept, a date printed without one gets the
zone the caller knows (the newsroom's, from the outlet gazetteer) or UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, tzinfo
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["parse_date", "from_epoch", "parse_dmy", "resolve_relative", "find_relative", "said_on", "zone"]

_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})\s*-\s*(\d{1,2}):(\d{2})")
_ZH_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2})[:：时時](\d{2})?)?")
_EPOCH = re.compile(r"\d{9,13}")


def zone(name: str | None) -> tzinfo:
    """The IANA zone by name, UTC when unknown or missing."""
    if not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def from_epoch(value: int | float | str) -> datetime | None:
    """Seconds or milliseconds since 1970 (both occur in dumps) as an aware UTC datetime."""
    try:
        n = float(value)
    except (TypeError, ValueError):
        return None
    if n > 10**11:
        n /= 1000
    try:
        return datetime.fromtimestamp(n, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def parse_dmy(text: str, tz: tzinfo | None = None) -> datetime | None:
    """RFI's `dd/mm/yyyy - HH:MM` stamp, local time of the newsroom (tz), else UTC."""
    m = _DMY.search(text)
    if not m:
        return None
    day, month, year, hour, minute = (int(x) for x in m.groups())
    try:
        return datetime(year, month, day, hour, minute, tzinfo=tz or UTC)
    except ValueError:
        return None


def parse_date(value: object, tz: tzinfo | None = None) -> datetime | None:
    """RFC 822, ISO 8601, epoch, RFI's dd/mm/yyyy - HH:MM or 2023年9月4日 as an aware datetime, or None.

    tz is used only when the printed date carries no zone of its own.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz or UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=tz or UTC)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return from_epoch(value)
    s = str(value).strip()
    if not s or len(s) > 80:
        return None
    if _EPOCH.fullmatch(s):
        return from_epoch(s)
    dt: datetime | None = None
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        dt = None
    if dt is None:
        try:
            dt = parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            dt = None
        # email.utils reads "-0000" as "zone unknown" and returns a naive datetime: treat as UTC.
    if dt is None:
        dmy = parse_dmy(s, tz)
        if dmy:
            return dmy
        m = _ZH_DATE.search(s)
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            h, mi = int(m.group(4) or 0), int(m.group(5) or 0)
            try:
                dt = datetime(y, mo, d, h, mi)
            except ValueError:
                return None
    if dt is None:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=tz or UTC)


# --- relative day words -------------------------------------------------------------------------

_ZH_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5}
_EN_WEEKDAY = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                            "sunday"))}
_ZH_DAYS = {"今天": 0, "今日": 0, "今晨": 0, "今早": 0, "今晚": 0, "当天": 0, "當天": 0, "昨天": -1, "昨日": -1,
            "昨晚": -1, "前天": -2, "前日": -2, "明天": 1, "明日": 1, "后天": 2, "後天": 2}
_EN_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
            "yesterday": -1, "last night": -1, "tomorrow": 1}

_ZH_REL = re.compile(
    r"(?P<day>今天|今日|今晨|今早|今晚|当天|當天|昨天|昨日|昨晚|前天|前日|明天|明日|后天|後天)"
    r"|(?P<wk>(?:上|下|本|这|這)?(?:个|個)?(?:周|週|星期|礼拜|禮拜))(?P<wd>[一二三四五六日天末])"
    r"|(?P<unit>(?:上|本|这|這|下)(?:个|個)?(?:周|週|星期|月|季度)|去年|今年|明年|前年)")
_EN_REL = re.compile(
    r"\b(?P<day>today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night)\b"
    r"|\b(?:(?P<mod>last|this|next|on|late|early)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)\b"
    r"|\b(?P<unit>(?:last|this|next) (?:week|month|year))\b", re.I)


def _anchor_day(anchor: date | datetime) -> date:
    return anchor.date() if isinstance(anchor, datetime) else anchor


def _month_start(d: date, delta: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + delta, 12)
    return date(y, m + 1, 1)


def _weekday_before(d: date, wd: int, *, allow_same: bool = True) -> date:
    """The most recent such weekday on or before d: news reports what was said, not what will be."""
    back = (d.weekday() - wd) % 7
    if back == 0 and not allow_same:
        back = 7
    return d - timedelta(days=back)


def resolve_relative(phrase: str, anchor: date | datetime) -> date | None:
    """The day a relative expression (今天, 周一, 上月, "on Monday", "last week") names, seen from anchor.

    Spans of time (上月, last week) resolve to their first day. None when phrase is not relative.
    """
    if anchor is None:
        return None
    d = _anchor_day(anchor)
    p = phrase.strip()
    if p in _ZH_DAYS:
        return d + timedelta(days=_ZH_DAYS[p])
    m = _ZH_REL.fullmatch(p)
    if m:
        return _resolve_zh(m, d)
    m = _EN_REL.fullmatch(p)
    if m:
        return _resolve_en(m, d)
    return None


def _resolve_zh(m: re.Match[str], d: date) -> date | None:
    if m.group("day"):
        return d + timedelta(days=_ZH_DAYS[m.group("day")])
    if m.group("wd"):
        wd = _ZH_WEEKDAY[m.group("wd")]
        prefix = m.group("wk")[0]
        monday = d - timedelta(days=d.weekday())
        if prefix == "上":
            return monday - timedelta(days=7) + timedelta(days=wd)
        if prefix == "下":
            return monday + timedelta(days=7 + wd)
        if prefix in "本这這":
            return monday + timedelta(days=wd)
        return _weekday_before(d, wd)
    unit = m.group("unit")
    if unit in ("去年", "前年", "今年", "明年"):
        return date(d.year + {"前年": -2, "去年": -1, "今年": 0, "明年": 1}[unit], 1, 1)
    step = -1 if unit[0] == "上" else 1 if unit[0] == "下" else 0
    if unit.endswith(("周", "週", "星期")):
        return d - timedelta(days=d.weekday()) + timedelta(days=7 * step)
    if unit.endswith("季度"):
        q0 = _month_start(d, -((d.month - 1) % 3))
        return _month_start(q0, 3 * step)
    return _month_start(d, step)


def _resolve_en(m: re.Match[str], d: date) -> date | None:
    if m.group("day"):
        return d + timedelta(days=_EN_DAYS[m.group("day").lower()])
    if m.group("wd"):
        wd = _EN_WEEKDAY[m.group("wd").lower()]
        mod = (m.group("mod") or "").lower()
        monday = d - timedelta(days=d.weekday())
        if mod == "next":
            return monday + timedelta(days=7 + wd)
        if mod == "last":
            return _weekday_before(d, wd, allow_same=False)
        if mod == "this":
            return monday + timedelta(days=wd)
        return _weekday_before(d, wd)
    unit = m.group("unit").lower()
    step = {"last": -1, "this": 0, "next": 1}[unit.split()[0]]
    if unit.endswith("week"):
        return d - timedelta(days=d.weekday()) + timedelta(days=7 * step)
    if unit.endswith("month"):
        return _month_start(d, step)
    return date(d.year + step, 1, 1)


def find_relative(text: str) -> list[tuple[int, int, str]]:
    """Relative day expressions in text: (start, end, phrase), in order."""
    out = [(m.start(), m.end(), m.group(0)) for m in _ZH_REL.finditer(text)]
    out += [(m.start(), m.end(), m.group(0)) for m in _EN_REL.finditer(text)]
    return sorted(out)


def said_on(text: str, anchor: date | datetime | None) -> date | None:
    """The day a statement's own words say it was said: the first relative day word in text, resolved.

    Day words (今天, 昨天, 周一, "on Monday", "yesterday") are preferred to spans (上月, "last week").
    """
    if anchor is None or not text:
        return None
    found = find_relative(text)
    if not found:
        return None
    days = [f for f in found if not re.search(r"月|年|季度|week|month|year", f[2], re.I)]
    _, _, phrase = (days or found)[0]
    return resolve_relative(phrase, anchor)
