#!/usr/bin/env python3
"""Build extractor/data/divisions.tsv and division_changes.tsv from a maintained source.

The administrative-division table (GB/T 2260 codes, province / city / county, with
short names) and the list of renames and merges since 2000 come from JioNLP's
dictionary (`jionlp/dictionary/china_location.zip`, `china_location_change.txt`),
which its authors keep up to date from the Ministry of Civil Affairs' releases.
Pinyin spellings (for matching site host names such as sfj.ankang.gov.cn) come
from pypinyin. Nothing here is typed by hand but the corrections in
`scripts/division_fixes.toml` (codes of districts the source lists under what they were,
readings of place names pypinyin gets wrong), each a fact of the Ministry of Civil Affairs'
tables.

    pip download --no-deps -d /tmp/jionlp jionlp pypinyin
    pip install pypinyin
    python scripts/build_divisions.py /tmp/jionlp/jionlp-*.whl [OUT_DIR]
"""
import csv
import io
import sys
import tomllib
import zipfile
from pathlib import Path

from pypinyin import Style, lazy_pinyin

OUT = Path(__file__).resolve().parent.parent / "extractor" / "data"
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "林区", "特区",
            "盟", "省", "市", "区", "县", "旗")


def stem(name, alias):
    """The name without its administrative suffix, for pinyin (沅陵县 -> 沅陵)."""
    if alias and name.startswith(alias):
        return alias
    for s in SUFFIXES:
        if name.endswith(s) and len(name) > len(s) + 1:
            return name[: -len(s)]
    return name


FIXES = tomllib.loads((Path(__file__).resolve().parent / "division_fixes.toml").read_text(encoding="utf-8"))


def pinyin(text):
    reading = FIXES["readings"].get(text)
    syllables = reading if reading else lazy_pinyin(text)
    if not reading and len(syllables) == len(text):  # 都 in a place's name is dū (莲都 liandu, 宁都 ningdu)
        syllables = ["du" if ch == "都" else s for ch, s in zip(text, syllables)]
    return "".join(syllables), "".join(p[0] for p in syllables)


def read_wheel(path):
    with zipfile.ZipFile(path) as wheel:
        inner = wheel.read("jionlp/dictionary/china_location.zip")
        changes = wheel.read("jionlp/dictionary/china_location_change.txt").decode("utf-8")
    with zipfile.ZipFile(io.BytesIO(inner)) as z:
        name = [n for n in z.namelist() if n.endswith(".txt")][0]
        locations = z.read(name).decode("utf-8")
    return locations, changes


def main(wheel, out_dir=OUT):
    out_dir = Path(out_dir)
    locations, changes = read_wheel(wheel)
    rows, stack = [], [None, None, None]
    for line in locations.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        if depth > 2:
            continue
        cells = line.strip("\t").split("\t")
        if len(cells) < 2 or not cells[1].strip().isdigit():
            continue
        name, code = cells[0].strip(), cells[1].strip()
        alias = cells[2].strip() if len(cells) > 2 else ""
        stack[depth] = (name, code)
        for d in range(depth + 1, 3):
            stack[d] = None
        province = stack[0][0] if stack[0] else ""
        city = stack[1][0] if depth >= 1 and stack[1] else ""
        path = "/".join(x for x in (province, city, name if depth == 2 else "") if x)
        name = FIXES.get("names", {}).get(path, name) if depth == 2 else name
        county = name if depth == 2 else ""
        parent = stack[depth - 1][1] if depth else ""
        full, initials = pinyin(stem(name, alias))
        code = FIXES["codes"].get(path, code) if depth == 2 else code
        rows.append([code, name, alias, ("province", "city", "county")[depth], parent,
                     province, city, county, full, initials])
    rows.sort(key=lambda r: (r[0], r[3]))
    with open(out_dir / "divisions.tsv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "name", "alias", "level", "parent", "province", "city", "county",
                    "pinyin", "initials"])
        w.writerows(rows)
    out = []
    for line in changes.splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>")
        old = old.split("\t")
        date, old_names = old[0], [c for i, c in enumerate(old[2:]) if i % 2 == 0]
        new_names = new.split("\t")
        out.append([date, "/".join(old_names), "/".join(new_names)])
    with open(out_dir / "division_changes.tsv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["date", "old", "new"])
        w.writerows(out)
    print(f"{len(rows)} divisions, {len(out)} changes written to {out_dir}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
