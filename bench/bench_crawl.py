#!/usr/bin/env python3
"""Pages per second of a crawl of many hosts beside a crawl of one: fixture columns (TRS
pages and their articles) served on 127.0.0.1, each host asked at most once per --delay
seconds, crawled into a fresh corpus.

    python bench/bench_crawl.py [--hosts 8] [--delay 0.5] [--pages 2] [--per-page 5]

One host is bound by its delay: about 1/delay pages a second however fast the machine. Many
hosts side by side (`govnews crawl --concurrency N`) keep each host at that pace and add them
up, until extraction and the corpus writer are the limit.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

PLACES = ["宁乡市", "岳麓区", "天心区", "雨花区", "望城区", "浏阳市", "芙蓉区", "长沙县", "开福区", "株洲县", "攸县",
          "茶陵县", "炎陵县", "湘潭县", "韶山市", "衡阳县"]


def crawl(sites, delay: float, concurrency: int, db: Path) -> tuple[int, float]:
    from corpus.store import Corpus
    from scrapers import Fetcher, Politeness, Site
    from scrapers.parallel import crawl_sites

    specs = [Site(name=s.host, columns=[s.base + s.column]) for s in sites]
    fetcher = Fetcher({s.host for s in sites}, politeness=Politeness(delay=delay, timeout=10))
    started = time.monotonic()
    with Corpus(db) as corpus:
        summary = crawl_sites(specs, fetcher, corpus=corpus, concurrency=concurrency)
    elapsed = time.monotonic() - started
    return summary.lists + summary.fetched, elapsed


def main() -> int:
    import fixture_sites

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--hosts", type=int, default=8)
    ap.add_argument("--delay", type=float, default=0.5)
    ap.add_argument("--pages", type=int, default=2, help="list pages per column")
    ap.add_argument("--per-page", type=int, default=5, help="articles per list page")
    args = ap.parse_args()
    if not 1 <= args.hosts <= len(PLACES):
        ap.error(f"--hosts: 1 to {len(PLACES)}")

    def serve(n):
        return [fixture_sites.trs_var_site(pages=args.pages, per_page=args.per_page, place=p).start()
                for p in PLACES[:n]]

    from extractor import extract  # loaded before the clock starts: both crawls start warm

    extract(fixture_sites.article_html("trs", 1, "2024-02-10"), url="http://127.0.0.1/a/202402/t20240210_1.html")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, n in (("one host", 1), (f"{args.hosts} hosts", args.hosts)):
            sites = serve(n)
            try:
                pages, elapsed = crawl(sites, args.delay, n, Path(tmp) / f"{n}.db")
            finally:
                for s in sites:
                    s.stop()
            rows.append((label, pages, elapsed))
    base = rows[0][1] / rows[0][2]
    print(f"crawl of fixture TRS columns, {args.pages} list pages × {args.per_page} articles per host, "
          f"delay {args.delay:g} s per host")
    for label, pages, elapsed in rows:
        rate = pages / elapsed
        print(f"  {label:>9}: {pages:4d} pages in {elapsed:6.2f} s = {rate:6.2f} pages/s ({rate / base:4.1f}×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
