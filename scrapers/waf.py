"""Is a response an anti-bot or WAF answer (瑞数 412, 加速乐 521, a verification page) or a
JavaScript redirect stub? Signatures are data (data/waf.toml)."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex


@dataclass
class Verdict:
    kind: str          # "blocked" or "redirect_stub"
    name: str          # signature name (ruishu, jiasule, challenge, http_412 …) or the stub's target
    target: str | None = None


@lru_cache(maxsize=1)
def _data():
    with resources.files("scrapers").joinpath("data", "waf.toml").open("rb") as fh:
        data = tomllib.load(fh)
    sigs = [(s["name"], set(s["statuses"]), [regex.compile(p, regex.I) for p in s["body"]]) for s in data["signature"]]
    redirects = [regex.compile(p, regex.I) for p in data["redirect"]]
    return data, sigs, redirects


def classify(status: int, body: bytes) -> Verdict | None:
    data, sigs, redirects = _data()
    head = body[:65536].decode("utf-8", "replace")
    for name, statuses, patterns in sigs:
        if status in statuses and any(p.search(head) for p in patterns):
            return Verdict("blocked", name)
    if status in data["blocked_statuses"]:
        return Verdict("blocked", f"http_{status}")
    if status == 200 and len(body) <= data["redirect_stub_max_bytes"]:
        text = regex.sub(r"\s+", " ", head)
        visible = regex.sub(r"<script[\s\S]*?</script>|<[^>]+>", "", text).strip()
        for p in redirects:
            m = p.search(text)
            if m and len(visible) < 200:
                return Verdict("redirect_stub", m.group(1), m.group(1))
    return None
