"""From the lines of a page to one clean article: drop navigation, toolbars, publication
lines, footers and bylines, find the title, and keep one copy of an article that the page
prints twice (screen and print templates).

Works on the lines of a plain-text dump and on the text blocks of an HTML page's content
node alike.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon, postag
from .indicator import is_verb, opens_with_verb, tags
from .lines import CLOCK_ALONE, CLOCK_OPENING, DAY_ALONE, LABELLED_TITLE_MAX, ORIGINAL_TITLE_KEYS, Line, breadcrumb_parts, classify, crumbs_headline_fields, dateline, field_roles, fields_or_navigation, fields_strength, keys_over_values, normalise, stamp_beside, stamp_opening
from .region import find_places
from .script import ReadingCopy, has_traditional, is_traditional, pinyin_gloss, simplified
from .tables import is_cell_line, is_number_line, is_row_line

_END_PUNCT = "。！？!?；;，,：:、…"
_MARKER = lexicon.fast_compile(r"^(第?[一二三四五六七八九十]+[、是是.．,，]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、](?!\d)\s*\S)")
_ONLY_DATE = lexicon.fast_compile(r"[\d\s年月日:：\-/.]+")
_SENTENCE = lexicon.fast_compile(r"[^。！？!?；;]+[。！？!?；;]?")


@dataclass
class Article:
    title: str | None = None
    body_lines: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    field_strength: dict[str, int] = field(default_factory=dict)  # the key strength each field's value came by
    breadcrumb: list[str] = field(default_factory=list)
    leads: list[str] = field(default_factory=list)  # bold leads and subheadings the HTML marks
    glossed: dict[str, str] = field(default_factory=dict)  # a mirror's body line, read without its glosses: as printed

    @property
    def body(self) -> str:
        return "\n".join(self.body_lines)

    @property
    def printed_body(self) -> str:
        """The body as the page prints it: a mirror's pinyin glosses (財(cái)政) in their places."""
        return "\n".join(self.glossed.get(line, line) for line in self.body_lines) if self.glossed else self.body


def looks_like_title(text: str, longest: int = 64) -> bool:
    if not (4 <= len(text) <= longest):
        return False
    short_end = text[-1] in "！!？?" or (text[-1] == "…" and "”" not in text)
    if (text[-1] in _END_PUNCT and not (short_end and len(text) <= 40)) or _TITLE_BULLET.sub("", text)[:1] in ("(", "（", "[", "【"):
        return False  # (赞!邱县司法局这一做法获评创新案例!: a short headline may exclaim, ask or trail off, …被投诉最多的是……,
        # not on words quoted, “…”“…”……; • [ 成文日期 ]: a key)
    if _MARKER.match(text):
        return False
    if len(_HAN.findall(text)) < 4:
        return False
    if _ONLY_DATE.fullmatch(text):
        return False
    if _DOC_NUMBER.search(text):  # a document number
        return False
    if ("|" in text or "｜" in text or "\t" in text) and not _SERIES_BAR.match(text) and not _headline_then_label(text):
        return False  # a table's row (视频|…, a series' name, and …终化解|实时焦点, a title bar's, are no rows)
    if _NOT_TITLE.search(text.lstrip("□■●◆▲•· ")):  # 本报讯 (记者…, □ 本报通讯员 张蕾
        return False
    if _PAPER_NAME.match(text):  # 天水日报: the source
        return False
    return True


def merge_fields(into: dict[str, str], fields: dict[str, str], held: dict[str, int] | None = None,
                 replace_time: bool = True) -> None:
    """Keep the first value of each field, except that a publication time with its hour
    replaces the same day without one (a metadata table's 发文日期 before the 发布时间 line),
    and a value given by a weaker key (lines.key_strength) gives way to the same field under a
    stronger key: an update's time (更新时间) to any other, a document's own date (成文日期
    2021-03-29) to the publication line's (发布日期:2021-03-30), a metadata table's publishing
    body (发布机构: 市住建局) to the source printed as such (信息来源:办公室). `held`: the strength
    of the key that gave each value of `into` (Article.field_strength), kept up to date. With
    `replace_time` false (a line below the article's first paragraph: a related article's time, a
    comment's) a publication time only fills the field when it is still empty; a source printed
    under the article (信息来源:修山镇) still replaces a metadata table's publishing body."""
    held = {} if held is None else held
    for k, v in fields.items():
        if k == "_keys":
            continue
        strength = fields_strength(fields, k)
        old = into.get(k)
        if old is None or (strength > held.get(k, 2) and (replace_time or k != "published")):
            if old is not None and k == "source":
                into.setdefault("publisher", old)  # (the table's 发布机构 the printed source replaced: still the region's evidence)
            into[k] = v
            held[k] = strength
        elif k == "published" and ":" not in old and ":" in v and _DIGITS.sub("", v).startswith(_DIGITS.sub("", old)):
            into[k] = v


def is_long_paragraph(text: str) -> bool:
    # (a headline may exclaim or ask in up to 40 characters: 难事有处说、愁事有人解、有问题请来这里!)
    return len(text) >= 60 or (len(text) >= 25 and text[-1] == "。") or (len(text) > 40 and text[-1] in "！？!?")


_EDGE_BUTTON = lexicon.fast_compile("|".join(f"(?:{p})" for p in lexicon.load("boilerplate")["edge_buttons"]))
_OPENING_BUTTON = lexicon.fast_compile("|".join(f"(?:{p})" for p in lexicon.load("boilerplate")["opening_buttons"]))
_SENTENCE_LINE_MIN = 8  # characters of a short line that ends a sentence or leads into what follows


def _says_something(text: str) -> bool:
    """A paragraph, or a line that ends a sentence or leads into what follows (…提供以下服务：)."""
    text = text.strip()
    return is_long_paragraph(text) or (len(text) >= _SENTENCE_LINE_MIN and text[-1] in "。！？!?；;：:")


def _buttons_at_the_edges(lines: list[Line]) -> None:
    """A page's buttons and menu items (打印, 登录, 政务微信) above the article's first sentence or below its last one
    are furniture; between them they stay the article's words (data/boilerplate.toml: edge_buttons)."""
    said = [i for i, ln in enumerate(lines) if ln.kind == "content" and _says_something(ln.text)]
    first, last = (said[0], said[-1]) if said else (len(lines), -1)
    organisers: set[int] = set()  # (the lines of a notice's organisers read as its own, one under another)
    for i, ln in enumerate(lines):
        if ln.kind == "content" and not first <= i <= last and (_EDGE_BUTTON.match(ln.text.strip())
                                                                 or (i < first and _in_a_share_bar(lines, i))):
            lines[i] = Line(ln.text, "toolbar")
        elif ln.kind == "contact" and first < i < last:
            lines[i] = Line(ln.text, "content")  # (a notice's 联系人：刘女士 / 地址：… before its last sentences: its own words)
        elif ln.kind == "fields" and first < i < last and _ORGANISERS.issuperset(ln.fields.get("_keys", "-").rstrip(";").split(";")):
            above = next((j for j in range(i - 1, -1, -1) if lines[j].kind != "blank"), None)
            if above is not None and (above in organisers or _ORGANISER_HEADING.search(lines[above].text.strip())):
                lines[i] = Line(ln.text, "content")  # (二、组织单位 / 主办单位：… / 承办单位：…: the notice's own)
                organisers.add(i)


_ORGANISERS = frozenset(lexicon.load("boilerplate")["organiser_keys"])
_ORGANISER_HEADING = lexicon.fast_compile(lexicon.load("boilerplate")["organiser_heading"])


def _in_a_share_bar(lines: list[Line], i: int) -> bool:
    """Whether line i is a share bar's target (微博, Qzone) beside another one, a line each (关注新华网 / 微博 / Qzone)."""
    if not _OPENING_BUTTON.match(lines[i].text.strip()):
        return False
    around = [next((ln for ln in (lines[j] for j in span) if ln.kind != "blank"), None)
              for span in (range(i - 1, -1, -1), range(i + 1, len(lines)))]
    return any(ln is not None and _OPENING_BUTTON.match(ln.text.strip()) for ln in around)


def page_fields(raw_lines: list[str], headline: str | None = None) -> Article:
    """Only the publication fields and the breadcrumb of a whole page's lines; with no publication
    key among them, the time printed alone on the line right above or below the page's
    `headline` (an e-paper's 2022年02月13日 over its story's headline)."""
    art = Article()
    for raw in keys_over_values(raw_lines, header=_PAGE_HEADER):  # (生成日期： / 2023-05-11 in a metadata box)
        if len(raw) > 200 or not _FIELD_OR_NAV.search(raw):
            continue
        ln = fields_or_navigation(normalise(raw))
        if ln is None:
            continue
        if ln.kind == "fields":
            merge_fields(art.fields, ln.fields, art.field_strength)
        elif ln.kind == "navigation" and not art.breadcrumb:
            parts = breadcrumb_parts(ln.text)
            if len(parts) >= 2:
                art.breadcrumb = parts
    if "published" not in art.fields and headline:
        day = _dated_beside(raw_lines, headline)
        if day:
            art.fields["published"] = day
    return art


def _dated_beside(raw_lines: list[str], headline: str) -> str | None:
    """The publication time of a dateline (lines.dateline) right above or below a line that
    prints the headline, when the page prints one such time only."""
    key = _key(headline)
    if len(key) < 6:
        return None
    days = set()
    for i, raw in enumerate(raw_lines):
        if len(raw) <= 2 * len(headline) + 10 and _key(raw).endswith(key):  # (棱镜|数据业大整顿…: its series before it)
            for j in (i - 1, i + 1):
                if 0 <= j < len(raw_lines) and len(raw_lines[j]) <= 60:
                    fields = dateline(normalise(raw_lines[j]))
                    stamp = fields.get("published") if fields else stamp_beside(normalise(raw_lines[j]))
                    if stamp:
                        days.add(stamp)
    return days.pop() if len(days) == 1 else None


