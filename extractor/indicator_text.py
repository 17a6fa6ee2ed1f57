"""The indicator's text, tidied once the rules have read it: the brackets and quotation marks it opens
closed and those it closes opened, another number's quantity cut off, no list dash or comma opening it.

    tidy(body, raws)    # each metric of raws, its indicator as a researcher reads it

The rules (indicator.py) read a phrase from the clause around a number; a phrase cut at a clause's
bounds or at the longest an indicator may be can leave a mark open (赔”线上处理交通事故, 化解(), hold the
count a share is of (住房保障43件 for the 30.2% after it) or open on a list's punctuation (——行政机关败诉率).
The marks and their reach are data (data/indicator.toml: bracket_classes, bracket_reach, leading_marks …).
"""
from __future__ import annotations

import regex

from . import lexicon
from .indicator import clean
from .numbers import quantity, quantity_bound
from .segments import CLAUSE_BREAK


def tidy(body: str, raws) -> None:
    """Tidy the indicator of every metric of `raws`, whose numbers stand in `body`."""
    for raw in raws:
        m = raw.metric
        if m.indicator and _MARKS.search(m.indicator):
            m.indicator = closed(body, m.indicator, m.start, m.end)
        if m.indicator and _DIGIT.search(m.indicator):
            m.indicator = without_other_quantities(m.indicator)
        if m.indicator and m.indicator[0] in _LEADING_MARKS:
            m.indicator = m.indicator.lstrip(_LEADING_MARKS) or None  # (——行政机关败诉率, 、政策咨询)


def without_other_quantities(indicator: str) -> str:
    """An indicator without another number's quantity: the count a share is of at its end (住房保障43件 ->
    住房保障, for 30.2%), and a list's earlier items with theirs (规划计划2条、人事信息 -> 人事信息). A bound
    (发生刑事案件5起以内, 一次死亡3人以上较大事故) or a quantity in a name (“6个月冷静期”, 3个月内…答复率) stays."""
    out = indicator
    for q in reversed(list(quantity().finditer(indicator))):
        after = indicator[q.end():]
        if quantity_bound().match(after) or _in_marks(indicator, q.start()):
            continue
        if not after.strip():
            out = indicator[:q.start()]
        elif after[:1] in _JOINERS and after[1:].strip():
            out = after[1:]
        else:
            continue
        break
    out = out.strip(_BRACKET_TRIM)
    return (clean(out) or out) if out and out != indicator and _HAN.search(out) else indicator


def _in_marks(text: str, pos: int) -> bool:
    return any(sum(text.count(c, 0, pos) for c in a) > sum(text.count(c, 0, pos) for c in b) for a, b in _CLASSES)


_DIGIT = lexicon.fast_compile(r"\d")
_HAN = lexicon.fast_compile(r"\p{Han}")
_JOINERS = frozenset(lexicon.load("indicator")["list_joiners"])
_CLASSES = tuple(tuple(p) for p in lexicon.load("indicator")["bracket_classes"])
_MARKS = lexicon.fast_compile("[" + "".join(regex.escape(c) for pair in _CLASSES for marks in pair for c in marks) + "]")
_BRACKET_REACH = lexicon.load("indicator")["bracket_reach"]
_TITLE_REACH = lexicon.load("indicator")["bracket_title_reach"]
_BRACKET_TRIM = lexicon.load("indicator")["bracket_trim"]
_LEADING_MARKS = lexicon.load("indicator")["leading_marks"]
_CLAUSE_BREAKS = frozenset(CLAUSE_BREAK)
_SENTENCE_BREAKS = _CLAUSE_BREAKS - frozenset("，,：:")  # (a quotation may hold commas)
_TITLE_MARKS = frozenset(lexicon.load("indicator")["bracket_title_marks"])
_NAME_MARKS = _TITLE_MARKS | frozenset(lexicon.load("indicator")["bracket_name_marks"])
_LIST_MARKS = frozenset(lexicon.load("indicator")["bracket_list_marks"])


