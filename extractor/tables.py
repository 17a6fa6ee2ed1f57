"""Tables in a body: the numbers of their cells as metrics (RECORDS.md, "Tables").

A table is a run of two or more lines whose cells are set apart by `|`, tabs or wide
spaces (an HTML table is laid out that way by html_page, one row a line). Rows before
the first row holding a number are its header. A number in a data row is a metric when
its own cell, its column header or its row label names the unit (`合计(宗)`,
`罚没金额(万元)`, `件`); its indicator is the row label and the
column header joined, and its period is the table's own: a time expression in the caption,
else the report's year (in the title, or opening its first paragraph). A cell of a header row is never a metric.
"""
from __future__ import annotations

import calendar
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from . import lexicon
from .dates import compared_with, opens_line
from .document import Change, DateSpan, Metric, Period
from .metrics import config as metric_config
from .script import pinyin_gloss


@dataclass
class Cell:
    text: str  # stripped
    start: int
    end: int


@dataclass
class Table:
    start: int  # offset of the first row's line
    end: int
    rows: list[list[Cell]] = field(default_factory=list)
    caption: tuple[int, int] = (0, 0)  # span of the lines above it looked at for its period


@dataclass(frozen=True)
class _Cfg:
    separators: regex.Pattern
    header_unit: regex.Pattern
    unit_alone: regex.Pattern
    number_cell: regex.Pattern
    empty_headers: frozenset
    counted_suffix: dict
    caption_lines: int
    multipliers: dict
    unit_kind: dict
    unit_as: dict
    wrapped_label_chars: int
    prose_cell_chars: int
    sentence_end: regex.Pattern


@lru_cache(maxsize=1)
def _cfg() -> _Cfg:
    d = lexicon.load("tables")
    mc = metric_config()
    units = lexicon.alternation(mc.unit_kind)

    words = lexicon.alternation([w for w in d["cell_directions"] if len(w) > 1])

    def pattern(key):
        return lexicon.fast_compile(d[key].replace("{units}", units).replace("{change_words}", words))

    return _Cfg(separators=lexicon.fast_compile(d["cell_separators"]), header_unit=pattern("header_unit"),
                unit_alone=pattern("unit_alone"),
                number_cell=pattern("number_cell"), empty_headers=frozenset(d["empty_headers"]),
                counted_suffix=dict(d["counted_suffix"]), caption_lines=int(d["caption_lines"]),
                multipliers=mc.multipliers, unit_kind=mc.unit_kind, unit_as=mc.unit_as,
                wrapped_label_chars=int(d["wrapped_label_chars"]), prose_cell_chars=int(d["prose_cell_chars"]),
                sentence_end=lexicon.fast_compile(d["prose_cell_sentence_end"]))


def _cells(body: str, start: int, end: int) -> list[Cell] | None:
    """The cells of the line body[start:end], or None when it is not a table row."""
    line = body[start:end]
    seps = list(_cfg().separators.finditer(line))
    if not seps:
        return None
    cells, pos = [], 0
    for m in seps + [None]:
        stop = m.start() if m is not None else len(line)
        raw = line[pos:stop]
        text = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        cells.append(Cell(text, start + pos + lead, start + pos + lead + len(text)))
        pos = m.end() if m is not None else pos
    while cells and not cells[-1].text:  # a row closed by its separator (规章 | 0 | 0 |)
        cells.pop()
    while cells and not cells[0].text and len(cells) > 1 and body[start:end].lstrip()[:1] in "|｜":
        cells.pop(0)  # (| 规章 | 0 |)
    named = sum(1 for c in cells if c.text)
    if named < 2 and not (named == 1 and len(seps) >= 2):  # (one cell and its rules: a header spanning the row)
        return None
    return cells


