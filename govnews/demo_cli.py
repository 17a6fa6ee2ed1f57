"""`govnews demo`: the whole path on the bundled sample pages, offline.

Ingests the sample releases into a fresh corpus, compares the districts' 调解成功率 by year
(table and chart), exports the metrics for pandas, R and Stata, and ends by saying where
the outputs are and the one command to browse them.
"""
from __future__ import annotations

import warnings
from pathlib import Path

import click

INDICATOR = "调解成功率"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@click.command("demo")
@click.option("--samples", "samples_dir", type=click.Path(path_type=Path), default=SAMPLES, show_default=True,
              help="The folder holding the bundled corpus/ and pages/ sample folders.")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
              help="Where to write the corpus, the chart and the exports (replaced if there).")
@click.option("--progress/--no-progress", default=None, help="A progress bar (default: on a terminal).")
def demo_command(samples_dir: Path, out_dir: Path, progress):
    """Run the whole path on the bundled sample pages, offline.

    Stores the sample releases (four 杭州 districts, 2022 and 2023, one reposted) in a fresh
    corpus, compares the districts' 调解成功率 by year with a chart, exports the metrics as
    CSV, Parquet and Stata, and prints where they are and the command to browse them.

    \b
    Example:
      govnews demo                 # writes out/corpus.db, out/调解成功率.png, out/metrics.*
      govnews serve --db out/corpus.db
    """
    from corpus.compare import NoChineseFontWarning, compare, plot
    from corpus.export import export
    from corpus.ingest import ingest_pages, iter_inputs
    from corpus.store import Corpus, CorpusError

    from .cli import fail, load_urls
    from .progress import ingest_bar, shown, tracked

    inputs = [samples_dir / "corpus", samples_dir / "pages"]
    for p in inputs:
        if not p.is_dir():
            raise click.ClickException(
                f"{p}: no such folder of sample pages; run the demo from a clone of govnews, or give "
                f"--samples DIR (the folder holding corpus/ and pages/)")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise click.ClickException(f"{out_dir}: cannot be created ({exc.strerror or exc}); give --out DIR "
                                   f"in a folder you may write") from exc
    db = out_dir / "corpus.db"
    for old in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        old.unlink(missing_ok=True)

    paths = [str(p) for p in inputs]
    urls = load_urls(paths, None)
    bar, sizes = ingest_bar(paths, shown(progress))
    try:
        with Corpus(db) as corpus, bar:
            summary = ingest_pages(corpus, tracked(iter_inputs(paths, urls), bar, sizes))
    except CorpusError as exc:
        raise click.ClickException(f"{exc}; give --out DIR in a folder you may write") from exc
    for name, problem in summary.failures:
        fail(name, problem)
    click.echo(f"govnews: {summary.line()} -> {db}", err=True)

    chart = out_dir / f"{INDICATOR}.png"
    with Corpus(db, readonly=True) as corpus:
        result = compare(corpus, indicator=INDICATOR)
        click.echo(f"\n{INDICATOR} by district and year:\n")
        click.echo(result.table())
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", NoChineseFontWarning)
            plot(result, str(chart))
        for w in caught:
            if issubclass(w.category, NoChineseFontWarning):
                click.echo(f"govnews: warning: {w.message}", err=True)
        exports = []
        for fmt in ("csv", "parquet", "dta"):
            path = out_dir / f"metrics.{fmt}"
            n = export(corpus, "metrics", fmt, path)
            exports.append(path)
    click.echo("\nOutputs:")
    click.echo(f"  the corpus (SQLite, {summary.counts['new']} releases):  {db}")
    click.echo(f"  the chart of {INDICATOR} by district:  {chart}")
    click.echo(f"  the {n} metrics for pandas, R and Stata:  {', '.join(str(p) for p in exports)}")
    click.echo("\nNext, browse the corpus in your web browser:")
    click.echo(f"  {_command()} serve --db {db}")


def _command() -> str:
    """`govnews` if that is the command on PATH, else the path of this one (.venv/bin/govnews)."""
    import os
    import shutil
    import sys

    here = Path(sys.argv[0])
    on_path = shutil.which("govnews")
    if here.name != "govnews" or (on_path and Path(on_path).resolve() == here.resolve()):
        return "govnews"
    try:
        return os.path.relpath(here)
    except ValueError:
        return str(here)
