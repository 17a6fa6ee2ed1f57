"""Site templates: what repeats across several pages of one site is the site's furniture.

    template = SiteTemplate.learn([page1, page2, page3])     # pages of one site
    doc = extract(page, url=url, template=template)          # its repeated lines dropped

A line of article text that appears on at least `min_share` of the pages (and on two at
least) is a template line: a slogan banner, a standing notice, a column introduction,
a contact block. The corpus feeds whole crawls to `learn`.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import lexicon

_KEY = lexicon.fast_compile(r"[\s\p{P}]+")


def line_key(line: str) -> str:
    return _KEY.sub("", line)


@dataclass
class SiteTemplate:
    lines: set[str] = field(default_factory=set)
    pages_seen: int = 0

    @classmethod
    def learn(cls, pages: Iterable, min_share: float = 0.5, min_pages: int = 2) -> "SiteTemplate":
        """Learn from page contents (str or bytes, HTML or text) of one site."""
        from .api import candidate_lines

        counts: Counter[str] = Counter()
        n = 0
        for content in pages:
            try:
                keys = {line_key(t) for t in candidate_lines(content)}
            except ValueError:
                continue  # a page with no text (ExtractionError) teaches nothing
            n += 1
            counts.update(k for k in keys if len(k) >= 4)
        threshold = max(min_pages, min_share * n)
        return cls({k for k, c in counts.items() if c >= threshold}, n)

    def is_template(self, line: str) -> bool:
        return line_key(line) in self.lines

    def apply(self, lines: list[str]) -> list[str]:
        return [ln for ln in lines if not self.is_template(ln)]

    def to_dict(self) -> dict:
        return {"pages_seen": self.pages_seen, "lines": sorted(self.lines)}

    @classmethod
    def from_dict(cls, data: dict) -> "SiteTemplate":
        return cls(set(data.get("lines", ())), int(data.get("pages_seen", 0)))
