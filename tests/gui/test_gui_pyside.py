"""The Qt binding itself: PySide6 6.12.0 leaks a reference to None per void call on
Python 3.11, which kills a window after a few thousand calls (see pyproject.toml)."""

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtGui import QTextCursor, QTextDocument
cursor = QTextCursor(QTextDocument("hello world " * 20))
before = sys.getrefcount(None)
for _ in range(1000):
    cursor.setPosition(3)
print(before - sys.getrefcount(None))
"""


def test_void_calls_keep_none_alive():
    # in a child process: on a leaking binding the interpreter may die of it
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-500:]
    assert int(out.stdout) < 50  # a few stray references at most, not one per call
