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
def extract_command(paths, url, fmt, output):
    """Extract the article and its records from each page in PATHS.

    PATHS are files, folders (searched for .html, .htm, .shtml, .txt) or - for standard
    input. A page that cannot be extracted is named on standard error with what is
    wrong; the others go on, and the exit status is 1.
    """
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


if __name__ == "__main__":
    main()
