"""Fixture sites served on 127.0.0.1 by the tests: a Hanweb column with its XML datastore and
dataproxy paging, a TRS column with index_N pages, a GBK generic column, and a site of
faults. Each server logs the time, method and path of every request."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

PARAS = [
    "{year}年，{place}司法局坚持和发展新时代“枫桥经验”，全年共受理行政复议申请{a}件，同比增长{p}%，"
    "调解成功{b}件，调解成功率达{r}%。",
    "一、强化源头化解。在全区{c}个街道设立调解工作室，组织培训{d}场次，培训调解员{e}人次。",
    "二、深化法律援助。全年办理法律援助案件{f}件，挽回经济损失约{g}万元。",
]


def article_html(cms: str, n: int, date: str, place: str = "拱墅区", charset: str = "utf-8") -> str:
    y = date[:4]
    title = f"{place}司法局工作动态第{n}期：矛盾纠纷化解取得新成效"
    k = n + sum(map(ord, place)) % 89  # each district reports its own figures
    nums = dict(year=y, place=place, a=100 + k, p=round(1 + k / 10, 1), b=200 + k, r=round(95 + k / 100, 2),
                c=3 + k % 5, d=10 + k, e=300 + k, f=50 + k, g=10 + k)
    body = "".join(f"<p>{p.format(**nums)}</p>" for p in PARAS)
    head = f'<meta charset="{charset}">' if charset == "utf-8" else \
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    if cms == "hanweb":
        main = (f'<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{date} 09:30">'
                f'<meta name="ContentSource" content="{place}司法局"></head><body>'
                '<div class="nav">当前位置：首页 &gt; 工作动态</div>'
                f'<div id="zoom"><!--ZJEG_RSS.content.begin-->{body}<!--ZJEG_RSS.content.end--></div>'
                '<div class="share">分享到：</div><div class="footer">版权所有 网站标识码3301050001</div>')
    elif cms == "trs":
        main = (f'<title>{title}_{place}人民政府</title></head><body><div class="position">当前位置：首页 &gt; 部门动态</div>'
                f'<h1>{title}</h1><div class="info">发布时间：{date} 16:45 来源：{place}司法局</div>'
                f'<div class="TRS_Editor">{body}</div><div class="pager">上一篇 下一篇</div>'
                '<div class="footer">版权所有 技术支持：拓尔思</div>')
    else:
        main = (f'<title>{title}</title></head><body><table><tr><td>您现在的位置：首页 &gt;&gt; 新闻</td></tr>'
                f'<tr><td><b>{title}</b></td></tr><tr><td>发布日期：{date} 来源：{place}司法局</td></tr>'
                f'<tr><td class="content">{body}</td></tr><tr><td>版权所有 技术支持</td></tr></table>')
    return f"<html><head>{head}{main}</body></html>"


class Site:
    """A virtual site: `routes` maps a path (without query) to a function
    (method, query, body) -> (status, headers, bytes), or (status, headers, bytes) itself."""

    def __init__(self, routes=None):
        self.routes = dict(routes or {})
        self.log: list[tuple[float, str, str]] = []
        self.server = None

    def start(self) -> "Site":
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _serve(self, method):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                site.log.append((time.monotonic(), method, self.path))
                parts = urlsplit(self.path)
                route = site.routes.get(parts.path)
                if route is None:
                    status, headers, payload = 404, {"Content-Type": "text/html; charset=utf-8"}, \
                        "<html><body>页面不存在</body></html>".encode()
                else:
                    status, headers, payload = route(method, parse_qs(parts.query), body) if callable(route) else route
                try:
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self):
                self._serve("GET")

            def do_POST(self):
                self._serve("POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.server.server_address[1]}"

    def stop(self):
        if self.server:
            self.server.shutdown()
            self.server.server_close()

    def paths(self, method=None):
        return [p for _, m, p in self.log if method in (None, m)]


def html(text: str, charset="utf-8", status=200):
    return status, {"Content-Type": f"text/html; charset={charset}"}, text.encode(charset)


ROBOTS = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n")


def _date(i: int) -> str:
    """Article i (1 is the newest) was published i-1 days before 2024-02-10."""
    import datetime as dt

    return (dt.date(2024, 2, 10) - dt.timedelta(days=i - 1)).isoformat()


def hanweb_site(n_articles=32, per_page=5, group=3) -> Site:
    site = Site()
    col = "/col/col1229/index.html"

    def art_path(i):
        y, m, d = _date(i).split("-")
        return f"/art/{y}/{int(m)}/{int(d)}/art_1229_{1000 + i}.html"

    def record(i):
        if i == 7:
            href = "/private/secret.html"  # disallowed by robots.txt
        elif i == 9:
            href = "http://other.example.com/art/2024/1/1/art_1_1.html"  # another site
        else:
            href = art_path(i)
        return (f"<record><![CDATA[<li><a href='{href}' title='工作动态第{i}期'>工作动态第{i}期</a>"
                f"<span>{_date(i)}</span></li>]]></record>")

    size = per_page * group
    first = "".join(record(i) for i in range(1, min(size, n_articles) + 1))
    page = (f"<html><head><meta charset='utf-8'><title>工作动态</title></head><body>"
            f"<div class='nav'>首页 &gt; 工作动态</div><div id='77001'><script type='text/xml'><datastore>"
            f"<nextgroup><![CDATA[<a href=\"/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=3&path=/"
            f"&columnid=1229&unitid=77001&webname=拱墅区&permissiontype=0\"></a>]]></nextgroup>"
            f"<recordset>{first}</recordset></datastore></script></div>"
            f"<script>$('#77001').jpage({{themeName:'default',showMode:'full',totalRecord:{n_articles},"
            f"dataStore:'',groupSize:{group},proxyUrl:'/module/web/jpage/dataproxy.jsp',perPage:{per_page},"
            f"ajaxParam:{{col:1,appid:'1',webid:3,path:'/',columnid:1229,unitid:'77001',webname:'拱墅区',"
            f"permissiontype:0}}}});</script></body></html>")
    site.routes[col] = html(page)
    site.routes["/robots.txt"] = ROBOTS

    def proxy(method, query, body):
        form = parse_qs(body.decode())
        if method != "POST" or form.get("unitid") != ["77001"] or form.get("columnid") != ["1229"]:
            return 400, {"Content-Type": "text/plain"}, b"bad request"
        start, end = int(query["startrecord"][0]), int(query["endrecord"][0])
        recs = "".join(record(i) for i in range(start, min(end, n_articles) + 1))
        xml = f"<datastore><totalrecord>{n_articles}</totalrecord><recordset>{recs}</recordset></datastore>"
        return 200, {"Content-Type": "text/xml; charset=utf-8"}, xml.encode()

    site.routes["/module/web/jpage/dataproxy.jsp"] = proxy
    for i in range(1, n_articles + 1):
        site.routes[art_path(i)] = html(article_html("hanweb", i, _date(i)))
    site.routes["/private/secret.html"] = html(article_html("hanweb", 7, _date(7)))
    site.column = col
    site.expected_articles = n_articles - 2
    return site


def trs_site(pages=3, per_page=6) -> Site:
    site = Site()
    site.routes["/robots.txt"] = ROBOTS
    n = 0
    for p in range(pages):
        links = []
        for _ in range(per_page):
            n += 1
            d = _date(n).replace("-", "")
            path = f"/gzdt/{d[:6]}/t{d}_{5000 + n}.html"
            site.routes[path] = html(article_html("trs", n, _date(n), place="长沙县"))
            links.append(f'<li><a href="./{d[:6]}/t{d}_{5000 + n}.html" title="动态{n}">动态{n}</a>'
                         f'<span>{_date(n)}</span></li>')
        name = "index.html" if p == 0 else f"index_{p}.html"
        site.routes[f"/gzdt/{name}"] = html(
            f"<html><head><meta charset='utf-8'></head><body><ul class='list'>{''.join(links)}</ul>"
            f"<script>createPageHTML({pages}, {p}, \"index\", \"html\");</script></body></html>")
    site.column = "/gzdt/index.html"
    site.expected_articles = n
    return site


def gbk_site(pages=3, per_page=4) -> Site:
    site = Site()
    n = 0
    for p in range(1, pages + 1):
        rows = []
        for _ in range(per_page):
            n += 1
            rows.append(f'<tr><td><a href="show.asp?id={700 + n}">永新县工作动态{n}</a></td><td>{_date(n)}</td></tr>')
            site.routes[f"/news/show.asp?id={700 + n}"] = None  # filled below (query routes)
        nav = f'<a href="list.asp?page={p + 1}">下一页</a>' if p < pages else ""
        page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'
                f'<table>{"".join(rows)}</table><div>共{pages}页 {nav}</div></body></html>')
        site.routes[f"/news/list.asp?page={p}"] = page.encode("gbk")
    articles = {700 + i: article_html("generic", i, _date(i), place="永新县", charset="gb2312").replace(
        "永新县司法局工作动态", "永新县司法局（喆镕）工作动态").encode("gbk") for i in range(1, n + 1)}
    lists = {k: v for k, v in site.routes.items() if k.startswith("/news/list.asp")}

    def by_query(prefix, table):
        def route(method, query, body):
            key = None
            if prefix == "list":
                key = f"/news/list.asp?page={query.get('page', ['1'])[0]}"
                data = table.get(key)
            else:
                data = table.get(int(query.get("id", ["0"])[0]))
            if data is None:
                return 404, {"Content-Type": "text/html"}, b"not found"
            return 200, {"Content-Type": "text/html; charset=gb2312"}, data
        return route

    site.routes = {"/news/list.asp": by_query("list", lists), "/news/show.asp": by_query("show", articles),
                   "/robots.txt": (404, {"Content-Type": "text/plain"}, b"")}
    site.column = "/news/list.asp?page=1"
    site.expected_articles = n
    return site


def fault_site(huge_bytes=2_000_000) -> Site:
    site = Site()
    site.routes["/robots.txt"] = ROBOTS
    links = ["ok", "flaky", "slow", "missing", "waf", "loop-a", "huge", "stub"]
    rows = "".join(f'<li><a href="/a/{name}.html">{name}</a><span>2024-01-{10 + i:02d}</span></li>'
                   for i, name in enumerate(links))
    site.routes["/list/index.html"] = html(f"<html><head><meta charset='utf-8'></head><body><ul>{rows}</ul></body></html>")
    site.routes["/a/ok.html"] = html(article_html("trs", 1, "2024-01-10", place="长沙县"))
    calls = {"flaky": 0}

    def flaky(method, query, body):
        calls["flaky"] += 1
        if calls["flaky"] <= 2:
            return 500, {"Content-Type": "text/html"}, b"<html>Internal Server Error</html>"
        return html(article_html("trs", 2, "2024-01-11", place="长沙县"))

    def slow(method, query, body):
        time.sleep(2.5)
        return html(article_html("trs", 3, "2024-01-12", place="长沙县"))

    site.routes["/a/flaky.html"] = flaky
    site.routes["/a/slow.html"] = slow
    site.routes["/a/waf.html"] = (412, {"Content-Type": "text/html"},
                                  b"<html><head><meta id='x9' content='abc' r='m'><script>$_ts=window['$_ts'];"
                                  b"if(!$_ts)$_ts={};$_ts.nsd=52206;</script><script src='/a1/b2.js' r='m'></script>"
                                  b"</head></html>")
    site.routes["/a/loop-a.html"] = (302, {"Location": "/a/loop-b.html"}, b"")
    site.routes["/a/loop-b.html"] = (302, {"Location": "/a/loop-a.html"}, b"")
    site.routes["/a/huge.html"] = (200, {"Content-Type": "text/html"}, b"<html><body>" + b"x" * huge_bytes + b"</body></html>")
    site.routes["/a/stub.html"] = html("<html><head><script>window.location.href='http://www.example.gov.cn/';"
                                       "</script></head><body></body></html>")
    site.column = "/list/index.html"
    return site


def trap_site() -> Site:
    """Crawler traps: a calendar that always links to the next day (with a new article each
    day), a pager whose query string grows without end, and a chain of redirects."""
    import datetime as dt

    site = Site()
    site.routes["/robots.txt"] = ROBOTS

    def calendar(method, query, body):
        day = dt.date.fromisoformat(query.get("date", ["2024-01-01"])[0])
        nxt = day + dt.timedelta(days=1)
        return html(f"<html><body><ul><li><a href='/cal/art.html?d={day}'>{day}动态</a><span>{day}</span></li></ul>"
                    f"<a href='/cal/index.html?date={nxt}'>下一页</a></body></html>")

    def article(method, query, body):
        return html(article_html("trs", 1, query["d"][0], place="长沙县"))

    def grow(method, query, body):
        q = query.get("q", [""])[0]
        return html(f"<html><body><ul><li><a href='/grow/art{len(q)}.html'>a</a><span>2024-01-01</span></li></ul>"
                    f"<a href='/grow/index.html?q={q}x{'y' * 200}'>下一页</a></body></html>")

    site.routes["/cal/index.html"] = calendar
    site.routes["/cal/art.html"] = article
    site.routes["/grow/index.html"] = grow
    for k in range(30):
        site.routes[f"/chain/{k}.html"] = (302, {"Location": f"/chain/{k + 1}.html"}, b"")
    site.routes["/chainlist/index.html"] = html(
        "<html><body><ul><li><a href='/chain/0.html'>链</a><span>2024-01-01</span></li></ul></body></html>")
    return site


# ---- the CMS families real county columns run (markup shapes from real pages; see docs/crawl.md) ----

def _add_articles(site, n, path_of, place="长沙县", cms="trs", start=1):
    """Article routes 1..n (1 newest); returns [(absolute path, title, date)]."""
    out = []
    for i in range(start, start + n):
        path = path_of(i)
        site.routes[path] = html(article_html(cms, i, _date(i), place=place))
        out.append((path, f"{place}司法局工作动态第{i}期：矛盾纠纷化解取得新成效", _date(i)))
    return out


def _trs_rows(arts, rel_to=None):
    """`<li><a href="./202103/t20210330_113720.html" target="_blank" title="…">…</a><b>2021-03-30</b></li>`"""
    def href(p):
        return "./" + p[len(rel_to):] if rel_to and p.startswith(rel_to) else p
    return "".join(f'<li class=""><a href="{href(p)}" target="_blank" title="{t}">{t}</a><b class="">{d}</b></li>'
                   for p, t, d in arts)


def _trs_path(folder, ext="html"):
    def path(i):
        d = _date(i).replace("-", "")
        return f"{folder}{d[:6]}/t{d}_{8000 + i}.{ext}"
    return path


def trs_var_site(pages=4, per_page=5, place="长沙县") -> Site:
    """`var countPage = N//共多少页` and `createPageHTML(countPage, currentPage, "index", "html")`,
    with a commented-out literal call beside it that names a wrong count."""
    site = Site({"/robots.txt": ROBOTS})
    folder = "/xxgk/gzdt/"
    arts = _add_articles(site, pages * per_page, _trs_path(folder), place=place)
    for p in range(pages):
        chunk = arts[p * per_page:(p + 1) * per_page]
        script = ("<script>\n//createPageHTML(9, 0, \"index\", \"html\");\nvar currentPage = %d;//所在页从0开始\n"
                  "var prevPage = currentPage-1//上一页\nvar nextPage = currentPage+1//下一页\n"
                  "var countPage = %d//共多少页\ncreatePageHTML(countPage, currentPage, \"index\", \"html\");\n</script>"
                  % (p, pages))
        name = "index.html" if p == 0 else f"index_{p}.html"
        site.routes[folder + name] = html(f"<html><head><meta charset='utf-8'><title>工作动态</title></head><body>"
                                          f"<ul class='list'>{_trs_rows(chunk, folder)}</ul>"
                                          f"<div class='page'>{script}</div></body></html>")
    site.column = folder + "index.html"
    site.expected = [a[0] for a in arts]
    site.expected_lists = [folder + ("index.html" if p == 0 else f"index_{p}.html") for p in range(pages)]
    return site


def trs_script_site(pages=3, per_page=4) -> Site:
    """No createPageHTML call: `var countPage = N//共多少页` and a pager the script writes
    (`href=\\"index"+"_" + prevPage + "."+"shtml\\"`); the column is a folder URL."""
    site = Site({"/robots.txt": ROBOTS})
    folder = "/zwdt/xzdt/"
    arts = _add_articles(site, pages * per_page, _trs_path(folder, "shtml"))
    for p in range(pages):
        chunk = arts[p * per_page:(p + 1) * per_page]
        script = ("<script language=\"JavaScript\" type=\"text/javascript\">\nvar currentPage = %d;//所在页从0开始\n"
                  "var prevPage = currentPage-1//上一页\nvar nextPage = currentPage+1//下一页\n"
                  "var countPage = %d//共多少页\n"
                  "if(countPage>1){\ndocument.write(\"共\"+countPage+\"页&nbsp;&nbsp;\");\n"
                  "if(currentPage!=0&&currentPage!=1)\n"
                  "document.write(\"<a href=\\\"index.shtml\\\" class='fanye'>首页</a>&nbsp;<a href=\\\"index\"+\"_\" + "
                  "prevPage + \".\"+\"shtml\\\" class='fanye'>上一页</a>&nbsp;\");\n"
                  "if(currentPage+1!=countPage)\ndocument.write(\"<a href=\\\"index\"+\"_\" + nextPage + \".\"+"
                  "\"shtml\\\" class='fanye'>下一页</a>\");\n}\n</script>" % (p, pages))
        name = "" if p == 0 else f"index_{p}.shtml"
        body = (f"<html><head><meta charset='utf-8'><title>乡镇动态</title></head><body>"
                f"<ul class='list'>{_trs_rows(chunk, folder)}</ul><div class='page'>{script}</div></body></html>")
        site.routes[folder + name] = html(body)
        if p == 0:
            site.routes[folder + "index.shtml"] = html(body)
    site.column = folder
    site.expected = [a[0] for a in arts]
    site.expected_lists = [folder] + [folder + f"index_{p}.shtml" for p in range(1, pages)]
    return site


def trs_cph6_site(pages=3, per_page=4) -> Site:
    """`createPageHTML('page_div', N, 1, 'list', 'shtml', records)` (pages list_2 … list_N)
    whose articles are not tYYYYMMDD_N: `/202608/<32 hex>.shtml` and `/c<id>/content.shtml`."""
    import hashlib

    site = Site({"/robots.txt": ROBOTS})
    folder = "/zwgk/tzgg/"

    def path(i):
        if i % 2:
            d = _date(i).replace("-", "")
            return f"{folder}{d[:6]}/{hashlib.md5(str(i).encode()).hexdigest()}.shtml"
        return f"{folder}c{100200 + i}/content.shtml"

    n = pages * per_page
    arts = _add_articles(site, n, path)
    for p in range(1, pages + 1):
        chunk = arts[(p - 1) * per_page:p * per_page]
        script = f"<script>createPageHTML('page_div',{pages}, {p},'list','shtml',{n});</script>"
        name = "list.shtml" if p == 1 else f"list_{p}.shtml"
        site.routes[folder + name] = html(f"<html><head><meta charset='utf-8'></head><body><div class='list'><ul>"
                                          f"{_trs_rows(chunk, folder)}</ul></div><div id='page_div'></div>{script}"
                                          f"</body></html>")
    site.column = folder + "list.shtml"
    site.expected = [a[0] for a in arts]
    site.expected_lists = [folder + "list.shtml"] + [folder + f"list_{p}.shtml" for p in range(2, pages + 1)]
    return site


def _json(obj, status=200, callback=None):
    import json

    text = json.dumps(obj, ensure_ascii=False)
    if callback:
        text = f"{callback}({text});"
    return status, {"Content-Type": "application/json;charset=UTF-8"}, text.encode()


def _hanweb_art(col):
    def path(i):
        y, m, d = _date(i).split("-")
        return f"/art/{y}/{int(m)}/{int(d)}/art_{col}_{50000 + i}.html"
    return path


def jpaas_site(n=23, size=20) -> Site:
    """Hanweb JPaaS: `<script src="/AuthorizedRead/unitbuild.js" url="…/front/page/build/unit"
    queryData="{…}">`; pages from `paramJson={"pageNo":N,"pageSize":M}`, answered
    `{"success":true,"data":{"html":"<ul class='page-content'>…</ul>"}}`."""
    import json

    site = Site({"/robots.txt": ROBOTS})
    arts = _add_articles(site, n, _hanweb_art(1229165988), place="余杭区", cms="hanweb")
    col = "/col/col1229165988/index.html"
    query = ("{'webId':'3095','pageId':'1229165988','tplSetId':'quSyqDUrFfjv1nGRQhEEH','pageType':'column',"
             "'tagId':'阳光政务_分页列表','editType':'null','parseType':'bulidstatic'}")
    site.routes[col] = html(
        "<html><head><meta charset='utf-8'><title>区级动态</title></head><body><div class='nav'>首页 &gt; 区级动态</div>"
        "<script src=\"/AuthorizedRead/unitbuild.js\" url=\"/api-gateway/jpaas-publish-server/front/page/build/unit\" "
        "queryData=\"{'webId':'3095','pageId':'1229165988','tplSetId':'quSyqDUrFfjv1nGRQhEEH','pageType':'column',"
        "'tagId':'站点导航','editType':'null'}\"></script>"
        f"<div id='阳光政务_分页列表'></div><script src=\"/AuthorizedRead/unitbuild.js\" "
        f"url=\"/api-gateway/jpaas-publish-server/front/page/build/unit\" queryData=\"{query}\"></script>"
        "</body></html>")

    def unit(method, q, body):
        if q.get("tagId") != ["阳光政务_分页列表"] or q.get("webId") != ["3095"] or "paramJson" not in q:
            return _json({"success": False, "data": {"html": ""}})
        pj = json.loads(q["paramJson"][0])
        no, ps = int(pj["pageNo"]), int(pj["pageSize"])
        chunk = arts[(no - 1) * ps:no * ps]
        lis = "".join(f"<li><a class='news' href='{p}' title='{t}' target='_blank'>{t}</a>"
                      f"<span class='time'>{d}</span></li>" for p, t, d in chunk)
        return _json({"success": True, "data": {"html": f"<ul class='page-content'>{lis}</ul>"}})

    site.routes["/api-gateway/jpaas-publish-server/front/page/build/unit"] = unit
    site.column = col
    site.expected = [a[0] for a in arts]
    # no total in the answer: the column ends at the first page that lists nothing
    site.expected_lists = [col] + ["/api-gateway/jpaas-publish-server/front/page/build/unit"] * 3
    return site


def gkmlpt_site(n=25, size=10) -> Site:
    """Guangdong gkmlpt: `/gkmlpt/index#CAT` with `window._CONFIG = {SID: …}`, list JSON from
    `/gkmlpt/api/all/CAT?page=N&sid=SID` with `articles` and `total`."""
    import datetime as dt

    site = Site({"/robots.txt": ROBOTS})

    def path(i):
        return f"/gkmlpt/content/3/{3012 + i // 10}/post_{3012000 + i}.html"

    arts = _add_articles(site, n, path, place="龙岗区", cms="trs")
    site.routes["/gkmlpt/index"] = html(
        "<html><head><meta charset='utf-8'><title>政府信息公开</title></head><body><div id='app'></div>"
        "<script>window._CONFIG = {SID: '755031', SITE_NAME: '龙岗区政府', PLATFORM: 'gkmlpt'};</script>"
        "<script src='/gkmlpt/static/js/app.js'></script></body></html>")

    def api(method, q, body):
        if q.get("sid") != ["755031"]:
            return _json({"articles": [], "total": 0})
        page = int(q.get("page", ["1"])[0])
        chunk = arts[(page - 1) * size:page * size]
        china = dt.timezone(dt.timedelta(hours=8))
        rows_ = [{"id": 3012000 + k, "identifier": f"11440307MB2C{k:05d}/2024-{k:05d}", "title": t,
                  "url": f"http://{site.host}{p}", "publisher": "龙岗区司法局",
                  "created_at": f"{d} 10:00:00",
                  "display_publish_time": int(dt.datetime.fromisoformat(d).replace(hour=9, tzinfo=china).timestamp())}
                 for k, (p, t, d) in enumerate(chunk)]
        return _json({"articles": rows_, "total": n, "classify_main_name": "工作动态"})

    site.routes["/gkmlpt/api/all/2811"] = api
    site.column = "/gkmlpt/index#2811"
    site.expected = [a[0] for a in arts]
    site.expected_lists = ["/gkmlpt/index"] + ["/gkmlpt/api/all/2811"] * 3
    return site


def truecms_site(n=47, per=5, group=3) -> Site:
    """南通 truecms: jpage with `proxyUrl:'/truecms/messageController/getMessage.do'` and
    `ajaxParam:{columnId:'…'}`; the first group in `#initData`, further groups as JSONP
    `{"result": "<datastore>…"}` from startrecord/endrecord."""
    import uuid

    site = Site({"/robots.txt": ROBOTS})
    cid = "754f6db5-d294-46d5-b25c-da3a86d102cd"

    def path(i):
        return f"/hmsgtj/gzdt/content/{uuid.UUID(int=i)}.html"

    arts = _add_articles(site, n, path, place="海门区")
    size = per * group

    def li(p, t, d):
        return f"<li><a href='{p}' target='_blank' title='{t}'>{t}</a><span>{d}</span></li>"

    first = "".join(li(*a) for a in arts[:size])
    site.routes["/hmsgtj/gzdt/gzdt.html"] = html(
        "<html><head><meta charset='utf-8'><title>工作动态</title></head><body>"
        f"<div id='initData' style='display:none'><ul>{first}</ul></div><div id='content'></div>"
        "<script>$('#content').jpage({dataStore:'<datastore><recordset></recordset></datastore>',"
        f"proxyUrl:'/truecms/messageController/getMessage.do',perPage:{per},groupSize:{group},"
        f"totalRecord:{n},barPosition:'bottom',ajaxParam:{{columnId:'{cid}'}}}});</script></body></html>")

    def message(method, q, body):
        if q.get("columnId") != [cid]:
            return 404, {"Content-Type": "text/html"}, b"not found"
        start, end = int(q["startrecord"][0]), int(q["endrecord"][0])
        recs = "".join(f"<record><![CDATA[{li(*a)}]]></record>" for a in arts[start - 1:end])
        result = f"<datastore><totalrecord>{n}</totalrecord><recordset>{recs}</recordset></datastore>"
        return _json({"result": result}, callback=q.get("callback", [None])[0])

    site.routes["/truecms/messageController/getMessage.do"] = message
    site.column = "/hmsgtj/gzdt/gzdt.html"
    site.expected = [a[0] for a in arts]
    site.expected_lists = [site.column] + ["/truecms/messageController/getMessage.do"] * 3
    return site


def epoint_site(n=45, size=20) -> Site:
    """Epoint WebBuilder: `/dynamic/zwgk/govInfoPub.html?categorynum=003002`, `var siteInfo` in
    `/js/webBuilderCommon.js`, list JSON from POST `/EWB-FRONT/rest/lightfrontaction/getgovinfolist`."""
    import json
    import uuid

    site = Site({"/robots.txt": ROBOTS})
    guid = "7eb5f7f1-9041-43ad-8e13-8fcb82ea831a"

    def path(i):
        return f"/zwgk/003002/{_date(i).replace('-', '')}/{uuid.UUID(int=i * 7919)}.html"

    arts = _add_articles(site, n, path, place="铜山区")
    site.routes["/dynamic/zwgk/govInfoPub.html"] = html(
        "<html><head><meta charset='utf-8'><title>政府信息公开</title>"
        "<script src='/js/jquery.min.js'></script><script src='/js/webBuilderCommon.js'></script>"
        "<script src='/js/ajaxReq.js'></script></head><body><ul id='infolist'></ul></body></html>")
    site.routes["/js/webBuilderCommon.js"] = (200, {"Content-Type": "application/javascript"},
                                              ('var siteInfo = {"projectName": "/EWB-FRONT", "siteGuid": "%s"};\n'
                                               'var Util = {};' % guid).encode())

    def api(method, q, body):
        req = json.loads(body.decode() or "{}")
        if method != "POST" or req.get("siteGuid") != guid or req.get("categorynum") != "003002":
            return _json({"custom": {"data": [], "total": 0}})
        index, ps = int(req["pageIndex"]), int(req["pageSize"])
        chunk = arts[index * ps:(index + 1) * ps]
        data = [{"infoid": str(uuid.UUID(int=k)), "title": t[:8] + "…", "realtitle": t, "infourl": p,
                 "infodate": d, "categorynum": "003002"} for k, (p, t, d) in enumerate(chunk)]
        return _json({"custom": {"data": data, "total": n}, "status": {"code": 200}})

    site.routes["/EWB-FRONT/rest/lightfrontaction/getgovinfolist"] = api
    site.column = "/dynamic/zwgk/govInfoPub.html?categorynum=003002"
    site.expected = [a[0] for a in arts]
    site.expected_lists = ["/dynamic/zwgk/govInfoPub.html?categorynum=003002", "/js/webBuilderCommon.js"] + \
        ["/EWB-FRONT/rest/lightfrontaction/getgovinfolist"] * 3
    return site


def xxgk_site(n=23, per=10) -> Site:
    """Hanweb 信息公开 module: the column page posts to `/module/xxgk/search.jsp` with its
    infotypeId/jdid/area/divid, pages by `currpage`; rows `tr_main_value_odd` with `a.bt_link`;
    the answer also lists other columns' articles, which are left out."""
    site = Site({"/robots.txt": ROBOTS})
    col = 1256283
    arts = _add_articles(site, n, _hanweb_art(col), place="西湖区", cms="hanweb")
    others = [(f"/art/2024/1/5/art_1256999_{70000 + k}.html", f"其他栏目{k}", "2024-01-05") for k in range(3)]
    site.routes[f"/col/col{col}/index.html"] = html(
        "<html><head><meta charset='utf-8'><title>政府文件</title></head><body>"
        "<iframe src='/module/xxgk/tree.jsp?area=002482429&divid=div1256283' style='display:none'></iframe>"
        "<div id='div1256283'></div><script>$.ajax({url:'/module/xxgk/search.jsp',type:'POST',"
        "data:{infotypeId:'F0100001',jdid:'149',area:'',divid:'div1256283',vc_title:'',vc_number:'',"
        "sortfield:',createdatetime:0,orderid:0',currpage:1},success:function(d){$('#div1256283').html(d);}});"
        "</script></body></html>")
    pages = (n + per - 1) // per

    def search(method, q, body):
        from urllib.parse import parse_qs as pq

        form = {k: v[0] for k, v in pq(body.decode(), keep_blank_values=True).items()}
        if method != "POST" or form.get("infotypeId") != "F0100001" or form.get("jdid") != "149":
            return html("<html><body>参数错误</body></html>")
        page = int(form.get("currpage") or 1)
        chunk = arts[(page - 1) * per:page * per] + (others if page == 1 else [])
        trs = "".join(f"<tr class='tr_main_value_{'odd' if k % 2 else 'even'}'><td>{k + 1}</td>"
                      f"<td><a class='bt_link' href='{p}' title='{t}' target='_blank'>{t}</a></td><td>{d}</td></tr>"
                      for k, (p, t, d) in enumerate(chunk))
        return html(f"<table>{trs}</table><div>&nbsp;&nbsp;共{pages}页&nbsp;&nbsp;第{page}页</div>")

    site.routes["/module/xxgk/search.jsp"] = search
    site.column = f"/col/col{col}/index.html"
    site.expected = [a[0] for a in arts]
    site.expected_lists = [site.column] + ["/module/xxgk/search.jsp?currpage=%d" % p for p in range(1, pages + 1)]
    return site


