"""Time expressions in a text, resolved to calendar dates.

The rules are data (data/dates.toml): a pattern and the name of a resolver. This module
only finds the longest match at each place and applies the resolver, one small function
per name in the `_RESOLVERS` table (as Recognizers-Text keeps its parsers). Relative words
(今年, 上月, 截至目前) resolve against the publication date, or without one against an
explicit year in the text; a month or a day named without its year takes the year of the
publication date (the year before when it would begin after a month already published),
else of the URL, else of an explicit year nearby in the text. Context spans (全年, 这一年, 前三年) resolve against the year the text is
talking about, and are marked `anchored=False`.
"""
from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import regex
import chinese_calendar  # (the State Council's holiday schedule: 春节期间 is that year's days off)
from lunardate import LunarDate  # (the lunar calendar's Gregorian dates: 春节, 端午节)

from . import lexicon
from .document import DateSpan
from .numbers import parse_number
from .script import has_traditional, simplified

_NEWLINE = lexicon.fast_compile(r"\n")
_URL_YEAR = lexicon.fast_compile(r"/((?:19|20)\d{2})(?:[/-]?(?:0[1-9]|1[0-2]))(?:/|\d{2}/|_)")
_YEAR_MENTION = lexicon.fast_compile(r"(?<!\d)((?:19|20)\d{2}) ?(?:年|[-—至到~～](\d{4}) ?年)")  # (2023 年: a dump's stray space, as the rules read it)
_RELATIVE_YEAR_MENTION = lexicon.fast_compile(lexicon.load("dates")["relative_year_mention"])
_PLAN_YEAR_BEFORE = lexicon.fast_compile(lexicon.load("dates")["plan_year_before"])
_PLAN_YEAR_AFTER = lexicon.fast_compile(lexicon.load("dates")["plan_year_after"])


@dataclass
class Reference:
    """What relative expressions resolve against."""
    published: dt.date | None = None
    url_year: int | None = None
    year_mentions: tuple[tuple[int, int], ...] = ()  # (offset, year) of explicit years in the text
    paragraph_starts: tuple[int, ...] = (0,)
    mention_offsets: tuple[int, ...] = ()  # the offsets of year_mentions, for bisecting
    report_year: int | None = None  # the year an annual report's title says it covers
    report_period: tuple[dt.date, dt.date] | None = None  # the period a bulletin states under its title
    report_quarter: tuple[int, int] | None = None  # (year, quarter) a bulletin names in its title or opening (2024年第一季度…简报)
    report_named: str | None = None  # 上周 or 上月 when the bulletin calls its own period so (上周(2.27—3.05))
    spoken_of: tuple[bool, ...] = ()  # per year mention: whether it names a year the text speaks of (not 2019年以来)
    relative_mentions: tuple[tuple[int, int], ...] = ()  # (offset, year) of 去年/前年 opening a clause, the publication known
    planned_years: tuple[bool, ...] = ()  # per year mention: whether it is a year planned for (对2025年工作进行了安排)

    def latest_year(self) -> int | None:
        """The year an undated text was written in: the latest year it speaks of (not a range's end,
        a year in a document's name, one it plans for, nor one after its URL's month folder), else
        its URL's (…/202207/…), else the latest it names."""
        spoken = [y for (_, y), said, plan in zip(self.year_mentions, self.spoken_of, self.planned_years)
                  if said and not plan and (self.url_year is None or y <= self.url_year)]
        return max(spoken, default=self.url_year or max((y for _, y in self.year_mentions), default=None))

    def year_for(self, pos: int, context: bool = False, spoken_of: bool = False) -> int | None:
        """The year a month-day expression at `pos` belongs to: an annual report's own year
        (截止12月31日 in the 2021 report), else the publication's, else one the text names before it (or in its
        paragraph), else the URL's, else the first the text names after it. `context`: the year a
        context span speaks of (全年), the latest named before it; `spoken_of`: only among the years
        that name a year spoken of (not a range, a document's title or a span qualifying a thing)."""
        if self.report_year and not context and not self.published:
            return self.report_year
        if self.report_period and not context and not self.published:
            return self.report_period[1].year  # (an undated bulletin of 2024年6月份: its 6月份 is of 2024)
        if self.published and not context:
            return self.published.year
        offsets = self.mention_offsets  # sorted: title (-1) first, then text order
        before = bisect_left(offsets, pos)  # mentions [0, before) lie before pos
        if context:
            for k in range(before - 1, -1, -1):  # (全年 after 对2019年以来制定的文件: not 2019)
                if not spoken_of or self.spoken_of[k]:
                    return self.year_mentions[k][1]
            return self.published.year if self.published else (self.url_year or None)
        k = bisect_right(self.paragraph_starts, pos) - 1
        para = self.paragraph_starts[k] if k >= 0 else 0
        para_end = self.paragraph_starts[k + 1] if k + 1 < len(self.paragraph_starts) else 10 ** 12
        first_in_para = bisect_left(offsets, para)
        if first_in_para < before:  # the latest year named earlier in the paragraph
            return self.year_mentions[before - 1][1]
        if first_in_para < len(offsets) and offsets[first_in_para] < para_end:  # else the first one after, in it
            return self.year_mentions[first_in_para][1]
        if before:
            return self.year_mentions[before - 1][1]
        if self.url_year:  # no year named before: the year of the URL's month folder (…/2025/01/… for 1月3日 opening the text)
            return self.url_year
        if before < len(offsets):  # no year before: the first one the text names after
            return self.year_mentions[before][1]
        return None


def _mentions(named, spoken_of, planned, names=()) -> tuple[tuple, tuple, tuple]:
    """The (offset, year) of every year the matches name, with whether each is a year spoken of and
    a plan's. A range written with one 年 (2018至2022年，全省法院共受理…) names its first year and, for
    the context spans after it (五年来), its last; not a plan's range (力争2023至2025年) nor one in a
    document's name (《…方案(2023—2027年)》)."""
    mentions, spoken, plans = [], [], []
    for m in named:
        said, plan = spoken_of(m), planned(m)
        mentions.append((m.start(1), int(m.group(1))))
        spoken.append(said)
        plans.append(plan)
        if m.group(2) and not plan and not _inside(names, m.start(), m.end()):
            mentions.append((m.start(2), int(m.group(2))))
            spoken.append(False)  # (not the year an undated text was written in)
            plans.append(plan)
    return tuple(mentions), tuple(spoken), tuple(plans)


def make_reference(text: str, published: str | None, url: str | None, title: str | None = None) -> Reference:
    """What relative expressions in `text` resolve against; years named in the `title`
    (2023年工作总结) count as said before the text."""
    pub = None
    if published:
        try:
            pub = dt.date.fromisoformat(published[:10])
        except ValueError:
            pub = None
    text, title = in_figures(text), in_figures(title) if title else title
    url_year = None
    if url:
        m = _URL_YEAR.search(url)
        if m:
            url_year = int(m.group(1))
    # a year named as a comparison's basis (较2023年, 由2023年的) is not the year spoken of
    multiple = multiple_basis()
    named = [m for m in _YEAR_MENTION.finditer(text) if not compared_with(text, m.start()) and not multiple.match(text, m.end())]
    names = [(d.start(), d.end()) for d in _DOCUMENT_NAME.finditer(text)] if "《" in text else []
    mentions, spoken, planned = _mentions(named, lambda m: _names_year_spoken_of(text, m, names),
                                          lambda m: _planned_year(text, m), names)
    relative = tuple((m.start("rel"), pub.year + _DATA["relative_year_offsets"][m.group("rel")])
                     for m in _RELATIVE_YEAR_MENTION.finditer(text)) if pub else ()
    if title:
        in_title = list(_YEAR_MENTION.finditer(title))
        t_mentions, t_spoken, t_planned = _mentions(in_title, lambda m: True, lambda m: _planned_year(title, m))
        mentions = tuple((-1, y) for _, y in t_mentions) + mentions
        spoken, planned = t_spoken + spoken, t_planned + planned
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    report = (_report_title().search(title) if title else None) or _report_span().search(text, 0, 800) \
        or _REPORT_LEAD.search(text, 0, 800)
    report_year = int(report.group("y")) if report else _disclosure_report_year(text, mentions)
    quarter = (_REPORT_QUARTER.search(title) if title else None) or _REPORT_QUARTER.search(text, 0, _QUARTER_REACH)
    period, named = _report_period(title, text, pub.year if pub else (url_year or (mentions[0][1] if mentions else None)),
                                   pub_date=pub)
    return Reference(pub, url_year, mentions, tuple(starts), tuple(p for p, _ in mentions),
                     report_year, period, _year_quarter(quarter, pub), named, spoken, relative, planned)


