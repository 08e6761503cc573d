"""The store's interface: what matching, the CLI and the GUI may ask of any backend.

Two implementations: a workspace file on SQLite (`onrecord.store.sqlite.SqliteStore`) and
the newsroom's shared archive on PostgreSQL (`onrecord.store.postgres.PostgresStore`). Statements travel as plain dicts
with the keys of `STATEMENT_FIELDS` plus `id`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

STATEMENT_FIELDS = ("text", "speaker", "affiliation", "date", "outlet", "url", "language")


@dataclass
class ImportResult:
    """What one import did; `rejected` holds (row number, reason) for every refused row."""

    source: str
    format: str
    rows: int = 0
    added: int = 0
    duplicates: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    id: int | None = None


class StatementStore(Protocol):
    path: str

    def add_statements(
        self,
        rows: Iterable[tuple[int, dict | str]],
        source: str,
        fmt: str,
        progress: Callable[[int], None] | None = None,
        articles: Iterable[tuple[str, str]] = (),
    ) -> ImportResult:
        """Add statement dicts (or a rejection reason per row) as ONE transaction, recording
        `articles` ((content hash, path) of the files they came from) as imported."""

    def article_queue(self, items: list[tuple[str, str]]):
        """The (content hash, path) articles of `items` not imported yet, as a queue to
        `claim(n)` batches from (see `queue.LocalQueue`, `pgqueue.PgQueue`)."""

    def add_aliases(self, name: str, aliases: Iterable[str]) -> None:
        """Record other names of the speaker `name` (created if new)."""

    def undo_import(self, import_id: int) -> int:
        """Remove the statements the import `import_id` added, and its record; returns how
        many statements went (the review window's undo of "add to store")."""

    def get(self, ids: Iterable[int]) -> list[dict]:
        """Statements by id, in the order asked, missing ids skipped."""

    def candidates(self, text: str, limit: int, before: str | None = None) -> list[dict]:
        """Statements likely to contain the words of `text`, best first, as dicts of `id`,
        `folded` (the match key, see normalize.match_key), `speaker_id` and `date`; with
        `before` (an ISO date), `limit` of those not dated after it."""

    def search(self, text: str, speaker: str | None = None, limit: int = 50) -> list[dict]:
        """Full-text search for the search box: the words of `text` taken literally."""

    def speaker_id(self, name: str | None) -> int | None:
        """The person `name` is known as (aliases considered), or None."""

    def speakers(self) -> list[dict]:
        """Every person with `id`, `name`, `aliases` and `statements` count."""

    def merge_speaker(self, alias: str, into: str) -> int:
        """Make the person named `alias` one with `into`; returns statements moved."""

    def imports(self) -> list[dict]:
        """The import records, newest first, with per-row rejection reasons."""

    def stats(self) -> dict:
        """Counts and sizes for `onrecord store stats`."""

    def close(self) -> None: ...