def _list_page(chunk, pager="", head="", row="li"):
    if row == "tr":
        body = "<table class='list'>" + "".join(
            f"<tr><td><a href='{p}' title='{t}' target='_blank'>{t}</a></td><td>{d}</td></tr>" for p, t, d in chunk) + "</table>"
    else:
        body = "<ul class='list'>" + "".join(
            f"<li><a href='{p}' title='{t}' target='_blank'>{t}</a><span class='date'>{d}</span></li>"
            for p, t, d in chunk) + "</ul>"
    return html(f"<html><head><meta charset='utf-8'>{head}<title>工作动态</title></head><body>"
                f"<div class='nav'>首页 &gt; 工作动态</div>{body}{pager}</body></html>")


def jiyue_site(pages=3, per=6) -> Site:
    """集约化 platform column `/public/column/6616411?type=4&catId=6721221&action=list`: no pager
    links in the HTML, the count only in the pager's script (`pageCount:3,`) and its URL
    (`&pageIndex=`); articles /public/6616411/NNN.html."""
    site = Site({"/robots.txt": ROBOTS})
    arts = _add_articles(site, pages * per, lambda i: f"/public/6616411/{8123000 + i}.html", place="庐山市")

    def column(method, q, body):
        if q.get("catId") != ["6721221"] or q.get("action") != ["list"]:
            return html("<html><body>栏目不存在</body></html>", status=404)
        n = int(q.get("pageIndex", ["1"])[0])
        script = ("<div id='page_public_info'></div><script>$(function(){ $('#page_public_info').page({"
                  f"pageCount:{pages}, current:{n}, backFn:function(p){{ location.href = "
                  "'/public/column/6616411?type=4&catId=6721221&action=list&nav=3&pageIndex=' + p; }} }); });"
                  "</script>")
        return _list_page(arts[(n - 1) * per:n * per], script, row="tr")

    site.routes["/public/column/6616411"] = column
    site.column = "/public/column/6616411?type=4&catId=6721221&action=list&nav=3"
    site.expected = [a[0] for a in arts]
    site.expected_lists = ["/public/column/6616411"] * pages
    return site


