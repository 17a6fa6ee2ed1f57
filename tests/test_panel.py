"""The panel of comparable statistics: on the bundled sample corpus every figure traces to
its document; releases that disagree are kept and flagged; the exports load in pandas and
Stata; the commands."""
import json
import sqlite3
import subprocess
import sys

import pandas as pd
import pytest

from conftest import ROOT
from corpus.export import export
from corpus.ingest import ingest_paths
from corpus.panel import LONG_COLUMNS, PanelError, build_panel, column_name, write_panel
from corpus.store import Corpus, migrations
from govnews.cli import load_urls

SOURCES = [str(ROOT / "samples" / "corpus"), str(ROOT / "samples" / "pages")]


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("panel") / "corpus.db"
    with Corpus(path) as c:
        ingest_paths(c, SOURCES, load_urls(SOURCES, None))
    return path


@pytest.fixture(scope="module")
def sample(sample_db):
    c = Corpus(sample_db, readonly=True)
    yield c
    c.close()


def test_every_cell_of_the_sample_panel_traces_to_a_document(sample):
    panel = build_panel(sample)
    long = panel.long()
    assert len(long) > 50 and list(long.columns) == LONG_COLUMNS
    docs = {r["doc_id"]: r for r in sample.db.execute("SELECT doc_id, url, body FROM documents")}
    for r in long.itertuples():
        doc = docs[r.doc_id]
        assert (r.url if isinstance(r.url, str) else None) == doc["url"]  # a bare file has none
        assert doc["body"][r.start_offset:r.end_offset] == r.text
        metric = sample.db.execute("SELECT statistic, value FROM metrics WHERE metric_id = ?", (int(r.metric_id),)).fetchone()
        assert metric["statistic"] == r.statistic and metric["value"] == r.value_as_written
    # the four districts' success rates, however each words it (上城区 2022 writes a bare 成功率)
    rates = long[long.statistic == "mediation.success_rate"].set_index(["region", "year"])["value"]
    assert rates[("上城区", 2022)] == 98.2
    assert rates[("拱墅区", 2023)] == 98.3
    assert {r for r, _ in rates.index} >= {"上城区", "拱墅区", "西湖区", "滨江区"}


def test_two_periods_in_one_year_show_as_a_disagreement(sample):
    long = build_panel(sample, ["reconsideration.applications"]).long()
    cell = long[(long.region == "西湖区") & (long.year == 2023)]
    assert sorted(cell.value) == [156.0, 251.0]
    assert set(cell.status) == {"disagree"} and set(cell.disagreement) == {"periods"}
    assert set(cell.whole_year) == {True, False}


RELEASES = {
    "a.txt": ("拱墅区司法局2023年工作总结", "2024-01-15 10:05",
              "2023年，全区各级人民调解组织共调解矛盾纠纷4376件，调解成功4301件，调解成功率98.29%。"
              "全年共收到行政复议申请405件，同比增长12.5%。全区法律援助中心受理法律援助案件612件。"),
    "b.txt": ("拱墅区2023年法治政府建设情况通报", "2024-03-01 09:00",
              "2023年，全区人民调解工作扎实推进，调解成功率98.3%。"
              "行政复议工作方面，全年共收到行政复议申请412件，行政复议决定履行率100%。"),
    "c.txt": ("拱墅区司法局2023年上半年工作总结", "2023-07-10 16:00",
              "2023年上半年，全区共收到行政复议申请198件，依法受理186件。"
              "上半年各级人民调解组织共调解矛盾纠纷2011件。"),
}


