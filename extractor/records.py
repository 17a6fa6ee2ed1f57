"""The records of a Document: dates, metrics and measures found in its body.

Pipeline (each step one module): segments -> dates -> metrics -> indicators -> periods
-> measures -> categories.
"""
from __future__ import annotations

from . import lexicon
from .dates import basis_before_year, event_spans, find_dates, make_reference, multiple_basis, states_last_years_period
from .document import DateSpan, Document, Metric
from .indicator import award_list, clause_subject, clean, find_indicator, list_items, list_opener, opens_with_basis, share_of
from .measures import find_measures, measures_declared
from .metrics import find_metrics
from .segments import Segments, SpanIndex
from .taxonomy import categorise



def annotate(doc: Document, leads: list[str] = ()) -> Document:
    """Fill doc.dates, doc.metrics, doc.measures and doc.measures_declared from doc.body.
    `leads` are the bold lead sentences and subheadings an HTML page marks (for measures)."""
    body = doc.body
    segs = Segments(body)
    ref = make_reference(body, doc.published_at, doc.url, title=doc.title)
    title_dates = find_dates(doc.title, ref, field="title") if doc.title else []
    body_dates = find_dates(body, ref)
    doc.dates = title_dates + body_dates

    events = event_spans(body, segs, body_dates, ref)  # 专项行动期间, 当天: periods, not dates

    raws = find_metrics(body, segs, body_dates)
    date_index = SpanIndex(body_dates + events)
    _indicators(body, segs, raws, date_index)
    by_position = {}
    for raw in raws:
        by_position.setdefault(raw.num_start, raw.metric)
        by_position.setdefault(raw.metric.start, raw.metric)
    for raw in raws:
        raw.metric.period = _period(raw.metric, body, segs, date_index, by_position)
    doc.metrics = [r.metric for r in raws if not _planned(r.metric, doc.published_at)]

    doc.measures = find_measures(body, leads)
    for ms in doc.measures:
        ms.category = categorise(ms.title, body[ms.start:ms.end], weights=(2.0, 0.2))
    for mt in doc.metrics:
        mt.indicator_category = categorise(mt.indicator or "")
        for ms in doc.measures:
            if ms.start <= mt.start < ms.end:
                mt.measure = ms.index
                break
    doc.measures_declared = measures_declared((doc.title or "") + "\n" + body, doc.measures)
    from .statistic import assign_statistics  # the statistic each metric reports (data/statistics.toml)
    return assign_statistics(doc)


def _indicators(body: str, segs: Segments, raws, dates):
    runs = _respectively_runs(raws)
    share_runs = _respectively_runs(raws, shares=True)
    count_runs = _respectively_runs(raws, counts=True)
    compared_with: dict[int, tuple] = {}  # a change -> (the number it compares, the indicator copied from it)
    run_is_share = False
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
        streak = m.kind == "duration" and m.text.startswith("连续")
        indicator, where, consumed = find_indicator(body, segs, m.start, m.end, floor, ceiling, dates,
                                                    streak=streak, percent=m.kind == "percent")
        earlier = sentence_metrics[-1].metric if sentence_metrics else None
        if m.kind == "percent" and m.change is None:
            share, owner, whole = share_of(body, segs, m.start, floor, dates)
            place = share_runs.get(id(raw))
            if place is not None and place[0] == 0:
                run_is_share = share  # 分别占…的73.6%、25.1%: a list is a list of shares when its first is one
            if share and whole and place is None:
                # 受理点接收复议申请占申请总量的26.9%: what is counted, and the whole it is a share of
                counted = _share_owner(owner, None, sentence_metrics)
                indicator = f"{counted}{whole}" if counted and len(counted) <= _SHARE_OWNER_CHARS else whole
                where = "before"
            elif share or (place is not None and run_is_share):
                indicator = _share_owner(owner, place if run_is_share else None, sentence_metrics) \
                    or clause_subject(body, segs, m.start, sentence.start, dates) or indicator
                where = "before"
        if m.change is not None and (where not in ("before", "after") or opens_with_basis(indicator)):
            # 较诉讼案件平均审理周期缩短43天: the phrase names the basis; what changed is the number before
            compared = _compared(raw, runs, sentence_metrics)
            if compared is not None and compared.metric.indicator:
                indicator = compared.metric.indicator
                compared_with[id(raw)] = (compared, indicator)
        elif where == "" and earlier is not None and not _CLAUSE_END.search(body, earlier.end, m.start):
            indicator = earlier.indicator  # 由2018年的30.7%降至14.6%; 40余类15000余份
        if not indicator:
            indicator = clause_subject(body, segs, m.start, sentence.start, dates)
        m.indicator = indicator or None
        sentence_metrics.append(raw)
        prev_end = max(m.end, consumed)
        prev_sentence = sentence
    _awards(body, segs, raws)
    _split_lists(body, segs, raws, runs, compared_with.keys())
    _split_lists(body, segs, raws, share_runs)  # 调解成功率和群众满意率分别为98%、95%
    _split_lists(body, segs, raws, count_runs, items_only=True)  # 来信、来访分别为142件次、396件次
    for raw in raws:  # a change takes what the number it compares measures, once lists are split
        compared, copied = compared_with.get(id(raw), (None, None))
        if compared is not None and compared.metric.indicator and raw.metric.indicator == copied:
            raw.metric.indicator = compared.metric.indicator


