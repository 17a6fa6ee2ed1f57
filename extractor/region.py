"""The administrative area a release reports on, as {province, city, county, adcode}.

Evidence, strongest first: the source agency (拱墅区司法局), agencies named in the title
and text (绛县司法局开展…), the SiteIDCode (its first six digits are the code of a local
government site), a news outlet's own region (天津日报), the site's host name spelled in
pinyin (sfj.ankang.gov.cn, hhylfy = 怀化 沅陵 法院), and plain mentions of places. Words
such as 全市 / 全县 say whether the release speaks for a city or a county. Renamed and
merged divisions (下城区 -> 拱墅区) resolve to today's code.
"""
from __future__ import annotations

import gzip
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache, partial

import ahocorasick_rs
import regex

from . import lexicon, postag, region_model
from .document import Region
from .script import is_traditional, simplified

_HOST = lexicon.fast_compile(r"^[a-z]+://([^/:?#]+)", regex.I)
_OFFICIAL_HOST_ENDINGS = tuple(lexicon.load("region")["official_host_endings"])
_LABEL_SEP = lexicon.fast_compile(r"[.\-]")
_SIX_DIGITS = lexicon.fast_compile(r"\d{6}")
_NO_CITY = ("省直辖", "自治区直辖", "直辖县")
_QUOTED_LABEL = regex.compile(r"“[^”]{0,7}$")


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    alias: str
    level: str  # province | city | county
    parent: str
    province: str
    city: str
    county: str
    pinyin: str
    initials: str

    def __hash__(self) -> int:  # (code and level name a division; hashing all ten fields cost 0.5 µs a lookup)
        return hash((self.code, self.level))

    def region(self) -> Region:
        city = self.city if self.city and not self.city.startswith(_NO_CITY) else None
        if self.level == "city" and city is None:  # 省直辖县级行政区划 is no area of its own: the province's
            return Region(self.province or None, None, None, self.code[:2] + "0000")
        return Region(self.province or None, city if self.level != "province" else None,
                      self.county or None, self.code)


