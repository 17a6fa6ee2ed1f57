"""One line of page text: what kind of line it is, and the metadata fields it carries.

A line is `navigation`, `toolbar`, `comments`, `footer`, `contact`, `byline`, `epaper`
(all from data/boilerplate.toml), `fields` (a publication-information line or a metadata
table row made of `key: value` pairs), `blank`, or `content`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from . import lexicon
from .script import ends_in_gloss

BOILERPLATE_KINDS = ("navigation", "toolbar", "comments", "footer", "epaper", "notice")
_SPACES = lexicon.fast_compile(r"[\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff\t\r]+")
_MULTI_SPACE = lexicon.fast_compile(r" {2,}")
_READ_MORE_TAIL = lexicon.fast_compile(lexicon.load("boilerplate")["read_more_tail"])
_ONLY_SEPARATORS = lexicon.fast_compile(r"[\s|｜丨]*")
_TAB_ROW = lexicon.fast_compile(r"\S[^\t]*\t+[^\t]*\S[^\t]*\t+[^\t]*\S|[^\t]\t+[^\t]*\d|\d[^\t]*\t+[^\t]")


def normalise(line: str) -> str:
    """Strip a line; non-breaking, ideographic and zero-width spaces become one space; a table
    row set out by tabs (three cells or more, or two with a number) keeps one tab between its
    cells, as a browser copies a table's row."""
    if _ONLY_SEPARATORS.fullmatch(line):
        return ""  # a line of table rules or cell separators (| or ｜ alone) holds nothing
    if "\t" in line and _TAB_ROW.search(line):
        return "\t".join(_one_line(cell) for cell in line.split("\t") if cell.strip())
    return _one_line(line)


def _one_line(line: str) -> str:
    line = _SPACES.sub(" ", line)
    if ">>" in line:
        line = _READ_MORE_TAIL.sub("", line)
    return _MULTI_SPACE.sub(" ", line).strip()


@dataclass
class Line:
    text: str
    kind: str
    fields: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _field_keys() -> tuple[regex.Pattern, dict[str, str]]:
    """A field key with its colon (the longest key at each place), and each key's role. A key
    may be spaced out (来 源：, 标      题)."""
    groups = lexicon.load("boilerplate")["fields"]
    role = {}
    for group, keys in groups.items():
        for k in keys:
            role.setdefault(k, group)
    return lexicon.fast_compile(rf"({_spaced(role)})\s*(?:为\s*)?[:：]"), role  # (来源时间为:2023-12-22)


def field_keys(fields: dict[str, str]) -> set[str]:
    """The keys a fields line printed, unspaced (来 源 → 来源), with values or without."""
    return {_KEY_SPACE.sub("", k) for k in fields.get("_keys", "").split(";") if k}


def field_roles(line: Line) -> set[str]:
    """The roles of a fields line's keys, with values or without (发布时间: 信息来源: →
    published, source): a publication line left empty still marks the header's place."""
    _, role = _field_keys()
    return {role[k] for k in field_keys(line.fields) if k in role}


_HEADLINE_THEN_KEY = lexicon.fast_compile(lexicon.load("boilerplate")["headline_then_key"])
_POSTING_KEYS = frozenset(lexicon.load("boilerplate")["posting_time_keys"])
_CLOCK_TIME = lexicon.fast_compile(r"\d{1,2}\s*[:：时]\s*\d{2}")
_PARAGRAPH_END = lexicon.fast_compile(r"[。！？!?]\s*$")


def keys_over_values(raw_lines: list[str], header: int = 30) -> list[str]:
    """A page's header whose field keys stand alone on their lines with the values on the next
    (发布时间: / 2026-03-04 / 作者: / 来源: / 万古镇人民政府): each key joined to its value."""
    pattern, role = _field_keys()
    out, i, in_text = [], 0, False
    while i < min(len(raw_lines), header):
        line = raw_lines[i]
        bullet = _BULLET_KEY.match(line)  # •  发布日期 / 2022-02-19: a metadata list's key, its value below
        if bullet:
            line = bullet.group(1) + ":"
        key = pattern.fullmatch(line.strip()) if len(line.strip()) <= 12 and _KEY_ALONE.match(line) else None
        if key:
            nxt = raw_lines[i + 1].strip() if i + 1 < len(raw_lines) else ""
            if bullet:
                nxt = _BULLET.sub("", nxt)  # (- 时间: / - 2024-01-18: the value bulleted as its key)
            kind = role.get(_KEY_SPACE.sub("", key.group(1)))
            # (the value a key of its kind takes: a day for a time, a short name for a source)
            if (kind == "published" and _DAY_SOMEWHERE.match(nxt)) or \
                    (kind in ("source", "author") and _SHORT_NAME.fullmatch(nxt)):
                out.append(line.strip() + nxt)
                i += 2
                continue
        out.extend(_headline_then_fields(raw_lines[i]) if not in_text else [raw_lines[i]])
        in_text = in_text or _PARAGRAPH_END.search(raw_lines[i]) is not None  # (the header ends at the first sentence)
        i += 1
    return out + raw_lines[i:]


def _headline_then_fields(line: str) -> list[str]:
    """A headline with the publication fields after it on its line (…撤诉率达到80% 作者:… 发布时间:2010-03-15
    08:55:05): the headline, then the fields, as two lines."""
    m = _HEADLINE_THEN_KEY.match(line)
    if m is None or _field_keys()[0].search(m.group("headline")) or parse_fields(line.strip()) is not None:
        return [line]  # (海口网 http://www.hkwb.net 时间:…: the outlet's fields line, read whole)
    fields = parse_fields(line[m.end("headline"):].strip())
    if not fields or not _CLOCK_SOMEWHERE.search(fields.get("published", "")):
        return [line]  # (活动 时间：2024年5月25日上午9时: an event's time, no publication's to the minute)
    return [m.group("headline"), line[m.end("headline"):].strip()]


