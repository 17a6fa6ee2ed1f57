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


def has_gloss(text: str) -> bool:
    """Whether a mirror's pinyin gloss stands in `text`: one with a tone mark (法治網(wǎng)), or one ending it."""
    return _toned_gloss().search(text) is not None or ends_in_gloss(text)


@lru_cache(maxsize=1)
def _toned_gloss():
    return _with_letters("pinyin_gloss_toned")


def mirror_glossed(text: str) -> bool:
    """Whether a text is a mirror's, glossed in pinyin: three glosses, or one with a tone mark."""
    return len(pinyin_gloss().findall(text, 0, 20000)) >= 3 or _toned_gloss().search(text) is not None


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


class ReadingCopy:
    """A text as the rules read it: without a mirror's pinyin glosses (發(fā)布: 發布) and, for
    traditional script, in simplified characters, one for one; what the rules find in the copy
    is given back as the text prints it: a span of the copy by its offsets, glosses and all; a
    string by where the copy holds it, else (an indicator joined from a row and a column)
    character by character, as the text printed each character."""

    def __init__(self, text: str, glosses: bool, traditional: bool):
        self.text = text
        gloss = pinyin_gloss()
        glossed = {i for m in gloss.finditer(text) for i in range(m.start(), m.end())} if glosses else ()
        # (where the copy's characters stand in `text`; None: each where it stands)
        self.kept = [i for i in range(len(text)) if i not in glossed] if glossed else None
        bare = "".join(text[i] for i in self.kept) if self.kept is not None else text
        self.plain = simplified(bare) if traditional else bare
        self.chars = {}  # (a simplified character: the traditional one the text printed for it)
        if self.plain is not bare:
            for a, b in zip(bare, self.plain):
                if a != b:
                    self.chars.setdefault(b, a)

    def printed_offsets(self, start: int, end: int) -> tuple[int, int]:
        """Where the copy's characters start to end stand in the text, with the gloss after the last."""
        at = self.kept if self.kept is not None else range(len(self.text))
        if end <= start:
            here = at[start] if start < len(at) else len(self.text)
            return here, here
        stop = at[end - 1] + 1
        gloss = pinyin_gloss().match(self.text, stop)
        return at[start], gloss.end() if gloss else stop

    def printed_span(self, start: int, end: int) -> str:
        """The copy's characters start to end as the text prints them, with the gloss after the last."""
        a, b = self.printed_offsets(start, end)
        return self.text[a:b]

    def printed(self, s: str | None) -> str | None:
        """A string of the copy as the text prints it, glosses and all."""
        pos = self.plain.find(s) if s else -1
        return self.printed_span(pos, pos + len(s)) if pos >= 0 else self._by_character(s)

    def in_own_characters(self, s: str | None) -> str | None:
        """A string of the copy in the text's own characters, without glosses (個 of 個(gè)件: a unit)."""
        pos = self.plain.find(s) if s else -1
        if pos < 0:
            return self._by_character(s)
        at = self.kept if self.kept is not None else range(len(self.text))
        return "".join(self.text[at[i]] for i in range(pos, pos + len(s)))

    def _by_character(self, s: str | None) -> str | None:
        return "".join(self.chars.get(ch, ch) for ch in s) if s and self.chars else s
