"""Paragraphs, sentences and clauses of a body, as offsets into it."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import regex

_SENTENCE_END = regex.compile(r"[。！？!?]+[”’」』\"]?|\n")
CLAUSE_BREAK = "，,；;：:。！？!?\n"
_OPEN, _CLOSE = "(（", ")）"


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
                    self.sentences.append(Span(start, m.end()))
                start = m.end()
            if start < p.end:
                self.sentences.append(Span(start, p.end))
        self._sent_starts = [s.start for s in self.sentences]
        self._para_starts = [p.start for p in self.paragraphs]

    def sentence_at(self, pos: int) -> Span:
        i = bisect_right(self._sent_starts, pos) - 1
        return self.sentences[max(i, 0)] if self.sentences else Span(0, len(self.text))

    def paragraph_at(self, pos: int) -> Span:
        i = bisect_right(self._para_starts, pos) - 1
        return self.paragraphs[max(i, 0)] if self.paragraphs else Span(0, len(self.text))

    def sentences_in(self, span: Span) -> list[Span]:
        return [s for s in self.sentences if s.start >= span.start and s.end <= span.end]

    def clause_start(self, pos: int, floor: int = 0) -> int:
        """Start of the clause that holds `pos` (after the last comma, semicolon or colon)."""
        i = pos - 1
        depth = 0
        while i >= floor:
            ch = self.text[i]
            if ch in CLAUSE_BREAK:
                break
            if ch in _CLOSE:
                depth += 1
            elif ch in _OPEN:
                if depth == 0:
                    break  # an opening bracket not closed before pos starts a clause
                depth -= 1
            i -= 1
        return i + 1

    def clause_end(self, pos: int) -> int:
        i = pos
        n = len(self.text)
        while i < n and self.text[i] not in CLAUSE_BREAK:
            i += 1
        return i
