"""Browse a corpus in Datasette: facets by region, period and category, and links from every
metric, date and measure to its document (and from there to the source page).

Binds to 127.0.0.1 and opens the database read-only (immutable) unless told otherwise.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

REGION = ["province", "city", "county"]


def metadata(db_path: str) -> dict:
    name = Path(db_path).stem
    return {
        "title": "govnews corpus",
        "description": "Chinese government releases: documents, the metrics they report, their measures and dates.",
        "databases": {name: {"tables": {
            "documents": {"label_column": "title", "facets": REGION + ["published_year", "source"],
                          "sortable_columns": ["published_at", "title"],
                          "description": "one row per release; reposts are in appearances"},
            "metrics": {"facets": REGION + ["period_year", "indicator_category", "kind", "unit"],
                        "description": "reported numbers; doc_id links to the document, url to the source page"},
            "measures": {"facets": REGION + ["category"], "description": "enumerated measures of each release"},
            "dates": {"facets": ["granularity", "type", "field"]},
            "appearances": {"facets": ["host"], "description": "every place a release appeared"},
            "pages": {"facets": ["status"], "description": "every page ingested, with its provenance"},
            "lsh_bands": {"hidden": True},
        }}},
    }


def command(db_path: str, host: str = "127.0.0.1", port: int = 8001, writable: bool = False,
            metadata_path: str | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "datasette", "serve", "--host", host, "--port", str(port)]
    cmd += [db_path] if writable else ["--immutable", db_path]
    if metadata_path:
        cmd += ["--metadata", metadata_path]
    return cmd


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8001, writable: bool = False) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        meta = Path(tmp) / "metadata.json"
        meta.write_text(json.dumps(metadata(db_path), ensure_ascii=False), encoding="utf-8")
        return subprocess.call(command(db_path, host, port, writable, str(meta)))
