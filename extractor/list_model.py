"""Whether a numbered list lists measures: a learned screen over the rules' numbered lists.

The rules take a run of numbered items (一、… 二、…, 一是…二是…, 1. 2.) as measures unless they
state problems or name topics (measures.py). Many lists they keep are no actions either: the
sections of a case-statistics release (1、审查逮捕工作 2、审查起诉工作), a notice's terms
((一)本次接话的受理方式…), the findings of an analysis ((一)效率下降拉长审理的绝对周期), a
meeting's agenda, a list of typical cases. A logistic model over the list's items (their
characters, first words' tags, lengths), the line that leads into it, the section heading above
it, the document's title and the list's form scores each run; runs scored below the model's
threshold are dropped.

The model is data: extractor/data/list_model.json (hashed feature weights, bias, threshold),
trained on the real development releases by scripts/train_list_model.py; its reaches are in
data/measures.toml, [list_model].
"""
from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .heading_model import load_model, probability
from .indicator import opens_with_verb, tags
from .numbers import parse_number

_MODEL = "list_model.json"


@lru_cache(maxsize=1)
def _cfg() -> dict:
    return lexicon.load("measures")["list_model"]


@lru_cache(maxsize=1)
def model() -> dict | None:
    """The trained model, or None when its file is missing or unreadable (then every list is kept)."""
    return load_model(_MODEL)


def _bigrams(prefix: str, text: str) -> list[str]:
    return [prefix + text[i:i + 2] for i in range(len(text) - 1)]


def _scheme(marker: str) -> str:
    for name, pattern in _schemes():
        if pattern.match(marker):
            return name
    return "other"


@lru_cache(maxsize=1)
def _schemes():
    return [(name, lexicon.fast_compile(p)) for name, p in _cfg()["schemes"].items()]


def features(items: list[tuple[str, str, int]], body: str, title: str | None, lists: int) -> list[str]:
    """The features of one numbered list: its items as (marker, title, start in body), the body,
    the document's title and how many numbered lists the page has."""
    cfg = _cfg()
    f = _bigrams("T2:", _DIGITS.sub("0", title or ""))  # (a year in the title is no evidence either way)
    start = items[0][2]
    lead = body[max(0, start - cfg["lead_reach"]):start]
    if "\n" in lead[:-1]:  # the line leading into the list, not the one before it
        lead = lead[lead.rfind("\n", 0, len(lead) - 1) + 1:]
    f += _bigrams("L2:", lead)
    above = [line for line in body[max(0, start - cfg["heading_reach"]):start].split("\n")[:-1]
             if 0 < len(line.strip()) <= cfg["heading_max"]]
    if above:  # the section heading above it (二、存在的问题)
        f += _bigrams("H2:", above[-1])
    marker = items[0][0]
    f += ["scheme:" + _scheme(marker), "marker0:" + marker, "n:%d" % min(len(items), 6),
          "pos:%d" % (4 * start // max(1, len(body))), "nall:%d" % min(lists, 4)]
    verbs = 0
    for _, text, _ in items:
        f += _bigrams("I2:", text[:cfg["item_reach"]])
        f.append("If2:" + text[:2])
        tg = tags(text[:12])
        if tg:
            f.append("Itag0:" + tg[0][1])
        f += ["Ilen:%d" % min(len(text) // 5, 10), "Ihascomma:%d" % int("，" in text or "," in text)]
        verbs += opens_with_verb(text)
    f.append("verbfrac:%d" % (4 * verbs // len(items)))
    return f


def numbered_runs(markers: list[str | None]) -> list[list[int]]:
    """The runs of consecutive numbered items among a level's items (by position)."""
    runs, run = [], []
    for i, marker in enumerate(markers):
        if marker:
            run.append(i)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def list_features(items: list[tuple[str | None, str, int]], body: str, title: str | None) -> list[tuple[list[int], list[str]]]:
    """Each numbered run among the items (marker or None, title, start) that the model screens,
    with its features. Never screened: a lone item that opens with a verb (一、强化执法监督。… after a
    table: an action, whatever the page around it), a list that its lead-in announces as the actions
    (主要做法：, 提出要求：), a list of requirements (一要…二要…, (一)要提高政治站位) and one of as many
    items as a quoted count in the title names (“五心”工作法 over 1.用心查控 … 5.暖心回访)."""
    runs = numbered_runs([m for m, _, _ in items])
    return [(run, features([items[i] for i in run], body, title, len(runs))) for run in runs
            if not _unscreened([items[i] for i in run], body, title)]


def _unscreened(items: list[tuple[str, str, int]], body: str, title: str | None) -> bool:
    if len(items) == 1 and opens_with_verb(items[0][1]):
        return True
    requiring = _cfg()["requiring"]
    if all(marker.endswith(requiring) or text.startswith(requiring) for marker, text, _ in items):
        return True
    start = items[0][2]
    lead = body[max(0, start - _cfg()["lead_reach"]):start]
    return bool(_action_lead().search(lead)) or any(parse_number(m.group("n")) == len(items)
                                                     for m in _declared_label().finditer(title or ""))


@lru_cache(maxsize=1)
def _declared_label():  # (measures.toml's quoted count, as measures_declared reads it)
    return lexicon.fast_compile(lexicon.load("measures")["declared_label"])


@lru_cache(maxsize=1)
def _action_lead():
    return lexicon.fast_compile(_cfg()["action_lead"])


_DIGITS = lexicon.fast_compile(r"\d")


def lists_measures(items: list[tuple[str | None, str, int]], body: str, title: str | None) -> list[bool]:
    """Whether each item stays a measure: an unnumbered one always does (heading_model.py screens
    those); a numbered one when its list scores at or above the model's threshold."""
    keep = [True] * len(items)
    m = model()
    if m is None:
        return keep
    for run, feats in list_features(items, body, title):
        if probability(m, feats) < m["threshold"]:
            for i in run:
                keep[i] = False
    return keep