def _drop_contents(lines: list[Line]) -> int | None:
    """A document's table of contents (目 录 / 第一部分 … / 一、… / … up to where the first part
    begins again) is navigation, not text. Returns where its mark (目 录) stands, or None."""
    mark = next((i for i, ln in enumerate(lines[:30]) if _CONTENTS.fullmatch(ln.text)), None)
    if mark is None:
        return None
    first = next((i for i in range(mark + 1, len(lines)) if lines[i].kind == "content"), None)
    again = next((j for j in range(first + 1, min(len(lines), first + _CONTENTS_LINES))
                  if lines[j].kind == "content" and lines[j].text == lines[first].text), None) if first else None
    for i in range(mark, again or mark):
        lines[i] = Line(lines[i].text, "navigation")
    return mark


def _split_opening_stamp(texts: list[str], lines: list[Line]) -> tuple[list[str], list[Line]]:
    """The first paragraph opening with the publication time and a byline (2018-07-23 17:05(通讯员
    蔡茎)进村入户,助推脱贫。…): the time and byline a line of fields, the paragraph after it."""
    for i, ln in enumerate(lines):
        if ln.kind != "content":
            continue
        opened = stamp_opening(ln.text)
        if opened is not None:
            fields, rest = opened
            return (texts[:i] + [ln.text[:len(ln.text) - len(rest)], rest] + texts[i + 1:],
                    lines[:i] + [Line(ln.text[:len(ln.text) - len(rest)], "fields", fields), classify(rest)] + lines[i + 1:])
        if is_long_paragraph(ln.text):
            break
    return texts, lines


def _split_crumbs_headline(texts: list[str], lines: list[Line]) -> tuple[list[str], list[Line]]:
    """A breadcrumb line that runs on to the headline and its fields (您当前的位置 : 中国张掖网 >> 县区
    >> 山丹 山丹霍城镇:主动下访… 来源:中国张掖网 2019年04月11日 10:14): three lines, the crumbs,
    the headline and the fields, before the first paragraph."""
    for i, ln in enumerate(lines):
        below = next((x for x in lines[i + 1:i + 3] if x.kind != "blank"), None)
        parts = crumbs_headline_fields(ln.text, below is not None and below.kind == "fields") \
            if ln.kind in ("content", "navigation") else None
        if parts is not None and looks_like_title(parts[1]):
            crumbs, headline, fields_text, fields = parts
            split = [Line(crumbs, "navigation"), Line(headline, "content")] \
                + ([Line(fields_text, "fields", fields)] if fields_text else [])
            return texts[:i] + [x.text for x in split] + texts[i + 1:], lines[:i] + split + lines[i + 1:]
        if ln.kind == "content" and is_long_paragraph(ln.text):
            break  # (the crumbs line, as long as a paragraph, is tried first)
    return texts, lines


def build_article(raw_lines: list[str], known_title: str | None = None, links: frozenset = frozenset()) -> Article:
    """The article in a page's lines; `links`: the texts (without spaces) of an HTML page's links
    to other pages, which may close the article as a list of them."""
    art = Article()
    texts = keys_over_values(raw_lines)
    sample = "\n".join(texts[:60])  # (the page's opening: whether it is a mirror, whether in traditional script)
    mirror = len(_PINYIN.findall(sample)) >= 3  # (發(fā)布日期: a mirror that glosses its characters in pinyin)
    reading = _reading_copy(mirror, is_traditional(sample))
    lines = [reading(normalise(t)) for t in texts]
    texts, lines = _split_opening_stamp(texts, lines)
    texts, lines = _split_crumbs_headline(texts, lines)
    for i, ln in enumerate(lines):
        boxed = _BOXED_WRITER.match(ln.text) if ln.kind == "content" else None
        if boxed:
            prev = next((p for p in reversed(lines[:i]) if p.kind != "blank"), None)
            if boxed.group("more") or (prev is not None and prev.kind == "byline"):
                lines[i] = Line(ln.text, "byline")  # □ 梁璐 under □ …记者 袁鹏: another writer
    _buttons_at_the_edges(lines)
    for i, ln in enumerate(lines):  # the header's lines before the first paragraph
        if ln.kind == "content":
            if is_long_paragraph(ln.text):
                break
            empty = _EMPTY_CELLS.search(ln.text)  # 山东工会依法为民工撑腰… | ||||||||| over ---|---|: a layout table's empty cells
            below = next((t for t in texts[i + 1:i + 3] if t.strip()), "")  # (as printed: rules alone normalise away)
            if empty and empty.start() > 0 and "|" not in ln.text[:empty.start()] and "\t" not in ln.text \
                    and (_TABLE_RULE.match(below) or _RULES_ONLY.match(below)
                         or _among_few_cells(texts, i)):
                # (…情况分析第二期(总247期) | over ||||||; 我县迎接市“六五”普法工作验收 | over
                # …宁海新闻网 2015年06月19日 08:25:05 |: a layout table's cells, one a line)
                ln = lines[i] = classify(ln.text[:empty.start()])
            cell = _TITLE_IN_CELL.match(ln.text)  # | 天津市…法治政府建设情况报告 |: a headline alone in a table's cell
            if cell and looks_like_title(cell.group("title")) and not agency_only(cell.group("title")) \
                    and _paragraph_next(lines, i) and not any(lines[j].kind == "content" for j in range(i)):
                ln = lines[i] = Line(cell.group("title"), "content")
            outlet = _TITLE_BULLET.sub("", ln.text).strip()
            if _OUTLET_UNDER_HEADLINE.match(outlet) and _headline_above(lines, i) and _paragraph_next(lines, i):
                lines[i] = Line(ln.text, "fields", {"source": outlet})  # headline / • 湄洲日报 / 3月15日,…: the outlet
                continue
            if _OUTLETS_OVER_BYLINE.match(outlet) and _byline_next(lines, i):
                lines[i] = Line(ln.text, "fields", {"source": outlet})  # 淄博日报/淄博晚报/博览新闻 / 记者刘洋: the outlets
                continue
            fields = dateline(ln.text)
            if fields is not None:
                lines[i] = Line(ln.text, "fields", fields)
                k = _content_above(lines, i)
                if k is not None and "source" not in fields and _OUTLET_ALONE.match(lines[k].text):
                    lines[k] = Line(lines[k].text, "fields", {"source": lines[k].text.strip()})  # 团结报 / 04-17 09:35
                continue
            badge = _date_badge(lines, i)  # 21 / 2024年02月: a calendar badge
            if badge is not None:
                art.fields.setdefault("published", badge)
                continue
            paged = _PAGE_TITLE.match(ln.text)  # Page 8 - …年度报告: a flipbook's header names the document
            if paged and looks_like_title(paged.group("title")):
                art.fields.setdefault("title", paged.group("title").strip())
                lines[i] = Line(ln.text, "navigation")
                continue
            reprinted = _TITLE_DATE_ORIGINAL.match(ln.text)  # …巧打民族特色牌 2020-12-03 11:11:03 原标题:…
            if reprinted and looks_like_title(reprinted.group("title")) and _paragraph_next(lines, i) \
                    and not _OUTLET_PAIR.fullmatch(reprinted.group("title")):
                # (the line right over the article; not a teaser's in a list above it, nor 光明网-光明日报 …)
                art.fields.setdefault("published", reprinted.group("date"))
                art.fields.setdefault("title", reprinted.group("title"))
                lines[i] = Line(reprinted.group("title"), "content")
                continue
            dated = _TITLE_DATE.match(ln.text)  # 上海市行政复议体制改革一周年白皮书 (2022-11-23)
            if dated and looks_like_title(dated.group("title")):
                art.fields.setdefault("published", dated.group("date"))
                lines[i] = Line(dated.group("title"), "content")
                continue
            printed = _TITLE_PRINT_TAIL.search(ln.text)  # …讨薪110余万[2017年3月2日安徽日报]
            if printed and looks_like_title(ln.text[:printed.start()]):
                lines[i] = Line(ln.text[:printed.start()], "content")
    contents = _drop_contents(lines)
    _join_split_clock(lines)
    # (where the article's first paragraph stands: the header is above it; the column names the
    # breadcrumb's step below turns to navigation are too short to be it)
    header_end = next((i for i, ln in enumerate(lines) if ln.kind == "content" and is_long_paragraph(ln.text)), len(lines))
    for i, ln in enumerate(lines):
        if ln.kind in ("footer", "fields") and "site_owner" not in art.fields:
            owner = _SITE_OWNER.match(ln.text)
            if owner:
                art.fields["site_owner"] = owner.group("owner")  # 主办单位:玄武区人民政府办公室
        if ln.kind == "navigation":
            parts = breadcrumb_parts(ln.text)
            if len(parts) >= 2 and not art.breadcrumb:
                art.breadcrumb = parts
        if ln.kind == "fields":
            fields = ln.fields
            if "title" in fields and _inside_the_article(lines, i):
                fields = {k: v for k, v in fields.items() if k != "title"}  # (名称：… of a notice's project)
                if not fields.keys() - {"_keys"}:
                    lines[i] = Line(ln.text, "content")  # (the notice's own line)
                    continue
            merge_fields(art.fields, fields, art.field_strength, replace_time=i < header_end)

    if art.breadcrumb:
        crumbs = set(art.breadcrumb)
        for i, ln in enumerate(lines):  # 首页 > … > 政府文件 / 政府文件: the column's name printed under the breadcrumb
            if ln.kind == "content" and len(ln.text) <= _COLUMN_NAME_MAX and ln.text.strip() in crumbs:
                lines[i] = Line(ln.text, "navigation")
    for i, ln in enumerate(lines):  # 【淄博日报】学习十九大…: the outlet's tag is no part of a headline
        if ln.kind == "content" and len(ln.text) <= 80 and (i <= header_end or ln.text[:1] in "【[（("):
            end = _title_tag_end(ln.text)
            if end is not None and looks_like_title(ln.text[end:]):
                lines[i] = Line(ln.text[end:], "content")
    dated = [i for i, ln in enumerate(lines[:header_end]) if ln.kind == "content" and _TITLE_THEN_DATE.match(ln.text)]
    first = next((i for i, ln in enumerate(lines) if ln.kind == "content"), None)
    if len(dated) == 1 and dated[0] == first:  # 五角场街道2015年工作总结… 2016-03-07: the page's first line, a
        # headline with its day after it (one such line only, and no line above it: no list of links)
        m = _TITLE_THEN_DATE.match(lines[dated[0]].text)
        if looks_like_title(m.group("title")):
            lines[dated[0]] = Line(m.group("title"), "content")
            art.fields.setdefault("published", m.group("date"))
    if known_title:
        _headline_then_its_fields(lines, known_title, art)
    content_idx = [i for i, ln in enumerate(lines) if ln.kind == "content"]
    title_idx = _find_title(lines, content_idx, known_title or art.fields.get("title"),
                            printed=not known_title and bool(art.fields.get("title")), contents=contents)
    if title_idx is not None:
        art.title = lines[title_idx].text
        above = _line_above_the_title(lines, title_idx)
        while above is not None:  # 通化县人民政府 / 2025年度政府信息公开工作报告: one title on two lines
            art.title = lines[above].text + art.title
            above = _line_above_the_title(lines, above, art.title)
        tail = _genre_below(lines, title_idx, art.title)
        if tail is not None:  # 关于华容县2023年度法治政府建设工作的 / 报 告: a document's title, its genre set apart
            art.title += _SPACE.sub("", lines[tail].text)
            title_idx = tail
        art.title = _TRAILING_DECORATION.sub("", art.title)  # 湖北省高级人民法院工作报告—— (over its occasion)
        art.title = _TITLE_BULLET.sub("", art.title)  # • 中共…党组关于巡察整改情况的通报: an item of the page's list
        art.title = _TITLE_DAY_STAMP.sub("", art.title)  # 07.29 1-6月全国…: the list's day before it
        art.title = _COPY_TAGS.sub("", art.title)  # 环球热门:…, …-快讯, …统计公报(3), …[安徽法制报]: a copying site's
    elif known_title:
        art.title = known_title
    elif art.fields.get("title"):
        art.title = art.fields["title"]
    else:  # a reprint whose only headline is its 原标题 line
        original = next((art.fields[k] for k in ORIGINAL_TITLE_KEYS if art.fields.get(k)), None)
        if original and looks_like_title(original, LABELLED_TITLE_MAX):
            art.title = original
    if art.title is None and not known_title:
        first = next((i for i, ln in enumerate(lines) if ln.kind == "content"), None)
        run_in = _headline_run_in(lines[first].text) if first is not None else None
        entry = _ENTRY_HEADING.match(lines[first].text) if first is not None and run_in is None else None
        if run_in is not None:  # 沂水沙沟: “网格化”巡逻保平安 连日来,在沂水县…: one line, headline and paragraph
            art.title = run_in[0]
            lines[first] = Line(run_in[1], "content")
        elif entry is not None and not _OUTLET_ALONE.match(entry.group(1)) and not _EDITOR_NOTE.match(entry.group()) \
                and not _ENTRY_BYLINE.match(entry.group(1)):  # (【通讯员 王春红】…: the writer, no heading)
            # 【公益诉讼检察】2020年，秀英区检察院…: a yearbook's entry under its heading in brackets
            art.title = entry.group(1)
            rest = lines[first].text[entry.end():]
            lines[first] = Line(rest, "content") if rest.strip() else Line("", "blank")

    headline = _headline_then_label(art.title) if art.title and not known_title else None
    if headline:  # 讲事理论法理说情理 20年土地纠纷终化解|实时焦点, …同比上升 | 央视新闻: a title bar, the site's label after it
        art.title = headline
    elif art.title and not known_title and _SERIES_BAR.match(art.title):
        # 深读|基层善治的电白密码: in a text dump the series' name is the column's (a page's markup
        # title keeps what the site printed; 视频|…, the kind of item, stays)
        series, rest = _BAR_SPLIT.split(art.title, 1)
        if series.strip() not in _media_tags():
            art.title = rest.strip()

    start = title_idx + 1 if title_idx is not None else 0
    title_key = _SPACE.sub("", art.title) if art.title else ""
    body: list[str] = _editor_notes(lines[:start])  # (编者按: …, printed above the headline, is the page's text too)
    if title_idx is not None:
        deck = _content_above(lines, title_idx)
        if deck is not None and is_long_paragraph(lines[deck].text) and _LEADS_INTO_HEADLINE.search(lines[deck].text) \
                and lines[deck].text not in body:
            body.append(lines[deck].text)  # (…又该如何平衡——, the deck leading into the headline, is the article's too)
    in_list = False  # inside a list of other articles (相关推荐 …) after the article began
    title_block = _title_over_lines(lines, start, title_key) if title_key else range(0)
    for i in range(start, len(lines)):
        ln = lines[i]
        if i in title_block:
            continue
        if body and _RELATED.match(ln.text):
            in_list = True
            continue
        if in_list:  # (a line that ends a sentence ends it too: 最新动态 / 全县设置采样点86个。 is the article's)
            if ln.kind != "content" or not (is_long_paragraph(ln.text) or _ENDS_A_SENTENCE.search(ln.text)):
                continue
            in_list = False
        if ln.kind != "content":
            continue
        if title_key and len(ln.text) >= len(title_key) and _SPACE.sub("", ln.text) == title_key:
            continue  # the title again (print copy, or the page header inside the content node)
        body.append(ln.text)
        if _ARTICLE_END.search(ln.text):
            break  # …公安交管互联网综合服务排名全国第3位。(完): what follows is another story or the site's
    if not body and title_idx is not None and not known_title:
        body = [lines[title_idx].text]  # a one-line text: that line is the article, not a title
    if mirror:  # (a mirror's pinyin glosses, 財(cái)政: the rules read the lines without them)
        printed, body = body, [_PINYIN.sub("", line) for line in body]
        art.glossed = {bare: line for bare, line in zip(body, printed) if bare != line}
    art.body_lines = _without_trailing_links(drop_repeats(body), links)
    return art


