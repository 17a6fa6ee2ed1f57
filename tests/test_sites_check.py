"""`govnews sites check` against fixture sites on 127.0.0.1: each column's family, the articles
its first page lists, whether its second page brings new ones; columns named by a seed article's
position line; faults named, not raised."""
from click.testing import CliRunner

import fixture_sites
from govnews.cli import main
from scrapers.columns import breadcrumb_column


def with_breadcrumb(site, path, column_href):
    status, headers, body = site.routes[path]
    crumb = (f"当前位置：<a href='/'>首页</a> &gt; <a href='/xxgk/'>信息公开</a> &gt; "
             f"<a href='{column_href}'>工作动态</a> &gt; 正文")
    site.routes[path] = (status, headers, body.decode().replace("当前位置：首页 &gt; 部门动态", crumb).encode())


def test_sites_check_names_family_listing_and_paging(served, tmp_path):
    trs = served(fixture_sites.trs_var_site(pages=3, per_page=4))
    jpaas = served(fixture_sites.jpaas_site(n=23))
    frame = served(fixture_sites.iframe_site())
    single = served(fixture_sites.trs_var_site(pages=1, per_page=4, place="浏阳市"))
    seeded = fixture_sites.trs_var_site(pages=2, per_page=3, place="宁乡市")
    with_breadcrumb(seeded, seeded.expected[0], "/xxgk/gzdt/index.html")
    served(seeded)
    broken = served(fixture_sites.trs_var_site(pages=2, per_page=3, place="望城区"))
    entries = [("changsha", f'columns = ["{trs.base + trs.column}"]'),
               ("yuhang", f'columns = ["{jpaas.base + jpaas.column}"]'),
               ("wujin", f'columns = ["{frame.base + frame.column}"]'),
               ("liuyang", f'columns = ["{single.base + single.column}"]'),
               ("ningxiang", f'seeds = ["{seeded.base + seeded.expected[0]}"]\nseen = "a fixture article"'),
               ("wangcheng", f'columns = ["{broken.base}/xxgk/missing/index.html"]')]
    text = "".join(f'[[site]]\nname = "{n}"\n{body}\n\n' for n, body in entries)
    (tmp_path / "sites.toml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["sites", "check", "--sites", str(tmp_path / "sites.toml"), "--delay", "0"],
                                catch_exceptions=False)
    lines = {line.split("\t")[0]: line for line in result.output.splitlines() if "\t" in line}
    assert lines["changsha"].split("\t")[1:4] == ["trs", "listed 4", "paging works"]
    assert lines["yuhang"].split("\t")[1:4] == ["jpaas", "listed 20", "paging works"]
    assert lines["wujin"].split("\t")[1:4] == ["generic (in an iframe)", "listed 5", "paging works"]
    assert lines["liuyang"].split("\t")[1:4] == ["trs", "listed 4", "paging one page"]
    assert lines["ningxiang"].split("\t")[1:4] == ["trs", "listed 3", "paging works"]
    assert f"{seeded.base}/xxgk/gzdt/index.html (from {seeded.base + seeded.expected[0]})" in lines["ningxiang"]
    assert "FAILED http_404" in lines["wangcheng"]
    assert result.exit_code == 1  # one column failed
    assert "6 columns checked: 5 list articles, 4 page on" in result.output
    assert not any("/t2024" in p for p in trs.paths())  # a check reads list pages only


def test_breadcrumb_column_skips_home_and_the_page_itself():
    page = ("<div class='wz'>您现在的位置：<a href='http://www.x.gov.cn/'>网站首页</a> &gt; "
            "<a href='/zwgk/'>政务公开</a> &gt; <a href='/zwgk/xzdt/'>乡镇动态</a> &gt; "
            "<a href='/zwgk/xzdt/202401/t20240102_1.html'>正文</a></div>")
    assert breadcrumb_column("http://www.x.gov.cn/zwgk/xzdt/202401/t20240102_1.html", page) == \
        "http://www.x.gov.cn/zwgk/xzdt/"
    assert breadcrumb_column("http://www.x.gov.cn/a.html", "<p>当前位置：首页 &gt; 新闻</p>") is None
