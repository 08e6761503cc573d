"""Words the reports use for speakers and earlier statements (verdicts: onrecord.verdicts)."""


def speaker_line(speaker: dict | None) -> str:
    if not speaker:
        return "speaker unresolved"
    name = speaker["name"] + ("" if speaker.get("resolved", True) else " (unresolved)")
    return f"{name}, {speaker['affiliation']}" if speaker.get("affiliation") else name


def statement_line(statement: dict | None) -> str:
    """Who said the earlier statement, when and where: 'Kim Jong-un, 2025-06-01, KCNA'."""
    if not statement:
        return ""
    return ", ".join(str(statement[k]) for k in ("speaker", "date", "outlet") if statement.get(k))
