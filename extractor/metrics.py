"""Reported numbers: value, unit, kind, change and qualifier (RECORDS.md, "Metric").

A number becomes a metric when a unit or classifier from data/metrics.toml follows it
(83件, 39.5%, 1.2万人次, 20万元, 超过2:1, 连续17年, 百分之九十), and none of the cues of a
non-metric hold: an ordinal or frequency word right before it (第, 每, 一年), a label
(inside a short “…” or 《…》), a target or requirement in its clause (力争, 不低于…),
a Chinese numeral outside the few units that carry real counts (一案一专班, 三级).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from . import lexicon, postag
from .document import Change, Metric
from .numbers import ARABIC, CHINESE, is_chinese, parse_number
from .segments import Segments, SpanIndex


@dataclass
class _Config:
    pattern: regex.Pattern
    unit_kind: dict[str, str]
    qualifier_of: dict[str, str]
    chinese_units: set[str]
    chinese_count_head: regex.Pattern
    chinese_count_numeral: regex.Pattern
    chinese_duration_lead: regex.Pattern
    chinese_duration_goes_on: regex.Pattern
    chinese_count_not_after: str
    multipliers: dict[str, float]
    change_before: regex.Pattern
    object_change: regex.Pattern
    direction_of: dict[str, str]
    basis_pattern: regex.Pattern
    basis_of: dict[str, str]
    target: regex.Pattern
    claim: regex.Pattern  # a party's claim or a ruling's award of money (要求麦某赔偿4万元): no target
    before_words: tuple[str, ...]
    phone_before: tuple[str, ...]
    call_units: frozenset
    clock_units: frozenset  # units that after a clock's hour are its minutes (分)
    clock_before: regex.Pattern
    after_words: tuple[str, ...]
    unit_words: tuple[str, ...]
    dispatch_numbers: frozenset
    dispatch_words: tuple[str, ...]
    naming_units: dict
    unit_needs_after: dict
    unit_leads: dict
    unit_tails: dict
    money_before: regex.Pattern
    rate_name_after: regex.Pattern
    achieved: regex.Pattern
    emphasis_after: tuple[str, ...]
    after_number: tuple[str, ...]
    composition_numbers: regex.Pattern
    composition_after: regex.Pattern
    composition_before: regex.Pattern
    rank_before: regex.Pattern
    rank_units: frozenset
    reach_units: frozenset
    allocation_most: int
    level_reach: int
    amount_tolerance: float
    reach_after: regex.Pattern
    unqualified_names: frozenset
    ordinal_words: frozenset
    service_days: frozenset
    slogan_counts: regex.Pattern
    label_max: int
    respectively: tuple[str, ...]
    closing_basis_words: frozenset
    unit_as: dict[str, str]
    yoy_year_after: regex.Pattern
    yoy_change_openings: tuple
    frequency: regex.Pattern
    goal: regex.Pattern
    word_aims: frozenset
    plan_before_aim: regex.Pattern
    aim_figure: regex.Pattern
    target_after: regex.Pattern
    requirement: regex.Pattern
    per_unit_allocation: regex.Pattern
    allocated_list: regex.Pattern
    frequency_units: frozenset
    requirement_bounds: frozenset
    category_bounds: frozenset
    vague_before: frozenset
    parameter: regex.Pattern
    session_before: regex.Pattern
    service_numbers: frozenset


@lru_cache(maxsize=1)
def config() -> _Config:
    data = lexicon.load("metrics")
    unit_kind = {}
    for kind, units in data["units"].items():
        if kind == "chinese_numeral_units":
            continue
        for u in units:
            unit_kind.setdefault(u, kind)
    q = data["qualifiers"]
    qualifier_of = {}
    for key, words in q.items():
        for w in words:
            qualifier_of.setdefault(w, key.rsplit("_", 1)[0])
    before_q = [w for k, ws in q.items() if k.endswith("_before") for w in ws]
    after_q = [w for k, ws in q.items() if k.endswith("_after") for w in ws]
    units = lexicon.alternation(unit_kind)
    mult = lexicon.alternation(data["multipliers"])
    round_before = data["round_counts"]["more_than_before"]
    for w in round_before:
        qualifier_of.setdefault(w, "more_than")
    qb = lexicon.alternation(before_q) + rf"|(?:{lexicon.alternation(round_before)})(?=[百千万亿])"
    qa = lexicon.alternation([w for w in after_q if w not in ("余", "多")])
    num = f"(?:{ARABIC}|{CHINESE})"
    pattern = lexicon.fast_compile(
        rf"(?:(?P<qb>{qb})[ ]?)?(?:"  # (不低于 80%: a dump's stray space after the qualifier)
        rf"连续(?P<snum>{num})(?P<sunit>年|个月|天)"
        rf"|百分之(?P<pnum>{num})|(?P<full>百分百)"
        rf"|(?P<rnum>(?<![\d.])\d+(?:\.\d+)?)\s*[:：]\s*1(?![\d:：.])"
        rf"|(?P<cnum>[一二两三四五六七八九])成(?![员立为功果效绩本熟就交长年])"
        rf"|(?P<num>{num})(?:[ ]?(?P<q1>余|多))?(?:[ ]?(?P<mult>{mult}))?(?P<q2>余|多)?[ ]?(?P<unit>{units})"
        rf"|(?P<mnum>(?<![\d.])\d+(?:\.\d+)?)(?P<mq1>余|多)?[ ]?(?P<mmult>[万亿])(?P<mq2>余|多)?(?![ ]*[\d\p{{Han}}A-Za-z%％])"
        rf")(?P<qa>{qa})?")
    ch = data["change"]
    direction_of = {}
    for w in ch["up"]:
        direction_of.setdefault(w, "up")
    for w in ch["down"]:
        direction_of.setdefault(w, "down")
    change_words = lexicon.alternation(direction_of)
    resp = lexicon.alternation(ch["respectively"])
    between = lexicon.alternation(ch["between_verb_and_number"])
    not_after = lexicon.alternation(ch["verb_not_after"])
    opening_not_after = lexicon.alternation(ch["opening_not_after"])
    openings = lexicon.alternation(w for w in ch["yoy_change_openings"] if len(w) == 1)
    change_before = lexicon.fast_compile(rf"(?<!{not_after})(?!(?<={opening_not_after})(?:{openings}))(?P<verb>{change_words})(?:{between}|{resp})*\s*"
                                         rf"(?P<listed>(?:\d+(?:\.\d+)?\s*[、和及与]\s*)*)$")  # (分别提升1.83和|1.86个百分点)
    object_verbs = {**{w: "up" for w in ch["object_change_up"]}, **{w: "down" for w in ch["object_change_down"]}}
    direction_of.update({w: d for w, d in object_verbs.items() if w not in direction_of})
    object_change = lexicon.fast_compile(ch["object_change"].replace("{verbs}", lexicon.alternation(object_verbs)))
    basis = [(w, "yoy") for w in ch["yoy"]] + [(w, "mom") for w in ch["mom"]] + [(w, "vs_previous") for w in ch["vs_previous"]]
    basis.sort(key=lambda b: len(b[0]), reverse=True)
    nm = data["not_metric"]
    return _Config(
        pattern=pattern, unit_kind=unit_kind, qualifier_of=qualifier_of,
        chinese_units=set(data["units"]["chinese_numeral_units"]),
        chinese_count_head=lexicon.fast_compile(
            "(?!" + lexicon.alternation(data["chinese_counts"]["not_heads"]) + r")[^，,。；;：:、“”‘’\n]{0,4}?(?:"
            + lexicon.alternation(data["chinese_counts"]["heads"]) + ")"),
        chinese_count_numeral=lexicon.fast_compile(data["chinese_counts"]["numeral"]),
        chinese_duration_lead=lexicon.fast_compile(data["chinese_counts"]["duration_lead"]),
        chinese_duration_goes_on=lexicon.fast_compile(data["chinese_counts"]["duration_goes_on"]),
        chinese_count_not_after=data["chinese_counts"]["not_after"],
        multipliers={k: float(v) for k, v in data["multipliers"].items()},
        change_before=change_before, object_change=object_change, direction_of=direction_of,
        emphasis_after=tuple(ch["emphasis_after"]),
        basis_pattern=regex.compile(lexicon.alternation(w for w, _ in basis)),
        basis_of={w: b for w, b in reversed(basis)},
        target=lexicon.fast_compile(
            f"(?!{lexicon.alternation(nm['target_terms'])}|{nm['plan_in_a_name']})(?:{lexicon.alternation(nm['target_words'])})"
            f"(?<!(?<!将)(?:{lexicon.alternation(nm['won_before_target'])})(?:{lexicon.alternation(nm['won_words'])}))"),
        claim=lexicon.fast_compile(nm["claim"]), achieved=lexicon.fast_compile(nm["achieved"]),
        before_words=tuple(sorted(nm["before"], key=len, reverse=True)),
        phone_before=tuple(nm["phone_before"]), call_units=frozenset(nm["call_units"]),
        after_words=tuple(nm["after"]), after_number=tuple(nm["after_number"]),
        composition_numbers=lexicon.fast_compile(nm["composition_numbers"]),
        composition_after=lexicon.fast_compile(nm["composition_after"]), composition_before=lexicon.fast_compile(nm["composition_before"]),
        rank_before=lexicon.fast_compile(nm["rank_before"]), rank_units=frozenset(nm["rank_units"]),
        reach_units=frozenset(nm["reach_units"]), allocation_most=int(nm["allocation_most"]),
        level_reach=int(ch["amount_level_reach"]), amount_tolerance=float(ch["amount_tolerance"]), reach_after=lexicon.fast_compile(nm["reach_after"]), unit_words=tuple(nm["unit_words"]), dispatch_numbers=frozenset(nm["dispatch_numbers"]),
        dispatch_words=tuple(nm["dispatch_words"]),
        naming_units={u: tuple(ws) for u, ws in nm["naming_units"].items()},
        unit_needs_after={u: lexicon.fast_compile(p) for u, p in data["unit_needs_after"].items()},
        unit_leads={u: lexicon.fast_compile(p) for u, p in nm["unit_leads"].items()},
        unit_tails={u: lexicon.fast_compile(p) for u, p in nm["unit_tails"].items()},
        money_before=lexicon.fast_compile(data["money_without_unit"]["before"]),
        rate_name_after=lexicon.fast_compile(nm["rate_name_after"]),
        unqualified_names=frozenset(nm["unqualified_names"]), ordinal_words=frozenset(nm["ordinal_words"]),
        service_days=frozenset(nm["service_days"]),
        slogan_counts=lexicon.fast_compile(nm["slogan_counts"]),
        label_max=int(nm["label_max_chars"]), respectively=tuple(ch["respectively"]),
        closing_basis_words=frozenset(ch["closing_basis_words"]),
        unit_as=dict(data["unit_without_classifier"]),
        yoy_year_after=lexicon.fast_compile(ch["yoy_year_after"]),
        yoy_change_openings=tuple(ch["yoy_change_openings"]),
        frequency=lexicon.fast_compile(lexicon.alternation(nm["frequency_words"])),
        requirement=lexicon.fast_compile(lexicon.alternation(nm["requirement_words"])),
        per_unit_allocation=lexicon.fast_compile(nm["per_unit_allocation"]),
        allocated_list=lexicon.fast_compile(nm["allocated_list"]),
        frequency_units=frozenset(nm["frequency_units"]), requirement_bounds=frozenset(nm["requirement_bounds"]),
        category_bounds=frozenset(nm["category_bounds"]), vague_before=frozenset(nm["vague_before"]),
        goal=lexicon.fast_compile(lexicon.alternation(nm["goal_sentence_words"])), word_aims=frozenset(nm["word_aims"]),
        plan_before_aim=lexicon.fast_compile("(?:" + lexicon.alternation(nm["plan_before_aim"]) + r")\p{Han}{0,2}$"),
        aim_figure=lexicon.fast_compile(nm["aim_figure"]),
        target_after=lexicon.fast_compile(nm["target_after"]),
        parameter=lexicon.fast_compile("(?:" + lexicon.alternation(nm["parameter_words"]) + ")[^，,；;。]*?(?:"
                                       + lexicon.alternation(nm["parameter_set"]) + ")"),
        session_before=lexicon.fast_compile(nm["session_before"]),
        clock_units=frozenset(nm["clock_units"]), clock_before=lexicon.fast_compile(nm["clock_before"]),
        service_numbers=frozenset(nm["service_numbers"]),
    )


_LABEL = lexicon.fast_compile(r"“[^“”\n]{1,40}”|‘[^‘’\n]{1,40}’|《[^《》\n]{1,60}》|\"[^\"\n]{1,40}\"|〔[^〔〕\n]{1,20}〕")


def label_spans(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Quoted labels, titles and document numbers: a number inside names nothing counted.
    A quoted formula of counts (“1名镇干部+1名村干部+1名小组长”) is a label however long, and
    so is the bracket that spells one out (“2+1+1+1”(即2名民辅警、1名街道办工作人员…))."""
    spans = []
    for m in _LABEL.finditer(text):
        inner = m.end() - m.start() - 2
        formula = "+" in m.group()
        if m.group()[0] == "《" or inner <= max_chars or formula:
            spans.append((m.start(), m.end()))
        if formula:
            spelled = _SPELLED_OUT.match(text, m.end())
            if spelled:
                spans.append((spelled.start(), spelled.end()))
    return spans


