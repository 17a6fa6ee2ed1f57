"""Runs the atheris harness for a bounded number of inputs, seeded with the bundled pages."""
import shutil
import subprocess
import sys

from conftest import ROOT, SAMPLES


def test_atheris_finds_nothing(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for p in list(SAMPLES.glob("*.html"))[:3] + [SAMPLES / "gongshu_justice_2022-03-17.txt"]:
        shutil.copy(p, seeds)
    r = subprocess.run([sys.executable, str(ROOT / "tests" / "fuzz" / "fuzz_extract.py"), "-runs=3000", "-max_total_time=40",
                        "-max_len=8192", "-timeout=30", str(seeds)], capture_output=True, timeout=600, cwd=tmp_path)
    assert r.returncode == 0, r.stderr.decode()[-3000:]
