"""Measures: the enumerated actions of a release (RECORDS.md, "Measure").

Items are found by the numbering schemes of data/measures.toml (一、 （一） 第一， 1. （1）,
unnumbered heading lines, 一是), grouped into runs that count 1, 2, 3…, and nested by
position. The measures are the outermost items that are actions: a section heading such
as 一、基本情况 or （一）监督管理方面 hands over to the items inside it; a list introduced
as problems (存在以下问题：一是…) holds no measures.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple
from functools import lru_cache

import regex

from . import lexicon
from .document import Measure
from .heading_model import heads_measures
from .list_model import lists_measures
from .indicator import is_verb, opens_with_verb, tags
from .lines import classify
from .numbers import parse_number
from .script import has_traditional, simplified


@dataclass
class Item:
    scheme: int  # rank: 0 is outermost
    number: int
    marker: str | None
    start: int
    title: str
    title_end: int
    end: int = -1


@lru_cache(maxsize=1)
def _cfg():
    data = lexicon.load("measures")
    schemes = []
    for rank, s in enumerate(data["scheme"]):
        if s["at"] == "inline":  # an inline item starts a line or follows a sentence or clause break
            pat = lexicon.fast_compile(rf"(?:(?<=^|\n|[。；;！？!?，,：:])\s*)({s['pattern']})")
        else:
            pat = lexicon.fast_compile(s["pattern"]) if s["pattern"] else None
        schemes.append((rank, s["name"], s["at"], pat))
    structural = lexicon.fast_compile("|".join(f"(?:{p})" for p in data["structural"]))
    not_heading = lexicon.fast_compile("|".join(f"(?:{p})" for p in data["not_heading"] + data["table_line"]))
    problems = lexicon.fast_compile(lexicon.alternation(data["problem_leads"]))
    declared = lexicon.fast_compile(data["declared"])
    declared_label = lexicon.fast_compile(data["declared_label"])
    signature_date = lexicon.fast_compile(data["signature_date"])
    not_lead = lexicon.fast_compile("|".join(f"(?:{p})" for p in data["not_lead"]))
    findings = lexicon.fast_compile("|".join(f"(?:{p})" for p in data["findings"]))
    over_items = lexicon.fast_compile("|".join(f"(?:{p})" for p in data["structural_over_items"]))
    declared_named = lexicon.fast_compile(data["declared_named"])
    return _Config(data, schemes, structural, not_heading, problems, declared, declared_label, signature_date,
                   not_lead, declared_named, findings, over_items)


class _Config(NamedTuple):
    data: dict
    schemes: list  # (rank, name, at, pattern), outermost first
    structural: regex.Pattern
    not_heading: regex.Pattern
    problems: regex.Pattern
    declared: regex.Pattern
    declared_label: regex.Pattern
    signature_date: regex.Pattern
    not_lead: regex.Pattern
    declared_named: regex.Pattern
    findings: regex.Pattern
    structural_over_items: regex.Pattern  # sections only where items stand under them


_END = "。！？!?"
_HAN = lexicon.fast_compile(r"\p{Han}")
_LEAD_END = lexicon.fast_compile(r"[。：:！!；;，,]+$")
_QUOTED = lexicon.fast_compile(r"“([^“”]{1,20})”")
_LONG = 60
_SPACE = lexicon.fast_compile(r"\s")


def find_items(body: str, leads: list[str] | None = None, tables=()) -> list[Item]:
    """The numbered items, headings and leads of a body; `tables`: the (start, end) spans of its
    tables, whose lines head nothing (信息内容 / 本年制发件数 / 行政处罚 / 0). `leads`: the heads an
    HTML page marks, the only unnumbered heads of such a page (a short line its markup does not set
    off is a caption or a feature's subtitle); None for a text, whose heads are read from its lines."""
    marked = leads is not None
    leads = leads or []
    cfg = _cfg()
    data, schemes, not_heading = cfg.data, cfg.schemes, cfg.not_heading
    items: list[Item] = []
    lines = []
    pos = 0
    for text in body.split("\n"):
        lines.append((pos, text))
        pos += len(text) + 1
    seen_paragraph = False
    lead_rank = next((r for r, n, at, p in schemes if at == "lead"), None)
    not_lead = _cfg().not_lead
    leads = [ld for ld in leads if ld and not not_lead.search(_LEAD_END.sub("", ld).strip())]  # not 【基本案情】
    heading_rank = next(r for r, n, at, p in schemes if at == "heading")
    early: list[Item] = []  # (heading lines before the first paragraph: kept only where later headings match them)
    for i, (start, text) in enumerate(lines):
        matched = False
        lead = next((ld for ld in leads if text.startswith(ld) and len(text) > len(ld)), None) if leads else None
        if lead is not None and lead_rank is not None and not any(
                p is not None and at in ("line", "inline") and p.match(text) for r, n, at, p in schemes):
            title = _LEAD_END.sub("", lead).strip()
            items.append(Item(lead_rank, 0, None, start, title, start + len(lead)))
            matched = True
        for rank, name, at, pat in schemes:
            if at == "line" and pat is not None and not _FILE_NAME.match(text):  # (1.jpg: an image's name)
                m = pat.match(text)
                if m:
                    n = int(parse_number(m.group("n")) or 0)
                    items.append(_item(body, rank, n, m.group(), start, start + m.end(), inline=False))
                    matched = True
                    break
        if not matched and not marked and not _shi_opening().match(text):  # (一是迅速行动，周密部署…工作: read as the 一是 item)
            if _is_heading(text, data, not_heading) and i + 1 < len(lines) \
                    and not any(a <= start < b for a, b in tables):
                nxt = lines[i + 1][1]
                if nxt and not (_is_heading(nxt, data, not_heading) and (i + 2 >= len(lines))
                                and nxt.endswith(_signatory())) \
                        and not _cfg().signature_date.match(nxt) and not _NUMBER_LINE.match(nxt) \
                        and _heads_paragraph(lines, i):
                    prev_item = items[-1] if items else None
                    heading = Item(heading_rank, 0, None, start, text, start + len(text), start + len(text))
                    if not seen_paragraph:
                        if not _deck_lead().match(nxt):  # (用好“明白人” 激活治理新动能 / 近年来，县司法局…: a deck over the lead)
                            early.append(heading)
                    elif prev_item and prev_item.scheme == heading_rank and prev_item.end == start - 1:
                        prev_item.end = start + len(text)  # a subtitle line under the heading
                    else:
                        items.append(heading)
        if len(text) >= _LONG or (text and text[-1] in _END and len(text) >= 25):
            seen_paragraph = True
    later = [it.title for it in items if it.scheme == heading_rank]
    matching = [it for it in early if any(_same_form(it.title, h) for h in later)]
    if matching:  # (“一统筹”掌舵领航 / its paragraph … “两融合”打通脉络 …: the first of a run of headings of one
        items = sorted(items + matching, key=lambda it: it.start)  # form, right under the headline)
    if not marked and lead_rank is not None:
        items += _text_leads(lines, lead_rank, {it.start for it in items})
        if not items:
            items += _inline_leads(body, lead_rank)
        if not items:
            items += _spaced_headings(body, heading_rank)
    # inline items: 一是…二是…, after a line start or a sentence/clause break
    for rank, name, at, pat in schemes:
        if at != "inline":
            continue
        run_on = []
        for m in pat.finditer(body):
            n = int(parse_number(m.group("n")) or 0)
            it = _item(body, rank, n, m.group(1), m.start(1), m.end(1), inline=True)
            if m.groupdict().get("run_on") is None or _lead_parallel().match(it.title + "。"):
                items.append(it)  # (after a full stop, where a dump ran the paragraphs on: only a lead of two parallel
                # clauses, 数字攻坚,强拳严打击; not a report's section, 主动公开情况, nor a sentence, 一、二年级学生…)
            elif len(it.title) <= _cfg().data["lead_max"] and not _SPACE.search(it.title.strip()) \
                    and any(is_verb(w, f) for w, f in tags(it.title)) \
                    and not _cfg().structural.search(it.title.strip()) and not _TOPIC.search(it.title):
                run_on.append(it)  # (a short sentence of an action: not a section's name, 主要做法。 存在问题。, nor
                # one run into its text, 概述 2016年以来,…)
        if {1, 2} <= {it.number for it in run_on}:
            items += run_on  # (…开展了集中宣传活动。 一、利用农村庙会开展… 二、坚持进村入户…: the dump's items counting
            # on from 一 to 二 at least, each after a full stop and a space)
        if name == "shi":
            for m in _after_subject().finditer(body):
                items.append(_item(body, rank, 1, m.group(), m.start(), m.end(), inline=True))
    items.sort(key=lambda it: it.start)
    return items


def _same_form(a: str, b: str) -> bool:
    """Two headings of one form: the same marks (quotes, spaces, commas) in the same places, and
    about as long (坚持党的领导念好“引”字诀, 融入市域治理念好“融”字诀)."""
    a, b = a.strip(), b.strip()
    if abs(len(a) - len(b)) > _FORM_SLACK:
        return False
    marks_a = [(i, ch) for i, ch in enumerate(a) if not _HAN.match(ch)]
    marks_b = [(i, ch) for i, ch in enumerate(b) if not _HAN.match(ch)]
    return bool(marks_a) and [ch for _, ch in marks_a] == [ch for _, ch in marks_b] \
        and all(abs(i - j) <= _FORM_SLACK for (i, _), (j, _) in zip(marks_a, marks_b))


_FORM_SLACK = 2  # characters two headings of one form may differ by, in length and in where their marks stand


def _heads_paragraph(lines: list[tuple[int, str]], i: int) -> bool:
    """Whether a heading line has the article's text under it: a paragraph within the next four
    lines (a subtitle or a photo's caption may come between), not the page's furniture after
    the article (返回首页>>, 审核人:…, • 郑重声明:…, 评论一下)."""
    joined = ""
    after = lines[i + 1:i + 5]
    for _, text in after:  # (a dump may break a paragraph at its bold words: 紧扣企业“减 / 负”…)
        if text and classify(text).kind != "content":
            return False
        joined += text
        if len(text) >= _PARAGRAPH_MIN and _CLAUSE_MARK.search(text) or \
                len(joined) >= _PARAGRAPH_MIN * 2 and _CLAUSE_MARK.search(joined):
            return True
    # (an excerpt cut off under the heading: 三项制度破局 执法提质增效 / 紧扣企业“减)
    return i + 1 + len(after) >= len(lines) and bool(joined) and joined[-1] not in _END \
        and not _NOT_PROSE.search(joined)


_NOT_PROSE = lexicon.fast_compile(r"[:：•·>|｜丨]")  # (初审编辑:, • 中工网客户端: furniture)


_PARAGRAPH_MIN = 20
_CLAUSE_MARK = lexicon.fast_compile(r"[，,。；;！？!?]")
_FILE_NAME = lexicon.fast_compile(r"^\s*[\w.-]{1,40}\.(?:jpe?g|png|gif|bmp|webp|pdf|docx?|xlsx?)\s*$", regex.I)
# a line that is only a number makes the line above it a table's cell (行政处罚 / 0), no heading
_NUMBER_LINE = lexicon.fast_compile(r"^\s*[\d.,%]+\s*$")
_FIRST_SENTENCE = lexicon.fast_compile(r"[^。！？!?]+[。！？!?]")


_FIGURE = lexicon.fast_compile(r"\d\s*(?:%|件|起|宗|人|名|个|万|亿|元|次|户|家|条|项)")
_SHORT_LEAD = lexicon.fast_compile(r"[\p{Han}“”]{4,12}[。！!]")


def _numbered(text: str) -> bool:
    """Whether a text opens with an item's number of a line or inline scheme (1. …, 一是…)."""
    return any(p is not None and at in ("line", "inline") and p.match(text) for r, n, at, p in _cfg().schemes)


def _text_leads(lines: list[tuple[int, str]], rank: int, taken: set[int]) -> list[Item]:
    """The bold leads of a page lost in a text dump: runs of paragraphs, each opened by a
    short sentence that starts with a verb or an adverb (确保安排部署到位。先生店镇…)."""
    data = _cfg().data
    lead_tags, parallel = frozenset(data["lead_tags"]), _lead_parallel()
    found, openers = [], []
    for i, (start, text) in enumerate(lines):
        if start in taken:
            continue
        if _numbered(text):
            continue  # (一是领导重视,部署“快”。: a numbered item, read by its number)
        m = _FIRST_SENTENCE.match(text)
        if not m or len(m.group()) > data["lead_max"] + 1 or len(m.group()) < 5:
            continue
        if _caption().search(text) or m.group().count("“") > m.group().count("”"):
            continue  # a photo's caption; words spoken (“想想都觉得丢人,…!”)
        if _cfg().not_heading.search(m.group()[:-1]):
            continue  # 各位媒体朋友,大家好!: a speaker's greeting
        if len(text) - m.end() < 10 and not (m.end() == len(text) and _paragraph_after(lines, i)):
            continue  # (a lead alone on its line heads the paragraph under it: 强化顶层设计,构建…机制。)
        if _FIGURE.search(m.group()):
            continue  # 受理商品消费投诉共4759件，占投诉量的48%。: a figure reported, not an action
        t = tags(m.group())
        item = Item(rank, 0, None, start, m.group()[:-1].strip(), start + m.end() - 1)
        by_means = bool(t) and t[0][0] in data["lead_prepositions"] and any(is_verb(w, f) for w, f in t[1:]) \
            and "的" not in m.group()  # (以学法用法提高…素质。; 以刘月旺命名的“月旺调解室”是…: a name, no means)
        if not t or not (is_verb(*t[0]) or t[0][1] in lead_tags or by_means or parallel.match(m.group())
                         or (_SHORT_LEAD.fullmatch(m.group()) and not _result_lead().search(m.group()[:-1]))):
            # (高位推动。多元共治精准调解。: a short phrase alone, unless it states a result; but
            # leads opening with the same word, 建强…机制。 建强…机制。, are parallel whatever their tags)
            if _HAN2.match(m.group().lstrip("“\"")):
                openers.append((i, item))  # (“婚调+法律咨询”。 “婚调+心理疏导”。: quoted leads opening alike)
            continue
        found.append((i, item))
    by_opening: dict[str, list] = {}
    for i, it in openers:
        by_opening.setdefault(it.title.lstrip("“\"")[:2], []).append((i, it))
    for group in by_opening.values():
        if len(group) >= data["lead_run"] and all(b[0] - a[0] <= data["lead_gap"] for a, b in zip(group, group[1:])):
            found += group
    found.sort(key=lambda f: f[0])
    out, run = [], []
    for i, it in found:
        if run and i - run[-1][0] > data["lead_gap"]:
            out += [x for _, x in run] if len(run) >= data["lead_run"] else []
            run = []
        run.append((i, it))
    out += [x for _, x in run] if len(run) >= data["lead_run"] else []
    return out


@lru_cache(maxsize=1)
def _acted_on():
    return lexicon.fast_compile(_cfg().data["problems_acted_on"])


def _shi() -> dict:
    return next(s for s in _cfg().data["scheme"] if s["name"] == "shi")


@lru_cache(maxsize=1)
def _after_subject():
    return lexicon.fast_compile(_shi()["after_subject"])


@lru_cache(maxsize=1)
def _shi_opening():
    """A line that opens with 一是/一要 (the scheme's own pattern)."""
    return lexicon.fast_compile(r"\s*(?:" + _shi()["pattern"] + ")")


@lru_cache(maxsize=1)
def _form_field():
    return lexicon.fast_compile(_cfg().data["form_field"])


@lru_cache(maxsize=1)
def _caption():
    return lexicon.fast_compile(_cfg().data["caption"])


def _paragraph_after(lines: list[tuple[int, str]], i: int) -> bool:
    nxt = next((t for _, t in lines[i + 1:] if t.strip()), "")
    return len(nxt) >= _LONG


def _inline_leads(body: str, rank: int) -> list[Item]:
    """Lead sentences run together inside paragraphs (建立挂钩联系点预防矛盾纠纷。该院…；建立司法
    服务点化解矛盾纠纷。…；建立巡回审判点解决矛盾纠纷。; 聚焦人民调解,着力化解…。): short sentences of
    one or two clauses, each after a paragraph start or a full stop, at least `inline_lead_run` of
    them alike: opening with the same word; else each clause opening with a verb (加强楼长培训,激发…。);
    else of one length, opening with the same character (建队伍强保障。…建体系强排查。)."""
    data = _cfg().data
    groups: dict[str, list[Item]] = {}
    for m in _INLINE_LEAD.finditer(body):
        text = m.group("lead")
        if _FIGURE.search(text) or len(body) - m.end() < 10:
            continue
        if not _HAN2.match(text):
            continue
        item = Item(rank, 0, None, m.start("lead"), text, m.end("lead"))
        groups.setdefault(text[:2], []).append(item)
        if all(opens_with_verb(c, verbal_noun=True) for c in _CLAUSE_SPLIT.split(text)):  # (营造: a verbal noun)
            groups.setdefault("verbs", []).append(item)  # (加强楼长培训,激发楼长参与社会治理。: a verb opening each clause)
        groups.setdefault((text[0], len(text)), []).append(item)  # (建队伍强保障。…建体系强排查。: one verb, one length)
        if len(text) <= _SHORT_PARALLEL and not _numbered(text):
            # (审判队伍专业化。…审理程序特别化。…解纷力量多元化。: one ending; 一是…到位。 are read by their numbers)
            groups.setdefault(("end", text[-1]), []).append(item)
    same_word = [g for key, g in groups.items() if isinstance(key, str) and key != "verbs"]
    same_form = [g for key, g in groups.items() if isinstance(key, tuple)]
    for kind in (same_word, [groups.get("verbs", [])], same_form):  # the same word first, then the other parallels
        best = max(kind, key=len, default=[])
        if len(best) >= data["inline_lead_run"]:
            return best
    return []


def _spaced_headings(body: str, rank: int) -> list[Item]:
    """Headings a text dump ran into its paragraphs, set off by spaces after a full stop
    (…并获得支持。 保护生物多样性 近年来，该院…): at least two of them, or none."""
    cfg = _cfg()
    found = []
    for m in _SPACED_HEADING.finditer(body):
        title = m.group("h")
        if _is_heading(title.replace(" ", "").replace("\u3000", ""), cfg.data, cfg.not_heading) \
                and not _FIGURE.search(title):
            found.append(Item(rank, 0, None, m.start("h"), title, m.end("h")))
    return found if len(found) >= 2 else []


_SPACED_HEADING = lexicon.fast_compile(lexicon.load("measures")["spaced_heading"])
_SHORT_PARALLEL = 8  # characters of a lead that parallels the others by its ending alone
_CLAUSE_SPLIT = lexicon.fast_compile(r"[，,]")


_HAN2 = lexicon.fast_compile(r"\p{Han}{2}")
_INLINE_LEAD = lexicon.fast_compile(r"(?:^|(?<=[。；;\n]))[ \t\u3000]*(?:其中)?(?:包括)?(?P<lead>[^，,。；;：:！!？?\n“”]{4,18}"
                                    r"|[^，,。；;：:！!？?\n“”]{2,10}[，,](?:[^，,。；;：:！!？?\n“”]|“[^“”\n]{1,6}”){2,14})(?=。)", regex.M)
# (打造矛调中心,挂起“门牌”。: a quoted word may end the second clause)


@lru_cache(maxsize=1)
def _result_lead():
    return lexicon.fast_compile(_cfg().data["result_lead"])


@lru_cache(maxsize=1)
def _deck_lead():
    return lexicon.fast_compile(_cfg().data["deck_lead"])


@lru_cache(maxsize=1)
def _lead_parallel():
    return lexicon.fast_compile(_cfg().data["lead_parallel"])


def _item(body: str, rank: int, n: int, marker: str, start: int, after: int, inline: bool) -> Item:
    line_end = body.find("\n", after)
    line_end = len(body) if line_end < 0 else line_end
    stops = _END + ("；;" if inline else "")
    end = after
    while end < line_end and body[end] not in stops:
        end += 1
    if inline:
        nxt = _NEXT_AFTER_COMMA.search(body, after, end)
        if nxt:
            end = nxt.start()  # 一是广播喇叭天天响起来,二是…: items set apart by commas alone
    else:
        run_on = _RUN_INTO_PARAGRAPH.search(body, after, end)
        if run_on:  # (一)强化组织领导…政府工作报告2024年,区委常委会…: the heading ran into its paragraph
            end = run_on.start()
    return Item(rank, n, marker.strip(), start, body[after:end].strip(), end)


_RUN_INTO_PARAGRAPH = lexicon.fast_compile(lexicon.load("measures")["heading_run_into_paragraph"])


_NEXT_AFTER_COMMA = lexicon.fast_compile(_shi()["next_after_comma"])


def _is_heading(text: str, data, not_heading) -> bool:
    if not (data["heading_min"] <= len(text) <= data["heading_max"]):
        return False
    if any(ch in text for ch in "。！？!?；;") or text[-1] in "，,、：:—─…":
        return False
    if not_heading.search(text) or text.strip() in _table_headers():
        return False  # (信息内容, 项目: a table's header cell)
    return len(_HAN.findall(text)) >= 4


@lru_cache(maxsize=1)
def _table_headers() -> frozenset:
    return frozenset(lexicon.load("tables")["empty_headers"])


def _runs(items: list[Item]) -> list[Item]:
    """Keep the items that belong to a run counting 1, 2, 3… within their scheme (a list
    may be cut off by the excerpt, so a lone first item counts)."""
    kept = []
    last: dict[int, int] = {}
    heading_like = {it.scheme for it in items if it.number == 0}
    for it in items:
        if it.scheme in heading_like and it.number == 0:
            kept.append(it)
            continue
        prev = last.get(it.scheme, 0)
        if it.number == 1 or it.number == prev + 1:
            kept.append(it)
            last[it.scheme] = it.number
    return kept


def _close(items: list[Item], body: str):
    """Each item runs to the next item of its own or an outer scheme; an inline item
    (一是…) also ends with its paragraph."""
    for i, it in enumerate(items):
        end = len(body)
        for nxt in items[i + 1:]:
            if nxt.scheme <= it.scheme:
                end = nxt.start
                break
        if it.scheme in _inline_ranks():
            para_end = body.find("\n", it.start)
            end = min(end, len(body) if para_end < 0 else para_end)
        while end > it.start and body[end - 1] in "\n；; ":
            end -= 1
        it.end = end


@lru_cache(maxsize=1)
def _inline_ranks() -> frozenset:
    return frozenset(r for r, n, at, p in _cfg().schemes if at == "inline")


def _top_level(items: list[Item], body: str, lo: int, hi: int) -> list[Item]:
    structural = _cfg().structural
    inside = [it for it in items if lo <= it.start < hi]
    if not inside:
        return []
    top = min(it.scheme for it in inside)
    tops = [it for it in inside if it.scheme == top]
    heading_rank = next(r for r, n, at, p in _cfg().schemes if at == "heading")
    if top == heading_rank:
        # headings before a section heading (主要做法) are the release's own title block
        idx = [i for i, it in enumerate(tops) if structural.search(it.title)]
        if idx:
            tops = tops[idx[-1]:]
    out: list[Item] = []
    findings = _cfg().findings
    topics = len(tops) >= _TOPIC_RUN and all(it.marker and it.scheme not in _inline_ranks() for it in tops) \
        and sum(_names_a_topic(it.title) for it in tops) >= _TOPIC_SHARE * len(tops)
    heads = [_unspaced(_HEAD.split(it.title, 1)[0]).strip(_cfg().data["heading_brackets"]) for it in tops]  # (1、组织机构
    # 设置及人员情况：南县…: the heading before its colon; 【警情概况】; 概  况: a heading spaced out to the line's width)
    parts = [bool(_COMMUNIQUE_SECTION.search(h)) for h in heads]
    communique = sum(parts) >= max(2, len(tops) / 2)  # (一、综合 二、农业 …: a communiqué's parts, most of the level)
    for it, head, part in zip(tops, heads, parts):
        if findings.search(head):
            continue  # what the figures show, not what was done
        section = topics or (communique and part) \
            or (it.scheme not in _inline_ranks() and (structural.search(_unspaced(it.title)) or structural.search(head)))
        if section or not it.title:  # (an inline item, 一是…, is never a section: its run is judged whole)
            out += _top_level(items, body, it.start + 1, it.end)
        elif it.scheme not in _inline_ranks() and (part or _cfg().structural_over_items.search(head)):
            below = _top_level(items, body, it.start + 1, it.end)
            out += below or [it]  # 一、针对您提出的…建议, 二、社会保障 among fields of work: the actions under it, else
            # the point itself
        else:
            out.append(it)
    topics = [it for it in out if it.scheme in _inline_ranks() and _TOPIC.search(it.title)]
    if len(topics) >= 2:  # 一是制度建立和落实情况。…二是重点执法工作开展情况。…: a report's topics, no actions
        out = [it for it in out if it not in topics]
    return out


def _unspaced(text: str) -> str:
    """A heading spread out letter by letter to its line's width (基 本 情 况, 概  况) without its spaces; any other
    heading as it stands (紧盯重点 强化防范措施: two phrases)."""
    return _SPACE_RUN.sub("", text) if _SPACED_OUT.fullmatch(text.strip()) else text


_SPACED_OUT = lexicon.fast_compile(r"\p{Han}(?:[ \u3000]+\p{Han})+")
_SPACE_RUN = lexicon.fast_compile(r"[ \u3000]+")
_TOPIC = lexicon.fast_compile(lexicon.load("measures")["inline_topic"])
_COMMUNIQUE_SECTION = lexicon.fast_compile(lexicon.load("measures")["communique_sections"])
_TOPIC_MAX = 10  # characters of a numbered heading that names a field of work (一、农业, 二、刑事检察工作)
_TOPIC_RUN = 3  # headings in a list of such fields
_TOPIC_SHARE = 0.75  # of them naming fields (综合, 固定资产投资: a verbal noun may stand among them)


def _names_a_topic(title: str) -> bool:
    """A short heading of nouns alone names a field a report covers (一、综合 二、农业 … 十一、环境保护;
    一、刑事检察 二、未成年人检察工作), not an action."""
    if len(title) > _TOPIC_MAX or "“" in title or title.endswith("化"):
        return False  # (送法下乡常态化: what is to be made so, an aim)
    t = tags(title)
    return bool(t) and not any(is_verb(w, f) for w, f in t) and any(f.startswith("n") or f == "vn" for w, f in t)


_HEAD = lexicon.fast_compile(r"[:：]")



def find_measures(body: str, leads: list[str] | None = None, tables=(), title: str | None = None) -> list[Measure]:
    """The measures of a body: its top-level items that head actions. `title`: the document's
    (the list model weighs it: a case-statistics release's sections are no actions)."""
    items = [it for it in find_items(body, leads, tables) if it.title.strip() or body[it.title_end:].strip()]
    # (a bare marker ending the text, 1、 of a list the dump cut off, heads nothing)
    items = _drop_notes(_runs(items), body)
    _close(items, body)
    tops = _screened(_kept(_top_level(items, body, 0, len(body)), body), body, items)
    keep = lists_measures([(it.marker, _unbracketed(it.title.strip()), it.start) for it in tops], body, title)
    tops = [it for it, kept in zip(tops, keep) if kept]
    if len(tops) == 1 and tops[0].marker and tops[0].number > 1 and not opens_with_verb(tops[0].title):
        tops = []  # (三)政府信息管理 alone, its list's other items findings or statistics: what is left of a list of
        # no measures (二、强化要素保障… after 一、基本情况 is one)
    measures = []
    for i, it in enumerate(tops, 1):
        title = _unbracketed(it.title.strip())
        kw = _QUOTED.search(title)
        measures.append(Measure(index=i, marker=it.marker, title=title, keyword=kw.group(1) if kw else None,
                                start=it.start, end=it.end))
    return measures


def _kept(tops: list[Item], body: str) -> list[Item]:
    """The items of a level that may be measures: no problems listed or stated, no judgement
    (unless numbered), no photo's caption, no title cut off."""
    tops = _drop_stated_problems(_drop_problem_runs(tops, body))
    judgement = _judgement()
    tops = [it for it in tops if it.marker or not judgement.search(it.title)]
    tops = [it for it in tops if not _caption().search(it.title)]  # (2.高县月江镇综治中心外景: numbered photos)
    if sum(1 for it in tops if _form_field().match(it.title)) >= _cfg().data["form_fields_min"]:
        return []  # 一、项目名称:… 二、资金来源:… 九、监督电话:…: a notice's form, its fields no measures
    return [it for it in tops if len(_HAN.findall(it.title)) >= _cfg().data["title_min_han"]]  # ((三)政: cut off)


def _screened(tops: list[Item], body: str, items: list[Item]) -> list[Item]:
    """The items to keep (heading_model.py: a feature's subtitle heads no measure); under a
    dropped heading, the leads it holds, screened alike (桃江县预防化解婚姻家庭矛盾纠纷 / 健全多方联动
    机制。… / 健全多元调解机制。…: the headline again, then the measures); else the text under it
    goes to the item before it, when that one ended where it began."""
    keep = heads_measures([None if it.marker else it.title.strip() for it in tops], body)
    out: list[Item] = []
    for it, kept in zip(tops, keep):
        below = [] if kept or it.marker or any(keep) else _top_level(items, body, it.start + 1, it.end)
        # (where a heading beside it stands, a dropped one's leads are its sub-items, not measures)
        if kept:
            out.append(it)
        elif below:
            out += _screened(_kept(below, body), body, items)
        elif out and out[-1].end <= it.start and not body[out[-1].end:it.start].strip():
            out[-1].end = it.end
    return out


def _drop_stated_problems(tops: list[Item]) -> list[Item]:
    """Drop the runs of numbered items that each state a problem in their own words (一是…风险意识不强；
    二是…未明确履行告知义务; (一)企业投诉平台和工作机制有待优化; 一、压力大 二、任务多), with no lead-in
    that says so."""
    stated = _stated_problem()
    out, i = [], 0
    while i < len(tops):
        j = i + 1  # the run of numbered items of one scheme counting on from tops[i]
        while tops[i].marker and j < len(tops) and tops[j].marker and tops[j].scheme == tops[i].scheme \
                and tops[j].number == tops[j - 1].number + 1:
            j += 1
        run = tops[i:j]
        if not (len(run) >= 2 and all(stated.search(it.title) for it in run)):
            out += run
        i = j
    return out


@lru_cache(maxsize=1)
def _stated_problem():
    return lexicon.fast_compile(_cfg().data["stated_problem"])


def _drop_problem_runs(tops: list[Item], body: str) -> list[Item]:
    """Drop the inline runs (一是…二是…) whose first item follows a lead-in of problems, or of
    kinds (主要渠道有三种：)."""
    problems = _cfg().problems
    out, skipping, skipped_scheme = [], False, None
    for it in tops:
        if it.scheme in _inline_ranks() or it.scheme in _problem_list_ranks():
            if it.number == 1:
                lead = _lead_in(body, it.start, past_break=it.scheme in _problem_list_ranks())
                if has_traditional(lead):
                    lead = simplified(lead)
                skipping = (bool(problems.search(_acted_on().sub("", lead))) and not _announces_actions().search(lead)) \
                    or bool(_kinds_lead().search(lead))
            if skipping:
                continue
        elif it.scheme in _problem_label_ranks():
            if it.number == 1:
                label = body[body.rfind("\n", 0, max(0, it.start - 1)) + 1:it.start].strip()
                skipping = len(label) <= _cfg().data["problem_label_max"] and not _CLAUSE_MARK.search(label) \
                    and bool(problems.search(simplified(label) if has_traditional(label) else label))
                skipped_scheme = it.scheme
            elif it.scheme != skipped_scheme:
                skipping = False  # (二、 after an inline run of problems: a section of its own)
            if skipping:
                continue
        else:
            skipping = False
        out.append(it)
    return out


@lru_cache(maxsize=1)
def _problem_label_ranks() -> frozenset:
    names = set(_cfg().data["problem_label_schemes"])
    return frozenset(r for r, n, at, p in _cfg().schemes if n in names)


@lru_cache(maxsize=1)
def _problem_list_ranks() -> frozenset:
    names = set(_cfg().data["problem_lead_schemes"])
    return frozenset(r for r, n, at, p in _cfg().schemes if n in names)


@lru_cache(maxsize=1)
def _kinds_lead():
    return lexicon.fast_compile(lexicon.load("measures")["kinds_lead"])


@lru_cache(maxsize=1)
def _announces_actions():
    return lexicon.fast_compile(lexicon.load("measures")["action_lead_end"])


def _drop_notes(items: list[Item], body: str) -> list[Item]:
    """Drop the numbered runs under a line that opens notes (说明：/ 1.…统计范围为… / 2.…):
    they explain figures."""
    out, noting = [], None
    for it in items:
        if it.number == 1:
            line_start = body.rfind("\n", 0, it.start)
            previous = body[body.rfind("\n", 0, line_start) + 1:line_start] if line_start > 0 else ""
            noting = it.scheme if _note_lead().match(previous) else None
        elif noting is not None and it.scheme < noting:
            noting = None  # an outer item ends the notes
        if noting is not None and it.scheme == noting:
            continue
        out.append(it)
    return out


@lru_cache(maxsize=1)
def _signatory() -> tuple[str, ...]:
    return tuple(lexicon.load("boilerplate")["agency_endings"])


@lru_cache(maxsize=1)
def _judgement():
    return lexicon.fast_compile(_cfg().data["judgement"])


@lru_cache(maxsize=1)
def _note_lead():
    return lexicon.fast_compile(_cfg().data["note_lead"])


_SENTENCE_END = lexicon.fast_compile(r"[。！？!?\n]")


def _lead_in(body: str, start: int, reach: int = 40, past_break: bool = False) -> str:
    """The sentence that leads into a list starting at `start` (下一步，我局将重点做好以下工作：),
    or the one before when the list opens a sentence (存在一些不足。一是…)."""
    window = body[max(0, start - reach):start]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    lead = window[ends[-1]:] if ends else window
    if lead.strip(" ：:") or len(ends) < 1:
        return lead
    if not past_break:
        return window[ends[-2]:ends[-1]] if len(ends) > 1 else window[:ends[-1]]
    bounds = [0] + ends
    for a, b in zip(reversed(bounds[:-1]), reversed(bounds[1:])):
        if window[a:b].strip():
            return window[a:b]  # (a list of lines: the sentence before, past the line break that ends it)
    return window[:ends[-1]]


def _unbracketed(title: str) -> str:
    """A heading printed inside brackets (【知万家事,人地事物情全量掌握】) without them: decoration, not its words."""
    opening, closing = _cfg().data["heading_brackets"]
    if len(title) > 2 and title[0] == opening and title[-1] == closing and opening not in title[1:] and closing not in title[:-1]:
        return title[1:-1].strip()
    return title


def measures_declared(text: str, measures: list[Measure] = (), body_start: int = 0) -> int | None:
    """The count the text announces: 三项举措 / 五个方面, or a quoted “四个强化” whose word
    opens each of that many measures. `body_start`: where the body (to which the measures'
    offsets point) begins in `text`."""
    first = body_start + measures[0].start if measures else len(text)
    run = _NUMERAL_RUN.search(text, 0, first) if measures else None
    if run:  # “一二三”工作法: 建强一个阵地、完善两个机制、坚持“三访”并举, as many parts as numerals
        return len(run.group("run"))
    announced = []  # the counts announced before the list
    titles = [(t.start(), t.end()) for t in _DOCUMENT_TITLE.finditer(text)] if "《" in text else []
    for m in _cfg().declared.finditer(text):
        if any(a < m.start() < b for a, b in titles):
            continue  # 《…第十五个五年规划的建议》: a count in a document's name
        if m.group("filler") and _noun_then_verb(m.group("filler")):
            continue  # 联合五个部门出台措施: a thing and a verb between, no announcement (五大调解机制 is one)
        if _about_the_report(text, m.start()):
            continue  # 全文包括…等七个方面: the report's parts
        if m.start() >= first and announced:
            break
        if m.start() >= first:
            n = parse_number(m.group("n"))
            following = [ms for ms in measures if body_start + ms.start > m.start()]
            if n and int(n) == len(following) > 1 and following[0].marker in _FIRST_MARKERS:
                return int(n)  # …五是法治宣传教育取得新成果。…从十个方面做好2022年工作：一是…十是: the list it heads
            if n and int(n) == len(measures) > 1 and not following:
                return int(n)  # three headed parts, then …重点落实三项举措: the count sums them up
            continue  # 三是发挥三个抓手作用: inside the list, a count of one measure's parts
        if _one_of_counted_parts(text, m):
            continue  # 完善四项机制、强化三项措施、实施三项保障: one of several counted parts
        n = parse_number(m.group("n"))
        if not n or n <= 1 or n > 20:
            continue  # 是…的一项重要举措: one measure named, no list announced
        if "“" in (m.group("filler") or "") and n != len(measures):
            continue  # 两个“毫不动摇”的要求: a formula, unless as many measures follow (三个“进一步规范”的要求：一是…三是)
        announced.append(int(n))
    if announced:  # of several, the one that counts the list (汇报从…三个方面介绍…, then 提出四点要求：一是…四是)
        return next((n for n in reversed(announced) if n == len(measures)), announced[0])
    for qm in _QUOTED_PARTS.finditer(text, 0, first):
        n = parse_number(qm.group("n"))
        if n and n >= len(measures) >= 2 and len(_PART_SEPARATOR.split(qm.group("parts"))) == n:
            return int(n)  # “高效援助+精准普法+多元解纷”三位一体: the parts the measures take up
    if len(measures) >= 2:
        for lm in _COUNT_IN_LEAD.finditer(text, max(0, first - _cfg().data["count_in_lead_reach"]), first):
            if parse_number(lm.group("n")) == len(measures) and not _one_of_counted_parts(text, lm) \
                    and not _noun_then_verb(lm.group("what")) and not _about_the_report(text, lm.start()):
                return len(measures)  # 坚持凸显三项工作，… over three measures
    for cm in _COUNT_THEN_LIST.finditer(text, 0, first + 40):
        n = parse_number(cm.group("n"))
        if n and n >= len(measures) >= 2 and not _about_the_report(text, cm.start()):
            return int(n)  # 落实三个保障。一是人员阵地保障…: the count the list's first item follows
    for km in _AS_MANY.finditer(text, 0, first):
        if len(measures) >= 2 and parse_number(km.group("n")) == len(measures):
            return len(measures)  # 县司法局突出五项重点… over five measures
    for lm in _cfg().declared_label.finditer(text):
        n = parse_number(lm.group("n"))
        word = lm.group("word")
        twice = lm.group("word2") and not _NUMERAL.search(word + lm.group("word2"))  # (not “四化四解四到位”)
        named = word[-1] in _cfg().data["declared_label_methods"] or twice \
            or bool(_LABEL_LEAD.search(text, max(0, lm.start() - 4), lm.start()))  # (通过“三大工程”, 以“六个创新”推进…)
        if n and n == len(measures) > 1 and (all(word in ms.title for ms in measures) or lm.start() < first and named
                                             or all(ms.title.endswith(word[0]) for ms in measures)):
            return int(n)  # (“四个强化” opening each measure; “三法” before three measures; “四化联动” over …专业化、…特别化)
        if n and n > len(measures) > 1 and len(word) >= 2 and all(word in ms.title for ms in measures):
            return int(n)  # (“五个常态化” and four measures …常态化: the fifth cut off or unmarked)
        in_title = lm.start() < body_start
        in_lead = not in_title and lm.start() < body_start + _cfg().data["declared_lead_reach"] \
            and bool(_LABEL_LEAD.search(text, max(0, lm.start() - 4), lm.start()))
        if n and 1 < n <= 10 and n >= len(measures) >= 1 and (in_title or in_lead) and lm.start() < first \
                and (text[lm.end("n"):lm.end("n") + 1] in _COUNTING_WORDS or twice) \
                and not _LABEL_FRAME.search(text, max(0, lm.start() - 4), lm.start()) \
                and not _LABEL_FRAME_AFTER.match(text, lm.end()):
            return int(n)  # 以“六个创新”推进平安西安建设 over the first of them, the rest cut off or unmarked:
            # the headline, or the lead's means, announces what the release goes through
    for nm in _cfg().declared_named.finditer(text):
        # “六大融合”, “四个一”模式 when the body enumerates them; a method of N steps (五步工作法,
        # 四维工作法, 三字诀) announces them even where the list is cut off or unmarked
        steps = nm.group("n2") or nm.group("n2b") or nm.group("cls") == "步"
        if not measures and not steps and not _sums_up_its_list(text, nm):
            continue
        if nm.group("n5"):  # 四措并举, 三管齐下 over a list of measures, its end perhaps cut off
            n = parse_number(nm.group("n5"))
            if n and len(measures) >= 2 and n >= len(measures):
                return int(n)
            continue
        n = parse_number(nm.group("n") or nm.group("n2") or nm.group("n2b") or nm.group("n3") or nm.group("n4"))
        if nm.group("cls") in _cfg().data["structure_classifiers"] and n != len(measures):
            continue  # “三位一体”: a structure of three parts, announcing measures only over as many
        word = nm.group("what") or ""  # (张牌 of “四张牌”: 牌)
        if n and 1 < n <= 10 and (_names_a_method(text, nm, int(n))
                                  or (len(measures) == n and nm.group("cls") in _cfg().data["move_classifiers"])
                                  or (n > len(measures) > 1 and word and all(word[-1] in ms.title for ms in measures))):
            return int(n)  # (“三招齐下”, “四张牌” over as many measures: the body enumerates them; 挂起“门牌”…形成“王牌”)
    return _means_of_the_headline(text, body_start)


def _means_of_the_headline(text: str, body_start: int) -> int | None:
    """A quoted count the headline makes the means of its verb (“四解”机制化解基层矛盾纠纷, “四个更加”亮出…成绩单):
    that many things done, announced."""
    data = _cfg().data
    for hm in _HEADLINE_MEANS.finditer(text, 0, body_start):
        word, structures = hm.group("word"), data["declared_headline_structures"]
        if word[0] in data["declared_headline_not_counts"] or word[-1] in data["declared_headline_not_heads"] \
                or any(w in word or text.startswith(w, hm.end()) for w in structures) \
                or _LABEL_FRAME.search(text, max(0, hm.start() - 4), hm.start()):
            continue  # 旁听“两会”, “十佳调解能手”; “三所联动”, “四长”联动: one structure's parties; 坚持“三早”: a slogan carried on
        after = text[hm.end():min(hm.end() + 6, body_start)].lstrip()
        first = tags(after)[:1]
        if not first or not is_verb(*first[0]):
            continue
        rest = after[len(first[0][0]):]
        if any(rest.startswith(h) for h in data["declared_headline_compound_heads"]):
            continue  # “五老”调解队, “四无讼”治理模式: label and verb one noun
        return int(parse_number(hm.group("n")))
    return None


def _noun_then_verb(text: str) -> bool:
    seen_noun = False
    for w, f in tags(text):
        if is_verb(w, f):
            if seen_noun:
                return True
        elif f.startswith("n"):
            seen_noun = True
    return False


def _one_of_counted_parts(text: str, m) -> bool:
    """Whether an announced count is one of several counted parts of a list (完善四项机制、
    强化三项措施), not the sum of the list it closes (紧盯防范、排查、化解三个重要环节)."""
    if text[m.end():m.end() + 1] == "、":
        return True
    parts = _clause_before(text, m.start()).split("、")
    return len(parts) > 1 and any(_cfg().declared.search(part) or _COUNTED.search(part) for part in parts[:-1])


_NUMERAL = lexicon.fast_compile(r"[一二两三四五六七八九十]")
_COUNTED = lexicon.fast_compile(r"[一二两三四五六七八九十\d]+(?:项|个|大|条|种|支|类|批)")


def _about_the_report(text: str, pos: int) -> bool:
    start = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    sentence = text[start:pos + 40]
    return bool(_ABOUT_THE_REPORT.search(sentence))


_CLAUSE_START = lexicon.fast_compile(r"[，,。；;：:！!？?\n][^，,。；;：:！!？?\n]*$")


def _names_a_method(text: str, nm, n: int) -> bool:
    """Whether a quoted count names the release's method (“四个一”为民服务模式, 五步工作法) or
    sums up a list of n items just before it (平台、队伍、方式、文化、资源、制度“六大融合”)."""
    if nm.group("n2") or nm.group("n2b") or nm.group("n3") or nm.group("cls") == "步":
        return True
    if _LIST_AFTER.match(text, nm.end()):
        return True  # 突出抓了“十项重点工作”：一是…: the list follows
    after, before = text[nm.end():nm.end() + 8], text[max(0, nm.start() - 6):nm.start()]
    if any(w in after or w in before for w in _cfg().data["declared_method"]):
        return True
    return _sums_up_a_list(_clause_before(text, nm.start()), n)


def _sums_up_a_list(before: str, n: int) -> bool:
    """Whether the clause before a quoted count of n is a list of n items (平台、队伍、…、制度“六大融合”)."""
    return n > 2 and before.count("、") == n - 1


_LIST_AFTER = lexicon.fast_compile(lexicon.load("measures")["list_after"])
_COUNTING_WORDS = frozenset(lexicon.load("measures")["declared_label_counting"])  # (“六个创新”; not “三所联动”, “三零”)
_LABEL_FRAME_AFTER = lexicon.fast_compile(lexicon.load("measures")["declared_label_frames_after"])
_NUMERAL_RUN = lexicon.fast_compile(lexicon.load("measures")["declared_numeral_run"])
_LABEL_FRAME = lexicon.fast_compile("(?:" + lexicon.alternation(lexicon.load("measures")["declared_label_frames"]) + ")$")
_LABEL_LEAD = lexicon.fast_compile("(?:" + lexicon.alternation(lexicon.load("measures")["declared_label_leads"]) + r")\s*$")
_AS_MANY = lexicon.fast_compile(lexicon.load("measures")["declared_if_as_many"])
_COUNT_THEN_LIST = lexicon.fast_compile(lexicon.load("measures")["count_then_list"])
_QUOTED_PARTS = lexicon.fast_compile(lexicon.load("measures")["quoted_parts_counted"])
_PART_SEPARATOR = lexicon.fast_compile(lexicon.load("measures")["quoted_parts_separators"])
_COUNT_IN_LEAD = lexicon.fast_compile(lexicon.load("measures")["count_in_lead"])
_FIRST_MARKERS = frozenset(lexicon.load("measures")["first_markers"])
_DOCUMENT_TITLE = lexicon.fast_compile(lexicon.load("dates")["document_name"])  # (the dates' own pattern of a 《…》)
_ABOUT_THE_REPORT = lexicon.fast_compile(lexicon.load("measures")["declared_not_in"])
_HEADLINE_MEANS = lexicon.fast_compile(lexicon.load("measures")["declared_headline_means"])


def _sums_up_its_list(text: str, nm) -> bool:
    """组建一个专门小组、设立一处绿色通道、形成一套检查机制、招募一支普法队伍等“四个一”: a quoted count after as
    many listed items, 等 closing them, names the measures inline."""
    n = parse_number(nm.group("n") or "")
    before = _clause_before(text, nm.start())
    return bool(n) and before.endswith("等") and _sums_up_a_list(before, int(n))


def _clause_before(text: str, pos: int) -> str:
    """The clause that ends at `pos` (a clause is short: looked for in the 200 characters before)."""
    clause = _CLAUSE_START.search(text, max(0, pos - 200), pos)
    return text[clause.start() + 1 if clause else max(0, pos - 60):pos]