_SITE_OWNER = lexicon.fast_compile(lexicon.load("boilerplate")["site_owner"])
_ARTICLE_END = lexicon.fast_compile(lexicon.load("boilerplate")["article_end"])
_CLOSING_CREDIT = lexicon.fast_compile(lexicon.load("boilerplate")["closing_credit"])
_COLUMN_NAME_MAX = 12  # characters of a column's name
_PAGE_HEADER = 80  # lines of a whole page in which a metadata box's keys may stand over their values
_LABEL_BEFORE = lexicon.fast_compile(r"\s*\p{Han}\s*[:：]\s*")  # (a one-character label: 称 of 名称, 题 of 标题)
_PINYIN = pinyin_gloss()


_BOXED_WRITER = lexicon.fast_compile(lexicon.load("boilerplate")["boxed_writer"])
_QUOTATION_LINE = lexicon.fast_compile(lexicon.load("boilerplate")["quotation_line"])
_SPOKEN_LINE = lexicon.fast_compile(lexicon.load("boilerplate")["spoken_line"])
_OUTLET_UNDER_HEADLINE = lexicon.fast_compile(lexicon.load("boilerplate")["outlet_under_headline"])
_OUTLETS_OVER_BYLINE = lexicon.fast_compile(lexicon.load("boilerplate")["outlets_over_byline"])


def _inside_the_article(lines: list[Line], i: int) -> bool:
    """Whether a name field on line i (名称：…, not a page's 标题：) stands in the article's text: below a
    headline printed over its publication line (常州市…成交结果公告 / 发布日期：2022-10-13), with the
    article's sentences or numbered sections between (一、项目编号：… : a notice's 名称：… names its
    project or its agent, not the page; a metadata box's 基本信息 / 名称：… under a column's name does), in
    an article that has sentences (a notice of fields alone keeps its fields)."""
    if not lines[i].fields.get("_keys", "").startswith(_NAME_KEYS):
        return False
    for j in range(i):
        ln = lines[j]
        if ln.kind == "fields" and "published" in ln.fields:
            k = _content_above(lines, j)
            return k is not None and _may_head(lines[k].text) and any(
                lines[m].kind == "content" and (_says_something(lines[m].text) or _MARKER.match(lines[m].text))
                for m in range(j + 1, i)) and any(
                lines[m].kind == "content" and _says_something(lines[m].text) for m in range(j + 1, len(lines)))
    return False


_NAME_KEYS = tuple(lexicon.load("boilerplate")["article_name_keys"])


def _headline_above(lines: list[Line], i: int) -> bool:
    """Whether the line above line i, blank lines apart, is a content line that reads as a headline."""
    k = _content_above(lines, i)
    return k is not None and looks_like_title(lines[k].text)


def _next_line(lines: list[Line], i: int) -> Line | None:
    """The next line that is not blank, after line i."""
    return next((ln for ln in lines[i + 1:] if ln.kind != "blank"), None)


def _byline_next(lines: list[Line], i: int) -> bool:
    nxt = _next_line(lines, i)
    return nxt is not None and nxt.kind == "byline"


def _paragraph_next(lines: list[Line], i: int) -> bool:
    """Whether the next line that is not blank, after line i, is a paragraph of text."""
    nxt = _next_line(lines, i)
    return nxt is not None and nxt.kind == "content" and is_long_paragraph(nxt.text)