def find_tables(body: str) -> list[Table]:
    tables, current = [], None
    pos = 0
    lines = []
    for line in body.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    for i, (a, b) in enumerate(lines):
        cells = _cells(body, a, b) if b > a else None
        if cells is None:
            if current is not None and len(current.rows) >= 2:
                tables.append(current)
            current = None
            continue
        if current is None:
            first = max(0, i - _cfg().caption_lines)
            current = Table(a, b, caption=(lines[first][0], a))
        current.rows.append(cells)
        current.end = b
    if current is not None and len(current.rows) >= 2:
        tables.append(current)
    taken = {(t.start, t.end) for t in tables}
    tables += [t for t in _column_tables(body, lines) if (t.start, t.end) not in taken]
    tables.sort(key=lambda t: t.start)
    return tables


def _column_tables(body: str, lines: list[tuple[int, int]]) -> list[Table]:
    """Tables dumped one cell a line, each cell closed by its rule (data/tables.toml
    column_cell_line: 信息内容 |) or alone on a short line (column_short_cell: 单位 / 办件数量 /
    市监局 / 266): runs of such cells cut into rows at the width of their rows."""
    d = lexicon.load("tables")
    cell_line, caption = _column_patterns()
    short = _short_cell_line()
    out: list[Table] = []
    run: list[Cell] = []
    ruled = None  # whether the run's cells are closed by their rules (one run never mixes both)
    captioned = False  # whether the run opens under a template's caption (第二十条第(八)项)

    def close():
        nonlocal captioned
        if len(run) >= int(d["column_min_cells_captioned" if captioned else "column_min_cells"]):
            out.extend(_rows_of(run, body))
        run.clear()
        captioned = False

    for a, b in lines:
        line = body[a:b]
        if not line.strip():
            continue  # (a cell a paragraph, blank lines between)
        m = cell_line.match(line) if line[-1] in "|｜ " else None
        if m is None:
            m = short.match(line)
            if m is None:
                close()
                continue
            if ruled:
                close()
            ruled = False
        else:
            if ruled is False:
                close()
            ruled = True
        text = m.group("cell").strip()
        if caption.match(text):
            close()  # 第二十条第(一)项: the caption of the next table
            captioned = True
            continue
        start = a + m.start("cell") + (len(m.group("cell")) - len(m.group("cell").lstrip()))
        run.append(Cell(text, start, start + len(text)))
    close()
    return out


@lru_cache(maxsize=1)
def _short_cell_line():
    return lexicon.fast_compile(lexicon.load("tables")["column_short_cell"])


def _rows_of(cells: list[Cell], body: str) -> list[Table]:
    """The tables of a run of cells: a header of as many cells as a row has, then rows, each a
    label and numbers, as far as the run keeps that shape; then the tables of the rest."""
    first_number = next((i for i, c in enumerate(cells) if _number(c) is not None), None)
    if first_number is None:
        return []
    values = _values_after(cells, first_number)
    if values >= 2 and first_number + values == len(cells) and (
            first_number == values or first_number == values + 1 and _unit_named(cells[0].text)[0]):
        return [_header_over_values(cells, first_number, values, body)]  # (申请数量 / 受理数量 / 2207 / 2207)
    rows, start = [], 0
    if first_number >= 3:  # the run opens with its header (信息内容 | 本年制发件数 | … | 规章 | 0 |)
        rows = _cut_rows(cells, first_number - 1, serial=False)
        if len(rows) < 2 and first_number + 1 < len(cells) and _number(cells[first_number + 1]) is None:
            rows = _cut_rows(cells, first_number, serial=True)  # (序号 | 受理单位 | … / 1 | 大洼区 | …)
    if len(rows) < 2:  # captions and headings above the header: the rows say how wide it is
        width = _row_width(cells, first_number)
        start = first_number - 1 - width
        rows = _cut_rows(cells[start:], width, serial=False) if width and start >= 0 else []
        if len(rows) >= 2 and any(_number(c) is not None for c in rows[0]):
            rows = []
    if len(rows) < 2:
        return _rows_of(cells[first_number + 1:], body) if len(cells) - first_number > 6 else []
    above = cells[start - 1] if start > 0 else None
    if above is not None and _unit_named(above.text)[0] is not None:
        rows.insert(0, [above])  # (行政处罚实施数量(宗) / 单位名称 / 警告 / …: the caption spanning the header, with its unit)
    table = _table_of(body, rows, rows[0][0].start, rows[-1][-1].end)
    rest = [c for c in cells[start:] if c.start >= rows[-1][-1].end]
    if len(rest) >= int(lexicon.load("tables")["column_min_cells"]):
        return [table] + _rows_of(rest, body)  # (a second table right under the first: 乡镇(街道) | 办件数量 | …)
    return [table]


