"""Words the reports use for verdicts and decisions (the same in every format)."""

STORE = {
    "verbatim": "said before, verbatim",
    "altered": "altered wording",
    "partial": "part of an earlier statement",
    "misattributed": "said by someone else",
    "unknown": "never seen",
}
SOURCE = {"found": "found in source", "drift": "differs from source", "absent": "not in source"}
DECISION = {
    "verified": "verified",
    "flagged": "flagged",
    "dismissed": "dismissed (not a quote)",
    None: "undecided",
}


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