def _reading_copy(mirror: bool, traditional: bool):
    """How to classify the lines of a page: as printed; or, for a page in traditional characters
    (版權與免責聲明, a big5 gateway copy, a reprint) or one whose mirror glossed them in pinyin
    (發(fā)布日期, 原標(biāo)題), by their simplified form without the glosses, each line keeping its
    printed text and the values of its fields as printed."""
    if not mirror and not traditional:
        return classify

    def read(text: str) -> Line:
        copy = ReadingCopy(text, mirror, traditional)  # (every line: 封面新聞記者 holds none of the common
        # characters that tell a page's script, yet reads as a byline only in simplified ones)
        if copy.plain == text:
            return classify(text)
        ln = classify(copy.plain)
        if ln.kind != "fields":
            return Line(text, ln.kind, ln.fields)
        return Line(text, "fields", {k: copy.printed(v) for k, v in ln.fields.items()})  # (the values as printed)
    return read

_EMPTY_CELLS = lexicon.fast_compile(r"\s*[|｜](?:\s*[|｜])*\s*$")
_RULES_ONLY = lexicon.fast_compile(r"^[\s|｜]*[|｜][\s|｜]*$")
_ONE_CELL = lexicon.fast_compile(r"^[^|｜]*[^|｜\s][^|｜]*[|｜][\s|｜]*$")  # (2015年06月19日 08:25:05 |)
_A_YEAR = lexicon.fast_compile(r"(?:19|20)\d{2}")
_FEW_CELLS = 3  # a layout table's cells, one a line; more are a data table dumped a cell a line


def _among_few_cells(texts: list[str], i: int) -> bool:
    """Whether line i stands among a few lines of one cell each, with a rule alone or a
    year among them (headline |, …2015年06月19日 08:25:05 |): a layout table around the
    header, not a data table dumped a cell a line (受理总量 | / 诉求来源 | / 数量 | …). A
    paragraph in a cell of its own ends the header."""
    run, layout = [i], False
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(texts) and not is_long_paragraph(texts[k]):
            text = texts[k]
            if _ONE_CELL.match(text):
                run.append(k)
                layout = layout or bool(_A_YEAR.search(text))
            elif _RULES_ONLY.match(text):
                layout = True
            elif text.strip():
                break
            k += step
    return layout and 1 < len(run) <= _FEW_CELLS


_TABLE_RULE = lexicon.fast_compile(r"^\s*(?:[-:]{3,}\s*[|｜]\s*){2,}")
_PAGER = lexicon.fast_compile(r"^(?:\d{1,3}\s+){2,}\d{1,3}$|>>$|»$")


def _join_split_clock(lines: list[Line]) -> None:
    """A publication field whose day and time a dump put on two lines (發布日期:2025-08-07 / 17:16):
    the time joins the day."""
    for i, ln in enumerate(lines):
        if ln.kind != "fields" or not DAY_ALONE.fullmatch((ln.fields or {}).get("published", "")):
            continue
        j = i + 1
        while j < len(lines) and lines[j].kind == "blank":
            j += 1
        if j >= len(lines):
            continue
        clock = CLOCK_ALONE.fullmatch(lines[j].text)
        widget = lines[j].kind == "toolbar" and CLOCK_OPENING.match(lines[j].text)  # (09:05:48字号:小大打印本页)
        if clock or widget:
            fields = dict(ln.fields)
            fields["published"] = f"{fields['published'].strip()} {(clock or widget).group().strip()}"
            lines[i] = Line(ln.text, "fields", fields)
            if clock:
                lines[j] = Line("", "blank")


def _title_over_lines(lines: list[Line], start: int, title_key: str) -> range:
    """The lines that print the title again over several short lines before the first paragraph
    (吉林省人民政府关于禁止在 / 吉林省嫩江干流补充治理工程建设 / … / 和迁入人口的通告), with the
    document's number under them (吉政明电〔2022〕1号); when there are none, the number alone right
    under the title found above (the blank lines before it too), else an empty range."""
    for first in range(start, len(lines)):
        ln = lines[first]
        if ln.kind == "content" and is_long_paragraph(ln.text):
            break
        key = _SPACE.sub("", ln.text)
        if ln.kind != "content" or len(key) < 4 or len(key) >= len(title_key) or not title_key.startswith(key):
            continue
        joined, i = "", first
        while i < len(lines) and len(joined) < len(title_key) and lines[i].kind in ("content", "blank"):
            joined += _SPACE.sub("", lines[i].text)
            i += 1
            if not title_key.startswith(joined):
                break
        if joined == title_key:
            return range(first, _past_doc_number(lines, i))
    return range(start, _past_doc_number(lines, start))  # (the title found on its lines above: its number under it)


def _past_doc_number(lines: list[Line], i: int) -> int:
    """After the document's number printed under its title (吉政明电〔2022〕1号), if there is one."""
    while i < len(lines) and lines[i].kind == "blank":
        i += 1
    if i < len(lines) and len(lines[i].text) <= 30 and _DOC_NUMBER.search(lines[i].text):
        return i + 1
    return i


def _without_trailing_links(body: list[str], links: frozenset = frozenset()) -> list[str]:
    """The article without a list of other headlines printed after it with no heading
    (河北：快乐备考 / 更多图片>> / 1 2 3 4 / 河北将迎来…高考): a run of three or more short
    lines at the end, each a headline or a pager, or of two or more that are each a link's
    whole text (`links`), after at least one paragraph and not under a label (附件：, 报名网址：)."""
    k, all_linked, exclaimed = len(body), True, len(body)
    while k > 0:
        line = body[k - 1].strip()
        linked = _LINK_LINE_MIN <= len(key := _SPACE.sub("", line)) <= _LINK_LINE_MAX and key in links
        if not (linked or _PAGER.search(line) or (looks_like_title(line) and len(line) <= 40)):
            break
        if not linked and line.endswith(("！", "!", "？", "?")) and exclaimed == len(body):
            exclaimed = k - 1  # (an exclamation may close the article itself: the run starts after the last…)
        all_linked = all_linked and linked
        k -= 1
    credited = k > 0 and _CLOSING_CREDIT.search(body[k - 1]) is not None
    if exclaimed < len(body) and not credited:
        k = exclaimed + 1  # (…unless the writers' credit closed the article before the run)
    run = len(body) - k
    if (run >= 3 or (run >= 2 and all_linked) or (run >= 1 and credited)) and any(is_long_paragraph(x) for x in body[:k]) \
            and not body[k - 1].rstrip().endswith((":", "：")):
        return body[:k]
    return body


_LINK_LINE_MIN = 6  # characters of a link that is another article's title (not 更多, 返回)…
_LINK_LINE_MAX = 50  # …and no more than a headline's (a linked paragraph is the article's)


_SPACE = lexicon.fast_compile(r"\s+")
_DIGITS = lexicon.fast_compile(r"\D")
_HAN = lexicon.fast_compile(r"\p{Han}")
_DOC_NO = r"[〔\[]\d{4}[〕\]]\s*\d+\s*号"  # a document's number: 吉政明电〔2022〕1号
_NUMBER_IN_BRACKETS = lexicon.fast_compile(rf"\s*[（(][^()（）]{{0,16}}{_DOC_NO}[)）]\s*$")
_DOC_NUMBER = lexicon.fast_compile(_DOC_NO + "$")
_FIELD_OR_NAV = lexicon.fast_compile(r"[:：>＞»→]|&gt;")
_NOT_WORD = lexicon.fast_compile(r"[\s\p{P}]+")


def _by_genre(key: str):
    """A title pattern of data/boilerplate.toml with the genres of documents and accounts filled in."""
    data = lexicon.load("boilerplate")
    return lexicon.fast_compile(data[key].replace("{documents}", lexicon.alternation(data["document_genres"]))
                                .replace("{accounts}", lexicon.alternation(data["account_genres"])))


_TITLE_PRINT_TAIL = lexicon.fast_compile(lexicon.load("boilerplate")["title_print_tail"])
_TITLE_DATE = lexicon.fast_compile(lexicon.load("boilerplate")["title_then_bracketed_day"])
_TITLE_IN_CELL = _by_genre("title_in_cell")
_BAR_SPLIT = lexicon.fast_compile(r"\s*[|｜]\s*")
_BAR_LABEL_ENDINGS = tuple(lexicon.load("boilerplate")["title_bar_label_endings"])
_LABEL_AFTER_BAR = lexicon.fast_compile(r"^(?P<headline>[^|｜]+?)\s*[|｜]\s*(?P<label>[^|｜\d\s]{2,8})\s*$")
_SITE_AFTER_DASH = lexicon.fast_compile(r"^(?P<headline>\S.+?)\s*[-－_]\s*(?P<label>\p{Han}{2,12})\s*$")
_COLUMN_AFTER_DASH = lexicon.fast_compile(r"^(?P<headline>\S.+?)\s*[-－_]\s*(?P<label>\p{Han}{2,6})$")
_DASH_OUTLET_ENDINGS = tuple(lexicon.load("boilerplate")["title_dash_outlet_endings"])
_DASH_NOT_OUTLETS = tuple(lexicon.load("boilerplate")["title_dash_not_outlets"])
_DASH_AGENCY_ENDINGS = tuple(lexicon.load("boilerplate")["title_dash_agency_endings"])


def _headline_then_label(text: str) -> str | None:
    """The headline of a title bar's line, a short label of the site or column after a bar
    (…终化解|实时焦点, …同比上升 | 央视新闻), or the site's name after a dash as a browser's title
    bar prints it, perhaps its column's before that (…善治润民心-新华网, …多元化解 - 工会 - 中工网):
    the headline more than twice as long as the label."""
    m = _LABEL_AFTER_BAR.match(text)
    dashed = m is None
    if dashed:
        m = _SITE_AFTER_DASH.match(text)
    if m is None or len(m.group("headline")) <= 2 * len(m.group("label")) \
            or not (_site_name(m.group("label")) if dashed else m.group("label").endswith(_BAR_LABEL_ENDINGS)):
        return None
    headline = m.group("headline")
    column = _COLUMN_AFTER_DASH.match(headline) if dashed else None
    if column and len(column.group("headline")) > 2 * len(column.group("label")) and _plain_noun(column.group("label")) \
            and not any(start == 0 for start, *_ in find_places(column.group("label"))):
        headline = column.group("headline")  # (…多元化解 - 工会 - 中工网; not …法庭-浙江诸暨 - 新华网: the place is the headline's)
    return headline if looks_like_title(headline) else None


