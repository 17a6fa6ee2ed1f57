"""The records of a Document: dates, metrics and measures found in its body.

Pipeline (each step one module): segments -> dates -> metrics -> indicators -> periods
-> tables -> measures -> categories.
"""
from __future__ import annotations

from . import indicator, periods
from .dates import event_spans, find_dates, make_reference, period_only
from .document import Document
from .measures import find_measures, measures_declared
from .metrics import find_metrics
from .segments import Segments, SpanIndex
from .tables import find_tables, table_metrics
from .taxonomy import categorise

def annotate(doc: Document, leads: list[str] = ()) -> Document:
    """Fill doc.dates, doc.metrics, doc.measures and doc.measures_declared from doc.body.
    `leads` are the bold lead sentences and subheadings an HTML page marks (for measures)."""
    body = doc.body
    segs = Segments(body)
    ref = make_reference(body, doc.published_at, doc.url, title=doc.title)
    title_dates = find_dates(doc.title, ref, field="title") if doc.title else []
    body_dates = find_dates(body, ref)
    doc.dates = title_dates + [d for d in body_dates if not period_only(d, body)]

    events = event_spans(body, segs, body_dates, ref)  # 专项行动期间, 当天: periods, not dates

    raws = find_metrics(body, segs, body_dates)
    date_index = SpanIndex(body_dates + events)
    indicator.assign(body, segs, raws, date_index)
    periods.assign(body, segs, raws, date_index)
    metrics = [r.metric for r in raws]
    found_tables = find_tables(body)
    if found_tables:  # the cells' numbers, read by their row and column headers
        cells, in_header = table_metrics(body, found_tables, metrics, body_dates, title_dates)
        metrics = sorted([m for m in metrics if id(m) not in in_header] + cells, key=lambda m: m.start)
    doc.metrics = [m for m in metrics if not periods.planned(m, doc.published_at)]

    doc.measures = find_measures(body, leads, tables=[(t.start, t.end) for t in found_tables])
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
