"""Whether an unnumbered heading heads a measure: a learned screen over the rules' headings.

The rules find unnumbered heading lines and bold leads (measures.py); many are measures
(强化诉源治理，构建多元解纷格局), but a feature story's subtitles (半路上岗的“花甲猛将”), a quotation
set off as a heading or a photo's caption are not. A logistic model over the heading's
characters, its words' tags, its punctuation, its siblings' form and a few facts of the page
(a reporter's byline, how much it quotes and reports speech) scores each; headings scored
below the model's threshold are dropped. Numbered items are never screened here (list_model.py
screens whole numbered lists).

The model is data: extractor/data/heading_model.json (hashed feature weights, bias,
threshold), trained on the real development releases by scripts/train_heading_model.py;
the cue words of the page facts are in data/measures.toml, [heading_model].
"""
from __future__ import annotations

import json
import math
import zlib
from functools import lru_cache
from pathlib import Path

from . import lexicon
from .indicator import tags

_DATA = Path(__file__).with_name("data")
_DIGIT = lexicon.fast_compile(r"\d")


@lru_cache(maxsize=1)
def _cues() -> dict:
    return lexicon.load("measures")["heading_model"]


def load_model(name: str) -> dict | None:
    """A trained model of extractor/data/`name`: {"dim", "bias", "threshold", "weights": {hashed
    feature: weight}}; None when its file is missing or unreadable."""
    try:
        data = json.loads((_DATA / name).read_text(encoding="utf-8"))
        data["weights"] = {int(k): float(v) for k, v in data["weights"].items()}
        data["dim"], data["bias"], data["threshold"] = int(data["dim"]), float(data["bias"]), float(data["threshold"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return data


@lru_cache(maxsize=1)
def model() -> dict | None:
    """The trained heading model; None when its file is missing or unreadable (then every heading
    the rules find is kept)."""
    return load_model("heading_model.json")


def page_facts(body: str) -> list[str]:
    """The facts of the page a heading stands on: a reporter's byline near the top, how densely
    it quotes, how often it reports speech."""
    cues = _cues()
    head = body[:cues["byline_reach"]]
    quotes = body.count("“") * 1000 // max(1, len(body))
    said = sum(body.count(w) for w in cues["speech_words"])
    return ["doc_reporter:%d" % int(any(w in head for w in cues["byline_words"])),
            "quotes:%d" % min(quotes, 10), "said:%d" % min(said, 6)]


def features(title: str, siblings: list[str], k: int, n: int, numbered: bool, facts: list[str]) -> list[str]:
    """The features of the k-th of n top-level items, an unnumbered heading `title`; `siblings`:
    the titles of the page's other unnumbered headings; `numbered`: whether the page has numbered items."""
    f = []
    for i in range(len(title)):
        f.append("c1:" + title[i])
        if i + 1 < len(title):
            f.append("c2:" + title[i:i + 2])
    f += ["first2:" + title[:2], "last2:" + title[-2:], "last1:" + title[-1:]]
    tg = tags(title)
    if tg:
        f += ["tag0:" + tg[0][1], "tagL:" + tg[-1][1]]
        if len(tg) > 1:
            f.append("tag01:" + tg[0][1] + tg[1][1])
    f.append("len:%d" % min(len(title) // 3, 12))
    f += ["has:" + name for name, chars in _cues()["marks"].items() if any(c in title for c in chars)]
    if _DIGIT.search(title):
        f.append("has:digit")
    f += ["nun:%d" % min(len(siblings) + 1, 5), "numbered_in_doc:%d" % int(numbered)]
    f += facts
    f.append("pos:%d" % (4 * k // max(1, n)))
    if siblings:
        commas = _cues()["marks"]["comma"]
        comma = any(c in title for c in commas)
        if all(any(c in s for c in commas) == comma for s in siblings):
            f.append("sib_samecomma")
        if any(s[:2] == title[:2] for s in siblings):
            f.append("sib_sameopen")
        if all(abs(len(s) - len(title)) <= 2 for s in siblings):
            f.append("sib_samelen")
    else:
        f.append("lone")
    f.append("marker:-")
    return f


def hashed(feature: str, dim: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) % dim


def probability(m: dict, feats: list[str]) -> float:
    """A model's probability for the thing of these features."""
    w, dim = m["weights"], m["dim"]
    z = m["bias"] + sum(w.get(hashed(s, dim), 0.0) for s in set(feats))
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def score(feats: list[str]) -> float:
    """The model's probability that the heading of these features heads a measure (1.0 without
    a model)."""
    m = model()
    return 1.0 if m is None else probability(m, feats)


def heading_features(titles: list[str | None], body: str) -> dict[int, list[str]]:
    """The features of each unnumbered heading among the top-level items of a body (their
    titles; None marks a numbered item), by the item's position."""
    unnumbered = [i for i, t in enumerate(titles) if t is not None]
    if not unnumbered:
        return {}
    facts = page_facts(body)
    numbered = len(unnumbered) < len(titles)
    return {i: features(titles[i], [titles[j] for j in unnumbered if j != i], i, len(titles), numbered, facts)
            for i in unnumbered}


def heads_measures(titles: list[str | None], body: str) -> list[bool]:
    """Whether each top-level item heads a measure: every numbered item does; an unnumbered
    heading does when the model scores it at or above its threshold."""
    feats = heading_features(titles, body)
    m = model() if feats else None
    if m is None:
        return [True] * len(titles)
    return [i not in feats or score(feats[i]) >= m["threshold"] for i in range(len(titles))]
