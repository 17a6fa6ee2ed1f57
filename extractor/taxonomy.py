"""Dispute-resolution categories (shared/spec/TAXONOMY.md) from the cue words in data."""
from __future__ import annotations

from functools import lru_cache

import ahocorasick_rs

from . import lexicon


@lru_cache(maxsize=1)
def _cues() -> tuple[ahocorasick_rs.AhoCorasick, list[str], dict[str, list[str]]]:
    """An automaton over every cue word, the words in its order, and each word's categories."""
    cats: dict[str, list[str]] = {}
    for cat, words in lexicon.load("taxonomy")["categories"].items():
        for w in words:
            cats.setdefault(w, []).append(cat)
    words = list(cats)
    return ahocorasick_rs.AhoCorasick(words), words, cats


def cue_words(text: str) -> list[str]:
    """The cue words in `text`: at each position where some begin, the longest."""
    automaton, words, _ = _cues()
    longest: dict[int, str] = {}
    for i, start, end in automaton.find_matches_as_indexes(text, overlapping=True):
        if end - start > len(longest.get(start, "")):
            longest[start] = words[i]
    return list(longest.values())


@lru_cache(maxsize=8192)
def categorise(*texts: str, weights: tuple[float, ...] = ()) -> str | None:
    """The category whose cues the texts hold most (longer cues count more); None if none."""
    cats = _cues()[2]
    scores: dict[str, float] = {}
    for i, text in enumerate(texts):
        if not text:
            continue
        w = weights[i] if i < len(weights) else 1.0
        for word in cue_words(text):
            for cat in cats[word]:
                scores[cat] = scores.get(cat, 0.0) + w * len(word)
    if not scores:
        return None
    best = max(scores.values())
    order = list(lexicon.load("taxonomy")["categories"])
    return min((c for c, s in scores.items() if s == best), key=order.index)
