"""The records the extractor returns: a Document with its measures, metrics and dates.

Field names and meanings follow shared/spec/RECORDS.md (schema_version "1"). Every
record with `start`/`end` indexes `Document.body` (`body[start:end] == text`), except a
DateSpan whose `field` is "title", which indexes `Document.title`.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1"


@dataclass
class Region:
    province: str | None = None
    city: str | None = None
    county: str | None = None
    adcode: str | None = None


@dataclass
class Change:
    direction: str  # "up" | "down"
    basis: str | None = None  # "yoy" | "mom" | "vs_previous" | None


@dataclass
class Period:
    text: str
    start_date: str | None
    end_date: str | None


@dataclass
class DateSpan:
    text: str
    start: int
    end: int
    type: str  # "point" | "range"
    start_date: str | None
    end_date: str | None
    granularity: str  # year | quarter | month | day | time
    field: str = "body"  # which text the offsets index: "body" or "title"
    anchored: bool = True  # False for context spans (全年, 2021年同期) whose extent is not calendar-given

    def as_period(self) -> Period:
        return Period(self.text, self.start_date, self.end_date)


@dataclass
class Metric:
    text: str
    start: int
    end: int
    value: float
    unit: str
    kind: str  # percent | count | money | duration | other
    indicator: str | None = None
    indicator_category: str | None = None
    change: Change | None = None
    qualifier: str | None = None
    period: Period | None = None
    measure: int | None = None
    statistic: str | None = None  # the id in data/statistics.toml of the statistic reported, or None
    value_normalised: float | None = None  # value in the base unit of its unit's family (万元 -> 元), negative for a fall
    unit_normalised: str | None = None  # that base unit (件 for 件/宗/起; 人次 apart from 人)

    @property
    def streak(self) -> bool:
        """A duration counted in a row (连续17年): its own period, its subject before it."""
        return self.kind == "duration" and self.text.startswith("连续")


@dataclass
class Measure:
    index: int
    marker: str | None
    title: str
    keyword: str | None
    start: int
    end: int
    category: str | None = None


@dataclass
class Document:
    doc_id: str
    url: str | None
    title: str | None
    published_at: str | None
    source: str | None
    body: str
    region: Region = field(default_factory=Region)
    author: str | None = None
    column: str | None = None
    breadcrumb: list[str] = field(default_factory=list)
    site_name: str | None = None
    site_id_code: str | None = None
    measures: list[Measure] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    dates: list[DateSpan] = field(default_factory=list)
    measures_declared: int | None = None
    content_type: str = "html"  # "html" or "text": what the input was taken for
    warnings: list[str] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self, **kw) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kw)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        """The Document a `to_dict()` record describes (records and all)."""
        data = dict(data)
        data.pop("input", None)
        data["region"] = Region(**(data.get("region") or {}))

        def period(p):
            return Period(**p) if p else None

        data["metrics"] = [Metric(**{**m, "change": Change(**m["change"]) if m.get("change") else None,
                                     "period": period(m.get("period"))}) for m in data.get("metrics") or []]
        data["dates"] = [DateSpan(**d) for d in data.get("dates") or []]
        data["measures"] = [Measure(**m) for m in data.get("measures") or []]
        return cls(**data)


def make_doc_id(url: str | None, body: str) -> str:
    """A hash of the canonical URL when there is one, else of the clean body."""
    key = ("url:" + canonical_url(url)) if url else ("body:" + "".join(body.split()))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def canonical_url(url: str) -> str:
    """Scheme and host lower-cased, fragment and default port dropped, http and https the same."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    return urlunsplit(("http", host, parts.path or "/", parts.query, ""))