class Gazetteer:
    """The division table with the indexes that matching needs."""

    def __init__(self):
        rows = lexicon.table("divisions")
        self.by_key: dict[tuple[str, str], Division] = {}
        self.names: dict[str, list[Division]] = defaultdict(list)
        self.aliases: dict[str, list[Division]] = defaultdict(list)
        for r in rows:
            d = Division(**r)
            self.by_key[(d.code, d.level)] = d
            self.names[d.name].append(d)
        stop = set(lexicon.load("region")["alias_stoplist"])
        name_stop = lexicon.load("region")["name_stoplist"]
        for word in name_stop:
            self.names.pop(word, None)
        for d in self.by_key.values():
            a = d.alias
            if a and a != d.name and len(a) >= 2 and a not in stop and d.level != "province":
                self.aliases[a].append(d)
        for a in list(self.aliases):
            if a in self.names:  # a short name that is also another place's full name
                del self.aliases[a]
        # 禄劝县 for 禄劝彝族苗族自治县, 芷江县 for 芷江侗族自治县, 甘南州 for 甘南藏族自治州: how releases name an
        # autonomous county, banner or prefecture, as full a name as its own (a full name's, not an alias's weight)
        self.short_forms: dict[str, list[Division]] = defaultdict(list)
        for d in self.by_key.values():
            for level, long, short in (("county", "自治县", "县"), ("county", "自治旗", "旗"), ("city", "自治州", "州")):
                if d.level != level or not d.name.endswith(long):
                    continue
                for alias in (d.alias or "").split("/"):  # (克州/克孜勒苏: the names it goes by; 克州 is one already)
                    form = alias + short
                    if len(alias) >= 2 and not alias.endswith(short) and form not in self.names:
                        self.short_forms[form].append(d)
        # renamed or merged divisions: old full name -> today's division
        self.renamed: dict[str, list[Division]] = defaultdict(list)
        for ch in lexicon.table("division_changes"):
            old = ch["old"].split("/")[-1]
            new = ch["new"].split("/")
            target = self._find_path(new)
            if target and old not in self.names:
                self.renamed[old].append(target)
        # the divisions given up since 2000 (九江县 360421 until 2017), by today's division that took each over; an
        # old name that is no division's today is another name of its successor (九江县: 柴桑区)
        self.former: dict[str, list[dict]] = defaultdict(list)
        former_stop = set(lexicon.load("region")["former_name_stoplist"])
        old_names: dict[str, list[Division]] = defaultdict(list)
        for row in lexicon.table("former_divisions"):
            found = [d for d in map(self.get, row["successors"].split(";")) if d is not None]
            for d in found:
                self.former[d.code].append(row)
            if not any(row["name"] in table for table in (self.names, self.renamed, self.short_forms, self.aliases)) \
                    and row["name"] not in former_stop:  # (东乡县 is 东乡族自治县's short form; 创建平安县: a phrase)
                old_names[row["name"]] += [d for d in found if d not in old_names[row["name"]]]
        for rows in self.former.values():
            rows.sort(key=lambda r: r["until"], reverse=True)  # (the latest change first)
        for word, found in old_names.items():
            self.renamed[word] += found
        self.former_names = frozenset(old_names)
        # the kinds a county was under its own name before (无为县, 无为市 since 2019): its host may keep the old letter
        self.former_kinds: dict[str, set[str]] = defaultdict(set)
        for code, rows in self.former.items():
            d = self.get(code)
            for row in rows:
                if d is not None and d.level == "county" and d.alias and row["name"][:-1] == d.alias:
                    self.former_kinds[code].add(row["name"][-1])
        for word in name_stop:
            self.renamed.pop(word, None)  # (城区 of 大同 is 平城区 now)
        # the new areas, state-level (西咸新区, 天府新区) or a city's (徐圩新区, 南太湖新区), no divisions of their own: the city
        # (or county) that runs them
        self.new_areas: dict[str, Division] = {}
        for row, target in self._named_within("new_areas"):
            self.renamed[row["name"]].append(target)
            self.new_areas[row["pinyin"]] = target
        # the short names an autonomous prefecture goes by (巴州 for 巴音郭楞, 克州), another
        # division's alias as well at times (巴州区 of 巴中): both, for the evidence to settle
        self.abbreviations: dict[str, list[Division]] = defaultdict(list)
        for row, target in self._named_within("prefecture_short_names"):
            self.abbreviations[row["name"]].append(target)
        words = list(self.names) + list(self.aliases) + list(self.renamed) + list(self.short_forms) + list(self.abbreviations)
        province_alias = {d.alias for d in self.by_key.values() if d.level == "province" and len(d.alias) >= 2}
        words += list(province_alias)
        self.province_alias = {d.alias: d for d in self.by_key.values() if d.level == "province"}
        # one leftmost-longest pass over a text for ~6,000 names
        self.words = sorted(set(words))
        self._ancestors: dict[str, list[Division]] = {}  # a fact about the table, so kept
        self.automaton = ahocorasick_rs.AhoCorasick(self.words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def _named_within(self, table: str):
        """(row, division) of a table of other names (name, within: 陕西省/西安市) whose division is
        found and whose name is no division's own."""
        for row in lexicon.table(table):
            target = self._find_path(row["within"].split("/"))
            if target and row["name"] not in self.names:
                yield row, target

    def _find_path(self, path: list[str]) -> Division | None:
        for d in self.names.get(path[-1], []):
            if d.province == path[0]:
                return d
        return None

    def get(self, code: str) -> Division | None:
        for level in ("county", "city", "province"):
            d = self.by_key.get((code, level))
            if d:
                return d
        return None

    def lookup(self, word: str) -> list[Division]:
        if word in self.names:
            found = self.names[word]
            # a municipality is both a province and a city: speak of it as the city
            cities = [d for d in found if d.level == "city"]
            return cities if cities and len({d.code for d in found}) == 1 else found
        if word in self.renamed:
            return self.renamed[word]
        if word in self.short_forms:
            return self.short_forms[word]
        if word in self.abbreviations:
            return self.abbreviations[word] + self.aliases.get(word, [])
        if word in self.province_alias:  # 海南 is the province before it is 海南州
            return [self.province_alias[word]]
        if word in self.aliases:
            return self.aliases[word]
        return []

    def full_name(self, d: Division, word: str) -> bool:
        """Whether `word` names `d` in full (its name, or the short form of an autonomous
        county), not by a short name that may be part of other words."""
        return d.name == word or word in self.short_forms

    def ancestors(self, d: Division) -> list[Division]:
        found = self._ancestors.get(d.code + d.level)
        if found is None:
            found = self._ancestors[d.code + d.level] = self._find_ancestors(d)
        return found

    def _find_ancestors(self, d: Division) -> list[Division]:
        out, seen = [], set()
        code = d.parent
        while code and code not in seen:
            seen.add(code)
            p = self.get(code) if (code, "city") not in self.by_key else self.by_key[(code, "city")]
            if p is None or p is d:
                break
            out.append(p)
            if p.level == "province" or not p.parent or p.parent == p.code:
                prov = self.by_key.get((p.code[:2] + "0000", "province"))
                if prov and prov is not p:
                    out.append(prov)
                break
            code = p.parent
        if not out or out[-1].level != "province":
            prov = self.by_key.get((d.code[:2] + "0000", "province"))
            if prov and prov is not d and prov not in out:
                out.append(prov)
        return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


@lru_cache(maxsize=1)
def _cues():
    data = lexicon.load("region")
    agency = lexicon.fast_compile(lexicon.alternation(data["agency_suffixes"]))
    media = tuple(data["media_suffixes"])
    city = lexicon.fast_compile(f"{data['city_not_compared']}|(?:{lexicon.alternation(data['city_cues'])})")
    county = lexicon.fast_compile(data["county_cue_frame"].format(cues=lexicon.alternation(data["county_cues"])))
    return agency, media, city, county, set(data["host_noise"])


@lru_cache(maxsize=1)
def _province_cues():
    return lexicon.fast_compile("|".join(f"(?:{p})" for p in lexicon.load("region")["province_cues"]))


def _province_speaks(body: str, city_re, county_re, ev: "_Evidence | None" = None) -> bool:
    """全省法院新收…, 省委政法委…: the release speaks for the province, more than for any city
    or county in it, and (given the evidence) no one city or county whose agencies act is named
    three times as strongly as the province's cues (渌口区自然资源局 ×5 against 全省)."""
    n_prov = len(_province_cues().findall(body))
    if n_prov < 3 or n_prov <= len(city_re.findall(body)) + len(county_re.findall(body)):
        return False
    return ev is None or not any(d.level != "province" and ev.agency.get(d, 0) > 0 and s >= _PLACE_OVER_PROVINCE * n_prov
                                 for d, s in ev.score.items())


_PLACE_OVER_PROVINCE = 3.0


@lru_cache(maxsize=1)
def _named_regions_only() -> dict[str, list[str]]:
    return lexicon.load("region")["named_regions_only"]


def find_places(text: str):
    """(start, end, word, divisions) for every place name in `text`."""
    g = gazetteer()
    town_after = _town_after()
    honours = None
    unnamed = tuple(code for code, names in _named_regions_only().items() if not any(n in text for n in names))
    city_end, city_code = -1, None  # (where the last city named alone ends, and which city)
    conjunctions, word_before, place_before = _conjunction_rule()
    for i, start, end in g.automaton.find_matches_as_indexes(text):
        word = g.words[i]
        divs = g.lookup(word)
        if unnamed:
            divs = [d for d in divs if not d.code.startswith(unnamed)]  # (南区街道 of 中山, in a text naming no
            # 香港; 老城区改造, in a text naming no 洛阳)
        if start == city_end:  # 许昌市东城区, 镇江高新区, 大连长兴岛: right after a city, only a county of that city
            # (another city's county of the name is the city's own area; 深圳中山市委: two cities)
            divs = [d for d in divs if d.level != "county" or d.parent == city_code]
        if word in g.former_names and text.startswith(_LIST_OF_KINDS, end):
            word, end = word[:-1], end - 1  # (宜昌县市区: 宜昌's counties, cities and districts, not 宜昌县, now 夷陵区)
            divs = g.lookup(word)
        if not divs:
            continue
        if word in conjunctions and start > 0 and word_before.match(text, start - 1) \
                and not _placed(text, start, divs, place_before):
            continue  # 《条例》和县人民政府, 市委和县委: the conjunction and 县
        if honours is None:  # (looked for once, on the first place found)
            honours = [(m.start(), m.end()) for m in _honours().finditer(text)]
        if any(a <= start and end <= b for a, b in honours):
            continue  # 省级平安区: an honour, not the place
        if not any(g.full_name(d, word) for d in divs):
            if text.startswith(town_after, end):
                continue  # 蓬莱镇, 镇海派出所: a town of the same name
            if start > 0 and text[start - 1] in _surnames() and (
                    text[end:end + 1] in ")）" or _person_role_before().search(text, max(0, start - 6), start - 1)):
                continue  # (黄玉溪), 检察长张桂平: a person's name
            if _photo_credit_after().match(text, end):
                continue  # 贡嘎来松 摄: a photographer's name
            if word not in g.province_alias and _splits_words(text, start, end):
                continue  # 和政|法工作, 大|化解, 水平|和: the short name straddles other words
        elif len(word) == 2 and _splits_words(text, start, end, into_only=True):
            continue  # 办|理县人大: a county whose whole name is two characters (理县) ending a word before it
        elif len(word) == 2 and word.endswith(_short_district_ending()) and start != city_end and text.startswith(town_after, end):
            continue  # 西区街道, 西区司法所: a street office of the name, not the district (攀枝花市西区司法所 is)
        if len(divs) == 1 and divs[0].level == "city":
            city_end, city_code = end, divs[0].code
        yield start, end, word, divs


_WINDOW = 4


@lru_cache(maxsize=1)
def _conjunction_rule() -> tuple:
    """(names opening with a conjunction, what before one makes it the conjunction, the prepositions
    of place before one that make it the place) from data/region.toml."""
    d = lexicon.load("region")
    return (frozenset(d["conjunction_names"]), lexicon.fast_compile(d["conjunction_word_before"]),
            lexicon.fast_compile(d["conjunction_place_before"]))


def _placed(text: str, start: int, divs, place_before) -> bool:
    """Whether a name at `start` follows a preposition of place or its own province or city (在和县,
    安徽和县, 马鞍山市和县): the place, not a word that happens to spell it."""
    before = text[max(0, start - 8):start]
    if place_before.search(before):
        return True
    g = gazetteer()
    return any(before.endswith(name) for d in divs for a in g.ancestors(d) for name in (a.name, a.alias) if name)


def _splits_words(text: str, start: int, end: int, into_only: bool = False) -> bool:
    """Whether a word of the text around a short name cuts through it: one that starts before
    it and ends inside it (水平 in 水平和), or starts inside it and runs on (政法 in 和政法工作,
    化解 in 大化解). A word that starts with it (恩施州, 宁波网) is still the place. `into_only`:
    only a word from before counts (成|县公安局 is 成县's police: the dictionary's 县公安局)."""
    if not postag.inside_word(text, start) and not postag.inside_word(text, end):
        return False  # (no dictionary word crosses either edge: no need to cut the words)
    lo = max(0, start - _WINDOW)
    at = lo
    for w, _ in postag.cut(text[lo:end + _WINDOW]):
        a, b = at, at + len(w)
        at = b
        if a < start < b and b == end and _one_inside_other(text[a:start], text[start:end]):
            continue  # 福建|厦门 as the dictionary's one word 福建厦门: a place and a place in it (not 宁夏|平原, the plain)
        if a < start < b or (start < a < end < b and not into_only):
            return True
    return False


def _one_inside_other(outer: str, inner: str) -> bool:
    """Whether `inner` names a place inside one that `outer` names (福建 and 厦门, 上海 and 浦东)."""
    g = gazetteer()
    return any(d.code != o.code and d.code.startswith(o.code[:2] if o.level == "province" else o.code[:4])
               for o in g.lookup(outer) for d in g.lookup(inner))


@lru_cache(maxsize=1)
def _honours():
    return lexicon.fast_compile("|".join(lexicon.load("region")["not_place_phrases"]))


_TOWN_REACH = 1500  # characters of the text whose townships choose among counties a host's letters name


_RARE_TOWNSHIP = 2  # counties at most that share a township's name for it to tell same-named districts apart


def _townships_named(body: str, most: int | None = None) -> set[str]:
    """The codes of the counties whose townships the opening of the text names (with `most`, only
    by a township's name that at most so many counties share)."""
    return {c for _, _, codes in _townships().find(body[:_TOWN_REACH]) if most is None or len(codes) <= most
            for c in codes}


def _of_kind(label: str, by_county_initials) -> list:
    """The counties a host label names by their initials and the letter of their kind (lzq: 利州区)."""
    letters, kinds = _level_letters(), gazetteer().former_kinds
    return [d for d in by_county_initials.get(label[:-1], ())
            if label[-1] in {letters.get(k) for k in (d.name[-1:], *kinds.get(d.code, ()))}]  # (wwx: 无为县, now 无为市)


@lru_cache(maxsize=1)
def _county_site_codes() -> frozenset:
    return frozenset(lexicon.load("region")["county_site_codes"])


@lru_cache(maxsize=1)
def _level_letters() -> dict[str, str]:
    return dict(lexicon.load("region")["county_level_letters"])


@lru_cache(maxsize=1)
def _county_agency_codes() -> tuple:
    return tuple(lexicon.load("region")["county_agency_host_codes"])


@lru_cache(maxsize=1)
def _surnames() -> frozenset:
    return frozenset(lexicon.load("region")["surnames"])


@lru_cache(maxsize=1)
def _person_role_before():
    return lexicon.fast_compile(lexicon.load("region")["person_role_before"])


@lru_cache(maxsize=1)
def _photo_credit_after():
    return lexicon.fast_compile(lexicon.load("region")["photo_credit_after"])


@lru_cache(maxsize=1)
def _town_after() -> tuple[str, ...]:
    return tuple(lexicon.load("region")["town_after"])


class _Evidence:
    def __init__(self):
        self.score: dict[Division, float] = defaultdict(float)
        self.agency: dict[Division, float] = defaultdict(float)

    def add(self, divs: list[Division], weight: float, agency: bool = False):
        if not divs:
            return
        share = weight / len(divs)
        for d in divs:
            self.score[d] += share
            if agency:
                self.agency[d] += share


def _text_evidence(text: str, plain: float, agency_w: float, cap: int, places=None):
    agency_re = _cues()[0]
    counts: dict[str, int] = defaultdict(int)
    pending = []
    address = _address_before()
    address_end = -1  # (where the places of an office's address printed as a field end so far)
    for start, end, word, divs in (places if places is not None else find_places(text)):
        if _OFFICE_ADDRESS.search(text, max(0, start - 8), start) or start == address_end:
            address_end = end
            continue  # 联系地址：安庆市宜秀区…: an office's address, every place of it
        if address.search(text, max(0, start - 8), start):
            continue  # 地址 太原市省府街3号, 位于…: an office's address
        if _DATELINE_AFTER.match(text, end):
            continue  # 人民网合肥11月8日电: where the report was filed, not what it is about
        if _RANK_BEFORE.search(text, max(0, start - 4), start) and _RANK_AFTER.match(text, end):
            continue  # 项目交易数量居宣城市首位: the scope of a ranking, not who ranks
        if _HANDED_TO.search(text, max(0, start - 4), start):
            continue  # 转办宣城市政府服务热线835件: where matters were handed on, not who handed them
        if not any(gazetteer().full_name(d, word) for d in divs) and _QUOTED_LABEL.search(text, max(0, start - 8), start) \
                and text.find("”", end, end + 12) >= 0:
            continue  # “同心圆”: a short name inside a quoted label names no place
        is_agency = bool(agency_re.match(text, end))
        counts[word] += 1
        if counts[word] > cap:
            continue
        pending.append((divs, agency_w if is_agency else plain, is_agency))
    return pending


_DATELINE_AFTER = lexicon.fast_compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯|专电)")
_RANK_BEFORE = lexicon.fast_compile(lexicon.load("region")["ranking_scope_before"])
_RANK_AFTER = lexicon.fast_compile(lexicon.load("region")["ranking_scope_after"])
_HANDED_TO = lexicon.fast_compile(lexicon.load("region")["handed_to_before"])


@lru_cache(maxsize=1)
def _address_before():
    return lexicon.fast_compile("(?:" + lexicon.alternation(lexicon.load("region")["address_words"]) + r")\s*[:：]?\s*$")


@lru_cache(maxsize=2)
def _host_index(on_cn: bool = False):
    """Prefix tables for host names: full pinyin, city+county initials, city initials; for a
    host under .cn, without the divisions no such host names (data/region.toml: not_on_cn_hosts)."""
    g = gazetteer()
    by_pinyin, by_chain, by_city_initials = defaultdict(list), defaultdict(list), defaultdict(list)
    by_county_initials = defaultdict(list)
    never = tuple(lexicon.load("region")["not_on_cn_hosts"]) if on_cn else ()
    for d in g.by_key.values():
        if d.level == "province" or (never and d.code.startswith(never)):
            continue
        if len(d.pinyin) >= 4:
            by_pinyin[d.pinyin].append(d)
        if d.level == "county":
            if d.initials:
                by_county_initials[d.initials].append(d)  # zjc: 张家川; az: 安州 (within its city's host)
            parent = g.by_key.get((d.parent, "city"))
            if parent and parent.initials and d.initials and len(parent.initials + d.initials) >= 4:
                by_chain[parent.initials + d.initials].append(d)
        elif d.level == "city" and len(d.initials) >= 2:
            by_city_initials[d.initials].append(d)
    provinces = [d for d in g.by_key.values() if d.level == "province"]
    return by_pinyin, by_chain, by_city_initials, provinces, by_county_initials


@lru_cache(maxsize=1)
def _host_agency_suffixes() -> frozenset:
    return frozenset(lexicon.load("region")["host_agency_suffixes"])