_KEY_ALONE = lexicon.fast_compile(r"^\s*\p{Han}[\p{Han} ]{0,8}[:：]\s*$")
_BULLET_MARK = r"(?:[•·●▪]|-(?=\s))"  # a metadata list's bullet (• or a dash before a space)
_BULLET_KEY = lexicon.fast_compile(rf"^\s*{_BULLET_MARK}\s*(\p{{Han}}[\p{{Han}} ]{{0,8}}?)\s*[:：]?\s*$")
_BULLET = lexicon.fast_compile(rf"^{_BULLET_MARK}\s*")
_SHORT_NAME = lexicon.fast_compile(r"[\p{Han}A-Za-z·（）()]{2,20}(?:-[\p{Han}A-Za-z·]{2,12})?")  # (中国宁波网-宁波日报)


def _spaced(keys) -> str:
    """An alternation of keys, longest first, each allowing spaces between its characters."""
    return "|".join(r"[ ]*".join(map(regex.escape, k)) for k in sorted(keys, key=len, reverse=True))


@lru_cache(maxsize=1)
def _bare_keys() -> regex.Pattern:
    """Metadata-table keys without a colon, each opening the line or after a space."""
    keys = lexicon.load("boilerplate")["keys_without_colon"]
    return lexicon.fast_compile(rf"(?:^|(?<=\s))({_spaced(keys)})(?=\s|$|(?:19|20)\d{{2}}\s*[-/.年])")  # (发布日期2026-01-27)


_KEY_SPACE = lexicon.fast_compile(r"[ ]+")


_FIELD_LEAD = lexicon.fast_compile(r"^[\s|｜丨\[\]【】(（•·●▪◆\-]*(?:\p{Han}{2,8}\s*(?:[|｜丨]|\s[-－—]\s)\s*|\p{Han}{2,12}\s*(?=来源[:：]\s*\p{Han}))?"
                                   r"(?:第\s*\d+\s*期\s*[:：]?\s*)?(?:第\s*\d+\s*版\s*)?"
                                   r"(?:\d+\s*次(?:观看|浏览|阅读)(?:作品)?\s*)?")
# (广西新闻|来源:…, 丽水网 - 来源:…: the column's or site's name before the fields; 王献宇出席来源:七台河日报 2025-08-29: a deck run into them;
# 1341次观看作品发布于2018-10-12 11:36: a view counter before them)
# a day written with figures (2024-01-22, 2024年1月22日) and a clock time (15:00, 15:00:08): the
# pieces every publication-time pattern below is made of
_DAY = r"(?:19|20)\d{2}(?:\s*[-/.年]\s*|\s+(?=\d{1,2}/))\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"  # (2025 03/24 too)
_CLOCK = r"(?<!\d)(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{1,2}\s*[时時]\s*\d{1,2}\s*分)"
_DAY_TIME = rf"{_DAY}(?:/?\s*{_CLOCK})?"  # (2022/08/11/ 16:08: a slash left after the day)
_LEADING_DATE = lexicon.fast_compile(rf"^[\s】\]]*[（(【\[]?\s*({_DAY_TIME})\s*[)）】\]]?\s*(?=\S)")  # (【 2026-02-10 11:20:26 】 【 来源:…)
_DAY_FIRST_STAMP = lexicon.fast_compile(rf"\s*(?:[0-2]?\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d{{2}}\s+{_CLOCK}\s*")
_NAME_THEN_STAMP = lexicon.fast_compile(rf"^\s*(\p{{Han}}[\p{{Han}}·]{{0,14}}?\p{{Han}})(?:\s+(?P<writer>\p{{Han}}{{2,3}}))?[\s/|｜·•]*({_DAY}\s*{_CLOCK})\s*"
                                        rf"(?P<mark>{lexicon.alternation(lexicon.load('boilerplate')['timestamp_marks'])})?\s*$")
# (重庆日报2018-12-04 10:00:59: an outlet run into it; 新浪财经·2025-12-21 06:07; 山东法制报 | 2026-01-07 15:07:12 原创:
# the time, its mark after it)
_NAME_THEN_DAY = lexicon.fast_compile(rf"^\s*(\p{{Han}}[\p{{Han}}·—－]{{1,20}})[\s/|｜]+({_DAY})\s*$")
_TIMESTAMP = lexicon.fast_compile(rf"\s*{_DAY}\s*{_CLOCK}\s*")
DAY_ALONE = lexicon.fast_compile(rf"\s*{_DAY}\s*")  # (a field's value that is a day and nothing else)
CLOCK_ALONE = lexicon.fast_compile(rf"\s*{_CLOCK}\s*")  # (a line that is a time of day and nothing else)
_CLOCK_SOMEWHERE = lexicon.fast_compile(_CLOCK)  # (a publication value to the minute)
CLOCK_OPENING = lexicon.fast_compile(rf"\s*{_CLOCK}")  # (…and one that opens with it: 09:05:48字号:…)
_DAY_SOMEWHERE = lexicon.fast_compile(_DAY)
_URL_TOKEN = lexicon.fast_compile(r"\s*(?:https?://|www\.)[A-Za-z0-9./:%?=&#_-]+?(?=(?:19|20)\d{2}年|[^A-Za-z0-9./:%?=&#_-]|$)\s*")  # (…com.cn/2021年08月11日: the day after it)
_HOST = r"(?:https?://)?[\w.-]+\.(?:cn|com|net|org)\S*"
_OUTLET_BEFORE_DATE = lexicon.fast_compile(
    rf"^\s*(?:{_HOST}\s+)?(\p{{Han}}[\p{{Han}}A-Za-z·]{{1,15}})\s+(?:{_HOST}\s+)?(?=[（(]?\s*{_DAY}|\p{{Han}}{{1,4}}\s*[:：]\s*{_DAY})")
