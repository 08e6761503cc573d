"""Source documents in the window: attached from the File menu or dropped on the evidence."""

from __future__ import annotations

from pathlib import Path

from onrecord.errors import OnRecordError


def attach_source(win, path: str) -> None:
    """Read `path` and check every quote of the open article against it too."""
    session = win.reviewer.session
    if session is None:
        win.status.showMessage("Open an article first, then attach its source document.", 8000)
        return
    from onrecord.sources import read_source

    try:
        session.attach_source(read_source(path))
    except OnRecordError as exc:
        win.status.showMessage(str(exc), 10000)
        return
    found = sum(1 for m in session.source_matches.values() if m.verdict == "found")
    win.status.showMessage(
        f"{Path(path).name}: {found} of {len(session.quotes)} quotes found word for word", 10000
    )
    win.reviewer.refresh()


def over_evidence(win, event) -> bool:
    """True when a drag or drop `event` on the window is over the evidence of an open article."""
    if win.reviewer.session is None or not win.evidence.isVisible():
        return False
    at = win.evidence.mapFrom(win, event.position().toPoint())
    return win.evidence.rect().contains(at)
