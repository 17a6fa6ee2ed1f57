"""Which division a release is about, chosen by a learned model among those the region rules weighed.

The rules (region.py) gather evidence for every place a release names (its title, source, host,
the actors opening its paragraphs) and settle on one division through a cascade of cases. The
cascade's common mistakes are of level: a city-wide report read as the district it names as an
example, a province's report read as the county where its meeting was held, a county's story
read as its city. This model scores each candidate (every division with evidence, its
ancestors, and the rules' answer) by facts of the reading: its share of the evidence, its
level, whether the title or the source names it or a place under it, how many places under it
are named, how often the text speaks for a province, a city or a county (全省…, 全市…, 全县…),
whether the rules chose it or a place above or below it. The best-scored candidate is the
release's region when it beats the rules' answer by the model's margin; otherwise the rules'
answer stands. The model never moves below the rules' answer (a city-wide report that names one
of its districts as an example is the city's, however the evidence falls).

The model is data: extractor/data/region_model.json (feature weights, bias, margin), trained on
the real development releases by scripts/train_region_model.py. Without it the rules decide.
"""
from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

_MODEL = Path(__file__).with_name("data") / "region_model.json"


@dataclass
class Reading:
    """What the rules saw of a release: the evidence per division and the facts the features read.
    The places of the title and source and how the texts speak are read only when asked for (the
    rules' answer mostly stands without the model)."""
    score: dict = field(default_factory=dict)  # Division -> weight of evidence
    agency: dict = field(default_factory=dict)  # Division -> weight of evidence as an acting agency
    places: list = field(default_factory=list)  # (start, end, word, divisions) in the body
    title_subjects: set = field(default_factory=set)  # the divisions the title is about, as the rules read it
    subjects: set = field(default_factory=set)  # the actors opening the body's paragraphs (房山区坚持…)
    is_media: bool = False
    case: str = ""  # which case of the rules decided (region.py: "vote" when the weighing alone chose)
    title: str = ""
    source: str = ""
    body: str = ""
    find_places: Callable[[str], list] = lambda text: []
    count_cues: Callable[[str], dict] = lambda text: {}  # "province"/"city"/"county" -> times a text speaks for one

    @cached_property
    def title_places(self) -> list:
        return list(self.find_places(self.title)) if self.title else []

    @cached_property
    def source_places(self) -> list:
        return list(self.find_places(self.source)) if self.source else []

    @cached_property
    def cues(self) -> dict:
        return self.count_cues(self.body)

    @cached_property
    def title_cues(self) -> dict:
        return self.count_cues(self.title) if self.title else {}


@lru_cache(maxsize=1)
def model() -> dict | None:
    """{"bias", "margin", "weights": {feature: weight}}; None when the file is missing or unreadable."""
    try:
        data = json.loads(_MODEL.read_text(encoding="utf-8"))
        return {"bias": float(data["bias"]), "margin": float(data["margin"]), "overrules": set(data["overrules"]),
                "weights": {str(k): float(v) for k, v in data["weights"].items()}}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def candidates(rule, reading: Reading, ancestors) -> list:
    """The divisions the choice is among: every one with evidence, their ancestors, the rules' answer."""
    seen = {}
    for d in [rule, *reading.score]:
        if d is None:
            continue
        for c in (d, *ancestors(d)):
            seen.setdefault((c.code, c.level), c)
    return list(seen.values())


def under(c, rule, ancestors) -> bool:
    """Whether `c` lies under the rules' answer, where the model never moves (a city-wide report
    names its districts as examples)."""
    return rule in ancestors(c)


def _key(d) -> str:
    return d.code + d.level  # (a string's hash is kept: sets of these are quicker than of divisions)


class _Index:
    """What the features ask of a reading for every candidate, computed once: the divisions each
    kind of text names, those with a named place under them, the evidence under each division,
    mentions in the body, totals."""

    def __init__(self, reading: Reading, ancestors):
        def named(found):
            names = {d for *_, divs in found for d in divs}
            return {_key(d) for d in names}, {_key(a) for d in names for a in ancestors(d)}
        self.source, self.source_above = named(reading.source_places)
        self.body, self.body_above = named(reading.places)
        self.title = {_key(d) for *_, divs in reading.title_places for d in divs}
        self.title_subjects = {_key(d) for d in reading.title_subjects}
        self.title_subjects_above = {_key(a) for d in reading.title_subjects for a in ancestors(d)}
        self.subjects = {_key(d) for d in reading.subjects}
        self.subjects_above = {_key(a) for d in reading.subjects for a in ancestors(d)}
        self.mentions: dict = {}
        for *_, divs in reading.places:
            for k in {_key(d) for d in divs}:
                self.mentions[k] = self.mentions.get(k, 0) + 1
        self.score = {_key(d): w for d, w in reading.score.items()}
        self.agency = {_key(d): w for d, w in reading.agency.items()}
        self.below: dict = {}  # division -> the evidence under it, by division
        for d, w in reading.score.items():
            for a in ancestors(d):
                self.below.setdefault(_key(a), {})[d.code] = w
        self.total = sum(reading.score.values()) or 1.0
        self.top = max(reading.score.values(), default=0.0)
        self.level_total: dict = {}
        self.level_count: dict = {}
        for d, w in reading.score.items():
            self.level_total[d.level] = self.level_total.get(d.level, 0.0) + w
            self.level_count[d.level] = self.level_count.get(d.level, 0) + 1


