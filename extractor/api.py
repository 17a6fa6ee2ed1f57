"""`extract()`: any page (HTML or a text dump, str or bytes) to one clean Document."""
from __future__ import annotations

import re

import regex

from . import lexicon
from .records import annotate
from .article import agency_only, build_article, looks_like_title, merge_fields, page_fields
from .decode import decode
from .document import Document, make_doc_id
from .errors import ExtractionError
from .lines import classify
from .html_page import ENOUGH_TEXT, TITLE_SPLIT, parse_html
from .published import date_from_url, normalise_given, parse_published
from .region import detect_region
from .script import ReadingCopy, has_gloss, has_traditional

_HTML_SIGN = lexicon.fast_compile(r"<(!doctype|html|head|body|div|p|table|meta|title|span|br|td|article|section)[\s>/]", regex.I)
_DECK_DASH = lexicon.fast_compile(r"\s*——\s*")  # (为…力量——热烈祝贺…开幕: a headline and its deck, or a site's name)
MAX_CHARS = 30_000_000
_SPACES = lexicon.fast_compile(r"\s+")
_HAN_CHAR = lexicon.fast_compile(r"\p{Han}")
_SOURCE_TAIL = lexicon.fast_compile("|".join(f"(?:{p})" for p in lexicon.load("boilerplate")["source_tail"]))
_SOURCE_HEAD = lexicon.fast_compile("|".join(f"(?:{p})" for p in lexicon.load("boilerplate")["source_head"]))
_SHORTEST_TITLE = 8  # characters of a headline taken from the <title> or over the publication line, at least
_SITE_NAME_MAX = 12  # characters of a site's name (松花江网), shorter than a headline
_LABEL_MAX = 6  # characters of a sidebar's or a column's heading (热点新闻, 通知公告)
_SITE_WORD = lexicon.fast_compile("(?:" + lexicon.alternation(lexicon.load("boilerplate")["site_words"]) + ")$")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    return bool(_OPENS_WITH_TAG.match(head)) or len(_HTML_SIGN.findall(head)) >= 2


_OPENS_WITH_TAG = lexicon.fast_compile(r"\s*<[!?A-Za-z]")  # (a text dump's leftover “< img src=""/>” is no tag)


def extract(content, url: str | None = None, published_at=None, *, content_type: str | None = None,
            name: str | None = None, template=None, records: bool = True) -> Document:
    """Extract the article of one page.

    `content` is the page as `str` or `bytes`, HTML or plain text (decided by looking).
    Bytes are decoded by HTTP charset (`content_type`), BOM or <meta>, checked against the
    bytes. `published_at` overrides the publication time found on the page. `template`
    (a SiteTemplate learnt from other pages of the site) drops the site's repeated lines.
    `records=False` stops after the body and metadata (no measures, metrics or dates).
    Raises ExtractionError (naming the input) when there is no article to extract.
    """
    label = name or url or "<input>"
    text, warnings = to_text(content, label, content_type)
    art, meta, kind = read_article(text)
    if template is not None:
        art.body_lines = template.apply(art.body_lines)
    body = art.body
    if not ENOUGH_TEXT.search(body):
        raise ExtractionError(label, "holds no article text (a list page, an empty template or a blocked response?)")

    given = normalise_given(published_at)
    if published_at is not None and given is None:
        warnings.append(f"published_at {published_at!r} is not a date; the page's own date is used")
    source = _printed_source(_clean_source(art.fields.get("source")), _clean_source(meta.get("source"))) \
        or _closing_source(body) or _opening_paper(body)
    published = given or _most_precise(parse_published(meta.get("published")), parse_published(art.fields.get("published"))) \
        or _with_time(date_from_url(url), art.fields.get("published_partial")) or _closing_date(body) or _opening_stamp(body) \
        or (date_from_url(source) if source and _URL_VALUE.match(source) else None)  # (文章来源:http://…/2020/1022/…)
    author = _clean_value(meta.get("author")) or _clean_value(art.fields.get("author"))
    title = art.title
    region = detect_region(title=title, body=body, source=source, url=url, site_id_code=meta.get("site_id_code"),
                           published_at=published,
                           site_name=meta.get("site_name") or art.fields.get("publisher") or art.fields.get("site_owner")
                           or art.fields.get("office") or " ".join(art.breadcrumb or ()) or None)
    # (a dump's breadcrumb, 主页 > 新闻 > 海城新闻 > 正文, names the site's place as its name would)
    doc = Document(
        doc_id=make_doc_id(url, body), url=url, title=title, published_at=published, source=source,
        body=art.printed_body, region=region, author=author,  # (a mirror's glosses as printed; the id from the words)
        column=meta.get("column") or (art.breadcrumb[-1] if art.breadcrumb else None),
        breadcrumb=art.breadcrumb, site_name=meta.get("site_name"), site_id_code=meta.get("site_id_code"),
        content_type=kind, warnings=warnings,
    )
    if records:  # (an HTML page marks its heads; a text dump's are read from its lines)
        annotate(doc, leads=art.leads if kind == "html" else None, glossed=bool(art.glossed))
    return doc


