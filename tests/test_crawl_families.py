"""Columns of every CMS family county sites run, served on 127.0.0.1 and crawled to their end
through `govnews crawl`: the family is detected from the page (or forced by the site list),
every list page is asked for once, and exactly the column's articles are stored."""
import sqlite3

import pytest
from click.testing import CliRunner

import fixture_sites
from govnews.cli import main

FAMILIES = {
    "trs_var": (fixture_sites.trs_var_site, "trs"),
    "trs_script": (fixture_sites.trs_script_site, "trs"),
    "trs_cph6": (fixture_sites.trs_cph6_site, "trs"),
}


@pytest.fixture
def served():
    sites = []

    def start(site):
        sites.append(site.start())
        return site

    yield start
    for s in sites:
        s.stop()


def run_crawl(args, db):
    result = CliRunner().invoke(main, ["crawl", *args, "--db", str(db), "--delay", "0", "--no-progress"],
                                catch_exceptions=False)
    return result


def stored_urls(db):
    con = sqlite3.connect(db)
    return sorted(r[0] for r in con.execute("SELECT url FROM documents"))


def list_paths(site):
    arts = set(site.expected)
    return [p for p in site.paths() if p != "/robots.txt" and p.split("?")[0] not in arts]


@pytest.mark.parametrize("family", list(FAMILIES))
def test_family_column_is_crawled_to_its_end(served, tmp_path, family):
    build, name = FAMILIES[family]
    site = served(build())
    result = run_crawl([site.base + site.column], tmp_path / "c.db")
    assert result.exit_code == 0, result.output
    assert stored_urls(tmp_path / "c.db") == sorted(site.base + p for p in site.expected)
    assert list_paths(site) == site.expected_lists
    assert f"stored: new {len(site.expected)}" in result.output


@pytest.mark.parametrize("family", list(FAMILIES))
def test_family_is_detected_from_the_page(served, family):
    from scrapers.cms import detect

    build, name = FAMILIES[family]
    site = build()
    path = site.column
    route = site.routes[path]
    body = route[2].decode("utf-8")
    assert detect(site.column, body).name == name