def _share_owner(owner: str | None, place, sentence_metrics) -> str | None:
    """What a share (占…的35.6%) measures: the thing named before 占; else the count just
    reported; for the k-th of a 分别 list of shares, the k-th count listed."""
    if owner:
        return owner
    counts = [x.metric for x in sentence_metrics if x.metric.kind != "percent"]
    if not counts:
        return None
    if place is not None and len(counts) >= place[1]:
        k, n = place
        return counts[len(counts) - n + k].indicator
    return counts[-1].indicator


def _awards(body: str, segs: Segments, raws):
    """9个集体、24名个人获市级以上表彰: the award joins each listed head."""
    i = 0
    while i < len(raws):
        j = i
        while j + 1 < len(raws) and raws[j + 1].metric.start - raws[j].metric.end <= 12 \
                and "、" in body[raws[j].metric.end:raws[j + 1].metric.start] \
                and segs.clause_start(raws[j + 1].metric.start) == segs.clause_start(raws[i].metric.start):
            j += 1
        run = raws[i:j + 1]
        if len(run) > 1 and all(r.metric.change is None for r in run):
            last = run[-1].metric
            spans = [(r.metric.end, nxt.metric.start) for r, nxt in zip(run, run[1:])]
            spans.append((last.end, segs.clause_end(last.end)))
            named = award_list(body, spans)
            if named:
                for r, name in zip(run, named):
                    r.metric.indicator = name
        i = j + 1


def _split_lists(body: str, segs: Segments, raws, runs, compared=(), items_only: bool = False):
    """民商事案件收案数和信访总量同比分别下降15.3%和9.6%: a 分别 list of n numbers whose
    subject names n things joined by 、/和 gives each number its own (unless the numbers are
    changes that already compare the counts listed before them)."""
    for i, first in enumerate(raws):
        k, n = runs.get(id(first), (None, 0))
        if k != 0 or n < 2 or id(first) in compared:
            continue
        m = first.metric
        before = body[segs.clause_start(m.start):first.change_start if first.change_start is not None else m.start]
        for subject in (m.indicator or "", clean(before)):
            # the list's own joiners first; 与/及 may join words inside an item (房屋征收与补偿)
            for joiners in (None, ("、", "和", "以及"), ("、",)):
                parts = list_items(subject, joiners)
                if len(parts) == n:
                    break
            if len(parts) == n and items_only and not _items_alone(subject, parts):
                parts = []
            if len(parts) == n:
                for raw, part in zip(raws[i:i + n], _shared_ends(parts)):
                    raw.metric.indicator = part
                break


def _items_alone(subject: str, parts: list[str]) -> bool:
    """For a 分别 list of counts: whether the subject is the list of the things counted
    (来信、来访、网上信访分别为…), not the actors that did the counted thing (市、县两级分别受理…)
    nor items sharing the last one's head (一审、二审行政案件)."""
    if "分别" in subject:
        return False
    others = max(len(p) for p in parts[:-1])
    return len(parts[-1]) <= others * 1.5 + 2 or "的" in parts[-1]


def _shared_ends(parts: list[str]) -> list[str]:
    """涉及城乡建设、劳动和社会保障、农业农村的信访事项 -> 涉及城乡建设的信访事项, 涉及劳动和社会保障的
    信访事项, 涉及农业农村的信访事项: a list opened by a word that relates things (涉及, 关于;
    list_openers in indicator.toml) shares that word and the 的-phrase that closes its last
    item (排查矛盾纠纷、安全隐患、群众反映强烈的突出问题: the last item's clause is its own)."""
    opener = list_opener(parts[0])
    last = parts[-1]
    if opener is None or "的" not in last[1:] or any("的" in p for p in parts[:-1]):
        return parts
    suffix = last[last.index("的"):]
    cores = parts[:-1] + [last[:len(last) - len(suffix)]]
    prefix = "" if any(p.startswith(opener) for p in cores[1:]) else opener
    return [(c if k == 0 or not prefix else prefix + c) + suffix for k, c in enumerate(cores)]