_WORD_AFTER = lexicon.fast_compile(r"[\p{Han}\d]")  # (365天受理, 365天24小时)
_HAN_CHAR = lexicon.fast_compile(r"\p{Han}")
_LISTED_NUMBER = lexicon.fast_compile(r"\d+(?:\.\d+)?")
_ROUND = lexicon.fast_compile(r"[千万亿]|[百千万亿]{2,}")  # 千, 万, 千万: multipliers alone, no digit
_SPELLED_OUT = lexicon.fast_compile(r"[（(]即[^（）()\n]{1,80}[)）]")


@dataclass
class RawMetric:
    metric: Metric
    num_start: int
    change_start: int | None  # where the change verb begins, if any
    respectively: bool
    written_unit: str  # the unit as the text writes it (个百分点, 个工作日)
    # (where the change verb begins, how many numbers of its list precede, how many the list holds, where its bare
    # numbers begin: 分别提高|4.44、|2.75个百分点)
    listed_after: tuple[int, int, int, int] | None = None
    changed: tuple[int, int] | None = None  # what a verb cut or raised, between it and the number (减少|办理环节|74.85%)
    amount_of_change: bool = False  # the amount, in brackets, of the change before it (同比上升50%|（1μg/m3）)


def find_metrics(body: str, segs: Segments, date_spans=()) -> list[RawMetric]:
    cfg = config()
    labels = SpanIndex(label_spans(body, cfg.label_max))
    dates = SpanIndex([(d.start, d.end) for d in date_spans])
    out: list[RawMetric] = []
    for m in cfg.pattern.finditer(body):
        raw = _read(m, body, segs, cfg, labels, dates)
        if raw is not None:
            out.extend(_bare_numbers_listed_before(raw, body))
            out.append(raw)
    _spread_respectively(out, body)
    _amounts_of_changes(out, body, cfg)
    return out


