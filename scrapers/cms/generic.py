"""Any other column (court sites, ASP.NET and PageAdmin columns, 集约化 platforms, …): the links
that carry dates, and the next page, found by the first of

- a 下一页 / 尾页 link, in the page or in a pager the page keeps base64-encoded (`div#pages`);
- a pager the script writes: the count in `pageCount:12,` and the parameter in `&pageIndex=`,
  giving pages 2 … 12 of this URL (集约化 `/public/column/…&action=list`);
- a page parameter in the URL that the page links one further (`page=3` → `page=4`);
- a number after the column in the path (`/class/ID` → `/class/ID/2`), while pages list new links.

A column page that lists nothing but holds a same-site iframe is read through the iframe: the
framed page is detected and read as the column's first page."""
from __future__ import annotations

import base64
import binascii
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import regex
from bs4 import BeautifulSoup

from .base import Adapter, Listing, PageRequest, config, rows
from .trs import live_script

TOTAL_PAGES = regex.compile(r"共\s*(\d+)\s*页")
BASE64 = regex.compile(r"(?<![\w+/=])([A-Za-z0-9+/]{16,}={0,2})(?![\w+/=])")
PAGER_CONTAINERS = regex.compile(r"^(?:pages?|pager|pagination|page_div|fanye|pagenav)$", regex.I)


@lru_cache(maxsize=1)
def _cfg():
    c = config()
    listing, g = c["listing"], c["generic"]
    params = "|".join(regex.escape(p) for p in listing["page_params"])
    return {
        "next": set(listing["next_text"]),
        "last": set(listing["last_text"]),
        "param": regex.compile(rf"^(?:{params})$", regex.I),
        "script_count": regex.compile(g["script_count"], regex.I),
        "script_param": regex.compile(g["script_param"], regex.I),
        "path_pages": [regex.compile(p) for p in g["path_pages"]],
        "iframe_skip": regex.compile("|".join(g["iframe_skip"]), regex.I),
    }


def decoded_pagers(soup: BeautifulSoup) -> list[BeautifulSoup]:
    """Pagers a page keeps base64-encoded (in a pager container's text or attributes, or in a
    script that writes one), decoded."""
    chunks = []
    for tag in soup.find_all(True):
        ident = " ".join([tag.get("id") or ""] + list(tag.get("class") or []))
        if tag.name == "script" or any(PAGER_CONTAINERS.match(w) for w in ident.split()):
            chunks.append(tag.get_text(" "))
            chunks.extend(v for v in tag.attrs.values() if isinstance(v, str))
    out = []
    for chunk in chunks:
        for m in BASE64.finditer(chunk):
            try:
                text = base64.b64decode(m.group(1), validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError, ValueError):
                continue
            if "<a" in text and "href" in text:
                out.append(BeautifulSoup(text, "lxml"))
    return out


class Generic(Adapter):
    name = "generic"

    def detect(self, url, html):
        return True

    def parse(self, request, html, first):
        items = [it for it in rows(html, request.url) if it.date]  # a list shows its articles' dates
        listing = Listing(items=items)
        soup = BeautifulSoup(html, "lxml")
        total = TOTAL_PAGES.search(soup.get_text(" "))
        listing.total = int(total.group(1)) if total else None
        if not items and first:
            frame = self._iframe(request.url, soup)
            if frame:
                listing.next = [PageRequest(frame)]
                return listing
        nxt = self._next_link(request.url, [soup] + decoded_pagers(soup))
        if nxt:
            listing.next = [PageRequest(nxt, adapter=self.name)]
            return listing
        planned = self._script_pages(request.url, html) if first else []
        if planned:
            listing.next = [PageRequest(u, adapter=self.name) for u in planned]
            listing.total = len(planned) + 1
            return listing
        nxt = _next_by_parameter(request.url, html) or self._next_in_path(request.url, html, listing.total)
        if nxt:
            listing.next = [PageRequest(nxt, adapter=self.name)]
        return listing

    def _next_link(self, url, soups) -> str | None:
        cfg = _cfg()
        for soup in soups:
            for a in soup.find_all("a", href=True):
                text = a.get_text(strip=True)
                href = a["href"].strip()
                if text in cfg["next"] and href and not href.startswith(("javascript", "#")):
                    target = urljoin(url, href)
                    if target != url:
                        return target
        return None

    def _script_pages(self, url, html) -> list[str]:
        cfg = _cfg()
        script = live_script(html)
        count = cfg["script_count"].search(script)
        param = cfg["script_param"].search(script)
        if not count or not param or int(count.group(1)) < 2:
            return []
        name = param.group(1)
        parts = urlsplit(url)
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != name]
        current = dict(parse_qsl(parts.query)).get(name, "1")
        start = int(current) + 1 if current.isdigit() else 2
        return [urlunsplit(parts._replace(query=urlencode(query + [(name, str(n))])))
                for n in range(start, int(count.group(1)) + 1)]

    def _next_in_path(self, url, html, total) -> str | None:
        parts = urlsplit(url)
        for pattern in _cfg()["path_pages"]:
            m = pattern.match(parts.path)
            if not m:
                continue
            n = int(m.group("n") or 1)
            candidate = f"{m.group('base')}/{n + 1}"
            if (total and n < total) or candidate in html:
                return urlunsplit(parts._replace(path=candidate))
        return None

    def _iframe(self, url, soup) -> str | None:
        host = urlsplit(url).netloc
        for frame in soup.find_all("iframe", src=True):
            src = urljoin(url, frame["src"].strip())
            if urlsplit(src).netloc == host and not _cfg()["iframe_skip"].search(src) and src != url:
                return src
        return None


def _next_by_parameter(url: str, html: str) -> str | None:
    """page=N in the URL, and the page itself links to page=N+1."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    for i, (k, v) in enumerate(query):
        if _cfg()["param"].match(k) and v.isdigit():
            query[i] = (k, str(int(v) + 1))
            candidate = urlunsplit(parts._replace(query=urlencode(query)))
            return candidate if f"{k}={int(v) + 1}" in html else None
    return None
