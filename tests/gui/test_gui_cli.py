"""`onrecord gui --self-test`: the packaged app's smoke test opens the seed offscreen."""

import os
import subprocess
import sys

from onrecord.cli.main import build_parser


def test_gui_is_a_subcommand_and_the_default():
    args = build_parser().parse_args(["gui", "draft.txt", "--store", "w.db"])
    assert (args.command, args.file, args.store, args.self_test) == (
        "gui",
        "draft.txt",
        "w.db",
        False,
    )


def test_self_test_lists_the_seed_quotes(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ONRECORD_CONFIG_DIR=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-m", "onrecord", "gui", "--self-test", "--store", str(tmp_path / "w.db")],
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    line = next(x for x in out.stdout.splitlines() if "quotes listed" in x)
    assert int(line.split()[1]) >= 10


def test_self_test_of_a_missing_article_fails_with_a_message(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ONRECORD_CONFIG_DIR=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-m", "onrecord", "gui", "--self-test", str(tmp_path / "none.txt"),
         "--store", str(tmp_path / "w.db")],
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert out.returncode == 2
    assert "No such file" in out.stderr and "Traceback" not in out.stderr


def test_the_window_path_does_not_import_spacy():
    probe = (
        "import sys; import onrecord.cli.main, onrecord.cli.gui_cmd, onrecord.gui.window, "
        "onrecord.gui.app; print('spacy' in sys.modules, 'onrecord.extraction' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["False", "False"], out.stderr


def test_no_display_is_one_line_not_an_abort(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}  # fmt: skip
    env["ONRECORD_CONFIG_DIR"] = str(tmp_path)
    out = subprocess.run([sys.executable, "-m", "onrecord", "gui", "--store", str(tmp_path / "w.db")],
                         env=env, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert out.returncode == 2
    assert out.stderr.startswith("onrecord: No display") and "Traceback" not in out.stderr


def test_plain_onrecord_with_options_only_opens_the_window(monkeypatch):
    from onrecord.cli import gui_cmd, main

    seen = []
    monkeypatch.setattr(gui_cmd, "run", lambda args: seen.append(args) or 0)
    assert main.main(["-v"]) == 0
    assert seen and seen[0].command == "gui" and seen[0].verbose