def _amounts_of_changes(metrics: list[RawMetric], body: str, cfg: _Config) -> None:
    """浓度均值为3μg/m3，同比上升50%（1μg/m3）: a number alone in brackets right after a change in per cent is that
    change's amount when the level before it agrees (3 up 50% from 2: 1); not a level (同比增长6.5%（42650元）,
    同比提升2个百分点（96.5%）)."""
    for i, (prev, cur) in enumerate(zip(metrics, metrics[1:])):
        if prev.metric.change is None or cur.metric.change is not None or prev.metric.unit != "%" \
                or cur.metric.unit == "%" or body[prev.metric.end:cur.metric.start] not in ("(", "（") \
                or body[cur.metric.end:cur.metric.end + 1] not in (")", "）"):
            continue
        level = next((x.metric for x in reversed(metrics[:i]) if x.metric.unit == cur.metric.unit
                      and prev.metric.start - x.metric.end <= cfg.level_reach), None)
        if level is None or prev.metric.value >= 100 and prev.metric.change.direction == "down":
            continue
        p = prev.metric.value
        expected = level.value * p / (100 + p if prev.metric.change.direction == "up" else 100 - p)
        if abs(cur.metric.value - expected) <= cfg.amount_tolerance * expected + 0.5:
            cur.metric.change = Change(prev.metric.change.direction, prev.metric.change.basis)
            cur.amount_of_change = True