def _site_name(label: str) -> bool:
    """Whether what follows a headline's last dash names its site: an outlet's name (新华网, 全球今日报) or an
    agency's that opens with its place (雅安市司法局, 翔安区人民政府), words without a verb."""
    if not _plain_noun(label):
        return False
    if label.endswith(_DASH_OUTLET_ENDINGS) and len(label) >= 3 and not label.endswith(_DASH_NOT_OUTLETS):
        return True
    return label.endswith(_DASH_AGENCY_ENDINGS) and any(start == 0 for start, *_ in find_places(label))


def _plain_noun(words: str) -> bool:
    """Whether a short phrase is nouns only: no verb, no idiom (难逃法网)."""
    return not any(is_verb(w, f) or f == "i" for w, f in tags(words))
_SERIES_BAR = lexicon.fast_compile(r"^[^|｜]{1,20}[|｜](?=[^|｜]*\p{Han}{4})[^|｜]{4,}$")  # (凝聚力量 接续奋斗 走好新时代赶考①|紧跟…)
_DECK = lexicon.fast_compile(r"^\s*(?:[—－]{1,2}\S|《[^》]{2,10}报》)")  # (——…, 《河南法制报》…: a deck)
_FIGURE = lexicon.fast_compile(r"\d(?:[\d.]*)\s*(?:余|多)?\s*(?:%|件|名|人|起|万|亿|元|个|次|宗|户|家|条|项|份|批|场|期|所|座|处|台|辆|吨|亩|天|倍)")  # (a count, not a year)
_NOT_HEADLINE_MARKS = lexicon.fast_compile(r"[:：>＞»]")
_SUBJECT_COLON = lexicon.fast_compile(r"^\s*(?P<who>[^:：>＞»\s]{2,16})[:：]\s*(?P<what>[^:：>＞»]{6,})$")
_PAPER_NAME = lexicon.fast_compile(lexicon.load("boilerplate")["paper_name"])
_TITLE_TAG = lexicon.fast_compile(lexicon.load("boilerplate")["title_tag"])


def _title_tag_end(text: str) -> int | None:
    """Where the tag that opens a headline line ends (【淄博日报】…), read past a mirror's pinyin
    glosses (【能力作風(fēng)建設(shè)】…: the tag's characters counted without them); else None."""
    tag = _TITLE_TAG.match(text)
    if tag or ("(" not in text and "（" not in text):
        return tag.end() if tag else None  # (a gloss is bracketed: a line without a bracket has none)
    plain = _PINYIN.sub("", text)
    tag = _TITLE_TAG.match(plain) if plain != text else None
    if not tag:
        return None
    i = kept = 0
    while kept < tag.end() and i < len(text):  # (the same place in the glossed line)
        gloss = _PINYIN.match(text, i)
        if gloss:
            i = gloss.end()
        else:
            i, kept = i + 1, kept + 1
    return i


_PAGE_TITLE = lexicon.fast_compile(lexicon.load("boilerplate")["page_title"])
_TRAILING_SPEECH = lexicon.fast_compile(lexicon.load("boilerplate")["trailing_speech"])
_NOT_TITLE = lexicon.fast_compile(lexicon.load("boilerplate")["not_title"])
_RELATED = lexicon.fast_compile(lexicon.load("boilerplate")["related_heading"])
_ENDS_A_SENTENCE = lexicon.fast_compile(r"[^。]。\s*$")  # (not a widget's 来说两句吧。。。)


def _same(a: str, b: str) -> bool:
    return _SPACE.sub("", a) == _SPACE.sub("", b)


def _headline_then_its_fields(lines: list[Line], known: str, art: Article) -> None:
    """The markup's headline with the publication time and source after it on its line, over the article (共论…论坛在沪
    召开 2023-08-19 来源：解放日报: a <small> inside the <h2>): the headline's line, its fields the page's where it has none."""
    key = _SPACE.sub("", known)
    for i, ln in enumerate(lines):
        if ln.kind == "content" and is_long_paragraph(ln.text):
            return  # (only over the article: a related item or the next article's line below it is theirs)
        if ln.kind != "content" or not ln.text.lstrip().startswith(key[:1]) or len(ln.text) <= len(key) \
                or not _SPACE.sub("", ln.text).startswith(key):
            continue
        cut, kept = 0, 0
        while kept < len(key):  # (where the headline's characters end in the line, its spaces counted)
            kept += not ln.text[cut].isspace()
            cut += 1
        rest = classify(ln.text[cut:].strip())
        if rest.kind == "fields" and _PUBLICATION_ROLES <= rest.fields.keys():  # (a time and a source: not an event's 时间：…)
            for role in _PUBLICATION_ROLES & rest.fields.keys():
                art.fields.setdefault(role, rest.fields[role])
            lines[i] = Line(ln.text[:cut].strip(), "content")
        return


def _find_title(lines: list[Line], content_idx: list[int], known: str | None, printed: bool = False,
                contents: int | None = None) -> int | None:
    """The index of the title line. `known` is a title given by the page's markup or, when
    `printed`, by a field of the page itself (标题：…), which no other line outranks."""
    if known:
        tag = _title_tag_end(known)  # ([人民网]第六届…开幕: the line's outlet tag is gone by now)
        untagged = known[tag:] if tag else None
        for i in content_idx:
            if _same(lines[i].text, known) or (untagged and _same(lines[i].text, untagged)):
                return i
        spaced = _SPACE.sub(" ", known.strip())
        for a, b in zip(content_idx, content_idx[1:]):  # (…在成都举行 <br>现场发布…: the headline printed on two lines)
            if b == a + 1 and spaced == f"{lines[a].text.strip()} {lines[b].text.strip()}":
                # (the markup's headline with a space where the page breaks it: not a deck glued to it)
                lines[a], lines[b] = Line(known.strip(), "content"), Line("", "blank")
                return a
        bare = _NUMBER_IN_BRACKETS.sub("", known)  # …信息公开表（浙金罚决字〔2024〕52号）: the markup's title adds the number
        if bare != known:
            for i in content_idx:
                if _same(lines[i].text, bare):
                    return i
        if printed:
            return None
    # the content line just above the first publication line (within three lines)
    publication = None
    for i, ln in enumerate(lines):
        # (a line left empty counts by its publication time's key, 发布时间: 信息来源:; a source's key
        # left empty alone, 发布机构:, is a row of a metadata table)
        if ln.kind == "fields" and (_PUBLICATION_ROLES & ln.fields.keys() or "published" in field_roles(ln)):
            publication = i
            j, skipped = i - 1, 0
            while j >= 0 and (lines[j].kind in ("blank", "fields", "byline") or _DECK.match(lines[j].text)
                              or _OUTLET_ALONE.match(lines[j].text)) and skipped < 3:
                skipped += lines[j].kind != "blank"  # (blank lines, however many, are no lines)
                j -= 1  # (the writers' names, a deck line, ——定海公安创新…, or the outlet, 周口日报, stand between too)
            if j >= 0 and lines[j].kind == "content" and looks_like_title(lines[j].text) \
                    and not agency_only(lines[j].text) \
                    and any(len(lines[k].text) >= _FOOTER_AFTER for k in content_idx if k > i):
                headline = _headline_over_deck(lines, j)
                if headline is None:
                    headline = _headline_over_subtitle(lines, j)
                return headline if headline is not None else j
            break  # (来源:… under the last paragraph is the article's footer: the line above it heads nothing)
    if known:
        return None
    # else the last title-like line of the header block, before the first paragraph: the
    # block after the publication line (an e-paper prints its headline under it), else the
    # page's first
    if publication is not None and "published" in lines[publication].fields:
        # (a source alone, 来源/市政府办, may credit the article under it: no headline below that)
        below = _last_title_like(lines, [i for i in content_idx if i > publication])
        if below is not None:
            return below
    above = next((i for i in reversed(content_idx) if i < contents), None) if contents else None
    if above is not None and looks_like_title(lines[above].text):
        return above  # 市商务局2020年度行政执法统计年报 / 目 录 / 第一部分 …: the document's title heads its contents
    last = _last_title_like(lines, content_idx)
    if last is not None:
        headline = _above_the_byline(lines, content_idx, last)
        if headline is not None:
            return headline  # …推动“家庭矛盾解决在家庭” / □ 中国妇女报全媒体记者 袁鹏 / “有啥问题…!” / 春光明媚…
        after = next((i for i in content_idx if i > last), None)
        if _SPOKEN_LINE.match(lines[last].text) and after is not None and _SPOKEN_LINE.match(lines[after].text):
            return None  # “严书记,忙什么呢?” / “刚去黄家劝解,和好啦!” / 1月10日傍晚,…: the story opens on a dialogue
    return last


def _above_the_byline(lines: list[Line], content_idx: list[int], below: int) -> int | None:
    """When the writers' names stand between a line taken for the headline and the first paragraph
    (a quote opening the story, under the byline), the title-like line right above those names."""
    first = next((i for i in content_idx if is_long_paragraph(lines[i].text)), None)
    if first is None or below > first or not _QUOTATION_LINE.match(lines[below].text):
        return None  # (only words spoken, “有啥问题…!”, taken for the headline give way to the line over the byline)
    for i in range(below - 1, -1, -1):
        if lines[i].kind != "byline":
            continue
        j = i - 1
        while j >= 0 and lines[j].kind in ("blank", "byline"):
            j -= 1
        if j >= 0 and lines[j].kind == "content" and looks_like_title(lines[j].text) and not agency_only(lines[j].text):
            headline = _headline_over_deck(lines, j)
            return headline if headline is not None else j
        return None
    return None