_CLOSING_SOURCE = lexicon.fast_compile(r"[（(](?:[^()（）]{0,60}[;；，,]\s*)?(?:来源|稿件来源|信息来源|供稿单位|供稿)\s*[:：]\s*"
                                       r"(?P<source>[^\s()（）:：，,。;；]{2,20})[^()（）]{0,30}[)）]"  # (…;审稿人:马江北;来源:青河县市场监督管理局)
                                       r"|[（(]\s*(?P<source2>[^\s()（）:：，,。;；]{2,20}?)\s*供稿\s*[)）]")  # ((祁阳市司法局供稿): who contributed it)


_CLOSING_DATE = lexicon.fast_compile(r"(?:^|\n)\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}-\d{1,2}-\d{1,2})\s*$")


def _with_time(day: str | None, partial: str | None) -> str | None:
    """The URL's day with the time a page prints beside the same month and day (04-16 10:54)."""
    if not day or not partial:
        return day
    md, _, hm = partial.partition(" ")
    month, d = (int(x) for x in md.split("-"))
    if (int(day[5:7]), int(day[8:10])) != (month, d):
        return day
    return parse_published(f"{day[:10]} {hm}") or day


def _closing_date(body: str) -> str | None:
    """The date a release is signed with on its last line (王凤虎 杨晓天 / 2023年11月2日) when
    neither its page nor its address gives one."""
    m = _CLOSING_DATE.search(body[-60:])
    return parse_published(m.group(1)) if m else None


_OPENING_STAMP = lexicon.fast_compile(r"\s*((?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)\s")


def _opening_stamp(body: str) -> str | None:
    """A time to the minute opening the body before its site's name (2018-07-12 17:35 云上赤壁 0 云上赤壁消息…:
    a publication line run into the article's first line) when nothing else gives one."""
    m = _OPENING_STAMP.match(body)
    return parse_published(m.group(1)) if m else None


def _opening_paper(body: str) -> str | None:
    """A paper's name opening the article, set off by a space (浙江日报 杭州市滨江区企业较多…):
    the source, when the page prints none."""
    m = _OPENING_PAPER.match(body)
    return m.group(1) if m else None


_OPENING_PAPER = lexicon.fast_compile(lexicon.load("boilerplate")["opening_paper"])


def _closing_source(body: str) -> str | None:
    """The source a release credits in brackets at its end ((来源:新华区委宣传部  丁需学)) when
    its header prints none."""
    tail = body[-400:]
    found = None
    for found in _CLOSING_SOURCE.finditer(tail):
        pass
    return (found.group("source") or found.group("source2")) if found else None