def closed(body: str, indicator: str, start: int, end: int) -> str:
    """The indicator of the number body[start:end] with the brackets and quotation marks it opens
    closed and those it closes opened (data: bracket_reach). A mark it closes without opening takes
    it back to the partner just before it, in the same clause and over no number (赔”线上处理交通事故
    -> “快处直赔”线上处理交通事故; a quotation may hold commas), else it is cut after the mark
    ()、政策咨询 -> 政策咨询); a mark it opens without closing is cut off with what follows it (化解( ->
    化解, 申请材料“线下当场 -> 申请材料: a slogan's list is no part of the thing counted), or dropped alone
    where it opens the indicator (“对于…), unless it opens a name or a title that closes just after
    it (村居“ -> 村居“信访代跑站(点)”, 出台《广州市 -> 出台《广州市禁止滥食野生动物条例》; a title reaches further:
    bracket_title_reach). An indicator not written as one run of the text is only cut."""
    near = _BRACKET_REACH * 4 + len(indicator)  # (the indicator stands by its number, before it or after it)
    at = body.rfind(indicator, max(0, start - near), start)
    if at < 0:
        at = body.find(indicator, end, end + near)
    text, lo, hi = (body, at, at + len(indicator)) if at >= 0 else (indicator, 0, len(indicator))
    for _ in range(len(_CLASSES)):  # (a cut for one kind of mark may leave another open: again, until none moves)
        bounds = (lo, hi)
        for openers, closers in _CLASSES:
            lo, hi = _closed_marks(text, lo, hi, openers, closers, at >= 0)
        if (lo, hi) == bounds:
            break
    out = text[lo:hi].strip(_BRACKET_TRIM)
    return clean(out) or out or indicator


def _closed_marks(text: str, lo: int, hi: int, openers: str, closers: str, in_text: bool) -> tuple[int, int]:
    """closed() for one kind of mark, its openers and closers (half- and full-width brackets one kind:
    村(社区）法律顾问 is closed)."""
    span = text[lo:hi]
    n_open, n_close = sum(span.count(c) for c in openers), sum(span.count(c) for c in closers)
    if not n_open and not n_close or n_open == n_close or (n_open == 2 and not n_close) or (n_close == 2 and not n_open):
        return lo, hi  # (“枫桥式“派出所: a quotation mark mistyped, the name whole)
    reach = _TITLE_REACH if openers in _TITLE_MARKS else _BRACKET_REACH
    unopened, unclosed = -1, []
    for i in range(lo, hi):
        ch = text[i]
        if ch in openers:
            unclosed.append(i)
        elif ch in closers:
            if unclosed:
                unclosed.pop()
            else:
                unopened = i
    if unopened >= 0:
        o = max(text.rfind(c, max(0, lo - reach), lo) for c in openers)
        breaks = _SENTENCE_BREAKS if openers == "“" else _CLAUSE_BREAKS
        if in_text and o >= 0 and not any(c in text[o + 1:lo] for c in closers) and not breaks.intersection(text[o:lo]) \
                and not _DIGIT.search(text, o, unopened):  # (not over a number: (占5.3%)、物业服务)
            lo = o
        elif unopened == hi - 1:
            hi = unopened  # (…义务巡逻员”: the mark alone dropped)
        else:
            lo = unopened + 1
            unclosed = [i for i in unclosed if i > unopened]
    if unclosed:
        c = min((i for i in (text.find(x, hi, hi + reach) for x in closers) if i >= 0), default=-1) \
            if in_text and openers in _NAME_MARKS and len(unclosed) == 1 else -1
        if c >= 0 and not _CLAUSE_BREAKS.intersection(text[hi:c]) and not _DIGIT.search(text, hi, c) \
                and (openers in _TITLE_MARKS or not _LIST_MARKS.intersection(text[unclosed[0]:c])):
            return lo, c + 1  # (出台《广州市 -> 出台《广州市禁止滥食野生动物条例》, 村居“ -> 村居“信访代跑站(点)”)
        if unclosed[0] == lo:
            lo += 1
            unclosed = unclosed[1:]
        if unclosed:
            hi = unclosed[0]
    return lo, hi


