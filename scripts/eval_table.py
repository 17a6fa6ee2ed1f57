#!/usr/bin/env python3
"""Print the figures of several gold sets side by side as a Markdown table.

    python scripts/eval_table.py blind=samples/eval/real_blind.jsonl dev=samples/eval/real_dev.jsonl

Each argument is NAME=FILE[,FILE…]; the figures are those of ../shared/eval/score.py.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from score import load, score  # noqa: E402

FIGURES = ["metric.f1", "metric.indicator", "metric.period", "metric.change", "date.f1", "date.resolved",
           "measure.f1", "measures_declared", "meta.title", "meta.published_at", "meta.source", "meta.adcode",
           "body.char_f1>=0.95"]


def main(args):
    from extractor import extract

    columns = []
    for arg in args:
        name, _, files = arg.partition("=")
        docs = load(files.split(","))
        fig, _ = score(docs, extract)
        columns.append((f"{name} ({len(docs)})", fig))
    print("| figure | " + " | ".join(n for n, _ in columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for f in FIGURES:
        cells = [fig.get(f) for _, fig in columns]
        if all(c is None for c in cells):
            continue
        print(f"| {f} | " + " | ".join("–" if c is None else f"{c:.3f}" for c in cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
