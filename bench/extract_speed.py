"""Extraction speed: model load, then seconds per article beside the bare spaCy pass.

    python bench/extract_speed.py [--docs 60] [--repeat 3]

Both passes run over the same texts in the same process; the ratio is extraction time
(spaCy pass included) over the bare `nlp(text)` time. Goal: at most 1.2x.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import time
from pathlib import Path

from onrecord.articles import article_from_text, read_article
from onrecord.extraction import Extractor
from onrecord.extraction.parse import parse
from onrecord.extraction.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt"
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"


def timed(fn, items, repeat):
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for item in items:
            fn(item)
        runs.append((time.perf_counter() - t0) / len(items))
    return statistics.median(runs)


def compare(name, articles, nlp, extractor, repeat):
    bare = timed(lambda a: parse(nlp, a.text[a.body_start :]), articles, repeat)
    full = timed(extractor.extract, articles, repeat)
    print(
        f"{name:<10} {len(articles):>4} docs  bare spaCy {bare * 1000:7.1f} ms/doc  "
        f"extraction {full * 1000:7.1f} ms/doc  ratio {full / bare:.2f}x"
    )
    return {
        "set": name,
        "docs": len(articles),
        "bare_ms": round(bare * 1000, 1),
        "extract_ms": round(full * 1000, 1),
        "ratio": round(full / bare, 3),
    }


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=int, default=60, help="dev-set documents to time")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    t0 = time.perf_counter()
    nlp = load_pipeline()
    print(f"model load (import spaCy + pipeline): {time.perf_counter() - t0:.2f} s")
    extractor = Extractor(nlp)
    extractor.extract(read_article(SEED))  # warm caches
    results = [compare("seed", [read_article(SEED)], nlp, extractor, args.repeat * 5)]
    if DEV.exists():
        with DEV.open(encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in itertools.islice(fh, args.docs)]
        results.append(
            compare(
                "dev", [article_from_text(t, "text") for t in texts], nlp, extractor, args.repeat
            )
        )
    for r in results:
        print(json.dumps(r))


if __name__ == "__main__":
    main()