def to_text(content, label: str = "<input>", content_type: str | None = None) -> tuple[str, list[str]]:
    """The page as text, with warnings about its decoding; ExtractionError if there is none."""
    warnings: list[str] = []
    if content is None:
        raise ExtractionError(label, "no content given")
    if isinstance(content, (bytes, bytearray, memoryview)):
        content = bytes(content)
        if not content.strip():
            raise ExtractionError(label, "is empty")
        decoded = decode(content, content_type, label)
        text = decoded.text
        if decoded.how == "detected" and decoded.declared:
            warnings.append(f"declared charset {decoded.declared!r} does not fit the bytes; read as {decoded.encoding}")
    elif isinstance(content, str):
        text = content
    else:
        raise ExtractionError(label, f"content must be str or bytes, not {type(content).__name__}")
    if not text.strip():
        raise ExtractionError(label, "is empty")
    if len(text) > MAX_CHARS:
        warnings.append(f"page of {len(text)} characters cut to {MAX_CHARS}")
        text = text[:MAX_CHARS]
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)  # control characters and lone surrogates are never text
    return text, warnings


def read_article(text: str):
    """(Article, meta tags, "html" or "text") for a decoded page."""
    meta: dict[str, str] = {}
    headline_shown = None
    if looks_like_html(text):
        page = parse_html(text)
        meta = page.meta
        known = _clean_title(meta.get("title"), meta) or None
        html_title = page.html_title
        h1 = _clean_title(page.h1, meta)
        site_h1 = bool(h1 and len(h1) <= _SITE_NAME_MAX and html_title and html_title.rstrip().endswith(h1)
                       and len(html_title.strip()) > len(h1) + 4)
        if site_h1:  # 土豆不“土” 土豆无“土” 松花江网 under an <h1> of 松花江网: the site's name, the <title>'s tail
            html_title = html_title.rstrip()[:-len(h1)].strip()
        if not known and not site_h1:  # a heading that is also the page's <title> is the article's title
            if h1 and html_title and h1 in html_title:
                known = h1
                over = _line_over_fields(page.page_lines)  # (the cheaper scan first: it stops at the fields)
                over = _SPACES.sub(" ", over).strip() if over else None
                if over and over != h1 and _headline_like(over) \
                        and (agency_only(h1) or _SITE_WORD.search(h1) or _banner_only(page.page_lines, h1)):
                    known = headline_shown = over  # (<h2>宁都县人民政府</h2> or a slogan in the banner, the <title> the
                    # same: the headline is the line over the publication line)
        if not known and html_title:  # 海外留学生看两会：…_教育频道_中国青年网: the <title> less its
            # site, when the page prints it as a line of its own (or the <title> whole, when the page has no
            # <h1> or its <h1> heads something else, 热点新闻: a sidebar's list)
            whole_title = " ".join(page.html_title.split())
            titled = _without_hyphened_site(_clean_title(html_title, meta), page.page_lines)
            if titled and titled != whole_title:
                titled = _as_printed(html_title, titled, page.page_lines, meta)
            over_fields = _line_over_fields(page.page_lines)
            printed = _SPACES.sub(" ", over_fields).strip() if over_fields else None
            if titled and printed and (_dash_joined(printed, titled) or _part_of(titled, printed)) \
                    and _SPACES.sub("", printed) in _SPACES.sub("", whole_title) and len(printed) >= _SHORTEST_TITLE \
                    and _headline_like(printed):
                titled = printed  # (the headline as the page prints it over the publication line: across the
                # <title>'s dash, 某县：强化源头治理—扎实推进…; or less what the <title> adds, …开幕——某某新闻网)
            sidebar_h1 = bool(h1 and len(h1) <= _LABEL_MAX and h1 not in titled)  # (<h2>热点新闻</h2> over a sidebar's list)
            whole = titled == whole_title
            if titled and (not whole or site_h1 or sidebar_h1 or not h1) and len(titled) >= _SHORTEST_TITLE \
                    and looks_like_title(titled) \
                    and not (whole and (agency_only(titled) or _SITE_WORD.search(titled))) \
                    and _printed_lines(page.page_lines, titled) >= (2 if whole else 1):
                # (a <title> left whole must be printed again below the <head>, and be no site's or agency's name)
                known = titled
                if whole and (over_fields is None or _SPACES.sub("", over_fields) != _SPACES.sub("", titled)):
                    shown = build_article(page.page_lines).title
                    if shown and shown != titled and _headline_like(shown):
                        known = headline_shown = shown  # (a <title> that is the banner's slogan, 坚持发展新时代枫桥经验,
                        # printed only over the page, above a headline printed over the publication line: the headline)
        art = build_article(page.lines, known_title=known, links=page.links)
        art.leads = page.leads
        if not art.title:
            art.title = headline_shown or _clean_title(page.h1, meta) or _clean_title(page.html_title, meta)
            if not page.h1 and (not art.title or agency_only(art.title) or _SITE_WORD.search(art.title)
                                or _outlet_only(art.title)):
                # (a <title> of the site's name, 某县司法局, over a headline printed outside the content
                # block and without a heading's markup: the headline the whole page's lines show)
                shown = build_article(page.page_lines).title
                if shown and _headline_like(shown):
                    art.title = shown
        if "published" not in art.fields or "source" not in art.fields or _day_only(art.fields["published"]):
            # (or the page's header prints the time to the minute: 2022-02-13 09:57 over the
            # article's 《光明日报》（2022年02月13日 02版）)
            outer = page_fields(page.page_lines, art.title)
            merge_fields(art.fields, outer.fields, art.field_strength)
            if not art.breadcrumb:
                art.breadcrumb = outer.breadcrumb
        return art, meta, "html"
    return build_article(text.splitlines()), meta, "text"


