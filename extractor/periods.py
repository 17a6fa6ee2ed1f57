"""The period of a metric: the time expression its number reports on (RECORDS.md, "Metric"):
the one of its own sentence; else the latest sentence-opening one (or one set off by commas,
…要求，2023年以来，…) earlier in its paragraph; else one in another clause of its sentence. A date bound to another number
(由2018年的30.7%降至14.6%), a comparison's basis (高于去年同期) or a multiple's basis
(是2020年的2.4倍) is not the period.
"""
from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .dates import compared_span, compared_with, multiple_basis, states_last_years_period
from .document import DateSpan, Metric, Period
from .segments import Segments, SpanIndex

_SENTENCE_ENDS = "。！？!?：:”\n"
_WRAPPED = 20  # characters of a line broken inside its sentence
_WRAPPED_LINES = 12  # lines of one hard-wrapped sentence or paragraph (a report set in a PDF's narrow column)
_GOES_ON = frozenset(lexicon.load("periods")["line_goes_on_after"])  # (the last character of a line broken off)
_OF = lexicon.fast_compile(r"的(?:年均|平均|全年)?|\s*[（(](?=\s*\d)|(?=\d)")  # (2月份(615件), 2023年215件: the date's number)
_OPENING_LEAD = 10  # a short lead clause (《报告》指出，) may stand before a sentence-opening date
_OPENER_LOOKBACK = 60  # sentences; a paragraph longer than that is not one paragraph to a reader


@lru_cache(maxsize=1)
def _reporting_lead():
    return lexicon.fast_compile(lexicon.load("periods")["reporting_lead"])


def planned(metric: Metric, published: str | None) -> bool:
    """A number whose period begins after the release was published is a plan or a
    target (到2025年，…达到95%), not a result; but not one counted up to the end of the month it was
    published in (截止到10月份，… in a release of 28 October: the month's figures, written days early)."""
    p = metric.period
    if not (published and p is not None and p.start_date and p.start_date > published[:10]):
        return False
    if _YEAR_END.fullmatch(p.text.strip()):
        return False  # (截至年底，全县共有调解组织300个 in a summary of 28 December: the year's figures, written days early)
    return not (p.start_date[:7] == published[:7] and p.text.startswith(_AS_OF))


_AS_OF = tuple(lexicon.load("periods")["as_of_words"])
_YEAR_END = lexicon.fast_compile("(?:" + lexicon.alternation(_AS_OF) + ")?(?:"
                                 + lexicon.alternation(lexicon.load("periods")["year_end_words"]) + ")")


def _binds_to(d: DateSpan, body: str, by_position):
    """`由2018年的30.7%降至14.6%`, `2月份(615件)`: a date followed by 的 or a bracket and a number
    belongs to that number (as its period, unless it is a multiple's basis: 是2020年的2.4倍)."""
    mm = _OF.match(body, d.end, d.end + 6)
    if not mm or (mm.end() == d.end and not _WRITTEN_YEAR.match(d.text)):
        return None  # (同期5名, 高于去年同期3.2个百分点: only a year written out binds the number next to it)
    return by_position.get(mm.end())


def _usable(d: DateSpan) -> bool:
    """A date can serve as a period unless it is an unanchored span (近三年, 近年来, 同期)."""
    return d.anchored or d.start_date is not None or d.end_date is not None


@lru_cache(maxsize=1)
def _label_lead():  # 【公益诉讼检察】2020年，…: a yearbook entry's label
    return lexicon.fast_compile(lexicon.load("periods")["label_lead"])


@lru_cache(maxsize=1)
def _purpose_lead():
    return lexicon.fast_compile(lexicon.load("periods")["purpose_lead"])


def _clause_initial(d: DateSpan, body: str, segs: Segments) -> bool:
    lead = _label_lead().sub("", body[segs.clause_start(d.start):d.start]).strip(_CLAUSE_LEAD_MARKS)
    # (——这一年，我们…: a dash opening a paragraph of a report; 仅2017年上半年，…; 就在2月2日下午，…)
    return not lead or lead in _SET_OFF_LEADS and _SET_OFF.match(body, d.end) is not None


_CLAUSE_LEAD_MARKS = lexicon.load("periods")["clause_lead_marks"]
_SET_OFF_LEADS = frozenset(lexicon.load("periods")["clause_lead_marks_set_off"])


