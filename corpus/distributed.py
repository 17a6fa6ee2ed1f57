"""Runs beyond one machine, on Dask: extraction of page and WARC shards in parallel, and
crawls sharded by site (each site stays on one worker, so its politeness holds).

    govnews ingest crawl/*.warc.gz --db corpus.db --scheduler tcp://scheduler:8786 --parquet out/
    govnews crawl site1 site2 … --sites sites.toml --db corpus.db --scheduler local:8

Workers extract and write Parquet partitioned by province and year (one file per shard);
the corpus is then loaded from those files in shard order, so a distributed run leaves the
same corpus as a single-process one. `--scheduler local:N` starts a LocalCluster of N
worker processes; an address connects to a running scheduler, for example one started by
dask-jobqueue's SLURMCluster (see docs/design.md).
"""
from __future__ import annotations

import json
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

PAGES_PER_SHARD = 200


@contextmanager
def client_for(scheduler: str):
    from dask.distributed import Client, LocalCluster

    if scheduler.startswith("local"):
        n = int(scheduler.split(":", 1)[1]) if ":" in scheduler else 2
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            yield client
    else:
        with Client(scheduler) as client:
            yield client


def plan_shards(paths, urls: dict[str, str] | None = None) -> list[dict]:
    """Each WARC file is a shard; page files go in shards of PAGES_PER_SHARD."""
    from .ingest import PAGE_SUFFIXES, WARC_SUFFIXES

    urls = urls or {}
    shards, pages, problems = [], [], []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            problems.append((raw, "no such file or folder"))
            continue
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            name = f.name.lower()
            if name.endswith(WARC_SUFFIXES):
                shards.append({"warc": str(f)})
            elif name.endswith(PAGE_SUFFIXES):
                pages.append((str(f), urls.get(f.name) or urls.get(str(f))))
    for i in range(0, len(pages), PAGES_PER_SHARD):
        shards.append({"pages": pages[i:i + PAGES_PER_SHARD]})
    for i, s in enumerate(shards):
        s["id"] = i
    return shards, problems


def extract_shard(shard: dict, out_dir: str | None) -> dict:
    """On a worker: extract a shard's pages; write its documents to Parquet partitioned by
    province and year; return the records and the failures, in page order."""
    from extractor import ExtractionError, extract

    from .ingest import Page, iter_warc
    from .store import sha1

    if "warc" in shard:
        items = list(iter_warc(Path(shard["warc"])))
    else:
        items = []
        for path, url in shard["pages"]:
            try:
                items.append(Page(name=path, data=Path(path).read_bytes(), url=url, source_path=path))
            except OSError as exc:
                items.append((path, f"cannot be read ({exc.strerror or exc})"))
    out = []
    for item in items:
        if isinstance(item, tuple):
            out.append({"name": item[0], "problem": item[1]})
            continue
        meta = {"name": item.name, "url": item.url, "source_path": item.source_path, "sha1": sha1(item.data),
                "warc_record_id": item.warc_record_id, "warc_offset": item.warc_offset, "fetched_at": item.fetched_at}
        try:
            doc = extract(item.data, url=item.url, content_type=item.content_type, name=item.name)
        except ExtractionError as exc:
            out.append({**meta, "problem": exc.problem})
        except Exception as exc:  # noqa: BLE001 - one bad page never stops a shard
            out.append({**meta, "problem": f"could not be extracted ({type(exc).__name__}: {exc})"})
        else:
            out.append({**meta, "record": doc.to_dict()})
    if out_dir:
        write_parquet(out, Path(out_dir), shard["id"])
    return {"id": shard["id"], "results": out}


def write_parquet(results: list[dict], out_dir: Path, shard_id: int):
    import pyarrow as pa
    import pyarrow.dataset as ds

    rows = []
    for r in results:
        rec = r.get("record")
        if rec is None:
            continue
        rows.append({"doc_id": rec["doc_id"], "url": rec["url"], "title": rec["title"],
                     "published_at": rec["published_at"], "adcode": rec["region"]["adcode"],
                     "province": rec["region"]["province"] or "unknown",
                     "year": int(rec["published_at"][:4]) if rec["published_at"] else 0,
                     "n_metrics": len(rec["metrics"]), "record": json.dumps(rec, ensure_ascii=False)})
    if not rows:
        return
    table = pa.Table.from_pylist(rows)
    ds.write_dataset(table, out_dir, format="parquet", partitioning=["province", "year"],
                     partitioning_flavor="hive", basename_template=f"shard-{shard_id:05d}-{{i}}.parquet",
                     existing_data_behavior="overwrite_or_ignore")


