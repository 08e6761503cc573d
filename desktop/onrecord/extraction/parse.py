"""Running spaCy over an article in paragraph-aligned chunks, merged into one Doc."""

from __future__ import annotations

import re

CHUNK_CHARS = 20_000


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Pieces of at most about `size` characters that end at a newline; they join to `text`."""
    out, pos = [], 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = text.rfind("\n", pos, end)
            end = cut + 1 if cut > pos else end
        out.append(text[pos:end])
        pos = end
    return out


# spaCy's tokenizer peels a space-free run of marks one character at a time, searching the
# whole run each time: 4,000 quote marks or emoji in a row take seconds, 10,000 half a
# minute. No word is 64 marks long, so such runs are parsed as spaces of the same length
# (every offset stays; quote marks are found in the article text, not in the parse).
_MARK_RUN = re.compile(r"[^\w\s]{64,}")
# A no-break or thin space (`a\xa0spokesperson said:\xa0“…`) is a token of its own to
# spaCy, cutting the phrase around it: it is parsed as the plain space it stands for.
_ODD_SPACES = str.maketrans(dict.fromkeys("\xa0\u2007\u2009\u200a\u202f", " "))
# A wire dateline opening a paragraph (`CLEVELAND, July 19 (UPI) — Former Attorney General
# Michael Mukasey told…`) is no part of the sentence after it, yet the parser makes the city
# the subject and the speaker an apposition of it: it is parsed as spaces.
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,2}(?:,[ \xa0]+[A-Z][a-z]?\.(?:[ \xa0]?[A-Z]\.)+)?"
    r"(?:,[ \xa0]+[A-Z][a-z]{2,8}\.?[ \xa0]+\d{1,2})?(?:[ \xa0]+\([A-Za-z][\w ]{1,20}\))?"
    r"[ \xa0]*(?:—|–|--?)[ \xa0]+(?=\S)"
)


def _parse_text(text: str) -> str:
    """The article as the parser reads it: same length, every offset unchanged."""
    spaces = lambda m: " " * len(m.group())  # noqa: E731
    return _DATELINE.sub(spaces, _MARK_RUN.sub(spaces, text)).translate(_ODD_SPACES)


def parse(nlp, text: str):
    from spacy.tokens import Doc

    docs = list(nlp.pipe(chunks(_parse_text(text))))
    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False) if docs else nlp.make_doc("")


def join_hyphenated_names(doc):
    """`Boateng-Reyes`, `Ji-hoon`: spaCy splits a hyphenated name into three tokens, and a
    surname read from its last token ("Reyes") is another name. Each `Name-Name` written
    without spaces whose parts are tagged proper nouns, or lie in one person's name, becomes
    one proper noun (the parse and entity of its last part); offsets are unchanged.
    Idempotent."""
    spans = []
    i = 1
    while i < len(doc) - 1:
        left, mark, right = doc[i - 1], doc[i], doc[i + 1]
        if (
            mark.text == "-"
            and not left.whitespace_
            and not mark.whitespace_
            and left.is_title
            and left.tag_ == "NNP"
            and right.is_alpha
            and (
                right.tag_ in ("NNP", "NNPS")
                or left.ent_type_ == "PERSON"
                and right.ent_iob_ == mark.ent_iob_ == "I"
            )
        ):
            start = spans.pop()[0] if spans and spans[-1][1] == i else i - 1  # "A-B-C"
            spans.append((start, i + 2))
            i += 2
        else:
            i += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for start, end in spans:
                span = doc[start:end]
                tag = "NNPS" if span[-1].tag_ == "NNPS" else "NNP"
                attrs = {"LEMMA": span.text, "NORM": span.text.lower(), "TAG": tag, "POS": "PROPN"}
                retokenizer.merge(span, attrs=attrs)
    return doc
