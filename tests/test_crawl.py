"""Crawls of fixture sites served on 127.0.0.1: CMS adapters, politeness, faults, increments,
resumption and the WARC archive. No test reaches the internet."""
import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

import fixture_sites
from conftest import corpus_snapshot
from corpus.ingest import ingest_paths
from corpus.store import Corpus
from scrapers import Crawler, Fetcher, FetchError, Politeness, Site
from scrapers.warc import WarcArchive

FAST = Politeness(delay=0.15, timeout=1.0, retries=2, backoff=0.1, max_bytes=1_000_000, max_seconds=10)


def crawl(site, db, warc=None, since=None, max_pages=None, politeness=FAST):
    fetcher = Fetcher({site.host}, politeness=politeness)
    with Corpus(db) as corpus:
        archive = WarcArchive(warc) if warc else None
        crawler = Crawler(fetcher, corpus=corpus, archive=archive, since=since, max_pages=max_pages)
        crawler.crawl_column(Site(name="t", columns=[site.base + site.column]), site.base + site.column)
        if archive:
            archive.close()
    return crawler.summary


def documents(db):
    con = sqlite3.connect(db)
    rows = con.execute("SELECT url, title, published_at FROM documents ORDER BY url").fetchall()
    metrics = con.execute("SELECT count(*) FROM metrics").fetchone()[0]
    return rows, metrics


def test_hanweb_datastore_and_dataproxy_paging(served, tmp_path):
    site = served(fixture_sites.hanweb_site())
    summary = crawl(site, tmp_path / "c.db")
    rows, metrics = documents(tmp_path / "c.db")
    assert len(rows) == site.expected_articles == summary.stored["new"]
    assert all(title.startswith("拱墅区司法局工作动态第") and published for _, title, published in rows)
    assert metrics >= 8 * len(rows)
    posts = [p for _, m, p in site.log if m == "POST"]
    assert posts == ["/module/web/jpage/dataproxy.jsp?startrecord=16&endrecord=30&perpage=5",
                     "/module/web/jpage/dataproxy.jsp?startrecord=31&endrecord=32&perpage=5"]
    assert not any(p.startswith("/private/") for p in site.paths())  # robots.txt obeyed
    assert summary.skipped["disallowed_by_robots"] == 1 and summary.skipped["off_site"] == 1


def test_requests_to_a_host_are_spaced(served, tmp_path):
    site = served(fixture_sites.hanweb_site(n_articles=8))
    crawl(site, tmp_path / "c.db", politeness=Politeness(delay=0.3, timeout=2))
    times = [t for t, _, _ in site.log]
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert len(gaps) >= 8 and min(gaps) >= 0.29


def test_second_crawl_fetches_no_article_again(served, tmp_path):
    site = served(fixture_sites.trs_site())
    first = crawl(site, tmp_path / "c.db")
    n_before = len(site.log)
    second = crawl(site, tmp_path / "c.db")
    again = [p for p in site.paths()[n_before:] if "/t2024" in p]
    assert first.stored["new"] == site.expected_articles == 18
    assert again == [] and second.skipped["already_stored"] == 18 and second.fetched == 0


def test_trs_index_pages(served, tmp_path):
    site = served(fixture_sites.trs_site(pages=3))
    crawl(site, tmp_path / "c.db")
    lists = [p for p in site.paths() if "/gzdt/index" in p]
    assert lists == ["/gzdt/index.html", "/gzdt/index_1.html", "/gzdt/index_2.html"]
    rows, _ = documents(tmp_path / "c.db")
    assert len(rows) == 18 and rows[0][2].endswith("16:45:00+08:00")


def test_gbk_generic_site(served, tmp_path):
    site = served(fixture_sites.gbk_site())
    summary = crawl(site, tmp_path / "c.db")
    rows, _ = documents(tmp_path / "c.db")
    assert summary.stored["new"] == 12 and len(rows) == 12
    assert all("永新县司法局（喆镕）工作动态" in t for _, t, _ in rows)


def test_since_and_max_pages(served, tmp_path):
    site = served(fixture_sites.trs_site(pages=3))
    since = dt.date(2024, 2, 1)  # articles 1-10 were published on or after it
    summary = crawl(site, tmp_path / "a.db", since=since)
    assert summary.stored["new"] == 10
    assert "/gzdt/index_2.html" not in site.paths()  # the second page ran past the date
    site2 = served(fixture_sites.trs_site(pages=3))
    summary = crawl(site2, tmp_path / "b.db", max_pages=1)
    assert summary.stored["new"] == 6 and summary.lists == 1


