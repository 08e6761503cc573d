"""Start-up of the review window against a bare PySide6 window, in the same run.

    python bench/startup.py [--runs 7] [ARTICLE]
    python bench/startup.py --installed [--app PATH] [--runs 7] [ARTICLE]

Each run is a fresh process (offscreen), so every run loads Python, Qt and the spaCy model
from scratch. Four kinds of run, interleaved so load on the machine falls on all alike:
- bare: a PySide6 QMainWindow, closed at its first paint;
- paint: `onrecord gui ARTICLE --store TMP`, closed at the first paint of the article page
  holding the article's text (its first line of body); the window's own first paint (the
  frame: menu bar, toolbar, page) is timed too;
- cold: the same, closed once the article's quotes are listed, its kept extraction removed
  first (the model extracts it);
- warm: the same again, the extraction kept by the cold run there (an article reopened).
Prints each run and the medians: the first paint with the article's text (and its ratio to
the bare window's first paint, goal <= 1.2), the window's first paint (frame), the time from
closing the window to the end of the process (goal <= 0.1 s), and the time to quotes listed,
cold and warm (goal < 3 s).
--installed times the installed app (`onrecord` on the system PATH) instead, in a bare
environment (system PATH, empty HOME), through the lines `onrecord gui --self-test` prints.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from onrecord.articles import read_article
from onrecord.store.paths import extraction_cache

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt"
SYSTEM = "/usr/local/bin:/usr/bin:/bin"  # where --installed looks for onrecord

# Prints "shown T" (or `mark`) at a widget's first paint; leave() prints "closing T", closes,
# quits.
PROBE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

def leave(window):
    print("closing", time.time(), flush=True)
    window.close()
    QApplication.quit()

class FirstPaint(QObject):
    def __init__(self, widget, then=None, mark="shown"):
        super().__init__(widget)
        self.then, self.mark = then, mark
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(self.mark, time.time(), flush=True)
            obj.removeEventFilter(self)
            if self.then:
                QTimer.singleShot(0, self.then)
        return False
"""

BARE = (
    PROBE
    + r"""
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1320, 860)
FirstPaint(window, lambda: leave(window))
window.show()
sys.exit(app.exec())
"""
)

# The real `onrecord gui` entry point, with the probes on the window it creates: "shown T" at
# the window's first paint, "article T" at the first paint of the page holding argv[4].
ONRECORD = (
    PROBE
    + r"""
from onrecord import gui
from onrecord.cli.main import main
from onrecord.gui.widgets.article_view import ArticleView

real, at_paint, body = gui.create_window, sys.argv[3] == "paint", sys.argv[4]  # or cold, warm
real_paint = ArticleView.paintEvent

def article_paint(view, event):  # its viewport's paint (asking for viewport() costs ~30 ms)
    real_paint(view, event)
    if body in view.toPlainText():
        print("article", time.time(), flush=True)
        ArticleView.paintEvent = real_paint
        if at_paint:
            QTimer.singleShot(0, lambda: leave(view.window()))

def probed(*args, **kwargs):
    window = real(*args, **kwargs)
    window._probe = FirstPaint(window)

    def listed():
        print("listed", time.time(), len(window.reviewer.session.quotes), flush=True)
        leave(window)

    window.quotes_loaded.connect(listed)
    window.loader.failed.connect(lambda m: (print("failed", m, flush=True), QApplication.quit()))
    return window

ArticleView.paintEvent, gui.create_window = article_paint, probed
sys.exit(main(["gui", sys.argv[1], "--store", sys.argv[2]]))
"""
)


def body_line(article: Path) -> str:
    """The first line of the article's body, as the page shows it."""
    art = read_article(article)
    return next(line.strip() for line in art.text[art.body_start :].splitlines() if line.strip())


