#!/usr/bin/env python3
"""Pages per second of govnews' extract() beside GNE and trafilatura on the same pages.

    python bench/bench_extract.py [--rounds N] [--no-scaling] [PAGES_DIR ...]

Prints, for two sets of pages: for each tool, pages per second (every tool gets the same
decoded HTML strings) and peak traced memory, the ratio to a bare lxml parse of the same pages
(the floor no HTML extractor can beat) and to GNE. The sets: the real article pages of the
evaluation sets (samples/eval/real_*_html.jsonl: government and official-media pages as
published, with their navigation, 14-470 KB), and the small bundled pages (samples/pages,
samples/corpus: 5-10 KB, written for the project, dense with statistics). Then how full
extraction time grows with page size (1 KB to 5 MB). Figures, not pass/fail: the tests never
time anything. PAGES_DIR arguments replace both sets with the .html files of those folders.
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_pages(*folders: Path) -> list[str]:
    from extractor.decode import decode

    return [decode(p.read_bytes()).text for folder in folders for p in sorted(Path(folder).glob("*.html"))]


def load_real_pages() -> list[str]:
    """The HTML pages of the real evaluation sets, decoded as a crawl would decode them."""
    import base64
    import json

    from extractor.decode import decode

    pages = []
    for path in sorted((ROOT / "samples" / "eval").glob("real_*_html.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                raw = base64.b64decode(doc["html_b64"]) if doc.get("html_b64") else doc["html"].encode("utf-8")
                pages.append(decode(raw).text)
    return pages


def cold(fn):
    """Clear the extractor's caches of texts before each call: every page is new to it, as
    in a crawl (the benchmark repeats the same pages). Caches of dictionary facts (a word's
    tag, a compiled rule) stay."""
    from extractor.indicator import clean, tags
    from extractor.lines import classify
    from extractor.numbers import parse_number
    from extractor.statistic import normalise, tails, variants
    from extractor.taxonomy import categorise
    caches = (tags, clean, classify, parse_number, categorise, normalise, variants, tails)

    def run(html):
        for cache in caches:
            cache.cache_clear()
        return fn(html)
    return run


def tools():
    from lxml import etree

    from extractor import extract

    parser = etree.HTMLParser()
    out = {
        "lxml parse (floor)": lambda html: etree.fromstring(html, parser),
        "govnews body+metadata": cold(lambda html: extract(html, records=False)),
        "govnews full (records)": cold(lambda html: extract(html)),
    }
    try:
        from gne import GeneralNewsExtractor

        gne = GeneralNewsExtractor()
        out["GNE (body only)"] = lambda html: gne.extract(html)
    except ImportError:
        print("GNE not installed: pip install '.[bench]'", file=sys.stderr)
    try:
        import trafilatura

        out["trafilatura"] = lambda html: trafilatura.bare_extraction(html, with_metadata=True)
    except ImportError:
        print("trafilatura not installed: pip install '.[bench]'", file=sys.stderr)
    return out


def measure(tools: dict, pages, rounds, repeats=7) -> dict:
    """For each tool, (pages per second, peak traced bytes): the best of `repeats` runs of
    `rounds` passes over the pages, in CPU seconds of this process (steadier than wall time
    on a shared machine). The tools take turns, one run each per repeat, so a slow spell of
    the machine falls on all of them alike and the ratios between them hold."""
    failed = set()
    for name, fn in tools.items():
        for k, html in enumerate(pages):  # warm up: imports, dictionaries, caches
            try:
                fn(html)
            except Exception as e:  # (GNE fails on some pages: every tool gets the pages all take)
                print(f"  {name} fails on page {k + 1} ({type(e).__name__}: {e}); the page is left out", file=sys.stderr)
                failed.add(k)
    pages = [html for k, html in enumerate(pages) if k not in failed]
    best = {name: float("inf") for name in tools}
    names = list(tools)
    for r in range(repeats):
        for name in names[r % len(names):] + names[:r % len(names)]:
            fn = tools[name]
            gc.collect()
            started = time.process_time()
            for _ in range(rounds):
                for html in pages:
                    fn(html)
            best[name] = min(best[name], time.process_time() - started)
    n = rounds * len(pages)
    out = {}
    for name, fn in tools.items():
        tracemalloc.start()
        for html in pages:
            fn(html)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        out[name] = (n / best[name], peak)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", nargs="*", help="folders of .html pages (default: the two sets above)")
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--no-scaling", action="store_true", help="skip the page-size table")
    args = ap.parse_args()
    if args.pages:
        sets = [("pages of " + ", ".join(args.pages), load_pages(*args.pages), args.rounds)]
    else:
        # (the real pages are 13 times the size of the sample pages: a third of the passes)
        sets = [("real article pages of the evaluation sets", load_real_pages(), max(1, args.rounds // 3)),
                ("bundled sample pages", load_pages(ROOT / "samples" / "pages", ROOT / "samples" / "corpus"),
                 args.rounds)]
    for label, pages, rounds in sets:
        table(label, pages, rounds)
    if not args.no_scaling:
        scaling()


def table(label: str, pages: list[str], rounds: int) -> None:
    print(f"{label}: {len(pages)} pages, {sum(len(p) for p in pages) / len(pages) / 1024:.1f} KB of HTML each "
          f"on average, {rounds} rounds\n")
    results = measure(tools(), pages, rounds)
    floor = results["lxml parse (floor)"][0]
    gne = results.get("GNE (body only)", (None,))[0]
    print(f"{'tool':<26}{'pages/s':>10}{'x slower than lxml':>20}{'x GNE':>8}{'peak MB':>10}")
    for name, (pps, peak) in results.items():
        rel = f"{pps / gne:.2f}" if gne else "-"
        print(f"{name:<26}{pps:>10.1f}{floor / pps:>20.1f}{rel:>8}{peak / 2**20:>10.1f}")
    print()


def scaling(sizes=(1_000, 10_000, 100_000, 1_000_000, 5_000_000)):
    """Seconds of full extraction as a page grows: the seed article's sentences repeated
    (their numbers changed, so nothing is folded as a repeat) in a plain article page."""
    from extractor import extract

    seed = (ROOT / "samples" / "pages" / "gongshu_justice_2022-03-17.txt").read_text(encoding="utf-8")
    sentences = [s + "。" for s in seed.split("。") if "件" in s or "%" in s]
    print(f"\n{'page bytes':>12}{'seconds':>10}{'MB/s':>8}{'metrics':>9}")
    for size in sizes:
        head = "<html><head><meta charset='utf-8'><title>拱墅区司法局工作动态</title></head><body><div id='zoom'>"
        tail = "</div></body></html>"
        parts, n, total = [], 0, len(head) + len(tail)
        while total < size:
            n += 1
            s = sentences[n % len(sentences)].replace("83件", f"{n}件").replace("39.5%", f"{n % 97}.5%")
            para = f"<p>第{n}项：{s}</p>"
            parts.append(para)
            total += len(para.encode("utf-8"))
        page = head + "".join(parts) + tail
        started = time.process_time()
        doc = extract(page)
        seconds = time.process_time() - started
        nbytes = len(page.encode("utf-8"))
        print(f"{nbytes:>12,}{seconds:>10.3f}{nbytes / 2**20 / seconds:>8.2f}{len(doc.metrics):>9}")


if __name__ == "__main__":
    main()
