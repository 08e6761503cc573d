"""Matching at archive scale: import, index and match against synthetic stores.

For each size: a store of statements 60-300 characters long drawn from a Zipf-distributed
vocabulary of 40,000 generated words, holding planted copies of 50 query quotes (35 with
words changed, added or dropped, one edit per 8 words; 10 inside a longer statement the
quote is a fragment of; 5 verbatim). Prints import rate, database size, index memory,
per-quote latency (the median of --repeat runs of each query) and recall@1 for the word
index and for an FTS5-only baseline (bm25 top candidates, same re-ranking) on the same
data, then one JSON line per size.

    .venv/bin/python bench/match_scale.py [--sizes 10000,100000,1000000]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from onrecord.matching import Matcher
from onrecord.matching import thresholds as t
from onrecord.store import open_store
from onrecord.store.normalize import fold
from percentiles import pct, spread

VOCAB, QUERIES = 40_000, 50
RNG = np.random.default_rng(7)
LETTERS = np.array(list("abcdefghijklmnopqrstuvwxyz"))


def vocabulary() -> tuple[np.ndarray, np.ndarray]:
    lengths = RNG.integers(2, 11, VOCAB)
    vocab = np.array(["".join(RNG.choice(LETTERS, n)) for n in lengths])
    weights = 1.0 / (np.arange(VOCAB) + 2.7)  # Zipf-Mandelbrot, like word counts in prose
    return vocab, weights / weights.sum()


def sentences(vocab, p, count: int) -> list[str]:
    """`count` statements of 60-300 characters."""
    targets = RNG.integers(60, 301, count)
    pool = vocab[RNG.choice(len(vocab), size=int(targets.sum() / 5) + 1000, p=p)]
    out, k = [], 0
    for target in targets:
        words, size = [], 0
        while size < target:
            words.append(pool[k % len(pool)])
            size += len(words[-1]) + 1
            k += 1
        out.append(" ".join(words).capitalize() + ".")
    return out


def alter(text: str, vocab) -> str:
    """One edit per 8 words (at least one): a word replaced, dropped or added."""
    words = text.rstrip(".").split(" ")
    for _ in range(max(1, round(len(words) / 8))):
        at, edit = int(RNG.integers(len(words))), RNG.integers(3)
        if edit == 0:
            words[at] = str(RNG.choice(vocab[:3000]))
        elif edit == 1 and len(words) > 5:
            del words[at]
        else:
            words.insert(at, str(RNG.choice(vocab[:3000])))
    return " ".join(words) + "."


def plant(vocab, p, base: list[str]) -> list[tuple[str, str]]:
    """(query, planted statement) pairs; the planted statements go into the store."""
    pairs = []
    for i, quote in enumerate(sentences(vocab, p, QUERIES)):
        if i < 35:
            pairs.append((quote, alter(quote, vocab)))
        elif i < 45:
            fragment = " ".join(quote.split(" ")[:10])
            pre, post = sentences(vocab, p, 2)
            pairs.append((fragment, f"{pre} {quote} {post}"[:1800]))
        else:
            pairs.append((quote, quote))
    return pairs


def rows(base: list[str], planted: dict[int, str]):
    for n, text in enumerate(base):
        if n in planted:
            text = planted[n]
        yield n + 1, {
            "text": text, "speaker": f"Speaker {n % 5000}", "date": "2024-05-01",
            "outlet": f"Outlet {n % 40}",
        }  # fmt: skip


class FtsOnly:
    """The store, with candidates from FTS5 alone: OR of the 8 rarest words, bm25 order."""

    def __init__(self, store):
        self.store = store
        store.conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, statements_fts, row)"
        )

    def __getattr__(self, name):
        return getattr(self.store, name)

    def candidates(self, text: str, limit: int, before: str | None = None) -> list[dict]:
        terms = sorted(set(re.findall(r"\w+", fold(text))))
        marks = ",".join("?" * len(terms))
        df = dict(
            self.store.conn.execute(
                f"SELECT term, doc FROM temp.vocab WHERE term IN ({marks})", terms
            )
        )
        rare = sorted((df[w], w) for w in terms if w in df)[:8]
        query = " OR ".join(f'"{w}"' for _, w in rare)
        ids = [
            r[0] for r in self.store.conn.execute(
                "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?"
                " ORDER BY bm25(statements_fts) LIMIT ?", [query, limit])
        ]  # fmt: skip
        return self.store.get(ids)


LOAD_INDEX = """
import json, os, sys, time
from onrecord.store import open_store
rss = lambda: int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
store = open_store(sys.argv[1])
before, start = rss(), time.perf_counter()
index = store.index.current(store)
print(json.dumps({"load_s": time.perf_counter() - start, "rss_mb": rss() - before,
                  "index_mb": index.nbytes / 1e6}))
