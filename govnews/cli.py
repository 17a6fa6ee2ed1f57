"""The `govnews` command: extract, crawl, ingest, search, stats, compare, export, serve."""
from __future__ import annotations

import json
import sys

import click

from extractor import ExtractionError, extract

from . import __version__
from .inputs import iter_pages


def fail(name: str, problem: str) -> None:
    click.echo(f"govnews: {name}: {problem}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govnews")
def main():
    """Chinese government news releases to research data: clean articles, measures,
    metrics and dates, a corpus to compare districts, exports for pandas, R and Stata."""


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--url", help="The page's URL (one page only): gives doc_id, a date from the URL and the site's region.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="One JSON object per line, or one JSON array.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write to FILE instead of standard output.")
@click.option("--scheduler", help="Extract on a Dask cluster: a scheduler address, or local:N for N local workers.")
@click.option("--parquet", "parquet_dir", help="With --scheduler: also write Parquet partitioned by province and year.")
def extract_command(paths, url, fmt, output, scheduler, parquet_dir):
    """Extract the article and its records from each page in PATHS.

    PATHS are files, folders (searched for .html, .htm, .shtml, .txt) or - for standard
    input. A page that cannot be extracted is named on standard error with what is
    wrong; the others go on, and the exit status is 1.
    """
    if scheduler:
        sys.exit(_extract_distributed(paths, scheduler, parquet_dir, fmt, output))
    pages = list(iter_pages(list(paths)))
    if url and len(pages) > 1:
        raise click.UsageError("--url names one page's address; give it with a single PATH")
    failed = 0
    docs = []
    for page in pages:
        if page.error:
            fail(page.name, page.error)
            failed += 1
            continue
        try:
            doc = extract(page.data, url=url, name=page.name)
        except ExtractionError as exc:
            fail(page.name, exc.problem)
            failed += 1
            continue
        except Exception as exc:  # noqa: BLE001 - one bad page never stops a batch
            fail(page.name, f"could not be extracted ({type(exc).__name__}: {exc}); please report this page")
            failed += 1
            continue
        record = doc.to_dict()
        record["input"] = page.name
        if fmt == "jsonl":
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            docs.append(record)
    if fmt == "json":
        output.write(json.dumps(docs, ensure_ascii=False, indent=2) + "\n")
    click.echo(f"govnews: {len(pages) - failed} of {len(pages)} pages extracted", err=True)
    sys.exit(1 if failed else 0)


def _extract_distributed(paths, scheduler, parquet_dir, fmt, output) -> int:
    from corpus.distributed import extract_distributed

    problems, results = extract_distributed(list(paths), scheduler, parquet_dir)
    failed = len(problems)
    for name, problem in problems:
        fail(name, problem)
    records = []
    for r in results:
        if "record" in r:
            records.append({**r["record"], "input": r["name"]})
        else:
            failed += 1
            fail(r["name"], r["problem"])
    if fmt == "jsonl":
        for rec in records:
            output.write(json.dumps(rec, ensure_ascii=False) + "\n")
    else:
        output.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    click.echo(f"govnews: {len(records)} of {len(records) + failed} pages extracted", err=True)
    return 1 if failed else 0


DB_OPTION = click.option("--db", default="corpus.db", show_default=True, envvar="GOVNEWS_DB",
                         help="The corpus file (SQLite).")


def open_corpus(db: str, readonly: bool = False):
    from corpus.store import Corpus, CorpusError

    try:
        return Corpus(db, readonly=readonly)
    except CorpusError as exc:
        raise click.ClickException(str(exc)) from exc


