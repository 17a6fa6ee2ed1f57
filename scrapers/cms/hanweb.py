"""Hanweb / 大汉版通 (jcms) columns: /col/colN/index.html, whose first records sit in a
`<script type="text/xml"><datastore>` island and whose further records come from
dataproxy.jsp in groups (startrecord/endrecord/perpage, with the column's unitid, webid and
columnid). Servers that ignore startrecord (they answer the first group again) are paged by the
page= of the <nextgroup> link each answer carries. Articles are /art/YYYY/M/D/art_C_ID.html."""
from __future__ import annotations

import html as htmllib
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import regex

from .base import Adapter, Listing, PageRequest, rows

DATASTORE = regex.compile(r"<datastore>([\s\S]*?)</datastore>", regex.I)
RECORD = regex.compile(r"<record>\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*</record>")
ANY_CDATA = regex.compile(r"<!\[CDATA\[([\s\S]*?)\]\]>")
NEXTGROUP = regex.compile(r"<nextgroup>\s*<!\[CDATA\[\s*<a\s+href=[\"']([^\"']+)[\"']")
TOTAL_XML = regex.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>", regex.I)
TOTAL_JS = regex.compile(r"totalRecord[\"']?\s*[:=]\s*[\"']?(\d+)")
PERPAGE_JS = regex.compile(r"perPage[\"']?\s*[:=]\s*[\"']?(\d+)")
GROUPSIZE_JS = regex.compile(r"groupSize[\"']?\s*[:=]\s*[\"']?(\d+)")
PROXY_JS = regex.compile(r"proxyUrl\s*:\s*[\"']([^\"']*dataproxy\.jsp)[\"']")
AJAXPARAM = regex.compile(r"ajaxParam\s*:\s*\{([^}]*)\}")
PARAM_VAR = regex.compile(r"var\s+param_(\d+)\s*=\s*\{([^}]*)\}")
KV = regex.compile(r"(\w+)\s*:\s*(?:'([^']*)'|\"([^\"]*)\"|(\d+))")
UNIT_DIV = regex.compile(r"<div\s+id=[\"'](\d+)[\"'][^>]*>\s*<script[^>]*text/xml", regex.I)
COLUMN = regex.compile(r"/col/col(\d+)/")
ARTICLE = regex.compile(r"/art/\d{4}/(?:\d{1,2}/\d{1,2}/)?art_[0-9a-f_]+\.s?html?$", regex.I)
FIELDS = ("col", "appid", "webid", "path", "columnid", "sourceContentType", "unitid", "webname", "permissiontype")


class Hanweb(Adapter):
    name = "hanweb"

    def detect(self, url, html):
        return bool(DATASTORE.search(html) and (COLUMN.search(url) or "jpage" in html or "dataproxy" in html))

    def parse(self, request, html, first):
        store = DATASTORE.search(html)
        fragment = store.group(1) if store else html
        records = RECORD.findall(fragment) or ANY_CDATA.findall(fragment)
        listing = Listing(items=rows("\n".join(records), request.url))
        if first:
            listing.next, listing.total = self._first_group(request.url, html, listing)
            return listing
        ctx = request.ctx()
        if ctx.get("mode") == "probe":
            if ctx.get("first") and listing.items and listing.items[0].url == ctx["first"]:
                # the server ignored startrecord and answered the first group again: page by
                # the page= of the <nextgroup> link its answers carry
                listing.setup = True
                listing.items = []
                listing.next = self._by_nextgroup(request, html, ctx)
            else:
                listing.next = self._rest(ctx)
        elif ctx.get("mode") == "page" and listing.items:
            listing.next = self._by_nextgroup(request, html, ctx)
        return listing

    def _first_group(self, url, html, listing):
        """The group after the one the page holds, asked for first: whether the server honours
        startrecord decides how the rest is asked for."""
        total = TOTAL_JS.search(html) or TOTAL_XML.search(html)
        if not total:
            return [], None
        total = int(total.group(1))
        per_page = int((PERPAGE_JS.search(html) or [0, 15])[1])
        group = int((GROUPSIZE_JS.search(html) or [0, 3])[1])
        params = self._params(url, html)
        proxy = PROXY_JS.search(html)
        nextgroup = NEXTGROUP.search(html)
        if proxy:
            proxy_url = urljoin(url, proxy.group(1))
        elif nextgroup:
            proxy_url = urljoin(url, htmllib.unescape(nextgroup.group(1)).split("?", 1)[0])
        else:
            proxy_url = urljoin(url, "/module/web/jpage/dataproxy.jsp")
        size = per_page * group
        if size + 1 > total:
            return [], total
        ctx = {"proxy": proxy_url, "per_page": str(per_page), "size": str(size), "total": str(total),
               "params": urlencode(sorted(params.items())), "first": listing.items[0].url if listing.items else "",
               "mode": "probe"}
        return [self._group(ctx, size + 1)], total

    def _group(self, ctx: dict, start: int) -> PageRequest:
        size, total = int(ctx["size"]), int(ctx["total"])
        end = min(start + size - 1, total)
        query = f"startrecord={start}&endrecord={end}&perpage={ctx['per_page']}"
        params = tuple(sorted(parse_qsl(ctx["params"], keep_blank_values=True)))
        return PageRequest(f"{ctx['proxy']}?{query}", params, adapter=self.name,
                           context=tuple(sorted({**ctx, "start": str(start)}.items())))

    def _rest(self, ctx: dict) -> list[PageRequest]:
        size, total = int(ctx["size"]), int(ctx["total"])
        planned = {**ctx, "mode": "planned"}
        return [self._group(planned, start) for start in range(2 * size + 1, total + 1, size)]

    def _by_nextgroup(self, request, html, ctx) -> list[PageRequest]:
        link = NEXTGROUP.search(html)
        if not link:
            return []
        target = urljoin(ctx["proxy"], htmllib.unescape(link.group(1)))
        return [PageRequest(target, request.data, adapter=self.name,
                            context=tuple(sorted({**ctx, "mode": "page"}.items())))]

    def _params(self, url, html) -> dict:
        params: dict[str, str] = {}
        nextgroup = NEXTGROUP.search(html)
        if nextgroup:
            query = urlsplit(htmllib.unescape(nextgroup.group(1))).query
            for k, v in parse_qsl(query):
                if k in FIELDS:
                    params[k] = v.strip("'\"")
        for m in list(PARAM_VAR.finditer(html)) + list(AJAXPARAM.finditer(html)):
            body = m.group(m.lastindex)
            for kv in KV.finditer(body):
                key = kv.group(1)
                if key in FIELDS:
                    params[key] = next(g for g in kv.groups()[1:] if g is not None)
        if "unitid" not in params:
            div = UNIT_DIV.search(html)
            if div:
                params["unitid"] = div.group(1)
        if "columnid" not in params:
            col = COLUMN.search(url)
            if col:
                params["columnid"] = col.group(1)
        params.setdefault("col", "1")
        params.setdefault("appid", "1")
        params.setdefault("path", "/")
        params.setdefault("permissiontype", "0")
        return params
