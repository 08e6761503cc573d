"""What a review is kept under and how its rows read back: shared by the log and the reader."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from onrecord.model import Article

Read = Callable[[str, tuple], list[tuple]]  # read(sql, params) -> rows

FIELDS = "quote_key, decision, note, speaker_override, decided_by, decided_at, said_by"
# `decided_by` of a decision recorded before the editor's name was a setting: the OS login
# name, marked by the review schema's version 6
LOGIN = "login:"


@dataclass(frozen=True)
class Decision:
    quote_key: str
    decision: str | None  # a name in onrecord.verdicts.DECISIONS
    note: str | None
    speaker_override: str | None
    decided_by: str
    decided_at: str  # UTC, ISO 8601
    # who really said it, when the article credits the wrong person (the credit stays)
    said_by: str | None = None


def credited(decided_by: str | None, editor: str | None) -> str | None:
    """Who a decision is credited to wherever it is shown or exported: the editor name it was
    recorded with. One recorded under an OS login name (`LOGIN`) is the current editor's
    when that login is this desk's own account (shown as the configured `editor`, or no
    one while none is set), else an earlier editor's whose name OnRecord never knew (no
    one). A login name itself is never given out."""
    if not decided_by or not decided_by.startswith(LOGIN):
        return decided_by
    return (editor or "") if decided_by.removeprefix(LOGIN) == _os_login() else ""


def _os_login() -> str | None:
    """This desk's login name, only to recognise its own earlier decisions (never written)."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers and services); earlier versions
        return "unknown"  # recorded "unknown" then


def article_id(article: Article) -> tuple[str, str]:
    """(content hash, resolved path or '' for pasted text): what a review is kept under."""
    return article.content_hash, str(Path(article.path).resolve()) if article.path else ""


def sources_owner(content_hash: str, path: str) -> str:
    """What attached sources are kept under: the article's file, or a pasted text."""
    return path or f"pasted:{content_hash}"


def decisions(read: Read, content_hash: str, path: str) -> dict[str, Decision]:
    """Quote key → decision, for the review of that text at that path."""
    rows = read(
        f"SELECT {FIELDS} FROM review_decisions WHERE content_hash = ? AND path = ?",
        (content_hash, path),
    )
    return {row[0]: Decision(*row) for row in rows}


def source_paths(read: Read, owner: str) -> list[str]:
    """Paths of the source documents attached under `owner`, in the order attached."""
    rows = read(
        "SELECT source_path FROM review_sources WHERE owner = ? ORDER BY attached_at, rowid",
        (owner,),
    )
    return [r[0] for r in rows]
