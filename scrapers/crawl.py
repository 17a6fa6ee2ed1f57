"""Crawling a site's columns: list pages, then the articles they link to.

    crawler = Crawler(fetcher, corpus=corpus, archive=WarcArchive("warc/"), since=date(2024, 1, 1))
    summary = crawler.crawl_column(site, "https://www.gongshu.gov.cn/col/col1229338765/index.html")

Incremental and resumable: an article already in the corpus is not fetched again, so a
second crawl fetches only what is new, and a crawl killed halfway and started again ends
where an uninterrupted one would. Every response, list pages included, is archived raw.
A fault (timeout, 404, a WAF answer, a redirect loop, an oversized page) is reported with
its cause and the crawl goes on.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from extractor import ExtractionError, extract

from .cms import BY_NAME, PageRequest, detect
from .fetch import FetchError, Fetcher, netloc


@dataclass
class CrawlSummary:
    lists: int = 0
    articles_seen: int = 0
    fetched: int = 0
    stored: Counter = field(default_factory=Counter)     # new, updated, duplicate
    skipped: Counter = field(default_factory=Counter)    # already_stored, before_since, off_site …
    failed: Counter = field(default_factory=Counter)     # by cause
    problems: list[tuple[str, str]] = field(default_factory=list)

    def fail(self, url: str, cause: str):
        self.failed[cause.split(":")[0] if cause.startswith("redirect_stub") else cause] += 1
        self.problems.append((url, cause))

    def lines(self) -> list[str]:
        def fmt(c):
            return ", ".join(f"{k} {v}" for k, v in sorted(c.items())) or "none"
        return [f"lists {self.lists}, articles listed {self.articles_seen}, fetched {self.fetched}",
                f"stored: {fmt(self.stored)}", f"skipped: {fmt(self.skipped)}", f"failed: {fmt(self.failed)}"]


MAX_LIST_PAGES = 2000   # per column, when --max-pages is not given: calendars and endless pagers end
MAX_URL_LENGTH = 2048   # longer addresses are crawler traps (query strings that grow without end)


class Crawler:
    def __init__(self, fetcher: Fetcher, *, corpus=None, archive=None, since: dt.date | None = None,
                 max_pages: int | None = None, on_event: Callable[[str, str], None] | None = None,
                 sink: Callable | None = None, known_urls: set[str] | None = None):
        self.fetcher = fetcher
        self.corpus = corpus
        self.archive = archive
        self.since = since
        self.max_pages = max_pages
        self.on_event = on_event or (lambda kind, url: None)
        self.sink = sink  # without a corpus: called with (Document, Response, WARC record id)
        self.known_urls = known_urls or set()  # canonical URLs stored elsewhere: not fetched again
        self.summary = CrawlSummary()
        self.articles_queued = 0  # articles listed to be crawled so far (a progress display's total)

    # ---- sites --------------------------------------------------------------------------

    def crawl_site(self, site) -> CrawlSummary:
        """Every column of a site: those it names, then those its seed articles name."""
        done = []
        for column in site.columns:
            self.crawl_column(site, column)
            done.append(column)
        for seed in site.seeds:
            column = self.column_of(seed)
            if column and column not in done:
                self.crawl_column(site, column)
                done.append(column)
        return self.summary

    def column_of(self, seed: str) -> str | None:
        """The column a seed article's position line names (None, with the fault reported)."""
        from .columns import breadcrumb_column

        response = self._fetch(seed)
        if response is None:
            return None
        column = breadcrumb_column(response.url, response.text)
        if column is None:
            self.summary.fail(seed, "no_column_in_breadcrumb")
        return column

    # ---- list pages -------------------------------------------------------------------

    def crawl_column(self, site, column_url: str) -> CrawlSummary:
        first = PageRequest(column_url)
        queue, seen_pages, n_pages = [first], {first}, 0
        articles: dict[str, object] = {}
        limit = self.max_pages if self.max_pages is not None else MAX_LIST_PAGES
        while queue:
            if n_pages >= limit:
                self.summary.skipped["list_pages_over_max"] += len(queue)
                break
            req = queue.pop(0)
            response = self._fetch(req.url, data=req.form(), json_body=req.json,
                                   referer=column_url if req is not first else None)
            if response is None:
                continue
            n_pages += 1
            self.summary.lists += 1
            self.on_event("list", req.url)
            html = response.text
            adapter = BY_NAME[req.adapter] if req.adapter else detect(req.url, html, site.cms)
            listing = adapter.parse(req, html, first=req.first)
            new_here, older = 0, 0
            for item in listing.items:
                if item.url in articles:
                    continue
                if self.since and item.date and _date(item.date) and _date(item.date) < self.since:
                    self.summary.skipped["before_since"] += 1
                    older += 1
                    continue
                articles[item.url] = item
                new_here += 1
            for nxt in listing.next:
                if len(nxt.url) > MAX_URL_LENGTH:
                    self.summary.skipped["url_too_long"] += 1
                    continue
                if nxt not in seen_pages:
                    seen_pages.add(nxt)
                    queue.append(nxt)
            if older:
                self.summary.skipped["list_pages_before_since"] += len(queue)
                break  # lists run newest first: once a page reaches past --since, the rest is older
            if new_here == 0 and not req.first and not listing.setup:
                self.summary.skipped["list_pages_without_new_links"] += len(queue)
                break
        self.articles_queued += len(articles)
        for url, item in articles.items():
            self.crawl_article(url, item, referer=column_url)
        return self.summary

    # ---- articles ----------------------------------------------------------------------

    def crawl_article(self, url: str, item=None, referer: str | None = None):
        self.summary.articles_seen += 1
        if len(url) > MAX_URL_LENGTH:
            self.summary.skipped["url_too_long"] += 1
            return
        try:
            self.fetcher.check(url)
        except FetchError as exc:
            self.summary.skipped[exc.cause] += 1
            self.on_event("skip", url)
            return
        if self._stored(url):
            self.summary.skipped["already_stored"] += 1
            self.on_event("skip", url)
            return
        response = self._fetch(url, referer=referer)
        if response is None:
            return
        self.summary.fetched += 1
        record_id = self.archive.write(response) if self.archive is not None else None
        try:
            doc = extract(response.body, url=response.url, content_type=response.headers.get("Content-Type"))
        except ExtractionError as exc:
            self._failed(url, f"no_article ({exc.problem})", response, record_id)
            return
        except Exception as exc:  # noqa: BLE001 - one bad page never stops a crawl
            self._failed(url, f"extraction_error ({type(exc).__name__}: {exc})", response, record_id)
            return
        if self.since and doc.published_at and dt.date.fromisoformat(doc.published_at[:10]) < self.since:
            self.summary.skipped["before_since"] += 1
            return
        if self.corpus is not None:
            from corpus.store import sha1

            result = self.corpus.add(doc, content_sha1=sha1(response.body),
                                     source_path=str(self.archive.path) if self.archive else None,
                                     warc_record_id=record_id, fetched_at=response.fetched_at)
            self.summary.stored[result.status] += 1
        elif self.sink is not None:
            self.sink(doc, response, record_id)
            self.summary.stored["new"] += 1
        self.on_event("article", url)

    def _stored(self, url: str) -> bool:
        from extractor.document import canonical_url

        key = canonical_url(url)
        if key in self.known_urls:
            return True
        if self.corpus is None:
            return False
        if hasattr(self.corpus, "page_status"):  # a corpus written by another thread (scrapers.parallel)
            status = self.corpus.page_status(key)
        else:
            row = self.corpus.db.execute("SELECT status FROM pages WHERE url = ?", (key,)).fetchone()
            status = row[0] if row else None
        return status in ("document", "duplicate")

    def _fetch(self, url: str, data=None, referer=None, json_body=None):
        """A usable response, or None with the fault counted and reported."""
        try:
            response = self.fetcher.get(url, data=data, json_body=json_body, referer=referer)
        except FetchError as exc:
            if exc.cause in ("off_site", "not_http", "disallowed_by_robots", "private_address"):
                self.summary.skipped[exc.cause] += 1
            else:
                self.summary.fail(url, exc.cause)
            self.on_event("fail", url)
            return None
        problem = response.problem
        if problem:
            record_id = self.archive.write(response) if self.archive is not None else None
            self._failed(url, problem, response, record_id)
            return None
        return response

    def _failed(self, url, cause, response, record_id):
        self.summary.fail(url, cause)
        self.on_event("fail", url)
        if self.corpus is not None:
            from corpus.store import sha1

            self.corpus.add_failure(cause, content_sha1=sha1(response.body), url=url,
                                    source_path=str(self.archive.path) if self.archive else None,
                                    warc_record_id=record_id, fetched_at=response.fetched_at)


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def hosts_of(urls) -> set[str]:
    return {netloc(u) for u in urls}
