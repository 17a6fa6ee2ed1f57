import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "pages"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
SEED_TEXT = SAMPLES / "gongshu_justice_2022-03-17.txt"


@pytest.fixture(scope="session")
def expected():
    return json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))


def sample_pages():
    exp = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
    return [(name, e) for name, e in exp.items() if (SAMPLES / name).exists()]


@pytest.fixture(scope="session")
def seed_gold():
    path = SHARED / "eval" / "dev" / "seed.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not beside the project (CI lays shared/ next to the clone)")
    return json.loads(path.read_text(encoding="utf-8").splitlines()[0])


CORPUS_TABLES = ("pages", "documents", "appearances", "metrics", "dates", "measures")
RUN_SPECIFIC = {"ingested_at", "first_seen", "fetched_at", "source_path", "warc_record_id", "warc_offset", "page_id",
                "metric_id", "date_id", "measure_id"}


def corpus_snapshot(db_path, volatile=RUN_SPECIFIC, tables=CORPUS_TABLES):
    """A corpus's content, less what differs between two runs of the same work (times,
    archive file names, row ids), for comparing runs."""
    import sqlite3

    con = sqlite3.connect(db_path)
    out = {}
    for table in tables:
        cur = con.execute(f"SELECT * FROM {table}")
        cols = [c[0] for c in cur.description]
        out[table] = sorted((tuple(v for c, v in zip(cols, r) if c not in volatile) for r in cur), key=repr)
    con.close()
    return out


@pytest.fixture
def served():
    """Start fixture sites on 127.0.0.1 for one test: `served(site)` starts it and returns it;
    every site started is stopped when the test ends."""
    sites = []

    def start(site):
        sites.append(site.start())
        return site

    yield start
    for s in sites:
        s.stop()
