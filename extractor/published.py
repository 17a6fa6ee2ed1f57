"""Publication time: from a publication line or meta tag, else from a whole date in the URL.

`2022-03-17 10:26`, `2022年03月17日`, `2022/3/17`, `20220317` become ISO 8601 with +08:00
(`2022-03-17T10:26:00+08:00`), or a bare date when no time is given. A URL date counts
only when it is whole: `/art/2022/3/17/`, `t20220317_`, `/2022-12/23/`, `/20250624/`,
`/202112/27/`, `/2025/01-03/`, `/2024_01/19_17/`;
never a month alone (`/2022/05/`).
"""
from __future__ import annotations

import datetime as dt
from urllib.parse import unquote

import regex

from . import lexicon
from .numbers import parse_number

_DATE_TIME = lexicon.fast_compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?:\s*(?:[-/.]|年)\s*|\s+(?=\d{1,2}/))(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})\s*日?"
    r"(?:/?[T\s]*(?P<H>\d{1,2})\s*[:：时時]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?)?")  # (2022/08/11/ 16:08)
_CHINESE_DATE = lexicon.fast_compile(  # 二〇二四年六月十二日, as signatures and some publication lines write it
    r"(?P<y>[〇零一二三四五六七八九]{4})\s*年\s*(?P<m>十[一二]?|[一二三四五六七八九])\s*月"
    r"\s*(?P<d>三十[一]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])\s*日")
_DAY_FIRST = lexicon.fast_compile(  # 19.12.2017 20:36, as some mirror sites print the day
    r"(?<![\d.])(?P<d>[0-2]?\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>(?:19|20)\d{2})(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2}))?(?![\d.])")
_COMPACT = lexicon.fast_compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")
_URL_DATA = lexicon.load("published")
_URL_PATTERNS = [lexicon.fast_compile(p) for p in _URL_DATA["url_dates"]] + [
    lexicon.fast_compile(_URL_DATA["url_query_date"], regex.I)]
_URL_EARLIEST_YEAR = _URL_DATA["url_earliest_year"]


def _iso(y, m, d, H=None, M=None, S=None) -> str | None:
    try:
        day = dt.date(int(y), int(m), int(d))  # (TypeError for a numeral that did not parse)
    except (TypeError, ValueError):
        return None
    if H is None or M is None:
        return day.isoformat()
    try:
        t = dt.time(int(H), int(M), int(S or 0))
    except ValueError:
        return day.isoformat()
    return f"{day.isoformat()}T{t.isoformat()}+08:00"


def parse_published(text: str | None) -> str | None:
    """The first whole date (and time) in a publication line or meta value."""
    if not text:
        return None
    m = _DATE_TIME.search(text)
    if m:
        return _iso(m["y"], m["m"], m["d"], m["H"], m["M"], m["S"])
    m = _DAY_FIRST.search(text)
    if m:
        return _iso(m["y"], m["m"], m["d"], m["H"], m["M"])
    m = _COMPACT.search(text)
    if m:
        return _iso(m["y"], m["m"], m["d"])
    m = _CHINESE_DATE.search(text)
    if m:
        return _iso(chinese_year(m["y"]), parse_number(m["m"]), parse_number(m["d"]))
    return None


def chinese_year(digits: str) -> int:
    """二〇二四 -> 2024: a year written digit by digit."""
    return int("".join(str("〇一二三四五六七八九".index(ch)) if ch != "零" else "0" for ch in digits))


def date_from_url(url: str | None) -> str | None:
    if not url:
        return None
    path = regex.sub(r"^[a-z]+://[^/]+", "", unquote(url.strip()), flags=regex.I)  # (FileName=%2ffile%2f20220718%2f…)
    for pattern in _URL_PATTERNS:
        m = pattern.search(path)
        if not m:
            continue
        year = m["y"] if len(m["y"]) == 4 else "20" + m["y"]  # (/21/0829/10/: 2021)
        if int(year) >= _URL_EARLIEST_YEAR:  # (t19700101_: a CMS's placeholder)
            value = _iso(year, m["m"], m["d"])
            if value:
                return value
    return None


def normalise_given(value) -> str | None:
    """A published_at given by the caller: a date, datetime or string."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return parse_published(str(value))