def _values_after(cells: list[Cell], first: int) -> int:
    n = 0
    while first + n < len(cells) and _number(cells[first + n]) is not None:
        n += 1
    return n


def _header_over_values(cells: list[Cell], first_number: int, values: int, body: str) -> Table:
    """A table of one row of values under its column headers, no row label (行政许可实施数量(宗) /
    申请数量 / 受理数量 / … / 2207 / 2207 / …): a caption naming the unit may span the headers."""
    header = cells[first_number - values:first_number]
    rows = [[Cell("", header[0].start, header[0].start)] + header,
            [Cell("", cells[first_number].start, cells[first_number].start)] + cells[first_number:first_number + values]]
    if first_number > values:
        rows.insert(0, [cells[0]])  # (the caption over the headers, with its unit)
    return _table_of(body, rows, cells[0].start, cells[-1].end)


def _table_of(body: str, rows: list[list[Cell]], start: int, end: int) -> Table:
    """The table of `rows` from the line holding `start` to `end`, its caption the lines above."""
    line_start = body.rfind("\n", 0, start) + 1
    first = line_start
    for _ in range(_cfg().caption_lines):
        first = body.rfind("\n", 0, max(0, first - 1)) + 1
    return Table(line_start, end, rows=rows, caption=(first, line_start))


def _row_width(cells: list[Cell], first_number: int) -> int:
    """How many cells a row holds: from the label before the first number to the next label."""
    for j in range(first_number + 1, len(cells)):
        if _number(cells[j]) is None and cells[j].text not in ("", "-", "/", "—"):
            return j - (first_number - 1) if j - first_number >= 1 else 0
    return 0


def _cut_rows(cells: list[Cell], width: int, serial: bool) -> list[list[Cell]]:
    """The header and the rows of `width` cells each, as far as each row is a label and numbers
    (after a serial number when `serial`)."""
    rows = [cells[:width]]
    i = width
    while i + width <= len(cells):
        row = cells[i:i + width]
        if not serial and _wrapped_label(cells, i, width):
            label = Cell(cells[i].text + cells[i + 1].text, cells[i].start, cells[i + 1].end)
            rows.append([label] + cells[i + 2:i + 1 + width])  # (机动车交通事故 / 责任纠纷 / 2456 / …)
            i += width + 1
            continue
        if serial:
            if _number(row[0]) is None or len(row) < 3:
                break
            label, values = row[1], row[2:]
        else:
            label, values = row[0], row[1:]
        if _number(label) is not None or not label.text \
                or not all(_number(c) is not None or c.text in ("", "-", "/", "—") for c in values):
            break
        rows.append(row)
        i += width
    return rows


def _wrapped_label(cells: list[Cell], i: int, width: int) -> bool:
    """Whether a row's label runs over two cells, a long label wrapped onto a second line, with
    the row's numbers after both."""
    if i + width + 1 > len(cells) or width < 2:
        return False
    first, second = cells[i], cells[i + 1]
    if not first.text or not second.text or _number(first) is not None or _number(second) is not None:
        return False
    if len(first.text) + len(second.text) > _cfg().wrapped_label_chars:
        return False
    return all(_number(c) is not None for c in cells[i + 2:i + 1 + width])


