"""An ingest killed midway and run again ends with the same corpus as one clean run."""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

from conftest import ROOT, corpus_snapshot

VOLATILE = {"ingested_at", "first_seen", "page_id", "metric_id", "date_id", "measure_id"}
TABLES = ("pages", "documents", "appearances", "metrics", "dates", "measures", "lsh_bands")


def make_pages(folder):
    """Sixty pages: the bundled corpus samples, each under three site addresses."""
    urls = json.loads((ROOT / "samples" / "corpus" / "urls.json").read_text(encoding="utf-8"))
    mapping = {}
    for name, url in urls.items():
        for k in range(3):
            target = f"{k}_{name}"
            shutil.copy(ROOT / "samples" / "corpus" / name, folder / target)
            mapping[target] = url.replace("://", f"://m{k}.") if k else url
    (folder / "urls.json").write_text(json.dumps(mapping), encoding="utf-8")
    return len(mapping)


def ingest(db, folder):
    return subprocess.Popen([sys.executable, "-m", "govnews.cli", "ingest", str(folder), "--db", str(db),
                             "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_killed_ingest_resumes_to_the_same_corpus(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    n = make_pages(pages)
    clean_db, killed_db = tmp_path / "clean.db", tmp_path / "killed.db"
    assert ingest(clean_db, pages).wait(timeout=600) == 0

    proc = ingest(killed_db, pages)
    deadline = time.time() + 300
    while time.time() < deadline:
        try:
            done = sqlite3.connect(killed_db).execute("SELECT count(*) FROM pages").fetchone()[0]
        except sqlite3.Error:
            done = 0
        if done >= n // 3:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = sqlite3.connect(killed_db).execute("SELECT count(*) FROM pages").fetchone()[0]
    assert 0 < partial < n, "the kill should land midway"

    rerun = ingest(killed_db, pages)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()
    assert "unchanged" in err.decode()
    assert corpus_snapshot(killed_db, VOLATILE, TABLES) == corpus_snapshot(clean_db, VOLATILE, TABLES)
