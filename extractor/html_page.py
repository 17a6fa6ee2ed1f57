"""HTML page to article lines and metadata.

The page's own signals come first: government meta tags, the comment markers a CMS prints
around the article (Hanweb's ZJEG_RSS.content.begin/end), TRS's `TRS_Editor`, `#zoom`.
Pages without them get a text-density search over the visible blocks. Hidden copies
(print templates with display:none), scripts, navigation, share bars and related lists
never reach the lines.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from . import lexicon

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
          "article", "blockquote", "pre", "dd", "dt", "dl", "center", "hr", "tbody", "thead", "figure",
          "figcaption", "main", "header", "footer", "nav", "aside", "form", "caption"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, recover=True, collect_ids=False)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_WS = re.compile(r"\s+")
_PUNCT = lexicon.fast_compile(r"[，。；：！？、,.;:!?“”]")


@dataclass
class HtmlPage:
    lines: list[str]
    meta: dict[str, str] = field(default_factory=dict)
    html_title: str | None = None
    h1: str | None = None
    page_lines: list[str] = field(default_factory=list)  # visible text of the whole page
    leads: list[str] = field(default_factory=list)  # bold lead sentences and subheadings in the content
    links: frozenset = frozenset()  # the texts of the content's links to other pages, without spaces


@lru_cache(maxsize=1)
def _config():
    data = lexicon.load("html")
    words = lexicon.alternation(data["furniture_words"])
    furniture = re.compile(rf"(?:^|[\s_\-])(?:{words})(?:$|[\s_\-\d])", re.I)
    meta_roles = {}
    for role, names in data["meta"].items():
        for n in names:
            meta_roles.setdefault(n.lower(), role)
    data = dict(data, content_keys=_content_keys(data["content_selectors"]),
                revealed=frozenset(data["revealed_by_script"]))
    return data, furniture, meta_roles


def _content_keys(selectors: list[str]) -> dict[str, dict[str, int]]:
    """The content selectors (.class, #id or a tag name) by kind, each name with its rank, so
    that the one pass over the tree in `_sort_out` finds their elements."""
    keys: dict[str, dict[str, int]] = {"class": {}, "id": {}, "tag": {}}
    for rank, selector in enumerate(selectors):
        kind = {".": "class", "#": "id"}.get(selector[:1], "tag")
        name = selector if kind == "tag" else selector[1:]
        if not re.fullmatch(r"[\w-]+", name):
            raise ValueError(f"html.toml: content selector {selector!r} is not .class, #id or a tag name")
        keys[kind].setdefault(name, rank)
    return keys


_TAG = lexicon.fast_compile(r"<[^<>]*>")


def parse_html(text: str) -> HtmlPage:
    data, furniture, meta_roles = _config()
    root = _parse(text)
    meta: dict[str, str] = {}
    for el in root.iter("meta"):
        name = (el.get("name") or el.get("property") or el.get("itemprop") or "").strip().lower()
        role = meta_roles.get(name)
        content = (el.get("content") or "").strip()
        if "<" in content:  # (ArticleTitle: 为…力量<div>——热烈祝贺…开幕</div>: markup in the value, read as text)
            content = _TAG.sub("", content).strip()
        if role and content and role not in meta:
            meta[role] = content
    if "published" not in meta and any(f'id="{name[1:]}"' in text for name in data["revealed"] if name[0] == "#"):
        stamp = _script_published(text, data)  # (a WeChat page's; no other page's script clock)
        if stamp:
            meta["published"] = stamp
    title_el = root.find(".//title")
    html_title = _text_of(title_el).strip() if title_el is not None else None

    fragment_root = None
    for begin, end in data["comment_markers"]:
        i = text.find(begin)
        if i >= 0:
            j = text.find(end, i + len(begin))
            if j > i:
                fragment_root = _parse("<div>" + text[i + len(begin):j] + "</div>")
                break

    never, furniture_els, content = _sort_out(root, data, furniture)
    for el in never:
        _remove(el)
    headings = list(root.iter("h1", "h2"))  # (before the furniture goes: a headline inside a block named like it)
    page_lines = to_lines(root, wrapped=False)  # the whole visible page: publication lines, breadcrumbs
    for el in furniture_els:
        _remove(el)
    h1 = _headline(root, headings, html_title)
    if fragment_root is not None:
        _strip(fragment_root, data, furniture, keep_furniture=True)
        node = fragment_root
    else:
        node = _select(root, content)
    _drop_link_lists(node)
    leads = bold_leads(node)
    lines = to_lines(node)
    links = _linked_texts(node)
    if fragment_root is None and not _has_text(lines):
        # nothing outside the furniture to read: the article inside a block named like furniture (163's
        # div.post_header around the whole post) is the densest block of the page with only what is never
        # text removed, when it holds a paragraph and the page's headline stands by it (a list page's teaser
        # box stays out); the furniture inside that block (its share bar) removed too unless the paragraphs are in it
        for strip_inner in (True, False):
            found = _densest_with_furniture(text, data, furniture, strip_inner, h1 or _title_head(html_title))
            if found is not None and _has_paragraph(found[0]):
                lines, leads = found
                break
    return HtmlPage(lines, meta, html_title, h1, page_lines, leads, links)


def _headline(root, headings, html_title: str | None) -> str | None:
    """The page's headline: its first h1 or h2 outside the furniture that reads as one (not a
    box of links under a heading: 作者最新文章 over a list of them); else a heading inside a block
    named like furniture (div.anci_header_content) that the page's <title> opens with, the rest
    of the <title> no longer than it (a headline and its site's name, not a site's name and a headline)."""
    for h in root.iter("h1", "h2"):
        t = _plain_text(h)
        if len(t) >= 4:
            if not _box_of_links(h):
                return t
            break
    title = (html_title or "").strip()
    for h in headings:
        t = _plain_text(h)
        if len(t) >= 6 and title.startswith(t) and len(title) - len(t) <= len(t):
            return t
    return None


def _box_of_links(heading) -> bool:
    return sum(1 for li in heading.iter("li") if next(li.iter("a"), None) is not None) >= 2


def _densest_with_furniture(text: str, data, furniture, strip_inner: bool, headline: str | None):
    """The lines of the page's densest block with only what is never text removed, when the block
    or a block a few levels around it holds the page's headline (the post under its title, not a
    list page's teaser box); None else."""
    whole = _parse(text)
    never, furniture_els, content = _sort_out(whole, data, furniture)
    for el in never:
        _remove(el)
    node = _select(whole, content)
    key = _WS.sub("", headline or "")
    if len(key) < 4:
        return None
    around = [node] + [el for el in node.iterancestors() if el.tag not in ("body", "html")][:_HEADLINE_REACH]
    if not any(key in _WS.sub("", _text_of(el)) for el in around):
        return None
    if strip_inner:
        ancestors = set(node.iterancestors())
        for el in furniture_els:
            if el is not node and el not in ancestors:
                _remove(el)
    _drop_link_lists(node)
    return to_lines(node), bold_leads(node)