def _respectively_runs(raws, shares: bool = False, counts: bool = False) -> dict[int, tuple[int, int]]:
    """For each metric of a 分别 list of changes (同比分别增长18.28%、9.9%), with `shares` of
    percentages without a change (分别占总数的73.6%、25.1%), with `counts` of other numbers
    without one (来信、来访分别为142件次、396件次): (its place, the list's length)."""
    def member(raw) -> bool:
        m = raw.metric
        if not raw.respectively:
            return False
        if shares:
            return m.kind == "percent" and m.change is None
        if counts:
            return m.kind != "percent" and m.change is None
        return m.change is not None

    out: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(raws):
        if member(raws[i]):
            j = i
            while j + 1 < len(raws) and member(raws[j + 1]) and raws[j + 1].change_start is None:
                j += 1
            for k in range(i, j + 1):
                out[id(raws[k])] = (k - i, j - i + 1)
            i = j + 1
        else:
            i += 1
    return out


def _compared(raw, runs, sentence_metrics):
    """The number a change compares: the one just before it, or for 同比分别增长18.28%、9.9%
    the k-th of the numbers listed before the run."""
    plain = [x for x in sentence_metrics if x.metric.change is None]
    if not plain:
        return None
    if id(raw) in runs:
        k, n = runs[id(raw)]
        if len(plain) >= n:
            return plain[len(plain) - n + k]
    return plain[-1]


_CLAUSE_END = lexicon.fast_compile(r"[，,；;。]")
_SHARE_OWNER_CHARS = 12  # a longer description of what is counted leaves the share to say it
_OF = lexicon.fast_compile(r"的(?:年均|平均|全年)?")
_OPENING_LEAD = 10  # a short lead clause (《报告》指出，) may stand before a sentence-opening date
_OPENER_LOOKBACK = 60  # sentences; a paragraph longer than that is not one paragraph to a reader


def _planned(metric: Metric, published: str | None) -> bool:
    """A number whose period begins after the release was published is a plan or a
    target (到2025年，…达到95%), not a result."""
    p = metric.period
    return bool(published and p is not None and p.start_date and p.start_date > published[:10])


def _binds_to(d: DateSpan, body: str, by_position):
    """`由2018年的30.7%降至14.6%`: a date followed by 的 and a number belongs to that number
    (as its period, unless it is a multiple's basis: 是2020年的2.4倍)."""
    mm = _OF.match(body, d.end, d.end + 6)
    if not mm:
        return None
    return by_position.get(mm.end())


def _usable(d: DateSpan) -> bool:
    """A date can serve as a period unless it is an unanchored span (近三年, 近年来, 同期)."""
    return d.anchored or d.start_date is not None or d.end_date is not None


def _clause_initial(d: DateSpan, body: str, segs: Segments) -> bool:
    lead = body[segs.clause_start(d.start):d.start]
    return not lead.strip(" “在自从于截至止到")


def _period(metric: Metric, body: str, segs: Segments, dates: SpanIndex, by_position):
    """The time expression of the metric's own sentence; else the latest sentence-opening
    one earlier in its paragraph; else None (RECORDS.md, "Metric")."""
    if metric.kind == "duration" and metric.text.startswith("连续"):
        return None  # a streak is its own period
    sentence = segs.sentence_at(metric.start)
    own, elsewhere = [], []
    for d in dates.starting_in(sentence.start, sentence.end):
        owner = _binds_to(d, body, by_position)
        if owner is metric and not multiple_basis().match(body, d.end):
            return d.as_period()
        if owner is not None or basis_before_year().search(body, max(sentence.start, d.start - 8), d.start) \
                or states_last_years_period(d, body, metric.start):
            continue  # another number's date, or the basis of a comparison (同比上一年度, 高于去年同期)
        same_clause = segs.clause_start(d.start) == segs.clause_start(metric.start)
        (own if same_clause or _clause_initial(d, body, segs) else elsewhere).append(d)
    # 1. a date heading the sentence or one of its clauses, or in the number's own clause
    if own:
        return _pick(own, metric)
    # 2. the latest sentence-opening date earlier in the paragraph
    para = segs.paragraph_at(metric.start)
    for n, s in enumerate(segs.sentences_before(metric.start, para.start)):
        if n >= _OPENER_LOOKBACK:
            break
        opener = next((d for d in dates.starting_in(s.start, s.start + _OPENING_LEAD + 1)
                       if _clause_initial(d, body, segs)), None)
        if opener is not None:
            return opener.as_period() if _usable(opener) else None
    # 3. a date inside another clause of the sentence (认真摸排全区2021年以来的案件情况，排查出…83件)
    if elsewhere:
        return _pick(elsewhere, metric)
    return None


def _pick(candidates: list[DateSpan], metric: Metric):
    usable = [d for d in candidates if _usable(d)]
    before = [d for d in usable if d.end <= metric.start]
    if before:
        return before[-1].as_period()
    return usable[0].as_period() if usable else None