@pytest.fixture()
def disagreeing(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    urls = {}
    for name, (title, when, body) in RELEASES.items():
        (folder / name).write_text(f"{title}\n发布时间：{when}  来源：拱墅区司法局\n{body}\n", encoding="utf-8")
        urls[name] = f"https://www.gongshu.gov.cn/art/2024/1/1/art_1229338765_{name[0]}.html"
    db = tmp_path / "corpus.db"
    with Corpus(db) as c:
        summary = ingest_paths(c, [str(folder)], urls)
    assert summary.counts["new"] == 3, summary.line()
    c = Corpus(db, readonly=True)
    yield c
    c.close()


def test_disagreeing_releases_are_all_kept_and_flagged(disagreeing):
    panel = build_panel(disagreeing, ["mediation.success_rate", "reconsideration.applications", "legal_aid.cases"])
    long = panel.long()
    rate = long[long.statistic == "mediation.success_rate"]
    assert sorted(rate.value) == [98.29, 98.3]  # a release repeating the figure rounded
    assert set(rate.status) == {"disagree"} and set(rate.disagreement) == {"rounding"}
    apps = long[long.statistic == "reconsideration.applications"]
    assert sorted(apps.value) == [198.0, 405.0, 412.0]  # half year, full year, and a different full-year figure
    assert set(apps.disagreement) == {"periods;values"}
    assert len(set(apps.doc_id)) == 3 and apps.url.str.startswith("https://www.gongshu.gov.cn/").all()
    aid = long[long.statistic == "legal_aid.cases"]
    assert list(aid.status) == ["single"] and aid.disagreement.isna().all()
    wide = panel.wide()
    row = wide[(wide.region == "拱墅区") & (wide.year == 2023)].iloc[0]
    assert pd.isna(row["med_success_rate"]) and row["med_success_rate_st"] == "disagree"  # never a silent pick
    assert "98.29" in row["med_success_rate_vals"] and "98.3" in row["med_success_rate_vals"]
    assert row["aid_cases"] == 612 and row["aid_cases_st"] == "single"
    assert len(row["rec_applications_doc"].split(";")) == 3


def test_a_city_release_repeating_a_county_figure_rounded_joins_the_county_cell(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "city.txt").write_text(
        "杭州市司法局2023年工作总结\n发布时间：2024-02-01 10:00  来源：杭州市司法局\n"
        "2023年，全市各级人民调解组织共调解矛盾纠纷52000件。其中，拱墅区人民调解组织调解成功率98.3%，"
        "西湖区调解成功率98.1%。全市共收到行政复议申请5120件。\n", encoding="utf-8")
    (folder / "county.txt").write_text(
        "拱墅区司法局2023年工作总结\n发布时间：2024-01-15 10:05  来源：拱墅区司法局\n"
        "2023年，全区各级人民调解组织共调解矛盾纠纷4376件，调解成功4301件，调解成功率98.29%。\n", encoding="utf-8")
    urls = {"city.txt": "https://sfj.hangzhou.gov.cn/art/2024/2/1/art_1229145453_1.html",
            "county.txt": "https://www.gongshu.gov.cn/art/2024/1/15/art_1229338765_2.html"}
    db = tmp_path / "corpus.db"
    with Corpus(db) as c:
        assert ingest_paths(c, [str(folder)], urls).counts["new"] == 2
    with Corpus(db, readonly=True) as c:
        county = build_panel(c, ["mediation.success_rate"]).long()
        city = build_panel(c, level="city").long()
    gongshu = county[county.region == "拱墅区"].sort_values("value")
    assert list(gongshu.value) == [98.29, 98.3]
    assert list(gongshu.release_level) == ["county", "city"]
    assert set(gongshu.disagreement) == {"rounding"}
    assert gongshu.url.iloc[1] == urls["city.txt"]
    xihu = county[county.region == "西湖区"]  # 西湖区 of 杭州, not of 南昌
    assert list(xihu.value) == [98.1] and list(xihu.adcode) == ["330106"]
    # the city's own cells hold the city's figures, not those it gives for one of its districts
    assert set(city.region) == {"杭州市"} and "mediation.success_rate" not in set(city.statistic)
    assert set(city.statistic) == {"mediation.cases", "reconsideration.applications"}


@pytest.mark.parametrize("wide", [False, True], ids=["long", "wide"])
def test_exports_load_in_pandas_and_stata(disagreeing, tmp_path, wide):
    panel = build_panel(disagreeing)
    expected = panel.wide() if wide else panel.long()
    loaded = {}
    for fmt in ("csv", "parquet", "dta"):
        path = tmp_path / f"panel.{fmt}"
        assert write_panel(panel, path, wide=wide) == len(expected)
        loaded[fmt] = {"csv": lambda p: pd.read_csv(p, encoding="utf-8-sig"), "parquet": pd.read_parquet,
                       "dta": pd.read_stata}[fmt](path)
    for fmt, df in loaded.items():
        assert len(df) == len(expected), fmt
        assert list(df.columns) == list(expected.columns), fmt
        assert "拱墅区" in set(df.region), fmt  # Chinese survives every format
    if wide:
        assert max(len(c) for c in loaded["dta"].columns) <= 32
        labels = pd.io.stata.StataReader(tmp_path / "panel.dta").variable_labels()
        assert labels["med_success_rate"] == "mediation.success_rate"
        assert labels["rec_applications_yoy"] == "reconsideration.applications.yoy_change"
    else:
        dta = loaded["dta"]
        assert set(dta.status) >= {"disagree", "single"}
        assert (dta.start_offset < dta.end_offset).all()


def test_change_ids_have_their_own_columns():
    assert column_name("mediation.success_rate") == "med_success_rate"
    assert column_name("reconsideration.applications.yoy_change") == "rec_applications_yoy"
    assert column_name("petition.total.mom_change") == "pet_total_mom"
    assert column_name("petition.online_share.change") == "pet_online_share_chg"


def test_unknown_statistic_level_or_format_is_named(sample, tmp_path):
    with pytest.raises(PanelError, match="mediation.nonsense: not a statistic"):
        build_panel(sample, ["mediation.nonsense"])
    with pytest.raises(PanelError, match="level must be one of"):
        build_panel(sample, level="township")
    with pytest.raises(PanelError, match="format"):
        write_panel(build_panel(sample, ["mediation.success_rate"]), tmp_path / "panel.xlsx")


def test_every_metrics_export_carries_the_statistic(sample, tmp_path):
    for fmt, read in (("csv", lambda p: pd.read_csv(p, encoding="utf-8-sig")), ("parquet", pd.read_parquet),
                      ("jsonl", lambda p: pd.read_json(p, lines=True)), ("dta", pd.read_stata)):
        path = tmp_path / f"metrics.{fmt}"
        export(sample, "metrics", fmt, path)
        df = read(path)
        assert {"statistic", "value_normalised", "unit_normalised"} <= set(df.columns), fmt
        assert (df.statistic == "mediation.success_rate").sum() >= 8, fmt


def test_an_older_corpus_gains_the_columns(tmp_path):
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    for number, sql in migrations():
        if number <= 2:
            con.executescript(sql)
            con.execute(f"PRAGMA user_version = {number}")
    con.commit()
    con.close()
    with Corpus(db) as c:
        cols = {r["name"] for r in c.db.execute("PRAGMA table_info(metrics)")}
        assert {"statistic", "value_normalised", "unit_normalised"} <= cols
        assert c.db.execute("PRAGMA user_version").fetchone()[0] == max(n for n, _ in migrations())


def govnews(*args):
    return subprocess.run([sys.executable, "-m", "govnews.cli", *args], capture_output=True, cwd=ROOT)


def test_the_commands(sample_db, tmp_path):
    out = tmp_path / "panel.dta"
    r = govnews("panel", "--db", str(sample_db), "--statistic", "mediation.success_rate", "--wide", "-o", str(out),
                "--progress")
    assert r.returncode == 0, r.stderr.decode()
    assert "written to" in r.stderr.decode() and "panel" in r.stderr.decode()  # the bar, then the summary
    assert pd.read_stata(out).set_index(["region", "year"]).loc[("上城区", 2022), "med_success_rate"] == 98.2

    r = govnews("panel", "--db", str(sample_db), "--statistic", "mediation.nonsense", "-o", str(tmp_path / "x.csv"))
    assert r.returncode != 0 and b"mediation.nonsense: not a statistic" in r.stderr and b"Traceback" not in r.stderr

    r = govnews("compare", "--statistic", "mediation.success_rate", "--db", str(sample_db))
    assert r.returncode == 0, r.stderr.decode()
    first = r.stdout.decode().splitlines()
    assert any(line.startswith("上城区") and "98.2%" in line for line in first)

    r = govnews("statistics", "--db", str(sample_db), "--top", "5")
    text = r.stdout.decode()
    assert r.returncode == 0 and "mediation.success_rate" in text and "without an id" in text
    line = next(x for x in text.splitlines() if x.startswith("mediation.success_rate "))
    assert int(line.split()[4].split("+")[0]) >= 8  # the metrics that hold the id

    r = govnews("statistics")
    assert r.returncode == 0 and "reconsideration.correction_rate" in r.stdout.decode()


def test_the_browser_facets_metrics_by_statistic(tmp_path):
    from corpus.serve import metadata

    meta = metadata(str(tmp_path / "corpus.db"))
    assert "statistic" in meta["databases"]["corpus"]["tables"]["metrics"]["facets"]
