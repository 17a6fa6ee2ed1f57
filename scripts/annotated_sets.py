"""The annotated releases of evaluation sets, for the training scripts.

    for record, content in annotated_releases(paths): ...

`content` is what the extractor takes: a page's HTML (decoded from `html_b64` when the set
stores it so) or a text dump's text.
"""
from __future__ import annotations

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
