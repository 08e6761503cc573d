"""Article import rate: `onrecord store import FOLDER --jobs N` on the dev set's texts.

The dev set's texts are read from ../shared/eval/dev.jsonl at run time and written as .txt
files into a scratch folder (never into the repository). Each --jobs value imports the whole
folder into a fresh store (a workspace file, or a fresh archive on a throwaway PostgreSQL
cluster with --backend postgresql) in a fresh process, as the command does, and prints the
articles per second over the whole run (interpreter, model loads and worker start included)
and after the first batch (the steady rate a long import runs at), and the CPU seconds per
article of all its processes (what the rate is on a machine with nothing else to do: one
core does 1/that articles per second), then one JSON line each.

    .venv/bin/python bench/article_import.py [--docs 100] [--jobs 1,2] [--backend sqlite]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from evaldata import EVAL

DEV = EVAL / "dev.jsonl"

RUN = """
import json, resource, sys, time
start = time.perf_counter()
from onrecord.store import open_store
from onrecord.store.importers.archive import import_archive
store, folder, jobs = open_store(sys.argv[1]), sys.argv[2], int(sys.argv[3])
marks = []
result = import_archive(store, folder, jobs, lambda done, total: marks.append(
    (done, time.perf_counter())))
end = time.perf_counter()
store.close()
(first, t1), (last, t2) = marks[0], marks[-1]
use = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
print(json.dumps({"articles": result.articles, "statements": result.added,
    "cpu_s": sum(u.ru_utime + u.ru_stime for u in use),
    "wall_s": end - start, "first_batch_s": t1 - start,
    "steady_per_s": (last - first) / (t2 - t1) if last > first else None}))
"""


def write_articles(folder: Path, docs: int) -> int:
    with open(DEV, encoding="utf-8") as fh:
        records = [json.loads(line) for line, _ in zip(fh, range(docs), strict=False)]
    for i, record in enumerate(records):
        (folder / f"{i:04d}.txt").write_text(record["text"], encoding="utf-8")
    return len(records)


def stores(backend: str, count: int, workdir: Path):
    """`count` fresh store locations, and a function that stops their server."""
    if backend == "sqlite":
        return [str(workdir / f"store-{i}.db") for i in range(count)], lambda: None
    import psycopg

    from onrecord.store.pgcluster import Cluster
    from onrecord.store.pgschema import migrate

    cluster = Cluster({"fsync": "on", "synchronous_commit": "on"}).start()
    dsns = []
    for i in range(count):
        with psycopg.connect(cluster.dsn(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE import_{i}")
        with psycopg.connect(cluster.dsn(f"import_{i}"), autocommit=True) as conn:
            migrate(conn)
        dsns.append(cluster.dsn(f"import_{i}"))
    return dsns, cluster.stop


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=int, default=100, help="dev-set articles to import")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    ap.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    args = ap.parse_args()
    jobs = [int(j) for j in args.jobs.split(",")]
    with tempfile.TemporaryDirectory(prefix="onrecord-articles-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        docs = write_articles(folder, args.docs)
        locations, stop = stores(args.backend, len(jobs), Path(tmp))
        try:
            for n, location in zip(jobs, locations, strict=True):
                done = subprocess.run([sys.executable, "-c", RUN, location, str(folder), str(n)],
                                      capture_output=True, text=True, check=True)  # fmt: skip
                figures = json.loads(done.stdout.strip().splitlines()[-1])
                figures |= {"backend": args.backend, "jobs": n, "docs": docs,
                            "per_s": figures["articles"] / figures["wall_s"]}  # fmt: skip
                steady = figures["steady_per_s"]
                print(f"--jobs {n}: {docs} articles, {figures['statements']} statements in "
                      f"{figures['wall_s']:.1f} s = {figures['per_s']:.2f} articles/s (start-up "
                      f"and first batch {figures['first_batch_s']:.1f} s; then "
                      f"{f'{steady:.2f}' if steady else '-'} articles/s; "
                      f"{figures['cpu_s'] / docs:.2f} CPU s per article)")  # fmt: skip
                print(json.dumps(figures))
        finally:
            stop()


if __name__ == "__main__":
    main()
