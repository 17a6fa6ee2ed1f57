"""The script a page is printed in. The rules and word lists read simplified characters; a page
printed in traditional ones (a big5 gateway copy of a government site, a Hong Kong or Taiwan
reprint) is read through OpenCC's traditional-to-simplified table, one character for one, so
every offset holds, and what the rules find is given back in the page's own characters.
"""
from __future__ import annotations

from functools import lru_cache

from . import lexicon


@lru_cache(maxsize=1)
def _traditional_characters():
    return lexicon.fast_compile("[" + lexicon.load("script")["traditional_characters"] + "]")


def is_traditional(text: str) -> bool:
    """Whether a text is printed in traditional characters (several of the common ones that
    simplified text never holds, in its first thousand characters: three of them)."""
    return len(_traditional_characters().findall(text, 0, 1000)) >= 3


def has_traditional(text: str) -> bool:
    """Whether any character only traditional text holds stands in `text` (自6月份以來)."""
    return _traditional_characters().search(text) is not None


@lru_cache(maxsize=1)
def pinyin_gloss():
    """The pinyin a mirror prints after a character (發(fā)布): data/script.toml."""
    return _with_letters("pinyin_gloss")


@lru_cache(maxsize=1)
def _gloss_end():
    return _with_letters("pinyin_gloss_end")


def _with_letters(key: str):
    data = lexicon.load("script")
    return lexicon.fast_compile(data[key].replace("{letters}", data["pinyin_letters"]))


def ends_in_gloss(text: str) -> bool:
    """Whether `text` ends in a mirror's pinyin gloss (青海日?qǐng)?bào)): data/script.toml."""
    return _gloss_end().search(text) is not None


@lru_cache(maxsize=1)
def _converter():
    from opencc import OpenCC  # OpenCC's tables (opencc-python-reimplemented)

    return OpenCC("t2s")


def simplified(text: str) -> str:
    """`text` in simplified characters, one for one (the text itself where a phrase of the
    table would change its length)."""
    out = _converter().convert(text)
    return out.translate(_variants()) if len(out) == len(text) else text


@lru_cache(maxsize=1)
def _variants() -> dict:
    return str.maketrans(lexicon.load("script")["variants"])


class Restorer:
    """Gives back, in a page's own characters, strings the rules found in its simplified copy:
    a span of the copy by its offsets, any other string (an indicator joined from a row and a
    column) character by character, as the page printed each character."""

    def __init__(self, original: str, converted: str):
        self.original, self.converted = original, converted
        self.chars = {}
        for a, b in zip(original, converted):
            if a != b:
                self.chars.setdefault(b, a)

    def span(self, start: int, end: int) -> str:
        return self.original[start:end]

    def text(self, s: str | None) -> str | None:
        if not s or not self.chars:
            return s
        pos = self.converted.find(s)
        if pos >= 0:
            return self.original[pos:pos + len(s)]
        return "".join(self.chars.get(ch, ch) for ch in s)
