"""Source documents in the window: attached from the File menu or dropped on the evidence."""

from __future__ import annotations

from pathlib import Path


def attach_source(win, path: str) -> None:
    """Read `path` off the GUI thread (a PDF can take seconds), then check every quote of the
    open article against it too (`attached`)."""
    if win.reviewer.session is None:
        win.status.showMessage("Open an article first, then attach its source document.", 8000)
        return
    win.status.showMessage(f"Reading {Path(path).name}…", 10000)
    win.loader.read_source(path)


def attached(win, source) -> None:
    session = win.reviewer.session
    if session is None:  # the article was closed meanwhile
        return
    win.reviewer.state.attach_source(source)
    found = sum(1 for m in session.source_matches.values() if m.verdict == "found")
    win.status.showMessage(
        f"{source.name}: {found} of {len(session.quotes)} quotes found word for word", 10000
    )


def over_evidence(win, event) -> bool:
    """True when a drag or drop `event` on the window is over the evidence of an open article."""
    if win.reviewer.session is None or not win.evidence.isVisible():
        return False
    at = win.evidence.mapFrom(win, event.position().toPoint())
    return win.evidence.rect().contains(at)