@lru_cache(maxsize=1)
def _city_host_suffixes() -> frozenset:
    return frozenset(lexicon.load("region")["city_host_suffixes"])


@lru_cache(maxsize=1)
def _host_place_prefixes() -> tuple:
    return tuple(lexicon.load("region")["host_place_prefixes"])


@lru_cache(maxsize=1)
def _province_site_labels() -> dict[str, str]:
    return dict(lexicon.load("region")["province_site_labels"])


_FIRST_FOLDER = lexicon.fast_compile(r"^[a-z]+://[^/?#]+/([a-z]{4,20})/", regex.I)


@lru_cache(maxsize=1)
def _folder_noise() -> frozenset:
    return frozenset(lexicon.load("region")["folder_noise"])


@lru_cache(maxsize=1)
def _city_gov_domains() -> dict[str, str]:
    return dict(lexicon.load("region")["city_gov_domains"])


@lru_cache(maxsize=1)
def _province_cn_domains() -> dict[str, str]:
    return dict(lexicon.load("region")["province_cn_domains"])


@lru_cache(maxsize=1)
def _province_host_suffixes() -> frozenset:
    return frozenset([""] + lexicon.load("region")["province_host_suffixes"])


def _provinces_paper(p: Division, rest: str, provinces, by_city_initials) -> float:
    """How firmly what follows a province's initials in a host label names the province's paper
    (hljnews, nxrb: 1.0), a mainland province's: shared with the other provinces and the cities of
    the same initials (hbrb: 河北 or 湖北; hndaily: 河南, 湖南, 海南 or 淮南; gzdaily: 广州日报 or 贵州's), a
    mention's weight split among them; 0.0 for no paper's code."""
    data = lexicon.load("region")
    if rest not in data["province_outlet_suffixes"] or p.code.startswith(tuple(data["province_outlet_not_of"])):
        return 0.0
    return 1.0 / (sum(q.initials == p.initials for q in provinces) + len(by_city_initials.get(p.initials, ())))


def _prefixes(label: str, table) -> list:
    return [d for k in range(2, len(label) + 1) for d in table.get(label[:k], ())]


@lru_cache(maxsize=1)
def _short_district_ending() -> str:
    return lexicon.load("region")["short_district_ending"]


@lru_cache(maxsize=1)
def _own_kind_cues() -> dict:
    """The kind (区, 县, 市, 旗) -> the search of the text's opening for a cue that it speaks as one."""
    d = lexicon.load("region")
    reach = d["own_kind_reach"]
    return {k: partial(lexicon.fast_compile(d["own_kind_cue"].replace("{kind}", k)).search, pos=0, endpos=reach)
            for k in d["own_kinds"]}


def _of_the_kind_spoken(divs: list, body: str) -> list:
    """Of places of different kinds (武昌区, 五常市), those of the one kind the text speaks as (区委、区政府); else none."""
    if any(d.level != "county" for d in divs):
        return []  # (xinxiang: 新乡市's own site, whatever county it reports on; the city rule below decides)
    kinds = {d.name[-1] for d in divs}
    spoken = {k for k, cue in _own_kind_cues().items() if k in kinds and cue(body)}
    return [d for d in divs if d.name[-1] in spoken] if len(spoken) == 1 else []


def _longest_names(label: str, divs: list) -> list:
    """Of the divisions whose pinyin opens a host label, those it names: the longest reading
    (shiquan is 石泉, not 石渠 shiqu and a stray an; xiangshan is 象山, not 西安), unless a
    shorter one is followed by a suffix sites put after a place's name (shiqufy)."""
    if len(divs) <= 1:
        return divs
    longest = max(len(d.pinyin) for d in divs)
    suffixes = _host_agency_suffixes() | _city_host_suffixes()
    return [d for d in divs if len(d.pinyin) == longest or label[len(d.pinyin):] in suffixes]


def _province_place(p: Division, rest: str, by_pinyin) -> list[Division]:
    """The places of province p whose pinyin is the rest of a host label after p's initials,
    alone or before an agency's code (scanju: 四川 安居)."""
    return [d for d in _longest_names(rest, _prefixes(rest, by_pinyin))
            if d.code[:2] == p.code[:2] and rest[len(d.pinyin):] in _host_agency_suffixes() | {""}]


def _an_outlets_label(label: str, d: Division) -> bool:
    """Whether a host label is a place's pinyin and an outlet's ending (jieshounews: 界首's news site)."""
    return label.startswith(d.pinyin) and label[len(d.pinyin):] in _outlet_host_endings()


@lru_cache(maxsize=1)
def _outlet_host_endings() -> frozenset:
    return frozenset(lexicon.load("region")["outlet_host_endings"])


def _host_labels(url: str | None) -> tuple[str | None, list[str]]:
    """The host of `url`, lower-cased, and its labels that may name a place (not www, gov, cn, digits)."""
    m = _HOST.match(url.strip()) if url else None
    if not m:
        return None, []
    host = m.group(1).lower()
    return host, [lb for lb in _LABEL_SEP.split(host) if lb and lb not in _cues()[4] and not lb.isdigit()]


