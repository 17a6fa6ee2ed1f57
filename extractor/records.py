"""The records of a Document: dates, metrics and measures found in its body.

Pipeline (each step one module): segments -> dates -> metrics -> indicators -> periods
-> measures -> categories.
"""
from __future__ import annotations

import regex

from .dates import find_dates, make_reference
from .document import DateSpan, Document, Metric
from .indicator import find_indicator
from .measures import find_measures, measures_declared
from .metrics import find_metrics
from .segments import Segments
from .taxonomy import categorise

_OPENERS = regex.compile(r"[\s“]*(?:在|自|从|于)?")


def annotate(doc: Document) -> Document:
    """Fill doc.dates, doc.metrics, doc.measures and doc.measures_declared from doc.body."""
    body = doc.body
    segs = Segments(body)
    ref = make_reference(((doc.title or "") + "\n" + body), doc.published_at, doc.url)
    ref_body = make_reference(body, doc.published_at, doc.url)
    title_dates = find_dates(doc.title, ref, field="title") if doc.title else []
    body_dates = find_dates(body, ref_body)
    doc.dates = title_dates + body_dates

    raws = find_metrics(body, segs, body_dates)
    _indicators(body, segs, raws, body_dates)
    for raw in raws:
        raw.metric.period = _period(raw.metric, raw.num_start, body, segs, body_dates, raws)
    doc.metrics = [r.metric for r in raws]

    doc.measures = find_measures(body)
    for ms in doc.measures:
        ms.category = categorise(ms.title, body[ms.start:ms.end], weights=(2.0, 0.2))
    for mt in doc.metrics:
        mt.indicator_category = categorise(mt.indicator or "")
        for ms in doc.measures:
            if ms.start <= mt.start < ms.end:
                mt.measure = ms.index
                break
    doc.measures_declared = measures_declared((doc.title or "") + "\n" + body)
    return doc


def _indicators(body: str, segs: Segments, raws, dates):
    prev_end = 0
    prev_sentence = None
    sentence_metrics: list = []
    for i, raw in enumerate(raws):
        m = raw.metric
        sentence = segs.sentence_at(m.start)
        if sentence != prev_sentence:
            sentence_metrics = []
            prev_end = sentence.start
        floor = max(prev_end, sentence.start)
        ceiling = raws[i + 1].metric.start if i + 1 < len(raws) else len(body)
        streak = body.startswith("连续", m.start) or m.text.startswith("连续")
        start = m.start
        indicator, where = find_indicator(body, segs, start, m.end, floor, ceiling, dates, streak=streak)
        if m.change is not None and where != "before":
            # a change with nothing of its own before it compares an earlier number
            plain = [x for x in sentence_metrics if x.metric.change is None or not x.respectively]
            if raw.respectively:
                run = [x for x in raws[:i + 1] if x.respectively and segs.sentence_at(x.metric.start) == sentence]
                k = len(run) - 1
                base = [x for x in plain if x.metric.change is None]
                if len(base) >= len(run) and k < len(run):
                    indicator = base[len(base) - len(run) + k].metric.indicator
            elif plain:
                indicator = plain[-1].metric.indicator
        elif indicator is None and where == "" and sentence_metrics:
            gap = body[sentence_metrics[-1].metric.end:m.start]
            if not regex.search(r"[，,；;。]", gap):
                indicator = sentence_metrics[-1].metric.indicator
        m.indicator = indicator
        sentence_metrics.append(raw)
        prev_end = m.end
        prev_sentence = sentence


def _bound_elsewhere(d: DateSpan, body: str, metric: Metric, raws) -> bool:
    """`由2018年的30.7%降至14.6%`: a date followed by 的 and a number belongs to that number."""
    tail = body[d.end:d.end + 6]
    mm = regex.match(r"的(?:年均|平均|全年)?", tail)
    if not mm:
        return False
    target = d.end + mm.end()
    owner = next((r for r in raws if r.metric.start <= target < r.metric.end or r.num_start == target), None)
    return owner is not None and owner.metric is not metric


def _usable(d: DateSpan) -> bool:
    """A date can serve as a period unless it is an unanchored span (近三年, 近年来)."""
    return d.anchored or d.start_date is not None or d.end_date is not None


def _period(metric: Metric, num_start: int, body: str, segs: Segments, dates: list[DateSpan], raws):
    if metric.kind == "duration" and metric.text.startswith("连续"):
        return None  # a streak is its own period
    sentence = segs.sentence_at(metric.start)
    own = [d for d in dates if sentence.start <= d.start < sentence.end]
    bound = [d for d in own if _bound_elsewhere(d, body, metric, raws) is False
             and body[d.end:d.end + 6].startswith("的") and _binds(d, body, metric, raws)]
    if bound:
        return bound[-1].as_period()
    own = [d for d in own if not _bound_elsewhere(d, body, metric, raws)]
    before = [d for d in own if d.end <= metric.start]
    if own:
        d = before[-1] if before else own[0]
        return d.as_period() if _usable(d) else None
    para = segs.paragraph_at(metric.start)
    for s in reversed(segs.sentences_in(para)):
        if s.start >= sentence.start:
            continue
        lead = _OPENERS.match(body, s.start).end()
        opener = next((d for d in dates if d.start == lead or d.start == s.start), None)
        if opener is not None:
            return opener.as_period() if _usable(opener) else None
    return None


def _binds(d: DateSpan, body: str, metric: Metric, raws) -> bool:
    mm = regex.match(r"的(?:年均|平均|全年)?", body[d.end:d.end + 6])
    if not mm:
        return False
    target = d.end + mm.end()
    return metric.start <= target < metric.end or target == metric.start
