"""`govnews panel` and `govnews statistics`: comparable statistics across regions and years."""
from __future__ import annotations

import sys

import click

# the same --db as govnews/cli.py's (defined here: cli.py imports this module to register it)
DB_OPTION = click.option("--db", default="corpus.db", show_default=True, envvar="GOVNEWS_DB",
                         help="The corpus file (SQLite).")


def open_corpus(db: str):
    from corpus.store import Corpus, CorpusError

    try:
        return Corpus(db, readonly=True)
    except CorpusError as exc:
        raise click.ClickException(str(exc)) from exc


@click.command("panel")
@DB_OPTION
@click.option("--statistic", "statistics", multiple=True, metavar="ID",
              help="A statistic id (repeat for several; default: every id). `govnews statistics` lists them.")
@click.option("--level", type=click.Choice(["county", "city", "province"]), default="county", show_default=True,
              help="The level of the releases: county, city or province releases.")
@click.option("--wide", is_flag=True, help="One row per region and year, one group of columns per statistic.")
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet", "dta"]),
              help="File format (default: from the output file's suffix).")
@click.option("-o", "--output", required=True, help="The file to write (.csv, .parquet or .dta).")
@click.option("--progress/--no-progress", default=None, help="A progress bar with time left (default: on a terminal).")
def panel_command(db, statistics, level, wide, fmt, output, progress):
    """A panel of statistics by region and year, every cell with its source.

    Long (default): one row per figure, with its value and unit (normalised, and as
    written), the document, its URL and the metric's offsets. Where releases disagree on a
    cell (a correction, a rounded repeat, two periods) every figure is kept and the rows
    say `disagree` and why. Wide: one row per region and year, one group of columns per
    statistic; a disagreeing cell has no value and lists its figures.

    \b
    Examples:
      govnews panel --db out/corpus.db --statistic mediation.success_rate -o out/panel.csv
      govnews panel --db corpus.db --wide --level city -o panel.dta
    """
    from tqdm import tqdm

    from corpus.panel import PanelError, build_panel, write_panel

    from extractor.statistic import vocabulary

    vocabulary()  # loaded before the bar starts, so its time left is the panel's
    show = sys.stderr.isatty() if progress is None else progress
    with open_corpus(db) as corpus, \
            tqdm(disable=not show, unit="figure", desc="panel", file=sys.stderr) as bar:
        def step(done, total):
            if bar.total != total:
                bar.total = total
            bar.update(done - bar.n)

        try:
            panel = build_panel(corpus, statistics, level, progress=step)
            n = write_panel(panel, output, fmt, wide=wide)
        except PanelError as exc:
            raise click.ClickException(str(exc)) from exc
    disagree = sum(1 for c in panel.cells if c.status == "disagree")
    click.echo(f"govnews: {n} rows ({len(panel.cells)} cells, {disagree} where releases disagree) written to {output}",
               err=True)
    if not panel.cells:
        sys.exit(1)


@click.command("statistics")
@click.option("--db", default=None, envvar="GOVNEWS_DB",
              help="A corpus: also count its metrics by statistic and list indicators without one.")
@click.option("--top", default=20, show_default=True, help="How many indicators without an id to list.")
def statistics_command(db, top):
    """The statistics vocabulary: ids, names, kinds and units.

    With --db, also how many metrics of the corpus each id holds and the commonest
    indicators still without an id: what to add to extractor/data/statistics.toml.

    \b
    Examples:
      govnews statistics
      govnews statistics --db out/corpus.db
    """
    from extractor.statistic import unit_families, vocabulary

    vocab = vocabulary()
    counts, unlabelled, total = {}, [], None
    if db:
        with open_corpus(db) as corpus:
            for r in corpus.db.execute("SELECT statistic, count(*) AS n FROM metrics WHERE statistic IS NOT NULL "
                                       "GROUP BY statistic"):
                counts[r["statistic"]] = r["n"]
            total = corpus.db.execute("SELECT count(*) FROM metrics").fetchone()[0]
            unlabelled = corpus.db.execute(
                "SELECT indicator, count(*) AS n, group_concat(DISTINCT unit) AS units FROM metrics "
                "WHERE statistic IS NULL AND indicator IS NOT NULL GROUP BY indicator ORDER BY n DESC, indicator "
                "LIMIT ?", (top,)).fetchall()
    families = unit_families()
    head = f"{'id':<48}{'short':<22}{'kind':<9}{'unit':<10}" + ("metrics  " if db else "") + "name"
    click.echo(head)
    for e in vocab.entries:
        n = counts.get(e.id, 0)
        changes = sum(v for k, v in counts.items() if k.startswith(e.id + ".") and vocab.get(k) is e)
        units = "/".join(families[f][0] for f in e.units)
        shown = (f"{n:>7}" + (f"+{changes}" if changes else "").ljust(5) + " ") if db else ""
        click.echo(f"{e.id:<48}{e.short:<22}{e.kind:<9}{units:<10}{shown}{e.name}")
    click.echo(f"\n{len(vocab.entries)} statistics; a change takes its statistic's id with "
               f"{', '.join('.' + s for s in sorted(set(vocab.change_suffix.values())))}.")
    if db:
        with_id = sum(counts.values())
        click.echo(f"{with_id} of {total} metrics in {db} have an id (+N: changes of that statistic).")
        if unlabelled:
            click.echo("\ncommonest indicators without an id (candidates for extractor/data/statistics.toml):")
            for r in unlabelled:
                click.echo(f"{r['n']:>7}  {r['indicator']}  [{r['units']}]")


def register(main: click.Group) -> None:
    main.add_command(panel_command)
    main.add_command(statistics_command)
