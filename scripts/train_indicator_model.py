#!/usr/bin/env python3
"""Train the indicator model (extractor/indicator_model.py) on annotated releases.

    python scripts/train_indicator_model.py [--cv] [--C 0.3] [--overlap 0.5] [--bounds-margin 2] [SET.jsonl ...]

Runs the extractor over the sets (the real development text dumps by default) with the model
switched off, pairs its numbers with the annotated ones (the scorer's rule: same value and unit,
greedily), and compares the readings of each paired number's clause: the best of them (the one
nearest the annotation, when its character F1 with the annotated indicator is at least 0.5, what
the scorer counts right) against each reading further from the annotation (by more than --gap
of character F1: not only those the scorer would count wrong, so that a reading which merely
passes is not learned as good as the nearest one). The model ranks: an
L1-regularised logistic regression, without intercept, over the differences of the two
readings' features learns which of a pair is the better reading (only the order of a number's
readings matters, so scores are not pulled toward 0 or 1 across numbers). --cv prints five-fold
cross-validated agreement with the annotators and mean character F1, by document, for the rules
alone, for the binary model this ranking replaced (each reading on its own: the best one or not) and
for the ranking model under several gates (the gates are chosen by them); otherwise the model
and its gates are written to
extractor/data/indicator_model.json. Needs scikit-learn (`pip install -e .[train]`) and the
shared scorer (../shared/eval/score.py).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotated_sets import annotated_releases, training_arguments  # noqa: E402 (beside this script)


def collect(paths: list[Path], scorer_dir: Path):
    """Per paired number with an annotated indicator and a rules' answer: (the features of each
    reading, each reading's character F1 with the annotation, the rules' answer's position among
    them, the document's id, the readings, the number's kind)."""
    sys.path.insert(0, str(scorer_dir))
    from score import as_dict, char_f1, greedy, norm_unit, same_value  # the scorer's rules

    import extractor.indicator_model as im
    from extractor import extract
    from extractor.script import simplified

    seen: list[tuple] = []

    def record(body, segs, raws, dates):  # the rules' answers, left as they are
        seen.append((body, segs, dates, [(r.metric.start, r.metric.end, r.metric.kind, r.metric.unit, r.metric.indicator)
                                  for r in raws]))

    im.choose = record
    groups = []
    for g, content in annotated_releases(paths):
        seen.clear()
        try:
            out = as_dict(extract(content, url=g.get("url")))
        except Exception as exc:  # (a page the extractor refuses is no training data)
            print(f"{g['id']}: skipped ({exc})", file=sys.stderr)
            continue
        if not seen:
            continue
        body, segs, dates, numbers = seen[-1]
        by_start = {n[0]: (n, k) for k, n in enumerate(numbers)}
        spans = [SimpleNamespace(start=n[0], end=n[1]) for n in numbers]
        pairs = greedy(g.get("metrics") or [], out.get("metrics") or [],
                       lambda a, b: same_value(a["value"], b.get("value")) and norm_unit(a["unit"]) == norm_unit(b.get("unit")),
                       prefer=lambda a, b: char_f1(a.get("indicator") or "", b.get("indicator") or "")
                       + char_f1(a.get("text") or "", b.get("text") or ""))
        for a, b in pairs:
            found = by_start.get(b.get("start"))
            if not a.get("indicator") or found is None or not found[0][4]:
                continue
            (start, end, kind, unit, rule), k = found
            gold = simplified(a["indicator"])
            options = im.number_readings(body, segs, start, end, kind, unit or "", rule, *im.neighbours(spans, k), dates)
            texts = list(options)
            f1 = [char_f1(gold, t) for t in texts]
            groups.append((list(options.values()), f1, texts.index(rule), g["id"], texts, kind))
    return groups


def main() -> None:
    ap = training_arguments(__doc__, C=0.3, model="indicator_model.json", sets=[ROOT / "samples/eval/real_dev.jsonl"])
    ap.add_argument("--margin", type=float, default=0.0, help="a reading replaces the rules' answer "
                    "when it scores this much above it")
    ap.add_argument("--bounds-margin", type=float, default=2.0, help="a reading that only cuts the rules' answer "
                    "shorter or runs it longer replaces it when it scores this much above it")
    ap.add_argument("--kinds", default="count,percent", help="the kinds of number whose indicator the model may change")
    ap.add_argument("--overlap", type=float, default=0.5, help="a reading replaces the rules' answer only when "
                    "the two share less than this of their characters (another phrase, not other bounds)")
    ap.add_argument("--slack", type=float, default=0.0, help="(the binary model of --cv) a reading is a positive example when its character "
                    "F1 with the annotated indicator is at least 0.5 and within this of the best reading's")
    ap.add_argument("--gap", type=float, default=0.05, help="the best reading is ranked above each reading whose "
                    "character F1 with the annotated indicator is lower by more than this")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval")
    args = ap.parse_args()

    import numpy as np
    from scipy.sparse import csr_matrix, vstack
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    import extractor.indicator_model as im

    groups = collect(args.sets, args.scorer)
    vocabulary: dict[str, int] = {}
    ind, ptr, y, owner = [], [0], [], []
    for k, (feats, f1, _, _, _, _) in enumerate(groups):
        best = max(f1)
        for fs, score in zip(feats, f1):
            ind.extend(sorted({vocabulary.setdefault(s, len(vocabulary)) for s in fs}))
            ptr.append(len(ind))
            y.append(int(score >= 0.5 and score >= best - args.slack))  # (the readings nearest the annotated one)
            owner.append(k)
    X = csr_matrix((np.ones(len(ind)), ind, ptr), shape=(len(y), len(vocabulary)))
    y, owner = np.array(y), np.array(owner)
    print(f"{len(groups)} numbers with an annotated indicator, {len(y)} readings")

    first = np.searchsorted(owner, np.arange(len(groups)))  # (each number's first reading)

    def fit_binary(rows):
        return LogisticRegression(C=args.C, l1_ratio=1, solver="liblinear", max_iter=3000, random_state=0).fit(X[rows], y[rows])

    def fit(numbers):
        """The ranking model over the numbers given: the best reading of each against each reading
        further from the annotation by more than `gap`."""
        better, worse = [], []
        for k in numbers:
            f1 = groups[k][1]
            best = max(range(len(f1)), key=f1.__getitem__)
            if f1[best] >= 0.5:
                for j, score in enumerate(f1):
                    if score < f1[best] - args.gap:
                        better.append(first[k] + best)
                        worse.append(first[k] + j)
        diff = X[better] - X[worse]
        return LogisticRegression(C=args.C, l1_ratio=1, solver="liblinear", max_iter=3000, random_state=0,
                                  fit_intercept=False).fit(vstack([diff, -diff]), np.r_[np.ones(len(better)), np.zeros(len(better))])

    if args.cv:
        scores, binary = np.zeros(len(y)), np.zeros(len(y))
        docs = np.array([g[3] for g in groups])
        for train, test in GroupKFold(5).split(np.zeros(len(groups)), groups=docs):
            rows_train, rows_test = np.isin(owner, train), np.isin(owner, test)
            binary[rows_test] = fit_binary(rows_train).decision_function(X[rows_test])
            scores[rows_test] = fit(train).decision_function(X[rows_test])

        def figures(pick):
            chosen = [f1[pick(k, rule, len(f1))] for k, (_, f1, rule, _, _, _) in enumerate(groups)]
            return sum(f >= 0.5 for f in chosen) / len(groups), sum(chosen) / len(groups)

        right, mean = figures(lambda k, rule, n: rule)
        print(f"rules alone:  indicator {right:.4f}  (mean character F1 {mean:.4f})")
        kinds = set(args.kinds.split(","))
        for name, scored, overlap, bounds in (("binary", binary, 0.5, 1.5), ("binary", binary, 1.01, 0.0),
                                              ("ranking", scores, 0.5, 1.5), ("ranking", scores, 0.5, 2.0),
                                              ("ranking", scores, 1.01, 1.5), ("ranking", scores, 1.01, 0.0)):
            config = {"margin": args.margin, "overlap": overlap, "bounds_margin": bounds}

            def pick(k, rule, n, config=config, scored=scored):
                s = scored[first[k]:first[k] + n]
                best = int(s.argmax())
                texts = groups[k][4]
                kind_ok = groups[k][5] in kinds
                return best if kind_ok and im.replaces(texts[best], texts[rule], s[best] - s[rule], config) else rule
            right, mean = figures(pick)
            print(f"{name}, overlap < {overlap:.2f}, bounds margin {bounds:.2f}:  indicator {right:.4f}  "
                  f"(mean character F1 {mean:.4f})")
        return
    model = fit(np.arange(len(groups)))
    names = sorted(vocabulary, key=vocabulary.get)
    weights = {names[i]: round(float(w), 5) for i, w in enumerate(model.coef_[0]) if abs(w) >= 1e-5}
    out = {"about": "indicator model of extractor/indicator_model.py, trained by scripts/train_indicator_model.py",
           "trained_on": [p.name for p in args.sets], "numbers": len(groups), "C": args.C,
           "bias": 0.0, "margin": args.margin, "overlap": args.overlap,
           "bounds_margin": args.bounds_margin, "kinds": sorted(args.kinds.split(",")),
           "weights": weights}
    args.out.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
