"""govnews.extractor: Chinese government news pages to clean documents and records.

    >>> from extractor import extract
    >>> doc = extract(html_bytes, url="http://www.example.gov.cn/art/2022/3/17/art_1_2.html")
    >>> doc.title, doc.published_at, doc.region.adcode, doc.metrics[0].indicator

Pure: content in, records out; no network, no disk beyond the package's own data files.
"""
from .api import extract
from .document import DateSpan, Document, Measure, Metric, Region
from .errors import ExtractionError

__version__ = "0.1.0"


def _rules_version() -> str:
    """The package version and a digest of its data files: a corpus re-extracts pages that
    were extracted under other rules."""
    import hashlib
    from importlib import resources

    h = hashlib.sha1()
    for entry in sorted(resources.files("extractor").joinpath("data").iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".toml", ".tsv")):
            h.update(entry.name.encode())
            h.update(entry.read_bytes())
    return f"{__version__}+{h.hexdigest()[:8]}"


RULES_VERSION = _rules_version()
__all__ = ["extract", "Document", "Metric", "Measure", "DateSpan", "Region", "ExtractionError", "__version__"]
from .template import SiteTemplate  # noqa: E402

__all__.append("SiteTemplate")