def _bare_numbers_listed_before(raw: RawMetric, body: str) -> list[RawMetric]:
    """同比分别提高4.44、2.75个百分点: the bare numbers of the list a change verb heads, each with the
    unit and the change of the last, which writes them."""
    if raw.listed_after is None or not raw.listed_after[1]:
        return []
    verb_pos, _, n, at = raw.listed_after
    out = []
    for i, nm in enumerate(_LISTED_NUMBER.finditer(body, at, raw.num_start)):
        start = verb_pos if i == 0 else nm.start()  # (the first carries the verb, as a change's text does)
        metric = replace(raw.metric, text=body[start:nm.end()], start=start, end=nm.end(), value=float(nm.group()),
                         qualifier=None)
        out.append(RawMetric(metric, nm.start(), verb_pos, raw.respectively, raw.written_unit, (verb_pos, i, n, at)))
    return out


def _number_group(m) -> tuple[str, str]:
    for name in ("num", "snum", "pnum", "rnum", "cnum", "mnum"):
        text = m.group(name)
        if text:
            return ("bare" if name == "num" and _ROUND.fullmatch(text) else name), text
    return "full", "百"


_REMARK = lexicon.fast_compile(lexicon.load("metrics")["remark"])
_LIST_ITEM_BEFORE = lexicon.fast_compile(lexicon.load("metrics")["list_item_before"])
_LIST_FIRST_COUNT = lexicon.fast_compile(lexicon.load("metrics")["list_first_count"])
_LEAD_REACH = 16  # characters before a number in which a unit's lead stands (从事人民调解工作|24年)


