"""南通-style truecms columns (Nantong's districts and counties, 上海人大 …): the column page
configures jpage with `proxyUrl:'/truecms/messageController/getMessage.do'` and
`ajaxParam:{columnId:'<uuid>'}`, shows its first records in the page (`#initData`), and further
groups come from `getMessage.do?startrecord=S&endrecord=E&perpage=P&columnId=…`, answered as
JSON or JSONP `{"result": "<datastore>…<record><![CDATA[<li>…</li>]]></record>…</datastore>"}`.
Articles are `…/content/<uuid>.html`."""
from __future__ import annotations

from urllib.parse import urlencode, urljoin

import regex
from bs4 import BeautifulSoup

from .base import Adapter, Listing, PageRequest, config, loads_json, rows
from .hanweb import RECORD  # (the same <record><![CDATA[…]]></record> lists as Hanweb's)

PROXY = regex.compile(r"proxyUrl\s*:\s*[\"']([^\"']*messageController/getMessage\.do)[\"']", regex.I)
COLUMN_ID = regex.compile(r"columnId\s*:\s*[\"']([\w-]+)[\"']")
PER_PAGE = regex.compile(r"perPage\s*:\s*(\d+)")
GROUP = regex.compile(r"groupSize\s*:\s*(\d+)")
TOTAL = regex.compile(r"totalRecord\s*:\s*(\d+)|<totalrecord>\s*(\d+)", regex.I)
ARTICLE = regex.compile(r"/content/[\w-]+\.s?html?$")


class TrueCMS(Adapter):
    name = "truecms"

    def detect(self, url, html):
        return bool(PROXY.search(html) and COLUMN_ID.search(html))

    def parse(self, request, html, first):
        cfg = config()["truecms"]
        if first:
            column = COLUMN_ID.search(html)
            proxy = PROXY.search(html)
            if not column or not proxy:
                return Listing()
            soup = BeautifulSoup(html, "lxml")
            initial = soup.find(id="initData")
            items = [it for it in rows(str(initial) if initial else html, request.url) if ARTICLE.search(it.url)]
            per = int((PER_PAGE.search(html) or [0, cfg["per_page"]])[1])
            size = per * int((GROUP.search(html) or [0, cfg["group_size"]])[1])
            total = TOTAL.search(html)
            ctx = {"api": urljoin(request.url, proxy.group(1)), "column_id": column.group(1), "per": str(per),
                   "size": str(size), "column": request.url}
            listing = Listing(items=items, total=int(total.group(1) or total.group(2)) if total else None)
            if listing.total is None or len(items) < listing.total:
                listing.next = [self._group(ctx, len(items) + 1)]
            return listing
        ctx = request.ctx()
        data = loads_json(html)
        result = data.get("result") if isinstance(data, dict) else None
        if not isinstance(result, str):
            return Listing()
        records = RECORD.findall(result)
        items = rows("\n".join(records) if records else result, ctx["column"])
        listing = Listing(items=items)
        total = TOTAL.search(result)
        start, size = int(ctx["start"]), int(ctx["size"])
        end = start + size - 1
        if items and (int(total.group(1) or total.group(2)) > end if total else len(records) >= size):
            listing.next = [self._group(ctx, end + 1)]
        return listing

    def _group(self, ctx: dict, start: int) -> PageRequest:
        size = int(ctx["size"])
        query = urlencode({"startrecord": start, "endrecord": start + size - 1, "perpage": ctx["per"],
                           "columnId": ctx["column_id"]})
        return PageRequest(f"{ctx['api']}?{query}", adapter=self.name,
                           context=tuple(sorted({**ctx, "start": str(start)}.items())))
