"""File → Export: the review as the editor left it, written in the format its name asks for."""

import csv
import json

import pytest
from PySide6.QtCore import Qt

from onrecord.cli.report_cmd import FORMATS
from onrecord.gui.actions.file import REPORT_SUFFIXES

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.slow
def test_export_writes_the_decisions_just_made(open_window, seed_copy, press, choose_file, qtbot):
    win = open_window(seed_copy)
    first = win.reviewer.current()
    press("v")  # verify the first quote; the selection moves on
    press("f")  # flag the second
    out = seed_copy.parent / "desk.csv"
    press("e", modifier=CTRL)
    choose_file(win, out)
    qtbot.waitUntil(out.exists)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == len(win.reviewer.session.quotes)
    decided = {r["key"]: r["decision"] for r in rows if r["decision"]}
    assert decided[first.key] == "verified" and sorted(decided.values()) == ["flagged", "verified"]
    assert "Report saved to" in win.status.currentMessage()


def _read_back(path, fmt: str) -> str:
    """The exported file's text, parsed as its format (a file that does not parse fails)."""
    if fmt == "pdf":
        from pypdf import PdfReader

        return " ".join(page.extract_text() for page in PdfReader(path).pages)
    text = path.read_text(encoding="utf-8-sig")
    if fmt in ("json", "claimreview"):
        return json.dumps(json.loads(text), ensure_ascii=False)
    if fmt == "csv":
        return " ".join(" ".join(row.values()) for row in csv.DictReader(text.splitlines()))
    return text


@pytest.mark.slow
def test_each_report_format_is_exported_from_the_window_and_reads_back(
    open_window, seed_copy, press, choose_file, qtbot
):
    win = open_window(seed_copy)
    flagged = win.reviewer.current()
    press("f")  # ClaimReview lists only flagged quotes
    formats = {fmt for fmt, _label in REPORT_SUFFIXES.values()}
    assert formats == set(FORMATS)  # the window offers what `onrecord report` writes
    for suffix, (fmt, _label) in REPORT_SUFFIXES.items():
        out = seed_copy.parent / f"review{suffix}"
        press("e", modifier=CTRL)
        choose_file(win, out)
        qtbot.waitUntil(out.exists)
        text = _read_back(out, fmt)
        assert " ".join(flagged.text.split()[:4]) in " ".join(text.split()), fmt


def test_export_waits_for_an_article(open_window, press):
    from PySide6.QtWidgets import QFileDialog

    win = open_window()
    press("e", modifier=CTRL)
    assert not win.actions["file.export"].isEnabled()
    assert not any(d.isVisible() for d in win.findChildren(QFileDialog))
