"""Review state: the editor's decisions, notes and speaker corrections, saved as they happen.

log = ReviewLog(db_path)
review = log.for_article(article)
review.set_decision(quote.key, "verified")
"""

from onrecord.model import checked_quote, effective_speaker
from onrecord.review.log import ArticleReview, ReviewLog
from onrecord.review.overlay import reviewed_quotes, speaker_overrides
from onrecord.review.reading import saved_decisions, saved_source_paths
from onrecord.review.records import Decision, credited

__all__ = [
    "checked_quote",
    "speaker_overrides",
    "ArticleReview",
    "Decision",
    "credited",
    "ReviewLog",
    "effective_speaker",
    "reviewed_quotes",
    "saved_decisions",
    "saved_source_paths",
]
