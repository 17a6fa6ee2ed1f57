"""Dispute-resolution categories (shared/spec/TAXONOMY.md) from the cue words in data."""
from __future__ import annotations

from functools import lru_cache

import ahocorasick_rs

from . import lexicon


@lru_cache(maxsize=1)
def _cues() -> tuple[ahocorasick_rs.AhoCorasick, list[str], dict[str, list[str]], dict[str, int]]:
    """An automaton over every cue word, the words in its order, each word's categories, and
    each category's place in the data file (ties go to the first)."""
    cats: dict[str, list[str]] = {}
    for cat, words in lexicon.load("taxonomy")["categories"].items():
        for w in words:
            cats.setdefault(w, []).append(cat)
    words = list(cats)
    return ahocorasick_rs.AhoCorasick(words), words, cats, {c: i for i, c in enumerate(lexicon.load("taxonomy")["categories"])}


def cue_words(text: str) -> list[str]:
    """The cue words in `text`: at each position where some begin, the longest."""
    automaton, words = _cues()[:2]
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
    return min((c for c, s in scores.items() if s == best), key=_cues()[3].get)