def _outlet_only(title: str) -> bool:
    """Whether a title is an outlet's name alone (北医新闻网, of a <title> 北医新闻网_(新闻)): short, ending as
    an outlet's name does."""
    return len(title) <= _SITE_NAME_MAX and title.endswith(_OUTLET_ENDINGS)


_OUTLET_ENDINGS = tuple(lexicon.load("boilerplate")["title_dash_outlet_endings"])


def _day_only(printed: str) -> bool:
    """Whether a printed publication time is a day without its time."""
    day = parse_published(printed)
    return day is not None and len(day) == 10


def candidate_lines(content) -> list[str]:
    """The article lines of a page before any site template is applied."""
    text, _ = to_text(content)
    return read_article(text)[0].body_lines


def _printed_source(printed: str | None, tagged: str | None) -> str | None:
    """The source as printed, or the markup's when the printed line runs on past it
    (来源： 人民日报海外版 中国青年网 beside <meta name="source" content="人民日报海外版">); a
    printed name the markup's only opens (来源：浙江监管局 beside content="浙江") is the name."""
    if printed and tagged and printed != tagged and printed.startswith(tagged) \
            and not _HAN_CHAR.match(printed, len(tagged)):
        return tagged
    return printed or tagged


def _most_precise(meta: str | None, printed: str | None) -> str | None:
    """The meta tag's publication time, or the page's printed one when it tells the same day to
    the minute (2023-11-17 and 2023-11-17 15:13) or another day (a CMS's PubDate 2021-04-09 10:21
    over the printed 发布时间：2021-04-07: what the reader sees)."""
    if meta and printed and (printed[:10] != meta[:10] or (len(meta) == 10 and len(printed) > 10)):
        return printed
    return meta or printed


def _clean_value(value: str | None) -> str | None:
    if not value:
        return None
    value = _SPACES.sub(" ", value).strip(" :：|[]【】")
    return value or None


def _clean_source(value: str | None) -> str | None:
    """The source as printed, without what precedes it in its slot or follows it on its line
    (source_head and source_tail in boilerplate.toml: - 四川在线, 江苏广电融媒体新闻中心/许宸 …,
    海口市司法局 打印, 法制生活报 2022年05月11日), read in simplified characters without a
    mirror's pinyin glosses (法治日報-法治網(wǎng) -標準+, 武山縣融媒體中心 轉(zhuǎn)載:…) and given back as printed."""
    value = _clean_value(value)
    if value and _URL_VALUE.match(value):
        return value.split()[0]  # (文章来源:http://www.zmdnews.cn/2020/1022/615533.shtml: the address whole)
    if not value:
        return None
    copy = ReadingCopy(value, has_gloss(value), has_traditional(value))  # (民權(quán)網(wǎng): its gloss no bracket to cut)
    plain = copy.plain
    head = _SOURCE_HEAD.match(plain)
    start = head.end() if head else 0
    end = start + len(_SOURCE_TAIL.sub("", plain[start:]))  # (each of its rules cuts the line's end)
    while start < end and plain[start] in _SOURCE_TRIM:
        start += 1
    while end > start and plain[end - 1] in _SOURCE_TRIM:
        end -= 1
    author = _AUTHOR_AFTER_SOURCE.search(plain, start, end)
    if author and author.start() >= start + 3:
        end = author.start()  # 退役军人事务局马世豪: the agency, then who wrote it
    return copy.printed_span(start, end) or None


