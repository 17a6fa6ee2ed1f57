"""`govnews sites check`: each column's first page fetched, its family named, its articles
counted, and its second page asked for to see whether paging works. Pages that list nothing by
nature (a shell around an iframe, an API's configuration) are followed to the list they lead to.

    for result in check_sites(sites, fetcher, concurrency=8):
        print(result.line())
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from .cms import BY_NAME, PageRequest, detect
from .crawl import Crawler
from .parallel import host_groups

FOLLOW = 3  # pages followed from a column page to the first page that lists articles


@dataclass
class ColumnCheck:
    site: str
    column: str | None
    family: str | None = None
    listed: int = 0
    paging: str = "not checked"   # works, one page, no new links on page 2, failed: …
    problem: str | None = None
    seed: str | None = None       # the article the column was read from
    seen: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None and self.listed > 0

    def line(self) -> str:
        where = self.column or "-"
        if self.seed:
            where += f" (from {self.seed})"
        if self.problem:
            return f"{self.site}\tFAILED {self.problem}\t{where}"
        return f"{self.site}\t{self.family}\tlisted {self.listed}\tpaging {self.paging}\t{where}"


def _read(crawler: Crawler, site, req: PageRequest):
    response = crawler._fetch(req.url, data=req.form(), json_body=req.json,
                              referer=None if req.first else site_column(req, site))
    if response is None:
        return None, None
    html = response.text
    adapter = BY_NAME[req.adapter] if req.adapter else detect(req.url, html, site.cms)
    return adapter, adapter.parse(req, html, first=req.first)


def site_column(req, site):
    return dict(req.context or ()).get("column") or (site.columns[0] if site.columns else None)


def check_column(crawler: Crawler, site, column: str, seed: str | None = None) -> ColumnCheck:
    result = ColumnCheck(site.name, column, seed=seed, seen=site.seen)
    n_problems = len(crawler.summary.problems)

    def problem():
        new = crawler.summary.problems[n_problems:]
        return new[-1][1] if new else "refused (robots.txt, or not a configured host)"

    adapter, listing = _read(crawler, site, PageRequest(column))
    if listing is None:
        result.problem = problem()
        return result
    result.family = adapter.name
    for _ in range(FOLLOW):
        if listing.items or not listing.next:
            break
        req = listing.next[0]
        adapter, listing = _read(crawler, site, req)
        if listing is None:
            result.problem = problem()
            return result
        if req.first:  # a framed list: its own family
            result.family = f"{adapter.name} (in an iframe)"
    result.listed = len(listing.items)
    if not listing.next:
        result.paging = "one page" if listing.items else "lists nothing"
        return result
    seen = {it.url for it in listing.items}
    _, second = _read(crawler, site, listing.next[0])
    if second is None:
        result.paging = f"failed: {problem()}"
    elif any(it.url not in seen for it in second.items):
        result.paging = "works"
    else:
        result.paging = "no new links on page 2"
    return result


def check_site(crawler: Crawler, site) -> list[ColumnCheck]:
    out = [check_column(crawler, site, c) for c in site.columns]
    for seed in site.seeds:
        n = len(crawler.summary.problems)
        column = crawler.column_of(seed)
        if column is None:
            new = crawler.summary.problems[n:]
            out.append(ColumnCheck(site.name, None, seed=seed, seen=site.seen,
                                   problem=new[-1][1] if new else "seed refused (robots.txt or host)"))
        else:
            out.append(check_column(crawler, site, column, seed=seed))
    return out


def check_sites(sites, fetcher, concurrency: int = 8) -> list[ColumnCheck]:
    """Sites checked hosts side by side, each host at its own pace; results in list order."""
    groups = host_groups(sites)

    def run(group):
        crawler = Crawler(fetcher)
        return {id(s): check_site(crawler, s) for s in group}

    results: dict[int, list[ColumnCheck]] = {}
    with ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="check") as pool:
        for part in pool.map(run, groups):
            results.update(part)
    return [r for s in sites for r in results[id(s)]]
