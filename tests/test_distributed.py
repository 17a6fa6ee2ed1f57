"""Dask runs on a LocalCluster of several worker processes equal single-process runs."""
import sqlite3

import pyarrow.dataset as ds
import pytest

import fixture_sites
from conftest import corpus_snapshot, ROOT, SAMPLES
from corpus.distributed import client_for, crawl_distributed, ingest_distributed
from corpus.ingest import ingest_paths
from corpus.store import Corpus
from govnews.cli import load_urls
from scrapers import Crawler, Fetcher, Politeness, Site

CORPUS = ROOT / "samples" / "corpus"


@pytest.fixture(scope="module")
def cluster():
    with client_for("local:3") as client:
        assert len(client.scheduler_info()["workers"]) == 3
        yield client.scheduler.address


def test_distributed_ingest_equals_single_process(cluster, tmp_path):
    sources = [str(CORPUS), str(SAMPLES)]
    urls = load_urls(sources, None)
    with Corpus(tmp_path / "one.db") as c:
        single = ingest_paths(c, sources, urls)
    with Corpus(tmp_path / "many.db") as c:
        many = ingest_distributed(c, sources, cluster, urls, parquet_dir=str(tmp_path / "parquet"))
    assert many.counts == single.counts
    assert corpus_snapshot(tmp_path / "many.db") == corpus_snapshot(tmp_path / "one.db")
    table = ds.dataset(tmp_path / "parquet", format="parquet", partitioning="hive").to_table()
    assert set(table.column("province").to_pylist()) >= {"浙江省"}
    assert set(table.column("year").to_pylist()) >= {2023, 2024}
    assert table.num_rows == single.counts["new"] + single.counts["duplicate"]


def test_distributed_crawl_equals_single_process(cluster, tmp_path):
    sites = [fixture_sites.hanweb_site(n_articles=12).start(), fixture_sites.trs_site(pages=2).start()]
    try:
        polite = Politeness(delay=0.05, timeout=2)
        specs = [Site(name=f"s{i}", columns=[s.base + s.column]) for i, s in enumerate(sites)]
        with Corpus(tmp_path / "one.db") as c:
            for spec in specs:
                Crawler(Fetcher(spec.hosts, politeness=polite), corpus=c).crawl_column(spec, spec.columns[0])
        with Corpus(tmp_path / "many.db") as c:
            summary = crawl_distributed(c, specs, cluster, polite, "govnews-test")
        assert summary.stored["new"] == 10 + 12, (summary.lines(), summary.problems[:5])
        assert corpus_snapshot(tmp_path / "many.db") == corpus_snapshot(tmp_path / "one.db")
    finally:
        for s in sites:
            s.stop()