def load_urls(paths, urls_file):
    """URLs for page files: --urls FILE, and any urls.json inside the folders given."""
    from pathlib import Path

    urls = {}
    for p in paths:
        side = Path(p) / "urls.json"
        if Path(p).is_dir() and side.exists():
            urls.update(json.loads(side.read_text(encoding="utf-8")))
    if urls_file:
        try:
            urls.update(json.loads(Path(urls_file).read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise click.ClickException(f"{urls_file}: not a JSON object of file name to URL ({exc})") from exc
    return urls


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--urls", "urls_file", help="JSON object mapping page file names to their URLs.")
@click.option("--progress/--no-progress", default=None, help="A progress bar (default: on a terminal).")
@click.option("--scheduler", help="Extract on a Dask cluster: a scheduler address, or local:N for N local workers.")
@click.option("--parquet", "parquet_dir", help="With --scheduler: also write Parquet partitioned by province and year.")
def ingest_command(paths, db, urls_file, progress, scheduler, parquet_dir):
    """Extract pages and WARC files into the corpus.

    PATHS are page files, folders and WARC files (.warc, .warc.gz). A page seen before with
    the same bytes is skipped; a repost of a release already stored is recorded as another
    appearance of it. Failures are named on standard error and stored with their cause.
    """
    from tqdm import tqdm

    from corpus.ingest import ingest_paths

    urls = load_urls(paths, urls_file)
    show = sys.stderr.isatty() if progress is None else progress
    with open_corpus(db) as corpus, tqdm(disable=not show, unit="page", desc="ingest") as bar:
        if scheduler:
            from corpus.distributed import ingest_distributed

            summary = ingest_distributed(corpus, list(paths), scheduler, urls, parquet_dir,
                                         on_page=lambda name, status: bar.update(1))
        else:
            summary = ingest_paths(corpus, paths, urls, on_page=lambda name, status: bar.update(1))
    for name, problem in summary.failures:
        fail(name, problem)
    click.echo(f"govnews: {summary.line()} -> {db}", err=True)
    sys.exit(1 if summary.counts["failed"] else 0)


@main.command("crawl")
@click.argument("targets", nargs=-1, required=True)
@DB_OPTION
@click.option("--sites", "sites_file", default="sites.toml", show_default=True,
              help="The site list that names SITEs (TOML; see scrapers/data/sites.example.toml).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Stop at articles listed before this date.")
@click.option("--max-pages", type=int, help="At most this many list pages per column.")
@click.option("--warc", "warc_dir", help="Keep every response in a WARC file in this folder.")
@click.option("--delay", type=float, help="Seconds between requests to one host (default 1, or the site's).")
@click.option("--user-agent", envvar="GOVNEWS_USER_AGENT", help="The User-Agent to send (say who you are).")
@click.option("--progress/--no-progress", default=None, help="A progress display (default: on a terminal).")
@click.option("--scheduler", help="Crawl on a Dask cluster, one site per task: an address, or local:N.")
def crawl_command(targets, db, sites_file, since, max_pages, warc_dir, delay, user_agent, progress, scheduler):
    """Crawl news columns (URLs, or SITE names from the site list) into the corpus.

    Fetches each column's list pages, then the articles not yet in the corpus, extracts them
    and stores pages and records. Obeys robots.txt, waits between requests to a host, and
    requests only the hosts of the columns given.
    """
    from pathlib import Path

    from tqdm import tqdm

    from scrapers import Crawler, Fetcher, Politeness, Site, SiteListError, load_sites
    from scrapers.fetch import DEFAULT_USER_AGENT
    from scrapers.warc import WarcArchive

    sites = []
    named = {}
    if any("://" not in t for t in targets):
        if not Path(sites_file).exists():
            raise click.UsageError(f"{sites_file}: no site list; give column URLs or --sites FILE")
        try:
            named = load_sites(sites_file)
        except SiteListError as exc:
            raise click.ClickException(str(exc)) from exc
    for t in targets:
        if "://" in t:
            sites.append(Site(name=t, columns=[t]))
        elif t in named:
            sites.append(named[t])
        else:
            raise click.UsageError(f"{t}: not a URL nor a site in {sites_file} ({', '.join(sorted(named)) or 'none'})")
    default = Politeness() if delay is None else Politeness(delay=delay)
    per_host = {}
    for site in sites:
        for host in site.hosts:
            per_host[host] = site.politeness_for(default)
    allowed = set().union(*(s.hosts for s in sites))
    fetcher = Fetcher(allowed, user_agent=user_agent or DEFAULT_USER_AGENT, politeness=default, per_host=per_host)
    if scheduler:
        from corpus.distributed import crawl_distributed

        with open_corpus(db) as corpus:
            summary = crawl_distributed(corpus, sites, scheduler, default, user_agent or DEFAULT_USER_AGENT,
                                        since.date() if since else None, max_pages, warc_dir)
        for url, cause in summary.problems:
            fail(url, cause)
        for line in summary.lines():
            click.echo(f"govnews: {line}", err=True)
        return
    show = sys.stderr.isatty() if progress is None else progress
    archive = WarcArchive(warc_dir) if warc_dir else None
    with open_corpus(db) as corpus, tqdm(disable=not show, unit="page", desc="crawl") as bar:
        crawler = Crawler(fetcher, corpus=corpus, archive=archive, since=since.date() if since else None,
                          max_pages=max_pages, on_event=lambda kind, url: (bar.update(1), bar.set_postfix_str(kind)))
        try:
            for site in sites:
                for column in site.columns:
                    crawler.crawl_column(site, column)
        finally:
            if archive:
                archive.close()
    summary = crawler.summary
    for url, cause in summary.problems:
        fail(url, cause)
    for line in summary.lines():
        click.echo(f"govnews: {line}", err=True)
    if archive:
        click.echo(f"govnews: responses archived in {archive.path}", err=True)


@main.command("search")
@click.argument("query")
@DB_OPTION
@click.option("--limit", default=20, show_default=True)
def search_command(query, db, limit):
    """Find releases whose title or text hold every word of QUERY (Chinese word search)."""
    with open_corpus(db, readonly=True) as corpus:
        rows = corpus.search(query, limit)
    for r in rows:
        place = r["county"] or r["city"] or r["province"] or ""
        click.echo(f"{r['published_at'] or '':<25.10} {place:<8} {r['title']}\n    {r['snippet']}\n    {r['url'] or r['doc_id']}")
    click.echo(f"govnews: {len(rows)} release{'s' if len(rows) != 1 else ''}", err=True)


@main.command("stats")
@DB_OPTION
def stats_command(db):
    """What the corpus holds."""
    with open_corpus(db, readonly=True) as corpus:
        st = corpus.stats()
    for key in ("pages", "pages_failed", "documents", "duplicate_pages", "metrics", "measures", "dates"):
        click.echo(f"{key:<16}{st[key]:>8}")
    click.echo("documents by province: " + ", ".join(f"{p} {n}" for p, n in st["by_province"]))
    click.echo("documents by year:     " + ", ".join(f"{y or 'undated'} {n}" for y, n in st["by_year"]))


@main.command("compare")
@DB_OPTION
@click.option("--indicator", help="Text the indicator holds (调解成功率, 行政复议).")
@click.option("--category", help="A taxonomy category (mediation, administrative_reconsideration …).")
@click.option("--statistic", help="A statistic id (mediation.success_rate; `govnews statistics` lists them).")
@click.option("--period", type=int, help="Only this calendar year.")
@click.option("--by", type=click.Choice(["county", "city", "province"]), default="county", show_default=True,
              help="The level of the releases compared.")
@click.option("--part-year", is_flag=True, help="Also compare figures for part of a year (1至8月).")
@click.option("--plot", "plot_path", help="Also draw a bar or line chart to this PNG file.")
def compare_command(db, indicator, category, statistic, period, by, part_year, plot_path):
    """Regions side by side, by period, with the source of every cell."""
    from corpus.compare import compare, plot

    if not indicator and not category and not statistic:
        raise click.UsageError("give --statistic ID, --indicator TEXT or --category CAT")
    with open_corpus(db, readonly=True) as corpus:
        try:
            result = compare(corpus, indicator=indicator, category=category, statistic=statistic, period=period,
                             by=by, whole_year=not part_year)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
    if not result.cells:
        what = "a one-year period" if part_year else "a whole-year period (try --part-year)"
        click.echo(f"govnews: no figure with {what} matches", err=True)
        sys.exit(1)
    click.echo(result.table())
    click.echo("\nsources:")
    click.echo(result.sources())
    if plot_path:
        plot(result, plot_path)
        click.echo(f"govnews: chart written to {plot_path}", err=True)


@main.command("export")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "dta"]), required=True)
@click.option("--table", type=click.Choice(["documents", "metrics", "measures", "dates", "appearances", "pages"]),
              default="metrics", show_default=True)
@click.option("-o", "--output", required=True, help="The file to write.")
def export_command(db, fmt, table, output):
    """Write a corpus table for pandas, R, Stata, DuckDB or Spark."""
    from corpus.export import export

    with open_corpus(db, readonly=True) as corpus:
        n = export(corpus, table, fmt, output)
    click.echo(f"govnews: {n} rows of {table} written to {output}", err=True)


@main.command("serve")
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True)
@click.option("--writable", is_flag=True, help="Open the database for writing (default: read-only).")
def serve_command(db, host, port, writable):
    """Browse the corpus in Datasette, with facets by region, period and category."""
    from pathlib import Path

    from corpus.serve import serve

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such corpus")
    sys.exit(serve(db, host, port, writable))


from .stats_cli import register as _register_statistics  # noqa: E402  panel, statistics
_register_statistics(main)

if __name__ == "__main__":
    main()
