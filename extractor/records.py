"""The records of a Document: dates, metrics and measures found in its body.

Pipeline (each step one module): segments -> dates -> metrics -> indicators (rules, their text
tidied, then the learned choice among the clause's readings) -> periods
-> tables -> measures -> categories.
"""
from __future__ import annotations

from . import indicator, indicator_model, indicator_text, lexicon, periods
from .dates import event_spans, find_dates, make_reference, period_only, plan_terms
from .document import Document
from .measures import find_measures, measures_declared
from .metrics import find_metrics
from .script import ReadingCopy, is_traditional, mirror_glossed, pinyin_gloss
from .segments import Segments, SpanIndex
from .tables import find_tables, table_metrics
from .taxonomy import categorise

def annotate(doc: Document, leads: list[str] | None = None, glossed: bool | None = None) -> Document:
    """Fill doc.dates, doc.metrics, doc.measures and doc.measures_declared from doc.body.
    `leads` are the bold lead sentences and subheadings an HTML page marks (for measures);
    None for a text, whose heads are read from its lines.
    A body printed in traditional characters is read in simplified ones, one a mirror glossed in
    pinyin without the glosses (script.ReadingCopy); what is found is given back as printed.
    `glossed`: whether the page is such a mirror's (as its article was read), else judged from the body."""
    glossed = mirror_glossed(doc.body) if glossed is None else glossed
    traditional = is_traditional(_PINYIN.sub("", doc.body) if glossed else doc.body)
    if not glossed and not traditional:
        return _annotate(doc, leads)
    body, title = ReadingCopy(doc.body, glossed, traditional), ReadingCopy(doc.title or "", glossed, traditional)
    printed_body, printed_title = doc.body, doc.title
    doc.body, doc.title = body.plain, title.plain if doc.title else doc.title
    try:
        _annotate(doc, None if leads is None else [ReadingCopy(x, glossed, traditional).plain for x in leads])
    finally:
        doc.body, doc.title = printed_body, printed_title
    _as_printed(doc, body, title)
    return doc


_PINYIN = pinyin_gloss()
_FIXED_UNITS = frozenset(lexicon.load("metrics")["units"]["percent"])  # units RECORDS.md spells one way


def _as_printed(doc: Document, in_body: ReadingCopy, in_title: ReadingCopy) -> None:
    """What the rules found in the page's reading copy as the page prints it: offsets into the printed body, spans
    and the strings the text holds in its own characters and with a mirror's glosses (審結(jié)); a unit without them."""
    for d in doc.dates:
        copy = in_title if d.field == "title" else in_body
        d.start, d.end = copy.printed_offsets(d.start, d.end)
        d.text = copy.text[d.start:d.end]
    for m in doc.metrics:
        m.start, m.end = in_body.printed_offsets(m.start, m.end)
        m.text = in_body.text[m.start:m.end]
        m.unit = m.unit if m.unit in _FIXED_UNITS else in_body.in_own_characters(m.unit)  # (個百分點: RECORDS.md's 个百分点)
        m.indicator = in_body.printed(m.indicator)
        if m.period is not None and m.period.text:
            in_title_only = m.period.text not in in_body.plain and m.period.text in in_title.plain
            m.period.text = (in_title if in_title_only else in_body).printed(m.period.text)
    for ms in doc.measures:
        ms.start, ms.end = in_body.printed_offsets(ms.start, ms.end)
        ms.title, ms.keyword = in_body.printed(ms.title), in_body.printed(ms.keyword)


def _calendar_given(d) -> bool:
    """Whether a time expression is a date of the record: calendar-anchored, or a context span that
    still resolves (2021年同期); a context span that gives no days (近年来, 三年来) only serves as a
    number's period."""
    return d.anchored or bool(d.start_date or d.end_date)


def _annotate(doc: Document, leads) -> Document:
    body = doc.body
    segs = Segments(body)
    ref = make_reference(body, doc.published_at, doc.url, title=doc.title)
    title_dates = find_dates(doc.title, ref, field="title") if doc.title else []
    body_dates = find_dates(body, ref)
    doc.dates = title_dates + [d for d in body_dates if not period_only(d, body)]

    events = event_spans(body, segs, body_dates, ref, title_dates)  # 专项行动期间, 当天: periods, not dates

    raws = find_metrics(body, segs, body_dates)
    terms = plan_terms(body, body_dates)  # (《…纲要(2021—2025年)》: a date of the text, no number's period)
    date_index = SpanIndex([d for d in body_dates if id(d) not in terms] + events)
    indicator.assign(body, segs, raws, date_index)
    indicator_text.tidy(body, raws)  # (marks closed, another number's quantity cut off)
    indicator_model.choose(body, segs, raws, date_index)
    bulletin = periods.bulletin_period(ref.report_period, doc.title, title_dates)
    periods.assign(body, segs, raws, date_index, bulletin)
    metrics = [r.metric for r in raws]
    found_tables = find_tables(body)
    if found_tables:  # the cells' numbers, read by their row and column headers
        cells, in_header = table_metrics(body, found_tables, metrics, body_dates, title_dates, ref.report_year, bulletin)
        metrics = sorted([m for m in metrics if id(m) not in in_header] + cells, key=lambda m: m.start)
    doc.metrics = [m for m in metrics if not periods.planned(m, doc.published_at)]
    doc.dates = [d for d in doc.dates if _calendar_given(d)]  # (once the periods have resolved 去年同期)

    doc.measures = find_measures(body, leads, tables=[(t.start, t.end) for t in found_tables], title=doc.title)
    for ms in doc.measures:
        ms.category = categorise(ms.title, body[ms.start:ms.end], weights=(2.0, 0.2))
    measures = SpanIndex(doc.measures)  # (a metric lies in at most a few measures: no pass over all)
    for mt in doc.metrics:
        mt.indicator_category = categorise(mt.indicator or "")
        holding = [ms for ms in measures.overlapping(mt.start, mt.start + 1) if ms.start <= mt.start < ms.end]
        if holding:
            mt.measure = min(holding, key=lambda ms: ms.index).index
    doc.measures_declared = measures_declared((doc.title or "") + "\n" + body, doc.measures,
                                              body_start=len(doc.title or "") + 1)
    from .statistic import assign_statistics  # the statistic each metric reports (data/statistics.toml)
    return assign_statistics(doc, segs)
