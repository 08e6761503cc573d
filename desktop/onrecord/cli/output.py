"""Shared helpers for printing: JSON and shortened table cells."""

from __future__ import annotations

import json
import sys


def print_json(obj) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def shorten(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_table(headers: list[str], rows: list[list[str]], widths: list[int]) -> None:
    def line(cells):
        return "  ".join(shorten(c, w).ljust(w) for c, w in zip(cells, widths, strict=True))

    print(line(headers).rstrip())
    print("  ".join("─" * w for w in widths))
    for row in rows:
        print(line(row).rstrip())
