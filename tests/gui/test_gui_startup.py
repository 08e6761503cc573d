"""The window paints, with the article in it, before the store, matching, reports and the
language model load."""

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ["sqlite_utils", "numpy", "spacy", "markdown_it", "rapidfuzz", "pypdf", "docx"]
LATER = ["onrecord.store.sqlite", "onrecord.matching", "onrecord.reports", "onrecord.review",
         "onrecord.workspace.session", "onrecord.extraction", "onrecord.articles.html",
         "onrecord.articles.markdown", "onrecord.articles.docx"]  # fmt: skip

# In a fresh process: what importing the window module loads, then what is loaded when the
# window (given an article to open) paints for the first time, and the text of its page then.
CHILD = r"""
import json, sys
import onrecord.gui.window
imported = set(sys.modules)
onrecord.gui.window.READ_WAIT_MS = 60_000  # the article is read however busy the machine
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from onrecord.gui import create_window

win = create_window(sys.argv[1], sys.argv[2])
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen["paint"], seen["page"] = sorted(sys.modules), win.article_view.toPlainText()
            QApplication.quit()
        return False

probe = FirstPaint()
win.installEventFilter(probe)
win.show()
QApplication.instance().exec()
print(json.dumps({"import": sorted(imported), **seen}))
"""


# What the first paint paints with: the window, its place, colours and stylesheet, its frame
# (menus, toolbar, the article page), the loader it is given and the workspace's path, and the
# article read by the loader's reading worker (a text article: no markup reader; the article's
# type, not the rest of the core's data types, nor the loading workers). Each module more costs
# its import before the first paint (PySide6 reads the source of every module imported after it).
FRAME = {"onrecord", "onrecord.errors", "onrecord.gui", "onrecord.gui.app", "onrecord.gui.window",
         "onrecord.gui.loader", "onrecord.gui.settings", "onrecord.gui.theme",
         "onrecord.gui.theme.palette", "onrecord.gui.theme.style", "onrecord.gui.theme.fonts",
         "onrecord.resources", "onrecord.gui.frame", "onrecord.gui.widgets",
         "onrecord.gui.widgets.article_view", "onrecord.gui.threads", "onrecord.articles",
         "onrecord.articles.reader", "onrecord.articles.decoding", "onrecord.articles.header",
         "onrecord.article", "onrecord.store", "onrecord.store.paths"}  # fmt: skip


def _loaded(tmp_path, seed_copy) -> dict[str, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ONRECORD_CONFIG_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", CHILD, str(seed_copy), str(tmp_path / "w.db")],
                         env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.splitlines()[-1])


def test_the_window_paints_the_article_before_the_heavy_modules_load(tmp_path, seed_copy):
    loaded = _loaded(tmp_path, seed_copy)
    assert "North Korean leader Kim Jong-un reaffirmed" in loaded["page"]
    for moment in ("import", "paint"):
        early = [m for m in loaded[moment] if m.split(".")[0] in HEAVY]
        early += [m for m in loaded[moment] if any(m.startswith(p) for p in LATER)]
        assert early == [], f"loaded at {moment}: {early}"
    assert "onrecord.gui.window" in loaded["import"]


def test_the_frame_imports_only_what_it_paints_with(tmp_path, seed_copy):
    painted = _loaded(tmp_path, seed_copy)["paint"]
    assert {m for m in painted if m.split(".")[0] == "onrecord"} == FRAME
    # nor OpenSSL for the article's hash (~4 ms), nor dataclasses (~5 ms with the article's)
    assert "_hashlib" not in painted and "dataclasses" not in painted


# `onrecord gui --self-test` with a probe on the extraction process: whether the window had
# painted and built its panes when it started, and its process id.
PROCESS = r"""
import json, sys
from onrecord.extraction import process
from onrecord.cli.main import main
from onrecord.gui.window import MainWindow

real, seen, painted = process.ExtractionProcess.__init__, {}, []
real_paint = MainWindow.paintEvent

def paint(self, event):
    painted.append(True)
    real_paint(self, event)

def init(self):
    windows = [w for w in __import__("PySide6.QtWidgets").QtWidgets.QApplication.topLevelWidgets()
               if isinstance(w, MainWindow)]
    seen["painted"], seen["built"] = bool(painted), any(w.built for w in windows)
    seen["spacy"] = "spacy" in sys.modules
    real(self)
    seen["pid"] = self._process.pid

MainWindow.paintEvent, process.ExtractionProcess.__init__ = paint, init
code = main(["gui", "--self-test", sys.argv[1], "--store", sys.argv[2]])
print(json.dumps(seen))
sys.exit(code)
"""


def test_the_model_process_starts_at_the_first_paint_and_ends_with_the_window(tmp_path, seed_copy):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ONRECORD_CONFIG_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", PROCESS, str(seed_copy), str(tmp_path / "w.db")],
                         env=env, capture_output=True, text=True, timeout=180)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "quotes listed" in out.stdout
    seen = json.loads(out.stdout.splitlines()[-1])
    assert seen["painted"] and not seen["built"]  # after the paint, before the panes
    assert not seen["spacy"]  # nor had the window loaded spaCy itself
    status = Path(f"/proc/{seen['pid']}/status")
    assert not status.exists() or "zombie" in status.read_text()  # killed with the window


def test_a_window_state_saved_unchanged_is_not_written_again(isolated, qtbot):
    from PySide6.QtCore import QByteArray

    from onrecord.gui.settings import Settings

    settings = Settings()
    settings.save_state("main", QByteArray(b"panes"))
    settings.sync()
    (ini,) = (isolated / "settings").rglob("*.ini")
    written = ini.stat().st_mtime_ns
    again = Settings()  # as the next closing does
    again.save_state("main", QByteArray(b"panes"))
    again.sync()  # nothing to write: closing takes no write and no fsync
    assert ini.stat().st_mtime_ns == written
    again.save_state("main", QByteArray(b"moved"))
    again.sync()
    assert ini.stat().st_mtime_ns != written and Settings().state("main") == QByteArray(b"moved")


def test_recent_files_left_unchanged_are_not_written_again(isolated, qtbot, seed_copy):
    from onrecord.gui.settings import Settings

    settings = Settings()
    settings.add_recent(str(seed_copy))
    settings.sync()
    (ini,) = (isolated / "settings").rglob("*.ini")
    written = ini.stat().st_mtime_ns
    again = Settings()  # the same article opened again: first already
    again.add_recent(str(seed_copy))
    again.sync()
    assert ini.stat().st_mtime_ns == written
    again.add_recent(str(isolated / "another.txt"))
    again.sync()
    assert ini.stat().st_mtime_ns != written
    assert Settings().recent_files() == [str(isolated / "another.txt"), str(seed_copy)]
