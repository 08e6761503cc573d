"""Checking an article's quotes against long source documents (a transcript, a PDF dossier).

The source is the seed article's text with one quote altered, buried in N characters of
other text made of the seed's own words shuffled (so every word is a plausible near-match).
Prints, per source size: tokenising the source, checking all the seed's quotes, verdicts.

    .venv/bin/python bench/source_check.py [--sizes 100000,1000000]
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

from onrecord.articles import read_article
from onrecord.extraction import Extractor
from onrecord.sources import check_against_sources, source_from_text

SEED = (
    Path(__file__).resolve().parent.parent
    / "seeds"
    / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    args = parser.parse_args()
    article = read_article(SEED)
    extraction = Extractor().extract(article)
    words = article.text.split()
    rng = random.Random(1)
    body = article.text.replace("final stages", "early stages")
    for size in (int(s) for s in args.sizes.split(",")):
        filler = []
        while sum(map(len, filler)) + len(filler) < size:
            filler.append(rng.choice(words))
        half = len(filler) // 2
        text = " ".join(filler[:half]) + "\n\n" + body + "\n\n" + " ".join(filler[half:])
        source = source_from_text(text, "bench")
        t0 = time.perf_counter()
        _ = source.joined
        t1 = time.perf_counter()
        results = check_against_sources(extraction.quotes, [source], article.text)
        t2 = time.perf_counter()
        verdicts = dict(Counter(r.verdict for r in results.values()))
        print(
            f"source {len(text):>9,} chars: tokenise {t1 - t0:.2f} s, check {len(results)} quotes "
            f"{t2 - t1:.2f} s ({(t2 - t1) / len(results) * 1000:.0f} ms/quote), verdicts {verdicts}"
        )


if __name__ == "__main__":
    main()
