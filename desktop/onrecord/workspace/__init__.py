"""One article under review: its quotes, their matches and the editor's decisions (no Qt).

The review window is a thin layer over `ReviewSession`; every rule about what is left
to review, what a filter shows or where review goes next lives here. The session (and the
review, store and matching code it brings) loads on first use, not with the package.
"""

from onrecord.workspace.filters import FILTERS

__all__ = ["FILTERS", "ReviewSession"]


def __getattr__(name: str):
    if name == "ReviewSession":
        from onrecord.workspace.session import ReviewSession

        return ReviewSession
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