def is_cell_line(line: str) -> bool:
    """Whether a line is one cell of a table dumped one cell a line (信息内容 |, 0 |)."""
    return line.rstrip()[-1:] in ("|", "｜") and _column_patterns()[0].match(line) is not None


def is_row_line(line: str) -> bool:
    """Whether a line is a table's row printed whole: three or more cells between the data's cell
    separators (综合指数\t达标天数比例（%）\tSO2, 合计 | 120 | 98%)."""
    return sum(1 for cell in _cfg().separators.split(line) if cell.strip()) >= 3


def is_number_line(line: str) -> bool:
    """Whether a line holds only a number (266, 98.50%, 0): a cell of a table dumped a cell a line."""
    return _cfg().number_cell.match(line) is not None and any(ch.isdigit() for ch in line)


@lru_cache(maxsize=1)
def _column_patterns():
    d = lexicon.load("tables")
    return lexicon.fast_compile(d["column_cell_line"]), lexicon.fast_compile(d["column_caption_cell"])


def _number(cell: Cell):
    """(value, unit or None) of a cell holding only a number, else None: not a calendar year
    (2008年, a column's header)."""
    m = _cfg().number_cell.match(cell.text)
    if not m or (m["unit"] == "年" and _CALENDAR_YEAR.fullmatch(m["num"])):
        return None
    try:
        value = float(m["num"].replace(",", "").replace("，", ""))
    except ValueError:
        return None
    mult = _cfg().multipliers.get(m["mult"], 1.0) if m["mult"] else 1.0
    return value * mult, m["unit"]


_CALENDAR_YEAR = lexicon.fast_compile(lexicon.load("tables")["calendar_year"])
_DIRECTIONS = lexicon.load("tables")["cell_directions"]


def _unit_named(text: str):
    """(unit, multiplier) a header or label names, else (None, 1)."""
    c = _cfg()
    for pattern in (c.unit_alone, c.header_unit):
        m = pattern.search(text)
        if m:
            unit = m.groupdict().get("unit") or m.groupdict().get("unit2")
            mult = m.groupdict().get("mult") or m.groupdict().get("mult2")
            if unit:
                return unit, c.multipliers.get(mult, 1.0) if mult else 1.0
    for suffix, unit in c.counted_suffix.items():
        if text.endswith(suffix):
            return unit, 1.0
    return None, 1.0


def _name(text: str) -> str:
    """A header or label without its unit (罚没金额(万元) -> 罚没金额), or '' when it says nothing."""
    c = _cfg()
    text = c.header_unit.sub("", text)
    text = c.unit_alone.sub("", text).strip(" :：")
    return "" if text in c.empty_headers else text


def _is_prose(cell: Cell) -> bool:
    """A cell that holds sentences, not a header's label (a work report's table of tasks and what was done)."""
    return len(cell.text) > _cfg().prose_cell_chars and _cfg().sentence_end.search(cell.text) is not None


def _is_data_row(row: list[Cell]) -> bool:
    return any(_number(c) for c in row[1:]) or (len(row) > 1 and all(_number(c) for c in row if c.text))


def _spanning_unit(headers: list[list[Cell]]):
    """The unit of a header row that has one cell only, spanning the columns under it
    (行政处罚实施数量(宗) | ||||), or of a header's corner cell that names only the unit
    ((单位:件) | 2008年 | 2009年 | …)."""
    for row in reversed(headers):
        named = [c for c in row if c.text]
        if len(named) == 1 or (row and row[0].text and _UNIT_ONLY.fullmatch(row[0].text)):
            unit = _unit_named(named[0].text)
            if unit[0] is not None:
                return unit
    return None, 1.0


_UNIT_ONLY = lexicon.fast_compile(lexicon.load("tables")["unit_only_cell"])


