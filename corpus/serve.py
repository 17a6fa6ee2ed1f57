"""Browse a corpus in Datasette: facets by region, period and category, and links from every
metric, date and measure to its document (and from there to the source page).

Binds to 127.0.0.1 and opens the database read-only (immutable) unless told otherwise.
"""
from __future__ import annotations

import json
import os
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
            "metrics": {"facets": REGION + ["period_year", "statistic", "indicator_category", "kind", "unit"],
                        "description": "reported numbers; doc_id links to the document, url to the source page"},
            "measures": {"facets": REGION + ["category"], "description": "enumerated measures of each release"},
            "dates": {"facets": ["granularity", "type", "field"]},
            "appearances": {"facets": ["host"], "description": "every place a release appeared"},
            "pages": {"facets": ["status"], "description": "every page ingested, with its provenance"},
            "lsh_bands": {"hidden": True},
        }}},
    }


def arguments(db_path: str, host: str = "127.0.0.1", port: int = 8001, writable: bool = False,
              metadata_path: str | None = None) -> list[str]:
    """The `datasette` command line that serves the corpus (read-only unless `writable`)."""
    args = ["serve", "--host", host, "--port", str(port)]
    args += [db_path] if writable else ["--immutable", db_path]
    if metadata_path:
        args += ["--metadata", metadata_path]
    return args


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8001, writable: bool = False) -> int:
    """Run Datasette in this process (so that stopping `govnews serve` stops the server)."""
    from datasette.cli import cli

    fd, meta = tempfile.mkstemp(prefix="govnews-datasette-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(metadata(db_path), fh, ensure_ascii=False)
    try:
        cli.main(args=arguments(db_path, host, port, writable, meta), prog_name="datasette", standalone_mode=False)
    finally:
        os.unlink(meta)
    return 0
