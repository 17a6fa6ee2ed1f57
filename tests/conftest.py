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