def _header_cell(headers: list[list[Cell]], width: int, j: int) -> Cell | None:
    """The column header of column j: from the nearest header row as wide as the data row,
    else from the nearest row that has a cell at j."""
    rows = [h for h in reversed(headers) if len(h) == width]
    if rows:
        return rows[0][j]
    short = [h for h in reversed(headers) if len(h) == width - 1]
    if short and j >= 1:  # (本周数据 | 上周数据 | 环比增长 over 住房 | 399 | 348 | 14.66%: no header over the labels)
        return short[0][j - 1]
    rows = [h for h in reversed(headers) if len(h) > j]
    return rows[0][j] if rows else None


def _without_time(header: str, time: str) -> str:
    """A column's header without the time it names (去年2023年(件) -> (件))."""
    header = header.replace(time, "")
    for word in lexicon.load("tables")["column_time_words"]:
        header = header.replace(word, "")
    return header


def _column_date(cell: Cell | None, dates: list[DateSpan]) -> DateSpan | None:
    """The time a column's header names (2024年(件), 去年2023年(件)): the column's period."""
    if cell is None or not cell.text:
        return None
    # (同比2019年: the column of changes against that year, not its period)
    inside = [d for d in dates if cell.start <= d.start and d.end <= cell.end and d.start_date
              and not compared_with(cell.text, d.start - cell.start)]
    return inside[-1] if inside else None


_WHOLE_YEAR_WORD = lexicon.fast_compile(lexicon.alternation(lexicon.load("tables")["whole_year_words"]))


def _whole_year(d: DateSpan | None) -> str | None:
    """The year a date is, when it is a whole calendar year (2022年), else None."""
    if d is None or d.granularity != "year" or not d.start_date:
        return None
    year = d.start_date[:4]
    return year if (d.start_date, d.end_date) == (f"{year}-01-01", f"{year}-12-31") else None


def _within_the_columns_year(period: Period | None, column_date: DateSpan, header: str, years: set[str]) -> Period:
    """A column headed by a year (2022年 | 2021年) in a table whose own period is some months of a
    year another column heads (表1:2022年1-4月份…统计表): the same months of the column's year, the
    figures compared alike; else (2022年全年, or 2020年 | 2021年 | 2023年1-7月: whole years beside the
    months) the column's own time."""
    year = _whole_year(column_date)
    if year is None or period is None or not period.start_date or not period.end_date \
            or period.start_date[:4] != period.end_date[:4] or period.start_date[:4] not in years \
            or (period.start_date[5:], period.end_date[5:]) == ("01-01", "12-31") or _WHOLE_YEAR_WORD.search(header):
        return column_date.as_period()
    end = period.end_date[5:] if period.end_date[5:] != "02-29" or calendar.isleap(int(year)) else "02-28"
    return Period(column_date.text, f"{year}-{period.start_date[5:]}", f"{year}-{end}")


