"""Paragraphs, sentences and clauses of a body, as offsets into it."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

from . import lexicon

_SENTENCE_END = lexicon.fast_compile(r"[。！？!?]+[”’」』\"]?|\n")
CLAUSE_BREAK = "，,；;：:。！？!?\n"
_OPEN, _CLOSE = "(（", ")）"
_BREAKS = lexicon.fast_compile("[" + regex.escape(CLAUSE_BREAK) + "]")
_BRACKETS = lexicon.fast_compile(r"[(（)）\n]")
MAX_CLAUSE = 200  # longer runs without punctuation are not clauses anyone reads
MAX_SENTENCE = 600


@dataclass(frozen=True)
class Span:
    start: int
    end: int


class Segments:
    def __init__(self, text: str):
        self.text = text
        self.paragraphs: list[Span] = []
        pos = 0
        for line in text.split("\n"):
            self.paragraphs.append(Span(pos, pos + len(line)))
            pos += len(line) + 1
        self.sentences: list[Span] = []
        for p in self.paragraphs:
            start = p.start
            for m in _SENTENCE_END.finditer(text, p.start, p.end):
                if m.end() > start:
                    self._add_sentence(start, m.end())
                start = m.end()
            if start < p.end:
                self._add_sentence(start, p.end)
        self._sent_starts = [s.start for s in self.sentences]
        self._para_starts = [p.start for p in self.paragraphs]
        self._breaks: list[int] | None = None  # clause breaks and brackets, indexed on first use

    def _add_sentence(self, start: int, end: int):
        """A run longer than MAX_SENTENCE is cut at clause breaks: no reader takes it as one
        sentence, and the rules that look across a sentence must stay local."""
        while end - start > MAX_SENTENCE:
            cut = start + MAX_SENTENCE
            k = cut
            while k > start + MAX_SENTENCE // 2 and self.text[k - 1] not in CLAUSE_BREAK:
                k -= 1
            cut = k if k > start + MAX_SENTENCE // 2 else cut
            self.sentences.append(Span(start, cut))
            start = cut
        self.sentences.append(Span(start, end))

    def sentence_at(self, pos: int) -> Span:
        i = bisect_right(self._sent_starts, pos) - 1
        return self.sentences[max(i, 0)] if self.sentences else Span(0, len(self.text))

    def paragraph_at(self, pos: int) -> Span:
        i = bisect_right(self._para_starts, pos) - 1
        return self.paragraphs[max(i, 0)] if self.paragraphs else Span(0, len(self.text))

    def sentences_before(self, pos: int, floor: int):
        """Sentences that start at or after `floor` and before the sentence holding `pos`,
        nearest first."""
        i = bisect_right(self._sent_starts, pos) - 2
        while i >= 0 and self.sentences[i].start >= floor:
            yield self.sentences[i]
            i -= 1

    def clause_start(self, pos: int, floor: int = 0) -> int:
        """Start of the clause that holds `pos`: after the last comma, semicolon or colon,
        or after an opening bracket not closed before `pos`."""
        if self._breaks is None:
            self._index_clauses()
        k = bisect_left(self._breaks, pos) - 1
        start = self._breaks[k] + 1 if k >= 0 else 0
        j = bisect_left(self._opens, pos) - 1
        while j >= 0 and self._opens[j] >= start:
            if self._closes[j] >= pos:  # still open at pos
                start = self._opens[j] + 1
                break
            j -= 1
        return max(start, floor, pos - MAX_CLAUSE)

    def _index_clauses(self):
        if self._breaks is not None:
            return
        text = self.text
        self._breaks = [m.start() for m in _BREAKS.finditer(text)]
        self._opens, self._closes = [], []
        stack = []
        for m in _BRACKETS.finditer(text):
            i, ch = m.start(), m.group()
            if ch in _OPEN:
                stack.append(len(self._opens))
                self._opens.append(i)
                self._closes.append(len(text))
            elif ch in _CLOSE and stack:
                self._closes[stack.pop()] = i
            elif ch == "\n":
                stack.clear()

    def clause_end(self, pos: int) -> int:
        i = pos
        n = min(len(self.text), pos + MAX_CLAUSE)
        while i < n and self.text[i] not in CLAUSE_BREAK:
            i += 1
        return i


class SpanIndex:
    """Spans (objects with .start and .end, or (start, end) pairs) sorted for quick lookups."""

    def __init__(self, spans):
        def bounds(s):
            return (s.start, s.end) if hasattr(s, "start") else (s[0], s[1])

        self.items = sorted(spans, key=lambda s: bounds(s)[0])
        self.starts = [bounds(s)[0] for s in self.items]
        self.ends = [bounds(s)[1] for s in self.items]
        self.longest = max((e - s for s, e in zip(self.starts, self.ends)), default=0)

    def starting_in(self, lo: int, hi: int) -> list:
        """Spans whose start lies in [lo, hi)."""
        i, j = bisect_left(self.starts, lo), bisect_left(self.starts, hi)
        return self.items[i:j]

    def overlapping(self, lo: int, hi: int) -> list:
        i = bisect_left(self.starts, lo - self.longest)
        j = bisect_left(self.starts, hi)
        return [item for e, item in zip(self.ends[i:j], self.items[i:j]) if e > lo]

    def containing(self, pos: int, strict: bool = False) -> bool:
        for s, e in ((self.starts[k], self.ends[k]) for k in range(bisect_left(self.starts, pos - self.longest),
                                                                    bisect_right(self.starts, pos))):
            if (s < pos < e) if strict else (s <= pos < e):
                return True
        return False
