"""Score the statistic ids the extractor gives against a labels file.

    python scripts/score_statistics.py samples/eval/statistics_labels.jsonl
    python scripts/score_statistics.py LABELS.jsonl --releases A.jsonl B.jsonl --misses

The labels file is JSON Lines, one labelled metric a line (docs/statistics.md, "Labels"):
`doc` (the release's id in its releases file), `text`, `value`, `unit` (as RECORDS.md
gives them), `statistic` (the gold id, or null for a number that reports no statistic of
the vocabulary), and optionally `position` (its place among the release's gold metrics)
and `set`. The releases are read from the releases files (the evaluation sets' format:
`id`, `url`, `text`, `html` or `html_b64`); each is extracted as `shared/eval/score.py` does
and its metrics are matched to the labelled ones of the same release by value and unit
(the contract's matching; text breaks ties).

Printed: the two pair figures of the comparable-statistics target,
- same statistic, same id: of pairs of labelled metrics from different releases that
  measure the same statistic (same gold id), the share that get the same (non-null) id;
- same id, same statistic: of pairs from different releases that get the same id, the
  share that measure the same statistic;
and, per metric, how often the id equals the gold one. A labelled metric the extractor
did not find has no id.
"""
from __future__ import annotations

import argparse
import base64
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RELEASES = [ROOT.parent / "shared" / "eval" / "dev" / "releases.jsonl",
                    *sorted((ROOT / "samples" / "eval").glob("authored_*.jsonl")),
                    *sorted((ROOT / "samples" / "eval").glob("real_*.jsonl"))]


def read_jsonl(path: Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"score_statistics: {path}:{n}: not JSON ({exc.msg})")
    return out


def check_label(label: dict, where: str):
    for key in ("doc", "value", "unit", "statistic"):
        if key not in label:
            raise SystemExit(f"score_statistics: {where}: a label lacks `{key}`")


def same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def match(labels: list[dict], predicted: list[dict]) -> list[dict | None]:
    """For each label (in order), the predicted metric it matches, or None: same value and
    unit, the same text first, each predicted metric used once."""
    used = set()
    out = []
    for lab in labels:
        best = None
        for j, p in enumerate(predicted):
            if j in used or p["unit"] != lab["unit"] or not same_value(p["value"], float(lab["value"])):
                continue
            if best is None or (p["text"] == lab.get("text") and predicted[best]["text"] != lab.get("text")):
                best = j
            if p["text"] == lab.get("text"):
                break
        if best is not None:
            used.add(best)
        out.append(predicted[best] if best is not None else None)
    return out


def pair_figures(rows: list[tuple[str, str | None, str | None]]) -> dict:
    """rows: (doc, gold id, predicted id). Pairs are counted across different documents."""
    by_gold = defaultdict(Counter)
    by_pred = defaultdict(Counter)
    for doc, gold, pred in rows:
        if gold:
            by_gold[gold][(doc, pred)] += 1
        if pred:
            by_pred[pred][(doc, gold)] += 1

    def cross_pairs(counter: Counter, good) -> tuple[int, int]:
        items = list(counter.items())
        total = hit = 0
        for i, ((d1, x1), n1) in enumerate(items):
            for (d2, x2), n2 in items[i:]:
                if (d1, x1) == (d2, x2):
                    continue  # the same document and outcome: pairs within one release do not count
                if d1 == d2:
                    continue
                total += n1 * n2
                if good(x1, x2):
                    hit += n1 * n2
        return hit, total

    rec_hit = rec_n = prec_hit = prec_n = 0
    for gold, counter in by_gold.items():
        h, n = cross_pairs(counter, lambda a, b: a is not None and a == b)
        rec_hit, rec_n = rec_hit + h, rec_n + n
    for pred, counter in by_pred.items():
        h, n = cross_pairs(counter, lambda a, b: a is not None and a == b)
        prec_hit, prec_n = prec_hit + h, prec_n + n
    return {"same_statistic_same_id": (rec_hit / rec_n if rec_n else None, rec_hit, rec_n),
            "same_id_same_statistic": (prec_hit / prec_n if prec_n else None, prec_hit, prec_n)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("labels")
    ap.add_argument("--releases", nargs="+", type=Path, help="releases files (default: the development and authored sets)")
    ap.add_argument("--misses", action="store_true", help="list every labelled metric whose id differs")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from extractor import extract

    labels = read_jsonl(Path(args.labels))
    for n, lab in enumerate(labels, 1):
        check_label(lab, f"{args.labels}:{n}")
    releases = {}
    for path in args.releases or [p for p in DEFAULT_RELEASES if p.exists()]:
        for r in read_jsonl(path):
            releases[r["id"]] = r
    wanted = defaultdict(list)
    for lab in labels:
        wanted[lab["doc"]].append(lab)
    missing = sorted(set(wanted) - set(releases))
    if missing:
        print(f"score_statistics: no release for {len(missing)} labelled documents ({', '.join(missing[:5])}…); "
              f"give --releases", file=sys.stderr)
    rows, misses = [], []
    for doc_id, labs in wanted.items():
        r = releases.get(doc_id)
        if r is None:
            continue
        labs = sorted(labs, key=lambda x: x.get("position", 0))
        content = base64.b64decode(r["html_b64"]) if r.get("html_b64") else r.get("html") or r.get("text")
        try:
            doc = extract(content, url=r.get("url"))
            predicted = [{"text": m.text, "value": m.value, "unit": m.unit, "indicator": m.indicator,
                          "statistic": m.statistic} for m in doc.metrics]
        except Exception as exc:  # noqa: BLE001 - a page that fails is a miss for all its labels
            print(f"score_statistics: {doc_id}: could not be extracted ({type(exc).__name__}: {exc})", file=sys.stderr)
            predicted = []
        for lab, p in zip(labs, match(labs, predicted)):
            pred = p["statistic"] if p else None
            rows.append((doc_id, lab["statistic"], pred))
            if pred != lab["statistic"]:
                misses.append((doc_id, lab.get("text"), lab.get("indicator"), p["indicator"] if p else "(not found)",
                               lab["statistic"], pred))
    figures = pair_figures(rows)
    agree = sum(1 for _, g, p in rows if g == p)
    labelled = sum(1 for _, g, _ in rows if g)
    print(f"labelled metrics: {len(rows)} in {len({d for d, _, _ in rows})} releases; {labelled} with an id, "
          f"{len({g for _, g, _ in rows if g})} distinct ids")
    for key, label in (("same_statistic_same_id", "pairs measuring the same statistic that get the same id"),
                       ("same_id_same_statistic", "pairs getting the same id that measure the same statistic")):
        value, hit, n = figures[key]
        shown = f"{value:.4f}" if value is not None else "n/a"
        print(f"{label}: {shown} ({hit} of {n})")
    print(f"metrics whose id equals the gold id (null included): {agree / len(rows):.4f} ({agree} of {len(rows)})"
          if rows else "no labelled metric")
    if args.misses:
        for doc_id, text, gold_ind, pred_ind, gold, pred in misses:
            print(f"  {doc_id} {text} [{gold_ind} | {pred_ind}] gold={gold} got={pred}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
