"""A column read from one of its articles: the article's own position line
(当前位置：首页 > 新闻中心 > 乡镇动态) links to the column it sits in. A site list may name a
site by an article seen in public pages (`seeds`); the column crawled is the one that article's
page names when it is fetched, never an address made up from the article's."""
from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from .cms.base import config
from .fetch import netloc


def breadcrumb_column(url: str, html: str) -> str | None:
    """The last link of the page's position line that is neither the page itself nor the home
    page, on the page's own host."""
    cfg = config()["breadcrumb"]
    soup = BeautifulSoup(html, "lxml")
    for marker in cfg["markers"]:
        for text in soup.find_all(string=lambda s, m=marker: s and m in s):
            box = text.parent
            for _ in range(4):  # the smallest element around the marker that holds the links
                if box is None:
                    break
                links = box.find_all("a", href=True)
                if links:
                    column = _last_column_link(url, links, cfg["home_words"])
                    if column:
                        return column
                    break
                box = box.parent
    return None


def _last_column_link(url, links, home_words) -> str | None:
    host = netloc(url)
    for a in reversed(links):
        href = a["href"].strip()
        if not href or href.startswith(("javascript", "#")):
            continue
        target = urljoin(url, href)
        path = urlsplit(target).path
        if target == url or netloc(target) != host or a.get_text(strip=True) in home_words:
            continue
        if path in ("", "/") or path.rsplit("/", 1)[-1] in ("index.html", "index.htm", "index.shtml") and \
                path.count("/") == 1:
            continue
        return target
    return None