def base64_pager_site(pages=3, per=5) -> Site:
    """A pager kept base64-encoded in `div#pages` and written by the page's script."""
    import base64

    site = Site({"/robots.txt": ROBOTS})
    arts = _add_articles(site, pages * per, lambda i: f"/xwzx/gzdt/{20240000 + i}.html", place="临湘市")
    for p in range(1, pages + 1):
        name = "index.html" if p == 1 else f"index_{p}.html"
        links = (f"<a href='index.html'>首页</a>" + (f"<a href='index_{p + 1}.html'>下一页</a>" if p < pages else "")
                 + f"<a href='index_{pages}.html'>尾页</a>")
        encoded = base64.b64encode(links.encode()).decode()
        pager = (f"<div id='pages'>{encoded}</div><script>var el=document.getElementById('pages');"
                 "el.innerHTML=decodeURIComponent(escape(window.atob(el.innerHTML)));</script>")
        site.routes[f"/xwzx/gzdt/{name}"] = _list_page(arts[(p - 1) * per:p * per], pager)
    site.column = "/xwzx/gzdt/index.html"
    site.expected = [a[0] for a in arts]
    site.expected_lists = ["/xwzx/gzdt/index.html"] + [f"/xwzx/gzdt/index_{p}.html" for p in range(2, pages + 1)]
    return site


