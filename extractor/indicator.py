"""The indicator of a metric: the noun phrase that says what the number measures.

Chinese releases put it in one of three places, and part-of-speech tags (jieba) tell
which: before the number as a subject or object (发案量同比下降39.5%, 开展专题业务培训4次),
after a classifier as its head (1个重点整改领域, 32件未结案) when what precedes is only
verbs and adverbs (研究确定, 细致梳理) or an example list (法院、检察院等10余个职能部门),
or, for a change with nothing of its own before it (同比增长23118件), the indicator of the
number it compares. `assign` decides, for a whole sentence, what only the sentence tells:
shares (占…的35.6%), comparisons, 分别 lists and award lists.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from . import lexicon, postag
from .numbers import quantity, quantity_bound
from .segments import Segments

_HAN = lexicon.fast_compile(r"\p{Han}")
_DIGIT = lexicon.fast_compile(r"\d")
_PAREN_ONLY = lexicon.fast_compile(r"[（(].*[)）]")


@dataclass(frozen=True)
class _Cfg:
    nouns: frozenset
    multiple_of: regex.Pattern
    modifying_adverbs: frozenset
    head_predicate_openers: frozenset
    list_subject_tail: regex.Pattern
    verbs: frozenset
    adverbs: frozenset
    retag: dict
    verb_modifiers: frozenset
    coverage_words: tuple
    coverage: regex.Pattern
    lead: regex.Pattern
    markers: regex.Pattern
    tail: regex.Pattern
    tail_words: tuple
    tail_words_whole: tuple
    tail_words_whole_not_after: str
    basis_tail_words: tuple
    basis_tail: regex.Pattern
    pivot: regex.Pattern
    keep_verbs: frozenset
    object_prepositions: tuple
    bound_seconds: frozenset
    predicate_after: frozenset
    predicate_after_tags: frozenset
    pivot_after: frozenset
    actor_then_partner: regex.Pattern
    partner_prepositions: frozenset
    cut_verbs: frozenset
    light_verbs: regex.Pattern
    channel_lead: regex.Pattern
    channel_verb: regex.Pattern
    channel_break: regex.Pattern
    channel_reach: int
    channel_endings: tuple
    channel_max: int
    channel_owner_end: regex.Pattern
    object_light_verbs: frozenset
    object_light_verb: regex.Pattern
    not_object_openers: tuple
    object_after: tuple
    prepositions: tuple
    place_prepositions: tuple
    complement_verbs: frozenset
    max_chars: int
    share: regex.Pattern
    award: regex.Pattern
    joiners: frozenset
    basis_openers: tuple
    basis_only: regex.Pattern
    period_breakdown: regex.Pattern
    list_openers: tuple
    list_end: regex.Pattern  # 等 closing a list of examples, not inside a word (等级)
    scope_words: tuple
    local_place: object
    remark_tail: regex.Pattern
    explanation_tail: regex.Pattern
    frame_heads: tuple
    never_heads: frozenset
    measure_endings: tuple
    org_endings: tuple
    actor_endings: tuple
    locatives: frozenset
    trend_words: frozenset
    no_subject: regex.Pattern
    category_suffixes: frozenset
    units_naming_what: frozenset
    compounding_verbs: frozenset
    unit_heads: tuple
    unit_members: tuple


@lru_cache(maxsize=1)
def _cfg() -> _Cfg:
    d = lexicon.load("indicator")
    return _Cfg(
        modifying_adverbs=frozenset(d["modifying_adverbs"]), head_predicate_openers=frozenset(d["head_predicate_openers"]),
        list_subject_tail=lexicon.fast_compile("(?:" + lexicon.alternation(d["list_subject_tails"]) + ")+$"),
        multiple_of=lexicon.fast_compile(d["multiple_of"]),
        nouns=frozenset(d["noun_tags"]), verbs=frozenset(d["verb_tags"]), adverbs=frozenset(d["adverb_tags"]), retag=dict(d["retag"]),
        verb_modifiers=frozenset(d["verb_modifiers"]),
        coverage_words=tuple(sorted(d["coverage_words"], key=len, reverse=True)),
        coverage=lexicon.fast_compile(r"^(?:" + lexicon.alternation(d["coverage_words"]) + ")"),
        lead=lexicon.fast_compile(r"^(?:" + "|".join([lexicon.alternation(d["lead_words"])] + d["lead_patterns"]) + r")+"),
        markers=lexicon.fast_compile(d["lead_markers"]),
        tail=lexicon.fast_compile(r"(?:" + lexicon.alternation(d["tail_words"]) + r")+$"),
        tail_words=tuple(d["tail_words"]), tail_words_whole=tuple(d["tail_words_whole"]), tail_words_whole_not_after=d["tail_words_whole_not_after"],
        basis_tail_words=tuple(d["basis_tail_words"]),
        basis_tail=lexicon.fast_compile(r"(?:" + lexicon.alternation(d["basis_tail_words"]) + r")$"),
        pivot=lexicon.fast_compile(f"(?:{d['pivot_not_a_word']})(*SKIP)(*FAIL)|{lexicon.alternation(d['pivot_words'])}"),
        keep_verbs=frozenset(d["keep_verbs"]), object_prepositions=tuple(d["object_prepositions"]), bound_seconds=frozenset(d["bound_seconds"]), predicate_after=frozenset(d["predicate_after"]),
        predicate_after_tags=frozenset(d["predicate_after_tags"]), pivot_after=frozenset(d["pivot_after"]), cut_verbs=frozenset(d["cut_verbs"]),
        light_verbs=lexicon.fast_compile(r"^(?:" + lexicon.alternation(d["light_verbs"]) + r")(?:了|出)?"),
        channel_lead=lexicon.fast_compile(d["channel_lead"]),
        channel_verb=lexicon.fast_compile(f"(?:{lexicon.alternation(d['channel_adverbs'])})*(?:{lexicon.alternation(d['channel_verbs'])})"),
        channel_break=lexicon.fast_compile(d["channel_break"]), channel_reach=d["channel_reach"],
        channel_endings=tuple(d["channel_endings"]),
        channel_max=d["channel_max"], channel_owner_end=lexicon.fast_compile(d["channel_owner_end"]),
        object_light_verbs=frozenset(d["object_light_verbs"]),
        object_light_verb=lexicon.fast_compile(lexicon.alternation(d["object_light_verbs"])), not_object_openers=tuple(d["not_object_openers"]), object_after=tuple(d["object_after"]),
        prepositions=tuple(d["prepositions"]), place_prepositions=tuple(d["place_prepositions"]), max_chars=int(d["max_chars"]),
        complement_verbs=frozenset(d["complement_verbs"]),
        share=lexicon.fast_compile(d["share"]),
        award=lexicon.fast_compile(rf"(?P<head>[^、，,。；;：:！!？?\n]*?)(?P<award>(?:{lexicon.alternation(d['award_verbs'])})"
                                   rf"[^、，,。；;：:！!？?\n]*)"),
        joiners=frozenset(d["list_joiners"]), basis_openers=tuple(d["basis_openers"]), basis_only=lexicon.fast_compile(d["basis_only"]),
        period_breakdown=lexicon.fast_compile(d["period_breakdown"]),
        list_openers=tuple(d["list_openers"]), list_end=lexicon.fast_compile(d["list_end"]),
        scope_words=tuple(d["scope_words"]), local_place=lexicon.fast_compile(d["local_place"]),
        remark_tail=lexicon.fast_compile(r"\s*[（(](?:" + lexicon.alternation(d["remark_words"]) + r")[^（）()]{1,30}[)）]$"),
        explanation_tail=lexicon.fast_compile(d["explanation_tail"]),
        frame_heads=tuple(d["frame_heads"]), never_heads=frozenset(d["never_heads"]),
        measure_endings=tuple(d["measure_endings"]),
        org_endings=tuple(d["org_endings"]), actor_endings=tuple(d["org_endings"] + d["actor_endings"]),
        actor_then_partner=lexicon.fast_compile(  # (…事务局通过…: an actor's ending, then a partner's preposition)
            f"(?:{lexicon.alternation(d['org_endings'] + d['actor_endings'])})(?:{lexicon.alternation(d['partner_prepositions'])})"),
        partner_prepositions=frozenset(d["partner_prepositions"]),
        locatives=frozenset(d["locatives"]), trend_words=frozenset(d["trend_words"]),
        no_subject=_no_subject_pattern(d), category_suffixes=frozenset(d["category_suffixes"]),
        units_naming_what=frozenset(d["units_naming_what"]),
        compounding_verbs=frozenset(d["compounding_verbs"]), unit_heads=tuple(d["unit_heads"]),
        unit_members=tuple(d["unit_heads"] + d["unit_members"] + d["actor_endings"]),
    )


def _no_subject_pattern(d: dict) -> regex.Pattern:
    """A clause made of a change word alone (共压缩, 压缩到): metrics.toml's change words."""
    change = lexicon.load("metrics")["change"]
    return lexicon.fast_compile(rf"\s*(?:{lexicon.alternation(d['continuing_adverbs'])})?"
                                rf"(?:{lexicon.alternation(change['up'] + change['down'])})了?"
                                rf"(?:{lexicon.alternation(change['level_after'])})?\s*")


@lru_cache(maxsize=8192)
def tags(text: str) -> tuple[tuple[str, str], ...]:
    c = _cfg()
    out, previous = [], ""
    for w, f in postag.cut(text):
        f = c.retag.get(w, f)
        if previous in c.verb_modifiers and f in c.verbs and out:
            f = "vn"  # 新|提任|领导干部: the verb says which
        out.append((w, f))
        previous = w
    return tuple(out)


