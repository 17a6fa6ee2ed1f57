"""The documentation site builds with MkDocs in strict mode (a broken link or anchor fails
it), and every relative link of the README leads to a file of the project."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def mkdocs_build(config: Path, site: Path):
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
                          capture_output=True, text=True, timeout=300)


def test_the_documentation_site_builds_strictly(tmp_path):
    out = mkdocs_build(ROOT / "mkdocs.yml", tmp_path / "site")
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "site" / "index.html").exists()
    for page in ("method", "evaluation", "performance", "design"):
        assert (tmp_path / "site" / page / "index.html").exists(), page


def test_a_broken_link_fails_the_build(tmp_path):
    copy = tmp_path / "project"
    shutil.copytree(ROOT / "docs", copy / "docs")
    shutil.copy(ROOT / "mkdocs.yml", copy / "mkdocs.yml")
    index = copy / "docs" / "index.md"
    index.write_text(index.read_text(encoding="utf-8") + "\nSee [the missing page](missing.md).\n", encoding="utf-8")
    out = mkdocs_build(copy / "mkdocs.yml", tmp_path / "site")
    assert out.returncode != 0 and "missing.md" in out.stderr, out.stderr


def readme_links():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [t for t in re.findall(r"\]\(([^)\s]+)\)", text) if "://" not in t and not t.startswith("#")]


@pytest.mark.parametrize("target", readme_links())
def test_readme_links_lead_to_files(target):
    assert (ROOT / target.split("#")[0]).exists(), f"README.md links to {target}, which does not exist"


def test_the_readme_is_short_and_opens_with_the_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < 12 * 1024
    head = text.splitlines()[:4]
    assert any(line.startswith("make demo") for line in head) and any(line.startswith("make test") for line in head)
