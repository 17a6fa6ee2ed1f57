"""Part-of-speech tags from jieba's dictionary, without its HMM: what
`jieba.posseg.cut(text, HMM=False)` returns, as one call per text.

The algorithm and the data are jieba's: the text is split into blocks of Han characters,
letters and digits; each block is cut along the route of greatest log-probability through
its word graph (every dictionary word that starts at each character); each word takes its
tag from jieba's tag table; runs of single letters and digits join into one `eng` word.
jieba spreads this over nested generators and a word object per token, which cost more
than the tagging itself on the short phrases that indicator rules look at (about 35 µs
for a ten-character phrase, against 10 µs here). tests/test_postag.py checks that the
output equals jieba's.
"""
from __future__ import annotations

import re
from functools import lru_cache
from math import log

import jieba
import jieba.posseg as pseg

jieba.setLogLevel(60)

# jieba.posseg's own block and token classes
_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_SPACE = re.compile("(\r\n|\\s)")
_ENG = re.compile("[a-zA-Z0-9]+")
# jieba's ^[a-zA-Z0-9]$ (a single letter or digit) and [\.0-9]+ of one character, as sets
_ENG1 = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_NUM1 = frozenset(".0123456789")


class _Dictionary:
    def __init__(self):
        tokenizer = pseg.dt.tokenizer
        tokenizer.check_initialized()
        pseg.dt.makesure_userdict_loaded()
        self.freq = tokenizer.FREQ
        self.log_total = log(tokenizer.total)
        self.tag_of = pseg.dt.word_tag_tab
        # the pieces met so far: a word's log-probability, None for a piece that only begins
        # longer words, _ABSENT for a piece in no word (so the large dictionary is asked once
        # a piece); emptied when it grows past _KNOWN_MAX
        self.known: dict[str, object] = {}

    def route(self, block: str) -> list[int]:
        """For each position, where the best word starting there ends (inclusive)."""
        freq, known = self.freq, self.known
        if len(known) > _KNOWN_MAX:
            known.clear()
        n = len(block)
        best = [0.0] * (n + 1)
        word_end = [0] * n
        for k in range(n - 1, -1, -1):
            top, top_end = None, k
            i, frag = k, block[k]
            while i < n:
                lp = known.get(frag, _UNKNOWN)
                if lp is _UNKNOWN:  # first sight of this piece: a word, a word's prefix, or neither
                    f = freq.get(frag)
                    lp = known[frag] = _ABSENT if f is None else (log(f) - self.log_total) if f else None
                if lp is _ABSENT:
                    break
                if lp is not None:
                    v = lp + best[i + 1]
                    if top is None or v >= top:  # jieba's max() over (score, end): ties go to the longer word
                        top, top_end = v, i
                i += 1
                frag = block[k:i + 1]
            if top is None:  # no dictionary word starts here: the character alone
                lp = known.get(block[k])
                if lp is None or lp is _ABSENT:
                    lp = log(freq.get(block[k]) or 1) - self.log_total
                top, top_end = lp + best[k + 1], k
            best[k], word_end[k] = top, top_end
        return word_end


_UNKNOWN = object()
_ABSENT = object()
_KNOWN_MAX = 200_000  # (about 20 MB)


@lru_cache(maxsize=1)
def _dictionary() -> _Dictionary:
    return _Dictionary()


def word_frequencies() -> dict:
    """How often jieba's dictionary counts each word."""
    return _dictionary().freq


def cut(text: str) -> list[tuple[str, str]]:
    """[(word, tag), …] exactly as jieba.posseg.cut(text, HMM=False) gives them."""
    d = _dictionary()
    out: list[tuple[str, str]] = []
    for block in _BLOCK.split(text):
        if not block:
            continue
        if _BLOCK.match(block):
            word_end = d.route(block)
            x, n, letters = 0, len(block), ""
            while x < n:
                y = word_end[x] + 1
                word = block[x:y]
                if word in _ENG1:
                    letters += word
                else:
                    if letters:
                        out.append((letters, "eng"))
                        letters = ""
                    out.append((word, d.tag_of.get(word, "x")))
                x = y
            if letters:
                out.append((letters, "eng"))
        else:
            for part in _SPACE.split(block):
                if _SPACE.match(part):
                    out.append((part, "x"))
                    continue
                other = "eng" if _ENG.match(part) else "x"
                for ch in part:
                    out.append((ch, "m" if ch in _NUM1 else other))
    return out


def inside_word(text: str, pos: int, longest: int = 4) -> bool:
    """Whether a dictionary word of up to `longest` characters spans position `pos` (has
    characters on both sides of it): a cheap test before cutting `text` there, which tells
    when the cut needs the full tagging (及|时受理率 does, 其中|调解 does not)."""
    if pos <= 0 or pos >= len(text):
        return False
    freq = _dictionary().freq
    for start in range(max(0, pos - longest + 1), pos):
        for end in range(pos + 1, min(len(text), start + longest) + 1):
            if freq.get(text[start:end]):
                return True
    return False
