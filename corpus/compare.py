"""Districts side by side: one indicator (or category) by region and period, every cell
with the release it came from.

Only numbers whose period lies in one calendar year are compared (a 2021年以来 figure is
not a 2021 figure), and each release counts once: reposts were folded into their canonical
document at ingest. `by` picks the level of the releases compared: county releases, city
releases (no county) or province releases; figures are never summed across releases.
"""
from __future__ import annotations

import subprocess
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

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
    category: str | None = None  # the indicator's category (TAXONOMY.md)


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
                          alternatives=len({(r["value"], r["unit"]) for r in found}) - 1,
                          category=best["indicator_category"]))
    return Comparison(statistic or indicator or category, by, cells)


def _best(rows, indicator):
    """The figure that names the indicator most exactly; of equals, the latest release's."""
    def key(r):
        ind = r["indicator"] or ""
        exact = 0 if indicator is None else (0 if ind == indicator else 1 if ind.endswith(indicator) else 2)
        return exact, len(ind)

    return min(rows, key=key)


class NoChineseFontWarning(UserWarning):
    """No font with Chinese glyphs could be found: the chart names regions in pinyin."""


# Fonts tried first, in order, when several on the system can draw the text (fontconfig's
# Chinese fonts follow).
PREFERRED_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                   "WenQuanYi Zen Hei", "Noto Sans CJK JP", "Noto Sans CJK TC", "Microsoft YaHei", "SimHei",
                   "PingFang SC", "Heiti SC", "Sarasa Gothic SC", "AR PL UMing CN", "Droid Sans Fallback")


def plot(comparison: Comparison, path: str) -> str:
    """A bar chart (one period) or a line chart (several) of the comparison, as PNG.

    Regions are named in Chinese with a font that has the glyphs (found on the system); if no
    such font exists, in pinyin from the division table, with one NoChineseFontWarning."""
    fig = chart(comparison)
    try:
        fig.savefig(path)
    finally:
        import matplotlib.pyplot as plt

        plt.close(fig)
    return path


def chart(comparison: Comparison):
    """The comparison drawn as a matplotlib Figure (laid out and drawn, not saved)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    texts = [comparison.query, *comparison.regions, *(c.unit for c in comparison.cells)]
    font = chinese_font("".join(texts))
    if font:
        labels = {r: r for r in comparison.regions}
        title = comparison.query
        units = sorted({c.unit for c in comparison.cells})
    else:
        labels = pinyin_names(comparison)
        cats = sorted({c.category for c in comparison.cells if c.category})
        title = comparison.query if comparison.query.isascii() else (", ".join(cats) or "figures compared")
        units = sorted({c.unit for c in comparison.cells if c.unit.isascii()})
        warnings.warn(NoChineseFontWarning(
            "no font with Chinese glyphs found: the chart names regions in pinyin (install one, e.g. "
            "apt-get install fonts-wqy-microhei)"), stacklevel=3)
    style = {"axes.unicode_minus": False}
    if font:
        style["font.family"] = [font]
    with plt.rc_context(style):
        fig, ax = plt.subplots(figsize=(8, 4.5), dpi=120)
        years = comparison.years
        if len(years) == 1:
            regions = comparison.regions
            values = [comparison.cell(r, years[0]).value for r in regions]
            ax.bar([labels[r] for r in regions], values, color="#3b6ea8")
            for i, v in enumerate(values):
                ax.annotate(f"{v:g}", (i, v), ha="center", va="bottom", fontsize=8)
            ax.set_title(f"{title} ({years[0]})")
        else:
            for region in comparison.regions:
                pts = [(y, comparison.cell(region, y)) for y in years]
                pts = [(y, c.value) for y, c in pts if c is not None]
                ax.plot([p[0] for p in pts], [p[1] for p in pts], marker="o", label=labels[region])
            ax.set_xticks(years)
            ax.legend(fontsize=8)
            ax.set_title(title)
        ax.set_ylabel(" / ".join(units))
        fig.tight_layout()
        fig.canvas.draw()
    return fig


def pinyin_names(comparison: Comparison) -> dict[str, str]:
    """Each region's name in pinyin (Gongshu), from the division table; a region the table
    does not hold keeps its code."""
    from extractor.region import gazetteer

    by_key = gazetteer().by_key
    names = {}
    for c in comparison.cells:
        if c.region in names:
            continue
        d = by_key.get((c.adcode, comparison.by)) or next(
            (by_key[(c.adcode, lv)] for lv in LEVELS if (c.adcode, lv) in by_key), None)
        names[c.region] = d.pinyin.capitalize() if d and d.pinyin else (c.adcode or "?")
    seen = Counter(names.values())
    return {r: (f"{n} ({_code(comparison, r)})" if seen[n] > 1 else n) for r, n in names.items()}


def _code(comparison: Comparison, region: str) -> str:
    return next((c.adcode for c in comparison.cells if c.region == region and c.adcode), "?")


def chinese_font(text: str) -> str | None:
    """The name of an installed font that has a glyph for every character of `text`, or None.

    matplotlib's own font list is read first; Chinese fonts fontconfig knows but that list
    lacks (installed after matplotlib cached its list) are added to it."""
    from matplotlib import font_manager

    fm = font_manager.fontManager
    known = {f.fname for f in fm.ttflist}
    for path in _fontconfig_chinese_files():
        if path not in known:
            try:
                fm.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
    zh_files = set(_fontconfig_chinese_files())
    order = {name: i for i, name in enumerate(PREFERRED_FONTS)}
    candidates = sorted((f for f in fm.ttflist if f.name in order or f.fname in zh_files),
                        key=lambda f: (order.get(f.name, len(order)), f.name, f.fname))
    needed = frozenset(ord(ch) for ch in text if not ch.isascii() and not ch.isspace())
    for f in candidates:
        if _covers(f.fname, needed):
            return f.name
    # no fontconfig, or a font it does not tag as Chinese: the font folders themselves
    known = {f.fname for f in fm.ttflist}
    for path in sorted(set(font_manager.findSystemFonts()) - known):
        try:
            fm.addfont(path)
        except (OSError, RuntimeError, ValueError):
            continue
        if _covers(path, needed):
            return font_manager.FontProperties(fname=path).get_name()
    return None


@lru_cache(maxsize=1)
def _fontconfig_chinese_files() -> tuple[str, ...]:
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    files = (line.strip().rstrip(":").strip() for line in out.splitlines())
    return tuple(sorted(f for f in files if f.lower().endswith((".ttf", ".otf", ".ttc", ".otc"))))


@lru_cache(maxsize=64)
def _covers(path: str, codepoints: frozenset) -> bool:
    from matplotlib import ft2font

    try:
        charmap = ft2font.FT2Font(path).get_charmap()
    except (OSError, RuntimeError, ValueError):
        return False
    return all(cp in charmap for cp in codepoints)