_SOURCE_TRIM = frozenset(" :：|[]【】")


def _author_after_source() -> regex.Pattern:
    data = lexicon.load("boilerplate")
    endings = "".join(sorted(e for e in data["source_endings"] if len(e) == 1))
    surnames = lexicon.load("region")["surnames"]
    return lexicon.fast_compile(rf"(?<=[{endings}])[{surnames}]\p{{Han}}{{1,2}}$")


_AUTHOR_AFTER_SOURCE = _author_after_source()


_URL_VALUE = lexicon.fast_compile(r"^(?:https?://|www\.)\S+", regex.I)


def _headline_like(text: str) -> bool:
    """Whether a line may be the page's headline: title-like, and no agency's or site's name alone."""
    return looks_like_title(text) and not agency_only(text) and not _SITE_WORD.search(text)


def _dash_joined(whole: str, part: str) -> bool:
    """Whether `whole` is `part` and more, joined to it by a dash (—, ——), the more holding no other mark
    that parts a <title>."""
    at = whole.find(part) if part and whole != part else -1
    if at < 0:
        return False
    before, after = whole[:at], whole[at + len(part):]
    if before and not after and _DASH_END.search(before):
        extra = _DASH_END.sub("", before)
    elif after and not before and _DASH_START.match(after):
        extra = _DASH_START.sub("", after, count=1)
    else:
        return False
    return bool(extra) and not TITLE_SPLIT.search(extra)  # (not 部门动态丨…—: a column's name across its own mark)


_DASH_END = lexicon.fast_compile(r"\s*—{1,2}\s*$")
_DASH_START = lexicon.fast_compile(r"\s*—{1,2}\s*")


def _part_of(title: str, part: str) -> bool:
    """Whether `part` is `title` less what a mark that parts a <title> sets off at its start or end
    (…开幕——某某新闻网, 乡镇动态-…), not a piece of one headline (…农村人居 / 环境整治…的通知)."""
    if not part or part == title:
        return False
    if title.startswith(part):
        mark = _PART_MARK.match(title, len(part))
    elif title.endswith(part):
        mark = _PART_MARK_END.search(title, 0, len(title) - len(part))
    else:
        return False
    return mark is not None and len(mark.group()) < len(title) - len(part)  # (a mark, and something it sets off)


_TITLE_PARTS = lexicon.fast_compile(f"(?:{TITLE_SPLIT.pattern})|(?:{_DECK_DASH.pattern})")  # (and its deck dash)
_PART_MARK = lexicon.fast_compile(f"{_TITLE_PARTS.pattern}|-")  # (…and the bare hyphen before a site's name)
_PART_MARK_END = lexicon.fast_compile(f"(?:{_PART_MARK.pattern})$")
_HYPHENED_SITE = lexicon.fast_compile(r"(?<=\p{Han})-(?P<site>[^-\s]{2,12})$")


def _without_hyphened_site(title: str | None, lines: list[str]) -> str | None:
    """A <title> without the site's name after a bare hyphen (…扎实推进矛盾纠纷排查化解-平安城关), when the page
    prints that name as a line of its own or it is a site's word or an agency's name (宁都县人民政府); a hyphen
    inside a headline (中国-东盟, 县-乡-村) parts nothing."""
    m = _HYPHENED_SITE.search(title) if title else None
    if m is None:
        return title
    site = m.group("site")
    if _SITE_WORD.search(site) or agency_only(site) or any(line.strip() == site for line in lines):
        return title[:m.start()].rstrip()
    return title


