"""Which phrase of a number's clause says what it measures: a learned choice over the rules' answer.

The rules (indicator.py) give each number of a sentence its indicator. The number's clause
offers other readings: each run of whole words that ends where the number begins
(监督检查食品经营户 | 食品经营户 before 1200户) and each that starts where it ends (6个 |
调解室和心理疏导室). A logistic model scores every reading by its form (its length, its first and
last words and their tags, the word beside it, whether it holds 的 or a verb), the number's kind
and unit and the characters around it, and how the reading stands to the rules' answer (the same,
inside it, holding it). For a count or a share the best reading replaces the rules' answer when
it is another phrase (the rules took the wrong words: 县(区) for 行政执法主体); where both read the
same phrase to other bounds, the rules' bounds stand unless the model prefers its own by a wide
margin; where the rules find no indicator the model makes none up.

The model is data: extractor/data/indicator_model.json (feature weights and the gates above),
trained on the real development releases by scripts/train_indicator_model.py. Without the file
the rules' answers stand.
"""
from __future__ import annotations

import itertools
import json
from functools import lru_cache
from pathlib import Path

from regex import escape as regex_escape

from . import lexicon
from .indicator import clean, is_noun, is_verb, opens_predicate, tags
from .segments import Segments

_MODEL = Path(__file__).with_name("data") / "indicator_model.json"


@lru_cache(maxsize=1)
def _trim() -> str:
    return lexicon.load("indicator")["indicator_model"]["trim"]


@lru_cache(maxsize=1)
def _max_chars() -> int:
    return lexicon.load("indicator")["max_chars"]


@lru_cache(maxsize=1)
def _max_words() -> int:
    return lexicon.load("indicator")["indicator_model"]["max_words"]