def _editor_notes(lines: list[Line]) -> list[str]:
    """The paragraphs of an editor's note above the headline (【编者按】…, or 编者按: over them)."""
    out, label = [], False
    for ln in lines:
        if ln.kind != "content":
            continue
        text = ln.text
        if is_long_paragraph(text) and (label or _EDITOR_NOTE.match(text)):
            out.append(text)
        label = bool(_EDITOR_NOTE.fullmatch(text.strip()))
    return out


def _last_title_like(lines: list[Line], content_idx: list[int]) -> int | None:
    best = None
    seen = []
    note_label = False
    second_copy = None  # (where a headline printed twice is printed again)
    continued = [0]  # (e-paper lines saying where the article goes on from, counted up to each line)
    for ln in lines:
        continued.append(continued[-1] + (ln.kind == "epaper" and bool(_CONTINUED_FROM.search(ln.text))))
    for i in content_idx:
        text = lines[i].text
        if is_long_paragraph(text):
            if best is None and (_EDITOR_NOTE.match(text) or note_label):
                note_label = False
                continue  # 【编者按】…, or 编者按: on a line of its own: a note of the page's editor above the headline
            if best is None and _LEADS_INTO_HEADLINE.search(text):
                continue  # an e-paper's deck, …又该如何平衡——, leading into the headline under it
            break
        note_label = bool(_EDITOR_NOTE.fullmatch(text.strip()))
        if note_label:
            continue
        if _goes_on_from(lines, i) or (i + 1 < len(lines) and _goes_on_from(lines, i + 1)):
            break  # …,市政协民 / 主监督和社会各界关心支持下,…,深: a hard-wrapped paragraph's lines, no headline
        if best is not None and continued[i] > continued[best + 1]:
            break  # 平安和谐“新牧区” / (上接第一版) / 党建引领…: the headline, then the page it goes on from
        if best is not None and _TRAILING_SPEECH.search(text):
            continue  # 传承枫桥经验… / “啪!” / “我就是个小老百姓,…都跑出来了……”: the headline, then the story's dialogue
        if looks_like_title(text) and not agency_only(text):
            # a headline printed again in parts (邱县:“政协+信访”… then 邱县 / “政协+信访”…)
            key = _SPACE.sub("", text)  # (among the last headlines seen: a list page has thousands)
            whole = next((k for k in seen[-_SEEN_REACH:] if key in _SPACE.sub("", lines[k].text)), None)
            if whole is not None and _LABEL_BEFORE.fullmatch(lines[whole].text[:len(lines[whole].text) - len(text)]) \
                    and lines[whole].text.endswith(text):
                best = i  # 称: 用好“法律明白人”… then the headline alone: a grid's cut label was before it
                break
            best = whole if whole is not None else i
            if whole is not None and len(text) >= 6 and _same(text, lines[whole].text):
                second_copy = i
                break  # the same headline twice (screen and print headers): what follows is the article
            seen.append(i)
    if best is not None:
        headline = _headline_over_deck(lines, best)
        if headline is not None:
            return headline
        # (a headline printed twice is the article's own; the line above its first copy may be the one
        # before it in an e-paper's list of the page's headlines, no headline over a subtitle)
        above = None if second_copy is not None and _content_above(lines, best) != _content_above(lines, second_copy) \
            else _headline_over_subtitle(lines, best)
        if above is not None:
            return above
    return best


_LEADS_INTO_HEADLINE = lexicon.fast_compile(r"[—─]{1,2}\s*$")
_WRAPPED_LINE = 30  # characters of a paragraph's line broken off mid-sentence
_WRAPPED_SPREAD = 4  # characters by which the lengths of two lines of one column may differ
_SAME_OPENING = 6  # characters two lines share at their start when they are one headline printed twice
_CLAUSE_BREAK = lexicon.fast_compile(r"[，,；;、]")


def _goes_on_from(lines: list[Line], i: int) -> bool:
    """Whether line i goes on from the content line right above it: that one is a paragraph's line of
    _WRAPPED_LINE characters or more, holding a clause break and broken off mid-sentence (no
    sentence's end, no colon), and line i holds a clause break too and is as long, give or take
    _WRAPPED_SPREAD characters (the lines of one column: not a headline over its first paragraph,
    nor a headline printed twice)."""
    k = _content_above(lines, i)
    if k is None or k != i - 1:
        return False
    above, text = lines[k].text.strip(), lines[i].text.strip()
    return len(above) >= _WRAPPED_LINE and above[-1] not in "。！？!?：:；;”\"）)" \
        and abs(len(above) - len(text)) <= _WRAPPED_SPREAD and above[:_SAME_OPENING] != text[:_SAME_OPENING] \
        and bool(_CLAUSE_BREAK.search(above)) and bool(_CLAUSE_BREAK.search(text))
_SEEN_REACH = 60  # title-like lines back in which a headline's earlier, whole copy is looked for


def _content_above(lines: list[Line], i: int) -> int | None:
    """The content line right above line i, blank lines between; None when another kind stands there."""
    k = i - 1
    while k >= 0 and lines[k].kind == "blank":
        k -= 1
    return k if k >= 0 and lines[k].kind == "content" else None


def _headline_over_subtitle(lines: list[Line], i: int) -> int | None:
    """The headline right above line i when both are title-like (甘肃武威“组合拳”绘就社会治理新画卷 /
    “四个一”模式精彩出招): the first line printed is the headline, the second its subtitle; not a
    headline broken in two short halves (乡贤当起“老娘舅” / 调解纠纷好帮手), one ending in a dash over
    its subtitle, a place's or an agency's name over a title, nor the page's furniture."""
    k = _content_above(lines, i)
    if k is None:
        return None
    upper, lower = lines[k].text, lines[i].text
    if _COLUMN_LABEL_LINE.match(lower.strip()) and len(upper) >= _HEADLINE_MIN and looks_like_title(upper) \
            and not agency_only(upper):
        return k  # 刘拥建代表…作工作报告：… / 聚焦全市两会: the headline over its column's label
    if _subtitle_below(lines, i, upper):
        return None  # the subtitle in the page's title bar too: line i heads the article
    if _printed_again(lines, i, lower) and not _printed_again(lines, i, upper):
        return None  # 邯郸新闻2023邯郸区县·邯郸 / …推行“街巷长”网格化管理机制, the latter printed again in the share
        # block: the page's headline, under a column's label
    if len(upper) >= _HEADLINE_MIN and len(upper) + len(lower) >= _HEADLINES_MIN and _may_head(upper) \
            and len(upper.split()) <= 2 and not lower.lstrip().startswith(("——", "—")) \
            and not _place_alone(upper) and not upper.rstrip().endswith(("—", "－")) \
            and _line_above_the_title(lines, i) is None and not _UNIT_NAME.match(upper.strip()):
        return k
    return None


def _printed_again(lines: list[Line], i: int, text: str) -> bool:
    """Whether a line below line i prints `text` again (its list bullet and spaces aside)."""
    key = _SPACE.sub("", _TITLE_BULLET.sub("", text))
    return any(_SPACE.sub("", _TITLE_BULLET.sub("", ln.text)) == key for ln in lines[i + 1:] if ln.kind == "content")


def _may_head(text: str) -> bool:
    """Whether a line over another may be the headline over it (its subtitle or its deck of
    figures): title-like, not an agency alone, no field or breadcrumb mark, no page furniture
    (a pager, a login link, a slogan) and no list's bullet."""
    if not looks_like_title(text) or agency_only(text) or _TITLE_BULLET.match(text) \
            or (_NOT_HEADLINE_MARKS.search(text) and not _subject_then_headline(text)):
        return False
    plain = simplified(text) if has_traditional(text) else text  # (您好,歡迎訪問…網!: a welcome banner in traditional script)
    return not _NOT_OVER_SUBTITLE.search(plain) and not _SITE_NAME_LINE.match(plain) and not _SERIES_LABEL_LINE.search(plain)


def _subject_then_headline(text: str) -> bool:
    """Whether a line is a headline that names its subject, an agency or a place, before a colon
    (太原法院：念好“四字诀”，合力解纠纷; 临泽县平川镇：…): no field's key, no breadcrumb."""
    m = _SUBJECT_COLON.match(text)
    if m is None:
        return False
    who = m.group("who")
    if agency_only(who) or _place_alone(who):
        return True
    # a unit inside a place (临泽县平川镇), opening with the place's name: not a field's key that ends
    # like one (所属地区, 适用地区, 所在社区)
    return bool(_UNIT_NAME.match(who)) and not _has_verb(who) and any(start == 0 for start, *_ in find_places(who))


def _subtitle_below(lines: list[Line], i: int, text: str) -> bool:
    """Whether the content line under line i prints `text` as a subtitle, after its dash
    (全国推进…工作纪实 / 让“到综治中心能解决问题”成为群众口碑 / ——全国推进…工作纪实)."""
    k = i + 1
    while k < len(lines) and lines[k].kind == "blank":
        k += 1
    if k >= len(lines) or lines[k].kind != "content":
        return False
    below = _SPACE.sub("", lines[k].text)
    return below.startswith(("—", "－")) and below.lstrip("—－") == _SPACE.sub("", text) != ""


_PUBLICATION_ROLES = frozenset({"published", "source"})
_HEADLINE_MIN = 10  # characters of a headline over a subtitle…
_HEADLINES_MIN = 24  # …and of the two lines: shorter ones are halves of one headline (乡贤当起“老娘舅” / 调解纠纷好帮手)
_NOT_OVER_SUBTITLE = lexicon.fast_compile(lexicon.alternation(lexicon.load("boilerplate")["not_over_subtitle"]))
_SITE_NAME_LINE = lexicon.fast_compile(lexicon.load("boilerplate")["site_name_line"])
_COLUMN_LABEL_LINE = lexicon.fast_compile(lexicon.load("boilerplate")["column_label_line"].replace(
    "{column_label}", lexicon.load("boilerplate")["column_label"]))
