"""Errors the core raises for the user to read: one clear line, never a traceback."""


class OnRecordError(Exception):
    """Base of every error with a message meant for the editor."""


class ArticleError(OnRecordError):
    """An article could not be read (missing, unreadable, binary, undecodable)."""


class StoreError(OnRecordError):
    """The store could not be opened or written (corrupt, locked, wrong schema)."""


class StoreDamaged(StoreError):
    """The store file is damaged (not a database, or failing its integrity check)."""


class NotAWorkspace(StoreError):
    """A file chosen as the workspace is something else (another program's database, not
    SQLite at all): it is refused before anything is written to it."""


class ReviewConflict(StoreError):
    """Another editor changed a quote's review on the shared archive since this one read it."""

    def __init__(self, quote_key: str, by: str, at: str, theirs: dict | None = None):
        """`theirs`: the review they left, field ("decision", "note", "speaker", "said_by")
        to value."""
        super().__init__(f"{by} changed this quote's review at {self.when(at)} UTC")
        self.quote_key, self.by, self.at, self.theirs = quote_key, by, at, theirs or {}

    @staticmethod
    def when(at: str) -> str:
        return at[:19].replace("T", " ")
