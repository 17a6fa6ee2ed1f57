"""Guangdong's 政府信息公开目录 (gkmlpt), run by every city and county of the province:
the column page `/gkmlpt/index#CAT` sets `window._CONFIG = {SID: '…', …}` and lists nothing;
its list is JSON from `/gkmlpt/api/all/CAT?page=N&sid=SID`: `{"articles": [{"title", "url",
"display_publish_time", "created_at", "publisher", "identifier", …}], "total": T}`. The
category is the URL's fragment (`#2811`)."""
from __future__ import annotations

import datetime as dt
from urllib.parse import urljoin, urlsplit

import regex

from .base import Adapter, Listing, PageRequest, config, item, loads_json

CONFIG = regex.compile(r"_CONFIG\s*=\s*\{([\s\S]*?)\}\s*;?", regex.I)
SID = regex.compile(r"\bSID[\"']?\s*:\s*[\"']?(\w+)")
CAT_IN_CONFIG = regex.compile(r"\b(?:CAT(?:EGORY)?(?:_ID)?|COLUMN(?:_ID)?)[\"']?\s*:\s*[\"']?(\d+)", regex.I)
CHINA = dt.timezone(dt.timedelta(hours=8))


def _date(value) -> str | None:
    if isinstance(value, (int, float)) and value > 0:
        return dt.datetime.fromtimestamp(value, CHINA).date().isoformat()
    return value if isinstance(value, str) else None


class Gkmlpt(Adapter):
    name = "gkmlpt"

    def detect(self, url, html):
        return "/gkmlpt/" in url and bool(CONFIG.search(html) and SID.search(html))

    def parse(self, request, html, first):
        if first:
            cfg = CONFIG.search(html)
            sid = SID.search(cfg.group(1)) if cfg else None
            fragment = urlsplit(request.url).fragment
            cat = fragment if fragment.isdigit() else None
            if cat is None and cfg:
                m = CAT_IN_CONFIG.search(cfg.group(1))
                cat = m.group(1) if m else None
            if not sid or not cat:
                return Listing()
            root = request.url.split("/gkmlpt/", 1)[0] + "/gkmlpt/"
            ctx = {"root": root, "cat": cat, "sid": sid.group(1), "column": request.url.split("#", 1)[0]}
            return Listing(next=[self._page(ctx, 1)])
        ctx = request.ctx()
        data = loads_json(html)
        if not isinstance(data, dict):
            return Listing()
        items = []
        for a in data.get("articles") or []:
            if isinstance(a, dict) and a.get("url"):
                when = _date(a.get("display_publish_time")) or _date(a.get("created_at"))
                items.append(item(urljoin(ctx["column"], a["url"]), a.get("title"), when))
        total = data.get("total")
        page = int(ctx["page"])
        size = int(ctx.get("size") or len(items) or 1)
        listing = Listing(items=items, total=total if isinstance(total, int) else None)
        if items and (not isinstance(total, int) or page * size < total):
            listing.next = [self._page({**ctx, "size": str(size)}, page + 1)]
        return listing

    def _page(self, ctx: dict, page: int) -> PageRequest:
        path = config()["gkmlpt"]["api"].format(cat=ctx["cat"], page=page, sid=ctx["sid"])
        url = ctx["root"] + path.split("/gkmlpt/", 1)[1]
        return PageRequest(url, adapter=self.name, context=tuple(sorted({**ctx, "page": str(page)}.items())))
