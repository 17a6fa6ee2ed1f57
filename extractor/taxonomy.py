"""Dispute-resolution categories (shared/spec/TAXONOMY.md) from the cue words in data."""
from __future__ import annotations

from functools import lru_cache

import regex

from . import lexicon


@lru_cache(maxsize=1)
def _cues() -> list[tuple[str, regex.Pattern]]:
    return [(cat, regex.compile(lexicon.alternation(words)))
            for cat, words in lexicon.load("taxonomy")["categories"].items()]


def categorise(*texts: str, weights: tuple[float, ...] = ()) -> str | None:
    """The category whose cues the texts hold most (longer cues count more); None if none."""
    scores: dict[str, float] = {}
    for i, text in enumerate(texts):
        if not text:
            continue
        w = weights[i] if i < len(weights) else 1.0
        for cat, pattern in _cues():
            for m in pattern.finditer(text):
                scores[cat] = scores.get(cat, 0.0) + w * len(m.group())
    if not scores:
        return None
    best = max(scores.values())
    winners = [c for c, s in scores.items() if s == best]
    return winners[0]