def _host_evidence(ev: _Evidence, url: str | None, body: str = "", places=()):
    """sfj.ankang.gov.cn names 安康; hhylfy (怀化 沅陵 法院) names 沅陵 by its initials."""
    host, labels = _host_labels(url)
    if host is None:
        return
    g = gazetteer()
    by_pinyin, by_chain, by_city_initials, provinces, by_county_initials = _host_index(host.endswith(".cn"))  # (taoyuan.gov.cn: 桃源县, never Taiwan's 桃园)
    hinted, named_cities, papers = set(), set(), {}
    towns: list[set[str]] = []  # (the opening's townships, looked for once, where letters or pinyin name several places)

    def by_townships(divs: list) -> list:
        """Those of `divs` (counties or cities) in which the opening of the text names a township."""
        if not towns:
            towns.append(_townships_named(body))
        return [d for d in divs if d.code in towns[0] or (d.level == "city" and any(c[:4] == d.code[:4] for c in towns[0]))]

    def by_text(divs: list) -> list:
        """Those of `divs` the opening of the text names (thnews: 太湖, which the text names, not 通化):
        among `places`, those the caller found in the body already."""
        named = {d.code for start, _, _, ds in places if start < _TOWN_REACH for d in ds}
        in_full = {d.code for start, _, word, ds in places if start < _TOWN_REACH for d in ds if g.full_name(d, word)}
        found = [d for d in divs if d.code in named]
        return [d for d in found if d.code in in_full] or found  # (滨海县 named in full: not 滨海新区, which 滨海 names too)

    def the_one(divs: list) -> list:
        """The one of `divs`: the only one, or the one whose townships the text names, or the one
        it names; else none."""
        found = divs if len(divs) <= 1 else (by_townships(divs) or by_text(divs))
        return found if len(found) == 1 else []

    def the_named_one(divs: list) -> list:
        """The one of `divs` the text names, else the_one (zxfy: 钟祥 or 竹溪, the court the text names over a
        township that only one of them has a namesake of)."""
        named = by_text(divs) if len(divs) > 1 else divs
        return named if len(named) == 1 else the_one(divs)
    sites = _province_site_labels()
    site_of = {sites[lb] for lb in labels if lb in sites}  # (the province whose site the host is under)
    official = ("." + host).endswith(_OFFICIAL_HOST_ENDINGS)  # (gov.cn itself and its subdomains; not xgov.cn)
    parts = host.split(".")
    domain = _province_cn_domains().get(parts[-2]) if len(parts) >= 3 and parts[-1] == "cn" else None
    if domain:  # jnnews.zj.cn: a host under 浙江's own domain
        hinted.add(domain)
        labels = [lb for lb in labels if lb != parts[-2]]
    for lb in labels:
        if lb in sites:  # hncourt: 河南's courts, not 湖南's or 海南's
            hinted.add(sites[lb])
            continue
        for p in provinces:
            rest = lb[len(p.initials):] if len(p.initials) >= 2 and lb.startswith(p.initials) else None
            if lb.startswith(p.pinyin) or (rest is not None and (rest in _province_host_suffixes() or any(
                    c.code[:2] == p.code[:2] for c in by_city_initials.get(rest, ()))
                    or any(c.code[:2] == p.code[:2] for c in by_county_initials.get(rest, ()))
                    or (len(rest) >= 3 and any(c.code[:2] == p.code[:2] for c in _of_kind(rest, by_county_initials)))
                    or (len(rest) >= 4 and any(c.code[:2] == p.code[:2] for c in _prefixes(rest, by_chain)))
                    or _province_place(p, rest, by_pinyin))):
                # (gdqy: 广东 清远; sxgp: 山西 高平; yncxym: 云南 楚雄 元谋; scanju: 四川 安居; xgnews is no 香港)
                hinted.add(p.code[:2])
            elif rest is not None and (weight := _provinces_paper(p, rest, provinces, by_city_initials)):
                papers[p.code[:2]] = weight  # hljnews: 黑龙江日报's, a mention of the province that bounds no other label
    for lb in labels:
        if lb in sites:
            continue  # (hncourt names its province alone: no city's initials, 淮南's hn, in it)
        for p in provinces:  # gdqy: 广东 and the initials of one of its cities (清远)
            if p.code[:2] in hinted and len(p.initials) >= 2 and lb.startswith(p.initials):
                rest = lb[len(p.initials):]
                for d in by_city_initials.get(rest, ()):
                    if d.code[:2] == p.code[:2]:
                        ev.add([d], 2.0)
                # sxgp: 山西 and the initials of one of its counties (高平), when no city has them
                counties = [d for d in by_county_initials.get(rest, ()) if d.code[:2] == p.code[:2]] \
                    or [d for d in (_of_kind(rest, by_county_initials) if len(rest) >= 3 else ()) if d.code[:2] == p.code[:2]]
                # (ahtxq: 安徽 and 屯溪区's initials and the letter of its kind)
                if counties and not any(d.code[:2] == p.code[:2] for d in by_city_initials.get(rest, ())):
                    ev.add((by_townships(counties) if len(counties) > 1 else None) or counties, 2.0)
                    # (sxlc: 黎城 or 潞城, the one whose townships the text names; else both)
                # yncxym: 云南, then the initials of a city and of one of its counties (楚雄 元谋)
                for d in _prefixes(rest, by_chain):
                    if d.code[:2] == p.code[:2] and len(rest) >= 4:
                        ev.add([d], 4.0)
                # scanju: 四川, then the pinyin of one of its places (安居)
                ev.add(_province_place(p, rest, by_pinyin), 4.0, agency=True)
        outlet = next((lb[:k] for k in range(2, len(lb) - 1) if lb[k:] in _city_host_suffixes()), None)
        outlets = by_city_initials.get(outlet, []) if outlet else []
        if outlet and not site_of:  # bhxww: 北海's paper, or 滨海's when the text names 滨海 and not 北海
            spoken = by_text(outlets + by_county_initials.get(outlet, []))
            if len(spoken) > 1:  # bhxww: 滨海县 or 滨海新区, when the text names 滨海 and speaks of 县检察院
                spoken = _of_the_kind_spoken(spoken, body) or spoken
            if len(spoken) != 1:  # dyrmt: 大英's media centre, whose township (隆盛) the text names
                spoken = by_townships(outlets + by_county_initials.get(outlet, []))
            if len(spoken) == 1 and spoken[0].level == "county":
                outlets = spoken
        within = site_of or ({domain} if domain else set())
        if outlet and within:  # jyzy.hncourt: a court under 河南's site is 河南's (济源, no 揭阳); jnnews.zj.cn: 景宁's paper
            outlets = [d for d in outlets if d.code[:2] in within] \
                or the_one([d for d in by_county_initials.get(outlet, ()) if d.code[:2] in within])
        elif outlet and hinted:  # bbwb.gxzf.gov.cn: under 广西's government's host, no paper of 蚌埠
            outlets = [d for d in outlets if d.code[:2] in hinted]
        if outlet and not outlets and len(outlet) >= 3:  # djymedia: 都江堰's media centre, no city's initials
            outlets = [d for d in by_county_initials.get(outlet, ()) if not hinted or d.code[:2] in hinted]
        if outlets:
            ev.add(outlets, 2.0)  # zzrbw: the paper of a city whose initials are zz (fzcaw: its 长安网)
            named_cities.update(d.code for d in outlets if d.level == "city")
        for prefix in _host_place_prefixes():  # jinridengzhou: the site of 今日邓州
            if lb.startswith(prefix) and len(lb) > len(prefix) + 3:
                lb = lb[len(prefix):]
                break
        area = next((d for spelt, d in g.new_areas.items() if lb.startswith(spelt)), None)
        if area is not None:  # xixianxinqu: 西咸新区, 西安's (not 隰县, xixian)
            ev.add([area], 4.0)
            continue
        named = _longest_names(lb, _prefixes(lb, by_pinyin))
        if any(lb == p.pinyin for p in provinces):  # jiangsu.gov.cn: the province's own name (hinted above), no
            named = [d for d in named if d.pinyin == lb and d.level != "county"]  # 吉安 (jian) at its start, no
            # 新绛县 (xinjiang); 北京 the city too
        if len(named) > 1:  # xinhuaqu.gov.cn: 新华区 of 平顶山 or of 石家庄, fangcheng: 防城 or 方城: the one whose townships the text names
            named = by_townships(named) or (by_text(named) if len(by_text(named)) == 1 else []) or _of_the_kind_spoken(named, body) \
                or named  # (qingyuan: 清原, which it names; wuchang: 武昌区 when the text speaks of 区委、区政府)
        if len({d.pinyin for d in named}) == 1 and any(d.level == "city" for d in named):
            named = [d for d in named if d.level == "city"]  # lishui.gov.cn: 丽水, a city's own site, not 溧水区 of 南京
        for d in named:
            w = 4.0 if not hinted or d.code[:2] in hinted else 2.0
            if not official and not _an_outlets_label(lb, d) and not by_text([d]) and not by_townships([d]):
                w = 1.0  # (jianpian.cn is no site of 吉安, pinganjx no 平安区's, where the text names neither:
                # a plain mention's weight; jieshounews, 界首's outlet, keeps its own)
            ev.add([d], w)
            if d.level == "city":
                named_cities.add(d.code)
        for d in _prefixes(lb, by_chain):
            rest = lb[len(g.by_key[(d.parent, "city")].initials + d.initials):]
            own = not rest or rest in _host_agency_suffixes()  # (the county's own site, not a page about it)
            if len(rest) == 1 and rest not in _level_letters().values():
                continue  # sthjt, sthjj (生态环境厅/局): an agency's initials, not a city's and a county's and
                # one letter more (but …q, …x: the letter of the county's kind)
            ev.add([d], 4.0 if official else 1.0, agency=own and official)  # pdswdfy: the site of 平顶山 卫东's court
            # (fzzx.org.cn, 法治在线, is no site of 抚州 资溪: on another host the initials weigh as a plain mention)
        if len(lb) >= 3 and lb in by_county_initials:  # a county's own initials (zjc.gov.cn: 张家川), shared where several match
            ev.add([d for d in by_county_initials[lb] if not hinted or d.code[:2] in hinted], 2.0)
            # (sjt.gxzf.gov.cn: on 广西's host, sjt is its 审计厅, no 苏家屯 of 辽宁)
        elif len(lb) >= 4 and lb[-2:] in _county_site_codes() and lb[:-2] in by_county_initials:
            ev.add(the_one(by_county_initials[lb[:-2]]), 2.0, agency=True)  # znzf.gov.cn: 中宁 政府, xwzf: 玄武 政府
        elif len(lb) >= 3:  # …and the letter of its kind (lzq.gov.cn: 利州区, of 潞州区, 辽中区, 临淄区, 利州区…)
            ev.add(the_one(_of_kind(lb, by_county_initials)), 2.0)
        if len(lb) >= 3 and lb in by_city_initials:  # a city's (cgj.smx.gov.cn: 三门峡)
            ev.add(by_city_initials[lb], 2.0)
        if hinted:
            for d in _prefixes(lb, by_city_initials):
                if d.code[:2] in hinted and len(lb) <= len(d.initials) + 3:
                    ev.add([d], 2.0)
    # az.mianyangpeace.gov.cn: a label that is the initials of a county of a city the host
    # names (安州, of 绵阳) is that county's channel of the city's site
    for lb in labels:
        if 2 <= len(lb) <= 4 and named_cities:
            for d in by_county_initials.get(lb, ()):
                if d.parent in named_cities:
                    ev.add([d], 4.0, agency=True)
            for d in _of_kind(lb, by_county_initials) if lb not in by_county_initials else ():
                if d.parent in named_cities:
                    ev.add([d], 4.0, agency=True)  # txq.siping.gov.cn: 铁西区, of 四平
        # fsqfy.bjcourt.gov.cn: a county's initials and its court's (区法院), on a host of its province
        core = next((lb[:-len(x)] for x in _county_agency_codes() if lb.endswith(x) and len(lb) > len(x) + 1), None)
        if core and hinted and not any(p.initials == core for p in provinces):
            # (…q, …x, …s: 区, 县, 市 before the institution's code: the counties of that kind)
            kind = core[-1:] in _level_letters().values() and core[:-1] in by_county_initials
            found = the_named_one([d for d in (_of_kind(core, by_county_initials) if kind else by_county_initials.get(core, ()))
                                   if d.code[:2] in hinted])  # (xzqfy.hbfy: 新洲区 or 襄州区, the one the text names)
            if found:
                ev.add(found, 4.0, agency=True)
        if core:
            for p in provinces:  # sclxrmjcy: 四川, 泸县, 人民检察院
                if len(p.initials) >= 2 and core.startswith(p.initials) and len(core) > len(p.initials) + 1:
                    rest = core[len(p.initials):]
                    found = the_named_one([d for d in by_county_initials.get(rest, ()) if d.code[:2] == p.code[:2]])
                    if found:
                        ev.add(found, 4.0, agency=True)
    if len(parts) >= 3 and parts[-2:] == ["gov", "cn"] and len(parts[-3]) == 2:
        # sz.gov.cn, dg.gov.cn: a city's own domain, its initials right before gov.cn; the one such city
        # (of several with the initials, the one whose townships the text names)
        own = _city_gov_domains().get(parts[-3])  # (sz.gov.cn: 深圳's own)
        owners = [g.by_key[(own, "city")]] if own else the_one(by_city_initials.get(parts[-3], []))
        if owners:
            ev.add(owners, 2.0)
        else:  # fl.gov.cn, xp.gov.cn: a county's own domain (溆浦, of 怀化, the city the text names); the county's own
            # site speaks of the county, whatever else it names
            named = {d.code for _, _, _, ds in places for d in ds if d.level == "city"}
            in_named = [d for d in by_county_initials.get(parts[-3], ()) if d.parent in named]
            ev.add(the_one(by_county_initials.get(parts[-3], [])) or (in_named if len(in_named) == 1 else []), 4.0, agency=True)
    for code2 in sorted(hinted):
        ev.add([g.by_key[(code2 + "0000", "province")]], 1.0)
    for code2, weight in sorted(papers.items()):
        ev.add([g.by_key[(code2 + "0000", "province")]], weight)
    folder = _FIRST_FOLDER.match(url.strip())
    if folder and folder.group(1).lower() not in _folder_noise():
        # m.kcqsx.com/dongguan/…, news.wmxa.cn/beilin/…: a channel named by a place's pinyin, a plain mention's weight
        ev.add(the_one([d for d in by_pinyin.get(folder.group(1).lower(), ()) if not hinted or d.code[:2] in hinted]), 1.0)


def detect_region(*, title: str | None, body: str, source: str | None, url: str | None,
                  site_id_code: str | None = None, site_name: str | None = None,
                  published_at: str | None = None) -> Region:
    """The division a release reports on, as it was when the release was published (`published_at`, an ISO
    date, or else the old name the text gives it: 九江县 360421 until 2017, 柴桑区 360404 since)."""
    return _as_published(_region(title=title, body=body, source=source, url=url, site_id_code=site_id_code,
                                 site_name=site_name), title, body, published_at)


def _region(*, title, body, source, url, site_id_code, site_name) -> Region:
    reading = region_model.Reading()
    region = _detect(title=title, body=body, source=source, url=url, site_id_code=site_id_code, site_name=site_name,
                     reading=reading)
    if region.county is None and _title_city(title) is None and not _the_titles_province(region, title):
        # a township the release is about names its county (下相街道: 宿城区); not under a title that
        # opens with the province reported on (宁夏:以“三严三实”精神…, its meeting held in a county's towns)
        county = _township_county(title or "", body, region)
        if county is not None:
            region, reading.case = county.region(), "township_county"
    g = gazetteer()
    rule = _division_of(region)
    chosen = region_model.choose(rule, reading, g.ancestors)  # (the learned choice among the divisions weighed)
    region = region if chosen is rule else chosen.region()
    if region.adcode is None:
        return _provinces_voice_on_its_host(body, url) or _area_code_of_its_host(url, body) or region
    if region.county and _ZONE.search(region.county) and region.city:
        city = g.by_key.get((region.adcode[:4] + "00", "city"))
        return city.region() if city is not None else region  # (盐城经济技术开发区: no division, its city's)
    return region


_ZONE = lexicon.fast_compile("(?:" + lexicon.alternation(lexicon.load("region")["zone_endings"]) + ")$")