def backward_site(pages=4, per=4) -> Site:
    """Numbering that runs backwards: page 2 is index_{pages-1}.html, the last page index_1.html."""
    site = Site({"/robots.txt": ROBOTS})
    arts = _add_articles(site, pages * per, lambda i: f"/zwgk/tzgg/{6000 + i}.htm", place="平江县")
    names = ["index.htm"] + [f"index_{k}.htm" for k in range(pages - 1, 0, -1)]
    for p, name in enumerate(names):
        nxt = f"<a href='{names[p + 1]}'>下一页</a>" if p + 1 < len(names) else ""
        prev = f"<a href='{names[p - 1]}'>上一页</a>" if p else ""
        pager = f"<div class='page'>共{pages}页 <a href='index.htm'>首页</a>{prev}{nxt}<a href='index_1.htm'>尾页</a></div>"
        site.routes[f"/zwgk/tzgg/{name}"] = _list_page(arts[p * per:(p + 1) * per], pager)
    site.column = "/zwgk/tzgg/index.htm"
    site.expected = [a[0] for a in arts]
    site.expected_lists = [f"/zwgk/tzgg/{n}" for n in names]
    return site


def class_path_site(pages=3, per=5) -> Site:
    """`/class/NGJCKPBA`, then /class/NGJCKPBA/2 …, named only by numbered links."""
    site = Site({"/robots.txt": ROBOTS})
    arts = _add_articles(site, pages * per, lambda i: f"/html/{20240100 + i}.html", place="新北区")
    for p in range(1, pages + 1):
        nums = " ".join(f"<a href='/class/NGJCKPBA/{k}'>{k}</a>" if k != p else f"<b>{k}</b>"
                        for k in range(1, pages + 1))
        route = "/class/NGJCKPBA" if p == 1 else f"/class/NGJCKPBA/{p}"
        site.routes[route] = _list_page(arts[(p - 1) * per:p * per], f"<div class='pages'>{nums}</div>")
    site.column = "/class/NGJCKPBA"
    site.expected = [a[0] for a in arts]
    site.expected_lists = ["/class/NGJCKPBA"] + [f"/class/NGJCKPBA/{p}" for p in range(2, pages + 1)]
    return site


