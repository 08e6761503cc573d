"""Word diffs rendered for people: the one renderer behind the GUI, the reports and the CLI.

One convention everywhere, read as "how the quote differs from what was said": words of
the earlier statement or source that the quote lacks are *removed* (struck through), words
only the quote has are *added* (underlined). Op lists are those of store matches (other
side "statement") and of source checks (other side "source").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape as html_escape

_CLOSING = re.compile(r"[^\w\s]*")  # punctuation that closes the quote's word before it


def _other(op: dict) -> str:
    return op.get("statement", op.get("source", "")) or ""


def render(
    diff: list[dict],
    quote: str,
    removed: Callable[[str], str],
    added: Callable[[str], str],
    escape: Callable[[str], str] = str,
) -> str:
    """The quote's own text with the differences marked; what lies between the diff's words
    (punctuation, brackets, spacing) is taken from `quote` as it stands."""
    out: list[str] = []
    cur = 0
    for op in diff:
        new, old = op.get("quote") or "", _other(op)
        if new:
            at = quote.find(new, cur)
            out.append(escape(quote[cur:at]) if at >= 0 else " " if out else "")
            cur = at + len(new) if at >= 0 else cur
        else:  # only in the other text: after the punctuation closing the word before
            closing = _CLOSING.match(quote, cur).group()
            out.append(escape(closing) + (" " if out or closing else ""))
            cur += len(closing)
        if op["op"] == "equal":
            out.append(escape(new))
            continue
        marks = [removed(escape(old))] if old else []
        marks += [added(escape(new))] if new else []
        out.append(" ".join(marks))
        if not new and cur < len(quote) and not quote[cur].isspace():
            out.append(" ")
    out.append(escape(quote[cur:]))
    return "".join(out).strip()


def diff_html(diff: list[dict], quote: str) -> str:
    """<del> for the other text's words the quote lacks, <ins> for the quote's own."""
    return render(
        diff, quote, lambda w: f"<del>{w}</del>", lambda w: f"<ins>{w}</ins>", html_escape
    )


def diff_text(diff: list[dict], quote: str, marks=("[-", "-]", "{+", "+}"), escape=str) -> str:
    """Plain-text marks, wdiff notation by default: [-said before-] {+only in the quote+}."""
    del_open, del_close, ins_open, ins_close = marks
    return render(
        diff,
        quote,
        lambda w: f"{del_open}{w}{del_close}",
        lambda w: f"{ins_open}{w}{ins_close}",
        escape,
    )


def has_changes(diff: list[dict]) -> bool:
    return any(op["op"] != "equal" for op in diff)
