"""Words the reports use for speakers and earlier statements (verdicts: onrecord.verdicts)."""

from onrecord.alteration import label


def speaker_line(speaker: dict | None, translated: bool = False) -> str:
    """'Oh Kyung-seop, a senior research fellow … · translated'."""
    if not speaker:
        line = "speaker unresolved"
    else:
        name = speaker["name"] + ("" if speaker.get("resolved", True) else " (unresolved)")
        line = f"{name}, {speaker['affiliation']}" if speaker.get("affiliation") else name
    return f"{line} · translated" if translated else line


def alteration_line(alteration: dict | None, translated: bool = False) -> str:
    """'substantive: hedge “clearly” for “likely”; wording “the main” for “a”' ('' if none)."""
    if not alteration:
        return ""
    changes = "; ".join(change_line(c) for c in alteration["changes"])
    return f"{label(alteration['severity'], translated)}: {changes or 'the quoted words unchanged'}"


def change_line(change: dict) -> str:
    """'hedge “clearly” for “likely”', 'negation “not” left out', 'wording “much” added'."""
    new, old = change["quote"], change.get("statement", change.get("source", ""))
    if new and old:
        return f"{change['kind']} “{new}” for “{old}”"
    return f"{change['kind']} “{new}” added" if new else f"{change['kind']} “{old}” left out"


def credit_line(q: dict) -> str:
    """Who the article credits, and who really said it when the editor answered that the
    article credits the wrong person: 'article: Yang Moo-jin · said by: Lim Eul-chul'."""
    credit = speaker_line(q["speaker"], q.get("translated", False))
    return f"article: {credit} · said by: {q['said_by']}" if q.get("said_by") else credit


def sections(quotes: list[dict]) -> list[tuple[str, list[tuple[int, dict]]]]:
    """The report's quote sections, numbered through: those needing attention (the report
    lists them first), then the others."""
    numbered = list(enumerate(quotes, 1))
    first = [(n, q) for n, q in numbered if q["needs_attention"]]
    rest = [(n, q) for n, q in numbered if not q["needs_attention"]]
    return [(title, qs) for title, qs in (("Needs attention", first), ("Other quotes", rest)) if qs]


def statement_line(statement: dict | None) -> str:
    """Who said the earlier statement, when and where: 'Kim Jong-un, 2025-06-01, KCNA'."""
    if not statement:
        return ""
    return ", ".join(str(statement[k]) for k in ("speaker", "date", "outlet") if statement.get(k))


def decided_line(q: dict) -> str:
    """'Ana Ruiz, 2025-07-14T09:12:00Z'; the date alone when no editor is named ('' when the
    quote has no decision)."""
    if not q["decided_at"]:
        return ""
    return ", ".join(filter(None, (q["decided_by"], q["decided_at"])))
