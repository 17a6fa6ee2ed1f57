"""Hosts crawled side by side by one `govnews crawl`: six fixture hosts finish in about the
time of one, no host is asked twice within its delay, and the corpus is the one six crawls
one after the other store."""
import time

import pytest
from click.testing import CliRunner

import fixture_sites
from conftest import corpus_snapshot
from govnews.cli import main
from scrapers import Site
from scrapers.parallel import host_groups

PLACES = ["宁乡市", "岳麓区", "天心区", "雨花区", "望城区", "浏阳市"]  # figures far enough apart: no two articles alike


def crawl(urls, db, *extra):
    result = CliRunner().invoke(main, ["crawl", *urls, "--db", str(db), "--no-progress", *extra],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_six_hosts_at_once_take_the_time_of_one(served, tmp_path):
    one = served(fixture_sites.trs_var_site(pages=2, per_page=3, place="长沙县"))
    started = time.monotonic()
    crawl([one.base + one.column], tmp_path / "one.db", "--delay", "1", "--concurrency", "1")
    alone = time.monotonic() - started

    six = [served(fixture_sites.trs_var_site(pages=2, per_page=3, place=p)) for p in PLACES]
    started = time.monotonic()
    out = crawl([s.base + s.column for s in six], tmp_path / "six.db", "--delay", "1", "--concurrency", "6")
    together = time.monotonic() - started
    assert together <= 1.5 * alone, (together, alone)
    assert "stored: new 36" in out
    for s in six:
        times = [t for t, _, _ in s.log]
        assert len(times) == 1 + 2 + 6  # robots.txt, two list pages, six articles
        assert min(b - a for a, b in zip(times, times[1:])) >= 1.0

    for s in six:  # the same hosts, one crawl after another
        crawl([s.base + s.column], tmp_path / "seq.db", "--delay", "0", "--concurrency", "1")
    assert corpus_snapshot(tmp_path / "six.db") == corpus_snapshot(tmp_path / "seq.db")


def test_a_second_parallel_crawl_fetches_nothing_again(served, tmp_path):
    sites = [served(fixture_sites.trs_var_site(pages=2, per_page=3, place=p)) for p in PLACES[:3]]
    urls = [s.base + s.column for s in sites]
    crawl(urls, tmp_path / "c.db", "--delay", "0")
    before = [len(s.log) for s in sites]
    out = crawl(urls, tmp_path / "c.db", "--delay", "0")
    assert "already_stored 18" in out and "fetched 0" in out
    for s, n in zip(sites, before):
        assert not [p for p in s.paths()[n:] if "/t2024" in p]


def test_sites_sharing_a_host_are_crawled_by_one_worker():
    a = Site(name="a", columns=["http://www.a.gov.cn/x/", "http://news.a.gov.cn/y/"])
    b = Site(name="b", columns=["http://www.b.gov.cn/x/"])
    c = Site(name="c", columns=["http://news.a.gov.cn/z/"])
    groups = host_groups([a, b, c])
    assert [[s.name for s in g] for g in groups] == [["a", "c"], ["b"]]


def test_an_interrupted_parallel_crawl_keeps_what_it_stored_and_stops(served, tmp_path):
    import sqlite3

    from corpus.store import Corpus
    from scrapers import Fetcher, Politeness
    from scrapers.parallel import crawl_sites

    sites = [served(fixture_sites.trs_var_site(pages=3, per_page=4, place=p)) for p in PLACES[:3]]
    specs = [Site(name=p, columns=[s.base + s.column]) for p, s in zip(PLACES, sites)]
    fetcher = Fetcher({s.host for s in sites}, politeness=Politeness(delay=0.05, timeout=2))
    with Corpus(tmp_path / "c.db") as corpus:
        real_add, calls = corpus.add, []

        def add(*args, **kwargs):  # Ctrl-C arrives while the fifth article is stored
            calls.append(1)
            if len(calls) == 5:
                raise KeyboardInterrupt
            return real_add(*args, **kwargs)

        corpus.add = add
        started = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            crawl_sites(specs, fetcher, corpus=corpus, concurrency=3)
        assert time.monotonic() - started < 10
    stored = sqlite3.connect(tmp_path / "c.db").execute("SELECT count(*) FROM documents").fetchone()[0]
    assert stored == 4
    n = sum(len(s.log) for s in sites)
    time.sleep(0.5)
    assert sum(len(s.log) for s in sites) == n  # no worker goes on asking