_REMARK_REACH = 40  # characters between a remark's bracket and its number
_WRITTEN_YEAR = lexicon.fast_compile(r"(?:19|20)\d{2}\s*年")
_CLOSED = lexicon.fast_compile(r"[)）。\n]")
_LISTED_AFTER = lexicon.fast_compile(r"(?:\s*[和、及与]\s*[\d.]+[万亿千百]?[余多]?[^\s\d，,。；;和、及与]{0,4})*\s*[和、及与]\s*")
_BREAK_AFTER = lexicon.fast_compile(r"[，, ]*")
_SET_OFF = lexicon.fast_compile(r"\s*[，,]")
_RUN_IN_HEADING = lexicon.fast_compile(lexicon.load("periods")["run_in_heading"])
_QUALIFYING = lexicon.fast_compile(lexicon.load("periods")["qualifying_year_after"])  # (1958年建成的…礼堂)
_TOLD_ON = lexicon.fast_compile(r"^\s*(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日[，,]\s*")


def _opens_sentence(d: DateSpan, s, body: str, segs: Segments) -> bool:
    """A clause-initial date near the start of sentence `s`: after a label, a reporting clause
    (记者从…了解到，) or a clause of purpose (为积极化解…，) at most; or after a numbered heading
    run into the sentence (…报告如下: 一、全区2023年行政执法总体情况 2023年，全区…)."""
    if _RUN_IN_HEADING.match(body, segs.clause_start(d.start), d.start):
        return True
    lead = _label_lead().sub("", body[s.start:d.start])
    told = _TOLD_ON.sub("", lead)  # 3月13日，记者从…获悉，2025年…: the day it was told, then who told it
    return len(lead) <= _OPENING_LEAD or bool(_reporting_lead().match(lead) or _purpose_lead().match(lead)
                                              or (told != lead and _reporting_lead().match(told))) \
        or _SET_OFF.match(body, d.end) is not None and body[d.start - 1:d.start] in ("，", ",")
    # (认真落实…要求，2023年以来，全市…: a time set off by commas frames the clauses after it)


def bulletin_period(stated, title: str | None, title_dates) -> Period | None:
    """The period a bulletin states it reports on (dates.Reference.report_period: 2022年2月份…通报,
    周报(2.27—3.05)), as the title writes it, when the title names a bulletin (data/periods.toml
    bulletin_title_words)."""
    if stated is None or not title or not any(w in title for w in _BULLETIN_WORDS):
        return None
    a, b = stated[0].isoformat(), stated[1].isoformat()
    return next((d.as_period() for d in title_dates if d.start_date == a and d.end_date == b), None)


_BULLETIN_WORDS = tuple(lexicon.load("periods")["bulletin_title_words"])
_RUNNING_TOTAL = lexicon.fast_compile(lexicon.alternation(lexicon.load("periods")["running_total_words"]))


def assign(body: str, segs: Segments, raws, dates: SpanIndex, bulletin: Period | None = None) -> None:
    """Give every metric of `raws` its period; `dates` holds the body's dates and events. A number
    with no time of its own in its sentence or paragraph, in a bulletin, is of the `bulletin`'s period."""
    by_position = {}
    for raw in raws:
        by_position.setdefault(raw.num_start, raw.metric)
        by_position.setdefault(raw.metric.start, raw.metric)
    by_end = {raw.metric.end: raw.metric for raw in raws}
    done: list[Metric] = []
    for raw in raws:
        m = raw.metric
        m.period = _joined_years(_since_until(_breakdown_of(m, done, body, segs, dates)
                                              or period_of(m, body, segs, dates, by_position), m, body, segs, dates),
                                 m, body, segs, dates)
        if m.period is None and bulletin is not None and not m.streak \
                and not _RUNNING_TOTAL.search(body, segs.clause_start(m.start), m.start):
            m.period = bulletin  # (a streak is its own period; a running total is counted since it began)
        done.append(m)
        reach = max(0, m.start - _REMARK_REACH)  # (a remark is short: no search back through the whole page)
        opened = max(body.rfind("(", reach, m.start), body.rfind("（", reach, m.start))
        outer = by_end.get(opened) if opened > 0 else None
        if outer is not None and outer is not m and not _CLOSED.search(body, opened, m.start) \
                and not dates.starting_in(opened, m.start):
            m.period = outer.period  # 2022年103件(其中…纠纷45件): a remark on a number, with no date of its own, shares its period


