"""match_scale.py's PostgreSQL half: the same synthetic data in the shared archive.

One database per size on a throwaway local cluster with durable settings (fsync and
synchronous commit on, as a newsroom's server runs), or on the server of --dsn. Prints the
import rate (COPY, word index included), the database and index sizes, per-quote latency
split into the server's candidate query and the client's re-rank, and recall@1.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

import numpy as np
import psycopg
from psycopg import sql

from onrecord.matching import Matcher
from onrecord.matching import thresholds as t
from onrecord.store.pgcluster import Cluster
from onrecord.store.pgschema import migrate
from onrecord.store.postgres import PostgresStore

DURABLE = {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on",
           "work_mem": "16MB", "maintenance_work_mem": "256MB"}  # fmt: skip


class Server:
    def __init__(self, dsn: str | None):
        self.cluster = None if dsn else Cluster(DURABLE).start()
        self.dsn = dsn or self.cluster.dsn()

    def _admin(self):
        return psycopg.connect(self.dsn, autocommit=True)

    def _database(self, name: str) -> str:
        with self._admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        info = psycopg.conninfo.conninfo_to_dict(self.dsn) | {"dbname": name}
        return psycopg.conninfo.make_conninfo(**info)

    def bench(self, size: int, data, repeat: int, run_queries) -> dict:
        from match_scale import p95, rows

        base, pairs, slots, planted = data
        name = f"onrecord_bench_{size}"
        dsn = self._database(name)
        with psycopg.connect(dsn, autocommit=True) as conn:
            migrate(conn)
        store = PostgresStore(dsn)
        server = store.conn.info.backend_pid
        start, start_cpu, start_server = time.perf_counter(), time.process_time(), cpu_s(server)
        result = store.add_statements(rows(base, planted), "synthetic", "jsonl")
        import_s, import_cpu = time.perf_counter() - start, time.process_time() - start_cpu
        import_server = cpu_s(server) - start_server
        store.conn.execute("VACUUM ANALYZE")
        one = lambda q: store.conn.execute(q).fetchone()[0]  # noqa: E731
        db_mb = one("SELECT pg_database_size(current_database())") / 1e6
        words_mb = one("SELECT pg_total_relation_size('word_postings')") / 1e6
        statements_mb = one("SELECT pg_total_relation_size('statements')") / 1e6
        ids = [int(s) + 1 for s in slots]
        before = cpu_s(server)
        times, cpu, recall = run_queries(Matcher(store), pairs, ids, repeat)
        server_ms = (cpu_s(server) - before) * 1000 / (len(pairs) * repeat)
        sql_ms = [_candidates_ms(store, q, repeat) for q, _ in pairs]
        store.close()
        with self._admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(name)))
        print(
            f"\n{size:>9,} statements on PostgreSQL: import {result.added / import_s:,.0f}/s"
            f" ({import_s:.1f} s; CPU {import_cpu:.1f} s client + {import_server:.1f} s server,"
            f" {result.added / (import_cpu + import_server):,.0f} statements per CPU second,"
            " word index included),"
            f" DB {db_mb:.0f} MB (word index {words_mb:.0f} MB, statements {statements_mb:.0f} MB)\n"
            f"  server word index: p50 {statistics.median(times):.1f} ms, p95 {p95(times):.1f} ms"
            f" (CPU: client p50 {statistics.median(cpu):.1f} ms, p95 {p95(cpu):.1f} ms, server mean"
            f" {server_ms:.1f} ms; the candidate query alone p50"
            f" {statistics.median(sql_ms):.1f} ms, p95 {p95(sql_ms):.1f} ms), recall@1 {recall:.2f}",
            flush=True,
        )
        return {
            "backend": "postgresql", "size": size, "import_per_s": round(result.added / import_s),
            "db_mb": round(db_mb, 1), "word_index_mb": round(words_mb, 1),
            "statements_mb": round(statements_mb, 1), "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(p95(times), 2), "recall_at_1": recall,
            "candidates_p95_ms": round(p95(sql_ms), 2), "cpu_p95_ms": round(p95(cpu), 2),
            "import_s": round(import_s, 1), "import_cpu_s": round(import_cpu, 1),
            "import_server_cpu_s": round(import_server, 1), "server_cpu_mean_ms": round(server_ms, 2),
            "cpu_p50_ms": round(statistics.median(cpu), 2),
        }  # fmt: skip

    def close(self) -> None:
        if self.cluster:
            self.cluster.stop()


def cpu_s(pid: int) -> float:
    """CPU seconds (user + system) the server process `pid` has used: the server's share of
    the work, whatever else the machine runs (the server is local)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _candidates_ms(store, query: str, repeat: int) -> float:
    """The server's share of one query: the candidate query alone, median of `repeat`."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        store.candidates(query, t.CANDIDATES)
        runs.append(time.perf_counter() - start)
    return float(np.median(runs) * 1000)