_HEADLINE_REACH = 3  # levels above the densest block in which the page's headline may stand
_HAN_CHAR = lexicon.fast_compile(r"\p{Han}")
_SENTENCE_END = lexicon.fast_compile(r"[。！？!?]")


def _title_head(html_title: str | None) -> str | None:
    """The longest part of a <title> split where it appends its site's name or column
    (某县召开…会议_某县人民政府, 某县人民政府-某县召开…会议)."""
    return max(TITLE_SPLIT.split(html_title.strip()), key=len) if html_title else None


TITLE_SPLIT = lexicon.fast_compile(r"\s*(?:_|\||｜|丨|(?<!—)—(?!—)|--|－|\s-\s)\s*")  # (between a <title>'s parts)


ENOUGH_TEXT = lexicon.fast_compile(r"(?:[\p{Han}A-Za-z0-9][^\p{Han}A-Za-z0-9]*){20}")  # twenty characters of text


def _has_text(lines: list[str]) -> bool:
    """Whether the lines hold as much text as an article needs (ENOUGH_TEXT)."""
    return bool(ENOUGH_TEXT.search("\n".join(lines)))


def _has_paragraph(lines: list[str]) -> bool:
    """Whether the lines hold a paragraph: a line of forty characters of text ending a sentence."""
    return any(len(ln) >= 40 and _SENTENCE_END.search(ln) and len(_HAN_CHAR.findall(ln)) >= 40 for ln in lines)