_TRAILING_DATE = lexicon.fast_compile(rf"(?:^|\s+|(?<=\p{{Han}}))({_DAY_TIME})\s*$")  # (热线办2017-07-17 10:07 too; 来源: 2025年04月29日, the value empty but for the time)
_CLOSING = {")": "(", "）": "（", "]": "[", "】": "【"}
_OPENING = {v: k for k, v in _CLOSING.items()}
_MARKS = " |｜丨·,，;；"


def _field_value(value: str) -> str:
    """A field's value without the marks and stray brackets around it, but with a bracket that
    closes one it opened (名称: 2023年…第四季度(城管执法局): the title's own bracket stays)."""
    v = value.strip(_MARKS)
    while v:
        if v[-1] in _CLOSING and v.count(_CLOSING[v[-1]]) < v.count(v[-1]) and not ends_in_gloss(v):
            v = v[:-1].strip(_MARKS)  # (某县司法局): a bracket it never opened
        elif v[0] in _OPENING and v.count(v[0]) > v.count(_OPENING[v[0]]):
            v = v[1:].strip(_MARKS)
        elif v[0] in _OPENING and v[-1] == _OPENING[v[0]] and _closes_at(v) == len(v) - 1:
            v = v[1:-1].strip(_MARKS)  # 【法治日报】: brackets around the whole value
        else:
            break
    return v


def _closes_at(v: str) -> int:
    """Where the bracket opening `v` closes."""
    depth = 0
    for k, ch in enumerate(v):
        depth += (ch == v[0]) - (ch == _OPENING[v[0]])
        if depth == 0:
            return k
    return -1


def _value_before_spaced_key(text: str, pattern, matches: list) -> list:
    """信息来源:本站 发布时间: a key read with a space in it right after another key's colon
    (本站 发布时间, as 本站发布时间) is the value, then a shorter key."""
    out = []
    for m in matches:
        space = _KEY_SPACE.search(text, m.start(), m.end())
        if out and space and not text[out[-1].end():m.start()].strip():
            shorter = pattern.match(text, space.end())
            if shorter is not None and shorter.end() == m.end():
                m = shorter
        out.append(m)
    return out


_WRITERS_BEFORE_KEY = lexicon.fast_compile(r"\s*((?:\p{Han}{2,3}\s+){1,5})(?=\S{2,6}\s*[:：])")
_WIDGET_AFTER = lexicon.fast_compile(r"\s+[【\[]")
_COUNTER_AFTER = lexicon.fast_compile(r"(?<=\p{Han})\s+(?:(?:" + lexicon.alternation(lexicon.load("boilerplate")["counter_words"])
                                       + r")(?:次数?|量)?\s*[:：]?\s*)?\d{0,7}(?:\s*条)?$")