def _strip_dates(text: str, start: int, date_spans) -> str:
    """Drop time expressions inside text (which starts at body offset `start`);
    `date_spans` is a SpanIndex of DateSpans."""
    end = start + len(text)
    inside = date_spans.overlapping(start, end)
    if not inside:
        return text
    chars = list(text)
    for d in inside:
        for i in range(max(d.start, start), min(d.end, end)):
            chars[i - start] = "\x00"
    return "".join(chars).replace("\x00", "")


@lru_cache(maxsize=8192)
def clean(text: str) -> str:
    c = _cfg()
    text = text.strip(" ,，、;；:：+＋")  # (综治中心+矿区合议庭+|12个: the joiner of a list of parts)
    if text[-1:] in ")）":
        text = c.remark_tail.sub("", text)  # 受理执行案件(不包含执恢和执保案件): the remark is no part of it
        text = c.explanation_tail.sub("", text) or text  # 价格投诉(未明码标价、乱收费等): its examples neither
    marker = c.markers.match(text)
    if marker:
        text = text[marker.end():]
    for _ in range(3):
        before = text
        if c.lead.match(text):  # (the two strips' own first tests, here to save calls)
            text = _strip_lead(text)
        text = text.strip(" ,，、")
        if text.endswith(c.tail_words):
            text = _strip_tail(text)
        text = text.strip(" ,，、")
        if text == before:
            break
    if text.endswith(c.basis_tail_words):
        m = c.basis_tail.search(text)
        if m and not postag.inside_word(text, m.start()):
            text = clean(text[:m.start()]) or text  # (纠错率较 -> 纠错率; 相比 alone stays: an earlier figure's mark)
    return text


def _strip_lead(text: str) -> str:
    """Drop the lead words (其中, 共, 及 …) that open `text`, at a word boundary only: 及 goes,
    the 及 of 及时受理率 stays."""
    m = _cfg().lead.match(text)
    if not m:
        return text
    if not postag.inside_word(text, m.end()):
        return text[m.end():]
    pos, cut = 0, 0
    for word, _ in tags(text):
        pos += len(word)
        if pos > m.end():
            break
        if _cfg().lead.fullmatch(text, 0, pos):
            cut = pos
    return text[cut:]


def _strip_tail(text: str) -> str:
    """Drop the tail words (达, 均, 为 …) that end `text`, at a word boundary only: 均达 goes,
    the 均 of 平均 or 人均 stays."""
    if not text.endswith(_cfg().tail_words):
        return text
    m = _cfg().tail.search(text)
    if not m:
        return text
    if not postag.inside_word(text, m.start()) or (text.startswith(_cfg().tail_words_whole, m.start())
                                                   and text[m.start() - 1:m.start()] not in _cfg().tail_words_whole_not_after):
        return text[:m.start()]
    pos = 0
    for word, _ in tags(text):
        if pos >= m.start() and _cfg().tail.fullmatch(text, pos):
            return text[:pos]
        pos += len(word)
    return text


@lru_cache(maxsize=16384)
def opens_with_verb(text: str, verbal_noun: bool = False) -> bool:
    """Whether `text` opens with a verb (with `verbal_noun`, a verbal noun too: 营造, 创新)."""
    t = tags(text)
    return bool(t) and (is_verb(*t[0]) or (verbal_noun and t[0][1] == "vn"))


def is_verb(word: str, flag: str) -> bool:
    """A verb tag, or a set phrase (tag l, 全面完成) that ends in a verb (a fact about the
    word, so cached for the process)."""
    verbs = _cfg().verbs
    if flag in verbs:
        return True
    if flag == "l" and len(word) >= 3:
        inner = postag.cut(word[-2:])
        return len(inner) == 1 and inner[0][1] in verbs
    return False


def _clean_after(text: str) -> str:
    """A phrase after the number keeps its adverbs (32件未结案, 4件已得到实质性化解)."""
    return _strip_tail(text.strip(" ,，、;；:：")).strip(" ,，、")  # (at a word's boundary: 参与 keeps its 与)


def has_noun(text: str) -> bool:
    return any(is_noun(w, flag) for w, flag in tags(text))


def is_noun(word: str, flag: str) -> bool:
    """A word of Han characters tagged a noun (and not a verb)."""
    return flag in _cfg().nouns and not is_verb(word, flag) and bool(_HAN.search(word))


def opens_predicate(word: str, flag: str) -> bool:
    """An adverb, which after a head noun opens the clause's predicate (339名教师|均已顺利入职),
    unless it modifies a word inside the phrase (随机抽查: data modifying_adverbs)."""
    c = _cfg()
    return flag in c.adverbs and bool(_HAN.search(word)) and word not in c.modifying_adverbs


def ends_with_verb(text: str) -> bool:
    t = tags(text)
    return bool(t) and is_verb(*t[-1]) and t[-1][0] not in _cfg().keep_verbs


def verb_count(text: str) -> int:
    return sum(1 for w, f in tags(text) if is_verb(w, f))


def _drop_partner(text: str) -> str:
    """向市司法局、区委及区委政法委请示报告重大事项 -> 请示报告重大事项: a phrase opened by a
    preposition (or a passive's 被) names a partner, up to the first verb or the last
    organisation; a phrase with neither (依托全市) leaves nothing."""
    text = _after_passive_subject(text)
    if not text.startswith(_cfg().prepositions):
        return text
    t = tags(text)
    if not t or t[0][0] not in _cfg().prepositions:
        return text
    pos, org_end = 0, None
    for i, (word, flag) in enumerate(t):
        if i > 0 and (is_verb(word, flag) or flag in _cfg().adverbs):
            if t[0][0] in _cfg().object_prepositions and i == len(t) - 1 and i > 1 and is_verb(word, flag):
                return text[len(t[0][0]):]  # 对金属非金属矿山行业处罚(409次): a bare verb acts on the phrase's object
            return text[pos:]  # the action begins (在区政府门户网站|主动公开政府信息)
        pos += len(word)
        if i > 0 and word.endswith(_cfg().org_endings):
            org_end = pos
    if org_end is not None and org_end < len(text):
        return text[org_end:]
    if t[0][0] == "被":
        return text  # 被拖欠工资: a passive without its agent is the thing itself
    if len(t) >= 3 and t[-1][1] in _cfg().nouns and t[-1][0] not in _cfg().locatives and not _only_places(text[len(t[0][0]):]):
        return text  # 对政法机关满意度指数, 为企业挽回损失: the whole phrase names what is measured
    return ""  # 依托全市, 为全市: a partner or a place and no action, nothing measured


def _after_actor_and_partner(text: str) -> str:
    """铁东区退役军人事务局通过区政府网站|主动公开政府信息, 护航服务队为群众|提供法律咨询: who acted,
    then a phrase a preposition opens naming a partner or a channel in nouns alone, then the
    action: what is counted is the action. Not after 对 (what is acted on stays: 对群众反映的问题
    办结率), 被 (who was acted on), nor where a verb or verbal noun stands inside the partner's
    phrase (通过网上立案|受理的案件, 向各承办单位|转办工单: where the name ends is not known)."""
    c = _cfg()
    if not c.actor_then_partner.search(text):
        return text
    t = tags(text)
    pos = 0
    for i, (word, flag) in enumerate(t):
        if i > 0 and word in c.prepositions and flag == "p":
            if word not in c.partner_prepositions or not text[:pos].endswith(c.actor_endings):
                # (a place phrase may hold verbs, 在…信息公开系统上: _after_place reads it to its localizer;
                # and only who acted stands before it: 群众对…的满意度 has no actor)
                return text
            k = i + 1
            while k < len(t) and (t[k][1] in _PARTNER_TAGS or t[k][0] in _PLACE_PRONOUNS) and not is_verb(*t[k]):
                k += 1  # (the partner's phrase: nouns only, 我省 and 我市 among them)
            head = k + 1 if k + 1 < len(t) and t[k][1] in _ACTION_ADVERBS else k  # (主动|公开)
            if k == i + 1 or head >= len(t) - 1 or len(t[head][0]) < 2 \
                    or not (is_verb(*t[head]) or head > k and t[head][1] in _ACTION_ADVERBS) \
                    or t[head + 1][0].endswith(c.channel_endings + _MEANS_HEADS):
                return text  # (the action opens on a verb of two characters or more, with what it acts on after it,
                # not one a means' name runs on past: 通过司法|确认|程序)
            return text[sum(len(w) for w, _ in t[:k]):]
        if flag == "p":
            return text  # (以区政府为被申请人的复议案件: the first preposition opens the phrase)
        pos += len(word)
    return text


_PLACE_PRONOUNS = frozenset(lexicon.load("indicator")["place_pronouns"])  # (向我省|交办信访件)
_ACTION_ADVERBS = frozenset(lexicon.load("indicator")["action_adverb_tags"])  # (主动|公开政府信息: tagged b, ad)
_MEANS_HEADS = tuple(lexicon.load("indicator")["means_heads"])
_PARTNER_TAGS = frozenset(lexicon.load("indicator")["partner_tags"])  # (nouns, not 在线 or 网上: 通过在线调解平台)


def _after_passive_subject(text: str) -> str:
    """某食品公司被市场监督管理部门处以罚款 -> 被市场监督管理部门处以罚款: a passive 被 between
    its subject and its agent (both nouns) starts the phrase; 被诉, 被申请人 and 复议后的被起诉率
    are words, not passives."""
    if "被" not in text[1:-1]:
        return text
    t = tags(text)
    nouns = _cfg().nouns
    pos = 0
    for k, (word, flag) in enumerate(t):
        if word == "被" and flag == "p" and 0 < k < len(t) - 1 and t[k - 1][1] in nouns \
                and t[k + 1][1] in nouns and not is_verb(*t[k + 1]):
            return text[pos:]
        pos += len(word)
    return text