def _as_published(region: Region, title: str | None, body: str, published_at: str | None) -> Region:
    """`region` as it was when the release was published: the former division it took over (九江县 360421 until
    2017, 柴桑区's since) where the text names the old name and not the new one, in a release published no later
    than the year of the change (a change takes effect within its year) or undated; a division that kept its name
    under a new code (石阡县, 铜仁地区's 522224 until 2011) is its old one only by a publication year before the change."""
    rows = gazetteer().former.get(region.adcode or "")
    if not rows:
        return region
    published = str(published_at or "")[:4]
    year = int(published) if published.isdigit() else None
    today = region.county or region.city
    text = named = None
    for row in rows:
        until = int(row["until"])
        if year is not None and year > until:
            continue
        if row["name"] == today:
            if year is None or year == until:
                continue  # (石阡县 under its new code: only the year tells)
        elif row["name"] in gazetteer().names:
            continue  # (和县, part of which went to 鸠江区; 宜春市, a county-level city once: the name is another's today)
        else:
            if text is None:
                text = f"{title or ''}\n{body[:6000]}"
                text = simplified(text) if is_traditional(text) else text
            if row["name"] not in text:
                continue  # (the old name nowhere in the text: its places need no reading)
            if named is None:
                named = _places_named(text)
            if row["name"] not in named or today in named:
                continue  # (上城区 in 2019 naming its neighbour 江干区; 郫都区 and 郫县豆瓣: written after the change)
        if row["level"] == "city":
            return Region(row["province"], row["name"], None, row["code"])
        city = row["parent"] or (row["province"] if row["province"].endswith("市") else None)  # (a municipality's)
        return Region(row["province"], city, row["name"], row["code"])
    return region


def _places_named(text: str) -> set[str]:
    """The place names a text gives, as the matcher reads them (not 平安县城's 安县), but not after 原 or 撤销, nor
    before 撤县… (原九江县, 撤销郫县, 蓟县撤县设区: the text knows the division is gone)."""
    return {word for start, end, word, _ in find_places(text)
            if not _GONE_BEFORE.search(text, max(0, start - 12), start) and not _GONE_AFTER.match(text, end)}


_LIST_OF_KINDS = tuple(lexicon.load("region")["former_not_before"])
_GONE_BEFORE = lexicon.fast_compile(lexicon.load("region")["former_gone_before"])
_GONE_AFTER = lexicon.fast_compile(lexicon.load("region")["former_gone_after"])


_AREA_CODE = lexicon.fast_compile(r"(?<![0-9])(0[12][0-9]|0[3-9][0-9]{2})(?![0-9])")
_IP_HOST = lexicon.fast_compile(r"[0-9.:]+$")


@lru_cache(maxsize=1)
def _area_codes() -> dict[str, Division]:
    g = gazetteer()
    return {row["code"]: g.by_key[(row["adcode"], row["level"])] for row in lexicon.table("area_codes")}


def _area_code_of_its_host(url: str | None, body: str) -> Region | None:
    """With no place named: the city whose telephone area code a host's name holds (cs0799.com: 萍乡,
    sun0769.com: 东莞, read.0437.com: 辽源; data/area_codes.tsv), when it holds one code only, not run
    into letters as a day of the year would be, and the text does not speak for the country."""
    m = _HOST.match(url.strip()) if url else None
    if not m or _IP_HOST.match(m.group(1)) or _NATIONAL.search(body, 0, _TOWN_REACH):
        return None
    codes = set()
    for label in _LABEL_SEP.split(m.group(1).lower()):
        for c in _AREA_CODE.finditer(label):
            if c.group(1) in _area_codes() and (label == c.group(1) or not _month_day(c.group(1))):
                codes.add(c.group(1))  # (0513.hmsc.cn, cs0799; not xf0315, dangjian0701: a day, 3·15, 七一)
    if len(codes) != 1:
        return None
    return _area_codes()[codes.pop()].region()


_NATIONAL = lexicon.fast_compile(lexicon.alternation(lexicon.load("region")["national_cues"]))


def _month_day(digits: str) -> bool:
    """Whether four digits read as a day of the year (0315: 15 March, 0701: 1 July)."""
    return len(digits) == 4 and 1 <= int(digits[:2]) <= 12 and 1 <= int(digits[2:]) <= 31


def _provinces_voice_on_its_host(body: str, url: str | None) -> Region | None:
    """With nothing else to go by: a text that speaks as a province (我省, 全省, 省委) on a host whose name opens
    with the letters of one province and of no city (ahscb: 安徽's 市场星报, hljszw: 黑龙江's 省志网) is that
    province's."""
    host, labels = _host_labels(url)
    if host is None or not _province_cues().search(body, 0, _TOWN_REACH):
        return None
    if not labels or not labels[0].endswith(_PROVINCIAL_OUTLET_ENDINGS):
        return None  # (not scio, ynet: no outlet's ending)
    _, _, by_city_initials, provinces, _ = _host_index(host.endswith(".cn"))
    lb = labels[0]
    found = [p for p in provinces if len(p.initials) >= 2 and lb.startswith(p.initials) and len(lb) > len(p.initials) + 1]
    if len(found) == 1 and sum(q.initials == found[0].initials for q in provinces) == 1 \
            and found[0].initials not in by_city_initials:
        return found[0].region()
    return None


_PROVINCIAL_OUTLET_ENDINGS = tuple(lexicon.load("region")["provincial_outlet_endings"])


@lru_cache(maxsize=1)
def _title_city_cue():
    agencies = lexicon.alternation(lexicon.load("region")["agency_suffixes"])
    return lexicon.fast_compile(rf"^市(?:{agencies})")  # (市政协…, 市司法局…)


def _city_speaks_in_title(region: Region, title: str | None) -> bool:
    """A district's region under a title that speaks for its city (我市老年人法律援助工作站挂牌成立,
    市政协组织委员视察…; not a county-level city's own 我市, nor 全市唯一: the scope of a first)."""
    if not (region.county and region.city and title and region.adcode) or region.county.endswith("市"):
        return False
    title = title.strip()
    return bool(_title_city_cue().match(title) or _city_speaking().match(title)) \
        and (region.adcode[:4] + "00", "city") in gazetteer().by_key  # (我市…, 全市…; not 全市率先, 全市唯一)


def _the_titles_province(region: Region, title: str | None) -> bool:
    if not title or region.city is not None or not region.adcode or region.adcode[2:] != "0000":
        return False
    title = simplified(title) if is_traditional(title) else title
    province = _title_province(title)
    if province is None or province.code != region.adcode or _cues()[3].search(title):
        return False  # (浙江首家！我县建成…: the county's own)
    name = next((w for w in (province.name, province.alias) if w and w in title), "")
    after = title[title.find(name) + len(name):] if name else ""
    if _title_scope().match(after.lstrip()):
        return False  # (浙江首家…: the province the scope of a first)
    after = after.lstrip("省市 ")
    named_below = any(after.startswith(w) for w in _places_below(province.code[:2]))
    # (山西长子“一纵多横”…: a county right after its province; 上海陆家嘴街道…: a township the title names)
    return not named_below and not any(c[:2] == province.code[:2] for c in _townships_named(title))


@lru_cache(maxsize=64)
def _places_below(code2: str) -> tuple[str, ...]:
    """The names and short names (two characters or more) of a province's cities and counties."""
    words = {w for d in gazetteer().by_key.values() if d.level != "province" and d.code[:2] == code2
             for w in (d.name, d.alias) if w and len(w) >= 2}
    return tuple(sorted(words, key=len, reverse=True))




def _division_of(region: Region) -> Division | None:
    """The division a region names, at the level its fields give (东莞市, not the county-level entry
    of its code; 北京市 the province when no city is named)."""
    if not region.adcode:
        return None
    g = gazetteer()
    level = "county" if region.county else "city" if region.city else "province"
    return g.by_key.get((region.adcode, level)) or g.get(region.adcode)


def _most_specific_first(places) -> list:
    """Places in order, the first given as the last of its chain (福州市长乐区农业农村局: 长乐区, the
    county named right after its city)."""
    places = list(places)
    i = 0
    while i + 1 < len(places) and places[i + 1][0] == places[i][1] \
            and places[i + 1][3] and all(d.parent in {p.code for p in places[i][3]} for d in places[i + 1][3]):
        i += 1
    return places[i:]


def _decided(reading: region_model.Reading, case: str, region: Region) -> Region:
    """`region`, noting for the learned choice which case of the rules decided it."""
    reading.case = case
    return region


def _speaks_of_elsewhere(divs, places, body: str, media: tuple) -> bool:
    """Whether the text never names the counties `divs` as places (only as an outlet's name: 天山网讯)
    and names other counties more than once."""
    spoken = [ds for _, to, _, ds in places if not body.startswith(media, to)]
    codes = {d.code for d in divs}
    if any(d.code in codes for ds in spoken for d in ds):
        return False
    return sum(1 for ds in spoken if all(d.level == "county" for d in ds)) >= 2


def _an_outlet(source: str, media: tuple) -> bool:
    """Whether a source names an outlet: it ends like one, or each of its parts does once a note
    on the copy is off (天山网-新疆日报原创, 法治日报·法治网)."""
    if source.endswith(media):
        return True
    core = _COPY_NOTE.sub("", source)
    return bool(core) and all(part.endswith(media) for part in _SOURCE_PARTS.split(core) if part)


_COPY_NOTE = lexicon.fast_compile(r"(?:" + lexicon.alternation(lexicon.load("region")["copy_notes"]) + r")$")
_SOURCE_PARTS = lexicon.fast_compile(r"\s*[-—·•/|]+\s*")