def _planned_year(text: str, m) -> bool:
    """Whether a year mention names a year planned for (对2025年工作进行了安排部署, 力争到2026年底…,
    2025年工作要点): data, dates.toml."""
    return bool(_PLAN_YEAR_BEFORE.search(text, max(0, m.start() - 8), m.start())
                or _PLAN_YEAR_AFTER.match(text[m.end(1):m.end(1) + 24]))


def _names_year_spoken_of(text: str, m, names: list[tuple[int, int]]) -> bool:
    """Whether the year mention m names a year the text speaks of, for 全年 and 这一年 after it: not
    a range (2021—2025年), the start of a span that qualifies a thing (对2019年以来制定的文件), nor a
    year inside a document's name (`names`: 《…(2021—2025年)》)."""
    if m.group(2):  # (a range, however spaced: 2023 年 is one year)
        return False
    if _SPAN_AFTER_YEAR.match(text, m.end()) and _OBJECT_BEFORE_YEAR.search(text, max(0, m.start() - 4), m.start()):
        return False
    return not _inside(names, m.start(), m.end())


_SPAN_AFTER_YEAR = lexicon.fast_compile(lexicon.load("dates")["span_after_year"])
_OBJECT_BEFORE_YEAR = lexicon.fast_compile(lexicon.load("dates")["object_before_year"])


def _disclosure_report_year(text: str, mentions: tuple[tuple[int, int], ...]) -> int | None:
    """The year a disclosure report covers when its title does not say (lost from a text dump):
    the first year the text names, when the text carries the report's own section headings."""
    if not any(h in text for h in _DATA["disclosure_report_headings"]):
        return None
    return next((y for at, y in mentions if at >= 0), None)


_REPORT_QUARTER = lexicon.fast_compile(lexicon.load("dates")["report_quarter"])
_QUARTER_REACH = 400  # characters of the text in which a bulletin names its quarter (第三季度，全区…)


def _year_quarter(m, pub: dt.date | None) -> tuple[int, int] | None:
    """The (year, quarter) a bulletin names (2024年第一季度; 第三季度 in the publication's year)."""
    y = int(m.group("y")) if m and m.group("y") else (pub.year if pub else None)
    return (y, int(parse_number(m.group("q")))) if m and y else None


_BULLETIN_LAG = dt.timedelta(days=62)  # a monthly bulletin comes out within two months of its month's end
_DATA = lexicon.load("dates")
_DIGIT_YEAR = lexicon.fast_compile(_DATA["chinese_digit_year"])
_REPORT_LEAD = lexicon.fast_compile(_DATA["report_lead"])
_DIGITS = str.maketrans(_DATA["chinese_digits"])
_STATED_PERIOD = lexicon.fast_compile(_DATA["stated_period"])
_BULLETIN_PERIOD = lexicon.fast_compile(_DATA["bulletin_period"])  # (one pass over the text, not a regex a line)
_DOTTED_PERIOD = lexicon.fast_compile(_DATA["report_period_dotted"])
_DATELINE = lexicon.fast_compile(_DATA["report_dateline"])


def _report_period(title: str | None, text: str, year: int | None,
                   pub_date: dt.date | None = None) -> tuple[tuple[dt.date, dt.date] | None, str | None]:
    """The period a bulletin states (a range in brackets ending its title, or a range alone
    on one of the body's first three lines), and 上周 or 上月 when it calls that period so."""
    pattern = _report_period_pattern()
    candidates = []
    if title:
        m = _last(pattern, title)
        if m and m.end() == len(title.rstrip()) and title[m.start():m.start() + 1] in "（(":
            candidates.append(m)
        elif "." in title:
            m = _DOTTED_PERIOD.search(title)
            if m and m.end() == len(title.rstrip()):
                candidates.append(m)
    for line in text.split("\n", 3)[:3]:
        line = _DATELINE.sub("", line.strip())
        m = pattern.fullmatch(line)
        if m:
            candidates.append(m)
        else:  # 2020年12月1日至31日，某县12345热线受理…: a bulletin's first sentence opened by its period
            m = pattern.match(line)
            if m and line[m.end():m.end() + 1] in ("，", ","):
                candidates.append(m)
    for b in _BULLETIN_PERIOD.finditer(text):  # …办理情况周报 / (2022年6月25日—7月1日), further down a page of two items
        m = pattern.fullmatch(b.group("period").strip())
        if m:
            candidates.append(m)
            break
    named = None
    stated = _STATED_PERIOD.search(text, 0, 400)  # 本月(2025年5月1日—2025年5月31日)全局共接收…
    if stated:
        m = pattern.match(text, stated.end())
        if m is None:
            m = _DOTTED_PERIOD.match(text, stated.end() + 1)  # (上周(2.27—3.05): after its bracket)
        if m:
            candidates.append(m)
            named = stated.group("word") if stated.group("word").startswith("上") else None
    month = _report_month(title, text, pub_date)
    if month is not None and (pub_date is None or month[0] <= pub_date <= month[1] + _BULLETIN_LAG):
        return month, None  # (2020年2月份…通报 published on 3月23日: its 本月 is February; a month long past is no bulletin's)
    for m in candidates:
        y = int(m.group("y")) if m.group("y") else year
        if y is None:
            continue
        m1 = int(m.group("m"))
        m2 = int(m.group("m2")) if m.group("m2") else m1
        y2 = int(m.group("y2")) if m.group("y2") else (y + 1 if m2 < m1 else y)  # (12.28—1.03)
        if not m.group("y") and pub_date is not None and (_date(y, m1, m.group("d")) or pub_date) > pub_date:
            y, y2 = y - 1, y2 - 1  # (12.25—12.31 in a bulletin of 3 January: the year before; no bulletin reports ahead)
        a, b = _date(y, m1, m.group("d")), _date(y2, m2, m.group("d2"))
        if a and b and a <= b and (b - a).days <= 366:
            return (a, b), named
    return None, None


def _last(pattern, text: str):
    """The last match of `pattern` in `text`, or None."""
    m = None
    for m in pattern.finditer(text):
        pass
    return m