def _since_until(period: Period | None, metric: Metric, body: str, segs: Segments, dates: SpanIndex) -> Period | None:
    """A period counted to a day (截至2018年2月28日) that closes a span since an earlier date of its
    sentence (2011年2月25日…运作以来，截至2018年2月28日): the whole span, from the one to the other."""
    if period is None or not period.text.startswith(_UNTIL_WORDS) or period.end_date is None:
        return period
    s = segs.sentence_at(metric.start)
    spans = dates.starting_in(s.start, metric.start)
    for since, until in zip(spans, spans[1:]):
        if until.text == period.text and since.start_date and since.start_date <= period.end_date:
            joiner = _SINCE_UNTIL.fullmatch(body, since.end, until.start)
            if joiner and (_SINCE_WORDS.search(joiner.group()) or _SINCE_WORDS.search(since.text)):
                return Period(body[since.start:until.end], since.start_date, period.end_date)
    return period


def _joined_years(period: Period | None, metric: Metric, body: str, segs: Segments, dates: SpanIndex) -> Period | None:
    """A year joined to the years before it (2016年和2017年受理的965件, 2006年、2007年…发生的…) with no
    分别 to deal the numbers out: the numbers are of all of them, from the first to the last."""
    if period is None or not period.text.endswith("年") or not period.start_date:
        return period
    s = segs.sentence_at(metric.start)
    spans = [d for d in dates.starting_in(s.start, metric.start) if d.start_date and d.end_date]
    at = next((k for k in range(len(spans) - 1, -1, -1) if spans[k].text == period.text), None)
    if at is None or spans[at].granularity != "year" or _DEALT_OUT.search(body, s.start, s.end) \
            or _YEARS_COMPARED.search(body, s.start, s.end) \
            or _ANOTHER_NUMBER_AFTER.match(body, metric.end) or body[metric.start - 1:metric.start] == "、":
        return period  # (分别, 各, 均: each year its own; 由…至…, 相比: from one to the other; 30件、45件、60件: a list)
    first = last = at
    while first > 0 and _joined(body, spans[first - 1], spans[first]):
        first -= 1
    while last + 1 < len(spans) and _joined(body, spans[last], spans[last + 1]):
        last += 1  # (2016年和2017年受理的…中，仅有12件: the first year taken as the sentence's time)
    if first == last or compared_with(body, spans[first].start, s.start):
        return period  # (较2019年、2020年: the years compared with)
    return Period(body[spans[first].start:spans[last].end], spans[first].start_date, spans[last].end_date)


def _joined(body: str, earlier, later) -> bool:
    """Whether two years of a sentence are listed together (2016年和2017年, 2019年、2020年)."""
    return earlier.granularity == "year" and later.granularity == "year" and earlier.end_date < later.start_date \
        and bool(_DATE_JOINER.fullmatch(body, earlier.end, later.start))


_DEALT_OUT = lexicon.fast_compile(lexicon.load("periods")["dealt_out"])
_YEARS_COMPARED = lexicon.fast_compile(lexicon.load("periods")["years_compared"])
_ANOTHER_NUMBER_AFTER = lexicon.fast_compile(lexicon.load("periods")["another_number_after"])
_SINCE_UNTIL = lexicon.fast_compile(lexicon.load("periods")["since_until"])
_UNTIL_WORDS = tuple(lexicon.load("periods")["until_words"])
_YEAR_SO_FAR = frozenset(lexicon.load("periods")["year_so_far_words"])
_UNTIL_NOW = tuple(lexicon.load("periods")["until_now_words"])
_SINCE_WORDS = lexicon.fast_compile(lexicon.load("periods")["since_words"])


