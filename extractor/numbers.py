"""Numerals to values: Arabic (1,234.5), Chinese (三十二, 两千, 三点五), 百分之…, 百分百.

cn2an converts Chinese numerals; it is applied only to the spans the metric rules found,
never to whole texts (一审, 进一步, 一案一专班 stay as they are).
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import cn2an

from . import lexicon

ARABIC = r"(?<![\d.])\d+(?:[,，]\d{3})*(?:\.\d+)?"  # never from the middle of a digit run
CHINESE = r"[零一二两三四五六七八九十百千万亿]+(?:点[零一二三四五六七八九]+)?"
CHINESE_DIGITS = set("零一二两三四五六七八九十百千万亿点")
_ONE_DIGIT = {ch: float(v) for v, ch in enumerate("零一二三四五六七八九十")} | {"两": 2.0}


@lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    text = text.strip().replace(",", "").replace("，", "")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        pass
    if text == "百":
        return 100.0
    if len(text) == 1 and "\u2460" <= text <= "\u2487":  # ① … ⑳, ⑴ … ⒇: list markers
        return float(unicodedata.numeric(text))
    if not set(text) <= CHINESE_DIGITS:
        return None
    if len(text) == 1 and text in _ONE_DIGIT:  # 一 … 九, 十: list markers and small counts, most numerals met
        return _ONE_DIGIT[text]
    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def is_chinese(text: str) -> bool:
    return bool(text) and set(text) <= CHINESE_DIGITS


@lru_cache(maxsize=1)
def quantity():
    """A number with its order of magnitude, 余 or 多, and its unit, as written inside a phrase (53.6万, 1.7万余枚,
    30余万, 10余, 43件, 2311处); not a span of time in a name (15分钟调解服务圈). The units are the metric
    rules' (data/metrics.toml)."""
    units = lexicon.load("metrics")["units"]
    words = lexicon.alternation({w for kind in ("count", "money", "other", "percent") for w in units[kind]})
    return lexicon.fast_compile(r"\d+(?:\.\d+)?\s*(?:[余多]?[万亿千百]?[余多]?(?:" + words + r")(?!钟)|[余多]?[万亿千百][余多]?|[余多])")


@lru_cache(maxsize=1)
def quantity_bound():
    """What makes a quantity a category's bound (5起以内, 200名以上的), right after it: the metric rules' category
    bounds (data/metrics.toml)."""
    return lexicon.fast_compile(r"\s*(?:" + lexicon.alternation(lexicon.load("metrics")["not_metric"]["category_bounds"]) + ")")