def iframe_site(pages=2, per=5) -> Site:
    """A column page that is an iframe around the real list (a generic list with 下一页)."""
    site = Site({"/robots.txt": ROBOTS})
    arts = _add_articles(site, pages * per, lambda i: f"/news/show.jsp?id={900 + i}", place="武进区")
    for p in range(1, pages + 1):
        nxt = f"<a href='/news/list.jsp?page={p + 1}'>下一页</a>" if p < pages else ""
        site.routes.setdefault("__lists", {})[p] = _list_page(arts[(p - 1) * per:p * per], f"<div>{nxt}</div>")
    lists = site.routes.pop("__lists")

    def listing(method, q, body):
        return lists.get(int(q.get("page", ["1"])[0])) or html("<html><body>无</body></html>", status=404)

    shows = {900 + i: r for i, r in ((i, site.routes.pop(f"/news/show.jsp?id={900 + i}"))
                                     for i in range(1, pages * per + 1))}

    def show(method, q, body):
        return shows.get(int(q.get("id", ["0"])[0])) or html("<html><body>无</body></html>", status=404)

    site.routes["/news/list.jsp"] = listing
    site.routes["/news/show.jsp"] = show
    site.routes["/col/gzdt.html"] = html(
        "<html><head><meta charset='utf-8'><title>工作动态</title></head><body><div class='nav'>首页 &gt; 工作动态</div>"
        "<iframe src='/count/visitcount.jsp?col=12' width='0' height='0'></iframe>"
        "<iframe id='listFrame' src='/news/list.jsp?page=1' width='100%' height='900' frameborder='0'></iframe>"
        "</body></html>")
    site.column = "/col/gzdt.html"
    site.expected = [a[0] for a in arts]
    site.expected_lists = ["/col/gzdt.html"] + ["/news/list.jsp"] * pages
    return site


