"""`onrecord store import FOLDER` (an archive of articles), `store migrate`, `init-roles`, `copy`:
filling and running the store, above all the newsroom's shared archive."""

from __future__ import annotations

import sys

from onrecord.errors import StoreError
from onrecord.store.paths import as_location, is_shared, resolve_store_path, store_exists

SHOWN_FAILURES = 10


def run_archive_import(args, store) -> int:
    """Articles extracted in --jobs processes, a transaction per batch, resumable."""
    from tqdm import tqdm

    from onrecord.store.importers.archive import import_archive

    bar = tqdm(unit=" articles", file=sys.stderr, disable=not sys.stderr.isatty())

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    try:
        with bar:
            result = import_archive(store, args.file, max(1, args.jobs), progress, args.batch)
    finally:
        store.close()
    print(f"{args.file} (articles): {result.articles} articles read, {result.skipped} imported "
          f"before, {result.added} statements added, {result.duplicates} already in the store, "
          f"{len(result.failed)} articles unreadable")  # fmt: skip
    for failure in result.failed[:SHOWN_FAILURES]:
        print(f"  {failure}")
    return 0


def run_migrate(args) -> int:
    """A workspace file is migrated whenever it opens; a shared archive only by its owner, here."""
    location = resolve_store_path(args.store)
    if not is_shared(location):
        from onrecord.store import open_store

        open_store(location).close()
        print(f"{location}: up to date")
        return 0
    from onrecord.store.pgconn import connect, describe
    from onrecord.store.pgschema import LATEST, migrate

    with connect(location) as conn:
        done = migrate(conn)
    ran = f"migrated to version {done[-1]}" if done else f"already at version {LATEST}"
    print(f"{describe(location)}: {ran}")
    return 0


def run_init_roles(args) -> int:
    import psycopg

    from onrecord.store.pgconn import connect, describe
    from onrecord.store.pgschema import ROLES, init_roles

    location = resolve_store_path(args.store)
    if not is_shared(location):
        raise StoreError("roles belong to a shared archive: give --store postgresql://… ")
    with connect(location) as conn:
        try:
            init_roles(conn)
        except psycopg.Error as exc:  # no CREATEROLE, not the owner
            raise StoreError(f"cannot set up the roles on {describe(location)}: {exc}") from None
    print(f"{describe(location)}: roles {', '.join(ROLES)} ready; grant them to people's logins")
    return 0


def run_copy(args) -> int:
    from tqdm import tqdm

    from onrecord.store import open_store
    from onrecord.store.copying import copy_store

    source, target = as_location(args.source), as_location(args.target)
    if not store_exists(source):
        raise StoreError(f"no such workspace: {source}")
    if str(source) == str(target):
        raise StoreError("FROM and TO are the same store")
    reader = open_store(source)
    try:
        writer = open_store(target)
        try:
            total = reader.stats()["statements"]
            with tqdm(total=total, unit=" statements", file=sys.stderr,
                      disable=not sys.stderr.isatty()) as bar:  # fmt: skip
                done = copy_store(reader, writer, bar.update)
        finally:
            writer.close()
    finally:
        reader.close()
    print(f"{reader.path} → {writer.path}: {done.speakers} speakers, {done.imports} import "
          f"records, {done.statements} statements ({done.added} new there)")  # fmt: skip
    return 0