"""


def run_queries(matcher, pairs, ids, repeat: int) -> tuple[list[float], list[float], float]:
    """Per-query wall and CPU milliseconds (each the median of `repeat` runs) and recall@1 of
    the planted statements. CPU time is the work a query costs whatever else the machine
    runs; wall time is what the editor waits for and suffers from a busy machine."""
    wall, cpu, hits = [], [], 0
    for (query, _), sid in zip(pairs, ids, strict=True):
        runs = []
        for _ in range(repeat):
            start, start_cpu = time.perf_counter(), time.process_time()
            found = matcher.match(query)
            runs.append((time.perf_counter() - start, time.process_time() - start_cpu))
        wall.append(statistics.median(w for w, _ in runs) * 1000)
        cpu.append(statistics.median(c for _, c in runs) * 1000)
        hits += bool(found) and found[0].statement["id"] == sid
    return wall, cpu, hits / len(pairs)


def synthetic(size: int, vocab, p) -> tuple[list[str], list, np.ndarray, dict]:
    base = sentences(vocab, p, size)
    pairs = plant(vocab, p, base)
    slots = RNG.choice(size, QUERIES, replace=False)
    planted = {int(s): stmt for s, (_, stmt) in zip(slots, pairs, strict=True)}
    return base, pairs, slots, planted


def bench(size: int, data, workdir: Path, repeat: int) -> dict:
    base, pairs, slots, planted = data
    path = workdir / f"store-{size}.db"
    store = open_store(path)
    start, start_cpu = time.perf_counter(), time.process_time()
    result = store.add_statements(rows(base, planted), "synthetic", "jsonl")
    import_s, import_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    db_mb = path.stat().st_size / 1e6

    load = json.loads(subprocess.run(  # a fresh process, as at start-up: loaded, not rebuilt
        [sys.executable, "-c", LOAD_INDEX, str(path)], capture_output=True, check=True, text=True
    ).stdout)  # fmt: skip
    store = open_store(path)
    store.index.current(store)
    ids = [int(s) + 1 for s in slots]
    times, cpu, recall = run_queries(Matcher(store), pairs, ids, repeat)
    fts_times, fts_cpu, fts_recall = run_queries(Matcher(FtsOnly(store)), pairs, ids, repeat)
    store.close()
    path.unlink()
    print(
        f"\n{size:>9,} statements: import {result.added / import_s:,.0f}/s ({import_s:.1f} s,"
        f" {import_cpu:.1f} s CPU, index included), DB {db_mb:.0f} MB, index {load['index_mb']:.0f} MB"
        f" (RSS +{load['rss_mb']:.0f} MB at start-up, loaded in {load['load_s']:.2f} s)\n"
        f"  word index: {spread(times)} (CPU {spread(cpu)}), recall@1 {recall:.2f}\n"
        f"  FTS5 only : {spread(fts_times)} (CPU {spread(fts_cpu)}), recall@1 {fts_recall:.2f}"
        f"  (p95 ratio {pct(fts_times, 95) / pct(times, 95):.0f}x)"
        f"\n  load average now {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    return {
        "backend": "sqlite", "size": size, "import_per_s": round(result.added / import_s),
        "db_mb": round(db_mb, 1), "p50_ms": round(pct(times, 50), 2),
        "p95_ms": round(pct(times, 95), 2), "recall_at_1": recall,
        "fts_p95_ms": round(pct(fts_times, 95), 2), "index_rss_mb": round(load["rss_mb"]),
        "cpu_p95_ms": round(pct(cpu, 95), 2), "fts_cpu_p95_ms": round(pct(fts_cpu, 95), 2),
        "import_s": round(import_s, 1), "import_cpu_s": round(import_cpu, 1),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (median kept)")
    parser.add_argument("--workdir", help="where the stores are built (default: a temp dir)")
    parser.add_argument("--backend", default="sqlite", help="sqlite, postgresql or both (a,b)")
    parser.add_argument("--dsn", help="PostgreSQL server to use (default: a throwaway cluster)")
    args = parser.parse_args()
    backends = args.backend.split(",")
    vocab, p = vocabulary()
    print(
        f"{VOCAB:,} words, {QUERIES} queries (median of {args.repeat} runs each),"
        f" {t.CANDIDATES} candidates re-ranked; load average {os.getloadavg()[0]:.1f}"
        f" on {os.cpu_count()} CPUs"
    )
    server = None
    if "postgresql" in backends:
        from pg_scale import Server

        server = Server(args.dsn)
    results = []
    try:
        with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
            for size in map(int, args.sizes.split(",")):
                data = synthetic(size, vocab, p)
                if "sqlite" in backends:
                    results.append(bench(size, data, Path(tmp), args.repeat))
                if server:
                    results.append(server.bench(size, data, args.repeat, run_queries))
    finally:
        if server:
            server.close()
    for r in results:
        print(json.dumps(r))


if __name__ == "__main__":
    main()