def court_site(pages=3, per=5) -> Site:
    """Court sites: `/article/index/id/MzAwNDAwMCACAAA/page/N.shtml`, articles
    `/article/detail/2024/02/id/NNN.shtml`."""
    site = Site({"/robots.txt": ROBOTS})

    def path(i):
        y, m, _ = _date(i).split("-")
        return f"/article/detail/{y}/{m}/id/{7700000 + i}.shtml"

    arts = _add_articles(site, pages * per, path, place="天心区")
    base = "/article/index/id/MzAwNDAwMCACAAA"
    for p in range(1, pages + 1):
        nxt = f"<a href='{base}/page/{p + 1}.shtml'>下一页</a>" if p < pages else ""
        pager = (f"<div class='paginationControl'><a href='{base}/page/1.shtml'>首页</a>{nxt}"
                 f"<a href='{base}/page/{pages}.shtml'>尾页</a></div>")
        site.routes[f"{base}/page/{p}.shtml"] = _list_page(arts[(p - 1) * per:p * per], pager)
    site.column = f"{base}/page/1.shtml"
    site.expected = [a[0] for a in arts]
    site.expected_lists = [f"{base}/page/{p}.shtml" for p in range(1, pages + 1)]
    return site


def aspnet_site(pages=3, per=5) -> Site:
    """ASP.NET / PageAdmin columns: `List.aspx?ClassID=12&page=N` with 下一页 links and
    `Show.aspx?id=N` articles, rows in a table."""
    site = Site({"/robots.txt": ROBOTS})
    arts = [(f"/News/Show.aspx?id={4400 + i}", f"工作动态{i}", _date(i)) for i in range(1, pages * per + 1)]
    bodies = {4400 + i: html(article_html("generic", i, _date(i), place="汨罗市")) for i in range(1, pages * per + 1)}

    def listing(method, q, body):
        if q.get("ClassID") != ["12"]:
            return html("<html><body>参数错误</body></html>", status=404)
        p = int(q.get("page", ["1"])[0])
        nxt = f"<a href='List.aspx?ClassID=12&amp;page={p + 1}'>下一页</a>" if p < pages else ""
        pager = f"<div class='pager'>共{pages}页 当前第{p}页 {nxt}</div>"
        return _list_page(arts[(p - 1) * per:p * per], pager, row="tr")

    site.routes["/News/List.aspx"] = listing
    site.routes["/News/Show.aspx"] = lambda m, q, b: bodies.get(int(q.get("id", ["0"])[0])) or \
        html("<html><body>无</body></html>", status=404)
    site.column = "/News/List.aspx?ClassID=12"
    site.expected = [a[0] for a in arts]
    site.expected_lists = ["/News/List.aspx"] * pages
    return site