def _place_prepositions(text: str):
    """Each place preposition (在, 于: data place_prepositions) after the first word of `text`:
    (its words and tags, the preposition's index among them, where it ends in `text`)."""
    prepositions = _cfg().place_prepositions
    if not any(p in text[1:] for p in prepositions):
        return
    t = tags(text)
    pos = 0
    for i, (word, flag) in enumerate(t):
        pos += len(word)
        if i > 0 and word in prepositions:
            yield t, i, pos


def _after_complement(text: str) -> str:
    """投诉主要集中在交通运输类 -> 交通运输类: after a verb of where things fall (data:
    complement_verbs) and its 在/于, the category counted."""
    for t, i, pos in _place_prepositions(text):
        if t[i - 1][0] in _cfg().complement_verbs and has_noun(text[pos:]):
            return text[pos:]
    return text


def _actor_and_place(text: str) -> bool:
    """静海区法院在全区: an actor and a preposition phrase with no verb after it (the
    measured thing follows the number)."""
    for t, i, _ in _place_prepositions(text):
        if is_verb(*t[i - 1]):
            return False  # 投诉集中在交通运输类511件: a verb's complement (_after_complement)
        return not any(is_verb(w, f) for w, f in t[i + 1:])
    return False


def _after_place(text: str) -> str:
    """东湖街道办事处在越城区政府信息公开系统上|主动公开政府信息: after a place phrase closed by
    its localizer (上, 中, 内), what was done there, without who did it and where."""
    for t, i, at in _place_prepositions(text):
        if is_verb(*t[i - 1]):
            continue
        for w, f in t[i + 1:]:
            at += len(w)
            if f == "f":
                rest = text[at:]  # (…在C类及以下的|责任单位: the place phrase says which, it stays)
                return rest if len(rest) >= 2 and has_noun(rest) and not rest.startswith("的") else text
        return text
    return text


def _head_after(text: str, before_number: bool = False) -> str:
    """The noun phrase that opens `text`, cut at the first verb or preposition after a noun
    (败诉率、纠错率较高的街道作为重点地区 -> 败诉率、纠错率较高的街道). `before_number`: the
    clause goes on to another number, whose object the verb names (13个乡镇|划分网格1695个)."""
    c = _cfg()
    t = tags(text)
    out, seen_noun, depth, quoted = [], False, 0, False
    unit_at = -1  # where a verb ran into a unit's name (村级人民调解|委员会): the phrase ends with that name
    for i, (word, flag) in enumerate(t):
        if unit_at >= 0 and i > unit_at and depth <= 0 and not word.endswith(c.unit_members):
            break  # 28个村级人民调解委员会|开展规范化建设, …调解员|活跃在基层 (…领导小组|成员单位 goes on)
        depth += word.count("(") + word.count("（") - word.count(")") - word.count("）")
        if word == "“" and not seen_noun and not out and "”" in text:
            quoted = True
        if quoted:  # 21起“民转治”和…: a quoted name is one word, whatever its characters' tags
            out.append(word)
            if word == "”":
                quoted, seen_noun = False, True
            continue
        if seen_noun and depth <= 0 and _DIGIT.match(word) and (q := quantity().match(text, sum(map(len, out)))) \
                and (out[-1] in c.joiners or not quantity_bound().match(text, q.end())):  # (行政村和100户以上自然村: the
            # next item, however bounded; 网格员200名以上的…服务站: a bound in the phrase)
            while out and out[-1] in c.joiners:
                out.pop()  # (312个|行政村和53.6万群众, 2座|新型无人机机库、配备4架…: another quantity's thing follows;
            break  # not 地市的“12348”热线)
        if seen_noun and word not in c.keep_verbs and depth <= 0 and not (len(out) == 1 and len(out[0]) == 1 and word in c.bound_seconds):
            # (not inside brackets: 乡镇(办); 国控, 市转: a word the tagger split)
            if flag == "p" or word in c.cut_verbs:
                break
            if opens_predicate(word, flag) or word in c.head_predicate_openers:
                break  # 339名教师|均已顺利入职, 106项整改措施|全部落实
            # a verb followed only by nouns is inside the phrase (法治为民办实事项目); one followed by
            # 的, an aspect marker or an object's opening (predicate_after) is the clause's predicate
            if is_verb(word, flag) and (before_number or (i + 1 < len(t) and (t[i + 1][0] in c.predicate_after
                                                                              or t[i + 1][1] in c.predicate_after_tags))
                                        or any(is_verb(w, f) or f == "p" for w, f in t[i + 1:])):
                unit_at = -1 if out[-1].endswith(c.actor_endings) else _runs_into_unit(t, i)
                # (8家单位|受理平台派发工单: an actor's verb is the clause's predicate)
                if unit_at < 0:
                    break
        out.append(word)
        if flag in c.nouns and _HAN.search(word):
            seen_noun = True
    return "".join(out)


def _runs_into_unit(t, i: int) -> int:
    """Where the unit's name stands that the verb t[i], with the verbs of its kind right after it,
    runs straight into (村级人民调解|委员会, 社区调解处置|岗: what the unit does, inside the noun
    phrase); else -1."""
    c = _cfg()
    j = i
    while j < len(t) and (t[j][0] in c.compounding_verbs or t[j][0][-2:] in c.compounding_verbs):
        j += 1
    return j if j > i and j < len(t) and is_noun(*t[j]) and t[j][0].endswith(c.unit_heads) else -1


def _pre(body: str, clause_start: int, start: int, date_spans) -> str:
    c = _cfg()
    raw = _strip_dates(body[clause_start:start], clause_start, date_spans)
    last = None
    for last in c.pivot.finditer(raw):
        pass
    if last is not None:
        after = raw[last.end():]
        # 乌海市各级调解组织共调解纠纷 -> 调解纠纷; 其中4件… -> (after the number);
        # but 《法在宝应》电视法治专栏累计播放 keeps its subject
        if not clean(after):
            if last.group() in c.pivot_after:
                raw = after
        elif last.group() not in c.pivot_after and not last.group().startswith("分别") \
                and _measure_of_a_thing(clean(raw[:last.start()]), clean(after)):
            pass  # 电诈案件累计损失: a bare measure noun after 累计 is of the thing named before it
        elif has_noun(clean(after)) or _light_verb(clean(after)) or not has_noun(clean(raw[:last.start()])) \
                or (len(clean(after)) >= 2 and opens_with_verb(clean(after)) and clean(raw[:last.start()]).endswith(c.actor_endings)):
            raw = after  # (共开展公开听证: a light verb's object may be a verb, 听证, and still be what is counted;
            # 信访举报部门共接受信访举报: an actor's verb and a verbal object)
    list_ends = list(c.list_end.finditer(raw)) if "等" in raw else []
    if list_ends:  # 打造“法治院坝”“调解长廊”等红色阵地 -> 红色阵地
        rest = raw[list_ends[-1].end():]
        if has_noun(clean(rest)) and len(clean(rest)) > _BARE_CATEGORY:
            raw = rest  # (审结金融借款、民间借贷等案件: a bare 案件, 事项, 活动 is named by its examples, which stay)
    raw = _drop_partner(_after_actor_and_partner(clean(raw)))
    raw = _after_place(_after_complement(raw))
    if raw and _actor_and_place(raw):
        return ""
    if "、" in raw and verb_count(raw) >= 2:  # 设立宣传咨询台、发放宣传资料 -> 发放宣传资料
        last_part = raw.rsplit("、", 1)[1]
        t = tags(last_part)
        if t and is_verb(*t[0]) and has_noun(last_part):
            raw = last_part
    raw = _from_predicate(clean(raw))
    raw = _after_last_light_verb(raw)
    lv = _light_verb(raw)
    if lv:
        rest = clean(raw[lv.end():])
        if has_noun(rest):
            raw = raw[lv.end():]
        elif not rest and raw[lv.end():].strip():
            return ""  # 组织全市|89名律师: a light verb and the scope (全市) say nothing measured
    return clean(raw)


def _channel(found: str, clause: str) -> tuple[str, str] | None:
    """通过靖江教育微信公众号|发布信息: the channel named before a publishing verb and what it carried
    (靖江教育微信公众号, 发布信息), when what was found opens at that verb; else None."""
    c = _cfg()
    if not c.channel_verb.search(found):
        return None  # (what was found holds the publishing verb wherever a channel goes with it)
    for lead in reversed(list(c.channel_lead.finditer(clause))):  # (在全县范围内通过|门户网站: the lead nearest the verb)
        for verb in c.channel_verb.finditer(clause, lead.end() + 2):
            channel = clause[lead.end():verb.start()].removesuffix("上")
            if len(channel) > c.channel_reach or c.channel_break.search(channel):
                break
            if len(channel) < 2:
                continue  # (在网上|发布: no channel named)
            if not channel.endswith(c.channel_endings):
                continue
            carried = clean(clause[verb.start():])
            if carried.endswith(found) and len(carried) - len(found) <= 2:
                tail = found  # (the verb opens what was found, but for an adverb: 主动|公开信息)
            elif found.endswith(carried) and channel.endswith(found[:len(found) - len(carried)]):
                tail = carried  # (信息|公开目录发布信息: what was found took the channel's end)
            else:
                continue
            if len(channel) > c.channel_max:  # 弥勒市人民政府门户网站 -> 门户网站: without its owner
                owner = None
                for owner in c.channel_owner_end.finditer(channel):
                    pass
                if owner is not None and len(channel) - owner.end() >= 2:
                    channel = channel[owner.end():]
            return channel, tail
    return None


