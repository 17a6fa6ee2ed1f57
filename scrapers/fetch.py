"""Polite fetching: one requests session, robots.txt obeyed, a per-host delay, retries with
exponential backoff, size and time limits, redirects followed within limits, and only the
configured sites' hosts requested.

    fetcher = Fetcher(allowed_hosts={"www.gongshu.gov.cn"}, user_agent="govnews/0.1 (+mailto:me@uni.edu)")
    response = fetcher.get("https://www.gongshu.gov.cn/col/col1229338765/index.html")
    response.text, response.problem  # problem: None, "http_404", "blocked:ruishu", …

A request that is refused before it is made (robots.txt, another site, a private address,
not HTTP) or that fails on the network after its retries raises FetchError with a cause.
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import requests

from extractor.decode import decode

from . import waf

DEFAULT_USER_AGENT = "govnews/0.1 (research crawler; https://pypi.org/project/govnews/)"
RETRY_STATUSES = {429, 500, 502, 503, 504}


class FetchError(Exception):
    def __init__(self, url: str, cause: str, detail: str = ""):
        self.url, self.cause, self.detail = url, cause, detail
        super().__init__(f"{url}: {cause}{(' (' + detail + ')') if detail else ''}")


@dataclass
class Response:
    url: str                       # the URL asked for
    final_url: str                 # after redirects
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: str
    elapsed: float
    history: list[str] = field(default_factory=list)
    verdict: waf.Verdict | None = None
    method: str = "GET"
    request_body: bytes | None = None

    @property
    def text(self) -> str:
        return decode(self.body, self.headers.get("Content-Type"), self.final_url).text if self.body.strip() else ""

    @property
    def problem(self) -> str | None:
        """None for a usable page; else why not (http_404, blocked:ruishu, redirect_stub:…)."""
        if self.verdict is not None and self.verdict.kind == "blocked":
            return f"blocked:{self.verdict.name}"
        if self.status >= 400:
            return f"http_{self.status}"
        if self.verdict is not None:
            return f"redirect_stub:{self.verdict.target}"
        return None


def netloc(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return f"{host}:{port}" if port and port != default else host


@dataclass
class Politeness:
    delay: float = 1.0               # seconds between two requests to one host, at least
    timeout: float = 20.0            # per connection and per read
    max_seconds: float = 60.0        # for a whole response
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    retries: int = 3
    backoff: float = 2.0             # first retry after this many seconds, then doubled
    max_backoff: float = 60.0
    obey_robots: bool = True
    retry_budget: int = 30           # retries one host may cost in a whole crawl; then none


class Fetcher:
    def __init__(self, allowed_hosts, user_agent: str = DEFAULT_USER_AGENT, politeness: Politeness | None = None,
                 per_host: dict[str, Politeness] | None = None, sleep=time.sleep, clock=time.monotonic):
        self.allowed = {h.lower() for h in allowed_hosts}
        self.user_agent = user_agent
        self.default = politeness or Politeness()
        self.per_host = {k.lower(): v for k, v in (per_host or {}).items()}
        self._local = threading.local()  # one requests session per thread: hosts crawled side by side
        self._sleep, self._clock = sleep, clock
        self._last: dict[str, float] = {}
        self._host_locks: dict[str, threading.RLock] = {}
        self._locks_guard = threading.Lock()
        self._retries_spent: dict[str, int] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._resolved: dict[str, bool] = {}
        self.requests_made = 0

    @property
    def session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers.update({"User-Agent": self.user_agent, "Accept-Language": "zh-CN,zh;q=0.9"})
            self._local.session = session
        return session

    def host_lock(self, host: str) -> threading.RLock:
        """Held while a request to `host` waits its turn and starts: two threads never ask one
        host at once, and each waits the host's delay after the other."""
        with self._locks_guard:
            lock = self._host_locks.get(host)
            if lock is None:
                lock = self._host_locks[host] = threading.RLock()
            return lock

    def _spend_retry(self, host: str, p: Politeness) -> bool:
        with self._locks_guard:
            spent = self._retries_spent.get(host, 0)
            if spent >= p.retry_budget:
                return False
            self._retries_spent[host] = spent + 1
            return True

    # ---- checks ----------------------------------------------------------------------

    def politeness(self, host: str) -> Politeness:
        return self.per_host.get(host, self.default)

    def check(self, url: str) -> None:
        """Raise FetchError unless `url` may be requested."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(url, "not_http", f"scheme {parts.scheme or '(none)'!r}")
        host = netloc(url)
        if host not in self.allowed:
            raise FetchError(url, "off_site", f"host {host} is not one of the configured sites")
        if not self._address_ok(parts.hostname or ""):
            raise FetchError(url, "private_address", f"{parts.hostname} resolves to a private or loopback address")
        if self.politeness(host).obey_robots and not self._robots_allow(url):
            raise FetchError(url, "disallowed_by_robots")

    def _address_ok(self, hostname: str) -> bool:
        """A configured host named by its IP literal is what the user asked for; a host name
        that resolves to a private or loopback address was not."""
        try:
            ipaddress.ip_address(hostname)
            return True
        except ValueError:
            pass
        if hostname not in self._resolved:
            try:
                infos = socket.getaddrinfo(hostname, None)
                addrs = {ipaddress.ip_address(i[4][0]) for i in infos}
                self._resolved[hostname] = not any(a.is_private or a.is_loopback or a.is_link_local for a in addrs)
            except (socket.gaierror, ValueError):
                self._resolved[hostname] = True  # the request itself will report the failure
        return self._resolved[hostname]

    def _robots_allow(self, url: str) -> bool:
        host = netloc(url)
        with self.host_lock(host):
            if host not in self._robots:
                self._robots[host] = self._load_robots(url)
        rp = self._robots[host]
        return True if rp is None else rp.can_fetch(self.user_agent, url)

    def _load_robots(self, url: str):
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        rp = urllib.robotparser.RobotFileParser(robots_url)
        try:
            r = self._request("GET", robots_url)
        except FetchError:
            return None  # unreachable robots.txt on a network error: as for 4xx, no rules
        if r.status >= 500:
            rp.parse(["User-agent: *", "Disallow: /"])  # RFC 9309: unreachable means disallowed
        elif r.status >= 400:
            return None
        else:
            rp.parse(r.body.decode("utf-8", "replace").splitlines())
        delay = rp.crawl_delay(self.user_agent)
        host = netloc(url)
        if delay:
            p = self.politeness(host)
            self.per_host[host] = Politeness(**{**p.__dict__, "delay": max(p.delay, float(delay))})
        return rp

    # ---- requests ---------------------------------------------------------------------

    def get(self, url: str, *, data: dict | None = None, json_body: str | None = None,
            referer: str | None = None) -> Response:
        """GET (or POST, given form `data` or a `json_body`) with redirects followed within limits."""
        method = "POST" if data is not None or json_body is not None else "GET"
        seen = [url]
        current = url
        for _ in range(self.politeness(netloc(url)).max_redirects + 1):
            self.check(current)
            r = self._request(method, current, data=data, json_body=json_body, referer=referer)
            if r.status in (301, 302, 303, 307, 308) and "Location" in r.headers:
                target = urljoin(current, r.headers["Location"])
                if target in seen:
                    raise FetchError(url, "redirect_loop", " -> ".join(seen + [target]))
                seen.append(target)
                if r.status == 303 or (r.status in (301, 302) and method == "POST"):
                    method, data, json_body = "GET", None, None
                current = target
                continue
            r.url, r.history = url, seen[:-1]
            return r
        raise FetchError(url, "too_many_redirects", " -> ".join(seen))

    def _wait(self, host: str):
        p = self.politeness(host)
        last = self._last.get(host)
        if last is not None:
            wait = last + p.delay - self._clock()
            if wait > 0:
                self._sleep(wait)

    def _request(self, method: str, url: str, data=None, referer=None, json_body=None) -> Response:
        host = netloc(url)
        p = self.politeness(host)
        attempt = 0
        while True:
            with self.host_lock(host):
                self._wait(host)
                self._last[host] = self._clock()
                self.requests_made += 1
            try:
                r = self._once(method, url, data, referer, p, json_body)
            except FetchError as exc:
                self._last[host] = self._clock()
                if exc.cause in ("timeout", "connection") and attempt < p.retries and self._spend_retry(host, p):
                    self._sleep(min(p.backoff * 2 ** attempt, p.max_backoff))
                    attempt += 1
                    continue
                raise
            self._last[host] = self._clock()  # the delay runs from the end of the answer
            if r.status in RETRY_STATUSES and attempt < p.retries and self._spend_retry(host, p):
                self._sleep(_retry_after(r.headers.get("Retry-After"), p.backoff * 2 ** attempt, p.max_backoff))
                attempt += 1
                continue
            return r

    def _once(self, method, url, data, referer, p: Politeness, json_body=None) -> Response:
        headers = {"Referer": referer} if referer else {}
        if json_body is not None:
            data = json_body.encode("utf-8")
            headers["Content-Type"] = "application/json;charset=UTF-8"
        started = time.monotonic()
        fetched_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        try:
            with self.session.request(method, url, data=data, headers=headers, stream=True, allow_redirects=False,
                                      timeout=(p.timeout, p.timeout)) as resp:
                chunks, size = [], 0
                for chunk in resp.iter_content(65536):
                    size += len(chunk)
                    if size > p.max_bytes:
                        raise FetchError(url, "too_large", f"over {p.max_bytes} bytes")
                    if time.monotonic() - started > p.max_seconds:
                        raise FetchError(url, "timeout", f"response took over {p.max_seconds:g} s")
                    chunks.append(chunk)
                body = b"".join(chunks)
                request_body = resp.request.body if isinstance(resp.request.body, bytes) else (
                    resp.request.body.encode() if resp.request.body else None)
                return Response(url=url, final_url=url, status=resp.status_code, headers=dict(resp.headers),
                                body=body, fetched_at=fetched_at, elapsed=time.monotonic() - started,
                                verdict=waf.classify(resp.status_code, body), method=method,
                                request_body=request_body)
        except requests.Timeout as exc:
            raise FetchError(url, "timeout", str(exc)[:200]) from exc
        except requests.ConnectionError as exc:
            raise FetchError(url, "connection", str(exc)[:200]) from exc
        except requests.RequestException as exc:
            raise FetchError(url, "request_error", str(exc)[:200]) from exc


def _retry_after(value: str | None, default: float, cap: float) -> float:
    if value:
        try:
            return min(max(float(value), 0.0), cap)
        except ValueError:
            pass
    return min(default, cap)