def parse_fields(text: str) -> dict[str, str] | None:
    """`发布时间: 2022-03-17 10:26 作者: 来源: 拱墅区司法局` -> {role: value}, or None when
    the line is not made of such fields."""
    if len(text) > 200:
        return None
    if text.endswith(("|", "｜")) and _DAY_SOMEWHERE.search(text):
        # http://www.sina.com.cn 2005年08月13日09:30 大众网 | ||||, | 2026-01-09 16:09:19 来源:… |: a table's cells around it
        text = text.strip(" |｜")
    if ("http" in text or "www." in text) and _DAY_SOMEWHERE.search(text):
        # 2012-07-26 10:18:01 http://www.chinapeace.org.cn/ 来源:法制日报, www.scol.com.cn (2018-04-09
        # 08:50:43) 来源:华西都市报: the site's address among the fields is no field
        text = _URL_TOKEN.sub(" ", text).strip()
    pattern, role = _field_keys()
    slashed = _SLASHED_SOURCE.fullmatch(text)  # 来源/市政府办 (图片/各旗县区政府办 under it)
    if slashed:
        return {"source": slashed.group("source")}
    compiled = _COMPILED_BY.fullmatch(text)  # 法院信息 元氏县人民法院研究室编印: a bulletin's masthead, who compiled it
    if compiled and compiled.group(1).endswith(_source_endings()):  # (not 加强普法读物编印: a heading)
        return {"source": compiled.group(1)}
    if _DAY_FIRST_STAMP.fullmatch(text):  # 19.12.2017  20:36: a day written day first, as some mirror sites print it
        return {"published": text.strip()}
    stamp = _TIMESTAMP.match(_BULLET.sub("", text.lstrip()))  # 2023-11-17 15:13 on a line of its own (• 2023-12-22 15:53: bulleted): a publication time
    if stamp and (stamp.end() == len(stamp.string) or stamp.string[stamp.end():].strip() in _timestamp_marks()):
        return {"published": stamp.string[:stamp.end()].strip()}  # (2026-01-14 16:57:06原创)
    named = _NAME_THEN_STAMP.match(text)  # 魅力霍林河 2020-11-30 09:20:00, 锡林郭勒日报 / / 2017-01-13 08:50
    if named and (named.end(1) == named.start(3) or named.group("writer")) and not named.group(1).endswith(_source_endings()):
        named = None  # (run together only an outlet's name: 报名截止时间2024年5月1日17:00 is a sentence's; a writer
        # after an outlet's name only: 齐鲁晚报·齐鲁壹点客户端 李文璇 2025-12-25 17:30:20原创)
    if named:
        out = {"published": named.group(3)}
        if named.group(1).endswith(_source_endings()) and named.group("mark") not in _timestamp_claims():
            out["source"] = named.group(1)  # (…原创: the site's own mark, the source printed under its key if at all)
        return out
    named = _NAME_THEN_DAY.match(text)  # 法治日报——法治网 2021-12-23: an outlet and the day
    if named and named.group(1).endswith(_source_endings()):
        return {"published": named.group(2), "source": named.group(1)}
    edition = _edition_line().match(text)  # 《河南日报》 (2024年01月17日 第 06 版)
    if edition:
        if "月" in edition.group("published") and "年" not in edition.group("published"):
            return {"source": edition.group("source")}  # (7月28日 《人民法院报》第8版: no year, the paper alone)
        return {"published": edition.group("published").replace("/", ""), "source": edition.group("source")}  # (…/2025 年/1 月/17 日/…)
    outlet = _OUTLET_BEFORE_DATE.match(text)  # 新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报,
    # 海口网 http://www.hkwb.net 时间:2016-05-31 16:41
    if outlet and outlet.group(1).endswith(_source_endings()):
        rest = parse_fields(text[outlet.end():].rstrip(" :："))
        if rest is not None and "published" in rest:
            rest.setdefault("source", outlet.group(1))
            return rest
    dated = _LEADING_DATE.match(text)  # 2024-01-22 15:00 来源：南海区司法局 阅读：1,024
    if dated:
        rest = parse_fields(text[dated.end():])
        writers = _WRITERS_BEFORE_KEY.match(text, dated.end()) if rest is None else None
        if writers:  # 2015-01-12 15:19:26 简华良 林添福 苏琳 来源:东南网: the writers, then the fields
            rest = parse_fields(text[writers.end():])
            if rest is not None:
                rest.setdefault("author", writers.group(1).strip())
        if rest is not None:
            rest.setdefault("published", dated.group(1))
            return rest
        return dateline(text)  # 2005年08月13日09:30 大众网 (what was left of a line once its site's address went)
    if ("|" in text or "｜" in text) and _bare_keys().search(text):
        cells = _fields_in_cells(text)
        if cells is not None:
            return cells
    lead = _FIELD_LEAD.match(text).end()
    first = pattern.match(text, lead)  # the line opens with a key
    if first is None:
        return _fields_without_colons(text[lead:])
    # after it, any key with its colon starts the next field, even right after the previous
    # value (来源：某县司法局作者：张三: the spans of a publication line ran together)
    matches = [first] + list(pattern.finditer(text, first.end()))
    matches = _value_before_spaced_key(text, pattern, matches)
    out: dict[str, str] = {}
    given_by: dict[str, int] = {}  # the strength of the key that gave each role's value (key_strength)
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        value = text[m.end():end]
        widget = _WIDGET_AFTER.search(value)
        if widget:  # 来源：邢台市信访局　【打印】【关闭】: a toolbar after the value
            value = value[:widget.start()]
        value = _field_value(value)
        key = _KEY_SPACE.sub("", m.group(1))
        if role.get(key) != "published":
            # 作者：顾 敏   2017-07-24 06:55:00, 来源: 安徽新闻网-安徽日报 2026-01-13 04:00:53 责编:…: the time without its key
            trailing = _TRAILING_DATE.search(value)
            if trailing:
                out.setdefault("published", trailing.group(1))
                value = _field_value(value[:trailing.start()])
        r = role[key]
        if r == "other":
            r = key
        if r == "source":
            value = _COUNTER_AFTER.sub("", value)  # 来源:樊城新闻网 0, 来源:安庆新闻网 浏览次: a counter the page fills in after it
        if value:  # (更新时间:…14:53 发布时间:…14:50: an update's time gives way to the publication's)
            _give(out, given_by, r, key, value)
        out.setdefault("_keys", "")
        out["_keys"] += key + ";"
    # a single short key such as 时间/日期 must carry a date-like value to count
    first_key = _KEY_SPACE.sub("", matches[0].group(1))
    first_role = role[first_key]
    if len(matches) == 1 and first_role in ("published",):
        if not _DATE_LIKE.search(out.get("published", "")):
            return None
        if first_key in _POSTING_KEYS and not _CLOCK_TIME.search(out.get("published", "")):
            return None  # (姓名：张建国 / 加入时间：2015年3月12日: a profile's date, no posting time)
    if len(matches) == 1 and len(text) > (LABELLED_TITLE_MAX + len(matches[0].group()) if first_key in ORIGINAL_TITLE_KEYS else 60) \
            and first_role not in ("source", "published"):
        return None  # (a long line opening on a key is a sentence; a reprint's 原标题: may run to a kicker and its main line)
    if len(matches) == 1 and first_role == "other" and first_key not in ORIGINAL_TITLE_KEYS \
            and _SENTENCE_END_MARK.search(text, first.end()):
        return None  # (关键字：快。热线推行“接诉即办”…: a paragraph opening on a word that is a key, no field)
    return out


_SENTENCE_END_MARK = lexicon.fast_compile(r"[。！？!?]")
ORIGINAL_TITLE_KEYS = tuple(lexicon.load("boilerplate")["original_title_keys"])  # (原标题: a reprint's original headline)
LABELLED_TITLE_MAX = lexicon.load("boilerplate")["labelled_title_max"]  # (原标题：…, a kicker, a dash and its main line)


def _give(out: dict[str, str], given_by: dict[str, int], role: str, key: str, value: str) -> None:
    """Give `role` the value of `key` unless a stronger key of the line gave it one already
    (`given_by`: the strength of the key that gave each role's value)."""
    strength = key_strength(role, key)
    if role not in out or strength > given_by.get(role, 2):
        out[role] = value
        given_by[role] = strength


