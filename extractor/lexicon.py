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


def data_path(name: str):
    return resources.files("extractor").joinpath("data", name)


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


_HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def fast_compile(pattern: str):
    r"""Compile with the standard library's `re` where the pattern allows (it is about twice
    as fast on these alternations), else with `regex`. `\p{Han}` is spelt as ranges for `re`."""
    spelt = pattern.replace("[\\p{Han}", "[" + _HAN_CLASS).replace("\\p{Han}", "[" + _HAN_CLASS + "]")
    try:
        return re.compile(spelt)
    except re.error:
        return regex.compile(pattern, regex.V0)


@lru_cache(maxsize=None)
def patterns(name: str, key: str):
    """The list `key` of data file `name`, compiled into one alternation."""
    items = load(name)[key]
    return fast_compile("|".join(f"(?:{p})" for p in items))


def words(name: str, key: str) -> list[str]:
    """A word list, longest first (so alternations prefer the longest word)."""
    return sorted(load(name)[key], key=len, reverse=True)


def alternation(items) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(items), key=len, reverse=True))