@lru_cache(maxsize=1)
def model() -> dict | None:
    """The trained model: {"bias", "margin", "overlap", "bounds_margin", "kinds", "weights":
    {feature: weight}}; None when its file is missing or unreadable."""
    try:
        data = json.loads(_MODEL.read_text(encoding="utf-8"))
        data["weights"] = {str(k): float(v) for k, v in data["weights"].items()}
        for key in ("bias", "margin", "overlap", "bounds_margin"):
            data[key] = float(data[key])
        data["kinds"] = frozenset(data["kinds"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return data


def readings(pre: str, pre_words, post: str, post_words, pre_at: int = 0, post_at: int = 0,
             dates=None, reaches_next: bool = False) -> dict[str, tuple]:
    """Each reading of a number's clause, `pre` the part before the number and `post` the part
    after it, with their words: {text: (side, the word beside it, its words, how many of them are
    verbs, whether one is a noun)}; side "pre" for a run of words ending at the number, "post" for
    one starting after it. A reading is cleaned as the rules clean an indicator (no 共 before it,
    no 为 after it), none is longer than an indicator may be (data: max_chars) or runs over more
    than max_words words, none cuts a list (律师、|基层法律服务工作者), none leaves a bracket or a
    quotation mark open, none holds a time expression (`dates`, a SpanIndex of them; `pre_at`,
    `post_at`: where `pre` and `post` stand in the body), and, `reaches_next`, where `post` runs
    on to the next number, none after the number takes all of it."""
    longest = _max_chars()
    out: dict[str, tuple] = {}
    pos = len(pre)
    most = _max_words()
    for j in range(len(pre_words) - 1, -1, -1):
        pos -= len(pre_words[j][0])
        if len(pre) - pos > longest or len(pre_words) - j > most:
            break
        if _list_marks().intersection(pre[max(0, pos - 1):pos + 1]):
            continue  # (…律师、|基层法律服务工作者: a list is read whole or not at all)
        _add(out, pre[pos:], pre_at + pos, dates, pre_words[j:], "pre", pre_words[j - 1] if j else ("^", "^"))
    pos = 0
    for j, word in enumerate(post_words):
        pos += len(word[0])
        if pos > longest or j >= most or (reaches_next and pos == len(post)):
            break  # (…86件|挽回损失86万元: what runs on to the next number is that number's measure)
        if _list_marks().intersection(post[pos - 1:pos + 1]):
            continue
        _add(out, post[:pos], post_at, dates, post_words[:j + 1], "post",
             post_words[j + 1] if j + 1 < len(post_words) else ("$", "$"))
    return out


@lru_cache(maxsize=1)
def _list_marks() -> frozenset:
    return frozenset(lexicon.load("indicator")["indicator_model"]["list_marks"])


def _add(out: dict, raw: str, at: int, dates, words, side: str, beside) -> None:
    text = clean(raw.strip(_trim())).strip(_trim())
    if not text or text in out or not _balanced(text):
        return
    a = raw.find(text)  # (the words the cleaned text spans)
    if dates is not None and dates.overlapping(at + a, at + a + len(text)):
        return
    lead, tail, pos, kept = a, a + len(text), 0, []
    for w in words:
        if pos + len(w[0]) > lead and pos < tail:
            kept.append(w)
        pos += len(w[0])
    if side == "post" and not _a_head(kept):
        return
    out[text] = (side, beside, kept) + _verbs_and_noun(kept)


def _a_head(words) -> bool:
    """Whether the words after a number may be what it counts: not a predicate, a purpose or the
    next number's measure (58起|逐一建立台账, 36件|优化营商环境, 86件|挽回经济损失), opening on an
    adverb, a verb or a verbal noun, nor a head run on into its predicate (23个|乡镇设立“石榴籽”调解
    工作站)."""
    if not words:
        return False
    first = words[0]
    return not (is_verb(*first) or first[1] == "vn" or _opens_a_predicate(*first) or _runs_into_a_predicate(words))


def _runs_into_a_predicate(words) -> bool:
    """Whether an adverb, or a verb with more words after it, follows a noun among the words
    (被告人|均被判处刑罚, 问题|全部销号, 乡镇|设立…工作站; a verb ending them after a noun is more
    often the noun's own, 行政复议申请)."""
    noun = False
    for i, (w, t) in enumerate(words):
        if _opens_a_predicate(w, t) or is_verb(w, t) and i + 1 < len(words):
            if noun:
                return True
        elif is_noun(w, t):
            noun = True
    return False


def _opens_a_predicate(word: str, tag: str) -> bool:
    """An adverb (not one that modifies a word inside a phrase: 随机抽查), or a word the tagger
    tags otherwise that opens a predicate all the same (全部, 及时)."""
    return word in _predicate_openers() or opens_predicate(word, tag)


@lru_cache(maxsize=1)
def _predicate_openers() -> frozenset:
    return frozenset(lexicon.load("indicator")["indicator_model"]["predicate_openers"])


def _balanced(text: str) -> bool:
    """Whether a reading closes every bracket and quotation mark it opens (the kinds of mark the indicator's
    tidying closes: data bracket_classes, a half- and a full-width bracket one kind)."""
    if not _bracket_marks().search(text):
        return True
    return all(sum(map(text.count, a)) == sum(map(text.count, b)) for a, b in _classes())


@lru_cache(maxsize=1)
def _bracket_marks():
    return lexicon.fast_compile("[" + "".join(regex_escape(c) for pair in _classes() for marks in pair for c in marks) + "]")


@lru_cache(maxsize=1)
def _classes() -> tuple[tuple[str, str], ...]:
    return tuple(tuple(p) for p in lexicon.load("indicator")["bracket_classes"])


def _verbs_and_noun(words) -> tuple[int, bool]:
    """How many of the words are verbs, and whether one is a noun."""
    return sum(1 for w, t in words if is_verb(w, t)), any(is_noun(w, t) for w, t in words)


def _bucket(n: int, cap: int) -> str:
    return str(min(n, cap))


def context(body: str, start: int, end: int, pre_words, post_words, rule_words, kind: str,
            unit: str, shared: bool = True) -> tuple[list[str], dict[str, list[str]]]:
    """The features every reading of one number shares (none without `shared`: they weigh the
    same on each, so choosing needs them not), and those it shares with the readings of its side
    ({side: features})."""
    rule = "".join(w for w, _ in rule_words)
    common = ["kind:" + kind, "unit:" + unit, "cb:" + body[start - 1:start], "ca:" + body[end:end + 1],
              "rlen:" + _bucket(len(rule) // 2, 12), "rlt:" + (rule_words[-1][1] if rule_words else "-")] \
        if shared else []
    by_side = {}
    for side in ("pre", "post", "other"):
        f = []
        if post_words:
            f.append(side + "post0:" + post_words[0][1])
        if pre_words:
            f += [side + "pre_1:" + pre_words[-1][1], side + "pre_1w:" + pre_words[-1][0]]
        by_side[side] = f
    return common, by_side


def features(reading: str, side: str, beside: tuple[str, str], words, verbs: int, noun: bool, rule: str,
             ctx: tuple[list[str], dict[str, list[str]]], before_tag: str | None) -> list[str]:
    """The features of one reading of a number's indicator (`rule`: the rules' answer; `ctx`: the
    number's context(); `before_tag`: the tag of the word just before the number; `verbs` and
    `noun`: how many of its words are verbs, whether one is a noun)."""
    same = reading == rule
    f = ["isrule:%d" % same, "isr_side:%d%s" % (same, side), "side:" + side]
    if not same:
        f += ["rin:%d" % (rule in reading), "inr:%d" % (reading in rule)]
        f.append("f1r:%d" % round(8 * shared_characters(reading, rule)))
    length = _bucket(len(reading) // 2, 12)
    f += ["len:" + length, side + "len:" + length]
    if same:
        f.append("isr_len:" + length)
    f.append("nw:" + _bucket(len(words), 8))
    if words:
        (w0, t0), (wl, tl) = words[0], words[-1]
        f += ["ft:" + t0, "lt:" + tl, side + "ft:" + t0, side + "lt:" + tl, "fw:" + w0, "lw:" + wl,
              "ftv:%d" % is_verb(w0, t0), "ltv:%d" % is_verb(wl, tl)]
        if before_tag is not None:
            f.append(side + "ft_pre1:" + t0 + "_" + before_tag)
    f += ["nb:" + beside[1], "nbw:" + beside[0], side + "nb:" + beside[1]]
    f += ["de:%d" % ("的" in reading), "noun:%d" % noun, "vc:" + _bucket(verbs, 4)]
    f += ["f2:" + reading[:2], "l2:" + reading[-2:], side + "l1:" + reading[-1:], side + "f1:" + reading[:1]]
    return f + ctx[0] + ctx[1][side]


def shared_characters(a: str, b: str) -> float:
    """How much of its characters two readings share (F1 of their sets of characters)."""
    mine, theirs = set(a), set(b)
    return 2 * len(mine & theirs) / (len(mine) + len(theirs)) if mine or theirs else 1.0


def _score(weights: dict, feats: list[str]) -> float:
    return sum(map(weights.get, feats, _ZEROS))  # (each feature once: every kind has its own prefix)


_ZEROS = itertools.repeat(0.0)


def clause_bounds(segs: Segments, start: int, end: int) -> tuple[int, int]:
    return max(segs.clause_start(start), 0), segs.clause_end(end)


def number_readings(body: str, segs: Segments, start: int, end: int, kind: str, unit: str, rule: str,
                    floor: int = 0, ceiling: int | None = None, dates=None, shared: bool = True):
    """Each reading of the number body[start:end] (the rules' answer among them) with its features;
    `floor` and `ceiling`: where the numbers before and after it end and begin (no reading spans
    them); `dates`: a SpanIndex of the body's time expressions (no reading holds one); without
    `shared`, leaving out the features all its readings share (they weigh the same on each)."""
    cs, ce = clause_bounds(segs, start, end)
    reach = _max_chars() + 2  # (no reading is longer: the clause beyond is not tagged)
    cs, ce = max(cs, start - reach, floor), min(ce, end + reach, len(body) if ceiling is None else ceiling)
    pre, post = body[cs:start], body[end:ce]
    pre_words, post_words = tags(pre), tags(post)
    options = readings(pre, pre_words, post, post_words, cs, end, dates,
                       reaches_next=ceiling is not None and ce == ceiling and bool(post.strip()))
    if rule not in options:
        words = tags(rule)
        options[rule] = ("other", ("?", "?"), words) + _verbs_and_noun(words)
    ctx = context(body, start, end, pre_words, post_words, options[rule][2], kind, unit, shared)
    before_tag = pre_words[-1][1] if pre_words else None
    return {text: features(text, side, beside, words, verbs, noun, rule, ctx, before_tag)
            for text, (side, beside, words, verbs, noun) in options.items()}


def neighbours(metrics, i: int) -> tuple[int, int | None]:
    """Where the number before the i-th ends and the number after it begins."""
    return (metrics[i - 1].end if i else 0), (metrics[i + 1].start if i + 1 < len(metrics) else None)


def choose(body: str, segs: Segments, raws, dates=None) -> None:
    """Give a count or a share (the model's `kinds`) the reading the model prefers over the rules'
    indicator when it scores the model's margin above it and reads another phrase: one sharing
    less than the model's `overlap` of its characters. A reading that only cuts the rules' phrase
    shorter or runs it longer (暂时无法化解的积案 | 积案) must score `bounds_margin` above it; the
    rules' bounds stand otherwise (`dates`: a SpanIndex of the body's time expressions)."""
    m = model()
    if m is None:
        return
    metrics = [r.metric for r in raws]
    for i, mt in enumerate(metrics):
        rule = mt.indicator
        if not rule or mt.kind not in m["kinds"] or raws[i].changed is not None:
            continue  # (no indicator made up where the rules find none; what a verb cut, 节约|时间|50%, is the number's)
        floor, ceiling = neighbours(metrics, i)
        options = number_readings(body, segs, mt.start, mt.end, mt.kind, mt.unit or "", rule, floor, ceiling,
                                  dates, shared=False)
        if len(options) < 2:
            continue
        scored = {text: _score(m["weights"], feats) for text, feats in options.items()}
        best = max(scored, key=scored.get)
        if replaces(best, rule, scored[best] - scored[rule], m):
            mt.indicator = best


def replaces(best: str, rule: str, lead: float, m: dict) -> bool:
    """Whether the model's best reading replaces the rules' answer, scoring `lead` above it."""
    if best == rule or lead < m["margin"] or shared_characters(best, rule) >= m["overlap"]:
        return False
    return lead >= m["bounds_margin"] or not (best in rule or rule in best)
