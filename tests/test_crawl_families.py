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
    "jpaas": (fixture_sites.jpaas_site, "jpaas"),
    "gkmlpt": (fixture_sites.gkmlpt_site, "gkmlpt"),
    "truecms": (fixture_sites.truecms_site, "truecms"),
    "epoint": (fixture_sites.epoint_site, "epoint"),
    "xxgk": (fixture_sites.xxgk_site, "xxgk"),
    "hanweb_nextgroup_page": (fixture_sites.hanweb_page_mode_site, "hanweb"),
    "jiyue_script_count": (fixture_sites.jiyue_site, "generic"),
    "base64_pager": (fixture_sites.base64_pager_site, "generic"),
    "backward_numbering": (fixture_sites.backward_site, "generic"),
    "class_path": (fixture_sites.class_path_site, "generic"),
    "iframe": (fixture_sites.iframe_site, "generic"),
    "court": (fixture_sites.court_site, "generic"),
    "aspnet": (fixture_sites.aspnet_site, "generic"),
}


def run_crawl(args, db):
    result = CliRunner().invoke(main, ["crawl", *args, "--db", str(db), "--delay", "0", "--no-progress"],
                                catch_exceptions=False)
    return result


def stored_urls(db):
    con = sqlite3.connect(db)
    return sorted(r[0] for r in con.execute("SELECT url FROM documents"))


def list_paths(site):
    """The list pages asked for, without their queries (API pages differ in their query or body)."""
    arts = set(site.expected)
    keep_query = any("?" in p for p in site.expected_lists)
    out = []
    for p in site.paths():
        if p == "/robots.txt" or p in arts or p.split("?")[0] in arts:
            continue
        out.append(p if keep_query and (p in site.expected_lists) else p.split("?")[0])
    return out


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
    from urllib.parse import parse_qs, urlsplit

    parts = urlsplit(site.column)
    route = site.routes[parts.path]
    body = (route("GET", parse_qs(parts.query), b"") if callable(route) else route)[2].decode("utf-8")
    assert detect(site.column, body).name == name


def test_a_family_forced_by_the_site_list(served, tmp_path):
    site = fixture_sites.epoint_site(n=12)
    page = site.routes["/dynamic/zwgk/govInfoPub.html"]
    # a shell that names none of the family's scripts: detection sees a generic page
    shell = page[2].replace(b"webBuilderCommon", b"common").replace(b"ajaxReq", b"req")
    site.routes["/dynamic/zwgk/govInfoPub.html"] = (page[0], page[1], shell)
    served(site)
    from scrapers.cms import detect

    assert detect(site.base + site.column, site.routes["/dynamic/zwgk/govInfoPub.html"][2].decode()).name == "generic"
    sites = tmp_path / "sites.toml"
    sites.write_text(f'[[site]]\nname = "tongshan"\ncms = "epoint"\ncolumns = ["{site.base + site.column}"]\n',
                     encoding="utf-8")
    result = run_crawl(["tongshan", "--sites", str(sites)], tmp_path / "c.db")
    assert result.exit_code == 0, result.output
    assert stored_urls(tmp_path / "c.db") == sorted(site.base + p for p in site.expected)


def test_jsonp_and_json_answers_read_alike():
    from scrapers.cms.base import loads_json

    assert loads_json('jQuery1124_99({"result": "<datastore></datastore>"});') == {"result": "<datastore></datastore>"}
    assert loads_json('{"custom": {"total": 3}}') == {"custom": {"total": 3}}
    assert loads_json("<html>访问受限</html>") is None


def test_a_link_to_the_xxgk_module_alone_does_not_make_a_page_xxgk():
    from scrapers.cms import detect

    page = ("<html><body><a href='/module/xxgk/index.jsp'>信息公开</a><ul>"
            "<li><a href='/art/2024/2/1/art_1_1.html'>动态</a><span>2024-02-01</span></li></ul></body></html>")
    assert detect("http://www.x.gov.cn/col/col1/index.html", page).name == "generic"
