"""OnRecord's extractor as a spaCy pipeline component.

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("onrecord_quotes")
    doc = nlp(text)
    doc._.quotes  # list of onrecord.model.Quote

Registered through the `spacy_factories` entry point, so no import is needed first.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


class QuotesComponent:
    def __init__(self, nlp) -> None:
        self.nlp = nlp

    def __call__(self, doc):
        from onrecord.extraction.extractor import Extractor
        from onrecord.model import Article

        doc._.quotes = Extractor(self.nlp).extract_parsed(Article(text=doc.text), doc).quotes
        return doc


@Language.factory("onrecord_quotes", requires=["token.dep", "token.pos", "doc.ents"])
def make_quotes_component(nlp, name):
    return QuotesComponent(nlp)