def _report_month(title: str | None, text: str, pub_date: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
    """The month a monthly bulletin reports on: in brackets ending its title, or opening one of
    the body's first three lines (after an item's marker) before a comma; a month without its
    year is of the publication's year (of the year before when it is later than the publication's month)."""
    month, marker = _report_month_patterns()
    found = None
    if title:
        m = _last(month, title)  # (…3月反电信网络诈骗警情通报(2024年3月): the month in brackets that ends it)
        if m and m.end() == len(title.rstrip()) and title[m.start():m.start() + 1] in "（(":
            found = m
        elif _report_title_month().match(title):
            found = _report_title_month().match(title)  # 2025年2月份投诉情况分析, 2022年8月市长信箱办理情况
    if found is None:
        found = _FRAME_MONTH.search(text, 0, _FRAME_REACH)  # 现将7月份绩效考评有关情况通报如下
    if found is None:
        for line in text.split("\n", 3)[:3]:
            line = marker.sub("", _DATELINE.sub("", line.strip()))
            m = month.match(line)
            if m and line[m.start():m.start() + 1] not in "（(" and line[m.end():m.end() + 1] in ("，", ","):
                found = m
                break
    if found is None:
        return None
    mo = int(found.group("m"))
    if found.group("y"):
        y = int(found.group("y"))
    elif pub_date is not None:
        y = pub_date.year if mo <= pub_date.month else pub_date.year - 1
    else:
        return None
    return dt.date(y, mo, 1), _month_end(y, mo)


_FRAME_MONTH = lexicon.fast_compile(_DATA["report_frame_month"])
_FRAME_REACH = 800  # characters of the text in which a bulletin frames its month


def opens_line(text: str, pos: int) -> bool:
    """Whether `pos` opens its line, perhaps after an item's marker (1.2023年10月，…)."""
    start = text.rfind("\n", 0, pos) + 1
    return start == pos or (pos - start <= 8 and bool(_report_month_patterns()[1].fullmatch(text[start:pos])))


@lru_cache(maxsize=1)
def _report_title_month():
    return lexicon.fast_compile(lexicon.load("dates")["report_title_month"])


@lru_cache(maxsize=1)
def _report_month_patterns():
    d = lexicon.load("dates")
    return lexicon.fast_compile(d["report_month"]), lexicon.fast_compile(d["report_marker"])


@lru_cache(maxsize=1)
def _report_span() -> regex.Pattern:
    return lexicon.fast_compile(lexicon.load("dates")["report_span"])


@lru_cache(maxsize=1)
def _report_period_pattern() -> regex.Pattern:
    return lexicon.fast_compile(lexicon.load("dates")["report_period"])


@lru_cache(maxsize=1)
def _report_title() -> regex.Pattern:
    return lexicon.fast_compile(lexicon.load("dates")["report_title"])


@lru_cache(maxsize=1)
def basis_before_year() -> regex.Pattern:
    """Words that, right before a year, make it a comparison's basis (较2023年, 是2020年的)."""
    return lexicon.fast_compile("(?:" + lexicon.alternation(lexicon.load("dates")["basis_before_year"]) + r")\s*$")


def compared_with(text: str, pos: int, floor: int = 0):
    """The comparison word right before `pos` (较2023年, 与2019年, 相较于 2020年), which makes the
    time there a basis, not the time spoken of: the match, or None."""
    return basis_before_year().search(text, max(floor, pos - _BASIS_REACH), pos)


_BASIS_REACH = 8  # characters before a time in which its comparison word stands


def compared_span(text: str, d, floor: int = 0):
    """compared_with for a date span; a 同期 after 上年 or 去年 (较上年同期, a span the rules find
    as 同期) is compared when the word stands before those."""
    start = d.start
    for w in _event_rules().last_year if d.text == "同期" else ():
        head = w[:-len(d.text)] if w.endswith(d.text) else ""
        if head and text.startswith(head, start - len(head)):
            start -= len(head)  # (上年 of 上年同期)
            break
    return compared_with(text, start, floor)


@lru_cache(maxsize=1)
def multiple_basis() -> regex.Pattern:
    """What, right after a year, makes it the basis of a multiple (是2020年的2.4倍)."""
    return lexicon.fast_compile(lexicon.load("dates")["multiple_basis_after_year"])


@lru_cache(maxsize=1)
def _rules():
    data = lexicon.load("dates")
    parts = data["parts"]
    rules = []
    for rule in data["rule"]:
        pattern = rule["pattern"]
        for joint, spaced in data["spaced_joints"]:  # 2019年 8月21日, 2016 年9 月: a dump's stray spaces
            pattern = pattern.replace(joint, spaced)
        for key in sorted(parts, key=len, reverse=True):
            pattern = pattern.replace("{" + key + "}", parts[key])
        pattern = pattern.replace("{HOLIDAY}", lexicon.alternation(data["public_holidays"]))  # (春节期间: the table's names)
        rules.append((rule["name"], lexicon.fast_compile(pattern), rule["resolve"], bool(rule.get("context")),
                      tuple(rule.get("needs", ()))))
    return rules, data


@lru_cache(maxsize=1)
def _all_needs() -> frozenset:
    return frozenset(n for rule in _rules()[0] for n in rule[4])


def in_figures(text: str) -> str:
    """二〇二三年 -> 2023年, 二OO五年 -> 2005年: a year written in Chinese digits, in figures, one character
    for one (offsets kept)."""
    if not _DIGIT_YEAR.search(text):
        return text
    return _DIGIT_YEAR.sub(lambda m: m.group().translate(_DIGITS), text)


def find_dates(text: str, ref: Reference, field: str = "body") -> list[DateSpan]:
    rules, _ = _rules()
    original = text
    if has_traditional(text):  # 自6月份以來: the rules read the simplified form, one character for one
        text = simplified(text)
    text = in_figures(text)
    present = {n for n in _all_needs() if n in text}
    found = []
    for order, (name, pattern, resolver, context, needs) in enumerate(rules):
        if needs and present.isdisjoint(needs):
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), -(m.end() - m.start()), order, m, resolver, context))
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    spans: list[DateSpan] = []
    taken_until = -1
    quotes = None
    for start, neg_len, order, m, resolver, context in found:
        if start < taken_until:
            continue
        span = _resolve(m, resolver, ref, context, field)
        if span is None:
            continue
        if text is not original:
            span.text = original[span.start:span.end]
        if resolver in _SPOKEN_RESOLVERS and "“" in text:
            if quotes is None:
                quotes = [(q.start(), q.end()) for q in _QUOTE.finditer(text)]
            if _inside(quotes, span.start, span.end):
                continue  # “我今天来这反映土地纠纷问题”: the speaker's day, not one the release dates
        spans.append(span)
        taken_until = m.end()
    return spans


def plan_terms(text: str, spans: list[DateSpan]) -> set[int]:
    """The ids of the spans that are a plan's term inside a document's name (《法治政府建设实施纲要
    (2021—2025年)》): dates of the text, but no number reports on them. A single year in a name
    (《2025年法治紫金建设工作要点》) and a report's years (《2019—2021年…报告》) are not terms."""
    if "《" not in text:
        return set()
    names = [(m.start(), m.end()) for m in _DOCUMENT_NAME.finditer(text) if not _REPORT_NAME.search(m.group())]
    return {id(d) for d in spans if _years_apart(d) and _inside(names, d.start, d.end)}


_DOCUMENT_NAME = lexicon.fast_compile(lexicon.load("dates")["document_name"])
_QUOTE = lexicon.fast_compile(r"“[^”\n]{1,200}”")
_SPOKEN_RESOLVERS = frozenset(lexicon.load("dates")["spoken_resolvers"])
_REPORT_NAME = lexicon.fast_compile(lexicon.load("dates")["report_name"])


def _years_apart(span: DateSpan) -> bool:
    return bool(span.start_date and span.end_date and span.start_date[:4] != span.end_date[:4])


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < start and end < b for a, b in spans)


@lru_cache(maxsize=64)
def _month(value: str | None) -> int | None:
    if not value:
        return None
    n = _rules()[1]["month_words"].get(value) or parse_number(value)
    return int(n) if n and 1 <= n <= 12 else None


def _date(y, m, d) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d if str(d).isdigit() else parse_number(d)))
    except (TypeError, ValueError):
        return None


def _month_end(y, m) -> dt.date | None:
    try:
        return dt.date(y, m, calendar.monthrange(y, m)[1])
    except (TypeError, ValueError):
        return None


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _rel_year(m, ref: Reference) -> int | None:
    offsets = _rules()[1]["relative_years"]
    rel = m.groupdict().get("rel")
    if not rel:
        return None
    if ref.report_year is not None and rel in _rules()[1]["report_words"]:
        return ref.report_year + offsets.get(rel, 0)  # 本年度 in a 2025 report is 2025
    if ref.published is None:  # no publication date: against the latest year the text speaks of (the
        # year it was written in: 今年1月1日至4月21日 after 2021年1月1日起… and 从2013年开始…, 2021)
        year = ref.latest_year()
        return year + offsets.get(rel, 0) if year is not None else None
    return ref.published.year + offsets.get(rel, 0)


def _year_named(g: dict) -> bool:
    """Whether the expression names its year: 2024年, 二〇二四年, 今年, 同年."""
    return bool(g.get("y") or g.get("rel") or g.get("same"))


def _year_back(y: int | None, first_day, g: dict, pub: dt.date | None) -> int | None:
    """The year of an expression named without one: `y` (the reference year), or the year
    before when `first_day(y)` would fall after publication (3月至10月 in a report published
    in January speaks of last year's months)."""
    if y is None or _year_named(g) or pub is None:
        return y
    day = first_day(y)
    return y - 1 if day is not None and day > pub else y


def _year_of(m, ref: Reference, context: bool = False) -> int | None:
    g = m.groupdict()
    if g.get("y"):
        return int(g["y"])
    if g.get("same"):  # 同年4月2日: the year last named
        return ref.year_for(m.start(), context=True)
    if g.get("rel"):
        return _rel_year(m, ref)
    return ref.year_for(m.start(), context)


class _Match(NamedTuple):
    """What a resolver reads: the rule's match, its named groups, the reference dates,
    whether the rule is a context span, and the field it was found in."""
    m: object
    g: dict
    ref: Reference
    context: bool
    field: str

    @property
    def pub(self) -> dt.date | None:
        return self.ref.published

    def span(self, kind: str, start, end, granularity: str) -> DateSpan:
        return DateSpan(text=self.m.group(), start=self.m.start(), end=self.m.end(), type=kind,
                        start_date=_iso(start), end_date=_iso(end), granularity=granularity,
                        field=self.field, anchored=not self.context)

    def since(self, start, granularity: str) -> DateSpan:
        """From `start` to publication; a start after publication opens a span with no end yet
        (从2023年起 in a release of 2022: a plan's)."""
        end = self.pub if not (start and self.pub and start > self.pub) else None
        return self.span("range", start, end, granularity)

    def year(self) -> int | None:
        return _year_of(self.m, self.ref)

    def end_year(self) -> int | None:
        """The year a span runs to: the one it names (至2023年上半年), else the one it names
        relatively (至今年上半年)."""
        return int(self.g["y2"]) if self.g.get("y2") else _rel_year(self.m, self.ref)

    def named_or_published_year(self) -> int | None:
        """The year the expression names, else the publication year (上半年, 三季度), else,
        on a page without a publication date, the year the text names near it."""
        if _year_named(self.g):
            return _year_of(self.m, self.ref)
        return self.pub.year if self.pub else self.ref.year_for(self.m.start())


def _day_point(x: _Match):  # 2022年3月17日, 3月17日
    mo = _month(x.g.get("m"))
    return _month_day(x, mo, x.g["d"]) if mo is not None else None


