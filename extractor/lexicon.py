"""Language data: the TOML and TSV files under extractor/data, loaded once.

Researchers extend the lexicons by editing those files; code only applies them.
"""
from __future__ import annotations

import csv
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


@lru_cache(maxsize=None)
def patterns(name: str, key: str) -> regex.Pattern:
    """The list `key` of data file `name`, compiled into one alternation."""
    items = load(name)[key]
    return regex.compile("|".join(f"(?:{p})" for p in items), regex.V0)


def words(name: str, key: str) -> list[str]:
    """A word list, longest first (so alternations prefer the longest word)."""
    return sorted(load(name)[key], key=len, reverse=True)


def alternation(items) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(items), key=len, reverse=True))
