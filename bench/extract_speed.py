"""Extraction speed: model load, then seconds per article beside the bare spaCy pass,
then the hostile texts of tests/hostile at 1x, 2x and 4x their length.

    python bench/extract_speed.py [--docs 60] [--repeat 3]

Both passes run over the same texts in the same process; the ratio is extraction time
(spaCy pass included) over the bare `nlp(text)` time. Goal: at most 1.2x. For the hostile
texts (one endless sentence of quote marks) the spaCy pass and the extraction after it are
timed apart at each length; linear work doubles with the length (growth ~2.0).
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import time
from pathlib import Path

from evaldata import EVAL
from onrecord.articles import article_from_text, read_article
from onrecord.extraction import Extractor
from onrecord.extraction.parse import parse
from onrecord.extraction.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt"
DEV = EVAL / "dev.jsonl"
# tests/hostile/test_hostile_extraction.py: quote marks in one endless sentence or paragraph
HOSTILE = {
    "closers": (' he said "', 1_000),  # marks that close nothing
    "quotes": ('word "quoted ', 400),  # 200 quotes in one sentence
    "paragraph": ('word. "quoted ', 200),  # 100 quotes in one paragraph
    "replies": ('"Yes," he said, and ', 200),  # 200 attributed quotes in one sentence
}


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


def growth(nlp, extractor, repeat) -> list[dict]:
    """The hostile texts at 1x, 2x and 4x: spaCy pass and extraction after it, apart."""
    rows = []
    for name, (unit, count) in HOSTILE.items():
        last = None
        for scale in (1, 2, 4):
            article = article_from_text(unit * count * scale)
            body = article.text[article.body_start :]
            doc = parse(nlp, body)
            spacy_s = timed(lambda t: parse(nlp, t), [body], repeat)
            extract_s = timed(lambda a: extractor.extract_parsed(*a), [(article, doc)], repeat)
            step = f"growth {extract_s / last:.2f}" if last else ""
            print(
                f"{name:<10} {scale}x {len(doc):>6} tokens  spaCy {spacy_s * 1000:7.0f} ms  "
                f"extraction after it {extract_s * 1000:6.0f} ms  {step}"
            )
            last = extract_s
            rows.append(
                {"set": f"hostile-{name}", "scale": scale, "tokens": len(doc),
                 "spacy_ms": round(spacy_s * 1000), "extract_ms": round(extract_s * 1000)}
            )  # fmt: skip
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=int, default=60, help="dev-set documents to time (0: none)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    t0 = time.perf_counter()
    nlp = load_pipeline()
    print(f"model load (import spaCy + pipeline): {time.perf_counter() - t0:.2f} s")
    extractor = Extractor(nlp)
    extractor.extract(read_article(SEED))  # warm caches
    results = [compare("seed", [read_article(SEED)], nlp, extractor, args.repeat * 5)]
    if DEV.exists() and args.docs:
        with DEV.open(encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in itertools.islice(fh, args.docs)]
        results.append(
            compare(
                "dev", [article_from_text(t, "text") for t in texts], nlp, extractor, args.repeat
            )
        )
    results += growth(nlp, extractor, args.repeat)
    for r in results:
        print(json.dumps(r))


if __name__ == "__main__":
    main()