@lru_cache(maxsize=None)
def _names(lv: str) -> dict[str, str]:
    """The feature names of a candidate of level `lv` (share -> share|county)."""
    bases = ["share", "subtree", "agency", "top", "below_named", "media", "rule", "rule_below", "rule_above",
             "rule_below|{}|own_cue", "rule_below|{}|rule_cue", "rule_above|{}|own_cue", "rule_above|{}|rule_cue",
             "agency_source_names", "source_names", "source_names_below", "body_names", "body_names_below",
             "source_names_above", "title_names_above", "peer_share", "peers", "title_subject", "title_subject_below",
             "paragraph_subject", "paragraph_subject_below", "mentions"]
    bases += [f"cue_{kind}" for kind in ("province", "city", "county")]
    bases += [f"title_cue_{kind}" for kind in ("province", "city", "county")]
    return {b: (b.format(lv) if "{}" in b else f"{b}|{lv}") for b in bases} | {"level": f"level={lv}"}


def features(c, rule, reading: Reading, ancestors, index: _Index | None = None) -> dict[str, float]:
    """Named facts of candidate `c` (a Division) in this reading."""
    ix = index or _Index(reading, ancestors)
    lv, k, n = c.level, _key(c), _names(c.level)
    below = ix.below.get(k, {})
    own = ix.score.get(k, 0.0)
    f = {n["level"]: 1.0,
         n["share"]: own / ix.total,
         n["subtree"]: (own + sum(below.values())) / ix.total,
         n["agency"]: ix.agency.get(k, 0.0) / ix.total,
         n["top"]: float(own > 0 and own >= ix.top),
         n["below_named"]: math.log1p(len(below)),
         n["media"]: float(reading.is_media)}
    above_keys = [_key(d) for d in ancestors(c)]
    if rule is not None:
        rule_key = _key(rule)
        is_rule = float(k == rule_key)
        f[n["rule"]] = is_rule
        f[f"rule|case={reading.case}"] = is_rule  # (how far each case of the rules is to be trusted)
        rule_below = k in {_key(d) for d in ancestors(rule)}  # the rules chose a place under it
        rule_above = rule_key in above_keys
        f[n["rule_below"]], f[n["rule_above"]] = float(rule_below), float(rule_above)
        for rel, on in (("rule_below", rule_below), ("rule_above", rule_above)):
            if on:  # (a place above or below the rules' answer, as the text speaks)
                f[n[rel + "|{}|own_cue"]] = math.log1p(reading.cues.get(lv, 0))
                f[n[rel + "|{}|rule_cue"]] = math.log1p(reading.cues.get(rule.level, 0))
    cues, title_cues = reading.cues, reading.title_cues
    for kind in ("province", "city", "county"):
        f[n["cue_" + kind]] = math.log1p(cues.get(kind, 0))
        f[n["title_cue_" + kind]] = float(title_cues.get(kind, 0) > 0)
    if not reading.is_media:  # (a body's own source: 浙江省司法厅 speaks for its province)
        f[n["agency_source_names"]] = float(k in ix.source)
    f[n["source_names"]] = float(k in ix.source)
    f[n["source_names_below"]] = float(k in ix.source_above)
    f[n["body_names"]] = float(k in ix.body)
    f[n["body_names_below"]] = float(k in ix.body_above)
    f[n["source_names_above"]] = float(any(a in ix.source for a in above_keys))
    f[n["title_names_above"]] = float(any(a in ix.title for a in above_keys))
    f[n["peer_share"]] = own / (ix.level_total.get(lv, 0.0) or 1.0)
    f[n["peers"]] = math.log1p(ix.level_count.get(lv, 0))
    f[n["title_subject"]] = float(k in ix.title_subjects)
    f[n["title_subject_below"]] = float(k in ix.title_subjects_above)
    f[n["paragraph_subject"]] = float(k in ix.subjects)
    f[n["paragraph_subject_below"]] = float(k in ix.subjects_above)
    f[n["mentions"]] = math.log1p(ix.mentions.get(k, 0))
    return f


def candidate_features(rule, reading: Reading, ancestors, above_only: bool = False) -> list[tuple]:
    """(candidate, its features) for every candidate; with `above_only`, none under the rules' answer."""
    index = _Index(reading, ancestors)
    return [(c, features(c, rule, reading, ancestors, index)) for c in candidates(rule, reading, ancestors)
            if not (above_only and under(c, rule, ancestors))]


def logit(f: dict[str, float], m: dict) -> float:
    w = m["weights"]
    return m["bias"] + sum(w.get(k, 0.0) * v for k, v in f.items())


def choose(rule, reading: Reading, ancestors):
    """The candidate the model prefers to the rules' answer by its margin, else the rules' answer."""
    m = model()
    if m is None or rule is None or not reading.score or reading.case not in m["overrules"]:
        return rule
    found = candidate_features(rule, reading, ancestors, above_only=True)
    if len(found) < 2:
        return rule
    scored = [(logit(f, m), i, c) for i, (c, f) in enumerate(found)]
    best, _, c = max(scored, key=lambda s: (s[0], -s[1]))
    ruled = next(s for s, _, d in scored if d == rule)
    return c if best > ruled + m["margin"] else rule
