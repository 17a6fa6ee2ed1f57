"""The corpus: idempotent ingest, reposts counted once, transactions, search, migrations."""
import sqlite3

import pytest

from conftest import SAMPLES
from corpus.ingest import Page, Summary, ingest_page, ingest_paths
from corpus.store import Corpus, CorpusError
from extractor import extract

TRS = SAMPLES / "trs_wcm.html"
TRS_URL = "http://www.csx.gov.cn/zwgk/bmxxgk/sfj/gzdt/202309/t20230908_11187356.html"


def counts(db):
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("pages", "documents", "metrics", "dates", "measures", "appearances")}


def repost(html: str) -> str:
    """The same release on a city site: another template line, other punctuation."""
    return (html.replace("来源：长沙县司法局", "来源：长沙县司法局　编辑：市司法局宣传处")
            .replace("。</p>", "．</p>", 1)
            .replace("<div class=\"TRS_Editor\">", "<div class=\"TRS_Editor\"><p>（转载自长沙县人民政府网）</p>"))


def test_same_pages_twice_leave_one_corpus(tmp_path):
    with Corpus(tmp_path / "c.db") as c:
        first = ingest_paths(c, [str(SAMPLES)])
        before = counts(c.db)
        second = ingest_paths(c, [str(SAMPLES)])
        assert counts(c.db) == before
    assert first.counts["new"] == 5 and first.counts["duplicate"] == 1  # the seed as HTML and as text
    assert second.counts == {"unchanged": 6}


def test_repost_on_another_site_is_one_document_with_both_urls(tmp_path):
    html = TRS.read_text(encoding="utf-8")
    city_url = "http://sfj.changsha.gov.cn/xwzx/qxdt/202309/t20230911_999.html"
    with Corpus(tmp_path / "c.db") as c:
        s = Summary()
        ingest_page(c, Page("county.html", html.encode(), url=TRS_URL, source_path="county.html"), s)
        n_metrics = counts(c.db)["metrics"]
        ingest_page(c, Page("city.html", repost(html).encode(), url=city_url, source_path="city.html"), s)
        assert s.counts == {"new": 1, "duplicate": 1}
        assert counts(c.db)["documents"] == 1 and counts(c.db)["metrics"] == n_metrics
        urls = {r[0] for r in c.db.execute("SELECT url FROM appearances")}
        assert urls == {TRS_URL, city_url}
        sims = [r[0] for r in c.db.execute("SELECT similarity FROM appearances ORDER BY similarity")]
        assert 0.8 <= sims[0] < 1.0
        assert c.db.execute("SELECT n_appearances FROM documents").fetchone()[0] == 2


def test_reingest_of_a_changed_page_updates_it(tmp_path):
    html = TRS.read_text(encoding="utf-8")
    with Corpus(tmp_path / "c.db") as c:
        s = Summary()
        ingest_page(c, Page("a", html.encode(), url=TRS_URL, source_path="a"), s)
        changed = html.replace("2167件", "2168件")
        ingest_page(c, Page("a", changed.encode(), url=TRS_URL, source_path="a"), s)
        assert s.counts == {"new": 1, "updated": 1}
        assert counts(c.db)["documents"] == 1
        values = {r[0] for r in c.db.execute("SELECT value FROM metrics WHERE unit = '件'")}
        assert 2168 in values and 2167 not in values


def test_a_crash_inside_a_page_leaves_nothing_half_written(tmp_path, monkeypatch):
    doc = extract(TRS.read_bytes(), url=TRS_URL)
    with Corpus(tmp_path / "c.db") as c:
        real = c._insert_document

        def crash(*args, **kwargs):
            real(*args, **kwargs)
            raise KeyboardInterrupt("killed")

        monkeypatch.setattr(c, "_insert_document", crash)
        with pytest.raises(KeyboardInterrupt):
            c.add(doc, content_sha1="x")
        assert set(counts(c.db).values()) == {0}


def test_failed_pages_are_recorded_with_their_cause(tmp_path):
    bad = tmp_path / "pages"
    bad.mkdir()
    (bad / "empty.html").write_bytes(b"")
    (bad / "list.html").write_bytes((SAMPLES.parent.parent / "tests" / "fixtures" / "no_article.html").read_bytes())
    with Corpus(tmp_path / "c.db") as c:
        s = ingest_paths(c, [str(bad), str(TRS)])
        rows = dict(c.db.execute("SELECT source_path, problem FROM pages WHERE status = 'failed'").fetchall())
    assert s.counts["failed"] == 2 and s.counts["new"] == 1
    assert rows[str(bad / "empty.html")] == "is empty"
    assert "no article text" in rows[str(bad / "list.html")]


def test_chinese_full_text_search(tmp_path):
    with Corpus(tmp_path / "c.db") as c:
        ingest_paths(c, [str(SAMPLES)])
        titles = [r["title"] for r in c.search("调解")]
        assert "长沙县司法局深化“三调联动”全力做好矛盾纠纷排查化解" in titles
        assert [r["title"] for r in c.search("行政复议体制改革")] == ["南海区推动行政争议“一站式”实质化解"]
        assert c.search("量子计算") == []


def test_migrations_and_read_only(tmp_path):
    path = tmp_path / "c.db"
    with Corpus(path) as c:
        assert c.db.execute("PRAGMA user_version").fetchone()[0] >= 1
    with Corpus(path, readonly=True) as c:
        with pytest.raises(sqlite3.OperationalError):
            c.db.execute("DELETE FROM documents")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    with pytest.raises(CorpusError, match="not a govnews corpus"):
        Corpus(other, readonly=True)
    with pytest.raises(CorpusError, match="no such corpus"):
        Corpus(tmp_path / "missing.db", readonly=True)


def test_same_template_with_other_figures_is_another_release(tmp_path):
    html = TRS.read_text(encoding="utf-8")
    other = html.replace("2167件", "1980件").replace("2098件", "1911件").replace("96.8%", "96.5%")
    with Corpus(tmp_path / "c.db") as c:
        s = Summary()
        ingest_page(c, Page("a", html.encode(), url=TRS_URL, source_path="a"), s)
        ingest_page(c, Page("b", other.encode(), url=TRS_URL.replace("11187356", "11190001"), source_path="b"), s)
        assert s.counts == {"new": 2}
        assert counts(c.db)["documents"] == 2


def test_migrations_apply_in_order_to_an_older_corpus(tmp_path):
    from corpus.store import migrations

    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    first = migrations()[0]
    db.executescript(first[1])
    db.execute(f"PRAGMA user_version = {first[0]}")
    db.commit()
    db.close()
    with Corpus(path) as c:
        assert c.db.execute("PRAGMA user_version").fetchone()[0] == migrations()[-1][0]
        cols = [r[1] for r in c.db.execute("PRAGMA table_info(documents)")]
        assert "numbers" in cols


def test_a_headlines_dates_are_stored_beside_the_bodys_with_their_field(tmp_path):
    text = "某县司法局2023年度行政复议工作报告\n2023年，全县新收行政复议案件88件，同比下降12%，办结率达100%。"
    with Corpus(tmp_path / "c.db") as c:
        ingest_page(c, Page(name="report.txt", data=text.encode("utf-8"), url="http://www.example.gov.cn/art/2024/1/5/art_1_1.html"), Summary())
        rows = c.db.execute("SELECT text, field FROM dates ORDER BY position").fetchall()
    assert [tuple(r) for r in rows] == [("2023年度", "title"), ("2023年", "body")]
