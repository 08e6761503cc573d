"""A process killed while writing decisions loses none that it had confirmed."""

import signal
import sqlite3
import subprocess
import sys
import textwrap

from onrecord.model import Article
from onrecord.review import ReviewLog

WRITER = textwrap.dedent(
    """
    import sys
    from onrecord.model import Article
    from onrecord.review import ReviewLog
    review = ReviewLog(sys.argv[1]).for_article(Article(text=sys.argv[2]))
    i = 0
    while True:
        review.set_decision(f"{i}-{i + 1}", "verified")
        review.set_note(f"{i}-{i + 1}", "note " * 50)
        print(i, flush=True)  # confirmed: the call returned, so the write is committed
        i += 1
    """
)


def test_sigkill_mid_write_loses_no_confirmed_decision(tmp_path):
    db, text = tmp_path / "w.db", "an article text"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), text], stdout=subprocess.PIPE, text=True
    )
    confirmed = [int(proc.stdout.readline()) for _ in range(150)]
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    saved = ReviewLog(db).for_article(Article(text=text)).all()
    for i in confirmed:
        assert saved[f"{i}-{i + 1}"].decision == "verified"
        assert saved[f"{i}-{i + 1}"].note.startswith("note")