def _month_day(x: _Match, mo: int, day) -> DateSpan | None:
    """The point on `day` of month `mo` in the year the expression names or belongs to (the year
    before when the day would fall after publication); None when no year has such a day."""
    y = x.year()
    if y and _date(y, mo, day) is None:
        return None
    y = _year_back(y, lambda yy: _date(yy, mo, day), x.g, x.pub)
    d = _date(y, mo, day) if y else None
    return x.span("point", d, d, "day")


def _month_day_readings(digits: str) -> list[tuple[int, str]]:
    """The ways digits that lost their 月 split into a month and a day of one or two digits
    (1130: 11 and 30; 112: 1 and 12, or 11 and 2)."""
    return [(int(digits[:k]), digits[k:]) for k in (1, 2) if 0 < len(digits) - k <= 2 and 1 <= int(digits[:k]) <= 12]


def _day_range(x: _Match):  # 3月1日至15日, 12月28日至1月3日
    g, y = x.g, x.year()
    if y is None:
        return x.span("range", None, None, "day")
    y2 = int(g["y2"]) if g.get("y2") else y
    m1 = _month(g["m"])
    m2 = _month(g.get("m2")) or m1
    if m1 and m2 and m2 < m1 and not g.get("y2"):
        y2 = y + 1  # 12月28日至1月3日
    back = y - _year_back(y, lambda yy: _date(yy, m1, g["d"]), g, x.pub)
    a, b = _date(y - back, m1, g["d"]), _date(y2 - back, m2, g["d2"])
    if not a or not b:
        return None
    return x.span("range", a, b, "day")


def _day_pair(x: _Match):  # 5月28、29日: two days on end, the span of both; 12月17日、21日: the first day alone
    d, d2 = int(x.g["d"]), int(x.g["d2"])
    if d2 == d + 1:
        return _day_range(x)
    return None


def _day_since(x: _Match):  # 3月17日以来: from the day to publication
    y, mo = x.year(), _month(x.g.get("m"))
    if y and mo and x.pub and not _year_named(x.g):
        report = x.ref.report_year
        if report and report < x.pub.year:
            y = report  # 自4月26日起 in 2022年工作总结 published in January 2023: of the year the summary looks back on
        elif not x.m.group().endswith(_DATA["since_ahead_word"]):
            day = _date(y, mo, x.g["d"])
            if day and (day - x.pub).days > _DATA["since_lag_days"]:
                y -= 1  # (4月26日以来 in a release of January: last year's; 自7月1日起 in April: a start ahead)
    a = _date(y, mo, x.g["d"]) if y and mo else None
    return x.since(a, "day")


def _month_end_point(x: _Match):  # 2022年2月底, 截至9月底
    y, mo = x.year(), _month(x.g["m"])
    if mo is None:
        return None
    y = _year_back(y, lambda yy: _date(yy, mo, 1), x.g, x.pub)
    d = _month_end(y, mo) if y else None
    return x.span("point", d, d, "day")


def _month_since(x: _Match):  # 2023年5月以来, 3月份以来: from the month's first day to publication (9月下旬以来: the 21st)
    y, mo = x.year(), _month(x.g["m"])
    if mo is None:
        return None
    if x.g.get("xun"):
        first, _ = _ten_day_bounds(x)
        return x.since(first, "day")
    if x.g.get("end"):  # 自今年7月底以来: from the month's last day (自2月底以来 on 10 February: last year's)
        y = _year_back(y, lambda yy: _month_end(yy, mo), x.g, x.pub)
        return x.since(_month_end(y, mo) if y else None, "day")
    y = _year_back(y, lambda yy: _date(yy, mo, 1), x.g, x.pub)
    a = _date(y, mo, 1) if y else None
    return x.since(a, "month")


def _year_end(x: _Match):  # 2024年底, 去年年末
    y = x.year()
    d = _date(y, 12, 31) if y else None
    return x.span("point", d, d, "day")


def _year_end_since(x: _Match):  # 从2011年底起, 去年底以来: from the year's last month to publication
    y = x.year()
    return x.since(_date(y, 12, 1) if y else None, "month")


def _year_start(x: _Match):  # 2017年初, 今年年初: January
    y = x.year()
    return x.span("range", _date(y, 1, 1) if y else None, _month_end(y, 1) if y else None, "month")


def _ten_day_bounds(x: _Match):
    """(first, last) day of 11月中旬: days 1-10, 11-20, 21 to the month's end; (None, None) when
    the year is unknown; None when there is no month."""
    y, mo = x.year(), _month(x.g["m"])
    if mo is None:
        return None
    if y is None:
        return None, None
    y = _year_back(y, lambda yy: _date(yy, mo, 1), x.g, x.pub)  # (the month in progress is this year's)
    return _ten_days_of(y, mo, x.g.get("xun") or "上")  # (8月初: the first ten days)


def _ten_days_of(y: int, mo: int, xun: str) -> tuple[dt.date | None, dt.date | None]:
    """(first, last) day of the ten days 上, 中 or 下 of a month: 1-10, 11-20, 21 to its end."""
    first = _rules()[1]["ten_days"][xun]
    return _date(y, mo, first), (_month_end(y, mo) if first + 9 >= 28 else _date(y, mo, first + 9))


def _ten_days(x: _Match):  # 11月中旬
    bounds = _ten_day_bounds(x)
    return None if bounds is None else x.span("range", *bounds, "day")


def _ten_days_span(x: _Match):  # 5月下旬至6月上旬, 8月下旬至9月初, 3月中旬至4月底: the first part's first day to the second's last
    g = x.g
    y = x.named_or_published_year()
    mo, mo2 = _month(g.get("m")), _month(g.get("m2"))
    if y is None or not mo or not mo2:
        return None
    y = _year_back(y, lambda yy: _date(yy, mo, 1), g, x.pub)
    y2 = y + 1 if mo2 < mo else y  # (12月下旬至1月上旬: into the next year)
    start = _month_end(y, mo) if g.get("end") else _ten_days_of(y, mo, g["xun"] or "上")[0] if g.get("xun") or g.get("chu") \
        else _date(y, mo, 1)
    end = _ten_days_of(y2, mo2, g["xun2"] or "上")[1] if g.get("xun2") or g.get("chu2") else _month_end(y2, mo2)
    if start is None or end is None or end < start:
        return None
    return x.span("range", start, end, "day")


def _same_year(x: _Match):  # 当年 opening a clause: the year last named
    y = x.year()
    return _whole_year(x, y)


def _months(x: _Match):  # 3月, 1至5月, 今年1-5月
    g = x.g
    y = x.named_or_published_year()
    if g.get("rel") and y is None:
        return x.span("range", None, None, "month")
    mo, mo2 = _month(g.get("m")), _month(g.get("m2")) or _month(g.get("m"))
    if not mo or not mo2 or mo2 < mo:
        return None
    if y is None:
        return x.span("range", None, None, "month")
    y = _year_back(y, lambda yy: _date(yy, mo, 1), g, x.pub)
    if not _year_named(g) and x.pub is not None and y == x.pub.year and mo == 1 and mo2 > x.pub.month \
            and not _PLAN_WORDS.search(x.m.string, _sentence_start(x.m.string, x.m.start()), x.m.end() + _PLAN_REACH):
        # 1—12月, 1月至10月 in a report published in January or March: a year's months so far, all past: of the year
        # the report or the text before it speaks of (2015年工作总结…1月至10月), else of the year just ended (not
        # 9—12月 in November, a campaign's months under way, nor a plan's 1—6月，全县将…)
        pos = x.m.start()
        if x.ref.report_year or bisect_left(x.ref.mention_offsets, pos) or any(at < pos for at, _ in x.ref.relative_mentions):
            spoken = x.ref.report_year or _relative_year_before(x.ref, pos) or x.ref.year_for(pos, context=True, spoken_of=True)
            y = min(y, spoken or y)
        else:
            y -= 1
    return x.span("range", _date(y, mo, 1), _month_end(y, mo2), "month")


def _month_span(x: _Match):  # 2008年1月至2010年5月底, 2004年12月到今年4月: months of two years; 自2021年3月…启动至10月: of one
    y, y2 = int(x.g["y"]), x.end_year()
    if y2 is None and x.g.get("rel"):
        return x.span("range", None, None, "month")  # (今年 in an undated text that names no year)
    y2 = y if y2 is None else y2
    mo, mo2 = _month(x.g["m"]), _month(x.g["m2"])
    if not mo or not mo2 or (y2, mo2) < (y, mo) or y2 - y > 30:
        return None
    return x.span("range", _date(y, mo, 1), _month_end(y2, mo2), "month")


def _month_to_day_span(x: _Match):  # 2016年6月至2017年5月30日; 2023年7月至12月8日, 今年3月至5月10日
    y = int(x.g["y"]) if x.g.get("y") else _rel_year(x.m, x.ref)
    if y is None:
        return None
    y2 = int(x.g["y2"]) if x.g.get("y2") else y
    mo, mo2 = _month(x.g["m"]), _month(x.g["m2"])
    end = _date(y2, mo2, int(x.g["d2"])) if mo2 else None
    if not mo or end is None or (y2, mo2) < (y, mo) or y2 - y > 30:
        return None
    return x.span("range", _date(y, mo, 1), end, "day")


