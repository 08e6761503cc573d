"""Start-up of the review window: process start -> window painted -> seed quotes listed.

    python bench/startup.py [--runs 5] [ARTICLE]
    python bench/startup.py --installed [--app PATH] [--runs 5] [ARTICLE]

Each run is a fresh `onrecord gui ARTICLE --store TMP` process (offscreen), so every run
loads Python, Qt and the spaCy model from scratch. Prints each run and the medians.
Goals: window under 0.5 s, quotes of the seed under 3 s.
--installed times the installed app (`onrecord` on the system PATH) instead, in a bare
environment (system PATH, empty HOME), through the lines `onrecord gui --self-test` prints.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt"
SYSTEM = "/usr/local/bin:/usr/bin:/bin"  # where --installed looks for onrecord

# The child runs the real `onrecord gui` entry point, with probes on the window it creates.
CHILD = r"""
import sys, time
from onrecord import gui
from onrecord.cli.main import main

real = gui.create_window

def probed(*args, **kwargs):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    window = real(*args, **kwargs)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print("shown", time.time(), flush=True)
                obj.removeEventFilter(self)
            return False

    window._probe = FirstPaint(window)
    window.installEventFilter(window._probe)

    def listed():
        print("listed", time.time(), len(window.reviewer.session.quotes), flush=True)
        window.close()
        QApplication.quit()

    window.quotes_loaded.connect(listed)
    window.loader.failed.connect(lambda m: (print("failed", m, flush=True), QApplication.quit()))
    return window

gui.create_window = probed
sys.exit(main(["gui", sys.argv[1], "--store", sys.argv[2]]))
"""


def one_run(article: Path, store: Path) -> tuple[float, float, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ONRECORD_CONFIG_DIR=str(store.parent))
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, str(article), str(store)], env=env,
                         capture_output=True, text=True, timeout=300).stdout  # fmt: skip
    marks = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.split()}
    if "listed" not in marks or "shown" not in marks:
        raise SystemExit(f"run failed:\n{out}")
    shown = float(marks["shown"][0]) - start
    listed = float(marks["listed"][0]) - start
    return shown, listed, int(marks["listed"][1])


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=SEED)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--installed", action="store_true", help="time the installed app")
    parser.add_argument(
        "--app", help="with --installed: the executable (default: onrecord on PATH)"
    )
    args = parser.parse_args()
    run = one_run
    if args.installed:
        app = os.path.abspath(args.app) if args.app else shutil.which("onrecord", path=SYSTEM)
        if not app:
            raise SystemExit("no installed onrecord on the system PATH (or pass --app PATH)")
        print(f"installed app: {app}")
        run = functools.partial(one_installed_run, app)
    shown, listed = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            s, q, n = run(args.article.resolve(), Path(tmp) / "workspace.db")
            shown.append(s)
            listed.append(q)
            print(f"run {i + 1}: window painted {s:.2f} s, {n} quotes listed {q:.2f} s")
    print(f"median of {args.runs}: window painted {statistics.median(shown):.2f} s (goal < 0.5 s), "
          f"quotes listed {statistics.median(listed):.2f} s (goal < 3 s); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
