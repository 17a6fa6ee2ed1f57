"""The annotated releases of evaluation sets, and the arguments every training script takes.

    for record, content in annotated_releases(paths): ...
    ap = training_arguments(__doc__, C=0.3, model="heading_model.json")

`content` is what the extractor takes: a page's HTML (decoded from `html_b64` when the set
stores it so) or a text dump's text.
"""
from __future__ import annotations

import argparse
import base64
import json
from pathlib import Path
from typing import Iterator


def annotated_releases(paths: list[Path]) -> Iterator[tuple[dict, bytes | str]]:
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            content = base64.b64decode(record["html_b64"]) if record.get("html_b64") \
                else record.get("html") or record.get("text")
            yield record, content


ROOT = Path(__file__).resolve().parent.parent
DEVELOPMENT_SETS = [ROOT / "samples/eval/real_dev.jsonl", ROOT / "samples/eval/real_dev_html.jsonl"]


def training_arguments(doc: str, *, C: float, model: str, sets: list[Path] = DEVELOPMENT_SETS) -> argparse.ArgumentParser:
    """A parser of what every training script takes: the sets to train on, the regularisation,
    --cv for cross-validated figures instead of a model, and where the model goes
    (extractor/data/`model`); each script adds its own."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", type=Path, default=sets)
    ap.add_argument("--C", type=float, default=C, help="inverse regularisation strength")
    ap.add_argument("--cv", action="store_true", help="print cross-validated figures instead of writing the model")
    ap.add_argument("--out", type=Path, default=ROOT / "extractor" / "data" / model)
    return ap