def one_run(kind: str, article: Path, store: Path) -> dict[str, float]:
    """Seconds from process start to the window's first paint ("shown"), to the article's
    text painted ("article") and to quotes listed ("listed"), and from closing the window to
    the end of the process ("close")."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ONRECORD_CONFIG_DIR=str(store.parent))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled once, as an installed app is
    if kind == "cold":
        shutil.rmtree(extraction_cache(store), ignore_errors=True)
    code = BARE if kind == "bare" else ONRECORD
    start = time.time()
    argv = [sys.executable, "-c", code, str(article), str(store), kind, body_line(article)]
    proc = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300)
    end = time.time()
    marks = {line.split()[0]: line.split()[1:] for line in proc.stdout.splitlines() if line.split()}
    must = ["shown", "closing"] + ([] if kind == "bare" else ["article"])
    if proc.returncode != 0 or any(mark not in marks for mark in must):
        raise SystemExit(f"{kind} run failed (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}")
    times = {"close": end - float(marks["closing"][0])}
    for mark in ("shown", "article", "listed"):
        if mark in marks:
            times[mark] = float(marks[mark][0]) - start
    if "listed" in marks:
        times["quotes"] = marks["listed"][1]
    return times


def one_installed_run(app: str, article: Path, store: Path) -> tuple[float, float, int]:
    """The installed (frozen) app cannot take probes: time the self-test's lines as they come."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(store.parent), "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    argv = [app, "gui", "--self-test", str(article), "--store", str(store)]
    start = time.time()
    proc = subprocess.Popen(argv, env=env, cwd=store.parent, stdout=subprocess.PIPE, text=True)
    shown = listed = None
    for line in proc.stdout:
        if "window shown" in line:
            shown = time.time() - start
        elif m := re.search(r"(\d+) quotes listed", line):
            listed, count = time.time() - start, int(m.group(1))
    if proc.wait() != 0 or shown is None or listed is None:
        raise SystemExit(f"run failed (exit {proc.returncode}): {' '.join(argv)}")
    return shown, listed, count


def installed(args) -> int:
    app = os.path.abspath(args.app) if args.app else shutil.which("onrecord", path=SYSTEM)
    if not app:
        raise SystemExit("no installed onrecord on the system PATH (or pass --app PATH)")
    print(f"installed app: {app}")
    shown, listed = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            s, q, n = one_installed_run(app, args.article.resolve(), Path(tmp) / "workspace.db")
            shown.append(s)
            listed.append(q)
            print(f"run {i + 1}: window shown {s:.2f} s, {n} quotes listed {q:.2f} s")
    print(f"median of {args.runs}: window shown {statistics.median(shown):.2f} s, "
          f"quotes listed {statistics.median(listed):.2f} s")  # fmt: skip
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=SEED)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--installed", action="store_true", help="time the installed app")
    parser.add_argument(
        "--app", help="with --installed: the executable (default: onrecord on PATH)"
    )
    args = parser.parse_args()
    if args.installed:
        return installed(args)
    runs: dict[str, list[dict]] = {"bare": [], "paint": [], "cold": [], "warm": []}
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "workspace.db"
        for kind in runs:  # a first run of each, not counted: the disk cache, compiled modules
            one_run(kind, args.article.resolve(), store)
        for i in range(args.runs):
            for kind, seen in runs.items():
                seen.append(one_run(kind, args.article.resolve(), store))
            bare, paint, cold, warm = (seen[-1] for seen in runs.values())
            print(f"run {i + 1}: bare window painted {bare['shown']:.3f} s, closed in "
                  f"{bare['close']:.3f} s · OnRecord painted with the article {paint['article']:.3f}"
                  f" s (frame {paint['shown']:.3f} s), closed in {paint['close']:.3f} s · "
                  f"{cold['quotes']} quotes listed cold "
                  f"{cold['listed']:.2f} s, warm {warm['listed']:.2f} s, closed in "
                  f"{cold['close']:.3f} / {warm['close']:.3f} s")  # fmt: skip

    def median(kind: str, what: str) -> float:
        return statistics.median(r[what] for r in runs[kind])

    bare, frame = median("bare", "shown"), median("paint", "shown")
    paint = median("paint", "article")
    print(f"median of {args.runs}: first paint with the article OnRecord {paint:.3f} s, bare "
          f"PySide6 {bare:.3f} s, ratio {paint / bare:.2f} (goal <= 1.2); the window's frame "
          f"{frame:.3f} s (ratio {frame / bare:.2f}); closing to process end: at first paint "
          f"{median('paint', 'close'):.3f} s, after the quotes {median('cold', 'close'):.3f} s "
          f"cold, {median('warm', 'close'):.3f} s warm (bare {median('bare', 'close'):.3f} s; "
          f"goal <= 0.1 s); quotes listed cold {median('cold', 'listed'):.2f} s, warm "
          f"{median('warm', 'listed'):.2f} s (goal < 3 s); load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
