"""Epoint 新点 WebBuilder columns (徐州, 营口, 上海 … and their districts): the column page
`/dynamic/zwgk/govInfoPub.html?categorynum=003002` is a shell; the site's script
(`/js/webBuilderCommon.js`) holds `var siteInfo = {"projectName": "/EWB-FRONT", "siteGuid": "…"}`,
and the list is JSON from `POST {projectName}/rest/lightfrontaction/getgovinfolist` with
`{"siteGuid", "categorynum", "deptcode", "pageIndex", "pageSize"}` (pageIndex from 0), answered
as `{"custom": {"data": [{"title", "realtitle", "infourl", "infodate"}], "total": T}}`."""
from __future__ import annotations

import json
from urllib.parse import parse_qsl, urljoin, urlsplit

import regex
from bs4 import BeautifulSoup

from .base import Adapter, Listing, PageRequest, config, item, loads_json

SITE_INFO = regex.compile(r"siteInfo\s*=\s*\{([\s\S]*?)\}")
PROJECT = regex.compile(r"[\"']?projectName[\"']?\s*:\s*[\"']([^\"']*)[\"']")
GUID = regex.compile(r"[\"']?siteGuid[\"']?\s*:\s*[\"']([\w-]+)[\"']")
SIGNS = ("webbuildercommon.js", "lightfrontaction", "ewb-front", "getgovinfolist")


def _query(url: str) -> dict:
    return {k.lower(): v for k, v in parse_qsl(urlsplit(url).query, keep_blank_values=True)}


class Epoint(Adapter):
    name = "epoint"

    def detect(self, url, html):
        low = html.lower()
        return "categorynum" in _query(url) and any(s in low for s in SIGNS)

    def parse(self, request, html, first):
        cfg = config()["epoint"]
        if first:
            q = _query(request.url)
            if "categorynum" not in q:
                return Listing()
            srcs = [s.get("src", "") for s in BeautifulSoup(html, "lxml").find_all("script")]
            names = [n.rsplit("/", 1)[-1].lower() for n in cfg["site_scripts"]]
            script = next((s for s in srcs if s.rsplit("/", 1)[-1].split("?")[0].lower() in names),
                          cfg["site_scripts"][0])
            ctx = {"column": request.url, "categorynum": q["categorynum"], "deptcode": q.get("deptcode", ""),
                   "stage": "site"}
            inline = SITE_INFO.search(html)
            if inline and GUID.search(inline.group(1)):
                return Listing(next=[self._api(self._site(ctx, inline.group(1)), 0)])
            return Listing(next=[PageRequest(urljoin(request.url, script), adapter=self.name,
                                             context=tuple(sorted(ctx.items())))])
        ctx = request.ctx()
        if ctx.get("stage") == "site":
            info = SITE_INFO.search(html)
            if not info or not GUID.search(info.group(1)):
                return Listing()
            return Listing(next=[self._api(self._site(ctx, info.group(1)), 0)], setup=True)
        data = loads_json(html)
        custom = data.get("custom") if isinstance(data, dict) else None
        if isinstance(custom, str):
            custom = loads_json(custom)
        if not isinstance(custom, dict):
            return Listing()
        items = []
        for rec in custom.get("data") or []:
            if not isinstance(rec, dict):
                continue
            href = rec.get("infourl") or rec.get("visiturl") or rec.get("linkurl")
            if href:
                items.append(item(urljoin(ctx["column"], href), rec.get("realtitle") or rec.get("title"),
                                  rec.get("infodate") or rec.get("handsdate")))
        total = custom.get("total")
        total = int(total) if isinstance(total, (int, str)) and str(total).isdigit() else None
        index, size = int(ctx["page"]), int(cfg["page_size"])
        listing = Listing(items=items, total=total)
        if items and (total is None or (index + 1) * size < total):
            listing.next = [self._api(ctx, index + 1)]
        return listing

    def _site(self, ctx: dict, info: str) -> dict:
        project = PROJECT.search(info)
        api = urljoin(ctx["column"], (project.group(1) if project else "") + config()["epoint"]["api"])
        return {**ctx, "guid": GUID.search(info).group(1), "api": api, "stage": "list"}

    def _api(self, ctx: dict, index: int) -> PageRequest:
        body = {"siteGuid": ctx["guid"], "categorynum": ctx["categorynum"], "deptcode": ctx["deptcode"],
                "pageIndex": index, "pageSize": config()["epoint"]["page_size"]}
        return PageRequest(ctx["api"], json=json.dumps(body, ensure_ascii=False), adapter=self.name,
                           context=tuple(sorted({**ctx, "page": str(index)}.items())))