def _breakdown_of(metric: Metric, done: list[Metric], body: str, segs: Segments, dates: SpanIndex):
    """The period of a total's breakdown (…第二季度共接到…13499件。其中受理消费者投诉9880件): a
    sentence opening with a word of parts (data/periods.toml breakdown_lead) and no date of its
    own counts over the period of the total, the last number of the sentence before it."""
    sentence = segs.sentence_at(metric.start)
    if not done or not _breakdown_lead().match(body, sentence.start, sentence.end):
        return None
    if any(_usable(d) for d in dates.starting_in(sentence.start, sentence.end)):
        return None
    before = segs.sentence_at(max(0, sentence.start - 1))
    if before.start == sentence.start:
        return None
    in_before = []  # the sentence's numbers, last first (done is in text order: no pass over all of it)
    for m in reversed(done):
        if m.start < before.start:
            break
        if m.start < sentence.start:
            in_before.append(m)
    if not in_before:
        return None
    # the total is the sentence's last number, unless that one is a compared year's figure
    # (2018年…共发生…434件，与2017年的440件基本持平。其中…87件: of 2018)
    total = next((m for m in in_before if not _compared_figure(m, body, before.start)), in_before[0])
    return total.period


def _compared_figure(metric: Metric, body: str, floor: int) -> bool:
    """Whether the metric is a figure of a year it is compared with: its period's words, last
    named before it, follow a comparison word (与2017年的440件相比) or join it by 的 alone
    (…434件，2017年的440件基本持平)."""
    if metric.period is None or not metric.period.text:
        return False
    at = body.rfind(metric.period.text, floor, metric.start)
    if at < 0:
        return False
    return bool(compared_with(body, at, floor)) or \
        _FIGURE_OF_YEAR.fullmatch(body, at + len(metric.period.text), metric.start) is not None


_FIGURE_OF_YEAR = lexicon.fast_compile(lexicon.load("periods")["figure_of_year_joiner"])


@lru_cache(maxsize=1)
def _breakdown_lead():
    return lexicon.fast_compile(lexicon.load("periods")["breakdown_lead"])


_BASIS_AFTER = lexicon.fast_compile(lexicon.load("periods")["basis_after_date"])
_CARRIED_AFTER = lexicon.fast_compile(lexicon.load("periods")["carried_over_after"])
_CARRIED_BEFORE = lexicon.fast_compile(lexicon.load("periods")["carried_over_before"])
_TARGET_OF_YEAR = lexicon.fast_compile(lexicon.load("periods")["target_of_year_after"])


def _share_of_the_years_target(d, metric: Metric, body: str) -> bool:
    """完成了2020年度考核任务的113.79%: the number is the share done of the target the date names."""
    m = _TARGET_OF_YEAR.match(body, d.end)
    return m is not None and body[m.end():metric.start].strip() in ("的", "")