def _read(m, body, segs, cfg: _Config, labels, dates) -> RawMetric | None:
    group, num_text = _number_group(m)
    num_start = m.start({"full": "full", "bare": "num"}.get(group, group))
    start = m.start()
    if labels.containing(num_start, strict=True) or dates.containing(num_start):
        return None
    # a number glued to letters or other digits is an id, code or clock time
    prev = body[num_start - 1] if num_start else ""
    if prev and (prev.isascii() and (prev.isalnum() or prev in "-/._:")):
        # (but an ASCII colon after a label is the label's: 投诉类工单:1136件)
        if not (prev == ":" and num_start >= 2 and _HAN_CHAR.match(body, num_start - 2)):
            return None
    if group == "num" and num_text[:1] == "0" and len(num_text) > 1 and not num_text.startswith("0."):
        return None
    if num_text in cfg.service_numbers:
        return None  # 12348天津法网, 12345热线: a service's number names it
    head = body[max(0, start - 4):start]
    if head.endswith(cfg.before_words):
        return None
    if head.endswith(cfg.phone_before) and m.group("unit") not in cfg.call_units:
        return None  # 电话5524762: a phone number; 接听电话2331次: calls counted
    if m.group("unit") in cfg.rank_units and cfg.rank_before.search(body, max(0, start - 3), start):
        return None  # 在全省测评中列23位: a place in a ranking
    if cfg.session_before.search(body, max(0, start - 6), start):
        return None  # 七届八次、九次全会: a session's ordinal
    if m.group("unit") in cfg.clock_units and (cfg.clock_before.search(body, max(0, start - 4), start)
                                              or postag.cut(body[m.start("unit"):m.start("unit") + 4])[0][0] != m.group("unit")):
        return None  # 9时30分, 10点15分: a clock's minutes; 1366×768分辨率: the start of a word; no score
    value = parse_number(num_text) if group != "bare" else 1.0
    if value is None:
        return None
    chinese = is_chinese(num_text)
    unit = None
    kind = None
    if group == "num":
        unit = m.group("unit")
        kind = cfg.unit_kind.get(unit)
        if body.startswith(cfg.after_number, m.end("num")):
            return None
        if chinese and body[num_start - 1:num_start] in cfg.vague_before:
            return None  # 数百件, 几十人: a vague quantity
        if chinese:
            # 三次, 一万宗, 十余个: a Chinese numeral counts with a counting unit, or when 余/多
            # says it is a rounded count; elsewhere it names things (一案一专班, 三级, 五大)
            rounded = bool(m.group("q1") or m.group("q2"))
            took = kind == "duration" and cfg.chinese_duration_lead.search(body, max(0, num_start - 8), num_start) is not None \
                and not cfg.chinese_duration_goes_on.match(body, m.end("unit"))  # (经过两个小时的调解: how long it took)
            if not took and (value == 1 or (unit not in cfg.chinese_units and not (rounded and kind == "count")
                              and not (kind == "count" and cfg.chinese_count_numeral.fullmatch(num_text)
                                       and not (num_start and body[num_start - 1] in cfg.chinese_count_not_after)
                                       and cfg.chinese_count_head.match(body, m.end("unit"))))):
                return None
            if num_text[-1] in "万亿千百" and m.group("mult"):
                return None
        if m.group("mult"):
            value *= cfg.multipliers[m.group("mult")]
        if kind == "duration" and cfg.rate_name_after.match(body, m.end("unit")):
            return None  # 城区出警8分钟到达率83.68%: the span names the rate
        lead = cfg.unit_leads.get(unit)
        if lead is not None and not lead.search(body, max(segs.clause_start(start), start - _LEAD_REACH), start) \
                and not (unit in cfg.unit_tails and cfg.unit_tails[unit].match(body, m.end("unit"))):
            return None  # 三年行动, 2023年: 年 counts only after a lead of duration (从事…工作24年) or before
            # what it measured (23年调解经验, 4年未解决的纠纷)
        named_by = cfg.naming_units.get(m.group("unit"))
        if named_by and body[max(0, num_start - 3):num_start].endswith(named_by):
            return None  # 大埠头村5组: the village's group, named by its number
        follower = cfg.unit_needs_after.get(unit)
        if follower is not None and not follower.match(body, m.end("unit")):
            return None  # 110对接, 10mmol/L: the unit's character opens another word
        if body.startswith(cfg.unit_words, m.start("unit")) \
                or num_text in cfg.dispatch_numbers and body.startswith(cfg.dispatch_words, m.start("unit")):
            return None  # 7部门共建, 如图1所示: a word that opens with the unit's character; 110处警: the line's dispatch
        if body.startswith(cfg.after_words, m.end("unit")):
            return None
        if cfg.composition_numbers.fullmatch(num_text) and (cfg.composition_after.match(body, m.end("unit"))
                                                           or cfg.composition_before.search(body, max(0, start - 16), start)):
            return None  # 1名民警+2名辅警+N名乡贤: the parts of a mechanism
        if unit in cfg.reach_units and cfg.reach_after.match(body, m.end("unit")):
            return None  # 15分钟政务服务圈: a service's reach, named
        with_unit = body[num_start:m.end("unit")]
        if with_unit in cfg.unqualified_names and not (m.group("qb") or m.group("q1") or m.group("q2")):
            return None  # 24小时在线, 两家发生纠纷: a service's hours, the parties
        if with_unit in cfg.service_days and _WORD_AFTER.match(body, m.end("unit")):
            return None  # 365天受理, 365天不打烊: a service's days (安全运行365天。: a result)
        if with_unit in cfg.ordinal_words and _HAN_CHAR.match(body, m.end("unit")):
            return None  # 二次伤害, 人大二次会议: a second, not two (专项督查二次。: twice)
        if cfg.slogan_counts.match(body, num_start) and not (m.group("qb") or m.group("q1") or m.group("q2")):
            return None  # 进千家门解百家困: a figure of speech
    elif group == "snum":
        unit, kind = m.group("sunit"), "duration"
        if chinese and value == 1:
            return None
    elif group in ("pnum", "full"):
        unit, kind = "%", "percent"
        if group == "full":
            value = 100.0
    elif group == "rnum":
        unit, kind = ":1", "other"
        if body[max(0, num_start - 3):num_start].strip()[-1:].isdigit():
            return None
    elif group == "cnum":
        unit, kind = "%", "percent"
        value *= 10
    elif group == "mnum":  # 经济损失2.14万, 收案标的金额111.85亿: a sum of money whose 元 the text leaves out
        if not cfg.money_before.search(body, segs.clause_start(start), start):
            return None
        unit, kind = "元", "money"
        value *= cfg.multipliers[m.group("mmult")]
    elif group == "bare":  # 超万件, 近千名, 千余件: a round count named by its multipliers, only with a qualifier
        if not (m.group("qb") or m.group("q1") or m.group("q2")) or m.group("mult"):
            return None
        unit = m.group("unit")
        kind = cfg.unit_kind.get(unit)
        value = math.prod(cfg.multipliers[ch] for ch in num_text)
    clause_start = segs.clause_start(start)
    if (_targets(cfg.target, body, clause_start, start) and not (unit == "元" and cfg.claim.search(body, clause_start, start))
            and not cfg.achieved.search(body, clause_start, start)) \
            or _governed_by_a_goal(body, segs, cfg, clause_start, start):
        return None  # a target in its clause; 力争2025年…保持100%，…达到98%以上: what follows a goal verb is a goal
    if cfg.target_after.match(body, m.end()):
        return None  # 适用率为95.8%，达到90%的目标要求: the number the target names
    frequency = cfg.frequency.search(body, clause_start, start)
    if frequency and (unit in cfg.frequency_units or cfg.requirement.search(body, frequency.end(), num_start)):
        return None  # 每季度召开1次, 每月至少到村服务1次: a rule's frequency
    allocation = cfg.per_unit_allocation.search(body, clause_start, start)
    if allocation and cfg.allocated_list.fullmatch(body, allocation.end(), num_start) \
            and (kind != "count" or value <= cfg.allocation_most or not body.startswith("了", allocation.end())):
        return None  # 每个网格设立1名支部书记、2名…: what each unit is given (not 在每个村设立服务室236个, 共计168个: totals;
        # nor 为每个村（社区）配备了126名法律顾问: more than one unit is given)
    if m.group("qb") in cfg.requirement_bounds:
        return None  # 分值占比不低于10%: a requirement
    if m.group("qa") in cfg.category_bounds and kind != "percent" and _HAN_CHAR.match(body, m.end()):
        return None  # 十人以上的农民工维权案件: a category's bound
    if cfg.parameter.search(body, clause_start, start):
        return None  # 分值权重由3%提高到5%: a rule's parameter

    qualifier = None
    if m.group("qb"):
        qualifier = cfg.qualifier_of.get(m.group("qb"))
    for g in ("q1", "q2", "qa") if group in ("num", "bare") else ("mq1", "mq2", "qa") if group == "mnum" else ("qa",):
        if qualifier is None and m.group(g):
            qualifier = cfg.qualifier_of.get(m.group(g))
    if qualifier is None and group == "num" and "多" in (unit or ""):
        qualifier = cfg.qualifier_of.get("多")  # 3个多小时: 多 inside the unit
    # change: a change verb right before the number (降至 states a level, not a change)
    change = None
    change_start = None
    listed_after = None
    changed = None
    prefix = body[clause_start:start]
    near = max(clause_start, start - 16)  # a change verb and its 了/分别/达到 sit right before the number
    cm = cfg.change_before.search(body[near:start])
    respectively = any(w in prefix for w in cfg.respectively)
    text_start = start
    if cm:
        verb = cm.group("verb")
        sentence = segs.sentence_at(start)
        verb_pos = near + cm.start("verb")
        basis, basis_pos = _basis(body, sentence.start, verb_pos, cfg)
        if (len(verb) > 1 or basis) and not (len(verb) == 1 and cm.group()[len(verb):].startswith(cfg.emphasis_after)):  # (高达94.2%: as high as)
            direction = cfg.direction_of[verb]
            if verb.startswith(cfg.yoy_change_openings):
                basis = "yoy"  # (the word says its basis: a 比 before it in the sentence is another number's)
            change = Change(direction, basis)
            change_start = verb_pos
            if cm.group("listed"):  # 分别提升1.83和|1.86个百分点: a later number of the list the verb heads
                basis_pos = None
                k = len(_LISTED_NUMBER.findall(cm.group("listed")))
                listed_after = (verb_pos, k, k + 1, near + cm.start("listed"))
            else:
                text_start = verb_pos
            if basis_pos is not None and clause_start <= basis_pos and verb_pos - basis_pos <= 10:
                text_start = basis_pos  # (同比下降: the basis is part of the change's text, in its clause)
    elif unit in ("%", "％"):
        om = cfg.object_change.search(body, near, start)  # (减少办理环节74.85%: a cut in what the verb names)
        if om is not None and not cfg.change_before.search(om.group("object")):
            change = Change(cfg.direction_of[om.group("verb")], None)
            change_start = text_start = om.start()
            changed = om.span("object")
    metric = Metric(text=body[text_start:m.end()], start=text_start, end=m.end(), value=float(value),
                    unit=cfg.unit_as.get(unit, unit), kind=kind or "other", change=change, qualifier=qualifier)
    return RawMetric(metric, num_start, change_start, respectively, unit, listed_after, changed)


