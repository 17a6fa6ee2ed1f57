"""The site list researchers keep: a TOML file of sites, their columns and politeness.

    [[site]]
    name = "yuhang"                       # how `govnews crawl yuhang` names it
    title = "杭州市余杭区人民政府"
    region = "330110"                     # GB/T 2260 code of the area the site speaks for
    cms = "hanweb"                        # a family of scrapers.cms (hanweb, trs, jpaas, gkmlpt, truecms,
                                          # epoint, xxgk, generic); detected from the page when left out
    columns = ["http://www.yuhang.gov.cn/col/col1229165988/index.html"]
    seeds = ["http://www.yuhang.gov.cn/art/2020/8/14/art_1229179150_1872814.html"]
                                          # articles whose position line (当前位置 …) names a column
    seen = "where the URLs were seen"     # provenance, shown by `govnews sites check`
    [site.politeness]                     # overrides of scrapers.fetch.Politeness
    delay = 2.0
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .fetch import Politeness, netloc


class SiteListError(ValueError):
    pass


@dataclass
class Site:
    name: str
    columns: list[str]
    title: str | None = None
    region: str | None = None
    cms: str | None = None
    politeness: dict = field(default_factory=dict)
    user_agent: str | None = None
    seeds: list[str] = field(default_factory=list)
    seen: str | None = None
    note: str | None = None

    @property
    def hosts(self) -> set[str]:
        return {netloc(u) for u in self.columns + self.seeds} | set(self.politeness.get("extra_hosts", []))

    def politeness_for(self, default: Politeness) -> Politeness:
        fields = {k: v for k, v in self.politeness.items() if k in Politeness.__dataclass_fields__}
        return Politeness(**{**default.__dict__, **fields})


def load_sites(path: str | Path) -> dict[str, Site]:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SiteListError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SiteListError(f"{path}: not valid TOML ({exc})") from exc
    sites = {}
    for i, raw in enumerate(data.get("site", []), 1):
        if "name" not in raw or not (raw.get("columns") or raw.get("seeds")):
            raise SiteListError(f"{path}: site {i} needs a name and at least one column URL (or a seed article)")
        for url in list(raw.get("columns", [])) + list(raw.get("seeds", [])):
            if not isinstance(url, str) or not url.startswith(("http://", "https://")):
                raise SiteListError(f"{path}: site {raw['name']!r} has {url!r}, not an http(s) URL")
        from .cms import BY_NAME

        if raw.get("cms") is not None and raw["cms"] not in BY_NAME:
            raise SiteListError(f"{path}: site {raw['name']!r} names an unknown CMS family {raw['cms']!r} "
                                f"(one of {', '.join(BY_NAME)})")
        unknown = set(raw.get("politeness", {})) - set(Politeness.__dataclass_fields__) - {"extra_hosts"}
        if unknown:
            raise SiteListError(f"{path}: site {raw['name']!r} has unknown politeness settings {sorted(unknown)}")
        if raw["name"] in sites:
            raise SiteListError(f"{path}: site {raw['name']!r} is named twice")
        sites[raw["name"]] = Site(name=raw["name"], columns=list(raw.get("columns", [])), title=raw.get("title"),
                                  region=raw.get("region"), cms=raw.get("cms"),
                                  politeness=dict(raw.get("politeness", {})), user_agent=raw.get("user_agent"),
                                  seeds=list(raw.get("seeds", [])), seen=raw.get("seen"), note=raw.get("note"))
    return sites