def period_of(metric: Metric, body: str, segs: Segments, dates: SpanIndex, by_position):
    """The time expression of the metric's own sentence; else the latest sentence-opening
    one earlier in its paragraph; else None (RECORDS.md, "Metric")."""
    if metric.streak:
        return None  # a streak is its own period
    sentence = segs.sentence_at(metric.start)
    respective = _respective_date(metric, sentence, body, dates, by_position)
    if respective is not None:
        return respective.as_period()  # 2022年、2023年，…调解成功率分别为3.75%、1.8%: the k-th number, the k-th year
    own, elsewhere, bound_before = [], [], []
    basis_end = -1
    for d in dates.starting_in(sentence.start, sentence.end):
        if _remark_closed_before(body, d, sentence.start, metric.start):
            continue  # 比2013年末(2013年是第三次全国经济普查年份,下同)增加6745个: a remark's time, not the number's
        owner = _binds_to(d, body, by_position)
        if owner is not None and owner is not metric and owner.end <= metric.start \
                and _LISTED_AFTER.fullmatch(body, owner.end, metric.start):
            owner = metric  # 到2017年的606万人次和49.91亿元: the date's list goes on to this number
        multiple = multiple_basis().match(body, d.end)  # (是2016年底人数的5.6倍: the multiple's basis)
        basis = compared_span(body, d, sentence.start) \
            or (basis_end >= 0 and _DATE_JOINER.fullmatch(body, basis_end, d.start))  # (较2019年、2020年: both compared with)
        if owner is metric and not multiple and not (basis and (_DIFFERENCE_AFTER.match(body, d.end)
                                                                or _by_difference(basis) and not _basis_own_figure(body, d.end, metric.start))):
            return d.as_period()  # (较上年同期多受理30件, 高出2016年4.95个百分点: the difference, not last year's figure;
            # 高于2022年的10.5%: the earlier figure, over its year)
        basis_end = d.end if basis else -1
        if basis and owner is None and not _by_difference(basis) \
                and _states_the_basis(d, metric, body, segs):
            return d.as_period()  # 较2020年该类案件量42件: the earlier figure, over the earlier period
        if owner is not None and owner is not metric and owner.end <= metric.start and not basis and not multiple \
                and d.granularity in _SPAN_GRANULARITIES and not _NEXT_GROUP.search(body, d.start, metric.start) \
                and not _in_brackets(body, d.start, sentence.start) and not _MOVED_TO.fullmatch(body, owner.end, metric.start):
            bound_before.append(d)  # (2025年一季度100余起警情,矛盾纠纷占比超60%: the time of the number before, in its clause group)
        if owner is not None or basis or _BASIS_AFTER.match(body, d.end) or states_last_years_period(d, body, metric.start) \
                or _CARRIED_AFTER.match(body, d.end) or _CARRIED_BEFORE.search(body, max(0, d.start - 4), d.start) or multiple \
                or _share_of_the_years_target(d, metric, body):
            continue  # another number's date, the basis of a comparison (同比上一年度, 高于去年同期), where a count was carried
            # from, or a target's year
        same_clause = segs.clause_start(d.start) == segs.clause_start(metric.start)
        earlier_group = not same_clause and d.start > sentence.start + _OPENING_REACH and _CUT_OFF_NOW.match(d.text) \
            and _NEXT_GROUP.search(body, d.end, metric.start)
        # (3月份，…受理3955件…；截至目前已办结538件…；举报213件: the time heading a group after the ； is that group's)
        (own if (same_clause or _clause_initial(d, body, segs)) and not earlier_group else elsewhere).append(d)
    since = [d for d in elsewhere if d.text.startswith(("自", "从")) or d.text.endswith("以来")]
    if since and own and all(_reported_on(d, body, segs) for d in own):
        own = []  # 1月25日，记者从…获悉，中山自去年11月开展…至今，共查处…: the day it was told, not the span
    # 1. a date heading the sentence or one of its clauses, or in the number's own clause,
    # before the number (one after it, 行政诉讼案件3件，目前正在审理中, comes after step 2)
    if any(d.end <= metric.start and _usable(d) for d in own):
        return _pick(own, metric, body)
    if any(d.end <= metric.start and _usable(d) for d in since):
        return _pick(since, metric, body)  # 中心自2022年8月建成以来，累计受理…: the sentence's own span, not the paragraph's
    if bound_before:
        return bound_before[-1].as_period()  # …,其中2025年一季度100余起警情,矛盾纠纷占比超60%: the numbers after go on in that time
    # 2. the latest sentence-opening date earlier in the paragraph
    para = segs.paragraph_at(metric.start)
    para_start = para.start
    for _ in range(_WRAPPED_LINES):  # a line broken inside its sentence (a hard-wrapped yearbook page) goes on the line before
        line_start = body.rfind("\n", 0, para_start - 1) + 1
        if para_start < 2 or body[para_start - 2] in _SENTENCE_ENDS or \
                (para_start - 1 - line_start < _WRAPPED and body[para_start - 2] not in _GOES_ON):
            break  # (a short line is a heading, not a wrapped one, unless it breaks off: 2025年,孝南区受理的 / 33267件…)
        para_start = segs.paragraph_at(para_start - 2).start
    for n, s in enumerate(segs.sentences_before(metric.start, para_start)):
        if n >= _OPENER_LOOKBACK:
            break
        openers = [d for d in dates.starting_in(s.start, s.end)
                   if _clause_initial(d, body, segs) and _opens_sentence(d, s, body, segs) and not _BASIS_AFTER.match(body, d.end)]
        if len(openers) > 1 and _reported_on(openers[0], body, segs) and not _QUALIFYING.match(body, openers[1].end):
            openers = openers[1:]  # 3月13日，记者从…获悉，2025年，…: the year the figures are of
        elif len(openers) > 1 and _counted_to_then_period(openers[0], openers[1], body):
            openers = openers[1:]  # 截至目前，2023年度…录入案件365件。其中…: the year the counts are of
        opener = openers[0] if openers else None
        if opener is not None:
            spans = [] if own or not _one_day(opener) else _spans_before(elsewhere, metric, body)
            if spans:  # 4日，…点评会召开。…对第二季度满意度进行了排名，其中…88.91%: the paragraph opens on the day
                return spans[-1].as_period()  # of a meeting, the number's sentence names the period its figures are of
            return opener.as_period() if _usable(opener) else None
    if own:
        return _pick(own, metric, body)
    # 3. a date inside another clause of the sentence (认真摸排全区2021年以来的案件情况，排查出…83件)
    if elsewhere:
        return _pick(elsewhere, metric, body)
    return None


