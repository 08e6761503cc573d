"""Word diffs as text: the op lists of store matches ("statement") and sources ("source").

`delete` = words only in the quote; `insert` = words only in the other text.
"""

from __future__ import annotations

from html import escape


def _other(op: dict) -> str:
    return op.get("statement", op.get("source", ""))


def diff_html(diff: list[dict]) -> str:
    """<del> for the quote's words the other text lacks, <ins> for the other text's words."""
    parts = []
    for op in diff:
        old, new = escape(op["quote"]), escape(_other(op))
        if op["op"] == "equal":
            parts.append(new)
        if op["op"] in ("delete", "replace"):
            parts.append(f"<del>{old}</del>")
        if op["op"] in ("insert", "replace"):
            parts.append(f"<ins>{new}</ins>")
    return " ".join(parts)


def diff_text(diff: list[dict], marks=("[-", "-]", "{+", "+}"), escape=str) -> str:
    """Plain-text marks, wdiff notation by default: [-quote's words-] {+other text's words+}."""
    del_open, del_close, ins_open, ins_close = marks
    parts = []
    for op in diff:
        old, new = escape(op["quote"]), escape(_other(op))
        if op["op"] == "equal":
            parts.append(new)
        if op["op"] in ("delete", "replace"):
            parts.append(f"{del_open}{old}{del_close}")
        if op["op"] in ("insert", "replace"):
            parts.append(f"{ins_open}{new}{ins_close}")
    return " ".join(parts)


def has_changes(diff: list[dict]) -> bool:
    return any(op["op"] != "equal" for op in diff)