def _banner_only(lines: list[str], text: str) -> bool:
    """Whether a page prints `text` only above its breadcrumbs (当前位置：首页 > …), in its banner."""
    key = _SPACES.sub("", text)
    crumbs = next((i for i, line in enumerate(lines) if classify(line).kind == "navigation"), None)
    if crumbs is None:
        return False
    return not any(_SPACES.sub("", line) == key for line in lines[crumbs:])


def _line_over_fields(lines: list[str]) -> str | None:
    """The line right above a page's first line of publication fields (发布时间：…; the writers' names
    aside), where a headline stands; None when the page prints no such fields."""
    for i, line in enumerate(lines):
        ln = classify(line)
        if ln.kind == "fields" and "published" in ln.fields:
            return next((x for x in reversed(lines[:i]) if x.strip() and classify(x).kind != "byline"), None)
    return None


def _printed_lines(lines: list[str], text: str) -> int:
    """How many of a page's lines print `text` (spaces aside)."""
    key = _SPACES.sub("", text)
    return sum(1 for ln in lines if _SPACES.sub("", ln) == key)


def _clean_title(title: str | None, meta: dict[str, str]) -> str | None:
    """The article's title without the site name or column that <title> appends."""
    if not title:
        return None
    title, noise = _without_site_dash(title, meta)
    parts = [p for p in TITLE_SPLIT.split(title) if p]
    if len(parts) <= 1:
        return title
    keep = [p for p in parts if p not in noise and not _SITE_WORD.search(p)]
    keep = keep or parts
    best = max(keep, key=len)
    return best if looks_like_title(best) or len(best) >= 4 else title


def _without_site_dash(title: str, meta: dict[str, str]) -> tuple[str, set]:
    """The <title> without the site's name after a long dash (…——某某市人民政府网), and the names that are
    no part of a headline (the site's, the column's)."""
    title = _SPACES.sub(" ", title).strip()
    noise = {meta.get("site_name"), meta.get("column")}
    dashed = _DECK_DASH.split(title)
    if len(dashed) > 1 and (dashed[-1] in noise or _SITE_WORD.search(dashed[-1])):
        title = "——".join(dashed[:-1])
    return title, noise


def _as_printed(html_title: str, titled: str, lines: list[str], meta: dict[str, str]) -> str:
    """The <title>'s headline with a series' name beside it (书记市长这一周 | 奋马扬鞭…, …新发展丨消博聊“企”来),
    as the page shows its headline: only where the page never prints the headline alone but prints the two
    on one line, joined by a series' mark (丨, |), and never the <title>'s last part (where a site's name
    stands: …|某某融媒), a part the <title> repeats (平安某某丨…_平安某某), a site's or a column's name (县区动态).
    (A <title> so joined whole is the caller's to check: printed again below the <head>.)"""
    if _printed_lines(lines, titled):
        return titled
    title, noise = _without_site_dash(html_title, meta)
    cuts = list(_TITLE_PARTS.finditer(title))
    bounds = list(zip([0] + [m.end() for m in cuts], [m.start() for m in cuts] + [len(title)]))
    parts = [title[a:b] for a, b in bounds]
    if titled not in parts:
        return titled
    own, spaced = parts.index(titled), " ".join(html_title.split())
    for other, cut in ((own - 1, own - 1), (own + 1, own)):
        if not 0 <= other < len(parts) - 1 or not _SERIES_MARK.fullmatch(cuts[cut].group()):
            continue  # (the <title>'s last part is where a site's name stands)
        name = parts[other]
        if spaced.count(name) > 1 or name in noise or _SITE_WORD.search(name) or _COLUMN_LABEL.search(name):
            continue
        joined = title[bounds[min(own, other)][0]:bounds[max(own, other)][1]]
        if _printed_lines(lines, joined):
            return joined.strip()
    return titled


_SERIES_MARK = lexicon.fast_compile(lexicon.load("boilerplate")["series_marks"])
_COLUMN_LABEL = lexicon.fast_compile(lexicon.load("boilerplate")["column_label"])