def _measure_of_a_thing(before: str, after: str) -> bool:
    """电诈案件|累计|损失: one noun after the pivot (no verb's object) and a thing, not an actor
    or a place, before it: what is measured is the thing's."""
    t = tags(after)
    if len(t) != 1 or t[0][1] not in _cfg().nouns or is_verb(*t[0]):
        return False
    tb = tags(before)
    return bool(tb) and tb[-1][1] in _cfg().nouns and not is_verb(*tb[-1]) \
        and not before.endswith(_cfg().actor_endings) and not _only_places(before)


_BARE_CATEGORY = 2  # characters of a head after 等 taken as a bare category (案件, 纠纷, 活动; 阵地 too): its examples stay


def _from_predicate(text: str) -> str:
    """警务助理协助社区民警|破获各类案件, 市司法局已向…|推送矛盾纠纷: an actor (an agency, an
    official, a group of people) before a verb with a noun object does what is counted: the
    verb and its object, without the actor who did it."""
    if len(text) < 7:
        return text
    c = _cfg()
    t = tags(text)
    if not t or is_verb(*t[0]):
        return text  # (组织全县行政执法人员|旁听庭审: an actor after the opening verb is its object)
    pos, actor_end = 0, 0
    for w, f in t:
        if is_verb(w, f) and w not in c.keep_verbs and actor_end >= 2 and text[:actor_end].endswith(c.actor_endings):
            rest = text[pos + len(w):]
            if len(rest) >= 2 and has_noun(rest):
                return text[pos:]
        if f not in c.adverbs:  # (社区民警|已|破获: the adverbs between actor and verb)
            actor_end = pos + len(w)
        pos += len(w)
    return text


def _light_verb(text: str):
    """The light verb that opens `text` (开展, 处以), when it is a word of its own there: not the
    处 of 处理, 处罚, 处置."""
    lv = _cfg().light_verbs.match(text)
    if lv is None or len(lv.group().rstrip("了出")) > 1 or not postag.inside_word(text, lv.end()):
        return lv  # (a verb of two characters is one; the dictionary's 开展调研 does not make it less so)
    pos = 0
    for word, _ in tags(text):
        pos += len(word)
        if pos >= lv.end():
            return lv if pos == lv.end() else None
    return lv


def _after_last_light_verb(text: str) -> str:
    """积极运用…“第一种形态”开展|提醒谈话, 在各行政村设置了|民调室: the object of the last light
    verb, once an actor or a manner stands before it."""
    c = _cfg()
    if not c.object_light_verb.search(text, 1):
        return text  # (no such verb after the first character: no tagging needed)
    t = tags(text)
    pos, cut = 0, None
    for i, (w, f) in enumerate(t[:-1]):
        pos += len(w)
        if w in c.object_light_verbs and is_verb(w, f) and i > 0:
            cut = pos + (1 if text[pos:pos + 1] == "了" else 0)
    if cut is None:
        return text
    rest = clean(text[cut:])
    return rest if len(rest) >= 2 and has_noun(rest) and not rest.startswith(c.not_object_openers) else text


def find_indicator(body: str, segs: Segments, start: int, end: int, floor: int, ceiling: int,
                   date_spans, *, streak: bool = False, percent: bool = False,
                   count: bool = False) -> tuple[str | None, str, int]:
    """(indicator, where, consumed_end): where is "before", "after", or "" when the clause
    says nothing; consumed_end is where the indicator text ends in the body (the next
    metric's clause starts after it)."""
    c = _cfg()
    clause_start = max(segs.clause_start(start), floor)
    raw_pre = body[clause_start:start]
    pre = _pre(body, clause_start, start, date_spans)
    immediate = end < len(body) and (_HAN.match(body[end]) or body[end] in "“《\"") and body[end] not in "和及与等"
    relative = body[end:end + 1] == "的"  # 超85%的行政争议在复议环节实现“案结事了”: all of it
    if relative and body.startswith(c.frame_heads, end + 1):
        relative = immediate = False  # 已上升20.1%的基础上: a frame, not a head
    post, post_end = "", end
    if immediate or relative or streak:  # otherwise nothing after the number can be its head
        natural_end = segs.clause_end(end)
        clause_end = min(natural_end, ceiling)
        post_raw = _strip_dates(body[end:clause_end], end, date_spans)
        whole = streak or relative
        # the clause runs on to the next number with no 和/、 before it: that number counts
        # what follows a verb here (13个乡镇科学|划分网格1695个), not the same list
        before_number = ceiling < natural_end and body[ceiling - 1] not in c.joiners and body[ceiling - 1] not in "，,；;"
        post = _clean_after(post_raw.lstrip("的") if whole else _head_after(post_raw, before_number)) \
            if post_raw else ""
        if _PAREN_ONLY.fullmatch(post_raw.strip()):
            post = ""
        post = post[: c.max_chars]
        if post in c.never_heads:
            post = ""  # 来信292件|占73%: the share of it follows
        if post:  # the head ends where its text ends in the clause (帮助1023名农民工|追回欠薪1426.8万元)
            at = body.find(post, end, clause_end)
            post_end = at + len(post) if at >= 0 and not whole else clause_end
            if not whole and at >= 0:
                post = _with_coverage(post, body[at + len(post):clause_end])
        else:
            post_end = end
    if streak and post:
        if not has_noun(post) and pre and has_noun(pre) and len(pre) + len(post) <= c.max_chars:
            return pre + post, "before", post_end  # 收案数连续14年上升: what rose, and that it rose
        return post, "after", post_end
    which = _WHICH_THERE_ARE.search(raw_pre)
    if which:  # 日常监督罚款同比上升的有9个市: the things the clause before 的有 says, counted
        what = _pre(body, clause_start, clause_start + which.start(), date_spans)
        if what and has_noun(what) and not _DIGIT.search(what):
            head = post if post and (immediate or relative) else ""
            return (f"{what}的{head}" if head else what), ("after" if head else "before"), post_end if head else start
    ends_listing = clean(raw_pre).endswith(c.object_after) or raw_pre.rstrip().endswith(c.object_after)
    use_post = False
    if _FRAME_ALONE.match(raw_pre) and _FRAME_MOVE.match(body, end):
        return "", "", start  # 外流贩毒人数明显减少,由2018年的37人减至…: the clause before says what moved
    if _FRAME_OPENS.search(raw_pre) and _FRAME_MOVE.match(body, end) and pre \
            and (has_noun(pre) or pre.endswith(c.measure_endings)):
        return pre, "before", start  # 按期办结率从99.75%略回落到99.72%: what moved, not the verb of its move
    if post and (immediate or relative):
        if immediate and body[post_end:post_end + 1] in c.joiners and _DIGIT.match(body, post_end + 1):
            use_post = True  # 建成投用1间科技审判法庭、2间音视频调解中心: each count heads what follows it
        elif immediate and _CHINESE_COUNT.match(body, start) and has_noun(post):
            use_post = True  # 全县五个乡镇, 寨内四个行政村: a count in Chinese numerals heads the noun after it
        elif not pre or not has_noun(pre) or _only_places(pre):
            use_post = True  # (恩施州8家基层法院: the place says where, the head what)
        elif immediate and _agency_alone(pre):
            use_post = True  # 市卫健委|3件延迟回复: the agency says whose, what follows the number what
        elif ends_listing or (percent and immediate):
            use_post = True
        elif immediate and count and _governs_what_follows(pre, raw_pre) and has_noun(post):
            use_post = True  # 黄金社区以|7名社区调解员; 专门设置|11个“反诈宣传栏”: the preposition's or verb's object follows
        elif immediate and body[start - 1:start] == "的" and has_noun(post):
            use_post = True  # 由省金融消费调解中心选派的|6名专职调解员: the clause before says which
        elif ends_with_verb(_without_scope(pre).rstrip("了")) and has_noun(post):
            use_post = True  # (划分成|181个网格; 上线了全市|11个区级综治中心: the verb's object follows)
        elif "、" in pre and (verb_count(pre) == 0 or raw_pre.count("、") >= 2) and has_noun(post):
            use_post = True  # 街道、公安、法院3个部门, 辖肃州区、金塔县…7个县市区: the list names the members of the head
        elif immediate and len(tags(pre)) == 1 and tags(pre)[0][1] in ("vn", "n") and has_noun(post) \
                and len(pre) + len(post) <= c.max_chars:
            return pre + post, "after", post_end  # 通报3家单位: the action alone, and what it was done to
    if use_post:
        modifier = _defining_clause(pre.removesuffix("的"))
        if body[start - 1:start] == "的" and len(modifier) >= 2 and not _DIGIT.search(modifier) \
                and len(modifier) + len(post) < c.max_chars:
            post = f"{modifier}的{post}"  # 对暂时无法化解的5件积案: the clause before the number says which
        return post, "after", post_end
    if pre and _HAN.search(pre):
        if len(pre) > c.max_chars:
            pre = pre[-c.max_chars:]
        return pre, "before", start
    return None, "", start


_FRAMING_PREPOSITIONS = frozenset(lexicon.load("indicator")["framing_prepositions"])
_DEFINING_CLAUSE_CHARS = lexicon.load("indicator")["defining_clause_max_chars"]
_CHINESE_COUNT = lexicon.fast_compile(lexicon.load("indicator")["chinese_count"])
_WHICH_THERE_ARE = lexicon.fast_compile(lexicon.load("indicator")["which_there_are"])

