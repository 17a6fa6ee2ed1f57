"""Pages and WARC archives into the corpus.

    summary = ingest_paths(corpus, ["pages/", "crawl.warc.gz"], urls={"a.html": "http://…"})

Each page is extracted with `extractor.extract` and written in its own transaction; one bad
page is recorded with what was wrong and the batch goes on. Re-running an ingest (after an
interruption, or on the same files) skips pages already stored with the same bytes and
extractor version, so it ends with the same corpus as one clean run.
"""
from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractor import ExtractionError, extract

from .store import Corpus, sha1

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".txt", ".xhtml")


@dataclass
class Page:
    """One page to ingest: its bytes and where they came from."""
    name: str
    data: bytes
    url: str | None = None
    content_type: str | None = None
    fetched_at: str | None = None
    source_path: str | None = None
    warc_record_id: str | None = None
    warc_offset: int | None = None


@dataclass
class Summary:
    counts: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        c = self.counts
        parts = [f"{c[k]} {k}" for k in ("new", "updated", "unchanged", "duplicate", "failed") if c[k]]
        return ", ".join(parts) or "nothing to ingest"


def iter_warc(path: Path) -> Iterator[Page | tuple[str, str]]:
    """The HTML responses of a WARC file (warcio), with their URL, time and headers."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for record in it:
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            status = record.http_headers.get_statuscode() if record.http_headers else None
            ctype = record.http_headers.get_header("Content-Type") if record.http_headers else None
            data = record.content_stream().read()
            offset = it.get_record_offset()
            rid = record.rec_headers.get_header("WARC-Record-ID")
            if status and not str(status).startswith("2"):
                continue
            if ctype and not any(t in ctype.lower() for t in ("html", "text/plain", "xml")):
                continue
            yield Page(name=f"{path}#{url}", data=data, url=url, content_type=ctype,
                       fetched_at=record.rec_headers.get_header("WARC-Date"), source_path=str(path),
                       warc_record_id=rid, warc_offset=offset)


def iter_inputs(paths: Iterable[str], urls: dict[str, str] | None = None) -> Iterator[Page | tuple[str, str]]:
    """Pages from files, folders (recursively) and WARC files; (name, problem) for inputs
    that cannot be read."""
    urls = urls or {}
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield raw, "no such file or folder"
            continue
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        files = [p for p in files if p.name.lower().endswith(WARC_SUFFIXES + PAGE_SUFFIXES)]
        if not files:
            yield raw, "holds no pages or WARC files"
        for p in files:
            if p.name.lower().endswith(WARC_SUFFIXES):
                try:
                    yield from iter_warc(p)
                except Exception as exc:  # noqa: BLE001 - a damaged archive is reported, not fatal
                    yield str(p), f"WARC file cannot be read to the end ({type(exc).__name__}: {exc})"
                continue
            try:
                data = p.read_bytes()
            except OSError as exc:
                yield str(p), f"cannot be read ({exc.strerror or exc})"
                continue
            yield Page(name=str(p), data=data, url=urls.get(p.name) or urls.get(str(p)), source_path=str(p))


def ingest_pages(corpus: Corpus, items: Iterable[Page | tuple[str, str]],
                 on_page: Callable[[str, str], None] | None = None) -> Summary:
    summary = Summary()
    for item in items:
        if isinstance(item, tuple):
            name, problem = item
            summary.counts["failed"] += 1
            summary.failures.append((name, problem))
            if on_page:
                on_page(name, "failed")
            continue
        status = ingest_page(corpus, item, summary)
        if on_page:
            on_page(item.name, status)
    return summary


def ingest_page(corpus: Corpus, page: Page, summary: Summary) -> str:
    digest = sha1(page.data)
    try:
        doc = extract(page.data, url=page.url, content_type=page.content_type, name=page.name)
    except ExtractionError as exc:
        problem = exc.problem
    except Exception as exc:  # noqa: BLE001 - one bad page never stops a batch
        problem = f"could not be extracted ({type(exc).__name__}: {exc})"
    else:
        try:
            result = corpus.add(doc, content_sha1=digest, source_path=page.source_path,
                                warc_record_id=page.warc_record_id, warc_offset=page.warc_offset,
                                fetched_at=page.fetched_at)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" not in str(exc):
                raise  # the database itself is unusable (disk full, read-only): stop, say so
            problem = f"could not be stored ({type(exc).__name__}: {exc})"
        else:
            summary.counts[result.status] += 1
            return result.status
    corpus.add_failure(problem, content_sha1=digest, url=page.url, source_path=page.source_path,
                       warc_record_id=page.warc_record_id, warc_offset=page.warc_offset, fetched_at=page.fetched_at)
    summary.counts["failed"] += 1
    summary.failures.append((page.name, problem))
    return "failed"


def ingest_paths(corpus: Corpus, paths: Iterable[str], urls: dict[str, str] | None = None,
                 on_page: Callable[[str, str], None] | None = None) -> Summary:
    return ingest_pages(corpus, iter_inputs(paths, urls), on_page)
