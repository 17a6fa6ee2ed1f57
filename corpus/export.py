"""Corpus tables to files that pandas, R, Stata, DuckDB and Spark read.

    export(corpus, "metrics", "parquet", "metrics.parquet")

Formats: jsonl, csv (UTF-8 with BOM, so spreadsheet programs read the Chinese text),
parquet (pyarrow), dta (Stata 118, UTF-8; long text as strL). Columns are those of the
corpus table (see docs/design.md), less internal ones (the MinHash signature).
"""
from __future__ import annotations

from pathlib import Path

TABLES = ("documents", "metrics", "measures", "dates", "appearances", "pages")
FORMATS = ("jsonl", "csv", "parquet", "dta")
INTERNAL = {"minhash"}


def frame(corpus, table: str):
    import pandas as pd

    if table not in TABLES:
        raise ValueError(f"table must be one of {', '.join(TABLES)}")
    df = pd.read_sql_query(f"SELECT * FROM {table}", corpus.db)
    return df.drop(columns=[c for c in df.columns if c in INTERNAL])


def export(corpus, table: str, fmt: str, path: str | Path) -> int:
    """Write `table` in `fmt` to `path`; returns the number of rows."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    df = frame(corpus, table)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        df.to_json(path, orient="records", lines=True, force_ascii=False)
    elif fmt == "csv":
        df.to_csv(path, index=False, encoding="utf-8-sig")
    elif fmt == "parquet":
        df.to_parquet(path, index=False, engine="pyarrow")
    elif fmt == "dta":
        _to_stata(df, path)
    return len(df)


def _to_stata(df, path: Path):
    text_cols = [c for c in df.columns if df[c].dtype == object]
    for c in text_cols:
        df[c] = df[c].fillna("").astype(str)
    long_cols = [c for c in text_cols if df[c].map(lambda s: len(s.encode("utf-8"))).max() > 2000]
    ints = [c for c in df.columns if str(df[c].dtype) in ("Int64", "int64")]
    for c in ints:
        df[c] = df[c].astype("float64") if df[c].isna().any() else df[c]
    labels = {c: c for c in df.columns}
    df.to_stata(path, write_index=False, version=118, convert_strl=long_cols, variable_labels=labels)