_COVERAGE_CHARS = 12


_DIVISION_WORDS = frozenset("省市县区州旗盟镇乡")


def _defining_clause(modifier: str) -> str:
    """The part of a 的-clause before a count that says which things are counted: after a
    preposition that makes the counted things its object, the clause opening on its verb right
    after it (对列入经营异常名录的|1316户企业), and
    none when the clause tells what someone did before (县司法局特地遴选了业务精通的|2名律师: a 了
    marks the main clause's deed, not a kind of lawyer)."""
    t = tags(modifier)
    pos, cut = 0, 0
    for i, (word, flag) in enumerate(t):
        pos += len(word)
        if word in _FRAMING_PREPOSITIONS and flag == "p" and i + 1 < len(t) and is_verb(*t[i + 1]):
            cut = pos  # (对|列入…的; not 对行政复议决定不服…的, where 对 is the clause's own)
        elif flag == "ul":
            return ""
    clause = modifier[cut:]
    return clause if len(clause) <= _DEFINING_CLAUSE_CHARS else ""


def _governs_what_follows(pre: str, raw_pre: str) -> bool:
    """Whether the clause before a number ends in a preposition (以, 就) or in a word jieba calls a
    verbal noun used as a verb (专门设置, 设置了): either way its object is the counted thing after
    (a verbal noun ending a noun phrase, 宣传活动|12场次, is what is counted)."""
    t = tags(pre)
    if not t:
        return False
    if t[-1][1] == "p":
        return True
    return t[-1][1] == "vn" and (raw_pre.rstrip().endswith("了") or len(t) > 1 and t[-2][1] in _cfg().adverbs)


def _without_scope(text: str) -> str:
    for w in _cfg().scope_words:
        if text.endswith(w) and len(text) > len(w):
            return text[:-len(w)]
    return text


def _agency_alone(text: str) -> bool:
    from .article import agency_only  # (the page's agency names: data/boilerplate.toml agency_endings)

    return agency_only(text)


def _only_places(text: str) -> bool:
    """Whether `text` is nothing but names of divisions (恩施州, 湖北省武汉市) or one township,
    street or village (李桥乡)."""
    from .region import find_places  # (the gazetteer, read once per process)

    if _cfg().local_place.match(text):
        return True

    pos = 0
    for start, end, _, _ in find_places(text):
        if start != pos:
            return False
        pos = end + (text[end:end + 1] in _DIVISION_WORDS)  # (恩施州: a short name and its level)
    return pos == len(text) and pos > 0


def _with_coverage(head: str, rest: str) -> str:
    """11个乡镇全部建成矛盾纠纷调处化解中心 -> 建成矛盾纠纷调处化解中心的乡镇: a head followed by
    全部/均 and what all of them did is counted by what they did."""
    c = _cfg()
    for word in c.coverage_words:  # the head may have taken the coverage word in
        if head.endswith(word) and len(head) > len(word):
            head, rest = head[:-len(word)], word + rest
            break
    m = c.coverage.match(rest)
    if not m:
        return head
    done = _clean_after(rest[m.end():])
    t = tags(done)
    if not t or not is_verb(*t[0]) or not has_noun(done) or "、" in done or len(done) > _COVERAGE_CHARS \
            or len(done) + len(head) >= c.max_chars:
        return head  # (a list of what they did, or a long account, leaves the head alone)
    return f"{done}的{head}"


def share_of(body: str, segs: Segments, start: int, floor: int, date_spans) -> tuple[bool, str | None, str | None]:
    """For a percentage stated as a share (…案件217件，占比35.5%; 涉茶纠纷占调解案件总数的三成):
    (True, the thing before 占 when the clause names one, the share with the whole it is
    taken of: 占调解案件总数), or (False, None, None) when it is no share."""
    clause_start = max(segs.clause_start(start), floor)
    pre = _strip_dates(body[clause_start:start], clause_start, date_spans)
    m = _cfg().share.search(pre)
    if not m:
        return False, None, None
    before = clean(pre[:m.start()])
    share = m.group()
    whole = share[:share.rindex("的")].strip() if "的" in share else ""
    # the whole must name something beyond a scope (占全市的63.5% says only where)
    return True, (before if before and _HAN.search(before) else None), (whole if clean(whole[1:]) else None)


def award_list(body: str, spans: list[tuple[int, int]]) -> list[str] | None:
    """`spans` are the (end of number, start of the next number or of the clause's end) of
    numbers listed one after another; when the last is followed by an award (获…表彰) and
    the others only by their heads and 、/和, the indicators award + head, else None."""
    out_heads = []
    for k, (a, b) in enumerate(spans):
        segment = body[a:b]
        if k < len(spans) - 1:
            head = segment.rstrip("、和及与 ")
            if len(head) == len(segment) or _DIGIT.search(head):
                return None  # not a list of numbers and their heads
            out_heads.append(head)
        else:
            m = _cfg().award.match(segment)
            if not m or not m.group("award"):
                return None
            award = _clean_after(m.group("award"))
            out_heads.append(m.group("head").strip())
            return [award + h for h in out_heads]
    return None


def _names_only_a_basis(indicator: str | None) -> bool:
    """比, 较上年的: the phrase before an earlier figure names only the comparison, so the
    figure measures what the number before it does."""
    if not indicator:
        return False
    if _cfg().basis_only.fullmatch(indicator) and indicator.startswith(_cfg().basis_openers):
        return True  # 较上月: the basis and its time
    rest = indicator
    for w in sorted(_cfg().basis_openers, key=len, reverse=True):
        if rest.startswith(w):
            rest = rest[len(w):]
            break
    else:
        return False
    return not clean(rest.replace("的", ""))


def list_opener(text: str) -> str | None:
    """The word relating every item of the list `text` opens to the list's head (涉及…)."""
    return next((w for w in _cfg().list_openers if text.startswith(w) and len(text) > len(w)), None)


def list_items(text: str, joiners=None) -> list[str]:
    """民商事案件收案数和信访总量 -> [民商事案件收案数, 信访总量], split at whole joining words
    (all of `list_joiners`, or the given ones)."""
    joiners = _cfg().joiners if joiners is None else joiners
    items, current = [], ""
    for word, _ in tags(text):
        if word in joiners:
            if current:
                items.append(current)
            current = ""
        else:
            current += word
    if current:
        items.append(current)
    return items


def opens_with_basis(text: str | None) -> bool:
    """较诉讼案件平均审理周期 opens with a comparison's basis word; 同类案件数量 does not."""
    openers = _cfg().basis_openers
    text = (text or "").lstrip(")）")  # (与去年同期(2起)相比上升400%: the phrase after the earlier figure's bracket)
    if not text or not text.startswith(openers):
        return False
    t = tags(text)
    return bool(t) and t[0][0] in openers


def _clause_before(segs: Segments, start: int, floor: int) -> tuple[int, int] | None:
    """(start, end) of the clause before the one at `start`, not before `floor`; None when there is none."""
    this_clause = segs.clause_start(start)
    if this_clause - 1 <= floor:
        return None
    return max(segs.clause_start(this_clause - 1), floor), this_clause - 1


def clause_subject(body: str, segs: Segments, start: int, floor: int, date_spans) -> str | None:
    """The noun phrase that opens the clause before the one at `start`
    (新收执行案件增速大幅放缓,由前三年的年均20%… -> 新收执行案件增速)."""
    before = _clause_before(segs, start, floor)
    if before is None:
        return None
    prev_start, prev_end = before
    text = clean(_strip_dates(body[prev_start:prev_end], prev_start, date_spans))
    t = tags(text)
    trend = next((i for i, (w, _) in enumerate(t) if i > 0 and w in _TREND_OPENERS), None)
    if trend is not None and _is_noun(*t[trend - 1]) and _TREND_PHRASE.search("".join(w for w, _ in t[trend:])):
        t = t[:trend]  # 收案数|呈逐年下降趋势，从…: the subject ends where the trend it shows begins
    last_noun = max((i for i, (w, f) in enumerate(t) if _is_noun(w, f)
                     or (w in _cfg().category_suffixes and i == len(t) - 1 and i > 0)), default=None)  # (涉水类: a category)
    if last_noun is None:
        return None
    head = clean("".join(w for w, _ in t[: last_noun + 1]))
    if _DIGIT.search(head):
        return None  # the clause before holds a number of its own: it is no subject
    return head or None


def _moved_subject(body: str, segs: Segments, start: int, floor: int) -> str | None:
    """The subject of the clause before the one at `start` (not before `floor`) when that clause
    only says it moved (越级信访举报下降明显: trend_clause in data/indicator.toml)."""
    before = _clause_before(segs, start, floor)
    if before is None:
        return None
    m = _TREND_CLAUSE.match(body[before[0]:before[1]].strip(" ，,；;：:"))
    subject = clean(m.group("subject")) if m else ""
    return subject if len(subject) >= 2 and not _DIGIT.search(subject) else None


_TREND_CLAUSE = lexicon.fast_compile(lexicon.load("indicator")["trend_clause"])


def _is_noun(word: str, flag: str) -> bool:
    return flag in _cfg().nouns and not is_verb(word, flag)


_TREND_OPENERS = frozenset(lexicon.load("indicator")["trend_openers"])
_TREND_PHRASE = lexicon.fast_compile(lexicon.load("indicator")["trend_phrase"])


_FIGURE_CLOSES = lexicon.fast_compile(lexicon.load("indicator")["figure_closes"])


