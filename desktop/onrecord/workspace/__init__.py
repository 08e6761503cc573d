"""One article under review: its quotes, their matches and the editor's decisions (no Qt).

The review window is a thin layer over `ReviewSession`; every rule about what is left
to review, what a filter shows or where review goes next lives here.
"""

from onrecord.workspace.session import FILTERS, ReviewSession

__all__ = ["FILTERS", "ReviewSession"]
