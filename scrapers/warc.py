"""Every response of a crawl, kept raw in WARC files (warcio), so that extraction can be run
again from the archive and give the same records."""
from __future__ import annotations

import datetime as dt
import os
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

# requests has already undone these; the archived payload is the decoded body
_DROP = {"content-encoding", "transfer-encoding", "content-length", "connection"}


class WarcArchive:
    def __init__(self, folder: str | Path, prefix: str = "govnews"):
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d%H%M%S")
        self.path = folder / f"{prefix}-{stamp}-{os.getpid()}.warc.gz"
        self._fh = open(self.path, "ab")
        self._writer = WARCWriter(self._fh, gzip=True)

    def write(self, response) -> str:
        """Archive one scrapers.fetch.Response; returns its WARC-Record-ID."""
        headers = [(k, v) for k, v in response.headers.items() if k.lower() not in _DROP]
        headers.append(("Content-Length", str(len(response.body))))
        http = StatusAndHeaders(f"{response.status} {_reason(response.status)}", headers, protocol="HTTP/1.1")
        record = self._writer.create_warc_record(
            response.final_url, "response", payload=BytesIO(response.body), http_headers=http,
            warc_headers_dict={"WARC-Date": response.fetched_at.replace("+00:00", "Z")})
        self._writer.write_record(record)
        self._fh.flush()
        return record.rec_headers.get_header("WARC-Record-ID")

    def close(self):
        self._fh.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