def _year_start_to_month_end(x: _Match):  # 2019年初至2020年6月, 2019年至今年3月
    y, mo2, y2 = int(x.g["y"]), _month(x.g["m2"]), x.end_year()
    if not mo2 or y2 is None or y2 < y or y2 - y > 30:
        return None
    return x.span("range", _date(y, 1, 1), _month_end(y2, mo2), "month")


def _jammed_ymd(x: _Match):  # 20191118日, 2023630日, 2021年1228日: the one reading of the digits that is a day
    digits = x.g["digits"].replace("年", "")
    y = int(digits[:4])
    days = _on_or_before(x, {d for d in (_date(y, mo, day) for mo, day in _month_day_readings(digits[4:])) if d})
    if len(days) != 1:
        return None
    d = days.pop()
    return x.span("point", d, d, "day")


def _jammed_md(x: _Match):  # 1130日, 720日下午: the one reading of the digits that is a day of a month
    readings = [(mo, day) for mo, day in _month_day_readings(x.g["digits"])
                if not day.startswith("0") and _date(2000, mo, day)]  # (a leap year: any day a month can have)
    spans = [s for s in (_month_day(x, *r) for r in readings) if s is not None]
    if len(spans) > 1 and x.pub:  # 112日 published on 12 January: 1月12日, not the 2 November before
        spans = [max((s for s in spans if s.start_date and s.start_date <= x.pub.isoformat()),
                     key=lambda s: s.start_date, default=None)]
    return spans[0] if len(spans) == 1 else None


def _on_or_before(x: _Match, days: set) -> set:
    """Of two readings of a jammed date with its year, the one on or before publication (2020122日
    published in October 2020: 1月22日, not 12月2日); both before it, neither (2021111日 in 2024: 1月11日 or
    11月1日, no nearer day to choose by, where a day without its year is the later one)."""
    if len(days) > 1 and x.pub:
        return {d for d in days if d <= x.pub}
    return days


def _rel_month_span(x: _Match):  # 去年8月至今年2月
    y = _rel_year(x.m, x.ref)
    offsets = _rules()[1]["relative_years"]
    if y is None:
        return x.span("range", None, None, "month")
    y2 = y - offsets.get(x.g["rel"], 0) + offsets.get(x.g["rel2"], 0)
    mo, mo2 = _month(x.g["m"]) if x.g["m"] else 1, _month(x.g["m2"])
    if not mo or not mo2 or (y2, mo2) < (y, mo):
        return None
    return x.span("range", _date(y, mo, 1), _month_end(y2, mo2), "month")


def _year_to_month_end(x: _Match):  # 2025年截至11月底, 今年前7个月: January to the month's end (or the day named)
    y, mo = x.year(), _month(x.g["m"])
    if mo is None:
        return None
    if x.g.get("d"):  # 2020年截至12月17日
        return x.span("range", _date(y, 1, 1) if y else None, _date(y, mo, x.g["d"]) if y else None, "day")
    if x.g.get("xun"):  # 今年截至12月中旬: to those ten days' last day
        return x.span("range", _date(y, 1, 1) if y else None, _ten_day_bounds(x)[1], "day")
    return x.span("range", _date(y, 1, 1) if y else None, _month_end(y, mo) if y else None, "month")


def _half(x: _Match):  # 上半年, 2023年下半年
    y = x.named_or_published_year()
    if y is None:
        return x.span("range", None, None, "month")
    first = x.g["half"] == "上"
    return x.span("range", _date(y, 1 if first else 7, 1), _date(y, 6 if first else 12, 30 if first else 31), "month")


def _by_year(x: _Match):  # 截至2024年: the year's last day, or the release's day within that year
    y = x.year()
    d = _date(y, 12, 31) if y else None
    if d and x.pub and x.pub.year == y and x.pub < d:
        d = x.pub
    return x.span("point", d, d, "day")


def _by_quarter(x: _Match):  # 截至今年三季度: the quarter's last day, or the release's day within that quarter
    q = int(parse_number(x.g["q"]) or 0)
    return _counted_to(x, 3 * q - 2, 3 * q) if 1 <= q <= 4 else x.span("point", None, None, "day")


def _by_half(x: _Match):  # 截至2021年上半年: the half's last day, or the release's day within that half
    return _counted_to(x, 1, 6) if x.g["half"] == "上" else _counted_to(x, 7, 12)


def _counted_to(x: _Match, first: int, last: int):
    """截至 a part of a year (its months first to last): the part's last day, or the release's day
    within it; a part not begun by the release, its year unnamed, is the year before's (截至四季度末
    in a release of 20 January: no count runs ahead of its release)."""
    y = x.named_or_published_year()
    if y is None:
        return x.span("point", None, None, "day")
    if x.pub and not _year_named(x.g) and _date(y, first, 1) > x.pub:
        y -= 1
    d = _month_end(y, last)
    if x.pub and _date(y, first, 1) <= x.pub < d:
        d = x.pub
    return x.span("point", d, d, "day")


def _quarter(x: _Match):  # 一季度, 2023年第三季度
    y = x.named_or_published_year()
    q = int(parse_number(x.g["q"]) or 0)
    if not 1 <= q <= 4:
        return None
    return _quarter_span(x, y, q)


