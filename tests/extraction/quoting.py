"""The quotes the extractor finds in a text, for the attribution tests."""

from onrecord.articles import article_from_text


def quotes(extractor, text):
    return extractor.extract(article_from_text(text)).quotes