def key_strength(role: str, key: str) -> int:
    """How firmly a key gives its field (data: weak_keys, weakest_keys): 0 for an update's time
    (更新时间), 1 for a document's own date or a metadata table's body (成文日期, 发布机构), else 2. A
    value gives way to the same field under a stronger key, on its line or further down."""
    weakest, weak = _weak_keys()
    return 0 if key in weakest.get(role, ()) else 1 if key in weak.get(role, ()) else 2


def fields_strength(fields: dict[str, str], role: str) -> int:
    """The strength (key_strength) of the strongest key of `role` a fields line printed."""
    _, roles = _field_keys()
    return max((key_strength(role, k) for k in field_keys(fields) if roles.get(k) == role), default=2)


@lru_cache(maxsize=1)
def _weak_keys() -> tuple[dict[str, frozenset], dict[str, frozenset]]:
    data = lexicon.load("boilerplate")
    return ({r: frozenset(keys) for r, keys in data["weakest_keys"].items()},
            {r: frozenset(keys) for r, keys in data["weak_keys"].items()})


@lru_cache(maxsize=1)
def _timestamp_claims() -> frozenset:
    return frozenset(lexicon.load("boilerplate")["timestamp_claims"])


@lru_cache(maxsize=1)
def _timestamp_marks() -> frozenset:
    return frozenset(lexicon.load("boilerplate")["timestamp_marks"])


@lru_cache(maxsize=1)
def _edition_line() -> regex.Pattern:
    return lexicon.fast_compile(lexicon.load("boilerplate")["edition_line"])


@lru_cache(maxsize=1)
def _source_endings() -> tuple[str, ...]:
    return tuple(lexicon.load("boilerplate")["source_endings"])


@lru_cache(maxsize=1)
def _glued_outlet():
    endings = lexicon.alternation(lexicon.load("boilerplate")["glued_outlet_endings"])
    return lexicon.fast_compile(rf"^\s*(\p{{Han}}{{2,16}}?(?:{endings}))(\p{{Han}}{{2,3}})\s*({_DAY_TIME})\s*$")


_DATELINE = lexicon.fast_compile(rf"^\s*({_DAY_TIME})(?:\s+(\S[^，。,；;：:！？]{{0,40}}))?\s*[,，]?\s*$")  # (2025-10-16,: a comma after)
# what may follow a dateline's time and name nothing: rules and font-size buttons (| , A- A+)
_FONT_SIZE_WIDGET = lexicon.fast_compile(lexicon.load("boilerplate")["font_size_widget"])
_WIDGETS_ONLY = lexicon.fast_compile(r"^(?:[|｜丨]|[AaＡ][-+－＋]|[【\[]?[大中小][】\]]?|\s)+$")
_COLUMN_AND_COUNTER = lexicon.fast_compile(r"^\p{Han}{2,8}\s+\d{1,7}$")
_PERSON = lexicon.fast_compile(r"^\p{Han}{2,4}(?:\s+\p{Han}{2,4})*$")
_MONTH_DAY_TIME = lexicon.fast_compile(r"^\s*((?:0?[1-9]|1[0-2])-(?:[0-2]?\d|3[01])\s+(?:[01]?\d|2[0-3]):[0-5]\d)\s*$")
_NAME_THEN_TIME = lexicon.fast_compile(rf"^\s*(\p{{Han}}{{2,4}}|[A-Za-z][A-Za-z0-9_]{{1,15}})\s+({_DAY_TIME})\s*$")
# 彭雅惠   湖南日报·新湖南客户端   2023-10-27 09:36:29: the writer, the outlet, then the time
_COMPILED_BY = lexicon.fast_compile(r"\s*(?:\p{Han}{2,10}\s+)?(\p{Han}{4,30}?)(?:编印|编发)\s*")
_EVENT_LABEL = lexicon.fast_compile(lexicon.load("boilerplate")["event_time_label"])
_ISSUE_THEN_DAY = lexicon.fast_compile(rf"^\s*(?:19|20)\d{{2}}\s*年?\s*第\s*\d{{1,3}}\s*期\s+({_DAY})\s*$")
# a line of short words round a time to the second or minute: a site's labels, counters and tags, no sentence
_TOKENS_ROUND_STAMP = lexicon.fast_compile(
    rf"^\s*(?:[\p{{Han}}\d]{{1,6}}\s+){{1,4}}({_DAY}\s+{_CLOCK})(?:\s+[\p{{Han}}\d]{{1,6}}){{1,8}}\s*$")
_NAME_OUTLET_TIME = lexicon.fast_compile(rf"^\s*(\p{{Han}}{{2,4}})\s+(\p{{Han}}[\p{{Han}}·]{{2,24}})\s+({_DAY_TIME})\s*$")


_ROLES = lexicon.alternation(lexicon.load("boilerplate")["writer_roles"])
_FIELDS_THEN_PARAGRAPH = lexicon.fast_compile(rf"^(\s*\p{{Han}}{{2,6}}\s*[:：][^\n]{{0,100}}?{_DAY}\s*{_CLOCK})\s*(?=(?![至到])\p{{Han}}.{{20}})")
_STAMP_OPENING = lexicon.fast_compile(
    rf"^\s*({_DAY}\s*{_CLOCK})\s*(?:[（(]\s*(?:{_ROLES}|文\s*[/／])\s*[:：]?\s*([^()（）]{{1,20}}?)\s*[)）])?\s*(?=(?![至到])\p{{Han}}.{{20}})")


