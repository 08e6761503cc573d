"""OnRecord: verify the quotes in a news article before it runs."""

__version__ = "0.1.0"
