"""The indicator of a metric: the noun phrase that says what the number measures.

Chinese releases put it in one of three places, and part-of-speech tags (jieba) tell
which: before the number as a subject or object (发案量同比下降39.5%, 开展专题业务培训4次),
after a classifier as its head (1个重点整改领域, 32件未结案) when what precedes is only
verbs or adverbs (研究确定, 细致梳理), or, for a change with nothing of its own before
it (同比增长23118件, 分别上升44.05%、67.15%), the indicator of the number it compares.
"""
from __future__ import annotations

from functools import lru_cache

import jieba
import jieba.posseg as pseg
import regex

from . import lexicon
from .segments import Segments

jieba.setLogLevel(60)


@lru_cache(maxsize=1)
def _cfg():
    data = lexicon.load("indicator")
    lead = regex.compile(r"^(?:" + lexicon.alternation(data["lead_words"]) + r")+")
    tail = regex.compile(r"(?:" + lexicon.alternation(data["tail_words"]) + r")+$")
    pivot = regex.compile(lexicon.alternation(data["pivot_words"]))
    return data, set(data["noun_tags"]), set(data["verb_tags"]), lead, tail, pivot


@lru_cache(maxsize=4096)
def tags(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((w.word, w.flag) for w in pseg.cut(text))


def _strip_dates(text: str, start: int, date_spans) -> str:
    """Blank out time expressions inside text (which starts at body offset `start`)."""
    chars = list(text)
    for d in date_spans:
        for i in range(max(d.start, start), min(d.end, start + len(text))):
            chars[i - start] = "\x00"
    return "".join(chars).replace("\x00", "")


def clean(text: str) -> str:
    data, _, _, lead, tail, _ = _cfg()
    text = text.strip(" ,，、;；:：")
    for _ in range(3):
        before = text
        text = lead.sub("", text).strip(" ,，、")
        text = tail.sub("", text).strip(" ,，、")
        if text == before:
            break
    return text


def _has_noun(text: str) -> bool:
    _, nouns, _, _, _, _ = _cfg()
    return any(flag in nouns for w, flag in tags(text) if regex.search(r"\p{Han}", w))


def _ends_with_verb(text: str) -> bool:
    _, _, verbs, _, _, _ = _cfg()
    t = tags(text)
    return bool(t) and t[-1][1] in verbs


def find_indicator(body: str, segs: Segments, start: int, end: int, floor: int, ceiling: int,
                   date_spans, streak: bool = False) -> tuple[str | None, str]:
    """(indicator, where): where is "before", "after" or "" when the clause says nothing."""
    data, *_rest = _cfg()
    pivot = _rest[-1]
    max_chars = int(data["max_chars"])
    clause_start = max(segs.clause_start(start), floor)
    pre_raw = _strip_dates(body[clause_start:start], clause_start, date_spans)
    pm = None
    for pm in pivot.finditer(pre_raw):
        pass
    if pm is not None and pm.end() < len(pre_raw):
        pre_raw = pre_raw[pm.end():]
    pre = clean(pre_raw)
    clause_end = min(segs.clause_end(end), ceiling)
    post = clean(body[end:clause_end].lstrip("的"))
    if len(post) > max_chars:
        post = post[:max_chars]
    if streak and post:
        return post, "after"
    use_post = False
    if not pre or not _has_noun(pre):
        use_post = bool(post)
    elif post and _ends_with_verb(pre) and _has_noun(post) and not _ends_with_verb(post[:2]):
        use_post = True
    if use_post:
        return post, "after"
    if pre and regex.search(r"\p{Han}", pre):
        if len(pre) > max_chars:
            pre = pre[-max_chars:]
        return pre, "before"
    return None, ""