def _targets(pattern, body: str, clause_start: int, start: int) -> bool:
    """Whether a target word (`pattern`) stands as a word in the number's clause: in a list of counts, in the
    number's own item or in the list's lead up to its first count (组织机构3条、规划计划2条、人事信息1条: each item
    its own; 2024年计划新建调解室10个、培训调解员200人: the lead's plan throughout)."""
    if not pattern.search(body, clause_start, start):
        return False  # (no such word in the clause: no list to read)
    item = _LIST_ITEM_BEFORE.search(body, clause_start, start)
    if item is None:
        return _as_word(pattern, body, clause_start, start)
    lead_end = _LIST_FIRST_COUNT.search(body, clause_start, start).start()
    return _as_word(pattern, body, item.end(), start) or _as_word(pattern, body, clause_start, lead_end)


def _governed_by_a_goal(body: str, segs: Segments, cfg: _Config, clause_start: int, start: int) -> bool:
    """Whether a goal verb earlier in the number's sentence makes it a goal: in its own clause, or in an earlier one
    that sets a figure (力争2025年…保持100%，…达到98%); not one whose aim is in words alone (努力实现群众胜诉权益，
    2021年案件总量达3597件: what was done after it; data: word_aims)."""
    sentence = segs.sentence_at(start).start
    if not _as_word(cfg.goal, body, sentence, start):
        return False
    if _as_word(cfg.goal, body, clause_start, start):
        return True
    goals = list(cfg.goal.finditer(body, sentence, clause_start))
    if not goals or any(g.group() not in cfg.word_aims for g in goals):
        return True  # (下一步…努力实现…，全年…达到98%: a plan's, whatever aim follows)
    aim = goals[-1]
    if cfg.plan_before_aim.search(body, max(sentence, aim.start() - 4), aim.start()):
        return True  # (今后…将努力实现“零上访”，全年…达到98%: what is to be)
    own_end = min(segs.clause_end(aim.end()), clause_start)  # (the aim's own clause: its figures set goals)
    return cfg.aim_figure.search(body, aim.end(), own_end) is not None


