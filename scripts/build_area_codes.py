#!/usr/bin/env python3
"""Build extractor/data/area_codes.tsv: China's long-distance telephone area codes (区号) and
the division each one serves.

The source is libphonenumber's geocoding table, read through the `phonenumbers` package
(`pip install phonenumbers`): for each code from 010 to 0999 it names the places a fixed-line
number under the code is in (0799: 江西省萍乡市; 0728: 湖北省仙桃市、潜江市、天门市). A code that
serves one city is that city's; one that serves several cities of one province is the
province's; the others are left out. Local news portals put the code in their host names
(cs0799.com, sun0769.com, read.0437.com): extractor/region.py reads it when the page names
no place of its own.

    python scripts/build_area_codes.py [OUT_FILE]
"""
import sys
from pathlib import Path

import phonenumbers
from phonenumbers import geocoder

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from extractor.region import gazetteer  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "extractor" / "data" / "area_codes.tsv"
SUBSCRIBERS = ("6123456", "61234567", "2123456", "21234567", "8123456", "81234567")


def places(code: str) -> str | None:
    """What libphonenumber says a fixed-line number under `code` is in (湖北省仙桃市、潜江市、天门市)."""
    for sub in SUBSCRIBERS:
        number = phonenumbers.parse("+86" + code[1:] + sub)
        if phonenumbers.is_valid_number(number):
            found = geocoder.description_for_number(number, "zh")
            if found:
                return found
    return None


def division(description: str):
    """The division a description names: its one city, or its province when it names several
    (湖北省仙桃市、潜江市、天门市: 湖北省). A province goes by its name or its short name (广西柳州市),
    a city by its name, its short name (内蒙古呼伦贝尔) or its old one (贵州省铜仁地区: 铜仁市)."""
    g = gazetteer()
    provinces = [(d, w) for d in g.by_key.values() if d.level == "province"
                 for w in (d.name, d.alias) if w and description.startswith(w)]
    if len({d.code for d, _ in provinces}) != 1:
        return None
    province, word = max(provinces, key=lambda p: len(p[1]))
    cities = [c for c in description[len(word):].split("、") if c]
    if province.code in ("110000", "120000", "310000", "500000") or not cities:
        return province
    found = set()
    for name in cities:
        matches = {d for d in g.lookup(name) + g.lookup(name.removesuffix("地区")) if d.code[:2] == province.code[:2]}
        found |= {d.code if d.code[2:4] == "90" else d.code[:4] for d in matches}  # (x90000: a province's own
        # county-level cities, 仙桃市, 石河子市, under no city)
        if not matches:
            found.add(None)
    if len(found) == 1 and None not in found and len(next(iter(found))) == 4:
        city = g.by_key.get((found.pop() + "00", "city"))
        if city is not None:
            return city
    if len(cities) == 1:  # (仙桃市: a county-level city under its province)
        matches = [d for d in g.lookup(cities[0]) if d.code[:2] == province.code[:2]]
        if len(matches) == 1:
            return matches[0]
    return province


def main(out=OUT):
    rows = []
    for n in list(range(10, 30)) + list(range(300, 1000)):
        code = "0" + str(n)
        description = places(code)
        d = division(description) if description else None
        if d is None:
            if description:
                print(f"left out {code}: {description}", file=sys.stderr)
            continue
        rows.append(f"{code}\t{d.code}\t{d.level}\t{description}")
    Path(out).write_text("code\tadcode\tlevel\tserves\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} codes -> {out}")


if __name__ == "__main__":
    main(*sys.argv[1:])
