"""Exports that pandas, pyarrow and Stata read; the district comparison and its chart."""
import json

import pandas as pd
import pyarrow.parquet as pq
import pytest

from conftest import SAMPLES
from corpus.compare import compare, plot
from corpus.export import export, frame
from corpus.ingest import ingest_paths
from corpus.store import Corpus

DOCUMENTED = {
    "documents": {"doc_id", "url", "title", "published_at", "source", "province", "city", "county", "adcode", "body",
                  "n_appearances", "extractor_version"},
    "metrics": {"doc_id", "text", "value", "unit", "kind", "indicator", "indicator_category", "change_direction",
                "change_basis", "qualifier", "period_text", "period_start", "period_end", "period_year", "province",
                "city", "county", "adcode", "url", "extractor_version"},
    "measures": {"doc_id", "position", "marker", "title", "keyword", "category", "adcode", "url", "start_offset",
                 "end_offset"},
    "dates": {"doc_id", "text", "type", "start_date", "end_date", "granularity", "field", "anchored"},
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("c") / "corpus.db"
    with Corpus(path) as c:
        ingest_paths(c, [str(SAMPLES)])
    c = Corpus(path, readonly=True)
    yield c
    c.close()


@pytest.mark.parametrize("table", sorted(DOCUMENTED))
def test_every_format_loads_with_the_documented_columns(corpus, tmp_path, table):
    n = len(frame(corpus, table))
    assert n > 0
    export(corpus, table, "jsonl", tmp_path / "t.jsonl")
    export(corpus, table, "csv", tmp_path / "t.csv")
    export(corpus, table, "parquet", tmp_path / "t.parquet")
    export(corpus, table, "dta", tmp_path / "t.dta")
    loaded = {
        "jsonl": pd.read_json(tmp_path / "t.jsonl", lines=True),
        "csv": pd.read_csv(tmp_path / "t.csv", encoding="utf-8-sig"),
        "parquet": pq.read_table(tmp_path / "t.parquet").to_pandas(),
        "dta": pd.read_stata(tmp_path / "t.dta"),
    }
    for fmt, df in loaded.items():
        assert len(df) == n, fmt
        assert DOCUMENTED[table] <= set(df.columns), (fmt, DOCUMENTED[table] - set(df.columns))
        assert "minhash" not in df.columns
    if table == "documents":
        assert loaded["dta"]["title"].str.contains("拱墅区司法局").any()  # Chinese survives Stata



def test_stata_keeps_long_text(tmp_path):
    from corpus.export import _to_stata

    df = pd.DataFrame({"body": ["调解" * 3000, "短"], "value": [1.5, None]})
    _to_stata(df, tmp_path / "long.dta")
    back = pd.read_stata(tmp_path / "long.dta")
    assert back["body"][0] == "调解" * 3000


def test_compare_table_sources_and_chart(corpus, tmp_path):
    result = compare(corpus, indicator="行政复议申请", by="county", whole_year=False)
    assert {(c.region, c.year, c.value) for c in result.cells} == {("南海区", 2023, 1286.0), ("西湖区", 2023, 156.0)}
    table = result.table()
    assert "南海区" in table and "1286件" in table
    assert "今年1至5月" in result.sources() and "全年" in result.sources()
    whole = compare(corpus, indicator="行政复议申请", by="county")
    assert [(c.region, c.value) for c in whole.cells] == [("南海区", 1286.0)]
    png = plot(result, str(tmp_path / "chart.png"))
    data = open(png, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000


def test_compare_needs_a_question(corpus):
    with pytest.raises(ValueError, match="say what to compare"):
        compare(corpus)