def _owner_of_a_figure(body: str, segs: Segments, start: int, floor: int, date_spans) -> str | None:
    """隽水镇损失128.97万，占比69.23%: the clause before states the figure the share is of, in a
    form that is no metric of its own (no unit); what it names is what the share measures."""
    before = _clause_before(segs, start, floor)
    if before is None:
        return None
    prev_start, prev_end = before
    figure = _FIGURE_CLOSES.search(body, prev_start, prev_end)
    if figure is None:
        return None
    head = clean(_strip_dates(body[prev_start:figure.start()], prev_start, date_spans))
    return head if head and has_noun(head) and not _DIGIT.search(head) else None


# Indicators decided by the sentence around a number: shares, comparisons, lists, awards.

_CLAUSE_END = lexicon.fast_compile(r"[，,；;。]")
_GROUP_BREAK = lexicon.fast_compile(lexicon.load("periods")["next_group"])  # (a new group of clauses in the sentence)
_SHARE_WORD = lexicon.fast_compile(r"占比(?:重)?\s*(?:达到|达|为|约|近|超过|超)?\s*$")


def assign(body: str, segs: Segments, raws, dates) -> None:
    """Give every metric of `raws` (in text order) its indicator: from its own clause
    (find_indicator), as a share of a whole, as the change of the number it compares, as
    an item of a 分别 list or of an award list. `dates` is a SpanIndex of the body's dates."""
    runs = _respectively_runs(raws)
    share_runs = _respectively_runs(raws, shares=True)
    count_runs = _respectively_runs(raws, counts=True)
    compared_with: dict[int, tuple] = {}  # a change -> (the number it compares, the indicator copied from it)
    shares: set[int] = set()  # shares of a whole: a change in per cent (增长10.33%) compares the count before them
    run_is_share = False
    prev_end = 0
    after_head_end = -1  # where the head after the last number ends, when it had one (11个|国控断面)
    prev_sentence = None
    sentence_metrics: list = []
    before_sentence = None  # the last metric of the sentence before, in the same paragraph
    for i, raw in enumerate(raws):
        m = raw.metric
        sentence = segs.sentence_at(m.start)
        if sentence != prev_sentence:
            same_paragraph = prev_sentence is not None and segs.paragraph_at(prev_sentence.start) == segs.paragraph_at(m.start)
            before_sentence = sentence_metrics[-1] if sentence_metrics and same_paragraph else None
            sentence_metrics = []
            prev_end = sentence.start
        floor = max(prev_end, sentence.start)
        ceiling = raws[i + 1].metric.start if i + 1 < len(raws) else len(body)
        indicator, where, consumed = find_indicator(body, segs, m.start, m.end, floor, ceiling, dates,
                                                    streak=m.streak, percent=m.kind == "percent",
                                                    count=m.kind == "count")
        if where == "after" and m.unit in _cfg().units_naming_what:
            indicator, consumed = m.unit, m.end  # 7部门共建的…中心: the departments, not what they built
        if raw.changed is not None:
            indicator, where, consumed = body[raw.changed[0]:raw.changed[1]], "before", m.end  # 精简|申报材料|43.3%: what
            # was cut; a head after the number is the next number's (减少群众跑腿90%以上的事项已达860项)
        earlier = sentence_metrics[-1].metric if sentence_metrics else None
        if m.kind == "percent" and where == "before" and earlier is not None and after_head_end == floor \
                and earlier.indicator and segs.clause_start(m.start) <= earlier.start and opens_with_verb(body[floor:m.start]):
            at = body.find(indicator, floor, m.start)
            if at >= 0:  # 11个国控断面水质|达到或优于Ⅲ类的比例达100%: the rate is of the things the count's head names
                indicator = earlier.indicator + body[floor:at + len(indicator)]
        if m.kind == "percent" and m.change is None:
            share, owner, whole = share_of(body, segs, m.start, floor, dates)
            place = share_runs.get(id(raw))
            if place is not None and place[0] == 0:
                run_is_share = share  # 分别占…的73.6%、25.1%: a list is a list of shares when its first is one
            if share and whole and place is None:
                # 受理点接收复议申请占申请总量的26.9%: what is counted, and the whole it is a share of
                counted = _share_owner(owner, None, sentence_metrics)
                indicator = f"{counted}{whole}" if counted else whole
                where = "before"
                shares.add(id(raw))
            elif share or (place is not None and run_is_share):
                counted = _share_owner(owner, place if run_is_share else None, sentence_metrics)
                if not counted and share:
                    counted = _owner_of_a_figure(body, segs, m.start, floor, dates)
                if counted and share and _SHARE_WORD.search(body, max(floor, m.start - 6), m.start):
                    counted += "占比"  # 维持…1691件，占比61.4%: the share of what was counted
                indicator = counted or clause_subject(body, segs, m.start, sentence.start, dates) or indicator
                where = "before"
                shares.add(id(raw))
        fresh = None
        if m.change is not None and not indicator and earlier is not None \
                and _GROUP_BREAK.search(body, earlier.end, segs.clause_start(m.start)):
            # …同比下降28.8%；越级信访举报下降明显，比去年同期减少30件: after a semicolon, the clause
            # before names what changed, not the number before the semicolon
            fresh = _moved_subject(body, segs, m.start, earlier.end)
        if fresh:
            indicator = fresh
        elif m.change is not None and (where not in ("before", "after") or opens_with_basis(indicator)):
            # 较诉讼案件平均审理周期缩短43天: the phrase names the basis; what changed is the number before
            compared = _compared(raw, runs, [x for x in sentence_metrics if not _in_remark(body, x.metric)
                                             and not (m.unit == "%" and id(x) in shares)])
            if compared is not None and compared.metric.indicator:
                indicator = compared.metric.indicator
                compared_with[id(raw)] = (compared, indicator)
            if not indicator and earlier is not None and earlier.change is not None:
                indicator = earlier.indicator  # 结案增加34件，上升3.95%: the same thing's change again
            if compared is None and earlier is None and before_sentence is not None and before_sentence.metric.change is None \
                    and _cfg().basis_only.fullmatch(body, sentence.start, m.start):
                indicator = before_sentence.metric.indicator or indicator  # 共受理工单6455件。比上年同期增加1419件
        elif where == "" and earlier is not None and not _CLAUSE_END.search(body, earlier.end, m.start):
            indicator = earlier.indicator  # 由2018年的30.7%降至14.6%; 40余类15000余份
        if m.streak and earlier is not None and earlier.indicator and indicator and not has_noun(indicator):
            indicator = earlier.indicator + indicator  # 调解结案率达43.0%，连续3年增长: the rate rose
        if earlier is not None and m.change is None and _names_only_a_basis(indicator):
            # 收到行政复议案件1262件，比2017年的824件…: the same thing, earlier (not a remark's: 70起(日均10起)，较上周的62起)
            base = next((x.metric for x in reversed(sentence_metrics) if not _in_remark(body, x.metric)), earlier)
            indicator = base.indicator or earlier.indicator
        if m.unit == "倍" and earlier is not None and _cfg().multiple_of.fullmatch(body, segs.clause_start(m.start), m.start):
            # 查处酒驾醉驾1.4万起，是2017年的12.57倍: a multiple of the number before (the k-th of a 分别 list)
            base = _compared(raw, count_runs, [x for x in sentence_metrics if x.metric.unit != "倍"])
            if base is not None and base.metric.indicator:
                indicator = base.metric.indicator
        if not indicator and earlier is not None and m.change is None and _right_after_basis(body, segs, m.start):
            # 查处不正当竞争案件2起，比去年同期(29起)下降93.1%: the same thing, earlier (not a remark's: 550件(含…246件)，比上年同期847件)
            base = next((x.metric for x in reversed(sentence_metrics) if not _in_remark(body, x.metric)), earlier)
            indicator = base.indicator or earlier.indicator
        if not indicator and earlier is not None and _periods_only(body, earlier.end, m.start, dates):
            same = _same_unit_in_group(sentence_metrics, m.unit)
            if same is not None and same.indicator:
                indicator = same.indicator  # 受理…案件2271件，其中2021年1431件，2022年625件: the total's parts by
                # year; 受理…案件18件20人，去年同期为34件46人: each of a pair the same thing as its unit's before
        if earlier is not None and earlier.indicator and _FRAME_OPENED.search(body, max(sentence.start, earlier.start - 12), earlier.start) \
                and _FRAME_CLOSE.fullmatch(body, earlier.end, m.start):
            indicator = earlier.indicator  # 满意率从96.51%上升为96.68%: where the move ends, the same thing
        if not indicator:  # 从81.38%到87.87%，群众安全感逐年攀升: the frame's subject; else the clause's before
            indicator = _subject_after_frame(body, segs, m.start, dates) or \
                clause_subject(body, segs, m.start, sentence.start, dates)
        if not indicator and earlier is not None and earlier.indicator \
                and _cfg().no_subject.fullmatch(body, segs.clause_start(m.start), m.start):
            indicator = earlier.indicator  # 要件数量由3865件，压缩到2643件: the clause goes on with the same thing
        in_brackets = body[m.start - 1:m.start] in ("(", "（") and body[m.end:m.end + 1] in (")", "）")
        amount = raw.amount_of_change and earlier is not None
        head = _listed_rate(body, sentence.start, m.start) if in_brackets and not amount else None  # (only where it may serve)
        named = None if amount else bracketed_item(body, m.start, m.end, head.end() if head else None)
        if amount and earlier.indicator:
            indicator = earlier.indicator  # 二氧化硫浓度均值…同比上升50%（1μg/m3）: the change's amount, of the same thing
        elif named:
            # 岳阳县(4383件)、岳阳楼区(4048件): each number is its item's; 不合格率高于5%的是城南街道(37.84%)、…: the item's rate
            indicator = f"{named} {head.group('what')}" if head else named
        if indicator:
            cut = _BASIS_THEN_TIME.match(indicator)
            if cut and clean(indicator[cut.end():]):
                indicator = indicator[cut.end():]  # 较上年同期破案858起: what was counted, without the basis
        m.indicator = indicator or None
        sentence_metrics.append(raw)
        after_head_end = consumed if where == "after" and consumed > m.end else -1
        prev_end = max(m.end, consumed)
        prev_sentence = sentence
    _awards(body, segs, raws)
    _listed_after_bare_numbers(body, segs, raws)
    _split_lists(body, segs, raws, runs, dates, compared_with.keys())
    _split_lists(body, segs, raws, share_runs, dates)  # 调解成功率和群众满意率分别为98%、95%
    _split_lists(body, segs, raws, count_runs, dates, items_only=True)  # 来信、来访分别为142件次、396件次
    for raw in raws:  # a change takes what the number it compares measures, once lists are split
        compared, copied = compared_with.get(id(raw), (None, None))
        if compared is not None and compared.metric.indicator and raw.metric.indicator == copied:
            raw.metric.indicator = compared.metric.indicator
    _dimensions_of_the_thing_before(segs, raws)
    _channels_told_apart(body, segs, raws)
    _levels_listed(body, raws)


