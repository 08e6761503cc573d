"""A broken user keymap file is ignored entry by entry, never a crash at start-up."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from onrecord.gui.actions.keymap import load_keymap  # noqa: E402


@pytest.mark.parametrize(
    "content",
    ["[1, 2]", "null", "5", '"verify"', '{"review.verify": 5}', '{"review.verify": null}',
     '{"review.verify": [null, {"a": 1}]}', "{not json", "\udcff".encode("utf-8", "surrogateescape"),
     b"\xff\xfe\x00binary"],
)  # fmt: skip
def test_a_broken_user_keymap_leaves_the_defaults(tmp_path, monkeypatch, content):
    monkeypatch.setenv("ONRECORD_CONFIG_DIR", str(tmp_path))
    defaults = load_keymap()
    target = tmp_path / "keymap.json"
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content)
    keymap = load_keymap()
    assert set(keymap) >= set(defaults)
    assert all(isinstance(k, str) for keys in keymap.values() for k in keys)


def test_good_user_entries_survive_bad_neighbours(tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_CONFIG_DIR", str(tmp_path))
    (tmp_path / "keymap.json").write_text('{"a.b": 5, "c.d": "Ctrl+J", "e.f": ["F2", 3]}')
    keymap = load_keymap()
    assert keymap["c.d"] == ["Ctrl+J"] and keymap["e.f"] == ["F2"] and "a.b" not in keymap
