"""Progress with an estimate of time left for long runs (tqdm on standard error).

An ingest knows its work in advance: the bytes of its page files and WARC archives. The bar
counts them as pages are stored (a WARC record by its offset in the archive), so the time
left holds for archives of a few large files as for folders of many small ones. A crawl
learns its work as it reads list pages: the bar's total is the articles listed so far.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from corpus.ingest import PAGE_SUFFIXES, WARC_SUFFIXES

BAR_FORMAT = "{desc}: {percentage:3.0f}% |{bar:20}| {n_fmt}/{total_fmt} [{elapsed} elapsed, {remaining} left{postfix}]"


def shown(progress: bool | None) -> bool:
    """--progress/--no-progress, else on when standard error is a terminal."""
    return sys.stderr.isatty() if progress is None else progress


def input_bytes(paths: Iterable[str]) -> dict[str, int]:
    """The size of each page file and WARC archive an ingest of `paths` reads."""
    sizes = {}
    for raw in paths:
        path = Path(raw)
        files = (p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path] if path.is_file() else []
        for p in files:
            if p.name.lower().endswith(WARC_SUFFIXES + PAGE_SUFFIXES):
                try:
                    sizes[str(p)] = os.path.getsize(p)
                except OSError:
                    continue
    return sizes


def ingest_bar(paths, show: bool):
    from tqdm import tqdm

    sizes = input_bytes(paths) if show else {}
    return tqdm(total=sum(sizes.values()) or None, disable=not show, unit="B", unit_scale=True,
                desc="ingest", bar_format=BAR_FORMAT if sizes else None, file=sys.stderr), sizes


def tracked(items: Iterator, bar, sizes: dict[str, int]) -> Iterator:
    """Yields the ingest's items, moving `bar` by the bytes of input each one stands for."""
    done = {}  # file -> bytes counted

    def advance(path: str | None, upto: int | None):
        if not path or path not in sizes:
            return
        upto = sizes[path] if upto is None else min(upto, sizes[path])
        step = upto - done.get(path, 0)
        if step > 0:
            done[path] = upto
            bar.update(step)

    pages = 0
    for item in items:
        yield item  # the ingest stores it before asking for the next
        pages += 1
        bar.set_postfix_str(f"{pages} pages", refresh=False)
        if isinstance(item, tuple):  # (name, problem): an input that could not be read
            advance(item[0], None)
        elif item.warc_offset is not None:
            advance(item.source_path, item.warc_offset)  # the archive up to this record
        else:
            advance(item.source_path, None)
    for path in sizes:  # archives read to their end
        advance(path, None)


class CrawlProgress:
    """A crawl's bar: list pages read, then articles done of those listed so far."""

    def __init__(self, show: bool):
        from tqdm import tqdm

        self.bar = tqdm(total=0, disable=not show, unit="article", desc="crawl", bar_format=BAR_FORMAT,
                        file=sys.stderr)
        self.lists = 0
        self.crawlers = []  # the crawlers whose listed articles make the total (one per host group)

    def __call__(self, kind: str, url: str) -> None:
        if kind == "list":
            self.lists += 1
        queued = sum(c.articles_queued for c in self.crawlers)
        if queued != self.bar.total:
            self.bar.total = queued
        if kind in ("article", "skip", "fail"):
            self.bar.update(1)
        self.bar.set_postfix_str(f"{self.lists} list pages, last: {kind}", refresh=False)
        self.bar.refresh()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.bar.close()
