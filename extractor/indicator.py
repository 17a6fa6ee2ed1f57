"""The indicator of a metric: the noun phrase that says what the number measures.

Chinese releases put it in one of three places, and part-of-speech tags (jieba) tell
which: before the number as a subject or object (发案量同比下降39.5%, 开展专题业务培训4次),
after a classifier as its head (1个重点整改领域, 32件未结案) when what precedes is only
verbs and adverbs (研究确定, 细致梳理) or an example list (法院、检察院等10余个职能部门),
or, for a change with nothing of its own before it (同比增长23118件), the indicator of the
number it compares (see records.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from . import lexicon, postag
from .segments import Segments

_HAN = lexicon.fast_compile(r"\p{Han}")
_DIGIT = lexicon.fast_compile(r"\d")
_PAREN_ONLY = lexicon.fast_compile(r"[（(].*[)）]")


@dataclass(frozen=True)
class _Cfg:
    nouns: frozenset
    verbs: frozenset
    adverbs: frozenset
    retag: dict
    coverage_words: tuple
    coverage: regex.Pattern
    lead: regex.Pattern
    markers: regex.Pattern
    tail: regex.Pattern
    tail_words: tuple
    pivot: regex.Pattern
    keep_verbs: frozenset
    pivot_after: frozenset
    cut_verbs: frozenset
    light_verbs: regex.Pattern
    object_after: tuple
    prepositions: tuple
    place_prepositions: tuple
    max_chars: int
    share: regex.Pattern
    award: regex.Pattern
    joiners: frozenset
    basis_openers: tuple
    list_openers: tuple


@lru_cache(maxsize=1)
def _cfg() -> _Cfg:
    d = lexicon.load("indicator")
    return _Cfg(
        nouns=frozenset(d["noun_tags"]), verbs=frozenset(d["verb_tags"]), adverbs=frozenset(d["adverb_tags"]), retag=dict(d["retag"]),
        coverage_words=tuple(sorted(d["coverage_words"], key=len, reverse=True)),
        coverage=lexicon.fast_compile(r"^(?:" + lexicon.alternation(d["coverage_words"]) + ")"),
        lead=lexicon.fast_compile(r"^(?:" + "|".join([lexicon.alternation(d["lead_words"])] + d["lead_patterns"]) + r")+"),
        markers=lexicon.fast_compile(d["lead_markers"]),
        tail=lexicon.fast_compile(r"(?:" + lexicon.alternation(d["tail_words"]) + r")+$"),
        tail_words=tuple(d["tail_words"]),
        pivot=lexicon.fast_compile(lexicon.alternation(d["pivot_words"])),
        keep_verbs=frozenset(d["keep_verbs"]), pivot_after=frozenset(d["pivot_after"]), cut_verbs=frozenset(d["cut_verbs"]),
        light_verbs=lexicon.fast_compile(r"^(?:" + lexicon.alternation(d["light_verbs"]) + r")(?:了|出)?"), object_after=tuple(d["object_after"]),
        prepositions=tuple(d["prepositions"]), place_prepositions=tuple(d["place_prepositions"]), max_chars=int(d["max_chars"]),
        share=lexicon.fast_compile(d["share"]),
        award=lexicon.fast_compile(rf"(?P<head>[^、，,。；;：:！!？?\n]*?)(?P<award>(?:{lexicon.alternation(d['award_verbs'])})"
                                   rf"[^、，,。；;：:！!？?\n]*)"),
        joiners=frozenset(d["list_joiners"]), basis_openers=tuple(d["basis_openers"]),
        list_openers=tuple(d["list_openers"]),
    )


@lru_cache(maxsize=8192)
def tags(text: str) -> tuple[tuple[str, str], ...]:
    retag = _cfg().retag
    return tuple((w, retag.get(w, f)) for w, f in postag.cut(text))


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
    text = text.strip(" ,，、;；:：")
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
    if not postag.inside_word(text, m.start()):
        return text[:m.start()]
    pos = 0
    for word, _ in tags(text):
        if pos >= m.start() and _cfg().tail.fullmatch(text, pos):
            return text[:pos]
        pos += len(word)
    return text


@lru_cache(maxsize=16384)
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
    return _cfg().tail.sub("", text.strip(" ,，、;；:：")).strip(" ,，、")


def has_noun(text: str) -> bool:
    nouns = _cfg().nouns
    return any(flag in nouns and not is_verb(w, flag) for w, flag in tags(text) if _HAN.search(w))


def ends_with_verb(text: str) -> bool:
    t = tags(text)
    return bool(t) and is_verb(*t[-1]) and t[-1][0] not in _cfg().keep_verbs


def verb_count(text: str) -> int:
    return sum(1 for w, f in tags(text) if is_verb(w, f))


_ORG_END = ("委", "局", "院", "厅", "办", "部", "会", "府", "所", "中心", "室", "处", "队", "站", "组")


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
            return text[pos:]  # the action begins (在区政府门户网站|主动公开政府信息)
        pos += len(word)
        if i > 0 and word.endswith(_ORG_END):
            org_end = pos
    if org_end is not None and org_end < len(text):
        return text[org_end:]
    if t[0][0] == "被":
        return text  # 被拖欠工资: a passive without its agent is the thing itself
    return ""  # 依托全市, 为全市: a partner or a place and no action, nothing measured


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


def _actor_and_place(text: str) -> bool:
    """静海区法院在全区: an actor and a preposition phrase with no verb after it (the
    measured thing follows the number)."""
    prepositions = _cfg().place_prepositions
    if not any(p in text[1:] for p in prepositions):
        return False
    t = tags(text)
    for i, (word, flag) in enumerate(t):
        if i > 0 and word in prepositions:
            return not any(is_verb(w, f) for w, f in t[i + 1:])
    return False


def _head_after(text: str) -> str:
    """The noun phrase that opens `text`, cut at the first verb or preposition after a noun
    (败诉率、纠错率较高的街道作为重点地区 -> 败诉率、纠错率较高的街道)."""
    c = _cfg()
    t = tags(text)
    out, seen_noun = [], False
    for i, (word, flag) in enumerate(t):
        if seen_noun and word not in c.keep_verbs:
            if flag == "p" or word in c.cut_verbs:
                break
            # a verb followed only by nouns is inside the phrase (法治为民办实事项目); one
            # followed by 的 opens a clause about something else (62名律师|组成的“法律服务团”)
            if is_verb(word, flag) and ((i + 1 < len(t) and t[i + 1][0] == "的")
                                        or any(is_verb(w, f) or f == "p" for w, f in t[i + 1:])):
                break
        out.append(word)
        if flag in c.nouns and _HAN.search(word):
            seen_noun = True
    return "".join(out)


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
        elif has_noun(clean(after)) or not has_noun(clean(raw[:last.start()])):
            raw = after
    if "等" in raw:  # 打造“法治院坝”“调解长廊”等红色阵地 -> 红色阵地
        head, _, rest = raw.rpartition("等")
        if has_noun(clean(rest)) and len(clean(rest)) >= 2:
            raw = rest
    raw = _drop_partner(clean(raw))
    if raw and _actor_and_place(raw):
        return ""
    if "、" in raw and verb_count(raw) >= 2:  # 设立宣传咨询台、发放宣传资料 -> 发放宣传资料
        last_part = raw.rsplit("、", 1)[1]
        t = tags(last_part)
        if t and is_verb(*t[0]) and has_noun(last_part):
            raw = last_part
    raw = clean(raw)
    lv = c.light_verbs.match(raw)
    if lv:
        rest = clean(raw[lv.end():])
        if has_noun(rest):
            raw = raw[lv.end():]
        elif not rest and raw[lv.end():].strip():
            return ""  # 组织全市|89名律师: a light verb and the scope (全市) say nothing measured
    return clean(raw)


def find_indicator(body: str, segs: Segments, start: int, end: int, floor: int, ceiling: int,
                   date_spans, *, streak: bool = False, percent: bool = False) -> tuple[str | None, str, int]:
    """(indicator, where, consumed_end): where is "before", "after", or "" when the clause
    says nothing; consumed_end is where the indicator text ends in the body (the next
    metric's clause starts after it)."""
    c = _cfg()
    clause_start = max(segs.clause_start(start), floor)
    raw_pre = body[clause_start:start]
    pre = _pre(body, clause_start, start, date_spans)
    immediate = end < len(body) and (_HAN.match(body[end]) or body[end] in "“《\"") and body[end] not in "和及与等"
    relative = body[end:end + 1] == "的"  # 超85%的行政争议在复议环节实现“案结事了”: all of it
    post, post_end = "", end
    if immediate or relative or streak:  # otherwise nothing after the number can be its head
        clause_end = min(segs.clause_end(end), ceiling)
        post_raw = _strip_dates(body[end:clause_end], end, date_spans)
        whole = streak or relative
        post = _clean_after(post_raw.lstrip("的") if whole else _head_after(post_raw)) if post_raw else ""
        if _PAREN_ONLY.fullmatch(post_raw.strip()):
            post = ""
        post = post[: c.max_chars]
        if post:  # the head ends where its text ends in the clause (帮助1023名农民工|追回欠薪1426.8万元)
            at = body.find(post, end, clause_end)
            post_end = at + len(post) if at >= 0 and not whole else clause_end
            if not whole and at >= 0:
                post = _with_coverage(post, body[at + len(post):clause_end])
        else:
            post_end = end
    if streak and post:
        return post, "after", post_end
    ends_listing = clean(raw_pre).endswith(c.object_after) or raw_pre.rstrip().endswith(c.object_after)
    use_post = False
    if post and (immediate or relative):
        if not pre or not has_noun(pre):
            use_post = True
        elif ends_listing or (percent and immediate):
            use_post = True
        elif ends_with_verb(pre) and has_noun(post):
            use_post = True
        elif "、" in pre and verb_count(pre) == 0 and has_noun(post):
            use_post = True  # 街道、公安、法院3个部门: the list names the members of the head
        elif immediate and len(tags(pre)) == 1 and tags(pre)[0][1] in ("vn", "n") and has_noun(post) \
                and len(pre) + len(post) <= c.max_chars:
            return pre + post, "after", post_end  # 通报3家单位: the action alone, and what it was done to
    if use_post:
        modifier = pre.removesuffix("的")
        if body[start - 1:start] == "的" and len(modifier) >= 2 and not _DIGIT.search(modifier) \
                and len(modifier) + len(post) < c.max_chars:
            post = f"{modifier}的{post}"  # 对暂时无法化解的5件积案: the clause before the number says which
        return post, "after", post_end
    if pre and _HAN.search(pre):
        if len(pre) > c.max_chars:
            pre = pre[-c.max_chars:]
        return pre, "before", start
    return None, "", start


_COVERAGE_CHARS = 12


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
    if not text or not text.startswith(openers):
        return False
    t = tags(text)
    return bool(t) and t[0][0] in openers


def clause_subject(body: str, segs: Segments, start: int, floor: int, date_spans) -> str | None:
    """The noun phrase that opens the clause before the one at `start`
    (新收执行案件增速大幅放缓,由前三年的年均20%… -> 新收执行案件增速)."""
    this_clause = segs.clause_start(start)
    if this_clause - 1 <= floor:
        return None
    prev_start = max(segs.clause_start(this_clause - 1), floor)
    text = clean(_strip_dates(body[prev_start:this_clause - 1], prev_start, date_spans))
    t = tags(text)
    last_noun = max((i for i, (w, f) in enumerate(t) if f in _cfg().nouns and not is_verb(w, f)), default=None)
    if last_noun is None:
        return None
    head = clean("".join(w for w, _ in t[: last_noun + 1]))
    if _DIGIT.search(head):
        return None  # the clause before holds a number of its own: it is no subject
    return head or None
