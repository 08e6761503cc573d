"""Qt models: thin adapters over a `ReviewSession` (no rules of their own)."""

from onrecord.gui.models.people import PeopleModel
from onrecord.gui.models.quotes import QuoteFilter, QuoteModel, Role

__all__ = ["PeopleModel", "QuoteFilter", "QuoteModel", "Role"]
