"""`govnews extract` run as a real command on real files."""
import json
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES, SAMPLES

GOVNEWS = [sys.executable, "-m", "govnews.cli"]


def run(*args, stdin=None):
    return subprocess.run(GOVNEWS + list(args), input=stdin, capture_output=True, timeout=300)


def test_folder_gives_one_line_per_page():
    r = run("extract", str(SAMPLES))
    assert r.returncode == 0, r.stderr.decode()
    lines = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert len(lines) == 6
    assert {d["input"].rsplit("/", 1)[-1] for d in lines} >= {"trs_wcm.html", "gongshu_justice_2022-03-17.txt"}
    assert all(d["schema_version"] == "1" and d["body"] for d in lines)


def test_bad_page_is_named_and_the_batch_goes_on(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    r = run("extract", str(empty), str(FIXTURES / "no_article.html"), str(SAMPLES / "trs_wcm.html"), "missing.html")
    assert r.returncode == 1
    err = r.stderr.decode()
    assert f"{empty}: is empty" in err
    assert "no_article.html: holds no article text" in err
    assert "missing.html: no such file or folder" in err
    assert "Traceback" not in err
    assert len(r.stdout.decode().splitlines()) == 1


def test_stdin_json_and_output_file(tmp_path):
    out = tmp_path / "out.json"
    data = (SAMPLES / "seed_hanweb.html").read_bytes()
    r = run("extract", "-", "--format", "json", "-o", str(out),
            "--url", "https://www.gongshu.gov.cn/art/2022/3/17/art_1229338765_58927512.html", stdin=data)
    assert r.returncode == 0, r.stderr.decode()
    docs = json.loads(out.read_text(encoding="utf-8"))
    assert docs[0]["url"].endswith("58927512.html") and docs[0]["region"]["adcode"] == "330105"


def test_url_with_several_pages_is_a_usage_error():
    r = run("extract", str(SAMPLES), "--url", "http://x.gov.cn/a.html")
    assert r.returncode == 2 and b"--url" in r.stderr
