"""`onrecord extract` as a process on hostile input: one `onrecord: …` line and exit 2, or a
result; never a traceback, never a hang."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def onrecord(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run(
        [sys.executable, "-m", "onrecord", *args],
        input=stdin,
        capture_output=True,
        timeout=120,  # a hang guard, not a speed target
        env=env,
    )


def assert_refused(proc, message: str) -> None:
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("onrecord: ") and message in err, err


def test_unreadable_articles_get_one_line(corpus, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    cases = {
        str(tmp_path / "missing.txt"): "No such file",
        str(tmp_path): "is a folder",
        str(fifo): "not a regular file",
        str(corpus["binary.txt"]): "binary file",
        str(corpus["all-nul.txt"]): "only zero bytes",
        str(corpus["docx-zip-bomb.docx"]): "zip bomb",
        str(corpus["docx-not-a-zip.docx"]): "not a Word document",
        str(corpus["docx-billion-laughs.docx"]): "could not be read as a Word document",
    }
    for path, message in cases.items():
        assert_refused(onrecord("extract", path), message)


@pytest.mark.parametrize(
    "stdin, message",
    [
        (b'{"id": 1, "text": "Fine."}\nnot json\n', "line 2: not JSON"),
        (b'{"id": 1}\n', 'line 1: expected {"id": …, "text": "…"}'),
        (b"[1, 2]\n", "line 1: expected"),
        (b'{"id": 1, "text": 5}\n', "line 1: expected"),
        (b'{"text": "caf\xe9"}\n', "not UTF-8"),
    ],
)
def test_bad_jsonl_gets_one_line(stdin, message):
    assert_refused(onrecord("extract", "--jsonl", "-", stdin=stdin), message)


def test_jsonl_file_missing(tmp_path):
    assert_refused(onrecord("extract", "--jsonl", str(tmp_path / "none.jsonl")), "Cannot read")


def test_hostile_html_and_control_characters_through_the_cli(corpus, tmp_path):
    """One process (the model loads once): JSON of the hostile page, and a table of text
    full of terminal escapes, which must not reach the terminal."""
    escapes = tmp_path / "escapes.txt"
    escapes.write_bytes(
        b'"We will\x1b[2J not \x1b]0;pwned\x07yield,\x9b" the minister said.\n'
        b'"Never \x1b]52;c;cm0gLXJm\x07again," he added.\n' + b"The talks went on.\n" * 100
    )  # long enough that a few escapes do not make it look binary
    lines = [
        json.dumps({"id": "page", "text": corpus["hostile.html"].read_text()}),
        json.dumps({"id": "esc", "text": escapes.read_bytes().decode("utf-8", "replace")}),
    ]
    proc = onrecord("extract", "--jsonl", "-", stdin="\n".join(lines).encode())
    assert proc.returncode == 0 and b"Traceback" not in proc.stderr, proc.stderr.decode()
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["page", "esc"]
    assert "\x1b" not in proc.stdout.decode() and "\x07" not in proc.stdout.decode()
    table = onrecord("extract", str(escapes))
    assert table.returncode == 0, table.stderr.decode()
    shown = table.stdout.decode()
    assert "We will[2J not ]0;pwnedyield," in shown
    assert not any(c in shown for c in "\x1b\x07\x9b")
