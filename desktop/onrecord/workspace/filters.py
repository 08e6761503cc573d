"""The filters of the quote list, id -> label shown to the editor (`ReviewSession.shows`
applies them). Imports nothing: the window builds its filter bar before its first paint."""

FILTERS = {
    "all": "All",
    "to_review": "To review",
    "flagged": "Flagged",
    "problems": "Altered or misattributed",
}
