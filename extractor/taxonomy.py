"""Dispute-resolution categories (shared/spec/TAXONOMY.md) from the cue words in data."""
from __future__ import annotations

from functools import lru_cache

import regex

from . import lexicon


@lru_cache(maxsize=1)
def _cues() -> tuple[regex.Pattern, dict[str, list[str]]]:
    """One pattern over every cue word (overlapping matches), and the categories of each."""
    cats: dict[str, list[str]] = {}
    for cat, words in lexicon.load("taxonomy")["categories"].items():
        for w in words:
            cats.setdefault(w, []).append(cat)
    return regex.compile(lexicon.alternation(cats)), cats


@lru_cache(maxsize=8192)
def categorise(*texts: str, weights: tuple[float, ...] = ()) -> str | None:
    """The category whose cues the texts hold most (longer cues count more); None if none."""
    pattern, cats = _cues()
    scores: dict[str, float] = {}
    for i, text in enumerate(texts):
        if not text:
            continue
        w = weights[i] if i < len(weights) else 1.0
        for m in pattern.finditer(text, overlapped=True):
            for cat in cats[m.group()]:
                scores[cat] = scores.get(cat, 0.0) + w * len(m.group())
    if not scores:
        return None
    best = max(scores.values())
    order = list(lexicon.load("taxonomy")["categories"])
    return min((c for c, s in scores.items() if s == best), key=order.index)
