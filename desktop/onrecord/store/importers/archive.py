"""A newsroom's archive of published articles into the store: `onrecord store import FOLDER
--format articles --jobs N`.

Articles are extracted in N processes (each loads the language model once), a batch at a
time; each batch is one transaction holding its statements, aliases and the content hashes
of its files, so an interrupted import loses at most the batch in flight and, started
again, skips what is done. On the shared archive the batches are claimed from a queue in
the database (`pgqueue`), so importers on several machines share one folder.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from onrecord.errors import OnRecordError, StoreError
from onrecord.store.base import StatementStore
from onrecord.store.importers.articles import article_files, extraction_rows, speaker_aliases

BATCH_ARTICLES = 20  # articles per transaction
WAIT_S = 1.0  # how often an idle importer looks for claims returned by a stopped one
_extractor = None  # each worker process's own


@dataclass
class ArchiveResult:
    articles: int = 0  # extracted by this process
    skipped: int = 0  # imported before (same content hash)
    added: int = 0
    duplicates: int = 0
    failed: list[str] = field(default_factory=list)  # "file: reason"


def content_hash(path: Path) -> str:
    return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()


def _start_worker() -> None:
    global _extractor
    from onrecord.extraction import Extractor

    _extractor = Extractor()


def _extract(path: str) -> tuple[list[dict], list, str | None]:
    """(statement rows, aliases, None) of one article, or ([], [], why it failed)."""
    from onrecord.articles import read_article

    if _extractor is None:
        _start_worker()
    try:
        extraction = _extractor.extract(read_article(path))
    except OnRecordError as exc:
        return [], [], str(exc)
    return list(extraction_rows(extraction)), speaker_aliases(extraction), None


def import_archive(
    store: StatementStore,
    folder: str | Path,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
    batch: int | None = None,
) -> ArchiveResult:
    """Import every article under `folder` not imported yet, `batch` articles (default
    BATCH_ARTICLES) per transaction; `progress(done, total)`."""
    folder = Path(folder)
    if not folder.is_dir():
        raise StoreError(f"{folder} is not a folder of articles")
    items = [(content_hash(p), str(p.relative_to(folder))) for p in article_files(folder)]
    queue = store.article_queue(items)
    result, total = ArchiveResult(skipped=queue.skipped), queue.remaining()
    context = multiprocessing.get_context("spawn")
    pool = context.Pool(jobs, _start_worker) if jobs > 1 else nullcontext()
    with pool:
        mapper = pool.imap if jobs > 1 else map
        while True:
            with queue.claim(batch or BATCH_ARTICLES) as claimed:
                if claimed:
                    paths = [str(folder / path) for _, path in claimed]
                    _store_batch(store, folder, claimed, list(mapper(_extract, paths)), result)
            if claimed:
                result.articles += len(claimed)
                if progress:
                    progress(result.articles, total)
            elif queue.others_working():
                time.sleep(WAIT_S)  # another importer holds the rest; its claims may return
            else:
                return result


def _store_batch(store, folder: Path, claimed, extracted, result: ArchiveResult) -> None:
    rows, aliases, number = [], [], 0
    for (_, path), (statements, names, failure) in zip(claimed, extracted, strict=True):
        if failure:
            number += 1
            rows.append((number, f"{path}: {failure}"))
            result.failed.append(f"{path}: {failure}")
        for row in statements:
            number += 1
            rows.append((number, row))
        aliases += names
    done = store.add_statements(rows, str(folder.resolve()), "articles", articles=claimed)
    for name, others in aliases:
        store.add_aliases(name, others)
    result.added += done.added
    result.duplicates += done.duplicates