_SERIES_LABEL_LINE = lexicon.fast_compile(lexicon.load("boilerplate")["series_label_line"])


def _headline_run_in(text: str) -> tuple[str, str] | None:
    """A flattened page's first line holding the headline and then the first paragraph, set off
    by a space (中共黄湾镇委员会…的报告 中共海宁市委…: 2024年,…; 食药安办公告〔2021〕9号 昌黎县…公示
    (2021年11月) 根据《…》…): (headline, paragraph), or None. A document number before the
    headline is no part of it; a short part closed by a colon (沂水沙沟:) is. A dateline (新快报讯
    记者方轶报道 乡村治理…, 荆楚网(湖北日报网) 讯(通讯员…) or a quotation or book title the space cuts
    in two (根据《中共中央办公厅 国务院办公厅关于…》) heads no headline."""
    if not is_long_paragraph(text) or " " not in text:
        return None
    parts = _SPACE_RUN.split(text)
    head, spaced = "", False
    for k, part in enumerate(parts[:-1]):
        if _LEADING_DOC_NUMBER.fullmatch(part) and not head:
            continue  # 食药安办公告〔2021〕9号: the notice's number
        if not head and _DATELINE_PART.search(part):
            return None
        head = f"{head} {part}" if head and (head[-1] in ":：" or spaced) else head + part
        spaced = False
        if head[-1] in ":：" or len(head) < 8:
            continue
        if _TITLE_ABOUT.match(head) and not _GENRE_REST.search(head) and k + 2 < len(parts) \
                and _GENRE_REST.match(parts[k + 1]) and not _CLAUSE_MARK.search(parts[k + 1]):
            spaced = True
            continue  # 关于…行政复议委员会 有关事项的通知 各乡、镇人民政府…: a document's title over two parts
        rest = " ".join(parts[k + 1:])
        if looks_like_title(head) and len(rest) >= 20 and _CLAUSE_MARK.search(rest[:60]) \
                and not _CLAUSE_MARK.search(head) and not _DATELINE_HEAD.search(head) and not _DATELINE_AFTER.match(rest) \
                and not _cut_inside_quotes(head):
            return head, rest
        return None
    return None


def _cut_inside_quotes(text: str) -> bool:
    """Whether `text` opens a book title or a quotation it does not close (根据《中共中央办公厅)."""
    return text.count("《") > text.count("》") or text.count("“") > text.count("”")


_SPACE_RUN = lexicon.fast_compile(r"[ \u3000]+")
_ENTRY_HEADING = lexicon.fast_compile(r"^\s*【(\p{Han}[^】]{1,19})】\s*")
_LEADING_DOC_NUMBER = lexicon.fast_compile(r"\S{0,12}" + _DOC_NO)
_CLAUSE_MARK = lexicon.fast_compile(r"[，,。；;]")
_DATELINE_HEAD = lexicon.fast_compile(lexicon.load("boilerplate")["run_in_dateline"])
_DATELINE_PART = lexicon.fast_compile(lexicon.load("boilerplate")["run_in_dateline_part"])
_ENTRY_BYLINE = lexicon.fast_compile(lexicon.load("boilerplate")["entry_byline"])
_DATELINE_AFTER = lexicon.fast_compile(lexicon.load("boilerplate")["run_in_dateline_after"])


@lru_cache(maxsize=1)
def _media_tags() -> frozenset:
    return frozenset(lexicon.load("boilerplate")["media_type_tags"])


def _headline_over_deck(lines: list[Line], i: int) -> int | None:
    """The headline on the line above line i (blank lines between) when line i is a deck of
    figures under it (我省根治欠薪冬季专项行动圆满结束 / 为5743名农民工追发工资7376.9万元); else None."""
    k = _content_above(lines, i)
    if k is None or not _FIGURE.search(lines[i].text):
        return None
    upper = lines[k].text
    if len(upper) >= 8 and _may_head(upper) and not _FIGURE.search(upper):
        return k
    return None


def agency_only(text: str) -> bool:
    """A line naming only an agency (天津市河东区人民政府, □ 高邮市司法局): a byline or a page
    header, never a headline on its own (成立行政复议局 is one: it has a verb)."""
    name = _LEADING_MARKS.sub("", text)
    parts = name.split()
    if len(parts) > 1:  # 广州铁路运输中级法院 广州市司法局: the agencies that wrote it
        return len(parts) <= 4 and all(agency_only(p) for p in parts)
    if not (3 <= len(name) <= 20) or not name.endswith(_AGENCY_ENDINGS) or not _HAN_ONLY.fullmatch(name) \
            or name.endswith(_EVENT_ENDINGS):
        return False
    return not _has_verb(name)


_DAY_ALONE = lexicon.fast_compile(r"^(?:[12]\d|3[01]|0?[1-9])$")
_YEAR_ALONE = lexicon.fast_compile(r"^[-—－\s]*((?:19|20)\d{2})[-—－\s]*$")
_MONTH_DAY = lexicon.fast_compile(r"^\s*(1[0-2]|0?[1-9])\s*[/\-.月]\s*([12]\d|3[01]|0?[1-9])\s*日?\s*$")
_CLOCK_ALONE = lexicon.fast_compile(r"^\s*(?:[01]?\d|2[0-3])[:：][0-5]\d\s*$")
_YEAR_MONTH = lexicon.fast_compile(r"^((?:19|20)\d{2})\s*[年\-/.]\s*(1[0-2]|0?[1-9])\s*月?$")


def _date_badge(lines: list[Line], i: int) -> str | None:
    """A day printed alone and its year and month on the next line (21 / 2024年02月), or a year
    alone and then its month and day, perhaps the time (-2024- / 07/09 / 11:24), as a page's
    calendar badge shows its date: that date (the badge's lines become blank)."""
    year = _YEAR_ALONE.match(lines[i].text)
    if year:
        following = [k for k in range(i + 1, min(i + 6, len(lines))) if lines[k].kind != "blank"][:2]
        md = _MONTH_DAY.match(lines[following[0]].text) if following else None
        if md is None:
            return None
        stamp = f"{year.group(1)}-{int(md.group(1)):02d}-{int(md.group(2)):02d}"
        used = [i, following[0]]
        clock = _CLOCK_ALONE.match(lines[following[1]].text) if len(following) > 1 else None
        if clock:
            stamp += f" {clock.group(0).strip()}"
            used.append(following[1])
        for k in used:
            lines[k] = Line(lines[k].text, "blank")
        return stamp
    if not _DAY_ALONE.match(lines[i].text) or i + 1 >= len(lines):
        return None
    ym = _YEAR_MONTH.match(lines[i + 1].text)
    if not ym:
        return None
    lines[i] = Line(lines[i].text, "blank")
    lines[i + 1] = Line(lines[i + 1].text, "blank")
    return f"{ym.group(1)}-{int(ym.group(2)):02d}-{int(lines[i].text):02d}"


def _has_verb(text: str) -> bool:
    """Whether a verb (not a verbal noun: 监察, 调解) stands in `text` (成立行政复议局, 城关镇有了人民调解委员会); not a
    character the tagger cut out of a place's name as a verb, before the place's kind (示范区公安分局开州派出所,
    经开区司法局: 开 of 开州, 经开区)."""
    pos = 0
    for word, flag in postag.cut(text):
        end = pos + len(word)
        if flag.startswith("v") and flag != "vn" and not (len(word) == 1 and text[end:end + 1] in _PLACE_KINDS):
            return True
        pos = end
    return False


_PLACE_KINDS = frozenset(lexicon.load("boilerplate")["place_kind_chars"])


def _place_alone(text: str) -> bool:
    """Whether a short line is one place's name and nothing else (额尔古纳, 沂水县)."""
    found = list(find_places(text))
    return len(found) == 1 and found[0][0] == 0 and found[0][1] == len(text)


def _line_above_the_title(lines: list[Line], i: int, title: str | None = None) -> int | None:
    """The line just above a title when it is the title's own beginning: the issuing
    agency's name above a title naming none (通化县人民政府 / 2025年度政府信息公开工作报告), or a
    document title's head (关于市六届人大一次会议 / 第0290号建议办理情况的答复函)."""
    j = i - 1
    while j >= 0 and lines[j].kind == "blank" and i - j <= 2:
        j -= 1
    if j < 0 or lines[j].kind != "content":
        return None
    head, rest = lines[j].text, title or lines[i].text
    if 3 <= len(head) <= 17 and head[-1] in "：:" and looks_like_title(rest) \
            and (agency_only(head[:-1]) or (head[:-1].endswith(_INSTITUTION_SHORT) and not _has_verb(head[:-1]))):
        return j  # 仙居县司法局: / 嵊州公安: / 从20.17%降至0.9%，…: who speaks, then what it says
    if not (4 <= len(head) <= 30) or is_long_paragraph(head) or head[-1] in _END_PUNCT:
        return None
    if head.endswith(_AGENCY_ENDINGS) and len(head) <= 16 and (rest[:1].isdigit() or rest.startswith("关于")):
        return j
    if len(head) <= 8 and _place_alone(head) and looks_like_title(rest) and not rest.startswith(head):
        return j  # 额尔古纳 / 打造“四无讼”治理模式: the place, then what it did
    if _UNIT_NAME.match(head) and not _has_verb(head) and looks_like_title(rest) and opens_with_verb(rest):
        return j  # 秦州区藉水南路社区 / 开展矛盾纠纷入户排查: the community, then what it did
    if title is None and len(head) <= _WRAPPED_HEADLINE and len(rest) <= _WRAPPED_HEADLINE and head[-1] in "”\"" \
            and looks_like_title(head) and looks_like_title(rest) and not _DECK.match(head):
        return j  # 乡贤当起“老娘舅” / 调解纠纷好帮手: a paper's headline broken after its quoted word
    split = _AGENCY_TAIL.match(rest)  # 重庆市…小龙坎街道 / 办事处2023年…报告: an agency's name broken
    if split and (head + split.group(1)).endswith(_AGENCY_ENDINGS) and not head.endswith(_AGENCY_ENDINGS):
        return j
    if head.startswith("关于") and not rest.startswith("关于") and len(head) + len(rest) <= 64:
        return j
    if _GENRE_TAIL.match(rest) and looks_like_title(head) and len(head) + len(rest) <= 64 and not agency_only(head):
        return j  # …行政复议行政应诉案件 / 统计分析报告
    return None