def ingest_distributed(corpus, paths, scheduler: str, urls=None, parquet_dir: str | None = None, on_page=None):
    """Extract on the cluster, then store into `corpus` in shard order."""
    from extractor.document import Document

    from .ingest import Summary

    shards, problems = plan_shards(paths, urls)
    summary = Summary()
    for name, problem in problems:
        summary.counts["failed"] += 1
        summary.failures.append((name, problem))
    with client_for(scheduler) as client:
        futures = client.map(extract_shard, shards, out_dir=parquet_dir, pure=False)
        results = sorted(client.gather(futures), key=lambda r: r["id"])
    for shard in results:
        for r in shard["results"]:
            if "record" in r:
                doc = Document.from_dict(r["record"])
                status = corpus.add(doc, content_sha1=r["sha1"], source_path=r["source_path"],
                                    warc_record_id=r["warc_record_id"], warc_offset=r["warc_offset"],
                                    fetched_at=r["fetched_at"]).status
                summary.counts[status] += 1
            else:
                if "sha1" in r:
                    corpus.add_failure(r["problem"], content_sha1=r["sha1"], url=r["url"],
                                       source_path=r["source_path"], warc_record_id=r["warc_record_id"],
                                       warc_offset=r["warc_offset"], fetched_at=r["fetched_at"])
                summary.counts["failed"] += 1
                summary.failures.append((r["name"], r["problem"]))
                status = "failed"
            if on_page:
                on_page(r["name"], status)
    return summary


def extract_distributed(paths, scheduler: str, parquet_dir: str | None = None):
    """Records of every page (or its problem), in input order, extracted on the cluster."""
    shards, problems = plan_shards(paths)
    with client_for(scheduler) as client:
        futures = client.map(extract_shard, shards, out_dir=parquet_dir, pure=False)
        results = sorted(client.gather(futures), key=lambda r: r["id"])
    return problems, [r for shard in results for r in shard["results"]]


def crawl_site(site, stored_urls: set[str], politeness, user_agent, since, max_pages, warc_dir):
    """On a worker: crawl one site whole (its politeness holds there); return its documents
    with their provenance, and what the crawl did."""
    from scrapers import Crawler, Fetcher
    from scrapers.warc import WarcArchive

    from .store import sha1

    docs = []

    def keep(doc, response, record_id):
        docs.append({"record": doc.to_dict(), "sha1": sha1(response.body), "fetched_at": response.fetched_at,
                     "warc_record_id": record_id})

    fetcher = Fetcher(site.hosts, user_agent=user_agent, politeness=site.politeness_for(politeness))
    archive = WarcArchive(warc_dir, prefix=f"govnews-{_safe(site.name)}") if warc_dir else None
    crawler = Crawler(fetcher, archive=archive, since=since, max_pages=max_pages, sink=keep, known_urls=stored_urls)
    try:
        for column in site.columns:
            crawler.crawl_column(site, column)
    finally:
        if archive:
            archive.close()
    return {"site": site.name, "docs": docs, "warc": str(archive.path) if archive else None,
            "summary": crawler.summary}


def _safe(name: str) -> str:
    import re

    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)[:60]


def crawl_distributed(corpus, sites, scheduler, politeness, user_agent, since=None, max_pages=None, warc_dir=None):
    """Each site crawled whole on one worker; its documents stored here, in site order.
    Returns one CrawlSummary for all sites."""
    from extractor.document import Document
    from scrapers.crawl import CrawlSummary

    stored = {r[0] for r in corpus.db.execute(
        "SELECT url FROM pages WHERE status IN ('document', 'duplicate') AND url IS NOT NULL")}
    with client_for(scheduler) as client:
        futures = [client.submit(crawl_site, site, stored, politeness, user_agent, since, max_pages, warc_dir,
                                 pure=False) for site in sites]
        results = client.gather(futures)
    total = CrawlSummary()
    for res in results:
        for d in res["docs"]:
            result = corpus.add(Document.from_dict(d["record"]), content_sha1=d["sha1"], source_path=res["warc"],
                                warc_record_id=d["warc_record_id"], fetched_at=d["fetched_at"])
            total.stored[result.status] += 1
        s = res["summary"]
        total.lists += s.lists
        total.articles_seen += s.articles_seen
        total.fetched += s.fetched
        total.skipped.update(s.skipped)
        total.failed.update(s.failed)
        total.problems += s.problems
    return total
