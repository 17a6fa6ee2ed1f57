"""`govnews serve`: Datasette on 127.0.0.1, read-only, driven in headless Chromium."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import SAMPLES
from corpus.ingest import ingest_paths
from corpus.store import Corpus

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
URLS = {"trs_wcm.html": "http://www.csx.gov.cn/zwgk/bmxxgk/sfj/gzdt/202309/t20230908_11187356.html"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("serve") / "corpus.db"
    with Corpus(db) as c:
        ingest_paths(c, [str(SAMPLES)], URLS)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "govnews.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=2)
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stdout.read().decode())
            time.sleep(0.3)
    else:
        proc.kill()
        raise RuntimeError("datasette did not start within 60 s")
    yield base, db
    proc.terminate()
    proc.wait(timeout=10)


def test_binds_to_loopback_and_is_read_only(server):
    base, db = server
    import json

    dbs = json.load(urllib.request.urlopen(base + "/-/databases.json"))
    assert dbs[0]["is_mutable"] is False
    facets = json.load(urllib.request.urlopen(base + "/corpus/metrics.json?_shape=objects&_size=1"))
    assert "county" in facets["facet_results"] and "period_year" in facets["facet_results"]


@pytest.mark.skipif(os.environ.get("GOVNEWS_SKIP_BROWSER") == "1", reason="GOVNEWS_SKIP_BROWSER=1")
def test_metric_row_links_to_its_document(server, tmp_path):
    from playwright.sync_api import sync_playwright

    assert os.path.exists(CHROMIUM), "headless Chromium is needed: apt-get install chromium"
    base, _ = server
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=args)
        page = browser.new_page()
        page.goto(base + "/corpus/metrics?indicator__contains=调解成功率")
        link = page.locator("td.col-doc_id a").first
        assert "长沙县司法局" in link.inner_text()  # the document's title labels the link
        link.click()
        page.wait_for_load_state()
        assert "/corpus/documents/" in page.url
        assert "长沙县司法局深化“三调联动”全力做好矛盾纠纷排查化解" in page.content()
        source = page.locator("td.col-url a").first
        assert source.get_attribute("href") == URLS["trs_wcm.html"]
        page.screenshot(path=str(tmp_path / "document.png"))
        browser.close()
