"""A panel of comparable statistics: region × year × statistic, every cell traced to the
release, URL and offsets it came from.

    table = build_panel(corpus, statistics=["mediation.success_rate"], level="county")
    table.long()           # one row per figure: region, year, statistic, value, unit, source …
    table.wide()           # one row per region and year, one group of columns per statistic
    write_panel(table, "panel.dta", wide=True)

A figure enters the panel when its metric has a statistic id (`extractor/statistic.py`) and
its period lies in one calendar year. A cell is one region, year and statistic; when more
than one release (or one release twice) gives it a figure, every figure is kept and the
cell says how they relate: `agree` (the same value in the same unit), or `disagree` with the
reasons: `periods` (a part-year and a whole-year figure, or two parts), `rounding` (one value
is the other rounded: a city release repeating a district's figure), `units` (different
unit families), `values` (a correction, or two releases that differ). The panel never
picks one figure silently: in the long form each figure is its own row; in the wide form a
disagreeing cell has no value and lists its figures.

`level` picks the releases: county releases (a county or district is named), city releases
(a city and no county) or province releases, as `compare` does. A release one level up that
gives a figure for one of its own counties (a city release: 拱墅区人民调解组织调解成功率98.3%)
adds that figure to the county's cell, its `release_level` saying where it came from: the
sentence before the number names that county and no other place of the city. Figures are never
summed across releases.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from extractor.statistic import vocabulary

from .compare import LEVELS

FORMATS = ("csv", "parquet", "dta")

LONG_COLUMNS = ["region", "level", "release_level", "adcode", "province", "city", "county", "year", "statistic", "statistic_name",
                "value", "unit", "value_as_written", "unit_as_written", "text", "indicator", "period_text",
                "period_start", "period_end", "whole_year", "doc_id", "url", "title", "published_at", "start_offset",
                "end_offset", "metric_id", "n_figures", "status", "disagreement"]


class PanelError(ValueError):
    """A request the panel cannot answer (unknown statistic, level or format), named."""


@dataclass
class Figure:
    row: dict

    @property
    def key(self):
        r = self.row
        return r["value"], r["unit"]


@dataclass
class Cell:
    region: str
    adcode: str | None
    year: int
    statistic: str
    figures: list[dict] = field(default_factory=list)

    @property
    def status(self) -> str:
        if len(self.figures) == 1:
            return "single"
        return "agree" if not self.reasons() else "disagree"

    def reasons(self) -> list[str]:
        """Why the figures of this cell differ (empty when they agree)."""
        values = {(f["value"], f["unit"]) for f in self.figures}
        if len(values) <= 1:
            return []
        out = []
        periods = {(f["period_start"], f["period_end"]) for f in self.figures}
        if len(periods) > 1:
            out.append("periods")
        if len({f["unit"] for f in self.figures}) > 1:
            out.append("units")
        same_period = defaultdict(set)
        for f in self.figures:
            same_period[(f["period_start"], f["period_end"], f["unit"])].add(f["value"])
        for vals in same_period.values():
            if len(vals) > 1:
                out.append("rounding" if _rounded_alike(vals) else "values")
        return sorted(set(out), key=out.index)


def _decimals(x: float) -> int:
    s = repr(float(x))
    if "e" in s or "." not in s:
        return 0
    frac = s.split(".")[1].rstrip("0")
    return len(frac)


def _rounded_alike(values: Iterable[float]) -> bool:
    """Whether every value is the most precise one rounded to its own precision."""
    vals = sorted(values, key=_decimals, reverse=True)
    fine = vals[0]
    return all(abs(round(fine, _decimals(v)) - v) < 1e-9 * max(1.0, abs(v)) for v in vals[1:])


@dataclass
class Panel:
    level: str
    cells: list[Cell]

    def long(self):
        """One row per figure (pandas DataFrame, columns LONG_COLUMNS)."""
        import pandas as pd

        rows = []
        for cell in self.cells:
            status, reasons = cell.status, ";".join(cell.reasons()) or None
            for f in cell.figures:
                rows.append({**f, "n_figures": len(cell.figures), "status": status, "disagreement": reasons})
        df = pd.DataFrame(rows, columns=LONG_COLUMNS)
        return df.astype({"year": "Int64", "start_offset": "Int64", "end_offset": "Int64", "metric_id": "Int64",
                          "n_figures": "Int64"}) if len(df) else df

    def wide(self, short_names: bool = True):
        """One row per region and year; for each statistic S (its `short` name, with _yoy,
        _mom or _chg for a change): S (the value, empty where the figures disagree), S_u
        (unit), S_st (single/agree/disagree), S_n (figures), S_doc, S_url, S_off (document
        ids, URLs and start-end offsets of every figure, joined by ;), S_per (periods), and
        S_vals (every figure as value unit [period] doc)."""
        import pandas as pd

        names = {}
        rows: dict[tuple, dict] = {}
        for cell in self.cells:
            name = column_name(cell.statistic) if short_names else cell.statistic
            names[name] = cell.statistic
            first = cell.figures[0]
            row = rows.setdefault((cell.region, cell.year), {
                "region": cell.region, "level": self.level, "adcode": cell.adcode, "province": first["province"],
                "city": first["city"], "county": first["county"], "year": cell.year})
            status = cell.status
            row[name] = first["value"] if status != "disagree" else None
            row[f"{name}_u"] = ";".join(sorted({f["unit"] for f in cell.figures}))
            row[f"{name}_st"] = status
            row[f"{name}_n"] = len(cell.figures)
            row[f"{name}_doc"] = ";".join(f["doc_id"] for f in cell.figures)
            row[f"{name}_url"] = ";".join(f["url"] or "" for f in cell.figures)
            row[f"{name}_off"] = ";".join(f"{f['start_offset']}-{f['end_offset']}" for f in cell.figures)
            row[f"{name}_per"] = ";".join(f["period_text"] or "" for f in cell.figures)
            row[f"{name}_vals"] = " | ".join(f"{f['value']:g} {f['unit']} [{f['period_text'] or ''}] {f['doc_id']}"
                                             for f in cell.figures)
        df = pd.DataFrame(sorted(rows.values(), key=lambda r: (r["region"] or "", r["year"])))
        if len(df):
            df["year"] = df["year"].astype("Int64")
        df.attrs["statistics"] = names
        return df


def column_name(statistic_id: str) -> str:
    """The statistic's short name (≤ 20 characters), with _yoy, _mom or _chg for a change:
    a column name Stata accepts with its suffixes (≤ 32)."""
    vocab = vocabulary()
    entry = vocab.get(statistic_id)
    if entry is None:
        return statistic_id.replace(".", "_")[:24]
    if statistic_id == entry.id:
        return entry.short
    suffix = statistic_id.rsplit(".", 1)[1]
    return entry.short + {"yoy_change": "_yoy", "mom_change": "_mom"}.get(suffix, "_chg")


def check_statistics(statistics: Iterable[str]) -> list[str]:
    vocab = vocabulary()
    out = []
    for s in statistics:
        if vocab.get(s) is None:
            close = [i for i in vocab.ids() if s.split(".")[0] in i][:8]
            hint = f" (ids of that area: {', '.join(close)})" if close else " (govnews statistics lists them)"
            raise PanelError(f"{s}: not a statistic of the vocabulary{hint}")
        out.append(s)
    return out


def build_panel(corpus, statistics: Iterable[str] = (), level: str = "county",
                progress: Callable[[int, int], None] | None = None) -> Panel:
    """The panel of `statistics` (all ids when none) at `level`. `progress(done, total)` is
    called as rows are read."""
    if level not in LEVELS:
        raise PanelError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    wanted = check_statistics(statistics)
    where = ["m.statistic IS NOT NULL", "m.period_year IS NOT NULL",
             {"county": "d.county IS NOT NULL",
              "city": "d.county IS NULL AND d.city IS NOT NULL",
              "province": "d.city IS NULL AND d.province IS NOT NULL"}[level]]
    params: list = []
    if wanted:
        where.append(f"m.statistic IN ({', '.join('?' for _ in wanted)})")
        params += wanted
    sql_where = " AND ".join(where)
    total = corpus.db.execute(f"SELECT count(*) FROM metrics m JOIN documents d ON d.doc_id = m.doc_id "
                              f"WHERE {sql_where}", params).fetchone()[0]
    rows = corpus.db.execute(
        f"{_SELECT}{', d.body' if level != 'county' else ''} FROM metrics m JOIN documents d ON d.doc_id = m.doc_id "
        f"WHERE {sql_where} ORDER BY d.published_at, m.doc_id, m.position", params)
    vocab = vocabulary()
    cells: dict[tuple, Cell] = {}
    places = _Places()
    above = _from_level_above(corpus, level, wanted, places)
    total += len(above)
    below = LEVELS[LEVELS.index(level) - 1] if level != "county" else None
    for done, (r, named) in enumerate([*((r, None) for r in rows), *above], 1):
        if progress:
            progress(done, total)
        if named is None and below and places.named(r, below) is not None:
            continue  # a city release's figure for one of its counties is the county's, not the city's
        if named is None:
            region = {"county": r["county"], "city": r["city"], "province": r["province"]}[level]
            adcode, province, city, county = r["adcode"], r["province"], r["city"], r["county"]
        else:
            region, adcode = named.name, named.code
            province, city = r["province"], r["city"] if level == "county" else named.name
            county = named.name if level == "county" else None
        key = (region, r["period_year"], r["statistic"])
        cell = cells.get(key)
        if cell is None:
            cell = cells[key] = Cell(region=region, adcode=adcode, year=r["period_year"], statistic=r["statistic"])
        entry = vocab.get(r["statistic"])
        start, end = r["period_start"], r["period_end"]
        cell.figures.append({
            "region": region, "level": level, "release_level": level if named is None else LEVELS[LEVELS.index(level) + 1],
            "adcode": adcode, "province": province, "city": city,
            "county": county, "year": r["period_year"], "statistic": r["statistic"],
            "statistic_name": entry.name if entry else None,
            "value": r["value_normalised"] if r["value_normalised"] is not None else r["value"],
            "unit": r["unit_normalised"] or r["unit"], "value_as_written": r["value"], "unit_as_written": r["unit"],
            "text": r["text"], "indicator": r["indicator"], "period_text": r["period_text"],
            "period_start": start, "period_end": end,
            "whole_year": bool(start and end and start[5:] == "01-01" and end[5:] == "12-31"),
            "doc_id": r["doc_id"], "url": r["url"], "title": r["title"], "published_at": r["published_at"],
            "start_offset": r["start_offset"], "end_offset": r["end_offset"], "metric_id": r["metric_id"]})
    ordered = sorted(cells.values(), key=lambda c: (c.statistic, c.region or "", c.year))
    return Panel(level=level, cells=ordered)


_SELECT = ("SELECT m.metric_id, m.doc_id, m.text, m.start_offset, m.end_offset, m.value, m.unit, m.indicator, "
           "m.period_text, m.period_start, m.period_end, m.period_year, m.statistic, m.value_normalised, "
           "m.unit_normalised, d.url, d.title, d.published_at, d.province, d.city, d.county, d.adcode")


class _Places:
    """Which division of a level below a release's own a figure speaks of: the one its clause
    names (其中，拱墅区人民调解组织调解成功率98.3%), else the one its sentence names, when that is
    the only place named there."""

    def __init__(self):
        self.segments = {}

    def named(self, row, below: str):
        from extractor.region import find_places
        from extractor.segments import Segments

        body = row["body"]
        segs = self.segments.get(row["doc_id"])
        if segs is None:
            segs = self.segments[row["doc_id"]] = Segments(body)
        pos = row["start_offset"]
        sentence = segs.sentence_at(pos).start
        parent = row["city"] if below == "county" else row["province"]
        for start in (segs.clause_start(pos, sentence), sentence):
            found = {}
            for _, _, _, divs in find_places(body[start:pos]):
                ours = [d for d in divs if d.level == below and (d.city if below == "county" else d.province) == parent]
                for d in ours:  # 西湖区 is in 杭州市 and in 南昌市: in a 杭州 release, 杭州's
                    found[d.code] = d
                if not ours and not any(d.name == parent or d.level == "province" for d in divs):
                    found["other:" + divs[0].code] = divs[0]
            if found:
                only = next(iter(found))
                return found[only] if len(found) == 1 and not only.startswith("other:") else None
        return None


def _from_level_above(corpus, level: str, wanted: list[str], places: _Places) -> list[tuple]:
    """Figures of releases one level up that speak of one of their own divisions of `level`
    (a city release on one of its counties): (row, the division)."""
    if level == "province":
        return []
    where = ["m.statistic IS NOT NULL", "m.period_year IS NOT NULL",
             "d.county IS NULL AND d.city IS NOT NULL" if level == "county"
             else "d.city IS NULL AND d.province IS NOT NULL"]
    params: list = []
    if wanted:
        where.append(f"m.statistic IN ({', '.join('?' for _ in wanted)})")
        params += wanted
    rows = corpus.db.execute(f"{_SELECT}, d.body FROM metrics m JOIN documents d ON d.doc_id = m.doc_id "
                             f"WHERE {' AND '.join(where)} ORDER BY d.published_at, m.doc_id, m.position", params)
    out = []
    for r in rows:
        named = places.named(r, level)
        if named is not None:
            out.append((r, named))
    return out


def write_panel(panel: Panel, path: str | Path, fmt: str | None = None, wide: bool = False) -> int:
    """Write the panel (long, or wide) as csv, parquet or dta (by `fmt`, else the file's
    suffix); returns the number of rows."""
    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise PanelError(f"{path}: say the format (csv, parquet or dta) with --format or the file's suffix")
    df = panel.wide() if wide else panel.long()
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        df.to_csv(path, index=False, encoding="utf-8-sig")
    elif fmt == "parquet":
        df.to_parquet(path, index=False, engine="pyarrow")
    else:
        _to_stata(df, path, df.attrs.get("statistics", {}))
    return len(df)


def _to_stata(df, path: Path, names: dict[str, str]):
    """Stata 118 (UTF-8): text as str or strL, missing text as "", booleans as 0/1, and
    each wide column labelled with the statistic id it holds."""
    df = df.copy()
    for c in df.columns:
        if df[c].dtype == bool:
            df[c] = df[c].astype("int8")
        elif str(df[c].dtype) in ("Int64", "int64"):
            df[c] = df[c].astype("float64")
        elif df[c].dtype == object:
            if df[c].map(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) or v is None).all():
                df[c] = df[c].astype("float64")
            else:
                df[c] = df[c].map(lambda v: "" if v is None or v != v else str(v))
    long_cols = [c for c in df.columns if df[c].dtype == object
                 and df[c].map(lambda s: len(s.encode("utf-8"))).max() > 2000]
    labels = {}
    for c in df.columns:
        base = next((n for n in sorted(names, key=len, reverse=True) if c == n or c.startswith(n + "_")), None)
        labels[c] = (names[base] + c[len(base):])[:80] if base else c[:80]
    df.to_stata(path, write_index=False, version=118, convert_strl=long_cols, variable_labels=labels)
