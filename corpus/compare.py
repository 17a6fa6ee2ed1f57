"""Districts side by side: one indicator (or category) by region and period, every cell
with the release it came from.

Only numbers whose period lies in one calendar year are compared (a 2021年以来 figure is
not a 2021 figure), and each release counts once: reposts were folded into their canonical
document at ingest. `by` picks the level of the releases compared: county releases, city
releases (no county) or province releases; figures are never summed across releases.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .store import Corpus

LEVELS = ("county", "city", "province")


@dataclass
class Cell:
    region: str
    adcode: str | None
    year: int
    value: float
    unit: str
    indicator: str | None
    text: str
    period: str | None
    title: str | None
    url: str | None
    doc_id: str
    published_at: str | None
    alternatives: int = 0  # other figures for the same region and year, not shown in the cell


@dataclass
class Comparison:
    query: str
    by: str
    cells: list[Cell]

    @property
    def years(self) -> list[int]:
        return sorted({c.year for c in self.cells})

    @property
    def regions(self) -> list[str]:
        return sorted({c.region for c in self.cells})

    def cell(self, region: str, year: int) -> Cell | None:
        return next((c for c in self.cells if c.region == region and c.year == year), None)

    def table(self) -> str:
        years = self.years
        width = max([len(r) for r in self.regions] + [6]) + 2
        head = "region".ljust(width) + "".join(f"{y:>14}" for y in years)
        lines = [head]
        for region in self.regions:
            row = region.ljust(width)
            for y in years:
                c = self.cell(region, y)
                row += f"{_fmt(c):>14}"
            lines.append(row)
        return "\n".join(lines)

    def sources(self) -> str:
        out = []
        for c in sorted(self.cells, key=lambda c: (c.region, c.year)):
            more = f" (+{c.alternatives} other figure{'s' if c.alternatives > 1 else ''})" if c.alternatives else ""
            out.append(f"{c.region} {c.year}: {c.text} [{c.indicator}, {c.period}] — {c.title} "
                       f"({c.published_at or 'undated'}) {c.url or c.doc_id}{more}")
        return "\n".join(out)


def _fmt(c: Cell | None) -> str:
    if c is None:
        return "-"
    v = f"{c.value:g}"
    return (v + c.unit if c.unit in ("%", "个百分点") else f"{v}{c.unit}") + ("*" if c.alternatives else "")


def compare(corpus: Corpus, *, indicator: str | None = None, category: str | None = None,
            statistic: str | None = None, period: int | None = None, by: str = "county",
            whole_year: bool = True) -> Comparison:
    """Figures by region and year. With `whole_year` (the default) only figures for a whole
    calendar year count (2023年, 2023年度, 全年); otherwise part-year figures (1至8月)
    within one year count too, and the sources say which period each is. A `statistic` id
    compares however the releases word it, in the normalised unit (a change id compares
    changes)."""
    if not indicator and not category and not statistic:
        raise ValueError("say what to compare: a statistic id, an indicator text or a category")
    if by not in LEVELS:
        raise ValueError(f"by must be one of {', '.join(LEVELS)}")
    where = ["m.period_year IS NOT NULL"]
    if statistic:
        from extractor.statistic import vocabulary

        if vocabulary().get(statistic) is None:
            raise ValueError(f"{statistic}: not a statistic of the vocabulary (govnews statistics lists them)")
    else:
        where.append("m.change_direction IS NULL")
    if whole_year:
        where.append("substr(m.period_start, 6) = '01-01' AND substr(m.period_end, 6) = '12-31'")
    params: list = []
    if indicator:
        where.append("m.indicator LIKE ?")
        params.append(f"%{indicator}%")
    if category:
        where.append("m.indicator_category = ?")
        params.append(category)
    if statistic:
        where.append("m.statistic = ?")
        params.append(statistic)
    if period:
        where.append("m.period_year = ?")
        params.append(int(period))
    level = {"county": "d.county IS NOT NULL",
             "city": "d.county IS NULL AND d.city IS NOT NULL",
             "province": "d.city IS NULL AND d.province IS NOT NULL"}[by]
    where.append(level)
    rows = corpus.db.execute(
        "SELECT m.*, d.title, d.published_at, d.url AS doc_url, d.province AS d_province, d.city AS d_city, "
        "d.county AS d_county, d.adcode AS d_adcode FROM metrics m JOIN documents d ON d.doc_id = m.doc_id "
        f"WHERE {' AND '.join(where)} ORDER BY d.published_at DESC, m.doc_id, m.position", params).fetchall()
    groups: dict[tuple[str, int], list] = defaultdict(list)
    for r in rows:
        name = {"county": r["d_county"], "city": r["d_city"], "province": r["d_province"]}[by]
        groups[(name, r["period_year"])].append(r)
    cells = []
    for (name, year), found in groups.items():
        best = _best(found, indicator)
        value, unit = (best["value_normalised"], best["unit_normalised"]) if statistic else (best["value"], best["unit"])
        cells.append(Cell(region=name, adcode=best["d_adcode"], year=year, value=value, unit=unit,
                          indicator=best["indicator"], text=best["text"], period=best["period_text"],
                          title=best["title"],
                          url=best["doc_url"], doc_id=best["doc_id"], published_at=best["published_at"],
                          alternatives=len({(r["value"], r["unit"]) for r in found}) - 1))
    return Comparison(statistic or indicator or category, by, cells)


def _best(rows, indicator):
    """The figure that names the indicator most exactly; of equals, the latest release's."""
    def key(r):
        ind = r["indicator"] or ""
        exact = 0 if indicator is None else (0 if ind == indicator else 1 if ind.endswith(indicator) else 2)
        return exact, len(ind)

    return min(rows, key=key)


def plot(comparison: Comparison, path: str) -> str:
    """A bar chart (one period) or a line chart (several) of the comparison, as PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    font = _cjk_font()
    labels = {r: r for r in comparison.regions}
    if font is None:  # no font for Chinese on this machine: label regions by their codes
        labels = {c.region: c.adcode or c.region for c in comparison.cells}
    else:
        plt.rcParams["font.family"] = font
    plt.rcParams["axes.unicode_minus"] = False
    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=120)
    years = comparison.years
    units = {c.unit for c in comparison.cells}
    if len(years) == 1:
        regions = comparison.regions
        values = [comparison.cell(r, years[0]).value for r in regions]
        ax.bar([labels[r] for r in regions], values, color="#3b6ea8")
        for i, v in enumerate(values):
            ax.annotate(f"{v:g}", (i, v), ha="center", va="bottom", fontsize=8)
        ax.set_title(f"{comparison.query} ({years[0]})")
    else:
        for region in comparison.regions:
            pts = [(y, comparison.cell(region, y)) for y in years]
            pts = [(y, c.value) for y, c in pts if c is not None]
            ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", label=labels[region])
        ax.set_xticks(years)
        ax.legend(fontsize=8)
        ax.set_title(comparison.query)
    ax.set_ylabel(" / ".join(sorted(units)))
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def _cjk_font() -> str | None:
    from matplotlib import font_manager

    wanted = ("Noto Sans CJK SC", "Noto Sans CJK", "Noto Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
              "Source Han Sans SC", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC", "AR PL UMing CN",
              "Droid Sans Fallback")
    names = {f.name for f in font_manager.fontManager.ttflist}
    return next((w for w in wanted if w in names), None)