_NEXT_GROUP = lexicon.fast_compile(lexicon.load("periods")["next_group"])  # (…2023年37件；审结190件: a list's next group)
_OPENING_REACH = 2  # characters from a sentence's start within which a time opens it
_CUT_OFF_NOW = lexicon.fast_compile(lexicon.load("periods")["cut_off_now"])  # (截至目前: counted to the release's day)
_MOVED_TO = lexicon.fast_compile(lexicon.load("periods")["moved_to"])  # (从上月的97.02%下降为95.56%: where a move ends, another time)


def _remark_closed_before(body: str, d: DateSpan, floor: int, pos: int) -> bool:
    """Whether the date stands in a remark, brackets that say more than the date and close before
    `pos` (比2013年末(2013年是第三次全国经济普查年份,下同)增加: not 春节期间(1月24日至2月13日), the span
    itself)."""
    if not _in_brackets(body, d.start, floor):
        return False
    closes = [i for i in (body.find(")", d.end, pos), body.find("）", d.end, pos)) if i >= 0]
    if not closes:
        return False
    opens = max(body.rfind("(", floor, d.start), body.rfind("（", floor, d.start))
    if _SPELLS_A_TIME_OUT.search(body, floor, opens) or _SPELLS_A_TIME_OUT.match(body, opens + 1):
        return False  # 本年度（2022年1月1日至12月31日，下同）, 报告期内（统计时间为…）: the time spelt out
    return bool(_REMARK_WORDS.search(body[opens + 1:d.start] + body[d.end:min(closes)]))


_REMARK_WORDS = lexicon.fast_compile(r"\p{Han}{2}")
_SPELLS_A_TIME_OUT = lexicon.fast_compile(lexicon.load("periods")["time_spelt_out_in_brackets"])


def _in_brackets(body: str, pos: int, floor: int) -> bool:
    """Whether `pos` stands inside brackets opened after `floor` (…审结1561件(2019年1254件): a remark's time)."""
    before = body[floor:pos]
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


def _one_day(d: DateSpan) -> bool:
    return d.granularity == "day" and d.start_date is not None and d.start_date == d.end_date


def _spans_before(dates: list[DateSpan], metric: Metric, body: str) -> list[DateSpan]:
    """The calendar spans (a year, a quarter, a month) among `dates` before the metric, not the
    period of work a meeting looked back on or planned (会议回顾了2023年度工作，…表彰先进集体12个)."""
    return [d for d in dates if d.end <= metric.start and d.granularity in _SPAN_GRANULARITIES
            and d.start_date is not None and d.start_date != d.end_date
            and not _WORK_REVIEWED_BEFORE.search(body, max(0, d.start - 6), d.start) and not _WORK_AFTER.match(body, d.end)]


_WORK_REVIEWED_BEFORE = lexicon.fast_compile(lexicon.load("periods")["work_reviewed_before"])
_WORK_AFTER = lexicon.fast_compile(lexicon.load("periods")["work_after"])


_SPAN_GRANULARITIES = frozenset({"year", "quarter", "month"})
_DATE_JOINER = lexicon.fast_compile(lexicon.load("periods")["listed_times_joiner"])
_LISTED_NUMBERS_JOINER = lexicon.fast_compile(lexicon.load("periods")["listed_numbers_joiner"])
_RESPECTIVELY = lexicon.load("periods")["respectively"]