def hanweb_page_mode_site(n=32, per_page=5, group=3) -> Site:
    """A Hanweb server that ignores startrecord (it answers the first group again) and pages by
    the page= of the <nextgroup> link in each answer."""
    site = hanweb_site(n_articles=n, per_page=per_page, group=group)
    size = per_page * group
    proxy_old = site.routes["/module/web/jpage/dataproxy.jsp"]

    def proxy(method, query, body):
        page = int(query.get("page", ["1"])[0])
        # the same records as a startrecord answer for this group, whatever startrecord says
        fake = {"startrecord": [str((page - 1) * size + 1)], "endrecord": [str(page * size)]}
        status, headers, payload = proxy_old(method, {**query, **fake}, body)
        if status != 200:
            return status, headers, payload
        text = payload.decode()
        if page * size < n:
            nextgroup = (f"<nextgroup><![CDATA[<a href=\"/module/web/jpage/dataproxy.jsp?page={page + 1}&appid=1"
                         f"&webid=3&path=/&columnid=1229&unitid=77001&webname=拱墅区&permissiontype=0\"></a>]]>"
                         "</nextgroup>")
            text = text.replace("<recordset>", nextgroup + "<recordset>", 1)
        return status, headers, text.encode()

    site.routes["/module/web/jpage/dataproxy.jsp"] = proxy

    def art(i):
        y, m, d = _date(i).split("-")
        return f"/art/{y}/{int(m)}/{int(d)}/art_1229_{1000 + i}.html"

    site.expected = [art(i) for i in range(1, n + 1) if i not in (7, 9)]  # 7 robots-disallowed, 9 off-site
    site.expected_lists = [site.column, f"/module/web/jpage/dataproxy.jsp?startrecord={size + 1}&endrecord="
                           f"{2 * size}&perpage={per_page}"] + ["/module/web/jpage/dataproxy.jsp"] * ((n - 1) // size)
    return site
