"""How much an altered quote changes what was said: substantive, wording or minor.

    alteration = assess(align(quote, statement), names={"kim", "pyongyang"})
    alteration.severity  # "substantive"
    alteration.changes   # [Change("hedge", "clearly", "likely"), …] in text order

Judged on the word alignment the diff is made of (`Aligned`: the store's diff in
`onrecord.matching.diff`, a source's drift in `onrecord.sources.check`), op by op, so what is
judged is what the diff shows; the minor steps are in `steps`, the rule for each kind in
`rules`, the word lists in resources/alteration.json. A translated quote whose alteration is
only wording is a translation variant (`label`). Below matching and sources, which both use it.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field

from onrecord.alteration.aligned import Aligned, cut
from onrecord.alteration.rules import gap_kind, kinds, percent_sign, same_marks
from onrecord.alteration.steps import Side

SEVERITIES = ("substantive", "wording", "minor")  # most severe first
SUBSTANTIVE = ("number", "negation", "hedge", "entity", "quantifier")  # the other kinds:
# wording, and the minor spelling, contraction, punctuation, filler, number-format, article


def severity_of(kind: str) -> str:
    return "substantive" if kind in SUBSTANTIVE else "wording" if kind == "wording" else "minor"


def label(severity: str, translated: bool = False) -> str:
    """What the editor is shown: the severity, or "translation variant" for a translated
    quote's wording (two faithful translations of one statement differ in wording)."""
    return "translation variant" if translated and severity == "wording" else severity


@dataclass
class Change:
    kind: str
    quote: str  # the quote's words (may be empty)
    other: str  # the statement's or source's words


@dataclass
class Alteration:
    severity: str
    changes: list[Change] = field(default_factory=list)
    side: str = "statement"  # what the other text is called: "statement" or "source"

    def label(self, translated: bool = False) -> str:
        return label(self.severity, translated)

    def to_dict(self) -> dict:
        return {
            "severity": self.severity,
            "changes": [
                {"kind": c.kind, "quote": c.quote, self.side: c.other} for c in self.changes
            ],
        }


def assess(
    aligned: Aligned, names: Container[str] = (), partial: bool = False, side: str = "statement"
) -> Alteration:
    """The alteration the diff shows. `names`: folded words that name people, places or
    organisations (the article's entities, the store's speakers). `partial`: the quote is
    part of the other text or the other way round, so words beyond its ends do not count."""
    quote = Side(aligned.quote, aligned.quote_tokens)
    other = Side(aligned.other, aligned.other_tokens)
    ops = aligned.opcodes
    if partial:
        while ops and ops[0][0] in ("insert", "delete"):
            ops = ops[1:]
        while ops and ops[-1][0] in ("insert", "delete"):
            ops = ops[:-1]
    changes = []
    for op, i1, i2, j1, j2 in ops:
        if op == "equal" and not same_marks(quote, (i1, i2), other, (j1, j2)):
            for k in range(i2 - i1 - 1):
                kind = gap_kind(quote, i1 + k, other, j1 + k)
                if kind:
                    changes.append(
                        _change(kind, quote, i1 + k, i1 + k + 2, other, j1 + k, j1 + k + 2)
                    )
        if op == "equal":
            continue
        if percent_sign(quote, (i1, i2), other, (j1, j2)):
            op_kinds = ["number-format"]
        else:
            op_kinds = kinds(quote.part(i1, i2), other.part(j1, j2), names)
        changes += [_change(kind, quote, i1, i2, other, j1, j2) for kind in op_kinds]
    found = {severity_of(c.kind) for c in changes}
    severity = next((s for s in SEVERITIES if s in found), "minor")
    return Alteration(severity, changes, side)


def _change(kind: str, quote: Side, i1: int, i2: int, other: Side, j1: int, j2: int) -> Change:
    return Change(
        kind, cut(quote.text, quote.tokens, i1, i2), cut(other.text, other.tokens, j1, j2)
    )
