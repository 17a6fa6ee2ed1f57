"""The corpus: one SQLite file holding pages, documents and their records.

    with Corpus("corpus.db") as corpus:
        result = corpus.add(doc, source_path="page.html", content_sha1=sha1)

Re-ingesting a page updates it instead of duplicating it; a repost of a release on another
site (same or nearly the same body) becomes an appearance of the canonical document, so
its statistics are counted once. Each page is written in one transaction: a crash never
leaves half a document. Schema changes are migrations (corpus/migrations/NNN_*.sql)
applied in order and recorded in PRAGMA user_version.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

import jieba

from extractor import RULES_VERSION as EXTRACTOR_VERSION
from extractor.document import Document, canonical_url

from . import dedup

jieba.setLogLevel(60)


@dataclass
class AddResult:
    status: str  # "new", "updated", "unchanged", "duplicate"
    doc_id: str  # the canonical document the page belongs to
    similarity: float = 1.0


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def migrations() -> list[tuple[int, str]]:
    folder = resources.files("corpus").joinpath("migrations")
    out = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            out.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(out)


def segment(text: str | None) -> str:
    return " ".join(w for w in jieba.cut_for_search(text or "") if w.strip())


class CorpusError(RuntimeError):
    pass


class Corpus:
    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = str(path)
        if readonly:
            if not Path(self.path).exists():
                raise CorpusError(f"{self.path}: no such corpus")
            self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, isolation_level=None)
        else:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys=ON")
        try:
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise CorpusError(f"{self.path}: not a govnews corpus ({exc})") from exc
        if not readonly:
            self.migrate(version)
        elif version == 0:
            raise CorpusError(f"{self.path}: not a govnews corpus (no schema)")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self.db.close()

    def migrate(self, version: int | None = None):
        if version is None:
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
        for number, sql in migrations():
            if number <= version:
                continue
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(sql):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number}")
                self.db.execute("COMMIT")
            except Exception:
                self.db.execute("ROLLBACK")
                raise

    # ---- ingest -------------------------------------------------------------------------

    def add(self, doc: Document, *, content_sha1: str, source_path: str | None = None,
            warc_record_id: str | None = None, warc_offset: int | None = None,
            fetched_at: str | None = None) -> AddResult:
        url = canonical_url(doc.url) if doc.url else None
        body_hash = dedup.body_hash(doc.body)
        sig = dedup.signature(doc.body)
        self.db.execute("BEGIN IMMEDIATE")
        try:
            result = self._add(doc, url, body_hash, sig, content_sha1, source_path, warc_record_id,
                               warc_offset, fetched_at)
            self.db.execute("COMMIT")
            return result
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _add(self, doc, url, body_hash, sig, content_sha1, source_path, warc_record_id, warc_offset, fetched_at):
        page = self._find_page(url, source_path, warc_record_id)
        if page is not None and page["content_sha1"] == content_sha1 \
                and page["extractor_version"] == EXTRACTOR_VERSION and page["status"] != "failed":
            return AddResult("unchanged", page["doc_id"])
        existing = self.db.execute("SELECT doc_id FROM documents WHERE doc_id = ?", (doc.doc_id,)).fetchone()
        own = page is not None and page["doc_id"] == doc.doc_id and page["status"] == "document"
        if existing is not None and not own:
            # another page already gave this document (the same body, no URL to tell them apart)
            self._appear(doc.doc_id, doc.url or source_path or doc.doc_id, 1.0)
            self._page(url, source_path, warc_record_id, warc_offset, fetched_at, content_sha1, doc.doc_id,
                       "duplicate", None)
            return AddResult("duplicate", doc.doc_id)
        canonical, similarity = self._duplicate_of(doc.doc_id, body_hash, sig, dedup.numbers(doc.body))
        if canonical is not None:
            if existing is not None:  # this page's own document became a copy of another: fold it in
                self._delete_document(doc.doc_id)
            self._appear(canonical, doc.url or source_path or doc.doc_id, similarity)
            self._page(url, source_path, warc_record_id, warc_offset, fetched_at, content_sha1, canonical,
                       "duplicate", None)
            return AddResult("duplicate", canonical, similarity)
        if existing is not None:
            self._delete_records(doc.doc_id)
        self._insert_document(doc, body_hash, sig, fetched_at)
        self._appear(doc.doc_id, doc.url or source_path or doc.doc_id, 1.0)
        self._page(url, source_path, warc_record_id, warc_offset, fetched_at, content_sha1, doc.doc_id,
                   "document", None)
        return AddResult("updated" if existing is not None or page is not None else "new", doc.doc_id)

    def add_failure(self, problem: str, *, content_sha1: str, url: str | None = None,
                    source_path: str | None = None, warc_record_id: str | None = None,
                    warc_offset: int | None = None, fetched_at: str | None = None):
        """Record a page that could not be extracted, with what was wrong."""
        url = canonical_url(url) if url else None
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self._page(url, source_path, warc_record_id, warc_offset, fetched_at, content_sha1, None, "failed",
                       problem)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _find_page(self, url, source_path, warc_record_id):
        if url:
            row = self.db.execute("SELECT * FROM pages WHERE url = ?", (url,)).fetchone()
            if row is not None:
                return row
        if source_path:
            return self.db.execute("SELECT * FROM pages WHERE url IS NULL AND source_path = ? AND "
                                   "coalesce(warc_record_id, '') = coalesce(?, '')",
                                   (source_path, warc_record_id)).fetchone()
        return None

    def _duplicate_of(self, doc_id, body_hash, sig, figures: str) -> tuple[str | None, float]:
        row = self.db.execute("SELECT doc_id FROM documents WHERE body_hash = ? AND doc_id != ? ORDER BY rowid LIMIT 1",
                              (body_hash, doc_id)).fetchone()
        if row is not None:
            return row["doc_id"], 1.0
        candidates: dict[str, int] = {}
        for band, bucket in dedup.bands(sig):
            # a bucket holding very many documents is a shared template, not a sign of a copy
            for r in self.db.execute("SELECT doc_id FROM lsh_bands WHERE band = ? AND bucket = ? LIMIT ?",
                                     (band, bucket, dedup.MAX_BUCKET)):
                if r["doc_id"] != doc_id:
                    candidates[r["doc_id"]] = candidates.get(r["doc_id"], 0) + 1
        # a near duplicate (estimated Jaccard >= 0.8) shares about 13 of the 32 bands; a release
        # that merely shares a template shares one or two: check only the likely, best first
        likely = sorted((c for c, n in candidates.items() if n >= dedup.MIN_SHARED_BANDS),
                        key=lambda c: (-candidates[c], c))[: dedup.MAX_CANDIDATES]
        best, best_sim = None, 0.0
        for cand in likely:
            row = self.db.execute("SELECT minhash, numbers FROM documents WHERE doc_id = ?", (cand,)).fetchone()
            if row is None or not dedup.same_figures(figures, row["numbers"]):
                continue  # a release on the same template with other figures is another release
            sim = dedup.similarity(sig, dedup.from_blob(row["minhash"]))
            if sim >= dedup.NEAR_DUPLICATE and sim > best_sim:
                best, best_sim = cand, sim
        return best, best_sim

    def _appear(self, doc_id, url, similarity):
        host = urlsplit(url).hostname if "://" in url else None
        self.db.execute("INSERT OR IGNORE INTO appearances (doc_id, url, host, similarity, first_seen) "
                        "VALUES (?, ?, ?, ?, ?)", (doc_id, url, host, similarity, now()))
        self.db.execute("UPDATE documents SET n_appearances = (SELECT count(*) FROM appearances WHERE doc_id = ?) "
                        "WHERE doc_id = ?", (doc_id, doc_id))

    def _page(self, url, source_path, warc_record_id, warc_offset, fetched_at, sha1, doc_id, status, problem):
        old = self._find_page(url, source_path, warc_record_id)
        if old is not None:
            self.db.execute("DELETE FROM pages WHERE page_id = ?", (old["page_id"],))
        self.db.execute(
            "INSERT INTO pages (url, source_path, warc_record_id, warc_offset, fetched_at, content_sha1, doc_id, "
            "status, problem, extractor_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (url, source_path, warc_record_id, warc_offset, fetched_at, sha1, doc_id, status, problem,
             EXTRACTOR_VERSION, now()))

    def _delete_records(self, doc_id):
        for table in ("metrics", "dates", "measures", "lsh_bands"):
            self.db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        self.db.execute("DELETE FROM documents_fts WHERE doc_id = ?", (doc_id,))

    def _delete_document(self, doc_id):
        self._delete_records(doc_id)
        self.db.execute("UPDATE pages SET doc_id = NULL WHERE doc_id = ?", (doc_id,))
        self.db.execute("DELETE FROM appearances WHERE doc_id = ?", (doc_id,))
        self.db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))

    def _insert_document(self, doc: Document, body_hash: str, sig, fetched_at):
        r = doc.region
        year = int(doc.published_at[:4]) if doc.published_at else None
        v = EXTRACTOR_VERSION
        self.db.execute(
            "INSERT INTO documents (doc_id, url, title, published_at, published_year, source, author, province, city, "
            "county, adcode, site_name, column_name, measures_declared, body, body_hash, minhash, numbers, fetched_at, "
            "extractor_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (doc_id) DO UPDATE SET url = excluded.url, title = excluded.title, "
            "published_at = excluded.published_at, published_year = excluded.published_year, source = excluded.source, "
            "author = excluded.author, province = excluded.province, city = excluded.city, county = excluded.county, "
            "adcode = excluded.adcode, site_name = excluded.site_name, column_name = excluded.column_name, "
            "measures_declared = excluded.measures_declared, body = excluded.body, body_hash = excluded.body_hash, "
            "minhash = excluded.minhash, numbers = excluded.numbers, fetched_at = excluded.fetched_at, "
            "extractor_version = excluded.extractor_version, ingested_at = excluded.ingested_at",
            (doc.doc_id, doc.url, doc.title, doc.published_at, year, doc.source, doc.author, r.province, r.city,
             r.county, r.adcode, doc.site_name, doc.column, doc.measures_declared, doc.body, body_hash,
             dedup.to_blob(sig), dedup.numbers(doc.body), fetched_at, v, now()))
        region = (r.province, r.city, r.county, r.adcode)
        self.db.executemany(
            'INSERT INTO metrics (doc_id, position, text, start_offset, end_offset, value, unit, kind, indicator, '
            "indicator_category, change_direction, change_basis, qualifier, period_text, period_start, period_end, "
            "period_year, measure, province, city, county, adcode, url, extractor_version, statistic, value_normalised, "
            "unit_normalised) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc.doc_id, i, m.text, m.start, m.end, m.value, m.unit, m.kind, m.indicator, m.indicator_category,
              m.change.direction if m.change else None, m.change.basis if m.change else None, m.qualifier,
              m.period.text if m.period else None, m.period.start_date if m.period else None,
              m.period.end_date if m.period else None, period_year(m.period), m.measure, *region, doc.url, v,
              m.statistic, m.value_normalised, m.unit_normalised)
             for i, m in enumerate(doc.metrics, 1)])
        self.db.executemany(
            'INSERT INTO dates (doc_id, position, text, field, start_offset, end_offset, type, start_date, end_date, granularity, '
            "anchored, url, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc.doc_id, i, d.text, d.field, d.start, d.end, d.type, d.start_date, d.end_date, d.granularity,
              int(d.anchored), doc.url, v) for i, d in enumerate(doc.dates, 1)])
        self.db.executemany(
            'INSERT INTO measures (doc_id, position, marker, title, keyword, start_offset, end_offset, category, province, city, '
            "county, adcode, url, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc.doc_id, m.index, m.marker, m.title, m.keyword, m.start, m.end, m.category, *region, doc.url, v)
             for m in doc.measures])
        self.db.executemany("INSERT OR IGNORE INTO lsh_bands (band, bucket, doc_id) VALUES (?, ?, ?)",
                            [(b, bucket, doc.doc_id) for b, bucket in dedup.bands(sig)])
        self.db.execute("INSERT INTO documents_fts (doc_id, title, body) VALUES (?, ?, ?)",
                        (doc.doc_id, segment(doc.title), segment(doc.body)))

    # ---- queries ------------------------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> list[sqlite3.Row]:
        """Documents whose title or body hold every word of `query` (jieba-segmented)."""
        words = [w for w in jieba.cut(query) if w.strip()]
        if not words:
            return []
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
        return self.db.execute(
            "SELECT d.doc_id, d.title, d.published_at, d.county, d.city, d.province, d.url, "
            "snippet(documents_fts, 2, '[', ']', '…', 12) AS snippet FROM documents_fts f "
            "JOIN documents d ON d.doc_id = f.doc_id WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit)).fetchall()

    def stats(self) -> dict:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "pages": one("SELECT count(*) FROM pages"),
            "pages_failed": one("SELECT count(*) FROM pages WHERE status = 'failed'"),
            "documents": one("SELECT count(*) FROM documents"),
            "duplicate_pages": one("SELECT count(*) FROM pages WHERE status = 'duplicate'"),
            "metrics": one("SELECT count(*) FROM metrics"),
            "measures": one("SELECT count(*) FROM measures"),
            "dates": one("SELECT count(*) FROM dates"),
            "by_province": [tuple(r) for r in self.db.execute(
                "SELECT coalesce(province, '(unknown)'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC")],
            "by_year": [tuple(r) for r in self.db.execute(
                "SELECT coalesce(published_year, 0), count(*) FROM documents GROUP BY 1 ORDER BY 1")],
        }


def period_year(period) -> int | None:
    """The calendar year a period lies in, when it lies in one."""
    if period is None or not period.start_date or not period.end_date:
        return None
    if period.start_date[:4] == period.end_date[:4]:
        return int(period.start_date[:4])
    return None


def sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def _statements(sql: str):
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            stmt = buf.strip()
            buf = ""
            if stmt and not all(ln.strip().startswith("--") or not ln.strip() for ln in stmt.splitlines()):
                yield stmt
    if buf.strip():
        yield buf.strip()
