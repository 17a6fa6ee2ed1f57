"""Many hosts crawled side by side, each host at its own pace, into one corpus.

    summary = crawl_sites(sites, fetcher, corpus=corpus, archive=archive, concurrency=8)

Sites are grouped by host (sites that share a host, or a site with several hosts, form one
group); each group is crawled by one worker thread, column after column, so a host is never
asked twice at once and its robots.txt, Crawl-delay, delay and retry budget (held by the
Fetcher, per host) hold as in a crawl of that site alone. Up to `concurrency` groups run at
once: six hosts that each wait a second between requests take about as long as one.

The corpus has one writer, the calling thread: workers fetch and extract, and hand what is to
be stored (and the question "is this URL stored?") to it through a queue. So a crawl killed
halfway keeps every article stored so far, and a second crawl skips them, as a sequential
crawl does. The summary is the sum of the groups' summaries, in site-list order.
"""
from __future__ import annotations

import queue
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from .crawl import Crawler, CrawlSummary

DEFAULT_CONCURRENCY = 8  # hosts at once: threads mostly wait on delays, so a laptop keeps up


def host_groups(sites) -> list[list]:
    """Sites joined when they share a host, in the order they were given."""
    groups: list[tuple[set, list]] = []
    for site in sites:
        hosts = set(site.hosts)
        joined = [g for g in groups if g[0] & hosts]
        merged_hosts, merged_sites = set(hosts), []
        for g in joined:
            merged_hosts |= g[0]
            merged_sites += g[1]
            groups.remove(g)
        groups.append((merged_hosts, merged_sites + [site]))
    order = {id(s): i for i, s in enumerate(sites)}
    return sorted((sorted(g[1], key=lambda s: order[id(s)]) for g in groups), key=lambda g: order[id(g[0])])


class CrawlStopped(Exception):
    """The writer stopped (the crawl was interrupted): a worker's crawl ends here."""


class _Writer:
    """What a worker's Crawler sees as its corpus: each call runs on the writer thread."""

    def __init__(self, corpus, jobs: queue.Queue, stopped: threading.Event):
        self._corpus, self._jobs, self._stopped = corpus, jobs, stopped

    def _call(self, fn, *args, **kwargs):
        if self._stopped.is_set():
            raise CrawlStopped()
        done: Future = Future()
        self._jobs.put((done, fn, args, kwargs))
        while True:
            try:
                return done.result(timeout=0.2)
            except TimeoutError:
                if self._stopped.is_set() and not done.done():
                    raise CrawlStopped() from None

    def add(self, *args, **kwargs):
        return self._call(self._corpus.add, *args, **kwargs)

    def add_failure(self, *args, **kwargs):
        return self._call(self._corpus.add_failure, *args, **kwargs)

    def page_status(self, url: str):
        return self._call(_page_status, self._corpus, url)


def _page_status(corpus, url: str):
    row = corpus.db.execute("SELECT status FROM pages WHERE url = ?", (url,)).fetchone()
    return row[0] if row else None


class _LockedArchive:
    def __init__(self, archive):
        self._archive, self._lock = archive, threading.Lock()
        self.path = archive.path

    def write(self, response):
        with self._lock:
            return self._archive.write(response)


def merge(summaries) -> CrawlSummary:
    out = CrawlSummary()
    for s in summaries:
        out.lists += s.lists
        out.articles_seen += s.articles_seen
        out.fetched += s.fetched
        out.stored.update(s.stored)
        out.skipped.update(s.skipped)
        out.failed.update(s.failed)
        out.problems += s.problems
    return out


def crawl_sites(sites, fetcher, *, corpus=None, archive=None, since=None, max_pages=None,
                concurrency: int = DEFAULT_CONCURRENCY, on_event=None, sink=None,
                known_urls: set[str] | None = None, crawlers: list | None = None) -> CrawlSummary:
    """Crawl every column of `sites`, hosts side by side; returns the whole crawl's summary.
    `crawlers`, when given, receives each host group's crawler (a progress display reads them)."""
    groups = host_groups(sites)
    event_lock = threading.Lock()
    stopped = threading.Event()

    def event(kind, url):
        if stopped.is_set():
            raise CrawlStopped()
        if on_event is not None:
            with event_lock:
                on_event(kind, url)

    jobs: queue.Queue = queue.Queue()
    writer = _Writer(corpus, jobs, stopped) if corpus is not None else None
    shared_archive = _LockedArchive(archive) if archive is not None else None
    sink_lock = threading.Lock()

    def locked_sink(*args):
        with sink_lock:
            sink(*args)

    def crawl_group(group) -> CrawlSummary:
        crawler = Crawler(fetcher, corpus=writer, archive=shared_archive, since=since, max_pages=max_pages,
                          on_event=event, sink=locked_sink if sink else None, known_urls=known_urls)
        if crawlers is not None:
            with event_lock:
                crawlers.append(crawler)
        for site in group:
            crawler.crawl_site(site)
        return crawler.summary

    pool = ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="crawl")
    futures = [pool.submit(crawl_group, g) for g in groups]
    try:
        pending = set(futures)
        while pending:
            try:
                done, fn, args, kwargs = jobs.get(timeout=0.05)
            except queue.Empty:
                pending = {f for f in pending if not f.done()}
                continue
            try:
                done.set_result(fn(*args, **kwargs))
            except Exception as exc:  # noqa: BLE001 - handed back to the worker that asked
                done.set_exception(exc)
    except BaseException:
        # interrupted (Ctrl-C): what is stored stays stored; workers end at their next store
        stopped.set()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return merge(f.result() for f in futures)