def table_metrics(body: str, tables: list[Table], found: list[Metric], dates: list[DateSpan],
                  title_dates: list[DateSpan], report_year: int | None = None,
                  bulletin: Period | None = None) -> tuple[list[Metric], set[int]]:
    """The metrics of the tables' cells, and the ids of the metrics in `found` that stand in a
    header cell (which no table metric may be). Metrics of `found` inside a data cell get the
    table's indicator and period. `report_year` is the year an annual report covers, when the
    text names its report (…2023年政府信息公开工作年度报告) without a title saying so; `bulletin`, the
    period a bulletin's title states (periods.bulletin_period), which its tables count."""
    c = _cfg()
    by_order = sorted(found, key=lambda m: m.start)
    starts = [m.start for m in by_order]
    out: list[Metric] = []
    in_header: set[int] = set()
    for t in tables:
        period = _table_period(body, t, dates, title_dates, report_year, bulletin)
        headers: list[list[Cell]] = []
        seen_data = False
        table_unit = (None, 1.0)  # the unit a spanning header gave the table's first block
        block_unit = None  # the unit the headers over the rows give every cell, read once a block
        for row in t.rows:
            if not _is_data_row(row):
                if seen_data:
                    if table_unit[0] is None:
                        table_unit = block_unit
                    headers, seen_data = [], False
                headers.append(row)
                block_unit = None
                for cell in row:
                    if _is_prose(cell):
                        continue  # (91 | 持续开展违建…行动 | 城管执法局 | 本年度共接…线索413起，… : a cell of prose, its numbers read as prose)
                    lo, hi = bisect_left(starts, cell.start), bisect_left(starts, cell.end)
                    in_header.update(id(m) for m in by_order[lo:hi])  # (the cell's numbers, found by bisection)
                continue
            seen_data = True
            if block_unit is None:
                year_columns = {y for h in headers for cell in h for y in [_whole_year(_column_date(cell, dates))] if y}
                block_unit = _spanning_unit(headers)
                if block_unit[0] is None and table_unit[0] is not None \
                        and any(_unit_named(c.text)[0] == table_unit[0] for h in headers for c in h):
                    block_unit = table_unit  # (行政处罚实施数量(宗) over a table wrapped into two blocks whose second
                    # names the same unit in a cell of its own, 合计(宗): the second's too)
            serial = len(row) > 2 and _number(row[0]) is not None and _number(row[1]) is None and bool(row[1].text)
            first = 1 if serial else 0  # (1 | 大洼区 | 4226: a serial number before the label)
            label_cells = []
            for cell in row[first:]:
                if _number(cell) is not None:
                    break
                label_cells.append(cell)
            label = _name(" ".join(x.text for x in label_cells if x.text))
            label_unit = _unit_named(" ".join(x.text for x in label_cells))
            compares_years = _compares_years(headers, dates)
            row_date = _column_date(label_cells[0], dates) if len(label_cells) == 1 else None
            if row_date is not None and _name(_without_time(label, row_date.text)).strip("份 ") == "":
                label = ""  # (10月 | 1247 | 29.00%: a row of one month's figures; the month is its period)
            else:
                row_date = None
            for j, cell in enumerate(row):
                number = _number(cell)
                if number is None or j < first + len(label_cells):
                    continue
                value, own_unit = number
                header_cell = _header_cell(headers, len(row), j)
                header = header_cell.text if header_cell is not None else ""
                unit, mult = (own_unit, 1.0) if own_unit else _unit_named(header)
                if unit is None:
                    unit, mult = label_unit
                if unit is None:
                    unit, mult = block_unit
                if unit is None:
                    continue  # a bare number nobody gives a unit to
                column_date = _column_date(header_cell, dates)
                column = _name(_without_time(header, column_date.text)) if column_date else _name(header)
                indicator = " ".join(p for p in (label, column) if p) or None
                change = _change_of_column(_name(header), value, compares_years)
                arrow = _DIRECTIONS.get(_cfg().number_cell.match(cell.text)["arrow"] or "")
                if arrow:
                    change = Change(arrow, change.basis if change else _change_basis(_name(header)))
                own_period = _within_the_columns_year(period, column_date, header, year_columns) if column_date \
                    else row_date.as_period() if row_date else period
                lo = bisect_left(starts, cell.start)
                existing = by_order[lo] if lo < len(by_order) and by_order[lo].start < cell.end else None
                if existing is not None:
                    existing.indicator = indicator or existing.indicator
                    existing.period = own_period or existing.period
                    existing.change = existing.change or change
                    continue
                out.append(Metric(text=cell.text, start=cell.start, end=cell.end, value=value * mult,
                                  unit=c.unit_as.get(unit, unit), kind=c.unit_kind.get(unit, "other"),
                                  indicator=indicator, period=own_period, change=change))
    return out, in_header


def _change_of_column(header: str, value: float, compares_years: bool = False) -> Change | None:
    """A number under a comparison's header (同比, 环比; 增幅 beside the columns of two years):
    a change on that basis, its sign its direction."""
    basis = _change_basis(header)
    if basis is None:
        if _header_words(header) not in _bare_change_headers():
            return None
        basis = "yoy" if compares_years else None  # (增长率 alone: a change on no named basis)
    if value == 0:
        return None
    return Change("down" if value < 0 else "up", basis)


