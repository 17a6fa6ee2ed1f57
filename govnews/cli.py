"""The `govnews` command: extract, crawl, ingest, search, stats, compare, export, serve."""
from __future__ import annotations

import json
import sys

import click

from extractor import ExtractionError, extract

from . import __version__
from .demo_cli import demo_command
from .inputs import iter_pages


def fail(name: str, problem: str) -> None:
    click.echo(f"govnews: {name}: {problem}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govnews")
def main():
    """Chinese government news releases turned into research data.

    From crawled HTML pages or text dumps: one clean copy of each article with its title,
    publication time, source and region, and the metrics, measures and dates it reports;
    a corpus without duplicate reposts, district comparisons, exports for pandas, R and
    Stata, and a browser view.

    \b
    Start with:
      govnews demo                       # the whole path on the bundled sample pages
      govnews serve --db out/corpus.db   # browse what it stored
      govnews panel --db out/corpus.db -o out/panel.csv   # statistics by region and year

    Each command's --help says what it does, with an example.
    """


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
    """Extract articles and their records from pages, as JSON.

    Each page in PATHS gives one record: the article, its metadata and region, and the
    metrics, measures and dates it reports. PATHS are files, folders (searched for .html, .htm, .shtml, .txt) or - for standard
    input. A page that cannot be extracted is named on standard error with what is
    wrong; the others go on, and the exit status is 1.

    \b
    Examples:
      govnews extract samples/pages/gongshu_justice_2022-03-17.txt
      govnews extract page.html --url http://www.example.gov.cn/art/2022/3/17/art_1_2.html
      govnews extract pages/ -o records.jsonl
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

    import sqlite3
    from pathlib import Path

    if Path(db).is_dir():
        raise click.ClickException(f"{db}: a folder, not a corpus file; give --db the corpus file "
                                   f"({Path(db) / 'corpus.db'}, say)")
    try:
        return Corpus(db, readonly=readonly)
    except (sqlite3.Error, OSError) as exc:
        raise click.ClickException(f"{db}: cannot be opened as a corpus ({exc}); give --db a file that govnews "
                                   "ingest or crawl wrote, in a folder you may write") from exc
    except CorpusError as exc:
        if not Path(db).exists():
            fix = f"build one with `govnews ingest PAGES --db {db}` (or `govnews demo`), or give --db FILE"
        else:
            fix = "give --db a file that govnews ingest or crawl wrote"
        raise click.ClickException(f"{exc}; {fix}") from exc


def load_urls(paths, urls_file):
    """URLs for page files: --urls FILE, and any urls.json inside the folders given."""
    from pathlib import Path

    urls = {}
    sources = [Path(p) / "urls.json" for p in paths if Path(p).is_dir() and (Path(p) / "urls.json").exists()]
    for source in sources + ([Path(urls_file)] if urls_file else []):
        try:
            mapping = json.loads(source.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise click.ClickException(
                f"{source}: not a JSON object of page file name to URL ({exc}); fix it or move it aside, "
                'e.g. {"page.html": "http://www.example.gov.cn/art/1.html"}') from exc
        if not isinstance(mapping, dict):
            raise click.ClickException(f"{source}: holds a JSON {type(mapping).__name__}, not an object of page file "
                                       'name to URL; write it as {"page.html": "http://…"}')
        urls.update(mapping)
    return urls


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--urls", "urls_file", help="JSON object mapping page file names to their URLs.")
@click.option("--progress/--no-progress", default=None, help="A progress bar (default: on a terminal).")
@click.option("--scheduler", help="Extract on a Dask cluster: a scheduler address, or local:N for N local workers.")
@click.option("--parquet", "parquet_dir", help="With --scheduler: also write Parquet partitioned by province and year.")
def ingest_command(paths, db, urls_file, progress, scheduler, parquet_dir):
    """Store pages and WARC files in the corpus (one SQLite file).

    PATHS are page files, folders and WARC files (.warc, .warc.gz). A page seen before with
    the same bytes is skipped, so an interrupted run started again ends with the same
    corpus; a repost of a release already stored is recorded as another appearance of it.
    Failures are named on standard error and stored with their cause. On a terminal a bar
    shows progress and the time left.

    \b
    Examples:
      govnews ingest samples/corpus samples/pages --db out/corpus.db
      govnews ingest warc/ --db corpus.db
    """
    from corpus.ingest import ingest_pages, iter_inputs

    from .progress import ingest_bar, shown, tracked

    urls = load_urls(paths, urls_file)
    with open_corpus(db) as corpus:
        if scheduler:
            from tqdm import tqdm

            from corpus.distributed import ingest_distributed

            with tqdm(disable=not shown(progress), unit="page", desc="ingest") as bar:
                summary = ingest_distributed(corpus, list(paths), scheduler, urls, parquet_dir,
                                             on_page=lambda name, status: bar.update(1))
        else:
            bar, sizes = ingest_bar(paths, shown(progress))
            with bar:
                summary = ingest_pages(corpus, tracked(iter_inputs(paths, urls), bar, sizes))
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
@click.option("--concurrency", type=click.IntRange(1, 256), default=8, show_default=True,
              help="Hosts crawled side by side (each still at its own delay); 1 crawls one site after another.")
def crawl_command(targets, db, sites_file, since, max_pages, warc_dir, delay, user_agent, progress, scheduler,
                  concurrency):
    """Crawl government news columns into the corpus.

    TARGETS are column URLs, or SITE names from the site list. Fetches each column's list
    pages (Hanweb, TRS, JPaaS, gkmlpt, truecms, Epoint, 信息公开 and generic columns), then
    the articles not yet in the corpus, extracts them and stores pages and records. Hosts
    are crawled side by side (--concurrency), each at its own delay; robots.txt is obeyed
    and only the hosts of the columns given are requested. On a terminal a bar shows the
    articles done of those listed so far and the time left.

    \b
    Examples:
      govnews crawl https://www.gongshu.gov.cn/col/col1229338765/index.html --db corpus.db --warc warc/
      govnews crawl yuhang gongshu-sfj --sites sites.toml --db corpus.db --since 2024-01-01
    """
    from pathlib import Path

    from scrapers import Crawler, Fetcher, Politeness, Site, SiteListError, load_sites
    from scrapers.fetch import DEFAULT_USER_AGENT
    from scrapers.warc import WarcArchive

    from .progress import CrawlProgress, shown

    sites = []
    named = {}
    if any("://" not in t for t in targets):
        if not Path(sites_file).exists():
            raise click.UsageError(f"{sites_file}: no site list; give column URLs (https://…/index.html) or "
                                   "--sites FILE (see scrapers/data/sites.example.toml)")
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
    archive = WarcArchive(warc_dir) if warc_dir else None
    with open_corpus(db) as corpus, CrawlProgress(shown(progress)) as bar:
        try:
            if concurrency > 1:
                from scrapers.parallel import crawl_sites

                summary = crawl_sites(sites, fetcher, corpus=corpus, archive=archive,
                                      since=since.date() if since else None, max_pages=max_pages,
                                      concurrency=concurrency, on_event=bar, crawlers=bar.crawlers)
            else:
                crawler = Crawler(fetcher, corpus=corpus, archive=archive, since=since.date() if since else None,
                                  max_pages=max_pages, on_event=bar)
                bar.crawlers.append(crawler)
                for site in sites:
                    crawler.crawl_site(site)
                summary = crawler.summary
        finally:
            if archive:
                archive.close()
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
    """Chinese word search over the corpus.

    Lists the releases whose title or text hold every word of QUERY, newest first.

    \b
    Example:
      govnews search 行政复议 --db out/corpus.db
    """
    with open_corpus(db, readonly=True) as corpus:
        rows = corpus.search(query, limit)
    for r in rows:
        place = r["county"] or r["city"] or r["province"] or ""
        click.echo(f"{r['published_at'] or '':<25.10} {place:<8} {r['title']}\n    {r['snippet']}\n    {r['url'] or r['doc_id']}")
    click.echo(f"govnews: {len(rows)} release{'s' if len(rows) != 1 else ''}", err=True)


@main.command("stats")
@DB_OPTION
def stats_command(db):
    """What the corpus holds.

    Pages, documents, metrics, measures and dates, documents by province and by year.

    \b
    Example:
      govnews stats --db out/corpus.db
    """
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
    """Regions side by side by year, with the source of every cell.

    Only figures for a whole calendar year (unless --part-year), each release counted once;
    where a region and year have several figures the cell is marked *. --plot draws a chart
    naming the regions (in pinyin, with a warning, where no Chinese font exists).

    \b
    Examples:
      govnews compare --statistic mediation.success_rate --db out/corpus.db --plot out/mediation.png
      govnews compare --indicator 调解成功率 --db out/corpus.db --plot out/调解成功率.png
      govnews compare --category petition --period 2023 --by city --db corpus.db
    """
    from corpus.compare import compare, plot

    if not indicator and not category and not statistic:
        raise click.UsageError("say what to compare: --statistic ID (e.g. --statistic mediation.success_rate; "
                               "`govnews statistics` lists them), --indicator TEXT (e.g. --indicator 调解成功率) "
                               "or --category CAT (e.g. --category mediation)")
    with open_corpus(db, readonly=True) as corpus:
        try:
            result = compare(corpus, indicator=indicator, category=category, statistic=statistic, period=period,
                             by=by, whole_year=not part_year)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
    if not result.cells:
        asked = f"--indicator {indicator}" if indicator else f"--category {category}"
        what = "a period within one year" if part_year else "a whole-year period"
        tries = ["" if part_year else "--part-year", "" if by == "county" else "--by county",
                 f"`govnews search {indicator or ''} --db {db}` to see how releases word it"]
        click.echo(f"govnews: {db}: no figure for {asked} at the {by} level with {what}; try "
                   + ", ".join(t for t in tries if t), err=True)
        sys.exit(1)
    click.echo(result.table())
    click.echo("\nsources:")
    click.echo(result.sources())
    if plot_path:
        import warnings

        from corpus.compare import NoChineseFontWarning

        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", NoChineseFontWarning)
            try:
                plot(result, plot_path)
            except OSError as exc:
                raise click.ClickException(f"{plot_path}: the chart cannot be written ({exc.strerror or exc}); "
                                           "give --plot a path in a folder that exists") from exc
        for w in caught:
            if issubclass(w.category, NoChineseFontWarning):
                click.echo(f"govnews: warning: {w.message}", err=True)
        click.echo(f"govnews: chart written to {plot_path}", err=True)


@main.command("export")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "dta"]), required=True)
@click.option("--table", type=click.Choice(["documents", "metrics", "measures", "dates", "appearances", "pages"]),
              default="metrics", show_default=True)
@click.option("-o", "--output", required=True, help="The file to write.")
def export_command(db, fmt, table, output):
    """Write a corpus table for pandas, R, Stata, DuckDB or Spark.

    CSV is UTF-8 with a BOM (spreadsheets read the Chinese), Stata files are version 118.

    \b
    Examples:
      govnews export --db out/corpus.db --format parquet -o out/metrics.parquet
      govnews export --db out/corpus.db --table documents --format dta -o out/documents.dta
    """
    from corpus.export import export

    with open_corpus(db, readonly=True) as corpus:
        try:
            n = export(corpus, table, fmt, output)
        except OSError as exc:
            raise click.ClickException(f"{output}: cannot be written ({exc.strerror or exc}); give -o a path "
                                       "in a folder you may write") from exc
    click.echo(f"govnews: {n} rows of {table} written to {output}", err=True)


@main.command("serve")
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True)
@click.option("--writable", is_flag=True, help="Open the database for writing (default: read-only).")
def serve_command(db, host, port, writable):
    """Browse the corpus in your web browser (Datasette).

    Facets by region, period and category. Read-only on 127.0.0.1 unless told otherwise; every metric links to its document and
    every document to its source page. Stop it with Ctrl+C.

    \b
    Example:
      govnews serve --db out/corpus.db     # then open http://127.0.0.1:8001
    """
    from pathlib import Path

    from corpus.serve import serve

    if not Path(db).is_file():
        raise click.ClickException(f"{db}: no such corpus; build one with `govnews ingest PAGES --db {db}` "
                                   "(or `govnews demo`), or give --db FILE")
    sys.exit(serve(db, host, port, writable))


main.add_command(demo_command)
from govnews.sites_cli import sites_group  # noqa: E402

main.add_command(sites_group)
from .stats_cli import register as _register_statistics  # noqa: E402  panel, statistics

_register_statistics(main)

if __name__ == "__main__":
    main()