def _detect(*, title, body, source, url, site_id_code, site_name, reading: region_model.Reading) -> Region:
    if is_traditional(body):  # 順義區司法局: a big5 gateway copy names its places in traditional characters
        title, body, source, site_name = (simplified(x) if x else x for x in (title, body[:6000], source, site_name))
    g = gazetteer()
    agency_re, media, city_re, county_re, _ = _cues()
    ev = _Evidence()
    pending = []
    source_divs: list[Division] = []
    source_named: list = []
    is_media = bool(source) and _an_outlet(source, media)
    places = list(find_places(body[:6000]))  # (read once: for the evidence and for the paragraphs' subjects)
    if source:
        for start, end, word, divs in _most_specific_first(find_places(source)):
            if is_media and all(d.level == "county" and not g.full_name(d, word) for d in divs) \
                    and _speaks_of_elsewhere(divs, places, body, media):
                break  # 天山网: an outlet's short name of a county the text speaks of only as the outlet (天山网讯),
                # reporting other counties (福海县); a county's own paper (江阴日报) names none, or another once
            w = 4.0 if is_media else 10.0
            pending.append((divs, w, not is_media))
            source_divs = divs
            source_named = [(0, 0, word, divs)]  # (names the place a host spells: bhxww, 滨海日报's 滨海)
            break
    if site_id_code and _SIX_DIGITS.match(site_id_code):
        d = g.get(site_id_code[:6])
        if d:
            ev.add([d], 5.0)
    owner = [(0, 0, word, divs) for _, _, word, divs in find_places(site_name)] if site_name else []  # (the site's
    # owner: its first place weighs as evidence, and names the place its host spells: qingyuan, 清原)
    pending += [(divs, 2.0, False) for *_, divs in owner[:1]]
    title_divs: set[Division] = set()
    own_title: set[Division] = set()
    if title:
        pending += _text_evidence(title, plain=3.0, agency_w=6.0, cap=2)
        title_divs = _title_subjects(title)
        own_title = set(title_divs)
        if is_media:  # an outlet's headline names the place it reports on
            title_divs |= {d for _, _, word, divs in find_places(title) for d in divs
                           if g.full_name(d, word) and d.level == "county"}
    subjects = _paragraph_subjects(body, places)
    addressed = _named_with_city(places, body)
    title_divs |= subjects | set(addressed[:1])  # (the first place given its full address: the report's)
    pending += _text_evidence(body[:6000], plain=1.0, agency_w=3.0, cap=4, places=places)
    _host_evidence(ev, url, body, places + owner + source_named)
    pending += [([d], 3.0, True) for d in _in_order(subjects)]  # 房山区坚持…: the actor opening a paragraph
    pending += [([d], 1.0, False) for d in addressed]

    # unambiguous mentions first, then each ambiguous one goes to the candidate whose
    # ancestors the other evidence supports
    for divs, w, agency in pending:
        if len(divs) == 1:
            ev.add(divs, w, agency)
    towns: list[set[str]] = []  # (the townships the text names, looked for once, where a tie needs them)
    for divs, w, agency in pending:
        if len(divs) > 1:
            support = [sum(ev.score.get(a, 0) for a in g.ancestors(d)) + ev.score.get(d, 0) for d in divs]
            best = max(support)
            chosen = [d for d, s in zip(divs, support) if s == best]
            if len(chosen) > 1:  # 市中区 of four cities: the one whose townships the text names (乐贤街道: 内江's;
                # not a name many counties share: 新华街道, 永安镇)
                if not towns:
                    towns.append(_townships_named(body, most=_RARE_TOWNSHIP))
                chosen = [d for d in chosen if d.code in towns[0]] or chosen
                cities = [d for d in chosen if d.level == "city"]
                if len(chosen) > 1 and len(cities) == 1 and best == 0 \
                        and not any(d.name in body for d in chosen if d.level == "county"):
                    chosen = cities  # 西安 of 西安市 and of 辽源's 西安区, nothing else to go by: the city (not where
                    # the text names a 西安区 in full)
            ev.add(chosen, w, agency)
    # (what the learned choice reads)
    reading.score, reading.agency, reading.places, reading.is_media = ev.score, ev.agency, places, is_media
    reading.title_subjects, reading.subjects = own_title, subjects
    reading.title, reading.source, reading.body = title or "", source or "", body
    reading.find_places = find_places
    reading.count_cues = lambda text: {"province": len(_province_cues().findall(text)),
                                       "city": len(city_re.findall(text)), "county": len(county_re.findall(text))}
    if not ev.score:
        return Region()
    if len(source_divs) == 1:
        if source_divs[0].level == "province" and _province_speaks(body, city_re, county_re, ev):
            return _decided(reading, "source_province_speaks", source_divs[0].region())
        src = source_divs[0]
        if src.level == "province" and title and _title_province(title) is src:
            # (吉林省人民政府关于…的通告 from 吉林省人民政府: the province's own act, whatever counties it names)
            return _decided(reading, "source_provinces_own_act", src.region())
        parts = {d for d in subjects if d.level == "county" and d.parent == src.code}
        if len(parts) >= _ROUNDUP_PARTS and not parts & own_title:
            # (灌南县考评得分…/ 东海县…/ 赣榆区…: paragraphs on each of its counties, a roundup of the source's city)
            return _decided(reading, "source_city_roundup", src.region())
        if is_media and title and src.level != "province":
            over = _title_province(title)
            if over is not None and over.code[:2] == src.code[:2]:
                # (甘肃省在全国率先出台… in 兰州晚报: a city's paper reporting its province)
                return _decided(reading, "city_paper_reports_province", over.region())
        within = _within_source(ev, src, title_divs, outlet=is_media)
        if within is not None and src.level == "province" and within.adcode == src.code and title:
            opening = _title_city(simplified(title) if is_traditional(title) else title)
            if opening is not None and opening.code[:2] == src.code[:2]:
                # (鞍山破案31起… in 辽宁法治报: a province's paper reporting a city its title opens with)
                return _decided(reading, "province_paper_reports_city", opening.region())
        if within is not None and src.level == "city" and within.adcode == src.code:
            counties = {d.code: d for _, _, _, ds in places for d in ds if d.level == "county" and d.parent == src.code}
            if _speaks_for_one_county(len(county_re.findall(body)), len(city_re.findall(body)), len(counties)):
                # 我县再获…先进单位 in 绵阳在线: a city's outlet reporting the one county it names, that speaks
                # for itself (我县, 全县) more than for the city
                return _decided(reading, "city_outlet_county_speaks", next(iter(counties.values())).region())
        if within is not None:
            if _city_speaks_in_title(within, title):
                return _decided(reading, "source_city_speaks_in_title", g.by_key[(within.adcode[:4] + "00", "city")].region())
            return _decided(reading, "within_source", _title_city_over(within, title))
    n_city, n_county = len(city_re.findall(body)), len(county_re.findall(body))  # (全市, 我市…; 全县, 区委…: read once)
    chosen = _choose(g, ev, body, city_re, county_re, n_city, n_county)
    if chosen.adcode and chosen.adcode[2:] != "0000" and _province_cues().search(body) \
            and not city_re.search(body) and not county_re.search(body):
        named = {d.code for _, _, _, divs in places for d in divs} | {d.code for d in title_divs}
        if not named & {chosen.adcode, chosen.adcode[:4] + "00"} and chosen.adcode[:2] + "0000" in named:
            # a county's site reposting the province's report (陵水's site: 全省各级市场监管部门…, 海南):
            # the text names the province and speaks for it, never for a city or county (我市, 全县),
            # and never names the county or its city
            return _decided(reading, "county_site_reposts_province", g.by_key[(chosen.adcode[:2] + "0000", "province")].region())
    city_voice = n_city + len(city_re.findall(title or "")) > n_county
    city = _title_city_over(chosen, title, None if city_voice else ev.score)  # (福建厦门：全市…: the city speaks)
    if city is not chosen:
        return _decided(reading, "title_city_over_county", city)
    if _city_speaks_in_title(chosen, title):
        return _decided(reading, "title_city_speaks", g.by_key[(chosen.adcode[:4] + "00", "city")].region())
    county = _title_county(title) if chosen.city and not chosen.county and title else None
    if county is not None and chosen.adcode[:4] == county.code[:4]:
        # (大武口法院力促…: the county the title names, its neighbours named in the text too)
        return _decided(reading, "title_county", county.region())
    province = _title_province(title) if (chosen.city or chosen.county) and title else None
    if province is not None and (chosen.adcode or "")[:2] == province.code[:2]:
        return _decided(reading, "title_province", province.region())
    return _decided(reading, "vote", chosen)


def _title_province(title: str) -> Division | None:
    """The province a title opens with when it names no city or county outside brackets
    (四川年底实现…网上信访全覆盖, 广西(南宁)12355青少年服务台揭牌), or the one place it names
    inside it, a province (一乡一庭 河北2009个“排雷哨”扎根基层): what the release reports on."""
    places = list(find_places(title))
    if places and places[0][0] != 0:  # 一乡一庭 河北2009个“排雷哨”…, …湖南交出行政复议工作亮眼答卷
        return _one_place_inside(title, places, "province")
    if not places or len(places[0][3]) != 1 or places[0][3][0].level != "province" \
            or _TITLE_OUTLET_AFTER.match(title, places[0][1]):
        return None  # (浙江在线5月27日…: an outlet's name, a banner or dateline read as the title)
    bracketed = _BRACKETED.finditer(title)
    inside = [(m.start(), m.end()) for m in bracketed]
    first = places[0][3][0]
    for start, _, _, divs in places[1:]:
        # (a name of another province's place is no part of this one: 吉林省嫩江干流, the river, not 黑龙江's 嫩江市)
        if any(d.level != "province" and d.code[:2] == first.code[:2] for d in divs) \
                and not any(a <= start < b for a, b in inside):
            return None
    return first


_BRACKETED = lexicon.fast_compile(r"[（(][^()（）]{1,12}[)）]")
_TITLE_OUTLET_AFTER = lexicon.fast_compile("(?:" + lexicon.alternation(lexicon.load("region")["title_outlet_words"]) + ")"
                                           + lexicon.load("region")["title_outlet_end"])


def _title_city_over(region: Region, title: str | None, score: dict | None = None) -> Region:
    """The city a title names as its subject over the county chosen inside it (银川仅7人申请… from
    银川晚报, a woman of 金凤区 its example; 邵阳市 万余“法律明白人”… over a story from 绥宁县), unless the
    evidence (`score`, given where the text does not speak for the city: 全市, 市委) for the county is more than
    _COUNTY_OVER_TITLE_CITY times the city's (福建厦门:多措并举… over a release naming 集美区 and its agencies
    throughout: the city the title's frame)."""
    city = _title_city(title) if region.county and title else None
    if city is None or (region.adcode or "")[:4] != city.code[:4]:
        return region
    if score:
        county = next((s for d, s in score.items() if d.code == region.adcode and d.level == "county"), 0.0)
        if county > _COUNTY_OVER_TITLE_CITY * max(score.get(city, 0.0), 1.0):
            return region
    return city.region()


_COUNTY_OVER_TITLE_CITY = 2.0


def _title_city(title: str | None) -> Division | None:
    """The one city a title opens with when it names no county (邵阳市 万余“法律明白人”大显身手
    over a story from 绥宁县; 苏州800余名退役老兵…: its short name opening it), or the one place it
    names inside it, a city (创新创优 宿迁下好…): what the release reports on."""
    if not title:
        return None
    places = list(find_places(title))
    if any(d.level == "county" for _, _, _, divs in places for d in divs):
        return None
    city = _title_subject(title, places, "city")
    if city is None:  # 创新创优 宿迁下好社会治理“先手棋”, 新时代“枫桥经验”的中卫实践
        city = _one_place_inside(title, places, "city")
    if city is not None and any(city in divs and _title_scope().match(title, end) for _, end, _, divs in places):
        return None  # 湘潭首家…: the city as the scope of a first
    return city


@lru_cache(maxsize=1)
def _title_place_not_subject():
    data = lexicon.load("region")
    return lexicon.fast_compile("(?:" + lexicon.alternation(data["title_outlet_words"] + data["title_place_not_subject"]) + ")")


def _one_place_inside(title: str, places, level: str) -> Division | None:
    """The one place a title names, inside it, when it is of `level` and no outlet's name goes on
    from it nor a county of it is the subject (中国张掖网, 《南阳日报》, 南宁这个区…)."""
    named = {d for _, _, _, divs in places for d in divs}
    if len(named) != 1 or next(iter(named)).level != level:
        return None
    not_subject = _title_place_not_subject()
    if any(not_subject.match(title, end) or title[max(0, start - 1):start] == "《" for start, end, _, _ in places):
        return None
    return next(iter(named))


@lru_cache(maxsize=1)
def _title_scope():
    return lexicon.fast_compile(lexicon.load("region")["title_scope_after"])


def _title_county(title: str) -> Division | None:
    """The one county a title names as its subject, when it names no other place (大武口法院力促
    行政争议实质性化解, 凯里开展整顿…专项行动: its short name opening the title); the caller takes it only
    inside the city the rest of the evidence gives."""
    places = list(find_places(title))
    if len({d.code for _, _, _, divs in places for d in divs}) != 1:
        return None
    return _title_subject(title, places, "county")


