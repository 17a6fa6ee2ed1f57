"""TRS WCM / 拓尔思 columns: static list pages index.html, index_1.html … whose count
is in `createPageHTML(count, current, "index", "html")` (pages index_1 … index_{count-1})
or `createPageHTML('page_div', count, current, 'prefix', 'ext', records)` (prefix_2 …
prefix_count). Articles are ./YYYYMM/tYYYYMMDD_ID.html."""
from __future__ import annotations

from urllib.parse import urljoin

import regex

from .base import Adapter, Listing, PageRequest, rows

CPH4 = regex.compile(r"createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*[\"']([\w-]+)[\"']\s*,\s*[\"'](s?html?)[\"']\s*\)")
CPH6 = regex.compile(r"createPageHTML\(\s*[\"'][\w-]+[\"']\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*[\"']([\w-]+)[\"']\s*,"
                     r"\s*[\"'](s?html?)[\"']\s*,\s*(\d+)\s*\)")
COUNT_VAR = regex.compile(r"(?:countPage|totalPage|pageCount)\s*[=:]\s*(\d+)")
ARTICLE = regex.compile(r"(?:/|\./)?\d{6}/t\d{8}_\d+\.s?html?$|/t\d{8}_\d+\.s?html?$", regex.I)


class TRS(Adapter):
    name = "trs"

    def detect(self, url, html):
        return bool(CPH4.search(html) or CPH6.search(html) or len(regex.findall(r"t\d{8}_\d+\.s?html?", html)) >= 3)

    def parse(self, request, html, first):
        listing = Listing(items=rows(html, request.url, link_filter=lambda u: bool(ARTICLE.search(u))))
        if first:
            listing.next, listing.total = self._pages(request.url, html)
        return listing

    def _pages(self, url, html):
        m6 = CPH6.search(html)
        if m6:
            count, prefix, ext = int(m6.group(1)), m6.group(3), m6.group(4)
            return [PageRequest(urljoin(url, f"{prefix}_{k}.{ext}")) for k in range(2, count + 1)], count
        m4 = CPH4.search(html)
        if m4:
            count, prefix, ext = int(m4.group(1)), m4.group(3), m4.group(4)
        else:
            var = COUNT_VAR.search(html)
            if not var:
                return [], None
            count, prefix, ext = int(var.group(1)), "index", url.rsplit(".", 1)[-1] if "." in url[-6:] else "html"
        return [PageRequest(urljoin(url, f"{prefix}_{k}.{ext}")) for k in range(1, count)], count
