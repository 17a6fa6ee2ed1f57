#!/usr/bin/env python3
"""Split annotated real releases into a development part and a blind part.

    python scripts/split_real.py samples/eval/staging/*.jsonl [--read FILE ...]

A record goes to the blind part when the SHA-1 of its id falls in the first two fifths
(a fixed rule decided before any record was read, so nobody chooses which documents are
blind). The records of files given after --read go to the development part whatever their
hash: pages whose extractor output was read before they were annotated (the probe pages),
and, when new records are added, the development part as it stands:

    python scripts/split_real.py samples/eval/real_blind*.jsonl NEW.jsonl --read samples/eval/real_dev*.jsonl

(copy the current files aside first: they are rewritten). Text dumps go to real_dev.jsonl / real_blind.jsonl, HTML pages to
real_dev_html.jsonl / real_blind_html.jsonl, in samples/eval/.
"""
import hashlib
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "samples" / "eval"


def is_blind(doc_id: str) -> bool:
    return int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 5 < 2


def main(args):
    read = set(args[args.index("--read") + 1:]) if "--read" in args else set()
    paths = [a for a in args if a != "--read"]
    parts = {}
    for path in paths:
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            doc = json.loads(line)
            html = bool(doc.get("html") or doc.get("html_b64"))
            blind = is_blind(doc["id"]) and path not in read
            name = ("real_blind" if blind else "real_dev") + ("_html" if html else "")
            parts.setdefault(name, []).append(doc)
    for name, docs in sorted(parts.items()):
        docs.sort(key=lambda d: d["id"])
        with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"{name}.jsonl: {len(docs)} documents")


if __name__ == "__main__":
    main(sys.argv[1:])