def _as_word(pattern, body: str, lo: int, hi: int) -> bool:
    """Whether `pattern` finds words of their own between lo and hi, outside brackets: 规划 inside
    城乡规划 (a category of complaints) or 计划 inside 计划生育 makes no target, nor 规划 in a remark
    that lists what a category holds (城建(包括…规划、不动产登记等))."""
    found = list(pattern.finditer(body, lo, hi))
    if found and ("(" in body[lo:hi] or "（" in body[lo:hi]):
        remarks = [(m.start(), m.end()) for m in _REMARK.finditer(body, lo, hi)]
        found = [m for m in found if not any(a < m.start() < b for a, b in remarks)]
    if not found:
        return False
    bounds, pos = {lo}, lo
    for word, _ in postag.cut(body[lo:hi]):
        pos += len(word)
        bounds.add(pos)
    return any(m.start() in bounds and m.end() in bounds for m in found)


def _basis(body: str, floor: int, pos: int, cfg: _Config) -> tuple[str | None, int | None]:
    """The comparison basis of a change: of the basis words between `floor` and `pos`,
    the one that ends last (同比上一年度 -> yoy); its span widened over words overlapping it."""
    window = body[floor:pos]
    found = []
    for m in cfg.basis_pattern.finditer(window, overlapped=True):
        word, i = m.group(), m.start()
        if word in ("较", "比") and (i + 1 >= len(window) or window[i + 1] in "高低大小好多少强弱快慢为例重"):
            continue
        if word in cfg.closing_basis_words and not window[i + len(word):].strip(" ，,"):
            continue  # 与2019年同期相比|下降0.81%: the close of 与…相比, opening nothing
        basis = cfg.basis_of[word]
        if basis == "vs_previous" and cfg.yoy_year_after.match(window, i + len(word)):
            basis = "yoy"  # (比2022年, 相较于2022年: that year)
        found.append((i, i + len(word), basis))
    if not found:
        return None, None
    end = max(f[1] for f in found)
    best = max((f for f in found if f[1] == end), key=lambda f: f[1] - f[0])
    start = best[0]
    for i, j, _ in sorted(found, reverse=True):
        if i < start < j:
            start = i
    return best[2], floor + start


