"""TRS WCM / 拓尔思 columns: static list pages index.html, index_1.html … whose count is in
the page's script, in any of the forms real columns use:

- `createPageHTML(9, 0, "index", "html")`: pages index_1 … index_8 (the current page 0-based);
- `var countPage = 17//共多少页` then `createPageHTML(countPage, currentPage, "index", "html")`;
- the same with a commented-out literal call beside the live one (`//createPageHTML(9,0,…)`),
  which is not read;
- `var countPage = 17` and no call at all, the extension and prefix taken from the script
  (`href=\\"index"+"_" + prevPage + "."+"shtml\\"`), so that a folder URL (`/gzdt/`) pages as index_1.shtml …;
- `createPageHTML('page_div', 11, 1, 'list', 'shtml', 154)`: pages list_2 … list_11 (1-based).

Articles are ./YYYYMM/tYYYYMMDD_ID.html and the other shapes in data/cms.toml
(`/202608/<32 hex>.shtml`, `/c<id>/content.shtml` …)."""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import urljoin, urlsplit

import regex

from .base import Adapter, Listing, PageRequest, config, rows

SCRIPT = regex.compile(r"<script\b[^>]*>([\s\S]*?)</script>", regex.I)
HTML_COMMENT = regex.compile(r"<!--[\s\S]*?-->")
BLOCK_COMMENT = regex.compile(r"/\*[\s\S]*?\*/")
LINE_COMMENT = regex.compile(r"(?<![:\\\"'=])//[^\n]*")
ARG = r"\s*(\w+)\s*"
QUOTED = r"\s*[\"']([\w-]+)[\"']\s*"
CPH4 = regex.compile(rf"createPageHTML\({ARG},{ARG},{QUOTED},\s*[\"'](s?html?)[\"']\s*\)")
CPH6 = regex.compile(rf"createPageHTML\({QUOTED},{ARG},{ARG},{QUOTED},\s*[\"'](s?html?)[\"']\s*,{ARG}\)")
# the pager the script writes: href=\"index"+"_" + prevPage + "."+"shtml\" (or "index_" … ".shtml")
EXT_LITERAL = regex.compile(r"(?:[\"']\.[\"']\s*\+\s*[\"']|[\"']\.)(s?html?)\b")
PREFIX_LITERAL = regex.compile(r"([A-Za-z][\w-]*)[\"']\s*\+\s*[\"']_[\"']|[\"']([A-Za-z][\w-]*)_[\"']")
TDATE = regex.compile(r"t\d{8}_\d+\.s?html?")


@lru_cache(maxsize=1)
def _patterns():
    cfg = config()["trs"]
    articles = [regex.compile(p, regex.I) for p in cfg["articles"]]
    names = "|".join(regex.escape(v) for v in cfg["count_vars"])
    count_var = regex.compile(rf"\b(?:var\s+)?({names})\s*=\s*(\d+)")
    return articles, count_var


def live_script(html: str) -> str:
    """The page's script as it runs: comments (//, /* */, <!-- -->) taken out, so a
    commented-out call is not read."""
    parts = []
    for m in SCRIPT.finditer(HTML_COMMENT.sub("", html)):
        body = BLOCK_COMMENT.sub("", m.group(1))
        parts.append(LINE_COMMENT.sub("", body))
    return "\n".join(parts)


def is_article(url: str) -> bool:
    path = urlsplit(url).path
    return any(p.search(path) for p in _patterns()[0])


class TRS(Adapter):
    name = "trs"

    def detect(self, url, html):
        script = live_script(html)
        if CPH4.search(script) or CPH6.search(script):
            return True
        _, count_var = _patterns()
        if count_var.search(script) and EXT_LITERAL.search(script) and PREFIX_LITERAL.search(script):
            return True
        return len(TDATE.findall(html)) >= 3

    def parse(self, request, html, first):
        listing = Listing(items=rows(html, request.url, link_filter=is_article))
        if first:
            pages, listing.total = self._pages(request.url, html)
            listing.next = [PageRequest(u, adapter=self.name) for u in pages]
        return listing

    def _pages(self, url, html):
        script = live_script(html)
        _, count_var = _patterns()
        values = {m.group(1): int(m.group(2)) for m in count_var.finditer(script)}
        values.update({m.group(1): int(m.group(2))
                       for m in regex.finditer(r"\bvar\s+(\w+)\s*=\s*(\d+)", script)})

        def value(token):
            if token.isdigit():
                return int(token)
            return values.get(token)

        m6 = CPH6.search(script)
        if m6:
            count = value(m6.group(2))
            if count:
                prefix, ext = m6.group(4), m6.group(5)
                return [urljoin(url, f"{prefix}_{k}.{ext}") for k in range(2, count + 1)], count
        m4 = CPH4.search(script)
        if m4:
            count = value(m4.group(1))
            if count:
                prefix, ext = m4.group(3), m4.group(4)
                return [urljoin(url, f"{prefix}_{k}.{ext}") for k in range(1, count)], count
        var = count_var.search(script)
        if not var:
            return [], None
        count = int(var.group(2))
        ext = EXT_LITERAL.search(script)
        prefix = PREFIX_LITERAL.search(script)
        path = urlsplit(url).path
        if ext:
            ext = ext.group(1)
        elif "." in path.rsplit("/", 1)[-1]:
            ext = path.rsplit(".", 1)[-1]
        else:
            ext = "html"
        prefix = (prefix.group(1) or prefix.group(2)) if prefix else "index"
        return [urljoin(url, f"{prefix}_{k}.{ext}") for k in range(1, count)], count
