"""Screenshot of the review window on the seed article, mid-review: `make screenshot`.

    python bench/screenshot.py docs/screenshot.png [--theme light|dark] [--size 1320x860]
                               [--source FILE]   # attached, then a quote it has drifted from
                               [--scene review|credit|empty|import|conflict]
                               [--article FILE]   # another article than the demo draft

Works on a temporary demo store, opens the demo draft, makes a few decisions by keystroke,
grabs the window. Scenes: `credit` answers Yang Moo-jin's misattributed card with "the
article credits the wrong person" (the dialog is saved beside, as OUT-dialog.png); `empty`
shows filter 4 on an empty store; `import` grabs Store → Import…'s summary of a small file;
`conflict` the dialog of a colleague's change met on the shared archive.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLES = ["2025-07-13_kim-jong-un-lavrov-wonsan-meeting.demo-draft.txt",
            "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt"]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--theme", choices=["light", "dark"], default="light")
    parser.add_argument("--size", default="1320x860")
    parser.add_argument("--source", type=Path, help="source document to attach")
    parser.add_argument("--scene", choices=["review", *SCENES], default="review")
    parser.add_argument("--article", type=Path, help="open this article instead of the draft")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = Path(tempfile.mkdtemp(prefix="onrecord-shot-"))
    os.environ["ONRECORD_CONFIG_DIR"] = str(tmp)
    store = tmp / "workspace.db"
    if args.scene != "empty":  # the demo store: the seed's own quotes, so every verdict shows
        from onrecord.store.demo import ensure_demo_store

        ensure_demo_store(store)
    article = args.article or next(SEEDS / a for a in ARTICLES if (SEEDS / a).exists())

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtTest import QTest

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    settings = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "OnRecord", "OnRecord"
    )
    settings.setValue("view/theme", args.theme)
    settings.sync()

    from onrecord.gui import create_window
    from onrecord.gui.app import ensure_app

    app = ensure_app()
    win = create_window(article, store)
    width, height = (int(x) for x in args.size.split("x"))
    win.resize(width, height)

    def shoot() -> None:
        if args.scene != "review":
            return SCENES[args.scene](win, args, tmp, lambda: QTimer.singleShot(300, grab))
        for key in "vf":  # one verified, one flagged
            QTest.keyClick(win.quote_list, key)
        session = win.reviewer.session  # then rest on a substantive alteration: it tells most
        altered = [q for q in session.quotes if session.verdict(q.key) == "altered"]
        altered.sort(key=lambda q: session.severity(q) != "substantive")
        if altered:
            win.reviewer.select_key(altered[0].key)
        if args.source:  # read in the background: grab once it is checked
            win.loader.source_read.connect(lambda _source: QTimer.singleShot(0, on_drift))
            win.attach_source(str(args.source))
        else:
            QTimer.singleShot(300, grab)

    def on_drift() -> None:
        session = win.reviewer.session
        drift = [k for k, m in session.source_matches.items() if m.verdict == "drift"]
        if drift:
            win.reviewer.select_key(drift[0])
        QTimer.singleShot(300, grab)

    def grab() -> None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        win.grab().save(str(args.out))
        print(f"wrote {args.out} ({args.theme}, {len(win.reviewer.session.quotes)} quotes)")
        win.close()
        app.quit()

    win.quotes_loaded.connect(lambda: QTimer.singleShot(200, shoot))
    win.loader.failed.connect(lambda msg: print(msg, file=sys.stderr))
    win.show()
    app.exec()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


def credit(win, args, _tmp, then) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    session = win.reviewer.session
    yang = next(q for q in session.quotes if session.verdict(q.key) == "misattributed"
                and session.speaker(q).name == "Yang Moo-jin")  # fmt: skip
    win.reviewer.select_key(yang.key)
    QTest.keyClick(win.quote_list, "s")
    dialog = QApplication.activeModalWidget()
    dialog.grab().save(str(args.out.with_name(f"{args.out.stem}-dialog.png")))
    QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
    then()


def empty(win, _args, _tmp, then) -> None:
    from PySide6.QtTest import QTest

    for key in "jjj4":
        QTest.keyClick(win.quote_list, key)
    then()


def importing(win, args, tmp, _then) -> None:
    import json

    from PySide6.QtWidgets import QApplication

    from onrecord.gui.importing import start_import

    rows = [{"text": f"Statement {i} on the summit in Wonsan.", "speaker": "Kim Jong-un",
             "date": "2025-07-12", "outlet": "KCNA"} for i in range(60_000)]  # fmt: skip
    rows += [{"speaker": "Nobody"}, {"text": "", "speaker": "Lavrov"}, rows[0]]
    path = tmp / "kcna-statements.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    dialog = start_import(win, str(path))
    progress = args.out.with_name(f"{args.out.stem}-progress.png")
    dialog.worker.progress.connect(
        lambda n: n < 10_000 or progress.exists() or dialog.grab().save(str(progress))
    )

    def done() -> None:
        dialog.grab().save(str(args.out))
        print(f"wrote {args.out} (Store → Import… summary)")
        win.close()
        QApplication.quit()

    dialog.over.connect(done)


def conflict(win, args, _tmp, _then) -> None:
    """The dialog a shared archive's stale write opens (the colleague's change made up here:
    the window's own path from there on, test_gui_conflict drives it on a real archive)."""
    from PySide6.QtWidgets import QApplication

    from onrecord.errors import ReviewConflict
    from onrecord.gui.sharing import ask_about_conflict

    key = win.reviewer.current().key
    theirs = {"decision": "flagged", "note": "KCNA's wording differs; asked the desk"}
    made = ReviewConflict(key, "Ana Ruiz", "2026-12-07T07:41:09+00:00", theirs)
    ask_about_conflict(win.reviewer, made, {"decision": "verified"})
    dialog = QApplication.activeModalWidget()
    dialog.grab().save(str(args.out))
    print(f"wrote {args.out} (a colleague's change met)")
    win.close()
    QApplication.quit()


SCENES = {"credit": credit, "empty": empty, "import": importing, "conflict": conflict}


if __name__ == "__main__":
    raise SystemExit(main())
