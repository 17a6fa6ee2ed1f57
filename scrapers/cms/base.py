"""What a CMS adapter gives the crawler: the articles a list page links to, with their
dates, and the further list pages to ask for."""
from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from urllib.parse import urljoin, urlsplit

import regex
from bs4 import BeautifulSoup

DATE = regex.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
INDEX_NUMBER = regex.compile(r"\d{4}-\d{2}-\d{5}")  # 索引号, not a date
NOT_ARTICLE = regex.compile(r"^(javascript:|mailto:|tel:|#)|/module/|\.(pdf|docx?|xlsx?|wps|ofd|zip|rar|jpe?g|png|gif)$",
                            regex.I)


@dataclass(frozen=True)
class PageRequest:
    """A list page to ask for. `adapter` names the family that reads it (a further page of a
    listing); None means: detect it from the page (a column page, or the list inside an iframe),
    and read it as the first page of its listing."""
    url: str
    data: tuple | None = None  # POST form fields, as sorted pairs (hashable)
    json: str | None = None    # a JSON body to POST instead
    adapter: str | None = None
    context: tuple | None = None  # what the adapter carries from page to page (not sent)

    def form(self) -> dict | None:
        return dict(self.data) if self.data is not None else None

    def ctx(self) -> dict:
        return dict(self.context or ())

    @property
    def first(self) -> bool:
        return self.adapter is None


@lru_cache(maxsize=1)
def config() -> dict:
    """scrapers/data/cms.toml: article shapes, pager words and script forms."""
    with resources.files("scrapers").joinpath("data", "cms.toml").open("rb") as fh:
        return tomllib.load(fh)


@dataclass
class ListItem:
    url: str
    title: str | None
    date: str | None  # ISO date from the list, when it shows one


@dataclass
class Listing:
    items: list[ListItem] = field(default_factory=list)
    next: list[PageRequest] = field(default_factory=list)
    total: int | None = None  # records or pages the list says it has, when it says
    setup: bool = False       # a page that lists nothing by nature (a config script): not the end


class Adapter:
    name = "base"

    def detect(self, url: str, html: str) -> bool:  # pragma: no cover - interface
        raise NotImplementedError

    def parse(self, request: PageRequest, html: str, first: bool) -> Listing:  # pragma: no cover
        raise NotImplementedError


def last_date(text: str) -> str | None:
    text = INDEX_NUMBER.sub(" ", text)
    found = DATE.findall(text)
    if not found:
        return None
    y, m, d = found[-1]
    try:
        return dt.date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def rows(html: str, base_url: str, link_filter=None) -> list[ListItem]:
    """Article links of a list fragment, each with the date printed in its own row (li, tr,
    dd, p), never a neighbour's."""
    soup = BeautifulSoup(html, "lxml")
    items, seen = [], set()
    for a in soup.find_all("a", href=True):
        href = a["href"].strip()
        if not href or NOT_ARTICLE.search(href):
            continue
        url = urljoin(base_url, href)
        if url in seen or urlsplit(url).scheme not in ("http", "https"):
            continue
        if link_filter is not None and not link_filter(url):
            continue
        row = a.find_parent(["li", "tr", "dd", "p"]) or a.parent
        title = (a.get("title") or a.get_text(" ", strip=True) or "").strip() or None
        items.append(ListItem(url, title, last_date(row.get_text(" ", strip=True)) if row else None))
        seen.add(url)
    return items


def item(url: str, title, date_text) -> ListItem:
    """A list entry read from an API's fields."""
    title = (str(title).strip() or None) if title is not None else None
    return ListItem(url, title, last_date(str(date_text)) if date_text not in (None, "") else None)


def loads_json(text: str):
    """JSON, or JSONP (`cb({...})`), or None when the body is neither."""
    import json

    text = text.strip()
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        pass
    m = regex.match(r"^[\w.$]+\s*\(([\s\S]*)\)\s*;?\s*$", text)
    if m:
        try:
            return json.loads(m.group(1))
        except ValueError:
            return None
    return None