def stamp_opening(text: str) -> tuple[dict[str, str], str] | None:
    """A paragraph opening with the publication time to the minute, perhaps then a byline in
    brackets (2018-07-23 17:05(通讯员 蔡茎)进村入户…): its fields and the paragraph after them.
    (A time that opens a span is the paragraph's own: 2019年6月28日12:00至…,平台共受理…)"""
    m = _STAMP_OPENING.match(text)
    if not m:
        run = _FIELDS_THEN_PARAGRAPH.match(text)  # 文章来源:湖南长安网 作者:… 时间:2023-11-22 10:43:05湖南长安网11月20日讯…
        fields = parse_fields(run.group(1)) if run else None
        return (fields, text[run.end():]) if fields and "published" in fields else None
    fields = {"published": m.group(1)}
    if m.group(2):
        fields["author"] = m.group(2).strip()
    return fields, text[m.end():]


def stamp_beside(text: str) -> str | None:
    """The publication time of a short line printed right beside a page's headline that opens
    with a day, perhaps after the site's address (2019年09月11日 富达传媒 时政新闻 1665 0: the day,
    the outlet, the column and counters; AUTO.SOHU.COM 2005年05月13日14:15)
    or closes with a day and its time (金融市场棱镜2019-09-23 07:48): looser than `dateline`, as only
    the headline's neighbour is read so."""
    if len(text) > _BESIDE_MAX or _SENTENCE_MARK.search(text):
        return None
    m = _DAY_OPENING.match(text) or _STAMP_CLOSING.search(text)
    return m.group("stamp") if m else None


_BESIDE_MAX = 60  # characters of a line beside the headline
_SENTENCE_MARK = lexicon.fast_compile(r"[。！？；]")
_DAY_OPENING = lexicon.fast_compile(rf"^\s*(?:(?:https?://)?[A-Za-z][\w.-]*\.[A-Za-z]{{2,}}\s*)?(?P<stamp>{_DAY}(?:\s*{_CLOCK})?)(?![\d:：日])(?!\s*(?:至|到|起|[-—~～]))")  # (not a span's first day)
_STAMP_CLOSING = lexicon.fast_compile(rf"(?<![\d:：-])(?P<stamp>{_DAY}\s*{_CLOCK})\s*$")


def dateline(text: str) -> dict[str, str] | None:
    """A line of the page's header holding only the publication time, perhaps followed by
    the source or the author without a key (`2026-02-02 09:18 谷城县司法局`,
    `2024-11-18 15:07:16 项学敏`, `2019-10-30`), as fields; else None."""
    m = _DATELINE.match(_BULLET.sub("", text.lstrip()))  # (• 2021-01-29: a metadata list's value, its key lost)
    if not m:
        named = _NAME_THEN_TIME.match(text)  # 项学敏 2024-11-18 15:07:16, Admin 2020-07-02: the poster, then the time
        if named:
            return {"published": named.group(2), "author": named.group(1)}
        outlet = _NAME_OUTLET_TIME.match(text)
        if outlet and outlet.group(2).endswith(_source_endings()):
            return {"published": outlet.group(3), "author": outlet.group(1), "source": outlet.group(2)}
        glued = _glued_outlet().match(text)  # 瞭望东方周刊杨天2017-04-20: the outlet, the writer and the day run together
        if glued:
            return {"published": glued.group(3), "author": glued.group(2), "source": glued.group(1)}
        issue = _ISSUE_THEN_DAY.match(text)  # 2015年第5期 2015年3月23日: a bulletin's issue and its day
        if issue:
            return {"published": issue.group(1)}
        tokens = _TOKENS_ROUND_STAMP.match(text)  # 网络编辑 国内 2022-01-24 21:59:49 0 案件 吉林: labels, counters and tags
        if tokens and not _EVENT_LABEL.search(text):  # (not 开庭时间 2022-03-01 09:30 地点 第三法庭: an event's time)
            return {"published": tokens.group(1)}
        partial = _MONTH_DAY_TIME.match(text)  # 04-16 10:54: the day and time without the year
        return {"published_partial": partial.group(1)} if partial else None
    out = {"published": m.group(1)}
    rest = _WIDGETS_ONLY.sub("", (m.group(2) or "").strip())
    if rest and _COLUMN_AND_COUNTER.match(rest):
        return out  # 2025-11-17 16:07:42 法治新闻 0: the column and a counter
    if rest:
        rest = rest.lstrip("|｜ ")
        named = _OUTLET_THEN_WRITERS.match(rest)
        if rest.endswith(_source_endings()):
            out["source"] = rest
        elif _PERSON.match(rest):
            out["author"] = rest
        elif named and named.group(1).endswith(_source_endings()):
            # 2021-04-07 09:59 竹山县融媒体中心 陈兴云, 2020-11-26 08:07 |浙江新闻客户端 记者 侯明明: the outlet, then who wrote it
            out["source"], out["author"] = named.group(1), named.group(2).strip()
        else:
            return None
    return out


_WRITER = rf"(?:(?:{_ROLES})\s*\p{{Han}}{{2,8}}|\p{{Han}}{{2,4}})"  # (作者 广西三里红: after its role, an account's name too)
_OUTLET_THEN_WRITERS = lexicon.fast_compile(rf"^(\p{{Han}}{{2,16}})\s+({_WRITER}(?:\s+{_WRITER})*)$")


_CELL_SEP = lexicon.fast_compile(r"\s*[|｜]\s*")


