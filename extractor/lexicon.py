"""Language data: the TOML and TSV files under extractor/data, loaded once.

Researchers extend the lexicons by editing those files; code only applies them.
"""
from __future__ import annotations

import csv
import re
import tomllib
from functools import lru_cache
from importlib import resources

import regex

try:  # the standard library's own parser, to see how `re` will search
    from re import _constants as re_constants, _parser as re_parser
except ImportError:  # Python < 3.11 names them sre_*
    import sre_constants as re_constants
    import sre_parse as re_parser


def data_path(name: str):
    return resources.files(__package__).joinpath("data", name)


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """A TOML data file by its stem (`boilerplate` -> data/boilerplate.toml)."""
    with data_path(f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=None)
def table(name: str) -> list[dict]:
    """A TSV data file by its stem, as a list of row dicts."""
    with data_path(f"{name}.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


# \p{Han} for `re`: 々 〇 〻, the CJK blocks and their extensions (A to I), compatibility
# ideographs, and the supplementary planes' ideographs
_HAN_CLASS = "\u3005\u3007\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"


def fast_compile(pattern: str, flags: int = 0):
    r"""Compile with whichever engine searches `pattern` faster (`_re_scans_fast`): the
    standard library's `re` or `regex`. Both give the same matches (tests/test_lexicon.py).
    For `re`, `\p{Han}` is spelt as code-point ranges; a pattern `re` cannot read (other
    Unicode properties, variable-width look-behind) goes to `regex`. `flags` is re.I or
    none (the two engines give IGNORECASE the same value). A call of `re` costs about
    half one of `regex` (0.11 µs against 0.24 for a search of a short line)."""
    spelt = spell_han(pattern)
    if _re_scans_fast(spelt):
        try:
            return re.compile(spelt, flags)
        except re.error:
            pass
    return regex.compile(pattern, flags | regex.V0)


def spell_han(pattern: str) -> str:
    r"""`\p{Han}` as code-point ranges, which `re` reads: bare inside a character class,
    bracketed outside one."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        if pattern.startswith("\\p{Han}", i):
            out.append(_HAN_CLASS if in_class else "[" + _HAN_CLASS + "]")
            i += len("\\p{Han}")
            continue
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class and out and out[-1] != "[" and out[-1] != "[^":
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


def _opening(pattern: str):
    """The first element (operator, argument) of the parsed pattern, inside any groups."""
    try:
        items = re_parser.parse(pattern).data
    except (re.error, RecursionError):
        return None
    while items and items[0][0] is re_constants.SUBPATTERN:
        items = items[0][1][3].data
    return items[0] if items else None


def _re_scans_fast(pattern: str) -> bool:
    """Whether `re` can skip ahead to where a match may begin: the pattern opens with a
    literal, a character set, alternatives that each open with a literal, or the start
    anchor. Otherwise `re` tries the whole pattern at every position, and `regex` (which
    looks for a literal every match must hold, the 月 of a month range) runs faster: on the
    bundled pages a month-range rule takes 30 µs a page with `re`, 1.5 µs with `regex`, and
    the metric pattern, which opens with an optional qualifier, 82 µs against 58."""
    first = _opening(pattern)
    if first is None:
        return False
    op, av = first
    if op in (re_constants.LITERAL, re_constants.IN):
        return True
    if op is re_constants.AT:
        return av is re_constants.AT_BEGINNING
    return op is re_constants.BRANCH and all(alt.data and alt.data[0][0] is re_constants.LITERAL for alt in av[1])


def anchored(pattern: str) -> bool:
    """Whether every match of `pattern` starts at the start of the text (it opens with ^
    outside any alternation)."""
    return _opening(spell_han(pattern)) == (re_constants.AT, re_constants.AT_BEGINNING)


@lru_cache(maxsize=None)
def patterns(name: str, key: str):
    """The list `key` of data file `name`, compiled into one alternation."""
    items = load(name)[key]
    return fast_compile("|".join(f"(?:{p})" for p in items))


def alternation(items) -> str:
    """Words as one regex alternation, longest first (and in a fixed order, so a pattern is
    the same in every process)."""
    return "|".join(regex.escape(w) for w in sorted(set(items), key=lambda w: (-len(w), w)))
