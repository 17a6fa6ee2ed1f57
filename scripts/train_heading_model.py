#!/usr/bin/env python3
"""Train the heading model (extractor/heading_model.py) on annotated releases.

    python scripts/train_heading_model.py [--cv] [--C 0.3] [--threshold 0.4] [SET.jsonl ...]

Runs the extractor over the sets (the real development part by default) with every unnumbered
heading kept, labels each heading by whether it matches an annotated measure (the scorer's
rule: title character F1 at least 0.6, greedily), and fits a logistic regression over the
hashed features. --cv prints five-fold cross-validated measure figures by document (the
threshold is chosen by them); otherwise the model is written to
extractor/data/heading_model.json. Needs scikit-learn (`pip install -e .[train]`) and the
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
    """(features, label, document id) of every unnumbered heading the rules find, and per
    document (measures predicted, matched, annotated)."""
    sys.path.insert(0, str(scorer_dir))
    from score import char_f1, greedy  # the scorer's matching rule

    import extractor.measures as measures
    from extractor import extract
    from extractor.heading_model import heading_features

    seen: list[dict] = []

    def keep_all(titles, body):
        seen.append(heading_features(titles, body))
        return [True] * len(titles)

    measures.heads_measures = keep_all
    rows, docs = [], {}
    for g, content in annotated_releases(paths):
        seen.clear()
        doc = extract(content, url=g.get("url"))
        feats = seen[-1] if seen else {}
        gold = g.get("measures") or []
        pairs = greedy(gold, [asdict(m) for m in doc.measures],
                       lambda a, b: char_f1(a["title"], b.get("title") or "") >= 0.6)
        matched = {b["index"] for _, b in pairs}
        for i, m in enumerate(doc.measures):
            if i in feats:
                rows.append((feats[i], m.index in matched, g["id"]))
        docs[g["id"]] = (len(doc.measures), len(pairs), len(gold))
    return rows, docs


def main() -> None:
    args = screen_arguments(__doc__, model="heading_model.json", threshold=0.4, what="heading").parse_args()
    rows, docs = collect(args.sets, args.scorer)
    rows = [(feats, int(ok), 1, doc_id) for feats, ok, doc_id in rows]  # (a heading: one item)
    train_screen(args, rows, docs, what="heading", balanced=False,
                 about="heading model of extractor/heading_model.py, trained by scripts/train_heading_model.py")


if __name__ == "__main__":
    main()