def _script_published(text: str, data: dict) -> str | None:
    """The publication time a page holds only in a script (data/html.toml script_published_epoch),
    in Beijing time, as the page shows it once the script has run."""
    for pattern in _epoch_patterns(tuple(data["script_published_epoch"])):
        m = pattern.search(text)
        if m:
            moment = dt.datetime.fromtimestamp(int(m.group(1)), _BEIJING)
            if 1995 <= moment.year <= dt.date.today().year + 1:
                return moment.strftime("%Y-%m-%d %H:%M")
    return None


@lru_cache(maxsize=1)
def _epoch_patterns(patterns: tuple[str, ...]):
    return [lexicon.fast_compile(p) for p in patterns]


_BEIJING = dt.timezone(dt.timedelta(hours=8))
_LEAD_END = lexicon.fast_compile(r"[。：:！!]$")


def bold_leads(node) -> list[str]:
    """Texts that the markup sets off as heads of paragraphs: a <strong>/<b> opening a
    paragraph (拓宽申请渠道。坚持…) and subheadings (h2–h5) inside the article."""
    out = []
    for p in node.iter("p", "div", "li"):
        if _visible(p.text) or not len(p):
            continue
        first = p[0]
        if first.tag in ("strong", "b") and (_visible(first.tail) or len(p) > 1):
            lead = _plain_text(first)
            if 2 <= len(lead) <= 40:
                out.append(lead)
    for h in node.iter("h2", "h3", "h4", "h5"):
        t = _plain_text(h)
        if 2 <= len(t) <= 40:
            out.append(t)
    return out


def _parse(text: str):
    text = _XML_DECL.sub("", text)
    root = None
    try:
        root = etree.fromstring(text, _PARSER) if text.strip() else None
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        from bs4 import BeautifulSoup  # last resort for markup lxml refuses

        try:
            root = etree.fromstring(str(BeautifulSoup(text, "html.parser")), _PARSER)
        except (etree.ParserError, etree.XMLSyntaxError, ValueError):
            root = None
    if root is None:  # nothing readable: no article
        root = etree.fromstring("<html><body></body></html>", _PARSER)
    _lay_out(root)
    return root




_SCRIPTS = {"script", "style", "noscript", "template", "svg", "object", "embed", "iframe"}


def _sort_out(root, data, furniture):
    """One pass over the tree: (what is never text: comments, scripts, hidden copies;
    page furniture: navigation, footers, share bars by tag or by class/id words;
    the elements the content selectors name, as (rank, order, element))."""
    never, furniture_els, content = [], [], []
    drop = set(data["drop_tags"])
    wrappers, page_chars = set(data["page_wrappers"]), None
    keys = data["content_keys"]
    by_class, by_id, by_tag = keys["class"], keys["id"], keys["tag"]
    revealed = data["revealed"]
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str) or tag in _SCRIPTS:
            never.append(el)
            continue
        names = el.keys()  # (one call; most elements carry none of the attributes read here)
        if names and ("style" in names or "hidden" in names or "aria-hidden" in names):
            style = el.get("style")
            if (style and _HIDDEN_STYLE.search(style)) or "hidden" in names or el.get("aria-hidden") == "true":
                if not (style and _revealed(el, style, revealed)):
                    never.append(el)
                    continue
        if tag in drop:
            if tag in wrappers:  # (an ASP.NET page's <form> around the whole page)
                own = _text_of(el)
                if len(own) >= _WRAPPER_MIN_CHARS:  # (a search box's or a comment form's few words: no wrapper)
                    if page_chars is None:
                        page_chars = _han_chars(_text_of(root))
                    if _han_chars(own) >= data["page_wrapper_share"] * page_chars > 0:
                        continue
            furniture_els.append(el)
            continue
        if tag in by_tag:
            content.append((by_tag[tag], len(content), el))
        if names and ("class" in names or "id" in names):
            cls, ident = el.get("class"), el.get("id")
            if ident in by_id:
                content.append((by_id[ident], len(content), el))
            if cls:
                ranks = [by_class[c] for c in cls.split() if c in by_class]
                if ranks:
                    content.append((min(ranks), len(content), el))
            if (cls or ident) and tag not in ("body", "html") and furniture.search(f"{cls or ''} {ident or ''}"):
                furniture_els.append(el)
    return never, furniture_els, content