_LIST_JOINERS = tuple(lexicon.load("region")["list_joiners"])


def _title_subject(title: str, places, level: str) -> Division | None:
    """The one division of `level` that is the title's subject: named in full at its opening
    (_title_subjects), else by a short name opening it."""
    found = [d for d in _title_subjects(title) if d.level == level]
    if not found and places and places[0][0] == 0 and len(places[0][3]) == 1 and places[0][3][0].level == level:
        found = list(places[0][3])
    if not found and len(places) >= 2 and places[0][0] == 0 and len(places[0][3]) == 1 \
            and places[0][3][0].level == "province" and places[1][0] == places[0][1] and len(places[1][3]) == 1 \
            and places[1][3][0].level == level and places[1][3][0].code[:2] == places[0][3][0].code[:2] \
            and title[places[1][1]:places[1][1] + 1] not in _LIST_JOINERS:  # (广东深圳、广州入选…: the province's)
        found = list(places[1][3])  # 甘肃武威“组合拳”…: the province, then the city it reports on
    return found[0] if len(found) == 1 else None


class _Townships:
    """The townships (乡, 镇, 街道) of every county (data/townships.tsv.gz), found by their full
    names."""

    def __init__(self):
        self.counties: dict[str, list[str]] = defaultdict(list)
        with lexicon.data_path("townships.tsv.gz").open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                code, _, names = line.rstrip("\n").partition("\t")
                for name in names.split(" "):
                    self.counties[name].append(code)
        self.words = sorted(self.counties)
        self.automaton = ahocorasick_rs.AhoCorasick(self.words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        short: dict[str, list[str]] = defaultdict(list)  # (牛塘 of 牛塘镇: named so before its own 司法所)
        common, freq = lexicon.load("region")["township_short_common"], postag.word_frequencies()
        for name, codes in self.counties.items():
            if name[-1] in "镇乡" and len(name) >= 3 and name[:-1] not in self.counties \
                    and (freq.get(name[:-1]) or 0) < common:
                short[name[:-1]].extend(codes)
        self.short = dict(short)
        # (a name that is also a common word, 小城镇 of 舒兰 in 特色小城镇建设, 乌镇 in 乌镇峰会: a township only
        # before one of its bodies, as a short name is)
        self.common = frozenset(name for name in self.counties if (freq.get(name) or 0) >= common)
        self.short_words = sorted(self.short)
        self.short_automaton = ahocorasick_rs.AhoCorasick(self.short_words,
                                                          matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        self.short_before = lexicon.fast_compile(lexicon.load("region")["township_short_before"])

    def find(self, text: str):
        for i, start, end in self.automaton.find_matches_as_indexes(text):
            name = self.words[i]
            if name in self.common and not self.short_before.match(text, end):
                continue
            if postag.inside_word(text, start) and _splits_words(text, start, end, into_only=True):
                continue  # 部分|乡镇: no 分乡镇 (夷陵's) in 部分乡镇
            yield start, name, self.counties[name]
        if self.short_before.search(text):  # (a township's own body named at all: else no short name stands before one)
            for i, start, end in self.short_automaton.find_matches_as_indexes(text):
                if self.short_before.match(text, end):
                    yield start, self.short_words[i], self.short[self.short_words[i]]


@lru_cache(maxsize=1)
def _townships() -> _Townships:
    return _Townships()


def _township_county(title: str, body: str, region: Region) -> Division | None:
    """The county of the one township a release reports on, when its city (or province) is
    all the other evidence gives: the township named in the title or the opening lines, or
    twice, and no other township of another county named; never when the release speaks for the
    whole city (全市, 我市) unless no city is named and the county is a county-level city, which
    speaks of itself so. Else, in a release that speaks as a county, the county of its own
    townships named anywhere in it: two of them, or one twice (one named once may be a
    neighbour's, 赴邻县镜岭镇观摩)."""
    _, _, city_re, county_re, _ = _cues()
    opening = body[:1500]
    if _province_speaks(body, city_re, county_re):
        return None
    prefix = (region.adcode or "")[:4 if region.city else 2] if region.adcode else ""
    found = _townships_by_county(title + "\n" + opening, prefix)
    if len(found) == 1:
        code, starts = next(iter(found.items()))
        county = _county_division(code)
        own_city = region.adcode is None and county is not None and county.name.endswith("市") \
            and not _PREFECTURE_SPEAKS.search(body)
        if county is not None and (len(city_re.findall(opening)) < 2 or own_city) \
                and (len(starts) >= 2 or starts[0] <= len(title) + 200):
            return county  # (a city's release, 全市…, names no county by a township; with no city named, a county-level
            # city speaks so of itself: 桐乡)
    if not _speaks_as_county(body, city_re, county_re):
        return None
    found = _townships_by_county(title + "\n" + body, prefix, named_by=True)
    if len(found) != 1:
        return None
    code, names = next(iter(found.items()))
    return _county_division(code) if len(names) >= _OWN_TOWNSHIPS else None


_OWN_TOWNSHIPS = 2  # mentions of its townships (two names, or one twice) that name a county speaking of itself
_PREFECTURE_SPEAKS = lexicon.fast_compile(lexicon.load("region")["prefecture_speaks"])
_AUTONOMOUS_REGION = lexicon.fast_compile(lexicon.load("region")["autonomous_region_names"])
_DISTRICT_CUES = frozenset(lexicon.load("region")["district_cues"])


def _county_division(code: str) -> Division | None:
    g = gazetteer()
    return g.by_key.get((code, "city")) or g.by_key.get((code, "county"))  # (东莞's 大朗镇: a city with no counties)


def _speaks_as_county(body: str, city_re, county_re) -> bool:
    """全县, 区委 … more often than 全市 (全区 and 我区 not counted where an autonomous region is named: its own words)."""
    cues = county_re.findall(body)
    if _AUTONOMOUS_REGION.search(body):
        cues = [c for c in cues if c not in _DISTRICT_CUES]
    return len(cues) >= 2 and len(cues) > len(city_re.findall(body))


def _townships_by_county(text: str, prefix: str, named_by: bool = False) -> dict[str, list]:
    """The counties (codes under `prefix`) whose townships `text` names -> where (or, `named_by`, every
    mention of any township the county has, an ambiguous name's too: 西兴街道 with 浦沿街道, both 滨江's);
    empty when the townships stand in a ranked list."""
    named = {end: divs for _, end, _, divs in find_places(text)}
    found: dict[str, list] = defaultdict(list)
    ambiguous: list[tuple[int, list[str]]] = []
    ends: list[tuple[int, int]] = []
    for start, name, codes in _townships().find(text):
        inside = [c for c in codes if c.startswith(prefix)]
        if len(inside) != 1:
            ambiguous.append((start, inside))
            continue  # (城关镇: a name of many counties)
        if start in named and not any(d.code == inside[0] for d in named[start]):
            continue  # (连江县宣和镇: the text gives it another county than the table's 宣和镇)
        found[inside[0]].append(start)
        ends.append((start, start + len(name)))
    if _ranked_list(text, sorted(ends)):
        return {}  # (工人新村北村街道办事处、无影山街道办事处位列前三: a city's townships ranked, none the subject)
    if named_by:
        for start, codes in ambiguous:
            for code in codes:
                if code in found:
                    found[code].append(start)
    return found


def _ranked_list(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether townships found (`spans`, in text order) stand in one list that a ranking follows
    (…街道办事处、…街道办事处位列前三); a list of towns that acted together (城南乡、儒岙镇司法所联合…) is no ranking."""
    for k in range(len(spans) - 1):
        if not _LIST_GAP.fullmatch(text, spans[k][1], spans[k + 1][0]):
            continue
        last = k + 1  # (the list runs on while a gap of 、 leads to the next township)
        while last + 1 < len(spans) and _LIST_GAP.fullmatch(text, spans[last][1], spans[last + 1][0]):
            last += 1
        if _RANKING_AFTER.match(text, spans[last][1]):
            return True
    return False


_LIST_GAP = lexicon.fast_compile(lexicon.load("region")["township_list_gap"])
_RANKING_AFTER = lexicon.fast_compile(lexicon.load("region")["ranking_after_list"])


def _named_with_city(places, body: str) -> list[Division]:
    """Counties named right after their own city (昭通市彝良县小草坝镇) or right before one of
    their towns (信宜市池洞镇): a place given its full address, which no passing mention is, nor
    one of a list of such places (我市赫山区八字哨镇金家堤村、沅江市胭脂湖街道胭脂湖村…4个村)."""
    resident = _resident_before()
    places = [p for p in places if not resident.search(body, max(0, p[0] - 6), p[0])
              and not _OFFICE_ADDRESS.search(body, max(0, p[0] - 8), p[0])]  # (联系地址：安庆市宜秀区…: an office's)
    out = []
    for (s1, e1, w1, d1), (s2, e2, w2, d2) in zip(places, places[1:]):
        if e1 == s2 and len(d2) == 1 and d2[0].level == "county" and any(
                c.level == "city" and c.code == d2[0].parent and c.name == w1 for c in d1):
            out.append(d2[0])
    town = _TOWN_AFTER
    for start, end, word, divs in places:
        if len(divs) == 1 and divs[0].level == "county" and divs[0].name == word and town.match(body, end) \
                and body[start - 1:start] != "、" and divs[0] not in out:  # (not the last of a list either)
            out.append(divs[0])
    return out


@lru_cache(maxsize=1)
def _resident_before():
    return lexicon.fast_compile("(?:" + lexicon.alternation(lexicon.load("region")["resident_words"]) + r")\s*$")


# an address printed as a field (联系地址：安庆市宜秀区独秀大道1号): no place given its full address as the report's own
_OFFICE_ADDRESS = lexicon.fast_compile("(?:" + lexicon.alternation(lexicon.load("region")["address_words"]) + r")\s*[:：]\s*$")
_TOWN_AFTER = lexicon.fast_compile(r"\p{Han}{2,5}?(?:镇|乡|街道)(?!\p{Han}{0,2}[、和及与]|\p{Han}{0,8}、)")  # (not one of a list: …镇金家堤村、沅江市…)


_TIME_LEAD = lexicon.fast_compile(lexicon.load("region")["paragraph_lead"])


def _paragraph_subjects(body: str, places) -> set[Division]:
    """Counties whose full name opens a paragraph of the body (张店区运用“互联网+”思维…):
    the actor the release reports on."""
    g = gazetteer()
    out: set[Division] = set()
    starts = {start for start, *_ in places}
    for start, end, word, divs in places:
        line_start = body.rfind("\n", 0, start) + 1
        lead = _TIME_LEAD.match(body, line_start, start)
        opening = body[lead.end() if lead else line_start:start]
        if len(divs) == 1 and opening and opening in _chain_names(g, divs[0]):
            opening = ""  # 六安市金安区先生店镇…: the county after its city's name
        if not opening and len(divs) == 1 and divs[0].level == "county" and g.full_name(divs[0], word) \
                and not any(body[i] == "、" and i + 1 in starts for i in range(end, min(end + 16, len(body)))):
            out.add(divs[0])  # (not a list of places, 张店区、淄川区…; 文水县委、县政府 is one county's bodies)
    return out


def _chain_names(g: "Gazetteer", d: Division) -> set[str]:
    """How the names of a division's ancestors may stand before its own (安徽省六安市, 六安市)."""
    up = [a.name for a in g.ancestors(d)]  # nearest first
    return {"".join(reversed(up[:k])) for k in range(1, len(up) + 1)} | set(up)


def _title_subjects(title: str) -> set[Division]:
    """Divisions that open the title by their full names (滨海新区行政复议工作取得新成效,
    杭州市西湖区：…): the title's subject, not a venue (全省推进会在安吉县召开) or a place in
    another word (西湖龙井茶)."""
    g = gazetteer()
    out: set[Division] = set()
    pos = 0
    for start, end, word, divs in find_places(title):
        if start != pos:
            break
        headed = title[end:end + 1] in ":：" and len(divs) == 1  # 酒泉:聚焦监督诉源治理…
        out.update(d for d in divs if g.full_name(d, word) or headed)
        pos = end
    return out


def _in_order(divs) -> list[Division]:
    """A set of divisions in the order of their codes: a set's own order changes from one run to
    the next (strings hash at random), and ties in the evidence must not."""
    return sorted(divs, key=lambda d: (d.code, d.level))


def _within_source(ev: _Evidence, src: Division, title_divs=frozenset(), outlet: bool = False) -> Region | None:
    """The source's own area, or a county inside it that the text names as an agency or
    the title names (a city outlet reporting a county's work: 滨海新区行政复议工作取得新成效
    from 天津市司法局), or, on a province's outlet, the city whose agencies act (乌鲁木齐市…法院)."""
    if src.level == "county":
        return src.region()
    if outlet and title_divs and all(d.code[:2] != src.code[:2] for d in title_divs):
        return None  # 吉林通化县人民法院工作报告… on 山东法制传媒网: an outlet reporting another province's place
    if outlet and src.level == "city" and not any(d is not src and d.code[:4] == src.code[:4] for d in ev.score):
        away = [d for d in ev.agency if d.level == "county" and d.code[:4] != src.code[:4] and ev.agency[d] > 0]
        if away and max(ev.score.get(d, 0) for d in away) > ev.score.get(src, 0):
            return None  # 南海区环保局… from 广州日报, naming nothing of 广州: a city's paper reporting another city's county
    named = _in_order(set(ev.agency) | set(title_divs))
    inside = [d for d in named if d.level == "county" and d is not src
              and (d.parent == src.code or d.code[:2] == src.code[:2] and src.level == "province")]
    if len([d for d in inside if d not in title_divs]) >= 3 and not (set(inside) & set(title_divs)):
        return src.region()  # a list of the counties it names (…县法律援助中心、…区法律援助中心): no one of them
    acting = [d for d in _in_order(ev.agency) if d.level == "city" and d.code[:2] == src.code[:2] and src.level == "province"]
    if acting:  # 平凉市中级人民法院…赴庆阳市西峰区: a county where another city's agency acted is no actor
        top = max(acting, key=lambda d: ev.agency[d])
        inside = [d for d in inside if ev.agency.get(d, 0) > 0 or d.parent == top.code]
        if not inside:
            return top.region()
    if inside:
        return max(inside, key=lambda d: (ev.agency.get(d, 0), d in title_divs, ev.score.get(d, 0))).region()
    cities = [d for d in _in_order(title_divs) if d.level == "city" and src.level == "province" and d.code[:2] == src.code[:2]]
    if len(cities) == 1:
        return cities[0].region()  # 酒泉:聚焦监督诉源治理… on a provincial site
    if src.level == "province" and outlet:
        named = [d for d, s in ev.score.items() if d.level in ("city", "county") and d.code[:2] == src.code[:2] and s >= 1]
        counties = [d for d in named if d.level == "county"]
        if len(counties) == 1 and ev.score[counties[0]] >= _ONLY_COUNTY_TIMES \
                and all(d is counties[0] or d.code == counties[0].parent for d in named):
            return counties[0].region()  # 丹棱县…丹棱县…全县 on 四川在线: the one county it reports on, named again and again
    return src.region()


_ROUNDUP_PARTS = 3  # counties of a city opening paragraphs of its source's text: a roundup of the city
_ONLY_COUNTY_TIMES = 3.0  # a province outlet's report names its one county this often (weighted)
_OWN_OVER_PARTS = 2.0  # a province named twice as often as all of its likeliest city
_CITY_OVER_COUNTY = 3.0  # a city named three times as often as its likeliest county
_COUNTY_SPEAKS = 3  # times a text says 全县 or 我县 to speak for the one county it names
_CITY_SPEAKS = 3  # times a text says 全市 or 我市, and never 全区 or 全县, to speak for the city over a district it names


def _municipality(city: Division | None) -> bool:
    """Whether a city is one of the municipalities, a province and a city at once (北京, 天津, 上海, 重庆)."""
    return city is not None and (city.code, "province") in gazetteer().by_key


def _speaks_for_one_county(n_county: int, n_city: int, distinct: int) -> bool:
    """Whether a text naming `distinct` counties speaks for the one it names: 全县 or 我县 at least
    _COUNTY_SPEAKS times (`n_county`) and more often than 全市 or 我市 (`n_city`)."""
    return distinct == 1 and n_county >= _COUNTY_SPEAKS and n_county > n_city


@lru_cache(maxsize=1)
def _city_speaking():
    return lexicon.fast_compile(lexicon.load("region")["city_speaking"])


def _choose(g: Gazetteer, ev: _Evidence, body: str, city_re, county_re, n_city: int, n_county: int) -> Region:
    """The division the weighed evidence settles on; `n_city` and `n_county`: how often the body speaks for a
    city (全市, 我市) and for a county (全县, 区委)."""
    city_total: dict[str, float] = defaultdict(float)
    prov_total: dict[str, float] = defaultdict(float)
    for d, s in ev.score.items():
        prov_total[d.code[:2]] += s
        if d.level == "city":
            city_total[d.code] += s
        elif d.level == "county":
            city_total[d.parent] += s
    prov = max(prov_total, key=prov_total.get)
    if _province_speaks(body, city_re, county_re, ev):
        return g.by_key[(prov + "0000", "province")].region()
    cities = {c: s for c, s in city_total.items() if c[:2] == prov}
    if not cities:
        return g.by_key[(prov + "0000", "province")].region()
    city_code = max(cities, key=cities.get)
    province = g.by_key.get((prov + "0000", "province"))
    if province is not None and ev.score.get(province, 0) >= _OWN_OVER_PARTS * cities[city_code]:
        return province.region()  # 辽宁推进…(×6) and a district named once: the province's report
    others = sum(cities.values()) - cities[city_code]
    named_cities = sum(1 for s in cities.values() if s >= 1)
    if province is not None and ev.score.get(province, 0) >= cities[city_code] <= 2 * others and named_cities >= 3:
        return province.region()  # 湖北 (×7) over 武汉 (×6), 宜昌, 十堰…: the province's report naming its cities
    ranked = sorted(cities.values(), reverse=True)
    if named_cities >= 3 and ranked[0] < 2 * ranked[1] \
            and not any(d.level == "county" and ev.agency.get(d, 0) > 0 for d in ev.score):
        # 济南、临沂、菏泽…受理行政一审案件数分别为…: a province's report naming its cities, no one of them
        return g.by_key[(prov + "0000", "province")].region()
    counties = {d: s for d, s in ev.score.items() if d.level == "county" and d.parent == city_code}
    city = g.by_key.get((city_code, "city"))
    if counties:
        county = max(counties, key=counties.get)
        score = counties[county]
        has_agency = ev.agency.get(county, 0) > 0
        distinct = len([s for s in counties.values() if s >= 1])
        # the release speaks for the city (全市, 我市) and names several of its counties
        city_own = ev.score.get(city, 0) if city is not None else 0
        # (a county-level city's 我市 is itself, when nothing names the prefecture: 邓州网讯…我市)
        no_city = city is None or city.name.startswith(_NO_CITY)  # (阿拉尔市, 仙桃市: under the province, its 我市 is itself)
        city_speaks = not no_city and n_city > n_county and (not has_agency or distinct >= 2) \
            and not (county.name.endswith("市") and city_own == 0 and distinct == 1) \
            and not (county.name.endswith("市") and city_own > 0
                     and ev.agency.get(county, 0) >= _CITY_OVER_COUNTY * max(ev.agency.get(city, 0), 1.0))
        # (开平市's agencies named five times as 江门's: its 我市 and 全市 are itself)
        runner_up = sorted(counties.values())[-2] if len(counties) > 1 else 0.0
        several = (distinct >= 3 and score <= 2 * runner_up) or (distinct >= 2 and score == runner_up)
        # (相山区 and 杜集区 named alike in 市长热线运行情况通报: the city's, no one county's)
        # (灌云县, 东海县, 灌南县 once each and 赣榆区 twice: a ranking of the city's counties; three
        # times as often, the county's own report naming its neighbours)
        if no_city:
            pass  # (no city above the county: nothing to weigh it against)
        elif city_own >= _CITY_OVER_COUNTY * score and not city_speaks:
            city_speaks = True  # 武汉 (×11) and 汉阳区 named once: the city's report
        elif city_speaks and distinct == 1 and score >= _CITY_OVER_COUNTY * max(city_own, 1.0):
            city_speaks = False  # 丰南区 (×4), 唐山 once and 全市 twice: the district's release, the city's context
        elif not city_speaks and city_own > score and n_city > n_county \
                and (n_city >= 2 or ev.agency.get(city, 0) > ev.agency.get(county, 0)):
            city_speaks = True  # 衡水 named more than 桃城区 and 全市 more than 全区: the city's, its county's agency an example
            # (or 全市 once and 武汉市税务局 named more than 江夏区税务局 in its anecdote)
        if not city_speaks and not no_city and n_county == 0 and not county.name.endswith("市") \
                and len(_city_speaking().findall(body)) >= _CITY_SPEAKS:
            city_speaks = True  # 全市法院 eight times, 全区 never, 润州法院 an example: the city's report
        county_speaks = _speaks_for_one_county(n_county, n_city, distinct)  # (白河县 once, 全县 six times)
        if _municipality(city) and distinct == 1 and not several \
                and ((has_agency and score >= _CITY_OVER_COUNTY * max(city_own, 1.0)) or 0 < n_county >= n_city):
            return county.region()  # (a municipality's 全市 and name are its province's: 滨海新区 and its agencies (×13)
            # over 天津市 and 全市 thrice, or 大足区 and 我区 under 重庆市第五生态环境保护督察组: the district's own release;
            # not 浦东新区 named thrice as the example of 本市's trade)
        if (score >= 2 or has_agency or city_own == 0 or county_speaks) and not city_speaks and not several:
            return county.region()
        if city is None:
            return county.region()
    if city is not None:
        return city.region()
    return g.by_key[(prov + "0000", "province")].region()