def _genre_below(lines: list[Line], i: int, title: str) -> int | None:
    """The line under a document's title that ends it: when the title breaks off at 的 and the
    line holds only the document's genre, perhaps spaced out (报 告, 通 知); or when the title
    breaks off after its year and the line finishes the document's name with its genre
    (…2025年度 / 政府信息公开工作报告)."""
    after_year = _BROKEN_AFTER_YEAR.search(title) is not None
    conjunction = title.endswith(_TITLE_CONJUNCTIONS) and _ends_on_conjunction(title)
    if not (title.endswith("的") or after_year or conjunction):
        return None
    j = i + 1
    while j < len(lines) and lines[j].kind == "blank" and j - i <= 2:
        j += 1
    if j >= len(lines) or lines[j].kind not in ("content", "byline"):
        return None
    rest = _SPACE.sub("", lines[j].text)
    if conjunction:  # …工作报告和 / 2023年工作思路: a headline broken after its 和 goes on with the next line's title
        return j if looks_like_title(rest) and len(title) + len(rest) <= _JOINED_TITLE_MAX else None
    if title.endswith("的") and len(lines[j].text) <= _GENRE_LINE and _GENRE_TAIL.match(rest):
        return j  # (报 告, spaced out, reads as a name)
    return j if after_year and _GENRE_REST.match(rest) and not _GENRE_TAIL.search(title) \
        and not _has_verb(title) and not _has_verb(rest) else None


def _ends_on_conjunction(title: str) -> bool:
    """Whether a line ends on a conjunction standing as a word of its own (…工作报告和; not 平和, 普及, 参与)."""
    words = postag.cut(title)
    return bool(words) and (words[-1][0] in _TITLE_CONJUNCTIONS)


_GENRE_LINE = 12  # characters of a line holding a document's genre alone
_TITLE_CONJUNCTIONS = tuple(lexicon.load("boilerplate")["title_broken_after_conjunction"])
_JOINED_TITLE_MAX = 64  # characters of a headline joined from two lines
_AGENCY_ENDINGS = tuple(lexicon.load("boilerplate")["agency_endings"])
_EVENT_ENDINGS = tuple(lexicon.load("boilerplate")["event_endings"])
_CONTINUED_FROM = lexicon.fast_compile(lexicon.alternation(lexicon.load("boilerplate")["continued_from_words"]))
_OUTLET_ALONE = lexicon.fast_compile(r"^\s*(?:\p{Han}{2,10}(?:" + lexicon.alternation(lexicon.load("boilerplate")["outlet_line_endings"])
                                      + r")|" + lexicon.load("boilerplate")["outlet_channel"] + r")\s*$")
_INSTITUTION_SHORT = tuple(lexicon.load("boilerplate")["institution_short_names"])
_UNIT_NAME = lexicon.fast_compile(r"^\p{Han}{2,14}(?:" + lexicon.alternation(lexicon.load("boilerplate")["unit_endings"]) + r")$")
_TITLE_DAY_STAMP = lexicon.fast_compile(lexicon.load("boilerplate")["title_day_stamp"])
_COPY_TAGS = lexicon.fast_compile("|".join(f"(?:{p})" for p in lexicon.load("boilerplate")["title_copy_tags"]))
_TRAILING_DECORATION = lexicon.fast_compile(r"\s*(?:[—－-]{2,}|(?<=\p{Han}{2})[*＊★☆]{4,}|" + lexicon.load("boilerplate")["title_media_tag"]
                                             + r"|(?<=\S)(?:\s+(?:" + lexicon.alternation(lexicon.load("boilerplate")["title_buttons"]) + r"))+)\s*$")
# (…工作报告——, …最低值******; not a name or a plate masked: 公告送达：王**, 豫A3****)
_TITLE_THEN_DATE = lexicon.fast_compile(lexicon.load("boilerplate")["title_then_date"])
_TITLE_DATE_ORIGINAL = lexicon.fast_compile(lexicon.load("boilerplate")["title_date_original"])
_OUTLET_PAIR = lexicon.fast_compile(lexicon.load("boilerplate")["outlet_pair"])
_CONTENTS = lexicon.fast_compile(lexicon.load("boilerplate")["contents_mark"])
_CONTENTS_LINES = 60  # lines a table of contents runs to at most
_FOOTER_AFTER = 20  # characters of a line of text under a publication line that is no footer
_WRAPPED_HEADLINE = 12  # characters of each half of a headline broken over two short lines
_AGENCY_TAIL = lexicon.fast_compile(r"^(\p{Han}{1,4})(?:\d{4}|关于)")
_GENRE_TAIL = _by_genre("title_genre_tail")
_BROKEN_AFTER_YEAR = lexicon.fast_compile(lexicon.load("boilerplate")["title_broken_after_year"])
_GENRE_REST = _by_genre("title_genre_rest")
_TITLE_ABOUT = lexicon.fast_compile(lexicon.load("boilerplate")["title_about"])
_EDITOR_NOTE = lexicon.fast_compile(lexicon.load("boilerplate")["editor_note"])
_LEADING_MARKS = lexicon.fast_compile(r"^[^\p{Han}]+")
_TITLE_BULLET = lexicon.fast_compile(lexicon.load("boilerplate")["title_bullet"])
_HAN_ONLY = lexicon.fast_compile(r"\p{Han}+")


def _key(text: str) -> str:
    return _NOT_WORD.sub("", text)


def drop_repeats(lines: list[str]) -> list[str]:
    """Keep the first copy of an article printed twice: a line whose sentences already
    stand, in the same words, earlier in the text is a repeat."""
    kept: list[str] = []
    seen_text = ""
    seen_lines: set[str] = set()
    keys = [_key(line) for line in lines]
    in_table = _among_cells(lines, keys)
    for i, line in enumerate(lines):
        key = keys[i]
        if is_row_line(line) and key in seen_text and _heads_new_rows(lines, keys, i, seen_lines):
            pass  # (综合指数\t达标天数比例… over the year's rows after the month's: a second table's header)
        elif key and key in seen_lines and not is_cell_line(line) and not in_table[i]:
            continue  # (a table dumped one cell a line repeats its cells: 0 |, 信息内容 |, 100%)
        elif len(key) >= 20 and key in seen_text:
            continue
        elif len(key) >= 40 and seen_text and _covered(line, seen_text):
            continue
        elif len(key) >= 60 and seen_text:
            line = _without_repeated_sentences(line, seen_text)
        kept.append(line)
        if key:
            seen_lines.add(key)
            seen_text += key + "\x00"
    return kept


def _heads_new_rows(lines: list[str], keys: list[str], i: int, seen_lines: set[str]) -> bool:
    """Whether the i-th line is a table's header row printed again over rows not printed before
    (a month's table under the same header as the year's: 综合指数\t达标天数比例… twice): a second
    table, not a second copy of the article, whose rows would repeat too."""
    following = next((k for k in range(i + 1, len(lines)) if keys[k]), None)
    return following is not None and is_row_line(lines[following]) and keys[following] not in seen_lines


def _among_cells(lines: list[str], keys: list[str], reach: int = 8) -> list[bool]:
    """For each line (`keys`: their _key), whether it is a short line among the cells of a table
    dumped a cell a line with no rule (市监局 / 266 / 1 / 0 / 100%): three or more lines of a
    number alone within `reach` lines of it, and two or more lines that were not printed before
    (a second copy of a table repeats all of its lines: it stays a repeat)."""
    numbers = [is_number_line(line) for line in lines]
    if sum(numbers) < 3:
        return [False] * len(lines)
    fresh, seen = [], set()
    for key in keys:
        fresh.append(bool(key) and key not in seen)
        seen.add(key)
    out = []
    for i, key in enumerate(keys):
        if len(key) >= 20:
            out.append(False)
            continue
        lo, hi = max(0, i - reach), min(len(lines), i + reach + 1)
        near = sum(numbers[lo:hi]) - numbers[i]
        out.append(near >= 3 and sum(fresh[lo:hi]) - fresh[i] >= 2
                   or numbers[i] and i > 0 and fresh[i - 1] and 0 < len(keys[i - 1]) < 20 and not numbers[i - 1])
        # (行政事业性收费 / 0 at a table's end: a new row label's cell)
    return out


def _without_repeated_sentences(line: str, seen_text: str) -> str:
    """A paragraph that prints again two or more long sentences of an earlier one (a lead
    repeated under the outlet's dateline: 鲁网1月20日讯(记者…)…) keeps only its new sentences."""
    sentences = _SENTENCE.findall(line)
    repeated = {i for i, sent in enumerate(sentences) if len(_key(sent)) >= 20 and _key(sent) in seen_text}
    if len(repeated) < 2:
        return line
    return "".join(sent for i, sent in enumerate(sentences) if i not in repeated)


def _covered(line: str, seen_text: str) -> bool:
    sentences = [_key(s) for s in _SENTENCE.findall(line)]
    total = sum(len(s) for s in sentences)
    covered = sum(len(s) for s in sentences if len(s) >= 8 and s in seen_text)
    return total > 0 and covered / total >= 0.8