def _han_chars(text: str) -> int:
    return len(text) - len(_HAN_BLOCKS.sub("", text))


_HAN_BLOCKS = lexicon.fast_compile(r"\p{Han}")
_WRAPPER_MIN_CHARS = 200  # characters of text below which a form wraps no page


def _revealed(el, style: str, revealed: frozenset) -> bool:
    """Whether a block hidden by its style is the article a script reveals once the page has
    loaded (a WeChat article's #js_content, visibility:hidden until then; data/html.toml
    revealed_by_script), not a hidden copy: such a block hidden by visibility alone."""
    if _DISPLAY_NONE.search(style) or "hidden" in el.keys() or el.get("aria-hidden") == "true":
        return False
    cls = el.get("class")
    return ("#" + (el.get("id") or "")) in revealed or bool(cls and any("." + c in revealed for c in cls.split()))


_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)


def _strip(root, data, furniture, keep_furniture: bool = False):
    never, furniture_els, _ = _sort_out(root, data, furniture)
    for el in never if keep_furniture else never + furniture_els:
        _remove(el)


def _remove(el):
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _select(root, content):
    """The element of the first content selector, in their order of trust, that is still in
    the page and holds text; else the densest block."""
    for _, _, el in sorted(content):
        if _in_tree(el, root) and len(_text_of(el).strip()) >= 40:
            return el
    body = root.find(".//body")
    return _densest(root if body is None else body)


def _in_tree(el, root) -> bool:
    """Whether `el` is still under `root` (not inside furniture or a hidden block removed)."""
    top = el
    for top in el.iterancestors():
        pass
    return top is root


def _densest(body):
    best, best_score = body, -1.0
    for el in body.iter("div", "td", "article", "section", "main"):
        text = _text_of(el)
        n = len(_WS.sub("", text))
        if n < 40:
            continue
        link = sum(len(_WS.sub("", _text_of(a))) for a in el.iter("a"))
        link_density = link / n
        punct = len(_PUNCT.findall(text))
        paragraphs = sum(1 for _ in el.iter("p"))
        score = (n - link) * (1 - link_density) + 40 * punct + 20 * paragraphs
        if score > best_score:
            best, best_score = el, score
    return best


_LINK_LIST_MIN = 3  # links in a list of other pages
_LINK_LIST_DENSITY = 0.8  # of its characters in them


def _drop_link_lists(node) -> None:
    """Remove from the content node the lists of links to other pages it holds (栏目关注: …, 相关资讯,
    精编文章更多: an element of three links or more whose text is almost all theirs)."""
    doomed = []
    for el in node.iter("ul", "ol", "dl", "table", "div"):  # (in document order: a list's inner elements after it)
        if el is node or (doomed and doomed[-1] in el.iterancestors()):
            continue  # (inside the list just dropped)
        links = el.findall(".//a")
        if len(links) < _LINK_LIST_MIN:
            continue
        n = len(_WS.sub("", _text_of(el)))
        if n == 0:
            continue
        linked = sum(len(_WS.sub("", _text_of(a))) for a in links)
        if linked >= _LINK_LIST_DENSITY * n:
            doomed.append(el)
    for el in doomed:
        _remove(el)


def _linked_texts(node) -> frozenset:
    """The texts of the content block's links to other pages, without spaces (links to files the
    release attaches, download scripts and photos are its own)."""
    return frozenset(t for t in (_WS.sub("", _text_of(a)) for a in node.iter("a")
                                 if not _ATTACHMENT.search(a.get("href") or "")) if t)


