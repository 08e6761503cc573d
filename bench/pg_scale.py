"""match_scale.py's PostgreSQL half: the same synthetic data in the shared archive.

One database per size on a throwaway local cluster with durable settings (fsync and
synchronous commit on, as a newsroom's server runs), or on the server of --dsn. Prints the
import rate (COPY, word index included) and its CPU (the client's, and the server's read
from /proc: the server is local), the sizes, per-quote latency and CPU, the candidate query
alone, and recall@1. CPU figures do not depend on what else the machine runs.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import psycopg
from psycopg import sql

from onrecord.matching import Matcher
from onrecord.matching import thresholds as t
from onrecord.store.pgcluster import Cluster
from onrecord.store.pgschema import migrate
from onrecord.store.postgres import PostgresStore
from percentiles import pct, spread

# The statements table is its heap and TOAST (pg_table_size); its b-trees apart. The word
# index is word_postings whole (heap, TOAST of the id arrays, primary key).
SIZES = {
    "db": "SELECT pg_database_size(current_database())",
    "statements": "SELECT pg_table_size('statements')",
    "statements_indexes": "SELECT pg_indexes_size('statements')",
    "word_index": "SELECT pg_total_relation_size('word_postings')",
}
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
        from match_scale import rows

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
        sizes = {
            name: store.conn.execute(query).fetchone()[0] / 1e6 for name, query in SIZES.items()
        }
        ids = [int(s) + 1 for s in slots]
        # the candidate query alone first: it also reads the pages the queries need into
        # shared_buffers, so matching is measured warm, as on a server that has been running
        before = cpu_s(server)
        sql_ms = [_candidates_ms(store, q, repeat) for q, _ in pairs]
        sql_server_ms = (cpu_s(server) - before) * 1000 / (len(pairs) * repeat)
        before = cpu_s(server)
        times, cpu, recall = run_queries(Matcher(store), pairs, ids, repeat)
        server_ms = (cpu_s(server) - before) * 1000 / (len(pairs) * repeat)
        store.close()
        with self._admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(name)))
        per_cpu = result.added / (import_cpu + import_server)
        print(
            f"\n{size:>9,} statements on PostgreSQL: import {result.added / import_s:,.0f}/s"
            f" ({import_s:.1f} s; CPU {import_cpu:.1f} s client + {import_server:.1f} s server,"
            f" {per_cpu:,.0f} statements per CPU second, word index included)\n"
            f"  sizes: database {sizes['db']:.0f} MB, statements table (with TOAST)"
            f" {sizes['statements']:.0f} MB, its indexes {sizes['statements_indexes']:.0f} MB,"
            f" word index {sizes['word_index']:.0f} MB\n"
            f"  match per quote: {spread(times)}, recall@1 {recall:.2f}; CPU per quote: client"
            f" {spread(cpu)}, server mean {server_ms:.1f} ms\n"
            f"  the candidate query alone (first, cold): {spread(sql_ms)}, server CPU mean"
            f" {sql_server_ms:.1f} ms"
            f"\n  load average now {os.getloadavg()[0]:.1f}",
            flush=True,
        )
        return {
            "backend": "postgresql", "size": size, "import_per_s": round(result.added / import_s),
            "db_mb": round(sizes["db"], 1), "word_index_mb": round(sizes["word_index"], 1),
            "statements_mb": round(sizes["statements"], 1),
            "statements_indexes_mb": round(sizes["statements_indexes"], 1),
            "p50_ms": round(pct(times, 50), 2), "p95_ms": round(pct(times, 95), 2),
            "recall_at_1": recall, "candidates_p50_ms": round(pct(sql_ms, 50), 2),
            "candidates_p95_ms": round(pct(sql_ms, 95), 2),
            "candidates_server_cpu_ms": round(sql_server_ms, 2),
            "cpu_p50_ms": round(pct(cpu, 50), 2), "cpu_p95_ms": round(pct(cpu, 95), 2),
            "server_cpu_mean_ms": round(server_ms, 2), "import_s": round(import_s, 1),
            "import_cpu_s": round(import_cpu, 1), "import_server_cpu_s": round(import_server, 1),
            "import_per_cpu_s": round(per_cpu), "load_average": round(os.getloadavg()[0], 1),
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
    return pct(runs, 50) * 1000
