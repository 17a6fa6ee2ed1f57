"""`govnews demo`: the whole path on the bundled samples, ending with where the outputs are
and the one command to browse them."""
import subprocess
import sys

import pandas as pd


def test_demo_writes_the_corpus_chart_and_exports_and_names_the_next_command(tmp_path):
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "govnews.cli", "demo", "--out", str(out), "--no-progress"],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "14 new, 2 duplicate" in run.stderr
    assert "拱墅区              97.7%         98.3%" in run.stdout
    for name in ("corpus.db", "调解成功率.png", "metrics.csv", "metrics.parquet", "metrics.dta"):
        assert (out / name).stat().st_size > 1000, name
        assert str(out / name) in run.stdout, name
    assert len(pd.read_parquet(out / "metrics.parquet")) == len(pd.read_csv(out / "metrics.csv")) > 100
    assert run.stdout.rstrip().splitlines()[-1].strip().endswith(f"serve --db {out / 'corpus.db'}")


def test_demo_without_its_samples_names_the_folder_and_the_fix(tmp_path):
    run = subprocess.run([sys.executable, "-m", "govnews.cli", "demo", "--samples", str(tmp_path / "none"),
                          "--out", str(tmp_path / "out")], capture_output=True, text=True, timeout=120)
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert f"{tmp_path / 'none' / 'corpus'}: no such folder" in run.stderr and "--samples DIR" in run.stderr
