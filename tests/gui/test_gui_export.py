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


def _as_old_workspace(db, logins: dict[str, str]) -> None:
    """Make the workspace's review data as an OnRecord before the editor setting left it:
    version 5, `decided_by` the OS login name of whoever decided each quote."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        for key, login in logins.items():
            conn.execute(
                "UPDATE review_decisions SET decided_by = ? WHERE quote_key = ?", (login, key)
            )
        conn.execute("UPDATE review_meta SET value = '5' WHERE name = 'schema_version'")


@pytest.mark.slow
def test_every_export_names_the_configured_editor_never_a_login(
    open_window, seed_copy, press, choose_file, qtbot, tmp_path, monkeypatch
):
    import getpass

    from onrecord.config import Identity, save_identity

    monkeypatch.setattr(getpass, "getuser", lambda: "ana-desk")  # this desk's OS login
    win = open_window(seed_copy)
    mine, theirs = win.reviewer.current().key, None
    press("f")  # flagged (ClaimReview lists it), then the next one verified
    theirs = win.reviewer.current().key
    press("v")
    win.close()
    _as_old_workspace(tmp_path / "workspace.db", {mine: "ana-desk", theirs: "bkim"})
    save_identity(Identity("Ana Ruiz", "The Daily"))  # set since: Edit → Preferences

    win = open_window(seed_copy)
    press("x")  # a decision of today's editor too
    for suffix, (fmt, _label) in REPORT_SUFFIXES.items():
        out = seed_copy.parent / f"review{suffix}"
        press("e", modifier=CTRL)
        choose_file(win, out)
        qtbot.waitUntil(out.exists)
        text = " ".join(_read_back(out, fmt).split())
        assert "Ana Ruiz" in text and "The Daily" in text, fmt
        assert not any(login in text for login in ("ana-desk", "bkim", "login:")), fmt
        if fmt == "csv":
            rows = {r["key"]: r for r in csv.DictReader(out.read_text("utf-8-sig").splitlines())}
            assert rows[mine]["decided_by"] == "Ana Ruiz"  # this desk's login: the editor's own
            assert rows[theirs]["decided_by"] == "" and rows[theirs]["decision"] == "verified"
            assert {(r["editor"], r["organisation"]) for r in rows.values()} == {
                ("Ana Ruiz", "The Daily")
            }
        if fmt == "json":
            report = json.loads(out.read_text("utf-8"))
            assert (report["editor"], report["organisation"]) == ("Ana Ruiz", "The Daily")
            by = {q["key"]: q["decided_by"] for q in report["quotes"] if q["decision"]}
            assert by[mine] == "Ana Ruiz" and by[theirs] == "" and "Ana Ruiz" in by.values()