_LEVEL_WORD = lexicon.fast_compile(lexicon.load("indicator")["level_word"])
_LEVEL_ITEM = lexicon.fast_compile(  # (the level after a count, up to the next count: 县(区)级、)
    f"(?P<level>{lexicon.load('indicator')['level_word']}){lexicon.load('indicator')['level_joiner']}")


def _levels_listed(body: str, raws) -> None:
    """5个县(区)级、66个乡镇(街道)级、470个村(社区)级矛盾纠纷多元化解“一站式”平台: counts of the levels of
    one thing, listed, each of that thing at its level (县(区)级…平台), the head the last count's
    indicator gives after its level."""
    i = 0
    while i < len(raws) - 1:
        j, levels = i, []
        while j + 1 < len(raws):
            item = _LEVEL_ITEM.fullmatch(body, raws[j].metric.end, raws[j + 1].metric.start)
            if item is None:
                break
            levels.append(item.group("level"))
            j += 1
        last = raws[j].metric
        word = _LEVEL_WORD.match(body, last.end) if levels else None
        at = last.indicator.find(word.group()) if word and last.indicator else -1
        head = last.indicator[at + len(word.group()):] if at >= 0 else ""
        if head and has_noun(head):
            for raw, level in zip(raws[i:j], levels):
                raw.metric.indicator = level + head
        i = j + 1


def _channels_told_apart(body: str, segs: Segments, raws) -> None:
    """通过政府网站|公开信息36条，通过微信公众号|公开信息70条: numbers that would read alike each
    take the channel they were published through (政府网站公开信息, 微信公众号公开信息)."""
    alike: dict[str, list] = {}
    for raw in raws:
        m = raw.metric
        told = _channel(m.indicator, body[segs.clause_start(m.start):m.start]) if m.indicator else None
        if told is not None:
            alike.setdefault(told[1], []).append((m, told[0] + told[1]))
    for group in alike.values():
        if len(group) > 1 and len({named for _, named in group}) > 1:
            for m, named in group:
                m.indicator = named


def _dimensions_of_the_thing_before(segs: Segments, raws) -> None:
    """件数和人数分别同比下降47.06%、56.52%, 金额12万元: a word naming only what of a count is
    measured takes the thing counted before it in the sentence (…案件18件20人，…件数).
    (data: dimension_words)"""
    words = _dimension_words()
    counted, sentence = [], -1  # the sentence's counts so far that name their thing
    for raw in raws:
        m = raw.metric
        at = segs.sentence_at(m.start).start
        if at != sentence:
            counted, sentence = [], at
        units = words.get(m.indicator)
        if units is not None:
            thing = next((x.indicator for x in reversed(counted)
                          if x.kind == "count" and (not units or x.unit in units) or x.kind == m.kind == "percent"), None)
            if thing:  # (a change in per cent may take the thing of the change before it: 上访批次、人次同比下降…)
                m.indicator = _without_dimension(thing, words) + m.indicator
        elif m.indicator and m.kind in ("count", "percent"):
            counted.append(m)


def _without_dimension(thing: str, words) -> str:
    """辖区群众上访批次 -> 辖区群众上访: the thing, without the dimension it was counted in."""
    for w in words:  # (longest first)
        if thing.endswith(w) and len(thing) > len(w):
            return thing[:-len(w)]
    return thing


@lru_cache(maxsize=1)
def _dimension_words() -> dict:
    """{word: the units it counts in}, longest word first."""
    words = lexicon.load("indicator")["dimension_words"]
    return {w: frozenset(words[w]) for w in sorted(words, key=len, reverse=True)}


_BASIS_THEN_TIME = lexicon.fast_compile(lexicon.load("indicator")["basis_then_time"])


def _right_after_basis(body: str, segs: Segments, start: int) -> bool:
    """比上年同期847件少297件, 比去年同期(29起): a number right after a comparison's basis alone,
    in brackets or not."""
    end = start - 1 if body[start - 1:start] in ("(", "（") else start
    clause = segs.clause_start(max(0, end - 1))  # (a bracket opens a clause of its own)
    return end > clause and bool(body[clause:end].strip(" ，,")) \
        and _cfg().basis_only.fullmatch(body, clause, end) is not None


def _same_unit_in_group(sentence_metrics, unit: str | None):
    """Of the last numbers of a sentence printed one right after the other (18件20人), the one in
    `unit`, or None."""
    after = None
    for x in reversed(sentence_metrics):
        if after is not None and x.metric.end != after.start:
            return None
        if x.metric.unit == unit:
            return x.metric
        after = x.metric
    return None


def _periods_only(body: str, start: int, end: int, dates) -> bool:
    """Whether only periods (2021年, 上半年) and the words of a breakdown (其中, 分别为) stand
    between two numbers, and at least one period."""
    spans = [d for d in dates.starting_in(start, end) if d.end <= end]
    if not spans:
        return False
    pos = start
    for d in spans:
        if d.start < pos or not _cfg().period_breakdown.fullmatch(body, pos, d.start):
            return False
        pos = d.end
    return bool(_cfg().period_breakdown.fullmatch(body, pos, end))


_FRAME_OPEN = lexicon.fast_compile(r"^\s*(?:从|由)")
_MOVE_TO = r"[^，,。；;：:\d]{0,6}?(?:到|至|为)\s*"  # (略回落到, 上升为: the verb of a move and where it ends)
_FRAME_YEAR = lexicon.load("indicator")["frame_year"]  # (由2018年的37人减至2020年的21人: each figure's year)
_FRAME_CLOSE = lexicon.fast_compile(_MOVE_TO + _FRAME_YEAR)
_FRAME_MOVE = lexicon.fast_compile(_MOVE_TO + r"[\d一二两三四五六七八九十百千万]")  # (…增加到966家; not 由7名律师组成)
_OPENER = r"(?:从|由)\s*" + _FRAME_YEAR  # (从, 由2018年的: where a move starts, right before its first figure)
_FRAME_OPENS = lexicon.fast_compile(r"\p{Han}\s*" + _OPENER + "$")  # (a subject, then 从 right before the number)
_FRAME_OPENED = lexicon.fast_compile(_OPENER + "$")  # (the first figure of a move, its subject anywhere before)
_FRAME_ALONE = lexicon.fast_compile(r"^\s*" + _OPENER + r"\s*$")  # (…明显减少,|由2018年的|37人减至…)
_FRAME_ON = lexicon.fast_compile(r"^\s*(?:再)?(?:到|至)")
_FRAME_WORDS = lexicon.fast_compile(r"[\d.%％]+|[从由到至再的年月上下半个百分点]")


def _subject_after_frame(body: str, segs: Segments, start: int, date_spans) -> str | None:
    """从81.38%到87.87%，群众安全感逐年攀升; 从2021年的20.17%，到2022年的4.03%，再到2023年0.9%，
    仙居县行政诉讼败诉率…: clauses that are only the frame of a change give their numbers to the
    subject of the clause after them."""
    def clause(a: int) -> tuple[int, str]:
        b = segs.clause_end(a)
        return b, _strip_dates(body[a:b], a, date_spans).replace("\x00", "")

    a = segs.clause_start(start)
    b, text = clause(a)
    if not (_FRAME_OPEN.match(text) or _FRAME_ON.match(text)):
        return None
    for _ in range(4):  # the frame's further steps (，到…，再到…)
        if _HAN.search(_FRAME_WORDS.sub("", text)):
            return None  # the clause says more than the frame
        if b >= len(body) or body[b] not in "，,":
            return None
        a = b + 1
        b, text = clause(a)
        if not _FRAME_ON.match(text):
            break
    t = tags(clean(text))
    words = []
    for i, (word, flag) in enumerate(t):
        nxt = t[i + 1] if i + 1 < len(t) else ("", "")
        if words and (flag == "m" or word in _cfg().trend_words or (flag in _cfg().adverbs and is_verb(*nxt))):
            break  # 群众安全感|逐年攀升, 败诉率|连续两年呈…: the subject ends where its trend begins
        words.append(word)
    head = "".join(words)
    return head if head and has_noun(head) and not _DIGIT.search(head) else None