def test_each_fault_is_reported_and_the_crawl_goes_on(served, tmp_path):
    site = served(fixture_sites.fault_site())
    summary = crawl(site, tmp_path / "c.db")
    causes = dict(summary.problems)
    base = site.base + "/a/"
    assert causes[base + "slow.html"] == "timeout"
    assert causes[base + "missing.html"] == "http_404"
    assert causes[base + "waf.html"] == "blocked:ruishu"
    assert causes[base + "loop-a.html"] == "redirect_loop"
    assert causes[base + "huge.html"] == "too_large"
    assert causes[base + "stub.html"].startswith("redirect_stub:http://www.example.gov.cn/")
    assert summary.stored["new"] == 2  # ok, and flaky after two 500s
    assert site.paths().count("/a/flaky.html") == 3
    con = sqlite3.connect(tmp_path / "c.db")
    stored_failures = dict(con.execute("SELECT url, problem FROM pages WHERE status = 'failed'").fetchall())
    assert stored_failures[base + "waf.html"] == "blocked:ruishu"
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2  # no challenge page stored as an article


def test_fetcher_refuses_what_it_must_not_request(served):
    site = served(fixture_sites.trs_site(pages=1))
    f = Fetcher({site.host}, politeness=FAST)
    for url, cause in [("ftp://127.0.0.1/x", "not_http"), ("http://10.1.2.3/x.html", "off_site"),
                       (site.base.replace("127.0.0.1", "localhost") + "/gzdt/index.html", "off_site"),
                       (site.base + "/private/a.html", "disallowed_by_robots")]:
        with pytest.raises(FetchError) as err:
            f.get(url)
        assert err.value.cause == cause
    private = Fetcher({"localhost:1"}, politeness=FAST)
    with pytest.raises(FetchError) as err:
        private.check("http://localhost:1/x.html")
    assert err.value.cause == "private_address"


def test_warc_reextraction_gives_the_same_records(served, tmp_path):
    site = served(fixture_sites.hanweb_site(n_articles=10))
    crawl(site, tmp_path / "crawl.db", warc=tmp_path / "warc")
    with Corpus(tmp_path / "again.db") as c:
        summary = ingest_paths(c, [str(tmp_path / "warc")])
    assert summary.counts["new"] == 8

    def records(db):
        con = sqlite3.connect(db)
        return (sorted(con.execute("SELECT doc_id, url, title, published_at, body, adcode FROM documents")),
                sorted(con.execute("SELECT doc_id, text, value, unit, indicator, period_text FROM metrics")))
    assert records(tmp_path / "crawl.db") == records(tmp_path / "again.db")


def run_crawl(site, db, warc):
    return subprocess.Popen([sys.executable, "-m", "govnews.cli", "crawl", site.base + site.column, "--db", str(db),
                             "--warc", str(warc), "--delay", "0.05", "--no-progress"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_killed_crawl_restarts_to_the_same_corpus(served, tmp_path):
    site = served(fixture_sites.hanweb_site(n_articles=32))
    full = run_crawl(site, tmp_path / "full.db", tmp_path / "w1")
    out, err = full.communicate(timeout=300)
    assert full.returncode == 0, err.decode()
    assert "stored: new 30" in err.decode()

    proc = run_crawl(site, tmp_path / "killed.db", tmp_path / "w2")
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            done = sqlite3.connect(tmp_path / "killed.db").execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            done = 0
        if done >= 10:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 10 <= sqlite3.connect(tmp_path / "killed.db").execute("SELECT count(*) FROM documents").fetchone()[0] < 30
    n_before = len(site.log)
    again = run_crawl(site, tmp_path / "killed.db", tmp_path / "w2")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()
    refetched = [p for p in site.paths()[n_before:] if p.startswith("/art/")]
    assert 0 < len(refetched) <= 20
    assert corpus_snapshot(tmp_path / "killed.db") == corpus_snapshot(tmp_path / "full.db")


def test_crawler_traps_are_bounded(served, tmp_path, monkeypatch):
    import scrapers.crawl as crawl_module

    monkeypatch.setattr(crawl_module, "MAX_LIST_PAGES", 25)
    site = served(fixture_sites.trap_site())
    fetcher = Fetcher({site.host}, politeness=Politeness(delay=0.0, timeout=2, max_redirects=5))
    with Corpus(tmp_path / "c.db") as corpus:
        crawler = Crawler(fetcher, corpus=corpus)
        spec = Site(name="trap", columns=[site.base + "/cal/index.html"])
        summary = crawler.crawl_column(spec, site.base + "/cal/index.html")
        assert summary.lists == 25  # the calendar ends at the cap, not at the end of time
        crawler.crawl_column(spec, site.base + "/grow/index.html")
        assert summary.skipped["url_too_long"] >= 1 and summary.lists < 25 + 12
        crawler.crawl_column(spec, site.base + "/chainlist/index.html")
    assert dict(summary.problems)[site.base + "/chain/0.html"] == "too_many_redirects"
    assert len([p for p in site.paths() if p.startswith("/chain/")]) == 6
