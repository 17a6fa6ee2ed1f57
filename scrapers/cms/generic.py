"""Any other column: the block of links that carry dates, and the 下一页 / page=N links."""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import regex
from bs4 import BeautifulSoup

from .base import Adapter, Listing, PageRequest, rows

NEXT_TEXT = {"下一页", "下页", ">", ">>", "›", "»", "下一頁"}
LAST_TEXT = {"尾页", "末页", "最后一页"}
PAGE_PARAM = regex.compile(r"^(page|PageIndex|pageNo|pageNum|currPage|pn|p)$", regex.I)
TOTAL_PAGES = regex.compile(r"共\s*(\d+)\s*页")


class Generic(Adapter):
    name = "generic"

    def detect(self, url, html):
        return True

    def parse(self, request, html, first):
        items = [it for it in rows(html, request.url) if it.date]  # a list shows its articles' dates
        listing = Listing(items=items)
        soup = BeautifulSoup(html, "lxml")
        for a in soup.find_all("a", href=True):
            text = a.get_text(strip=True)
            if text in NEXT_TEXT and not a["href"].startswith(("javascript", "#")):
                listing.next.append(PageRequest(urljoin(request.url, a["href"]), adapter=self.name))
                break
        if not listing.next:
            nxt = _next_by_parameter(request.url, html)
            if nxt:
                listing.next.append(PageRequest(nxt, adapter=self.name))
        total = TOTAL_PAGES.search(soup.get_text(" "))
        listing.total = int(total.group(1)) if total else None
        return listing


def _next_by_parameter(url: str, html: str) -> str | None:
    """page=N in the URL, and the page itself links to page=N+1."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    for i, (k, v) in enumerate(query):
        if PAGE_PARAM.match(k) and v.isdigit():
            query[i] = (k, str(int(v) + 1))
            candidate = urlunsplit(parts._replace(query=urlencode(query)))
            return candidate if f"{k}={int(v) + 1}" in html else None
    return None
