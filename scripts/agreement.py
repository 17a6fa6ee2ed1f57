#!/usr/bin/env python3
"""Agreement of two independent annotations of the same releases, figure by figure.

    python scripts/agreement.py samples/eval/agreement/second_annotation.jsonl samples/eval/real_*.jsonl

The second annotator's records carry the first one's id with `-2` appended. Each pair is
scored with ../shared/eval/score.py as if the second annotation were the extractor's
output and the first the gold, so the figures read like the extractor's (F1 figures are
symmetric; the agreement rates are taken over the first annotator's items).
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
from score import load, score  # noqa: E402


if __name__ == "__main__":
    second_path, *first_paths = sys.argv[1:]
    second = {d["id"].removesuffix("-2"): d for d in load([second_path])}
    firsts = [d for d in load(first_paths) if d["id"] in second]
    by_content = {}
    for d in firsts:
        by_content[d.get("html") or d.get("text")] = second[d["id"]]
    fig, _ = score(firsts, lambda content, url=None: by_content[content])
    print(f"pairs {len(firsts)}")
    for k, v in fig.items():
        if k not in ("seconds", "documents"):
            print(f"{k:<20} {v}")
