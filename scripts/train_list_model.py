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

import json
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotated_sets import annotated_releases, training_arguments  # noqa: E402 (beside this script)


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
    ap = training_arguments(__doc__, C=0.3, model="list_model.json")
    ap.add_argument("--threshold", type=float, default=0.3, help="keep a list scored at or above this")
    ap.add_argument("--dim", type=int, default=2 ** 18, help="hashed feature space")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval")
    args = ap.parse_args()

    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    from extractor.heading_model import hashed

    rows, docs = collect(args.sets, args.scorer)
    data, ind, ptr = [], [], [0]
    for feats, _, _, _ in rows:
        for s in set(feats):
            ind.append(hashed(s, args.dim))
            data.append(1.0)
        ptr.append(len(ind))
    X = csr_matrix((data, ind, ptr), shape=(len(rows), args.dim))
    y = np.array([int(2 * matched >= n) for _, matched, n, _ in rows])
    print(f"{len(rows)} numbered lists in {len(docs)} documents, {y.sum()} of them lists of annotated measures")

    def fit(X, y):
        return LogisticRegression(C=args.C, max_iter=3000, class_weight="balanced").fit(X, y)

    if args.cv:
        probs = np.zeros(len(rows))
        for train, test in GroupKFold(5).split(X, y, [r[3] for r in rows]):
            probs[test] = fit(X[train], y[train]).predict_proba(X[test])[:, 1]
        pred, tp, gold = (sum(v[k] for v in docs.values()) for k in range(3))
        print(f"rules alone:     P {tp / pred:.4f} R {tp / gold:.4f} F1 {2 * tp / (pred + gold):.4f}")
        for th in (0.2, 0.3, 0.4, 0.5):
            drop = probs < th
            lost = sum(r[1] for r, d in zip(rows, drop) if d)
            gone = sum(r[2] for r, d in zip(rows, drop) if d)
            kept_tp, kept_pred = tp - lost, pred - gone
            print(f"threshold {th:.1f}:  P {kept_tp / kept_pred:.4f} R {kept_tp / gold:.4f} "
                  f"F1 {2 * kept_tp / (kept_pred + gold):.4f}  (dropped {int(drop.sum())} lists, "
                  f"{gone} items, {lost} of them measures)")
        return
    model = fit(X, y)
    weights = {str(i): round(float(w), 5) for i, w in enumerate(model.coef_[0]) if abs(w) >= 1e-5}
    out = {"about": "list model of extractor/list_model.py, trained by scripts/train_list_model.py",
           "trained_on": [p.name for p in args.sets], "lists": len(rows), "C": args.C,
           "dim": args.dim, "bias": round(float(model.intercept_[0]), 5), "threshold": args.threshold,
           "weights": weights}
    args.out.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
