"""`govnews sites …`: the site list, checked against the sites themselves."""
from __future__ import annotations

import sys
from pathlib import Path

import click


@click.group("sites")
def sites_group():
    """Work with the site list: check its columns against the sites themselves.

    The list is TOML (scrapers/data/sites.example.toml is one to start from): each site
    names its columns or seed articles, its division code and, if known, its CMS family.

    \b
    Example:
      govnews sites check --sites scrapers/data/sites.example.toml
    """


@sites_group.command("check")
@click.argument("names", nargs=-1)
@click.option("--sites", "sites_file", default="sites.toml", show_default=True, help="The site list.")
@click.option("--delay", type=float, help="Seconds between requests to one host (default 1, or the site's).")
@click.option("--concurrency", type=click.IntRange(1, 256), default=8, show_default=True,
              help="Hosts checked side by side.")
@click.option("--user-agent", envvar="GOVNEWS_USER_AGENT", help="The User-Agent to send (say who you are).")
def check_command(names, sites_file, delay, concurrency, user_agent):
    """Fetch each column's first page: its family, how many articles it lists, whether paging works.

    NAMES are sites of the list (all when none is given). A site named by seed articles has its
    columns read from those articles' position lines. One line per column; the exit status is 1
    when a column failed or lists nothing.
    """
    from scrapers import Fetcher, Politeness, SiteListError, load_sites
    from scrapers.check import check_sites
    from scrapers.fetch import DEFAULT_USER_AGENT

    if not Path(sites_file).exists():
        raise click.UsageError(f"{sites_file}: no site list (give --sites FILE)")
    try:
        named = load_sites(sites_file)
    except SiteListError as exc:
        raise click.ClickException(str(exc)) from exc
    unknown = [n for n in names if n not in named]
    if unknown:
        raise click.UsageError(f"{', '.join(unknown)}: not in {sites_file}")
    sites = [named[n] for n in names] if names else list(named.values())
    default = Politeness() if delay is None else Politeness(delay=delay)
    per_host = {h: s.politeness_for(default) for s in sites for h in s.hosts}
    allowed = set().union(*(s.hosts for s in sites)) if sites else set()
    fetcher = Fetcher(allowed, user_agent=user_agent or DEFAULT_USER_AGENT, politeness=default, per_host=per_host)
    results = check_sites(sites, fetcher, concurrency=concurrency)
    for r in results:
        click.echo(r.line())
    good = sum(r.ok for r in results)
    paging = sum(r.paging == "works" for r in results)
    click.echo(f"govnews: {len(results)} columns checked: {good} list articles, {paging} page on", err=True)
    sys.exit(0 if good == len(results) else 1)
