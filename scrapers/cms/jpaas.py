"""Hanweb JPaaS (大汉 JPaaS 发布) columns: the column page lists nothing; a script
`<script src="/AuthorizedRead/unitbuild.js" url="/api-gateway/jpaas-publish-server/front/page/build/unit"
queryData="{'webId':…,'pageId':…,'tplSetId':…,'tagId':…}">` builds the list from
`…/front/page/build/unit?…&paramJson={"pageNo":N,"pageSize":M}`, whose answer is
`{"success":true,"data":{"html":"<ul>…</ul>"}}`. Pages are asked for one after another until
one lists nothing new (or the `total` the answer gives is reached)."""
from __future__ import annotations

import ast
import json
from urllib.parse import urlencode, urljoin

from bs4 import BeautifulSoup

from .base import Adapter, Listing, PageRequest, config, loads_json, rows
from .hanweb import ARTICLE as HANWEB_ARTICLE

UNIT_API = "jpaas-publish-server/front/page/build/unit"


def _unit_scripts(html: str) -> list[tuple[str, dict]]:
    out = []
    for tag in BeautifulSoup(html, "lxml").find_all("script"):
        src, url, query = tag.get("src", ""), tag.get("url", ""), tag.get("querydata", "")
        if "unitbuild.js" not in src.lower() or not url:
            continue
        try:
            params = json.loads(query)
        except ValueError:
            try:
                params = ast.literal_eval(query)
            except (ValueError, SyntaxError):
                continue
        if isinstance(params, dict):
            out.append((url, {str(k): "" if v is None else str(v) for k, v in params.items()}))
    return out


class JPaaS(Adapter):
    name = "jpaas"

    def detect(self, url, html):
        return "unitbuild.js" in html and bool(_unit_scripts(html))

    def parse(self, request, html, first):
        cfg = config()["jpaas"]
        if first:
            units = _unit_scripts(html)
            if not units:
                return Listing()
            words = cfg["list_tags"]
            api, params = next((u for u in units if any(w in u[1].get("tagId", "") for w in words)), units[0])
            size = cfg["page_size"]
            if params.get("paramJson"):
                size = int((loads_json(params["paramJson"]) or {}).get("pageSize", size))
            base = {k: v for k, v in params.items() if k != "paramJson"}
            ctx = {"api": urljoin(request.url, api), "column": request.url,
                   "params": json.dumps(base, ensure_ascii=False), "size": str(size)}
            return Listing(next=[self._page(ctx, 1)])
        ctx = request.ctx()
        data = loads_json(html)
        body = data.get("data") if isinstance(data, dict) else None
        fragment = body.get("html") if isinstance(body, dict) else body if isinstance(body, str) else ""
        items = [it for it in rows(fragment or "", ctx["column"])
                 if it.date or HANWEB_ARTICLE.search(it.url)]
        listing = Listing(items=items)
        page = int(ctx["page"])
        total = body.get("total") if isinstance(body, dict) else None
        size = int(ctx["size"])
        if items and (not isinstance(total, int) or page * size < total):
            listing.next = [self._page(ctx, page + 1)]
        listing.total = total if isinstance(total, int) else None
        return listing

    def _page(self, ctx: dict, page: int) -> PageRequest:
        params = json.loads(ctx["params"])
        params["paramJson"] = json.dumps({"pageNo": page, "pageSize": int(ctx["size"])}, separators=(",", ":"))
        context = tuple(sorted({**ctx, "page": str(page)}.items()))
        return PageRequest(f"{ctx['api']}?{urlencode(params)}", adapter=self.name, context=context)