def _spread_respectively(metrics: list[RawMetric], body: str):
    """同比分别增长18.28%、9.9%: the numbers listed after the first share its change; in
    分别提高1.4个、2.2个百分点 a number whose unit is cut short (个 of 个百分点) shares the unit
    written in full after the last."""
    for prev, cur in reversed(list(zip(metrics, metrics[1:]))):
        gap = body[prev.metric.end:cur.metric.start]
        short, full = prev.written_unit, cur.written_unit
        if cur.respectively and gap in ("、", "和", "及") and short != full and full.startswith(short):
            prev.written_unit = full
            prev.metric.unit, prev.metric.kind = cur.metric.unit, cur.metric.kind
    for prev, cur in zip(metrics, metrics[1:]):
        gap = body[prev.metric.end:cur.metric.start]
        # 同比上升7.25%和17.41%: numbers of one unit joined to a change share it, as with 分别
        gap = gap.strip() or (" " if gap else "")  # (同比分别上升 21.2 %和 14.3 %, 分别上升 29% 21%: spaces around the joint)
        joined = gap in ("、", "和", "及", "与") and prev.metric.unit == cur.metric.unit
        run_together = not gap and prev.metric.unit == cur.metric.unit == "%"  # (分别下降27.7%31.7%: a dump lost the 、)
        if prev.metric.change and cur.metric.change is None and (
                (prev.respectively and (gap in ("、", "和", "及", "，", ",", " ") or run_together)) or joined):
            cur.metric.change = Change(prev.metric.change.direction, prev.metric.change.basis)
            cur.respectively = prev.respectively = True

