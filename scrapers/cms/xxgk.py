"""Hanweb's 信息公开 module (大汉 xxgk), used by Zhejiang and Heilongjiang counties for their
公开目录 columns: the column page (`/col/colN/index.html`) draws its list by posting to
`/module/xxgk/search.jsp` (fields infotypeId, jdid, area, divid, sortfield …, taken from the
page, `area` from its `tree.jsp?area=…`), and pages with `currpage=N`. The answer is an HTML
table (`tr_main_value_odd`, `a.bt_link`) with `共N页`. search.jsp is not filtered by column on
every site, so when the rows include articles of this column (`art_<col>_`), only those are kept."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin

import regex

from .base import Adapter, Listing, PageRequest, config, rows
from .hanweb import ARTICLE, COLUMN, DATASTORE

TREE_AREA = regex.compile(r"tree\.jsp\?(?:[^\"']*?&)?area=([^&\"'\s]*)")
TOTAL_PAGES = regex.compile(r"共\s*(?:&nbsp;|\s)*(\d+)\s*(?:&nbsp;|\s)*页")


def _field(html: str, name: str) -> str | None:
    m = regex.search(rf"(?:[?&]|\b){name}[\"']?\s*[=:]\s*[\"']?([^&\"'\s,;}}<>]*)", html)
    return m.group(1) if m else None


class Xxgk(Adapter):
    name = "xxgk"

    def detect(self, url, html):
        if DATASTORE.search(html) or "dataproxy.jsp" in html:
            return False
        # the list is drawn by search.jsp (with the page's infotypeId), or framed by the module's tree
        return ("module/xxgk/search.jsp" in html and _field(html, "infotypeId") is not None) or \
            bool(TREE_AREA.search(html))

    def parse(self, request, html, first):
        cfg = config()["xxgk"]
        if first:
            form = {}
            for name in cfg["fields"]:
                value = _field(html, name)
                if value is not None:
                    form[name] = value
            area = TREE_AREA.search(html)
            if area and not form.get("area"):
                form["area"] = area.group(1)
            col = COLUMN.search(request.url)
            ctx = {"api": urljoin(request.url, cfg["api"]), "form": urlencode(form), "column": request.url,
                   "col": col.group(1) if col else ""}
            return Listing(next=[self._page(ctx, 1)])
        ctx = request.ctx()
        items = [it for it in rows(html, ctx["column"]) if ARTICLE.search(it.url) or it.date]
        own = [it for it in items if ctx["col"] and f"art_{ctx['col']}_" in it.url]
        items = own or items
        page = int(ctx["page"])
        total = TOTAL_PAGES.search(html)
        listing = Listing(items=items, total=int(total.group(1)) if total else None)
        if items and (listing.total is None or page < listing.total):
            listing.next = [self._page(ctx, page + 1)]
        return listing

    def _page(self, ctx: dict, page: int) -> PageRequest:
        form = dict(parse_qsl(ctx["form"], keep_blank_values=True))
        form["currpage"] = str(page)
        return PageRequest(f"{ctx['api']}?currpage={page}", data=tuple(sorted(form.items())), adapter=self.name,
                           context=tuple(sorted({**ctx, "page": str(page)}.items())))
