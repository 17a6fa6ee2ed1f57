#!/usr/bin/env python3
"""Build extractor/data/former_divisions.tsv: the county- and prefecture-level divisions given up
since 2000, with the code each had and the year it ended, so that a release is placed in its
division as it was when published (九江县 360421 in 2016; 柴桑区 360404 since 2017).

The source is the history of the Ministry of Civil Affairs' division codes that the areacodes
project (github.com/yescallop/areacodes, CC0) keeps: `result.csv`, one row per code and name,
the year it came into use and the year it was changed or given up, and the codes that took over.

    git clone https://github.com/yescallop/areacodes /tmp/areacodes
    python scripts/build_former_divisions.py /tmp/areacodes/result.csv [OUT_DIR]
"""
import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "extractor" / "data"
SINCE = 2000  # (the releases the extractor reads begin in 2002)
LEVELS = {"县级": "county", "地级": "city"}


def successors(field: str) -> list[str]:
    """The codes that took over when the code ended (`340208[2005];340212`: the parts that went
    earlier, in brackets, are no successor of the whole)."""
    return [c for c in field.split(";") if c and "[" not in c]


def main(source, out_dir=OUT):
    with open(source, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for r in rows:
        level = LEVELS.get(r["级别"])
        until = r["变更/弃用时间"]
        if level is None or r["状态"] != "弃用" or not until or int(until) < SINCE:
            continue
        after = successors(r["新代码"])
        if not after:
            continue
        parent = "" if r["二级行政区"] in ("直辖", r["名称"]) else r["二级行政区"]
        out.append([r["代码"], r["名称"], level, r["一级行政区"], parent, r["启用时间"], until, ";".join(after)])
    out.sort(key=lambda x: (x[0], x[6]))
    with open(Path(out_dir) / "former_divisions.tsv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "name", "level", "province", "parent", "since", "until", "successors"])
        w.writerows(out)
    print(f"{len(out)} former divisions written to {out_dir}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