def _fields_in_cells(text: str) -> dict[str, str] | None:
    """`| 发布机构 | 乌恰县…人民政府 | 发布日期 | 2026-01-19 16:58 |`: a metadata table's row,
    each key in a cell and its value in the next; None unless the row is made of such pairs."""
    _, role = _field_keys()
    cells = [c for c in _CELL_SEP.split(text.strip(" |｜"))]
    out: dict[str, str] = {}
    given_by: dict[str, int] = {}  # (a field's value from its strongest key: | 成文日期 | … | 发布日期 | … |)
    keys = ""  # (the keys printed, as a fields line records them: a document's 成文日期 in a cell gives way too)
    i = 0
    while i < len(cells):
        key = _KEY_SPACE.sub("", cells[i])
        if key in role:
            keys += key + ";"
            value = cells[i + 1].strip() if i + 1 < len(cells) else ""
            if value and _KEY_SPACE.sub("", value) in role:
                i += 1  # an empty value: the next cell is a key
                continue
            r = role[key] if role[key] != "other" else key
            if value:
                _give(out, given_by, r, key, value)
            i += 2
        elif not cells[i].strip():
            i += 1
        else:
            return None  # a cell that is neither a key nor a key's value: a data table
    if out:
        out["_keys"] = keys
    return out if keys else None


def _fields_without_colons(text: str) -> dict[str, str] | None:
    """`标 题 西藏自治区审计厅…报告`, `发布机构 发布日期 2026-01-16 18:22:45`: a metadata table's
    keys without colons; two keys, or one title, time or source key with a short value."""
    if len(text) > 100:
        return None
    matches = list(_bare_keys().finditer(text))
    if not matches or matches[0].start() != 0:
        return None
    _, role = _field_keys()
    out: dict[str, str] = {}
    keys = ""
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        key = _KEY_SPACE.sub("", m.group(1))
        value = _field_value(text[m.end():end])
        if _KEY_SPACE.sub("", value.strip(" |｜")) in role:
            value = ""  # 序号 | 名称 | 添加日期: a table's header row, each cell a key, none a value
        r = role.get(key, "other")
        if r == "other":
            r = key
        if value and r not in out:
            out[r] = value
        keys += key + ";"
    if len(matches) == 1:
        value = next(iter(out.values()), "")
        r = next(iter(out), "")
        if r not in ("title", "published", "source", "author") or not value or len(value) > 60 or "搜索" in value:
            return None
        if r == "author" and len(value) > 16:
            return None
        if r == "published" and not _DATE_LIKE.search(value):
            return None
    if out:
        out["_keys"] = keys
    return out or None


@lru_cache(maxsize=1)
def _boilerplate_cues() -> tuple:
    """Whether a line may be boilerplate at all, in two patterns: the rules anchored at the
    line's start, tried only there (`match`), and the others, searched. One alternation of
    all of them, tried at every position of every paragraph, cost about 20 µs a line."""
    items = [p for k in BOILERPLATE_KINDS + ("contact", "byline") for p in lexicon.load("boilerplate")[k]]
    at_start = "|".join(f"(?:{p})" for p in items if lexicon.anchored(p))
    anywhere = "|".join(f"(?:{p})" for p in items if not lexicon.anchored(p))
    return (lexicon.fast_compile(at_start).match if at_start else None,
            lexicon.fast_compile(anywhere).search if anywhere else None)


@lru_cache(maxsize=1)
def _long_notice_rule():
    """The notice rules anchored at a line's start (本文为…原创作品, 《…》(电子版)的一切内容(包括但不限于…):
    the only furniture tried on a line as long as a paragraph (a sentence that merely mentions 版权作品 is the article's)."""
    anchored = [p for p in lexicon.load("boilerplate")["notice"] if lexicon.anchored(p)]
    return lexicon.fast_compile("|".join(f"(?:{p})" for p in anchored)).match


def _long_notice(text: str) -> bool:
    return _long_notice_rule()(text) is not None


def _may_be_boilerplate(text: str) -> bool:
    at_start, anywhere = _boilerplate_cues()
    return (at_start is not None and at_start(text) is not None) or (anywhere is not None and anywhere(text) is not None)


_DATE_LIKE = lexicon.fast_compile(r"(?:\d{2,4}|[〇零一二三四五六七八九]{4})\s*[-/.年]")
_LOCATION_KEY = lexicon.fast_compile(r"^(您|你|我)?(当前|现在)?的?(所在)?(位置|路径)\s*[:：]\s*")
_CRUMB_SEP = lexicon.fast_compile(r"\s*(?:>>|»|>|＞|→|&gt;)\s*")
_MAY_BE_FIELDS = lexicon.fast_compile(r"[:：]|^\s*(?:来源|稿件来源|信息来源)\s*/|(?:编印|编发)\s*$")
_SLASHED_SOURCE = lexicon.fast_compile(r"\s*(?:来源|稿件来源|信息来源)\s*/\s*(?P<source>[^\s/]{2,20})\s*")
_FOOTER_MARK = lexicon.fast_compile(r"ICP|公网安备|网站标识码|网站识别码|Copyright|©|\(C\)|（C）", regex.I)


def _may_be_fields(text: str) -> bool:
    """Whether a line may hold fields: a colon, a key of a metadata table, a paper's
    edition (《河南日报》 (2024年01月17日 第 06 版)) or a name and a day (法治网 2021-12-23)."""
    return bool(_MAY_BE_FIELDS.search(text) or _bare_keys().match(text) or ("|" in text and _bare_keys().search(text))
                or ("报" in text and _edition_line().match(text)) or bool(_NAME_THEN_DAY.match(text)))


