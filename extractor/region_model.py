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
answer stands.

The model is data: extractor/data/region_model.json (feature weights, bias, margin), trained on
the real development releases by scripts/train_region_model.py. Without it the rules decide.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

_MODEL = Path(__file__).with_name("data") / "region_model.json"


@dataclass
class Reading:
    """What the rules saw of a release: the evidence per division and the facts the features read."""
    score: dict = field(default_factory=dict)  # Division -> weight of evidence
    agency: dict = field(default_factory=dict)  # Division -> weight of evidence as an acting agency
    places: list = field(default_factory=list)  # (start, end, word, divisions) in the body
    title_places: list = field(default_factory=list)
    title_subjects: set = field(default_factory=set)  # the divisions the title is about, as the rules read it
    subjects: set = field(default_factory=set)  # the actors opening the body's paragraphs (房山区坚持…)
    source_places: list = field(default_factory=list)
    is_media: bool = False
    cues: dict = field(default_factory=dict)  # "province"/"city"/"county" -> how often the body speaks for one
    title_cues: dict = field(default_factory=dict)
    case: str = ""  # which case of the rules decided (region.py: "vote" when the weighing alone chose)


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


class _Index:
    """What the features ask of a reading for every candidate, computed once: the divisions each
    kind of text names, those with a named place under them, and mentions in the body."""

    def __init__(self, reading: Reading, ancestors):
        def named(found):
            names = {d for *_, divs in found for d in divs}
            return names, {a for d in names for a in ancestors(d)}
        self.source, self.source_above = named(reading.source_places)
        self.body, self.body_above = named(reading.places)
        self.title = {d for *_, divs in reading.title_places for d in divs}
        self.title_subjects_above = {a for d in reading.title_subjects for a in ancestors(d)}
        self.subjects_above = {a for d in reading.subjects for a in ancestors(d)}
        self.mentions: dict = {}
        for *_, divs in reading.places:
            for d in set(divs):
                self.mentions[d] = self.mentions.get(d, 0) + 1
        self.total = sum(reading.score.values()) or 1.0
        self.top = max(reading.score.values(), default=0.0)
        self.level_total: dict = {}
        self.level_count: dict = {}
        for d, w in reading.score.items():
            self.level_total[d.level] = self.level_total.get(d.level, 0.0) + w
            self.level_count[d.level] = self.level_count.get(d.level, 0) + 1


def features(c, rule, reading: Reading, ancestors, index: _Index | None = None) -> dict[str, float]:
    """Named facts of candidate `c` (a Division) in this reading."""
    ix = index or _Index(reading, ancestors)
    lv = c.level
    below = [d for d in reading.score if c in ancestors(d)]
    own = reading.score.get(c, 0.0)
    f = {f"level={lv}": 1.0,
         f"share|{lv}": own / ix.total,
         f"subtree|{lv}": (own + sum(reading.score[d] for d in below)) / ix.total,
         f"agency|{lv}": reading.agency.get(c, 0.0) / ix.total,
         f"top|{lv}": float(own > 0 and own >= ix.top),
         f"below_named|{lv}": math.log1p(len({d.code for d in below})),
         f"media|{lv}": float(reading.is_media)}
    if rule is not None:
        f[f"rule|{lv}"] = float(c == rule)
        f[f"rule|case={reading.case}"] = float(c == rule)  # (how far each case of the rules is to be trusted)
        f[f"rule_below|{lv}"] = float(c in ancestors(rule))  # the rules chose a place under it
        f[f"rule_above|{lv}"] = float(rule in ancestors(c))
        for rel in ("rule_below", "rule_above"):  # (a place above or below the rules' answer, as the text speaks)
            if f[f"{rel}|{lv}"]:
                f[f"{rel}|{lv}|own_cue"] = math.log1p(reading.cues.get(lv, 0))
                f[f"{rel}|{lv}|rule_cue"] = math.log1p(reading.cues.get(rule.level, 0))
    for kind in ("province", "city", "county"):
        f[f"cue_{kind}|{lv}"] = math.log1p(reading.cues.get(kind, 0))
        f[f"title_cue_{kind}|{lv}"] = float(reading.title_cues.get(kind, 0) > 0)
    if not reading.is_media:  # (a body's own source: 浙江省司法厅 speaks for its province)
        f[f"agency_source_names|{lv}"] = float(c in ix.source)
    f[f"source_names|{lv}"] = float(c in ix.source)
    f[f"source_names_below|{lv}"] = float(c in ix.source_above)
    f[f"body_names|{lv}"] = float(c in ix.body)
    f[f"body_names_below|{lv}"] = float(c in ix.body_above)
    above = ancestors(c)
    f[f"source_names_above|{lv}"] = float(any(d in ix.source for d in above))
    f[f"title_names_above|{lv}"] = float(any(d in ix.title for d in above))
    f[f"peer_share|{lv}"] = own / (ix.level_total.get(lv, 0.0) or 1.0)
    f[f"peers|{lv}"] = math.log1p(ix.level_count.get(lv, 0))
    f[f"title_subject|{lv}"] = float(c in reading.title_subjects)
    f[f"title_subject_below|{lv}"] = float(c in ix.title_subjects_above)
    f[f"paragraph_subject|{lv}"] = float(c in reading.subjects)
    f[f"paragraph_subject_below|{lv}"] = float(c in ix.subjects_above)
    f[f"mentions|{lv}"] = math.log1p(ix.mentions.get(c, 0))
    return f


def logit(f: dict[str, float], m: dict) -> float:
    w = m["weights"]
    return m["bias"] + sum(w.get(k, 0.0) * v for k, v in f.items())


def choose(rule, reading: Reading, ancestors):
    """The candidate the model prefers to the rules' answer by its margin, else the rules' answer."""
    m = model()
    if m is None or rule is None or not reading.score or reading.case not in m["overrules"]:
        return rule
    cands = candidates(rule, reading, ancestors)
    if len(cands) < 2:
        return rule
    index = _Index(reading, ancestors)
    scored = [(logit(features(c, rule, reading, ancestors, index), m), i, c) for i, c in enumerate(cands)]
    best, _, c = max(scored, key=lambda s: (s[0], -s[1]))
    ruled = next(s for s, _, d in scored if d == rule)
    return c if best > ruled + m["margin"] else rule
