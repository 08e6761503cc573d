"""Load on the shared archive: 8 editors matching and deciding while 1 importer imports.

A throwaway PostgreSQL cluster on loopback (durable settings, as a newsroom's server runs),
or the server of --dsn, holds an archive of --size synthetic statements (match_scale.py's
data with its 50 planted quotes). For --seconds, every editor process (a login in the
onrecord_editor role) loops: match a quote (the server's candidates, the client's re-rank),
and every --decide-every'th loop decide. The shared review storage is not in the code yet,
so a decision here is what the window's "add to store" does: a statement of format
onrecord-gui in one transaction. The importer (onrecord_importer) adds batches of new
statements meanwhile. Loops are bounded (--max-loops). Prints throughput, p50/p95 per
operation, errors (goal 0) and decisions lost (goal 0): committed but missing from the
archive, or not found again when their own text is matched.

    .venv/bin/python bench/archive_load.py [--editors 8] [--seconds 60] [--size 100000]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import time

import psycopg

from onrecord.errors import StoreError
from onrecord.matching import Matcher
from onrecord.store.pgcluster import Cluster
from onrecord.store.pgschema import GUI_FORMAT, init_roles, migrate
from onrecord.store.postgres import PostgresStore
from percentiles import pct

DURABLE = {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on"}
LOGINS = {"load_editor": "onrecord_editor", "load_importer": "onrecord_importer"}


def _wait(start_at: float) -> None:
    time.sleep(max(0.0, start_at - time.time()))


def editor(dsn, number, queries, start_at, seconds, decide_every, max_loops) -> dict:
    store = PostgresStore(dsn)
    matcher = Matcher(store)
    match_ms, decide_ms, errors, decided = [], [], [], []
    _wait(start_at)
    deadline = time.monotonic() + seconds
    for loop in range(max_loops):
        if time.monotonic() > deadline:
            break
        query = queries[(number * 7 + loop) % len(queries)]
        try:
            started = time.perf_counter()
            matcher.match(query)
            match_ms.append((time.perf_counter() - started) * 1000)
            if loop % decide_every == decide_every - 1:
                text = f"Editor {number} decided on quote {loop}: {query}"
                started = time.perf_counter()
                row = {"text": text, "speaker": f"Editor {number}", "date": "2025-01-01"}
                store.add_statements([(1, row)], "review", GUI_FORMAT)
                decide_ms.append((time.perf_counter() - started) * 1000)
                decided.append(text)
        except StoreError as exc:
            errors.append(str(exc))
    store.close()
    return {"match_ms": match_ms, "decide_ms": decide_ms, "errors": errors, "decided": decided}


def importer(dsn, start_at, seconds, batch, max_loops) -> dict:
    from match_scale import sentences, vocabulary

    vocab, p = vocabulary()
    store = PostgresStore(dsn)
    batches = [sentences(vocab, p, batch) for _ in range(4)]
    batch_ms, errors, added = [], [], 0
    _wait(start_at)
    deadline = time.monotonic() + seconds
    for loop in range(max_loops):
        if time.monotonic() > deadline:
            break
        # the outlet names the loop: a batch's texts come back every 4 loops, and would be
        # duplicates (same fingerprint) with the same outlet and date
        rows = ((i + 1, {"text": text, "speaker": f"Reporter {i % 300}", "outlet": f"Load {loop}",
                         "date": f"2024-{loop % 12 + 1:02d}-01", "url": f"load:{loop}:{i}"})
                for i, text in enumerate(batches[loop % len(batches)]))  # fmt: skip
        try:
            started = time.perf_counter()
            added += store.add_statements(rows, f"load batch {loop}", "jsonl").added
            batch_ms.append((time.perf_counter() - started) * 1000)
        except StoreError as exc:
            errors.append(str(exc))
    store.close()
    return {"batch_ms": batch_ms, "errors": errors, "added": added}


def prepare(admin_dsn: str, size: int) -> tuple[dict, list[str]]:
    """A migrated archive of `size` statements with its roles; the logins' connection
    strings and the planted queries."""
    from match_scale import rows, synthetic, vocabulary

    vocab, p = vocabulary()
    base, pairs, _slots, planted = synthetic(size, vocab, p)
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        migrate(conn)
        init_roles(conn)
        for login, role in LOGINS.items():
            conn.execute(f"DROP ROLE IF EXISTS {login}")
            conn.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{login}' IN ROLE {role}")
    store = PostgresStore(admin_dsn)
    store.add_statements(rows(base, planted), "synthetic", "jsonl")
    store.conn.execute("VACUUM ANALYZE")
    store.close()
    info = psycopg.conninfo.conninfo_to_dict(admin_dsn)
    dsns = {login: psycopg.conninfo.make_conninfo(**(info | {"user": login, "password": login}))
            for login in LOGINS}  # fmt: skip
    return dsns, [query for query, _ in pairs]


def lost(admin_dsn: str, decided: list[str]) -> tuple[int, int]:
    """Decisions committed but missing from the archive; those there but not found again by
    matching their own text."""
    store = PostgresStore(admin_dsn)
    found = store.conn.execute(
        "SELECT text FROM statements WHERE text = ANY(%s)", [decided]
    ).fetchall()
    present = {t for (t,) in found}
    matcher = Matcher(store)
    unmatched = sum(
        1 for text in present if not (m := matcher.match(text)) or m[0].statement["text"] != text
    )
    store.close()
    return len(set(decided) - present), unmatched


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--editors", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--size", type=int, default=100_000, help="statements in the archive")
    ap.add_argument("--decide-every", type=int, default=4, help="loops per decision")
    ap.add_argument("--batch", type=int, default=2_000, help="statements per import batch")
    ap.add_argument("--max-loops", type=int, default=100_000, help="bound on each loop")
    ap.add_argument("--dsn", help="an empty database to use (default: a throwaway cluster)")
    args = ap.parse_args()
    cluster = None if args.dsn else Cluster(DURABLE).start()
    admin = args.dsn or cluster.dsn()
    try:
        started = time.perf_counter()
        dsns, queries = prepare(admin, args.size)
        print(f"archive of {args.size:,} statements ready in {time.perf_counter() - started:.0f} s;"
              f" {args.editors} editors + 1 importer for {args.seconds:.0f} s,"
              f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)  # fmt: skip
        start_at = time.time() + 10  # every process connected and warm before the clock runs
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(args.editors + 1) as pool:
            imp = pool.apply_async(importer, (dsns["load_importer"], start_at, args.seconds,
                                              args.batch, args.max_loops))  # fmt: skip
            eds = [pool.apply_async(editor, (dsns["load_editor"], n, queries, start_at,
                                             args.seconds, args.decide_every, args.max_loops))
                   for n in range(args.editors)]  # fmt: skip
            editors, imported = [e.get() for e in eds], imp.get()
        report(args, admin, editors, imported)
    finally:
        if cluster:
            cluster.stop()


def report(args, admin: str, editors: list[dict], imported: dict) -> None:
    matches = [ms for e in editors for ms in e["match_ms"]]
    decisions = [ms for e in editors for ms in e["decide_ms"]]
    decided = [text for e in editors for text in e["decided"]]
    errors = [err for e in editors for err in e["errors"]] + imported["errors"]
    missing, unmatched = lost(admin, decided)
    figures = {
        "editors": args.editors, "seconds": args.seconds, "size": args.size,
        "matches_per_s": round(len(matches) / args.seconds, 1),
        "match_p50_ms": round(pct(matches, 50), 1), "match_p95_ms": round(pct(matches, 95), 1),
        "decisions": len(decided), "decide_p50_ms": round(pct(decisions, 50), 1),
        "decide_p95_ms": round(pct(decisions, 95), 1),
        "imported_per_s": round(imported["added"] / args.seconds),
        "import_batch_p95_ms": round(pct(imported["batch_ms"], 95)),
        "errors": len(errors), "decisions_missing": missing, "decisions_not_matched": unmatched,
    }  # fmt: skip
    print(
        f"matching: {len(matches)} quotes, {figures['matches_per_s']}/s, p50"
        f" {figures['match_p50_ms']} ms, p95 {figures['match_p95_ms']} ms\n"
        f"deciding (add to store): {len(decided)}, p50 {figures['decide_p50_ms']} ms,"
        f" p95 {figures['decide_p95_ms']} ms\n"
        f"importing: {imported['added']:,} statements, {figures['imported_per_s']:,}/s,"
        f" batch of {args.batch} p95 {figures['import_batch_p95_ms']} ms\n"
        f"errors: {len(errors)}{': ' + errors[0] if errors else ''}\n"
        f"decisions lost: {missing} missing, {unmatched} not found again by matching"
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