def _change_basis(header: str) -> str | None:
    """The basis of a comparison's column (同比, 同比增减, 同比2019年, 比上年同期增长), or None."""
    name = _header_words(header)
    for prefix, basis in _change_prefixes().items():
        at = 0 if name.startswith(prefix) else _after_subject(name, prefix)
        rest = name[at + len(prefix):] if at is not None else None
        if rest is not None and (not rest or rest in _bare_change_headers() or _YEAR_AFTER.fullmatch(rest)):
            return basis
    return None


def _after_subject(name: str, prefix: str) -> int | None:
    """Where a comparison word stands after what it compares (总量同比, 受理量同比增减: the total's change), or None."""
    at = name.rfind(prefix)
    return at if at > 0 and _SUBJECT.fullmatch(name, 0, at) else None


_SUBJECT = lexicon.fast_compile(lexicon.load("tables")["change_subject"])


@lru_cache(maxsize=1)
def _change_prefixes() -> dict:
    return dict(lexicon.load("tables")["change_prefixes"])


_GLOSS = pinyin_gloss()


def _header_words(header: str) -> str:
    """A header's words run together, without a mirror's pinyin glosses (環(huán)比增量 -> 環比增量)."""
    return "".join(_GLOSS.sub("", header).split())


_YEAR_AFTER = lexicon.fast_compile(r"(?:19|20)\d{2}\s*年?(?:度|同期)?")


def _compares_years(headers: list[list[Cell]], dates: list[DateSpan]) -> bool:
    """Whether the header names two or more times (2021年上半年新收 | … | 2020年上半年新收, 去年同期)."""
    words = lexicon.load("tables")["column_time_words"]
    timed = sum(1 for row in headers for cell in row
                if _column_date(cell, dates) is not None or any(w in cell.text for w in words))
    return timed >= 2


@lru_cache(maxsize=1)
def _bare_change_headers() -> frozenset:
    return frozenset(lexicon.load("tables")["bare_change_headers"])


def _table_period(body: str, t: Table, dates: list[DateSpan], title_dates: list[DateSpan],
                  report_year: int | None = None, bulletin: Period | None = None) -> Period | None:
    """The table's own period: a time expression in its caption lines (not a comparison's
    basis: 相比于2023年); else the report's year, quarter or months named in the title, or
    its year in the text where it names its report (汇报我镇2023年政府信息公开工作); else the
    year, quarter or months that open the report's first paragraph naming one."""
    usable = [d for d in dates if d.start_date and d.anchored and not compared_with(body, d.start)]
    caption = [d for d in usable if t.caption[0] <= d.start < t.caption[1]]
    if caption:  # (a span over a day counted to: 20219月全市共收到…，截至目前已办结…)
        return ([d for d in caption if d.type == "range"] or caption)[-1].as_period()
    years = [d for d in title_dates if d.granularity == "year" and d.start_date]
    if years:
        return years[0].as_period()
    if bulletin is not None:
        return bulletin  # …便民服务平台6月份运行情况: the months a bulletin's title names
    if report_year is not None:
        named = next((d for d in usable if d.granularity == "year" and d.start_date[:4] == str(report_year)
                      and d.end_date[:4] == str(report_year)), None)
        if named is not None:
            return named.as_period()
    # (2024年, …; 2023年第二季度, …; 2023年1-4月份, …: the period a bulletin reports on)
    opening = [d for d in usable if d.type == "range" and d.granularity in ("year", "quarter", "month")
               and d.end <= t.start and opens_line(body, d.start)]
    if not opening:  # (2018年末, …: the day a census counted at, where no span opens the report)
        opening = [d for d in usable if d.type == "point" and d.text.endswith(_CLOSING_DAYS)
                   and d.end <= t.start and opens_line(body, d.start)]
    return opening[0].as_period() if opening else None


_CLOSING_DAYS = tuple(lexicon.load("tables")["period_closing_days"])  # (2018年末, 2023年底)
