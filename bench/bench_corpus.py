#!/usr/bin/env python3
"""How ingest time and database size grow with the corpus: synthetic releases (generated
text, varied figures, 10% of them reposts of an earlier one) stored 1k, 10k and 100k at a time.

    python bench/bench_corpus.py [--sizes 1000,10000,100000]

Documents are built directly (no extraction), so the figures are those of the store:
MinHash, LSH lookups, FTS segmentation, inserts, all in one transaction per document.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLACES = ["拱墅区", "西湖区", "上城区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区", "富阳区", "临安区"]
PHRASES = ["坚持和发展新时代“枫桥经验”", "深化行政复议体制改革", "推进矛盾纠纷多元化解", "加强人民调解组织建设",
           "完善公共法律服务体系", "开展法治宣传教育", "强化行政执法监督", "推动诉源治理", "落实信访工作责任制"]


def synthetic(i: int, rng: random.Random):
    from extractor import extract

    place = PLACES[i % len(PLACES)]
    year = 2015 + i % 10
    paras = [f"{year}年，{place}司法局{rng.choice(PHRASES)}，{rng.choice(PHRASES)}，全年共受理行政复议申请{rng.randint(50, 900)}件，"
             f"同比增长{rng.randint(1, 300) / 10}%，调解成功{rng.randint(100, 9000)}件，调解成功率达{rng.randint(900, 999) / 10}%。"]
    for k in range(rng.randint(2, 5)):
        paras.append(f"{'一二三四五'[k]}、{rng.choice(PHRASES)}。{rng.choice(PHRASES)}，组织培训{rng.randint(2, 60)}场次，"
                     f"覆盖{rng.randint(100, 5000)}人次，办理法律援助案件{rng.randint(10, 900)}件。")
    text = f"{place}司法局{year}年工作总结第{i}号\n" + "\n".join(paras)
    return extract(text, url=f"http://www.example{i % 50}.gov.cn/art/{year}/1/{1 + i % 28}/art_1_{i}.html")


def run(n: int) -> tuple[float, int, int]:
    from corpus.store import Corpus

    rng = random.Random(n)
    docs = []
    for i in range(n):
        if i and rng.random() < 0.1:  # a repost of an earlier release on another site
            j = rng.randrange(len(docs))
            d = docs[j]
            docs.append(type(d)(**{**d.__dict__, "url": d.url.replace("example", "repost"), "doc_id": d.doc_id + "r"}))
        else:
            docs.append(synthetic(i, rng))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        started = time.perf_counter()
        with Corpus(path) as c:
            for i, d in enumerate(docs):
                c.add(d, content_sha1=str(i))
            n_docs = c.db.execute("SELECT count(*) FROM documents").fetchone()[0]
        seconds = time.perf_counter() - started
        size = sum(p.stat().st_size for p in Path(tmp).iterdir())
    return seconds, size, n_docs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000")
    args = ap.parse_args()
    print(f"{'releases':>10}{'documents':>11}{'seconds':>10}{'docs/s':>9}{'MB':>9}{'KB/doc':>8}")
    for n in (int(x) for x in args.sizes.split(",")):
        seconds, size, n_docs = run(n)
        print(f"{n:>10,}{n_docs:>11,}{seconds:>10.1f}{n / seconds:>9.0f}{size / 2**20:>9.1f}{size / n / 1024:>8.1f}")


if __name__ == "__main__":
    main()
