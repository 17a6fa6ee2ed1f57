"""Long runs show progress with an estimate of time left: an ingest by the bytes of its
inputs (WARC records by their offset), a crawl by the articles listed so far."""
import re
import subprocess
import sys

import fixture_sites
from conftest import SAMPLES


def last_bar(stderr: str, desc: str) -> str:
    frames = [f for f in re.split(r"[\r\n]", stderr) if f.startswith(desc + ":")]
    assert frames, stderr
    return frames[-1]


def test_ingest_progress_counts_input_bytes_and_shows_time_left(tmp_path):
    out = subprocess.run([sys.executable, "-m", "govnews.cli", "ingest", str(SAMPLES.parent / "corpus"), str(SAMPLES),
                          "--db", str(tmp_path / "c.db"), "--progress"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    bar = last_bar(out.stderr, "ingest")
    assert bar.startswith("ingest: 100%") and "left" in bar and "16 pages" in bar, bar
    assert re.search(r"\| [\d.]+k/[\d.]+k \[", bar), bar  # kilobytes of input read, of the whole


def test_ingest_progress_moves_through_a_warc_archive(served, tmp_path):
    site = served(fixture_sites.hanweb_site(n_articles=12))
    crawl = subprocess.run([sys.executable, "-m", "govnews.cli", "crawl", site.base + site.column, "--db",
                            str(tmp_path / "crawl.db"), "--warc", str(tmp_path / "warc"), "--delay", "0.05",
                            "--progress"], capture_output=True, text=True, timeout=300)
    assert crawl.returncode == 0, crawl.stderr
    bar = last_bar(crawl.stderr, "crawl")
    assert "100%" in bar and "12/12" in bar and "list pages" in bar and "left" in bar, bar
    from corpus.ingest import iter_inputs
    from govnews.progress import input_bytes, tracked

    class Bar:
        steps = []

        def update(self, n):
            self.steps.append(n)

        def set_postfix_str(self, *a, **k):
            pass

    sizes = input_bytes([str(tmp_path / "warc")])
    items = list(tracked(iter_inputs([str(tmp_path / "warc")]), Bar(), sizes))
    assert len(items) > 5
    assert sum(Bar.steps) == sum(sizes.values())
    assert len(Bar.steps) >= len(items) - 1 and max(Bar.steps) < sum(sizes.values()) / 2, Bar.steps  # record by record
