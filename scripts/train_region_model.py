#!/usr/bin/env python3
"""Train the region model (extractor/region_model.py) on annotated releases.

    python scripts/train_region_model.py [--cv] [--C 1.0] [--margin 0.5] [SET.jsonl ...]

Runs the extractor over the sets (the real development part by default), keeps for every
release the candidates the region rules weighed with their features and the rules' answer,
and fits a ranking model over the named features: a logistic regression, without intercept,
over the differences between the candidate whose code is the annotated adcode and each other
candidate of the release (only the order of a release's candidates matters). --cv prints
five-fold cross-validated region accuracy by document for several margins, of this model and
of the binary one it replaced (each candidate on its own, right or wrong; the margin is chosen by
them); otherwise the model is written to
extractor/data/region_model.json. Needs scikit-learn (`pip install -e .[train]`).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotated_sets import annotated_releases, training_arguments  # noqa: E402 (beside this script)


def collect(paths: list[Path], cases: set[str]):
    """Per release with an annotated adcode: (id, gold adcode, the rules' adcode, [(features,
    candidate adcode, is the rules' answer, lies under it)])."""
    import extractor.region as region
    import extractor.region_model as region_model
    from extractor import extract

    seen: list = []

    def record(rule, reading, ancestors):
        found = region_model.candidate_features(rule, reading, ancestors) \
            if rule is not None and reading.score and reading.case in cases else []
        seen.append([(f, c.region().adcode, c == rule, region_model.under(c, rule, ancestors)) for c, f in found])
        return rule

    region.region_model.choose = record
    docs = []
    for g, content in annotated_releases(paths):
        gold = (g.get("region") or {}).get("adcode")
        if not gold:
            continue
        seen.clear()
        doc = extract(content, url=g.get("url"))
        docs.append((g["id"], gold, doc.region.adcode, seen[-1] if seen else []))
    return docs


def main() -> None:
    ap = training_arguments(__doc__, C=1.0, model="region_model.json")
    ap.add_argument("--margin", type=float, default=0.5, help="logit by which a candidate must beat the rules' answer")
    ap.add_argument("--cases", default="vote,within_source",
                    help="the cases of the rules (region.py's _decided) the model may overrule")
    args = ap.parse_args()

    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    cases = set(args.cases.split(","))
    docs = collect(args.sets, cases)
    rows = [(f, code == gold, i, code, is_rule, below) for i, gold, _, cands in docs for f, code, is_rule, below in cands]
    vec = DictVectorizer()
    X = vec.fit_transform([r[0] for r in rows])
    y = np.array([int(r[1]) for r in rows])
    groups = [r[2] for r in rows]
    print(f"{len(docs)} releases with an annotated region, {len(rows)} candidates; "
          f"rules right on {sum(r == g for _, g, r, _ in docs)}")

    def fit_ranking(train):
        """The right candidate of each release against each wrong one (the differences of their features)."""
        from scipy.sparse import vstack
        by_release: dict = {}
        for k in train:
            by_release.setdefault(rows[k][2], []).append(k)
        better, worse = [], []
        for ks in by_release.values():
            for a in ks:
                if y[a]:
                    better += [a] * sum(1 for b in ks if not y[b])
                    worse += [b for b in ks if not y[b]]
        diff = X[better] - X[worse]
        return LogisticRegression(C=args.C, max_iter=5000, fit_intercept=False).fit(
            vstack([diff, -diff]), np.r_[np.ones(len(better)), np.zeros(len(better))])

    def report(name, logits):
        by_doc: dict = {}
        for r, s in zip(rows, logits):
            if not r[5]:  # (never a place under the rules' answer, as the model chooses)
                by_doc.setdefault(r[2], []).append((s, r[3], r[4]))
        for margin in (0.0, 0.5, 1.0, 1.5, 2.0, 3.0):
            right = 0
            for i, gold, ruled, _ in docs:
                cands = by_doc.get(i)
                choice = ruled
                if cands:
                    best = max(cands, key=lambda c: c[0])
                    rule_s = next((s for s, _, is_rule in cands if is_rule), None)
                    if rule_s is not None and best[0] > rule_s + margin:
                        choice = best[1]
                right += choice == gold
            print(f"{name}, margin {margin:.1f}: region right on {right} of {len(docs)} ({right / len(docs):.4f})")

    if args.cv:
        for name in ("binary", "ranking"):
            logits = np.zeros(len(rows))
            for train, test in GroupKFold(5).split(X, y, groups):
                fit = fit_ranking(train) if name == "ranking" else LogisticRegression(C=args.C, max_iter=5000).fit(X[train], y[train])
                logits[test] = fit.decision_function(X[test])
            report(name, logits)
        return

    fit = fit_ranking(range(len(rows)))
    weights = {name: round(float(w), 5) for name, w in zip(vec.get_feature_names_out(), fit.coef_[0]) if abs(w) >= 1e-5}
    model = {"about": "region model of extractor/region_model.py, trained by scripts/train_region_model.py",
             "trained_on": [p.name for p in args.sets], "releases": len(docs), "candidates": len(rows),
             "overrules": sorted(cases), "C": args.C, "bias": 0.0, "margin": args.margin,
             "weights": dict(sorted(weights.items()))}
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
