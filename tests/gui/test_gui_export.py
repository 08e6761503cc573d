"""File → Export: the review as the editor left it, written in the format its name asks for."""

import csv
import json

import pytest
from PySide6.QtCore import Qt

from onrecord.cli.report_cmd import FORMATS
from onrecord.gui.actions.file import REPORT_SUFFIXES

CTRL = Qt.KeyboardModifier.ControlModifier


def test_every_report_format_can_be_exported():
    assert sorted(fmt for fmt, _ in REPORT_SUFFIXES.values()) == sorted(FORMATS)


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


@pytest.mark.slow
def test_export_as_pdf_and_as_claimreview(open_window, seed_copy, press, choose_file, qtbot):
    from pypdf import PdfReader

    win = open_window(seed_copy)
    pdf = seed_copy.parent / "review.pdf"
    press("e", modifier=CTRL)
    choose_file(win, pdf)
    qtbot.waitUntil(pdf.exists)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert win.reviewer.session.article.title.split()[0] in text

    jsonld = seed_copy.parent / "claims.jsonld"
    press("e", modifier=CTRL)
    choose_file(win, jsonld)
    qtbot.waitUntil(jsonld.exists)
    claims = json.loads(jsonld.read_text(encoding="utf-8"))
    assert claims["@context"] == "https://schema.org" and claims["@graph"] == []  # none flagged


def test_export_before_any_article_says_what_to_do(open_window, press):
    win = open_window()
    press("e", modifier=CTRL)
    assert "Open an article first" in win.status.currentMessage()