@lru_cache(maxsize=4096)
def classify(text: str) -> Line:
    """What a line is (content, navigation, toolbar, fields …); cached, as a page's lines are
    read twice (the article and the whole page) and sites repeat their furniture. The Line
    returned is shared: read it, do not change it."""
    if not text:
        return Line(text, "blank")
    if "\t" in text:  # a table's row: the rules read its cells as set apart by bars (类别 | 维持 | 驳回,
        return replace(classify(text.replace("\t", _BAR)), text=text)  # no names of a byline)
    if text[0] in _ITEM_BULLETS and len(text) > 2:  # • 打印, • 大号 中号 小号: a metadata list's item, read without its bullet
        bare = classify(text[1:].strip())
        if bare.kind in BOILERPLATE_KINDS:
            return replace(bare, text=text)
    if _may_be_fields(text):
        fields = parse_fields(text)
        if fields is None and _FONT_SIZE_WIDGET.match(text):  # 【 字号 大 中 小 】来源:…发布时间:…: the widget, then the fields
            fields = parse_fields(_FONT_SIZE_WIDGET.sub("", text))
        if fields is not None:
            return Line(text, "fields", fields)
    if len(text) > 160:  # a paragraph: furniture only when it opens as a site's notice of its rights does
        return Line(text, "notice" if _long_notice(text) else "content")
    if not _may_be_boilerplate(text):
        return Line(text, "content")
    for kind in BOILERPLATE_KINDS:
        if lexicon.patterns("boilerplate", kind).search(text):
            # a long sentence that merely mentions 打印 or 版权 is still content; a long footer
            # line shows a registration number or a copyright sign
            if kind == "notice":
                return Line(text, kind)  # (in whole sentences, as long as a paragraph)
            if len(text) > (160 if kind == "epaper" else 80) and (kind != "footer" or not _FOOTER_MARK.search(text)):
                continue  # (an e-paper's run of its headlines is long and is no sentence)
            if kind == "footer" and text[-1] in "。！？" and not _FOOTER_MARK.search(text):
                continue  # a sentence about 版权所有 or 技术支持 in the article itself
            return Line(text, kind)
    for kind in ("contact", "byline"):
        if lexicon.patterns("boilerplate", kind).search(text) and len(text) < 80:
            if kind == "byline" and _GAP.sub("", text) in _SPACED_PART_NAMES:
                break  # 导 言, 结 语: a part's heading spread out, no writer's name
            return Line(text, kind)
    return Line(text, "content")


_SPACED_PART_NAMES = frozenset(lexicon.load("boilerplate")["spaced_part_names"])


_ITEM_BULLETS = lexicon.load("boilerplate")["item_bullets"]
_BAR = " | "  # (how the line rules know a table's row: a tabbed row is read as one set out so)


def fields_or_navigation(text: str) -> Line | None:
    """What `classify` says of a line when only publication fields and breadcrumbs are
    wanted (the whole page's lines): the same Line for those two kinds, None for any other
    kind, without testing which (a footer's rules are not tried)."""
    if not text:
        return None
    if "\t" in text:
        line = fields_or_navigation(text.replace("\t", _BAR))
        return replace(line, text=text) if line is not None else None
    if _may_be_fields(text):
        fields = parse_fields(text)
        if fields is not None:
            return Line(text, "fields", fields)
    if len(text) <= 80 and lexicon.patterns("boilerplate", "navigation").search(text):
        return Line(text, "navigation")
    return None


_LAST_CRUMB_MAX = 12  # characters of a column's name
_CRUMB_HEADLINE_MIN = 8  # characters of a headline run on from the crumbs, at least
_CRUMB_HEADLINE_PART_MIN = 5  # …and of each of its parts a space sets apart
_LAST_CRUMB = lexicon.fast_compile(rf"\S{{1,{_LAST_CRUMB_MAX}}}\s+")
_GAP = lexicon.fast_compile(r"\s+")


def crumbs_headline_fields(text: str, fields_below: bool = False) -> tuple[str, str, str, dict] | None:
    """A location line whose last crumb runs on, after a space, to the headline and then to the
    fields (当前位置 : 中国张掖网 >> 县区 >> 山丹 山丹霍城镇:主动下访… 来源:中国张掖网 2019年04月11日
    10:14): (the crumbs, the headline, the fields as printed, the fields), or None. With
    `fields_below` (the fields on the next line), the headline runs to the line's end. No headline
    is a field, a key's value, a toolbar's words or a run of short parts (学思想 强党性 重实践: a
    headline printed as the last crumb, or the site's links)."""
    text = text.strip()
    key = _LOCATION_KEY.match(text)
    seps = list(_CRUMB_SEP.finditer(text, key.end())) if key else []
    if not seps:
        return None
    tail_at = seps[-1].end()
    crumb = _LAST_CRUMB.match(text, tail_at)
    if crumb is None:
        return None
    head_at = crumb.end()
    key_at = _field_keys()[0]  # (作者：张三, 来源：城关镇: a field's key and its value)
    found = None
    for gap in _GAP.finditer(text, head_at):
        rest = text[gap.end():]
        fields = parse_fields(rest) if key_at.match(rest) else None
        if fields and ("published" in fields or "source" in fields):
            found = text[:head_at].rstrip(), text[head_at:gap.start()], rest, fields
            break
    if found is None and fields_below:
        found = text[:head_at].rstrip(), text[head_at:], "", {}
    if found is None:
        return None
    headline = found[1]
    parts = headline.split()
    if len(headline) < _CRUMB_HEADLINE_MIN or key_at.search(headline) or classify(headline).kind != "content" \
            or (len(parts) > 1 and min(len(p) for p in parts) < _CRUMB_HEADLINE_PART_MIN):
        return None
    return found


def breadcrumb_parts(text: str) -> list[str]:
    """`当前位置:首页 >> 工作动态 >> 区县动态` -> ['首页', '工作动态', '区县动态']."""
    text = _LOCATION_KEY.sub("", text)
    parts = [p.strip() for p in _CRUMB_SEP.split(text)]
    return [p for p in parts if p]