_ATTACHMENT = re.compile(lexicon.load("html")["attachment_href"], re.I)


def _visible(text: str | None) -> bool:
    """Whether a text or tail shows anything (block marks left by `to_lines` do not)."""
    return bool(text) and bool(text.replace(_LINE, "").strip())


def _plain_text(el) -> str:
    """An element's text on one line: block marks left by `to_lines` and source line breaks
    as spaces."""
    return _WS.sub(" ", _text_of(el).replace(_LINE, " ")).strip()


def _text_of(el) -> str:
    if el is None:
        return ""
    try:
        return etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    except (ValueError, TypeError):
        return ""


def to_lines(node, wrapped: bool = True) -> list[str]:
    """The node's visible text, one line per block element, as a browser lays it out: block
    boundaries are marked in the tree's own text, lxml gathers the text in one call, and
    the source's line breaks become white space (none where a bare break wraps a run of
    Chinese text, as CSS Text 3 removes it between two Chinese characters; not looked for
    with `wrapped=False`, for the page lines only read for publication fields)."""
    for el in node.iter(*_BLOCK):
        el.text = _LINE + (el.text or "")
        el.tail = _LINE + (el.tail or "")
    lines = []
    for line in map(str.strip, _text_of(node).split(_LINE)):
        if line:
            if "\n" in line:  # (breaks between blocks went with the strip: only a line's own are left)
                line = _SOURCE_BREAK.sub(" ", _BREAK_IN_CHINESE.sub("", line) if wrapped else line)
            lines.append(line)
    return lines


_LINE = "\ufdd0"  # a block boundary: a noncharacter, which api.to_text removes from every page
_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
# a bare line break inside a run of Chinese text (a wrapped source line; breaks between tags
# come indented or next to markup)
_BREAK_IN_CHINESE = lexicon.fast_compile(rf"(?<=[{_WIDE}])\r?\n(?=[{_WIDE}])")  # (`regex` finds its \n fast)
_SOURCE_BREAK = lexicon.fast_compile(r"[ \t\r]*\n[ \t\r\n]*")
_DATA_CELL_CHARS = 40  # a table cell this short holds a value, not a layout column with an article


def _lay_out(root) -> None:
    """A data table as a browser shows it, once per tree: each row one line, its cells set
    apart by a tab (as a browser copies a table) when the table is a grid of data (two rows
    of two cells or more, so the row reads as a row, and tables.py can read its cells), else
    by a space (a breadcrumb or a layout table); a short cell's paragraphs are no lines of
    their own (a layout cell holding an article keeps its paragraphs)."""
    grid_rows = set()
    for table in root.iter("table"):
        rows = [tr for tr in table.iterchildren("tr", "tbody", "thead", "tfoot")
                for tr in ((tr,) if tr.tag == "tr" else tr.iterchildren("tr"))]
        if sum(1 for tr in rows if sum(1 for c in tr.iterchildren("td", "th")) >= 2) >= 2:
            grid_rows.update(rows)
    for cell in root.iter("td", "th"):
        grid = bool(grid_rows) and cell.getparent() in grid_rows
        if grid:
            following = cell.getnext()
            while following is not None and following.tag not in ("td", "th"):
                following = following.getnext()
            grid = following is not None
        data = (grid or len(cell)) and _short(cell, _DATA_CELL_CHARS) and next(cell.iter("table"), None) is None
        cell.tail = (_CELL_SEPARATOR if grid and data else " ") + (cell.tail or "")
        if len(cell) and data:
            for inner in cell.iter(*_BLOCK):
                if inner is not cell:
                    inner.tag = "span"


_CELL_SEPARATOR = "\t"


def _short(el, limit: int) -> bool:
    """Whether the element's text, each piece stripped, holds at most `limit` characters."""
    if len(_text_of(el)) <= limit:  # (one call into lxml settles most cells)
        return True
    n = 0
    for piece in el.itertext():
        n += len(piece.strip())
        if n > limit:
            return False
    return True