def _respective_date(metric: Metric, sentence, body: str, dates: SpanIndex, by_position) -> DateSpan | None:
    """A sentence listing its times (2022年、2023年，…) and then its numbers with 分别: the k-th
    number (or the k-th group of as many) goes with the k-th time."""
    at = body.find(_RESPECTIVELY, sentence.start, metric.end)  # (同比分别下降14%: in the first number's own text)
    if at < 0:
        return None
    run: list[DateSpan] = []
    for d in dates.starting_in(sentence.start, at):
        if run and _DATE_JOINER.fullmatch(body, run[-1].end, d.start):
            run.append(d)
        elif len(run) < 2:
            run = [d]
    if len(run) < 2 or not all(_usable(d) for d in run):
        return None
    if compared_with(body, run[0].start, sentence.start):
        return None  # 较2019年、2020年分别增长137%、86%: the years compared with, not the numbers' own
    numbers = sorted({id(m): m for pos, m in by_position.items() if at < pos < sentence.end}.values(),
                     key=lambda m: m.start)
    for i in range(1, len(numbers)):  # the list 分别 opens ends where a number stands outside it (…4669件，年均增幅达24%)
        if not _LISTED_NUMBERS_JOINER.fullmatch(body, numbers[i - 1].end, numbers[i].start):
            numbers = numbers[:i]
            break
    k = next((i for i, m in enumerate(numbers) if m is metric), None)
    if k is None or len(numbers) % len(run):
        return None
    return run[k // (len(numbers) // len(run))]


_NO_NUMBER = lexicon.fast_compile(r"[^\d一二三四五六七八九十百千万，,。；;、]{0,12}")


def _reported_on(d: DateSpan, body: str, segs: Segments) -> bool:
    """Whether a date is the day something was told (1月25日，记者从市人社局获悉，…): the clause
    after it is a reporting clause."""
    start = _BREAK_AFTER.match(body, d.end).end()
    return bool(_reporting_lead().match(body[start:segs.clause_end(start) + 1]))  # (the rule is anchored: a slice)


def _states_the_basis(d: DateSpan, metric: Metric, body: str, segs: Segments) -> bool:
    """较2020年该类案件量42件: a comparison's basis year followed, in its clause, by a short
    phrase and the number it had (the earlier figure)."""
    return metric.change is None and metric.start >= d.end and segs.clause_start(d.start) == segs.clause_start(metric.start) \
        and _NO_NUMBER.fullmatch(body, d.end, metric.start) is not None and not _DIFFERENCE_AFTER.match(body, d.end)


_DIFFERENCE_AFTER = lexicon.fast_compile(lexicon.load("periods")["difference_after_basis"])
_DIFFERENCE_WORDS = frozenset(lexicon.load("periods")["difference_words"])


def _basis_own_figure(body: str, start: int, end: int) -> bool:
    """Whether a mark between a basis year and the number makes it that year's figure (高于2022年的10.5%)."""
    return any(mark in body[start:end] for mark in _BASIS_OWN_FIGURE_MARKS)


_BASIS_OWN_FIGURE_MARKS = tuple(lexicon.load("periods")["basis_own_figure_marks"])


def _by_difference(basis) -> bool:
    """Whether a comparison's word makes the number after its basis the difference (高于, 高出: 高出2016年4.95个百分点)."""
    return basis is not True and basis.group().strip() in _DIFFERENCE_WORDS


_NOTE_AFTER_TIME = lexicon.fast_compile(lexicon.load("periods")["note_after_time"])


def _counted_to_then_period(first: DateSpan, second: DateSpan, body: str) -> bool:
    """截至目前，2023年度…: a day counted to, then right after it a whole period already over (a year,
    a quarter, a month): the period is what the counts are of."""
    return first.text.startswith(_UNTIL_WORDS) and second.granularity in ("year", "quarter", "month") \
        and _BREAK_AFTER.fullmatch(body, first.end, second.start) is not None \
        and bool(first.end_date and second.end_date and second.end_date <= first.end_date)


def _pick(candidates: list[DateSpan], metric: Metric, body: str):
    usable = [d for d in candidates if _usable(d)]
    before = [d for d in usable if d.end <= metric.start]
    if len(before) > 1 and before[-2].end <= before[-1].start \
            and _NOTE_AFTER_TIME.match(body[before[-2].end:before[-1].start] + before[-1].text):
        before.pop()  # 春节黄金周整个假期(截至6日16:00)，…: a note in brackets on the time before it, which stays the period
    if before:
        if len(before) > 1 and before[-1].text in _YEAR_SO_FAR and before[-2].text.startswith(_UNTIL_WORDS) \
                and not before[-2].text.lstrip("".join(_UNTIL_WORDS)).startswith(_UNTIL_NOW):
            return before[-2].as_period()  # 截至11月11日，今年该院…: to the day counted to
        return before[-1].as_period()
    return usable[0].as_period() if usable else None