_ITEM_BEFORE = lexicon.fast_compile(r"([^、，,：:；;。\s（(）)>＞]{2,14})[（(]\s*$")


def _listed_rate(body: str, sentence_start: int, start: int):
    """The rate a list of items names before them (问题上报率较低的镇街是蒲岐镇(20.12%)、…): the
    head the list's bracketed numbers are the items' values of."""
    found = None
    for hm in _LISTED_RATE.finditer(body, sentence_start, start):
        found = hm
    if found is None or _LIST_BREAK.search(body, found.end(), start):
        return None
    return found


_LISTED_RATE = lexicon.fast_compile(lexicon.load("indicator")["listed_rate_head"])
_LIST_BREAK = lexicon.fast_compile(r"[，,。；;：:\n]")


_ITEM_SEPARATORS = "、，,；;>＞"  # (…住宿服务(34%)>美容美发服务(8%)>…: a ranking's items)


def bracketed_item(body: str, start: int, end: int, list_start: int | None = None) -> str | None:
    """The item a bracketed number belongs to in a list of items (岳阳县(4383件)、岳阳楼区
    (4048件)、…): the name just before the bracket, when the bracket holds only the number and
    the list goes on or ends there."""
    if not body.startswith(("(", "（"), start - 1) or not body.startswith((")", "）"), end):
        return None
    after = body[end + 1:end + 4].lstrip(" \u3000")[:1]  # (道路设施(9条) 。: a space before the stop)
    if after and after not in _ITEM_SEPARATORS + "。和及\n":
        return None
    if list_start is not None and 2 <= start - 1 - list_start <= 14 and _ITEM_BEFORE.fullmatch(body, list_start, start):
        return body[list_start:start - 1]  # (…不合格率高于5%的是|城南街道(37.84%): the list's first item after its head)
    m = _ITEM_BEFORE.search(body, max(0, start - 16), start)
    if not m or not (m.start(1) == 0 or body[m.start(1) - 1] in _ITEM_SEPARATORS + "：:。\n)）"):
        return None
    name = m.group(1).lstrip("和及与")  # (…、汨罗市(2570件)和临湘市(2328件))
    if body[m.start(1) - 1:m.start(1)] in ")）" and name == m.group(1):
        return None  # a bracket closing right before a name that no 和 joins: no list
    return name if len(name) >= 2 else None


def _share_owner(owner: str | None, place, sentence_metrics) -> str | None:
    """What a share (占…的35.6%) measures: the thing named before 占; else the count just
    reported; for the k-th of a 分别 list of shares, the k-th count listed."""
    if owner:
        return owner
    counts = [x.metric for x in sentence_metrics if x.metric.kind != "percent"]
    if not counts:
        return None
    if place is not None and len(counts) >= place[1]:
        k, n = place
        return counts[len(counts) - n + k].indicator
    return counts[-1].indicator


def _awards(body: str, segs: Segments, raws):
    """9个集体、24名个人获市级以上表彰: the award joins each listed head."""
    i = 0
    while i < len(raws):
        j = i
        while j + 1 < len(raws) and raws[j + 1].metric.start - raws[j].metric.end <= 12 \
                and "、" in body[raws[j].metric.end:raws[j + 1].metric.start] \
                and segs.clause_start(raws[j + 1].metric.start) == segs.clause_start(raws[i].metric.start):
            j += 1
        run = raws[i:j + 1]
        if len(run) > 1 and all(r.metric.change is None for r in run):
            last = run[-1].metric
            spans = [(r.metric.end, nxt.metric.start) for r, nxt in zip(run, run[1:])]
            spans.append((last.end, segs.clause_end(last.end)))
            named = award_list(body, spans)
            if named:
                for r, name in zip(run, named):
                    r.metric.indicator = name
        i = j + 1


def _split_lists(body: str, segs: Segments, raws, runs, dates, compared=(), items_only: bool = False):
    """民商事案件收案数和信访总量同比分别下降15.3%和9.6%: a 分别 list of n numbers whose
    subject names n things joined by 、/和 gives each number its own (unless the numbers are
    changes that already compare the counts listed before them). A list of periods (该院2015年、
    2016年、2017年收案分别为…) gives each number its period, not what it counts."""
    for i, first in enumerate(raws):
        k, n = runs.get(id(first), (None, 0))
        if k != 0 or n < 2 or id(first) in compared:
            continue
        m = first.metric
        clause = segs.clause_start(m.start)
        before = body[clause:first.change_start if first.change_start is not None else m.start]
        periods = [d.text for d in dates.starting_in(clause, clause + len(before))]
        for subject in (m.indicator or "", clean(before)):
            # the list's own joiners first; 与/及 may join words inside an item (房屋征收与补偿)
            for joiners in (None, ("、", "和", "以及"), ("、",)):
                parts = list_items(subject, joiners)
                if len(parts) == n:
                    break
            if len(parts) == n and items_only and not _items_alone(subject, parts):
                parts = []
            if len(parts) == n and all(any(p in part for p in periods) for part in parts):
                parts = []  # (the items are periods)
            if len(parts) == n:
                for raw, part in zip(raws[i:i + n], _shared_ends(parts)):
                    raw.metric.indicator = part
                break


def _listed_after_bare_numbers(body: str, segs: Segments, raws) -> None:
    """群众安全感和对公安机关的满意度分别提升1.83和1.86个百分点: each number of the list a change verb
    heads is the change of the item of the subject's list in its place."""
    for i, raw in enumerate(raws):
        if raw.listed_after is None:
            continue
        verb_pos, k, n, _ = raw.listed_after
        subject = _cfg().list_subject_tail.sub("", clean(body[segs.clause_start(verb_pos):verb_pos]))
        for joiners in (None, ("、", "和", "以及"), ("、",)):
            parts = list_items(subject, joiners)
            if len(parts) == n:
                raw.metric.indicator = _shared_ends(parts)[k]
                break
        else:  # 解决率为95.03%、满意率为96.15%，同比分别提高4.44、2.75个百分点: the changes of the n figures
            # right before the list in its sentence, in their order
            sentence_start = segs.sentence_at(verb_pos).start
            before = [r for r in raws[max(0, i - k - n):i - k] if r.listed_after is None]
            if len(before) == n and all(r.metric.start >= sentence_start and r.metric.indicator for r in before):
                raw.metric.indicator = before[k].metric.indicator



def _items_alone(subject: str, parts: list[str]) -> bool:
    """For a 分别 list of counts: whether the subject is the list of the things counted
    (来信、来访、网上信访分别为…), not the actors that did the counted thing (市、县两级分别受理…)
    nor items sharing the last one's head (一审、二审行政案件)."""
    if "分别" in subject:
        return False
    others = max(len(p) for p in parts[:-1])
    return len(parts[-1]) <= others * 1.5 + 2 or "的" in parts[-1]


def _shared_ends(parts: list[str]) -> list[str]:
    """涉及城乡建设、劳动和社会保障、农业农村的信访事项 -> 涉及城乡建设的信访事项, 涉及劳动和社会保障的
    信访事项, 涉及农业农村的信访事项: a list opened by a word that relates things (涉及, 关于;
    list_openers in indicator.toml) shares that word and the 的-phrase that closes its last
    item (排查矛盾纠纷、安全隐患、群众反映强烈的突出问题: the last item's clause is its own)."""
    opener = list_opener(parts[0])
    last = parts[-1]
    if opener is None or "的" not in last[1:] or any("的" in p for p in parts[:-1]):
        return parts
    suffix = last[last.index("的"):]
    cores = parts[:-1] + [last[:len(last) - len(suffix)]]
    prefix = "" if any(p.startswith(opener) for p in cores[1:]) else opener
    return [(c if k == 0 or not prefix else prefix + c) + suffix for k, c in enumerate(cores)]


def _respectively_runs(raws, shares: bool = False, counts: bool = False) -> dict[int, tuple[int, int]]:
    """For each metric of a 分别 list of changes (同比分别增长18.28%、9.9%), with `shares` of
    percentages without a change (分别占总数的73.6%、25.1%), with `counts` of other numbers
    without one (来信、来访分别为142件次、396件次): (its place, the list's length)."""
    def member(raw) -> bool:
        m = raw.metric
        if not raw.respectively:
            return False
        if shares:
            return m.kind == "percent" and m.change is None
        if counts:
            return m.kind != "percent" and m.change is None
        return m.change is not None

    out: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(raws):
        if member(raws[i]):
            j = i
            while j + 1 < len(raws) and member(raws[j + 1]) and raws[j + 1].change_start is None:
                j += 1
            for k in range(i, j + 1):
                out[id(raws[k])] = (k - i, j - i + 1)
            i = j + 1
        else:
            i += 1
    return out


@lru_cache(maxsize=1)
def _remark_open():
    return lexicon.fast_compile(r"[（(](?:" + lexicon.alternation(lexicon.load("indicator")["remark_words"]) + r")[^（）()]{0,20}$")


def _in_remark(body: str, metric) -> bool:
    """Whether a number stands in a bracketed remark (受理案件83件(含旧存5件)): not what a
    following change compares."""
    return bool(_remark_open().search(body, max(0, metric.start - 22), metric.start))


def _compared(raw, runs, sentence_metrics):
    """The number a change compares: the one just before it, or for 同比分别增长18.28%、9.9%
    the k-th of the numbers listed before the run."""
    plain = [x for x in sentence_metrics if x.metric.change is None]
    if not plain:
        return None
    if id(raw) in runs:
        k, n = runs[id(raw)]
        if len(plain) >= n:
            return plain[len(plain) - n + k]
    return plain[-1]
