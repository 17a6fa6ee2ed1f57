"""The annotated releases of evaluation sets, the arguments every training script takes, and the
training of a screen of measures (the heading model, the list model).

    for record, content in annotated_releases(paths): ...
    ap = training_arguments(__doc__, C=0.3, model="indicator_model.json")
    args = screen_arguments(__doc__, model="list_model.json", threshold=0.3, what="list").parse_args()
    train_screen(args, rows, docs, what="list", about="…", balanced=True)

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


def screen_arguments(doc: str, *, model: str, threshold: float, what: str) -> argparse.ArgumentParser:
    """training_arguments, and what every screen's training script takes besides: the threshold kept,
    the hashed feature space and where the shared scorer is (its matching rule labels the data)."""
    ap = training_arguments(doc, C=0.3, model=model)
    ap.add_argument("--threshold", type=float, default=threshold, help=f"keep a {what} scored at or above this")
    ap.add_argument("--dim", type=int, default=2 ** 18, help="hashed feature space")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval")
    return ap


def train_screen(args, rows: list, docs: dict, *, what: str, about: str, balanced: bool = False) -> None:
    """Fit a screen of measures (a logistic regression over hashed features) and write it to args.out, or
    with args.cv print five-fold figures by document. `rows`: (features, items matched, items, document id)
    of each thing screened, kept when at least half its items match annotated measures; `docs`: (measures
    predicted, matched, annotated) per document; `balanced`: weigh the two classes alike."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    from extractor.heading_model import hashed

    data, ind, ptr = [], [], [0]
    for feats, *_ in rows:
        for s in set(feats):
            ind.append(hashed(s, args.dim))
            data.append(1.0)
        ptr.append(len(ind))
    X = csr_matrix((data, ind, ptr), shape=(len(rows), args.dim))
    y = np.array([int(2 * matched >= n) for _, matched, n, _ in rows])
    print(f"{len(rows)} {what}s in {len(docs)} documents, {y.sum()} of them of annotated measures")

    def fit(X, y):
        return LogisticRegression(C=args.C, max_iter=3000, class_weight="balanced" if balanced else None).fit(X, y)

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
                  f"F1 {2 * kept_tp / (kept_pred + gold):.4f}  (dropped {int(drop.sum())} {what}s, "
                  f"{gone} items, {lost} of them measures)")
        return
    model = fit(X, y)
    weights = {str(i): round(float(w), 5) for i, w in enumerate(model.coef_[0]) if abs(w) >= 1e-5}
    out = {"about": about, "trained_on": [p.name for p in args.sets], f"{what}s": len(rows), "C": args.C,
           "dim": args.dim, "bias": round(float(model.intercept_[0]), 5), "threshold": args.threshold,
           "weights": weights}
    args.out.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights)")