def _quarter_span(x: _Match, y: int | None, q: int):
    if y is None:
        return x.span("range", None, None, "quarter")
    return x.span("range", _date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter")


def _first_quarters(x: _Match):  # 前三季度: January to the end of that quarter
    y = x.named_or_published_year()
    q = int(parse_number(x.g["q"]) or 0)
    if y is None:
        return x.span("range", None, None, "quarter")
    return x.span("range", _date(y, 1, 1), _month_end(y, 3 * q), "quarter")


def _this_period(x: _Match):  # 本周, 本期: the bulletin's period; 本周 else the week of publication
    period = x.ref.report_period
    if period is not None:
        return x.span("range", period[0], period[1], "day")
    if x.pub is None or x.m.group() != "本周":
        return x.span("range", None, None, "day")
    monday = x.pub - dt.timedelta(days=x.pub.weekday())
    return x.span("range", monday, monday + dt.timedelta(days=6), "day")


def _last_week(x: _Match):  # 上周: the week before a weekly bulletin's, else the week before the publication's
    period = x.ref.report_period
    if period is not None and x.ref.report_named == "上周":
        return x.span("range", period[0], period[1], "day")  # (上周(2.27—3.05)，…: the bulletin's own week)
    if period is not None and (period[1] - period[0]).days == 6:
        return x.span("range", period[0] - dt.timedelta(days=7), period[1] - dt.timedelta(days=7), "day")
    if x.pub is None:
        return x.span("range", None, None, "day")
    monday = x.pub - dt.timedelta(days=x.pub.weekday() + 7)
    return x.span("range", monday, monday + dt.timedelta(days=6), "day")


def _this_quarter(x: _Match):  # 本季度: the quarter a bulletin names in its title or opening, else the publication's
    if x.ref.report_quarter is not None:
        return _quarter_span(x, *x.ref.report_quarter)
    return _quarter_span(x, x.pub.year, (x.pub.month - 1) // 3 + 1) if x.pub else _quarter_span(x, None, 1)


def _one_month(period: tuple[dt.date, dt.date] | None) -> bool:
    """Whether a bulletin's stated period is one calendar month's."""
    return period is not None and (period[0].year, period[0].month) == (period[1].year, period[1].month)


def _this_month(x: _Match):  # 本月, 本月以来 (in a bulletin of one month's period: that month)
    period = x.ref.report_period
    if _one_month(period) and not x.m.group().endswith("以来"):
        return x.span("range", period[0].replace(day=1), _month_end(period[0].year, period[0].month), "month")
    pub = x.pub
    if pub is None:
        return x.span("range", None, None, "month")
    end = pub if x.m.group().endswith("以来") else _month_end(pub.year, pub.month)
    return x.span("range", pub.replace(day=1), end, "month")


def _season(x: _Match):  # 2023年冬季, 去年春天
    y = x.year()
    if y is None:
        return None
    first, last = _rules()[1]["seasons"][x.g["season"]]
    end_year = y + 1 if last < first else y
    return x.span("range", _date(y, first, 1), _month_end(end_year, last), "month")


def _year_to_half(x: _Match):  # 2020年至2023年上半年, 2015年至今年上半年
    y, y2 = int(x.g["y"]), x.end_year()
    if y2 is None or y2 < y or y2 - y > 30:
        return None
    end = _date(y2, 6, 30) if x.g["half"] == "上" else _date(y2, 12, 31)
    return x.span("range", _date(y, 1, 1), end, "month")


def _festival(x: _Match):  # 2019年春节前: 2019-02-04; 今年端午节
    y = x.year()
    month, day, shift = _rules()[1]["festivals"][x.g["fest"]]
    try:
        d = LunarDate(y, month, day).to_solar_date() if y else None
    except ValueError:
        return None
    if d is not None:
        d += dt.timedelta(days=shift - (1 if x.g.get("before") else 0))
    return x.span("point", d, d, "day")


def _holiday(x: _Match):  # 春节期间, “五一”假期期间, 元旦、春节期间: the break(s) in the year named or published
    y = _year_back(x.named_or_published_year(), lambda yy: (_holiday_days(yy, x.g["hol"]) or (None,))[0], x.g, x.pub)
    first = _holiday_days(y, x.g["hol"]) if y else None  # (国庆期间 in a January release: last year's)
    last = _holiday_days(y, x.g["hol2"]) if y and x.g.get("hol2") else first
    if not (first and last) or last[1] < first[0]:
        return x.span("range", None, None, "day")
    start = max(first[0], dt.date(y, 1, 1)) if _year_named(x.g) and x.g.get("hol2") else first[0]
    return x.span("range", start, last[1], "day")  # (2017年元旦、春节期间: from 1 January, though the break began on 31 December)


@lru_cache(maxsize=256)
def _holiday_days(year: int, word: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a public holiday's break in `year`: the days off in a row around the
    holiday's own day, weekends and a holiday merged with it included (None where the schedule
    has no such day)."""
    name, calendar, month, day = _rules()[1]["public_holidays"][word]
    reach = _rules()[1]["holiday_reach"]

    def off(d: dt.date, named: bool = False) -> bool:
        try:
            on, what = chinese_calendar.get_holiday_detail(d)
        except NotImplementedError:  # (a year the schedule does not cover)
            return False
        return on and (what == name or not named)

    try:
        anchor = LunarDate(year, month, day).to_solar_date() if calendar == "lunar" else dt.date(year, month, day)
    except ValueError:
        return None
    near = sorted(range(-reach, reach + 1), key=abs)
    first = next((anchor + dt.timedelta(days=k) for k in near if off(anchor + dt.timedelta(days=k), named=True)), None)
    if first is None and off(anchor):
        first = anchor  # (中秋 of 2020 fell on 1 October: the schedule names the merged break 国庆's)
    if first is None:
        return None
    start = end = first
    while off(start - dt.timedelta(days=1)):
        start -= dt.timedelta(days=1)
    while off(end + dt.timedelta(days=1)):
        end += dt.timedelta(days=1)
    return start, end


def _year_range(x: _Match):  # 2019-2021年
    y, y2 = int(x.g["y"]), int(x.g["y2"])
    if y2 < y or y2 - y > 30:
        return None
    return x.span("range", _date(y, 1, 1), _date(y2, 12, 31), "year")


def _year_since(x: _Match):  # 2021年以来
    return x.since(_date(int(x.g["y"]), 1, 1), "year")


def _year(x: _Match):  # 2021年, 2021年度
    return _whole_year(x, int(x.g["y"]))


def _whole_year(x: _Match, y: int | None):
    """The whole of year y (unresolved when y is unknown)."""
    return x.span("range", _date(y, 1, 1) if y else None, _date(y, 12, 31) if y else None, "year")


def _rel_year_range(x: _Match):  # 今年, 去年
    y = _rel_year(x.m, x.ref)
    return _whole_year(x, y)


def _rel_year_since(x: _Match):  # 今年以来, 年初以来 (2021年初以来: as 2021年以来)
    if x.g.get("y"):
        return _year_since(x)
    y = _rel_year(x.m, x.ref) if x.g.get("rel") else (x.pub.year if x.pub else None)
    return x.span("range", _date(y, 1, 1) if y else None, x.pub if y else None, "year")


def _years_ago(x: _Match):  # 11年前, 两年前: that year, counted back from publication
    n = parse_number(x.g["n"])
    if not n:
        return None  # (十一二年前: eleven or twelve, no year)
    y = x.pub.year - int(n) if x.pub and n else None
    return _whole_year(x, y)


def _rel_day(x: _Match):  # 昨日上午, 今天: the publication day, or days before it
    if x.pub is None:
        return x.span("point", None, None, "day")
    d = x.pub + dt.timedelta(days=_rules()[1]["relative_days"][x.g["rd"]])
    return x.span("point", d, d, "day")


def _last_month_day(x: _Match):  # 上月23日
    if x.pub is None:
        return x.span("point", None, None, "day")
    first = x.pub.replace(day=1) - dt.timedelta(days=1)
    d = _date(first.year, first.month, x.g["d"])
    return x.span("point", d, d, "day") if d else None


def _sentence_start(text: str, pos: int, reach: int = 0) -> int:
    """Where the sentence holding `pos` starts, looked for back to `reach` (a sentence's breaks: data/dates.toml)."""
    return max(reach - 1, max(text.rfind(ch, reach, pos) for ch in _SENTENCE_BREAKS)) + 1


def _this_month_day(x: _Match):  # 本月11日 (in a bulletin of one month: a day of that month)
    period = x.ref.report_period
    month = period[0] if _one_month(period) else x.pub
    if month is None:
        return x.span("point", None, None, "day")
    d = _date(month.year, month.month, x.g["d"])
    if d is not None and x.pub is not None and d > x.pub and not _one_month(period):
        return _this_month(x)  # (a day still to come, or a monthly report's month published after it: the month)
    return x.span("point", d, d, "day") if d else None


def _day_of_month(x: _Match):  # 21日，我县…: the day of the publication's month (or the month before)
    text = x.m.string
    reach = max(0, x.m.start() - _MONTH_REACH)  # (the sentence's start, looked for near the day only)
    opened = _sentence_start(text, x.m.start(), reach)
    if _EVERY_MONTH.search(text, opened, x.m.start()):
        return None  # 每月15日，20日: a rule's days, no date
    named = None
    for named in _MONTH_NAMED.finditer(text, opened, x.m.start()):
        pass
    day = int(x.g["d"])
    if named is not None:  # 2023年12月，我县启动…，28日，…: the day of the month its sentence named
        y = int(named.group("y")) if named.group("y") else x.ref.year_for(named.start())
        d = _date(y, int(named.group("m")), day) if y else None
        if d and not named.group("y") and x.pub and d > x.pub:
            d = _date(y - 1, int(named.group("m")), day)  # (12月，…，28日 in a release of March: last December)
        return x.span("point", d, d, "day") if d else None
    if x.pub is None:
        return x.span("point", None, None, "day")
    first = x.pub.replace(day=1)
    if day > x.pub.day:
        first = (first - dt.timedelta(days=1)).replace(day=1)
    d = _date(first.year, first.month, day)
    return x.span("point", d, d, "day") if d else None


_SENTENCE_BREAKS = _DATA["sentence_breaks"]
_SENTENCE_BREAK = lexicon.fast_compile("[" + regex.escape(_SENTENCE_BREAKS) + "]")
_MONTH_REACH = 120  # characters before a day in which its sentence names the month
_MONTH_NAMED = lexicon.fast_compile(_DATA["month_named_before_day"])
_EVERY_MONTH = lexicon.fast_compile(_DATA["every_month"])


def _last_month(x: _Match):  # 上月 (in a bulletin of one month: the month before it)
    period = x.ref.report_period
    if _one_month(period) and x.ref.report_named == "上月":
        return x.span("range", period[0].replace(day=1), _month_end(period[0].year, period[0].month), "month")
    if _one_month(period):
        last = period[0] - dt.timedelta(days=1)
        return x.span("range", last.replace(day=1), last, "month")
    if x.pub is None:
        return x.span("range", None, None, "month")
    last = x.pub.replace(day=1) - dt.timedelta(days=1)
    return x.span("range", last.replace(day=1), last, "month")


def _now(x: _Match):  # 截至目前, 目前
    return x.span("point", x.pub, x.pub, "day")


def _five_year_plan(x: _Match):  # “十三五”期间, “六五”普法期间; “八五”普法以来: from the first year to the release
    first = _rules()[1]["five_year_plans"][x.g["plan"]]
    if x.g.get("since"):
        return x.since(_date(first, 1, 1), "year")
    return x.span("range", _date(first, 1, 1), _date(first + 4, 12, 31), "year")


def _five_year_plan_end(x: _Match):  # 到“十三五”期末: the plan's last day
    last = _rules()[1]["five_year_plans"][x.g["plan"]] + 4
    return x.span("point", _date(last, 12, 31), _date(last, 12, 31), "day")


def _event_since(x: _Match):  # 活动开展以来: the start comes from the event (event_spans)
    return x.span("range", None, x.pub, "day")


def _context_year(x: _Match):  # 全年, 这一年: the year the text speaks of (an annual report's own)
    return _whole_year(x, _year_spoken_of(x))


def _year_spoken_of(x: _Match) -> int | None:
    """The year a context span speaks of: the report's, the 去年 before it, the latest named before it; in a
    release of January with no year named before it, the year just ended."""
    y = x.ref.report_year or _relative_year_before(x.ref, x.m.start()) or x.ref.year_for(x.m.start(), context=True, spoken_of=True)
    pub = x.ref.published
    if not x.ref.report_year and pub and pub.month == 1 and y == pub.year \
            and bisect_left(x.ref.mention_offsets, x.m.start()) == 0:
        y -= 1  # 全年 in a release of January, no year named before it: the year just ended
    return y


def _context_year_end(x: _Match):  # 年末, 截至年末: the last day of the year the text speaks of
    y = _year_spoken_of(x)
    if y is None:
        return x.span("point", None, None, "day")
    end = dt.date(y, 12, 31)
    if x.pub is not None and end > x.pub and x.pub.month <= _PAST_YEAR_UNTIL_MONTH and not x.ref.report_year \
            and (x.m.group().endswith("末") or x.m.string.endswith(("截至", "截止"), 0, x.m.start())):
        end = end.replace(year=end.year - 1)  # (年末全县总人口…, 截至年底 in a report of March naming no year: a stock counted
        # at the year's end, which is past; a bare 年底，… may be a plan's, and a summary of December writes days early)
    return x.span("point", end, end, "day")


def _relative_year_before(ref: Reference, pos: int) -> int | None:
    """The year of the latest 去年 or 前年 opening a clause before `pos`, when no year printed in
    full stands between (去年，某局…，全年检查企业5495家次: last year)."""
    found = [(at, y) for at, y in ref.relative_mentions if at < pos]
    if not found:
        return None
    at, y = found[-1]
    before = bisect_left(ref.mention_offsets, pos)
    return y if before == 0 or ref.mention_offsets[before - 1] < at else None


def _past_year(x: _Match):  # 过去一年, 过去的一年, 一年来
    y = x.ref.report_year or x.ref.year_for(x.m.start(), context=True, spoken_of=True)
    return _whole_year(x, _year_just_ended(x, y))


def _year_just_ended(x: _Match, y: int | None) -> int | None:
    """The last year a look back (过去一年, 五年来) takes in: in a release of a year's first half (a
    work report of February), the year before the publication's; in a review of December, its own."""
    pub = x.ref.published
    if not x.ref.report_year and pub and pub.month <= _PAST_YEAR_UNTIL_MONTH and y == pub.year:
        return y - 1
    return y


_PAST_YEAR_UNTIL_MONTH = 6


def _context_years_before(x: _Match):  # 前三年, 五年来, 近三年
    n = int(parse_number(x.g["n"]) or 0)
    if n <= 0 or n > 50:
        return None
    direction = x.g.get("dir")
    if direction not in ("前", None):
        return x.span("range", None, None, "year")  # 近三年: no calendar anchor
    y = x.ref.year_for(x.m.start(), context=True)
    if y is None:
        return x.span("range", None, None, "year")
    if direction == "前":
        return x.span("range", _date(y - n, 1, 1), _date(y - 1, 12, 31), "year")
    if direction is None:
        y = _year_just_ended(x, y)  # (五年来 in a work report of March: the five years just ended)
    return x.span("range", _date(y - n + 1, 1, 1), _date(y, 12, 31), "year")  # 五年来: up to the year spoken of


def _unknown(x: _Match):
    return x.span("range", None, None, "year")


# The resolvers that data/dates.toml names, one small function each.
_RESOLVERS = {
    "day_point": _day_point, "md_point": _day_point, "day_range": _day_range, "day_pair": _day_pair,
    "day_since": _day_since, "md_since": _day_since, "month_end": _month_end_point,
    "holiday": _holiday, "month_since": _month_since, "year_end": _year_end, "year_end_since": _year_end_since, "year_start": _year_start, "ten_days": _ten_days,
    "ten_days_span": _ten_days_span,
    "same_year": _same_year,
    "month": _months, "month_range": _months, "month_span": _month_span, "month_to_day_span": _month_to_day_span,
    "year_start_to_month_end": _year_start_to_month_end, "year_to_month_end": _year_to_month_end, "half": _half, "quarter": _quarter,
    "first_quarters": _first_quarters, "by_quarter": _by_quarter, "by_half": _by_half, "five_year_plan_end": _five_year_plan_end, "this_month": _this_month, "rel_day": _rel_day, "this_period": _this_period, "last_week": _last_week, "season": _season, "festival": _festival, "year_to_half": _year_to_half, "rel_month_span": _rel_month_span,
    "year_range": _year_range, "year_since": _year_since, "year": _year,
    "rel_year": _rel_year_range, "rel_year_since": _rel_year_since, "years_ago": _years_ago,
    "last_month_day": _last_month_day, "this_month_day": _this_month_day, "context_year_end": _context_year_end, "day_of_month": _day_of_month, "last_month": _last_month, "now": _now,
    "five_year_plan": _five_year_plan, "this_quarter": _this_quarter, "by_year": _by_year, "event_since": _event_since, "jammed_ymd": _jammed_ymd,
    "context_year": _context_year, "past_year": _past_year, "jammed_md": _jammed_md, "context_years_before": _context_years_before, "unknown": _unknown,
}


def _resolve(m, resolver: str, ref: Reference, context: bool, field: str) -> DateSpan | None:
    try:
        rule = _RESOLVERS[resolver]
    except KeyError:
        raise ValueError(f"data/dates.toml names an unknown resolver {resolver!r}") from None
    return rule(_Match(m, m.groupdict(), ref, context, field))


class _EventRules(NamedTuple):
    during: regex.Pattern
    since: regex.Pattern
    same_day: regex.Pattern
    last_year: frozenset  # 去年同期, 上年同期
    states: regex.Pattern  # what, between 去年同期 and a number, makes it that number's period
    opens: regex.Pattern  # what stands before a 去年同期 opening a clause of its own
    compared: regex.Pattern  # what after it makes it a comparison's basis all the same
    change: regex.Pattern  # a change on the way to a number: the number is this period's again
    campaign: tuple  # nouns that name the same campaign again (行动 … 活动开展以来)
    same_month: frozenset  # 当月: the words of same_day that name the month, not the day
    now_day: regex.Pattern  # a day that is only the release's now (目前), no event's day
    undated_event: regex.Pattern  # a sentence opening an event with no date (日前，…): the lead's day is not its
    holiday_again: regex.Pattern  # 节日期间, 假日期间: the holiday named before
    holiday: regex.Pattern  # the name of a public holiday
    past_years: tuple  # 去年, 前年: a holiday named with one of these is one compared with, not the one named again


@lru_cache(maxsize=1)
def _event_rules() -> _EventRules:
    events = lexicon.load("dates")["events"]
    nouns = lexicon.alternation(events["nouns"])
    return _EventRules(lexicon.fast_compile(events["during"].replace("{nouns}", nouns)),
                       lexicon.fast_compile(events["since"].replace("{nouns}", nouns)),
                       lexicon.fast_compile(events["same_day"].replace("{nouns}", nouns).replace(
                           "{connectives}", lexicon.alternation(events["same_day_connectives"]))), frozenset(events["same_period_last_year"]),
                       lexicon.fast_compile(events["same_period_states"]), lexicon.fast_compile(events["same_period_opens"]),
                       lexicon.fast_compile(events["same_period_compared"]), lexicon.fast_compile(events["same_period_change"]),
                       tuple(events["campaign_nouns"]),
                       frozenset(events["same_month"]), lexicon.fast_compile(events["now_day"]),
                       lexicon.fast_compile(events["undated_event"]), lexicon.fast_compile(events["holiday_again"]),
                       lexicon.fast_compile(lexicon.alternation(lexicon.load("dates")["public_holidays"])),
                       tuple(k for k, v in lexicon.load("dates")["relative_years"].items() if v < 0))


def period_only(d: DateSpan, text: str) -> bool:
    """Whether `d` serves only as a period, not as one of the text's dates (成立至今)."""
    return d.text in _period_words() or \
        (d.text in _period_only_words() and d.start > 0 and bool(_HAN_BEFORE.match(text[d.start - 1])))


@lru_cache(maxsize=1)
def _period_only_words() -> frozenset:
    return frozenset(lexicon.load("dates")["period_only"])


@lru_cache(maxsize=1)
def _period_words() -> frozenset:
    return frozenset(lexicon.load("dates")["period_words"])


_HAN_BEFORE = lexicon.fast_compile(r"\p{Han}")


def states_last_years_period(d: DateSpan, text: str, pos: int) -> bool:
    """Whether `d` is a 去年同期 that is not the period of the number at `pos` (it is when it
    states that number: 去年同期为701件, or opens a clause of figures before it: …；去年同期全院共收案208件;
    a comparison's 高于去年同期 is skipped as a basis)."""
    rules = _event_rules()
    if not _last_years(d, text, rules.last_year):
        return False
    stated = rules.states.match(text, d.end, pos)
    if stated and (not stated.group("pair") or text[pos:pos + 1].isdigit()):
        return False
    opens = d.text in rules.last_year and rules.opens.search(text, max(0, d.start - 4), d.start) \
        and not rules.compared.match(text, d.end)  # (…；去年同期全院共收案208件: the clause's own period)
    return not (opens and d.end <= pos and not _SENTENCE_BREAK.search(text, d.end, pos)  # (to the next ；)
                and not rules.change.search(text, d.end, pos) and not rules.change.match(text, pos))


def _last_years(d: DateSpan, text: str, words) -> bool:
    """A 去年同期, or a 同期 after 上年 (the rules find 同期 there: 较上年同期 is a basis)."""
    return d.text in words or (d.text == "同期" and text[max(0, d.start - 2):d.start] + d.text in words)


def event_spans(text: str, segs, spans: list[DateSpan], ref: Reference, title_spans=()) -> list[DateSpan]:
    """The events `text` names again (专项行动期间, 活动开展以来, 当天, 节日期间; data/dates.toml,
    [events]), with the dates of the date in `spans` (or, for a holiday, in `title_spans`) that
    gave the event; only those that resolve. Not calendar dates: they serve as periods. Also
    gives the 去年同期 spans among `spans` their dates, in place."""
    rules = _event_rules()

    def event_day(d: DateSpan) -> bool:  # a day an event may be of: not one that is only the release's now (目前),
        # nor a period's end, a deadline (活动持续至今年底, 6月底前)
        return d.type == "point" and d.granularity == "day" and not rules.now_day.search(d.text) \
            and not d.text.endswith(_PERIOD_ENDS) and not _PERIOD_END_AFTER.match(text, d.end)

    dated = [d for d in spans if d.anchored and d.start_date and d.field == "body"]
    taken_starts = [d.start for d in spans]  # (in order, not overlapping)
    out: list[DateSpan] = []

    def free(m) -> bool:
        """Whether no date of `spans` overlaps the match."""
        k = bisect_left(taken_starts, m.end())  # spans [0, k) start before the match ends
        return k == 0 or spans[k - 1].end <= m.start()

    def event(m, kind: str, start_date, end_date, granularity: str, group: int | str = 0) -> DateSpan:
        return DateSpan(text=m.group(group), start=m.start(group), end=m.end(group), type=kind,
                        start_date=start_date, end_date=end_date, granularity=granularity, anchored=False)

    def latest_before(pos: int, floor: int, fits) -> DateSpan | None:
        """The latest date of `dated` ending by `pos` and starting at `floor` or after that fits."""
        for j in range(bisect_right(ends, pos) - 1, -1, -1):
            if dated[j].start < floor:
                break
            if fits(dated[j]):
                return dated[j]
        return None

    ends = [d.end for d in dated]  # (the spans do not overlap: their ends are in order too)
    sentences: dict[int, str] = {}

    def sentence_of(j: int) -> str:
        if j not in sentences:
            s = segs.sentence_at(dated[j].start)
            sentences[j] = text[s.start:s.end]
        return sentences[j]

    def naming(noun: str, before: int) -> DateSpan | None:
        """The latest date before `before` whose sentence names the event; a day inside a
        range of days or months named for the same event gives way to the range (11月27日至
        12月4日…开展“宪法宣传周”…, not the 12月4日 of one event in that week)."""
        latest = None
        k = bisect_right(ends, before)
        for j in range(k - 1, max(-1, k - 1 - _EVENT_LOOKBACK), -1):
            d = dated[j]
            if not any(n in sentence_of(j) for n in (rules.campaign if noun in rules.campaign else (noun,))):
                continue
            if latest is None:
                latest = d
                if d.type == "range" and d.granularity in ("day", "month"):
                    return d
            elif d.type == "range" and d.granularity in ("day", "month") and d.end_date \
                    and d.start_date <= latest.start_date <= d.end_date:
                return d
        return latest

    for m in rules.during.finditer(text):
        d = naming(m.group("noun"), m.start()) if free(m) else None
        if d is not None:
            out.append(event(m, d.type, d.start_date, d.end_date, d.granularity))
    again = list(rules.holiday_again.finditer(text))
    holidays = [d for d in spans if d.start_date and d.type == "range" and rules.holiday.search(d.text)] if again else []
    titled = next((d for d in title_spans if d.start_date and d.type == "range" and rules.holiday.search(d.text)), None) \
        if again else None
    for m in again:
        before = [d for d in holidays if d.end <= m.start() and not compared_span(text, d)
                  and not d.text.startswith(rules.past_years) and not text.startswith("的", d.end)]
        # (同去年国庆期间相比, 去年国庆期间为355起: the one compared with; 吸取春节期间的经验: one qualifying a thing)
        d = titled or (before[-1] if before else None)  # (the holiday the title names, else the latest named before)
        if d is not None and free(m):
            out.append(event(m, "range", d.start_date, d.end_date, d.granularity, group="again"))
    published = ref.published.isoformat() if ref.published else None
    for m in rules.since.finditer(text):
        d = naming(m.group("noun"), m.start()) if free(m) else None
        if d is not None:
            out.append(event(m, "range", d.start_date, published, d.granularity))
    for m in rules.same_day.finditer(text):
        para = segs.paragraph_at(m.start("day"))
        floor = segs.paragraph_at(para.start - 1).start if para.start else 0
        if m.group("day") in rules.same_month:  # 发布7月消费维权报告。当月全市…: the month just named
            month = latest_before(m.start("day"), floor, lambda d: d.type == "range" and d.granularity == "month"
                                  and d.start_date[:7] == (d.end_date or "")[:7])
            if month is not None:
                out.append(event(m, "range", month.start_date, month.end_date, "month", group="day"))
            continue
        # in its paragraph or the one before, else the day the lead gives the event (3月13日，…开展…活动 / … / 活动当天，…)
        day = latest_before(m.start("day"), floor, event_day) or _lead_day(text, segs, dated, m.start("day"), event_day, rules)
        if day is not None:
            out.append(event(m, "point", day.start_date, day.end_date, "day", group="day"))
    for d in spans:
        if d.start_date is not None or d.field != "body":
            continue
        named = _NAMED_YEARS_PERIOD.fullmatch(d.text)
        if named or _last_years(d, text, rules.last_year):
            current = latest_before(d.start, segs.paragraph_at(d.start).start,
                                    lambda r: r.type == "range" and r.end_date) \
                or next((r for r in dated if r.start < d.start and r.type == "range" and r.end_date), None)
            if current is not None:
                back = int(current.start_date[:4]) - int(named.group(1)) if named else 1
                d.start_date, d.end_date = _years_before(current.start_date, back), _years_before(current.end_date, back)
                d.granularity = current.granularity
    return out


_PERIOD_ENDS = ("底", "末", "前")  # (今年底, 月末, 6月30日前: the end of a period, no event's day)
_PERIOD_END_AFTER = lexicon.fast_compile(r"[底末]|前(?!往|来|去|进)")  # (not 3月4日前往…: a day that goes somewhere)
_PLAN_WORDS = lexicon.fast_compile(lexicon.alternation(lexicon.load("dates")["plan_words_near_months"]))
_PLAN_REACH = 20  # characters after a span of months in which a plan word makes it a plan's
_EVENT_LOOKBACK = 40  # dates: an event is named again near where it was given
_SENTENCE_END = lexicon.fast_compile(r"[。！？!?]")  # the lead is the first paragraph that ends a sentence


def _lead_day(text: str, segs, dated, pos: int, fits, rules) -> DateSpan | None:
    """The day the lead gives the event (3月13日，某镇开展…活动。), for a 当天 paragraphs after it; none
    when the lead dates nothing (近日，…举办…) or an undated event opens a sentence between (日前，…举办…)."""
    lead = segs.paragraph_at(0)
    while not _SENTENCE_END.search(text, lead.start, lead.end) and lead.end < pos:
        lead = segs.paragraph_at(lead.end + 1)  # (the headline's lines, a byline: no sentence)
    if lead.end >= pos:
        return None  # (its own paragraph or the one before has been looked in)
    day = next((d for d in reversed(dated) if d.start < lead.end and fits(d)), None)  # (3月15日讯…3月13日，…: its latest)
    if day is None or rules.undated_event.search(text, lead.end, pos):
        return None
    return day


_NAMED_YEARS_PERIOD = lexicon.fast_compile(r"((?:19|20)\d{2})年同期")


def _years_before(day: str, years: int = 1) -> str:
    x = dt.date.fromisoformat(day)
    try:
        return x.replace(year=x.year - years).isoformat()
    except ValueError:  # 29 February
        return x.replace(year=x.year - years, day=28).isoformat()
