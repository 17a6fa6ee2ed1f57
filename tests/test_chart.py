"""The demo chart: region names (Chinese with a font that has the glyphs, else pinyin) read
from matplotlib's rendered text objects, not only a file that exists."""
import warnings

import pytest

from conftest import SAMPLES
import corpus.compare as compare_module
from corpus.compare import NoChineseFontWarning, chart, chinese_font, compare, plot
from corpus.ingest import ingest_paths
from corpus.store import Corpus

DISTRICTS = {"上城区", "拱墅区", "滨江区", "西湖区"}
PINYIN = {"Shangcheng", "Gongshu", "Binjiang", "Xihu"}


@pytest.fixture(scope="module")
def demo_result(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "corpus.db"
    with Corpus(path) as c:
        ingest_paths(c, [str(SAMPLES.parent / "corpus"), str(SAMPLES)])
    with Corpus(path, readonly=True) as c:
        yield compare(c, indicator="调解成功率")


def texts(fig):
    ax = fig.axes[0]
    legend = ax.get_legend()
    return {"title": ax.get_title(),
            "legend": {t.get_text() for t in legend.get_texts()} if legend else set(),
            "xticks": {t.get_text() for t in ax.get_xticklabels()},
            "ylabel": ax.get_ylabel()}, [t for t in fig.findobj(lambda o: hasattr(o, "get_fontname"))]


def test_demo_chart_names_districts_in_chinese_with_a_font_that_draws_them(demo_result):
    font = chinese_font("调解成功率" + "".join(DISTRICTS))
    assert font, "no font with Chinese glyphs on this machine: `make test` installs fonts-wqy-microhei"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing from font(s)" when it draws a box
        fig = chart(demo_result)
    shown, objects = texts(fig)
    assert shown["title"] == "调解成功率"
    assert shown["legend"] == DISTRICTS
    assert {"2022", "2023"} <= shown["xticks"]
    assert shown["ylabel"] == "%"
    chinese = [t for t in objects if any(not ch.isascii() for ch in t.get_text())]
    assert chinese and all(t.get_fontname() == font for t in chinese)


def test_without_a_chinese_font_the_chart_names_districts_in_pinyin_with_one_warning(demo_result, monkeypatch):
    monkeypatch.setattr(compare_module, "chinese_font", lambda text: None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = chart(demo_result)
    ours = [w for w in caught if issubclass(w.category, NoChineseFontWarning)]
    assert len(ours) == 1 and "pinyin" in str(ours[0].message)
    assert not [w for w in caught if "missing from font" in str(w.message)]
    shown, objects = texts(fig)
    assert shown["legend"] == PINYIN
    assert shown["title"] == "mediation"
    assert all(t.get_text().isascii() for t in objects)


def test_a_bar_chart_of_one_year_names_districts_on_its_ticks(demo_result, tmp_path):
    from corpus.compare import Comparison

    one_year = Comparison(demo_result.query, demo_result.by, [c for c in demo_result.cells if c.year == 2022])
    fig = chart(one_year)
    shown, _ = texts(fig)
    assert shown["xticks"] == DISTRICTS - {"上城区"}
    assert shown["title"] == "调解成功率 (2022)"
    png = plot(one_year, str(tmp_path / "bar.png"))
    assert open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n"


def test_a_chinese_font_missing_from_matplotlibs_cached_list_is_found(monkeypatch):
    from matplotlib import font_manager

    fm = font_manager.fontManager
    name = chinese_font("拱墅区")
    assert name
    # matplotlib's list as cached before the font was installed, and no help from fontconfig
    files = {f.fname for f in fm.ttflist if f.name == name}
    monkeypatch.setattr(fm, "ttflist", [f for f in fm.ttflist if f.fname not in files])
    monkeypatch.setattr(compare_module, "_fontconfig_chinese_files", lambda: ())
    assert chinese_font("拱墅区") == name
