#!/usr/bin/env python3
"""Train the list model (extractor/list_model.py) on annotated releases.

    python scripts/train_list_model.py [--cv] [--C 0.3] [--threshold 0.3] [SET.jsonl ...]

Runs the extractor over the sets (the real development part by default) with every numbered
list kept, labels each list by whether at least half its items match annotated measures (the
scorer's rule: title character F1 at least 0.6, greedily), and fits a logistic regression over
the hashed features, the two classes weighed alike. --cv prints five-fold cross-validated
measure figures by document (the threshold is chosen by them); otherwise the model is written
to extractor/data/list_model.json. Needs scikit-learn (`pip install -e .[train]`) and the
shared scorer (../shared/eval/score.py, for its matching rule).
"""
from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotated_sets import annotated_releases, screen_arguments, train_screen  # noqa: E402 (beside this script)


def collect(paths: list[Path], scorer_dir: Path):
    """(features, items matched, items, document id) of every numbered list the rules find, and
    per document (measures predicted, matched, annotated)."""
    sys.path.insert(0, str(scorer_dir))
    from score import char_f1, greedy  # the scorer's matching rule

    import extractor.measures as measures
    from extractor import extract
    from extractor.list_model import list_features

    seen: list[list] = []

    def keep_all(items, body, title):
        seen.append([(run, feats, [items[i][2] for i in run]) for run, feats in list_features(items, body, title)])
        return [True] * len(items)

    measures.lists_measures = keep_all
    rows, docs = [], {}
    for g, content in annotated_releases(paths):
        seen.clear()
        doc = extract(content, url=g.get("url"))
        gold = g.get("measures") or []
        pairs = greedy(gold, [asdict(m) for m in doc.measures],
                       lambda a, b: char_f1(a["title"], b.get("title") or "") >= 0.6)
        matched = {b["start"] for _, b in pairs}
        kept = {m.start for m in doc.measures}
        for _, feats, starts in (seen[-1] if seen else []):
            if all(s in kept for s in starts):
                rows.append((feats, sum(s in matched for s in starts), len(starts), g["id"]))
        docs[g["id"]] = (len(doc.measures), len(pairs), len(gold))
    return rows, docs


def main() -> None:
    args = screen_arguments(__doc__, model="list_model.json", threshold=0.3, what="list").parse_args()
    rows, docs = collect(args.sets, args.scorer)
    train_screen(args, rows, docs, what="list", balanced=True,
                 about="list model of extractor/list_model.py, trained by scripts/train_list_model.py")


if __name__ == "__main__":
    main()
