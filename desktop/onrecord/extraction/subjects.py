"""Who speaks through a reporting cue: its subject, however the parse hangs it (a
trailing participle's clause, a relative clause's noun, a passive's agent, a document's
issuer, a poll behind a share of voters)."""

from __future__ import annotations

from onrecord.extraction import lexicon as lx
from onrecord.extraction.cues import is_cue, with_to

_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "X", "ADJ", "ADV", "DET"}  # "says the 30-year-old"
_RELATIVE = {"who", "which", "that"}
# Verbs whose passive subject is the one spoken to or found, not who spoke or found.
_TOLD = frozenset("tell ask inform warn advise urge brief assure remind find".split())
# Speech verbs whose passive subject is spoken to or of, not the speaker ("was criticised
# by fishermen"); not those whose passive subject did speak ("was quoted as saying").
_SPOKEN_TO = _TOLD | lx.SPEECH_VERBS - {"quote", "report", "say", "cite", "write"}
_CLIMB = {"advcl", "xcomp", "conj", "pcomp", "acomp", "ccomp", "parataxis"}


def subject_of(cue, ctx):
    """The token naming who speaks through `cue`, outside quotation marks, or None."""
    if cue.lower_ == "according":
        for to in cue.children:
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return obj
        return None
    if (document := _document_before(cue)) is not None:
        return document
    if _trailing_participle(cue):  # "X told …, adding …": X, however deep the parse hangs it
        main = _climb(_acting_clause(cue), cue, ctx)
        if main is not None and main.lower_ not in lx.FIRST_PERSON:
            return main
    return _climb(cue, cue, ctx)


def _acting_clause(cue):
    """The clause a trailing participle tells more of: the sentence's main one, or the
    one joined to it with a subject of its own that the participle hangs on (`…, but
    the host brought her back, asking …`); when the participle hangs on a clause that
    only sets a scene (`It was a potent punch, as Clinton echoed it, saying …`), the
    clause just before the participle."""
    head = cue.head
    scene = head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that", "there") for c in head.children
    )
    before = [c for c in head.children if c.dep_ in ("advcl", "conj") and c.i < cue.i]
    if scene and before:
        return before[-1]
    tok = head
    while tok.dep_ != "ROOT" and tok.head.i != tok.i:
        if tok.dep_ == "conj" and _own_subject(tok):
            return tok
        tok = tok.head
    joined = [c for c in tok.children if c.dep_ == "conj" and c.i < cue.i and _own_subject(c)]
    return joined[-1] if joined else tok  # `…, but the master disagreed, warning …`


def _own_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


_REDUCED = frozenset({"acl", "npadvmod", "prep", "pobj", "agent", "advmod", "compound"})


def _document_before(cue):
    """`a report released Thursday suggesting that …`: a participle right after a
    document's phrase tells what the document says, however the parse hangs it."""
    if cue.tag_ != "VBG" or cue.i == 0:
        return None
    tok = cue.doc[cue.i - 1]
    while tok.pos_ != "NOUN" or tok.lemma_.lower() not in lx.DOCUMENT_NOUNS:
        if tok.dep_ not in _REDUCED or tok.head.i >= tok.i:
            return None
        tok = tok.head
    through = tok.head  # `Thiel wrote in a statement explaining …`: Thiel, through it
    if through.lower_ in ("in", "through", "via") and is_cue(through.head, lx.SPEECH_VERBS):
        return None
    return tok if tok.right_edge.i == cue.i - 1 else None


def _trailing_participle(cue) -> bool:
    prev = cue.doc[cue.i - 1] if cue.i > 0 else cue
    while prev.i > 0 and (prev.pos_ == "ADV" or prev.is_quote):
        prev = cue.doc[prev.i - 1]
    return (
        cue.tag_ == "VBG"
        and cue.dep_ not in ("relcl", "amod", "pcomp")
        and not (cue.dep_ == "acl" and cue.head.lemma_.lower() in lx.DOCUMENT_NOUNS)
        and prev.lower_ in (",", "—", "–", "-", "and")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
        and not any(a.dep_ == "relcl" for a in cue.ancestors)
    )


def _climb(tok, cue, ctx):
    if _asked(cue):  # "…, she told the Gazette when asked if …": the Gazette asked, not she
        return next((c for c in cue.head.children if c.dep_ in ("dobj", "dative")), None)
    for _ in range(4):
        subjects = [
            c
            for c in tok.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in _NOMINAL and not ctx.in_quote(c)
        ]
        if subjects:  # a misparse can give two; the true one stands nearest the verb
            child = min(subjects, key=lambda c: abs(c.i - tok.i))
            if child.dep_ == "nsubjpass" and child.lower_ == "it":
                return None  # "it was reported that …": no speaker named
            if child.dep_ == "nsubjpass" and tok.lemma_.lower() in _SPOKEN_TO:
                # "she was asked by the host …"; "the mayor was criticised by fishermen …"
                return _agent(tok)
            if child.lower_ in _RELATIVE and tok.dep_ == "relcl":
                return _issuer(tok.head, cue, ctx) or tok.head  # "a surrogate who said …"
            return _poll_behind(child, ctx) or child
        if tok.i == cue.i and (inverted := _inverted_subject(cue, ctx)) is not None:
            return inverted
        if (agent := _agent(tok)) is not None:  # passive "…, as reported by the agency"
            return agent
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            # "a statement saying …", "Ryan, …, on Tuesday called …"; not "X issued a statement saying"
            owner = _owner(tok) or _issuer(tok.head, cue, ctx) or _addresser(tok, cue, ctx)
            return owner or tok.head
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            # "responded by saying …": the one who responded; "in addition to worrying …"
            tok = tok.head.head
            while tok.dep_ in ("pobj", "prep") and tok.head.i != tok.i:
                tok = tok.head
            continue
        if tok.dep_ not in _CLIMB or tok.head is tok:
            return None
        if tok.dep_ == "xcomp":  # "led many to suspect …": the object does the suspecting
            objects = [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i]
            if objects and not ctx.in_quote(objects[0]):
                return objects[0]
        tok = tok.head
    return None


def _asked(cue) -> bool:
    """`when asked whether …`, `Asked if she would resign, …`: a question put to the
    sentence's subject by someone the clause does not name."""
    return (
        cue.lemma_ == "ask"
        and cue.tag_ in ("VBN", "VBD")  # a subjectless clause: a participle however tagged
        and cue.dep_ == "advcl"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in cue.children)
    )


def _agent(verb):
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def according_source(cue, ctx):
    """`According to X, she worried that …`: X, the source of a thought or act that is
    not itself speech."""
    if cue.lemma_.lower() in lx.SPEECH_VERBS:
        return None
    for tok in cue.sent:
        if tok.lower_ == "according" and is_cue(tok) and not ctx.in_quote(tok):
            return subject_of(tok, ctx)
    return None


def subject_left_of(cue, ctx, fits=None):
    """A misparse left `cue` without subject: the last named subject before it in its
    sentence (`Levine, who has given money to Rubio, said, "…"`) that `fits`."""
    left = [t for t in cue.sent if t.i < cue.i and not ctx.in_quote(t)]
    names = [
        t
        for t in left
        if t.dep_ in ("nsubj", "nsubjpass")
        and not (t.dep_ == "nsubjpass" and t.head.i == cue.i and cue.lemma_.lower() in _TOLD)
        and t.pos_ not in ("PRON", "ADP")
        and t.head.dep_ != "relcl"
        and (fits is None or fits(t))
    ]
    if names:
        return names[-1]
    near = _phrase_before(cue, ctx)
    return near if near is not None and (fits is None or fits(near)) else None


def _phrase_before(cue, ctx):
    """`As part of his plea, Marcel Lazar, 44, said` or `…, a spokesperson from the X
    Halle said:` parsed with the name hung elsewhere: the phrase ending right before the
    cue, climbed from its last word to the name or person noun that heads it."""
    j = cue.i - 1
    while j > cue.sent.start and cue.doc[j].is_punct:
        j -= 1
    tok = best = cue.doc[j]
    while not _a_person(tok) and tok.dep_ in _INSIDE_PHRASE and tok.head.i < tok.i:
        tok = tok.head  # "… from the X Halle" up to "a spokesperson"; ", 44," up to the name
        best = tok if _a_person(tok) or tok.ent_type_ == "ORG" else best
    named = _a_person(best) or best.ent_type_ == "ORG" and best.pos_ == "PROPN"
    return best if named and best.right_edge.i >= j and not ctx.in_quote(best) else None


def _a_person(tok) -> bool:
    return (
        tok.pos_ == "PROPN"
        and tok.ent_type_ == "PERSON"
        or (tok.pos_ == "NOUN" and tok.lemma_.lower() in lx.PERSON_NOUNS)
    )


# the words of a phrase after its head, its own clauses too ("an official who spoke
# anonymously to discuss strategy said")
_INSIDE_PHRASE = frozenset(
    "pobj prep compound appos nummod amod npadvmod relcl acl advcl dobj xcomp advmod".split()
)


def _addresser(acl, cue, ctx):
    """`Sanders emailed supporters saying: "…"`, `told reporters saying`: a speech
    participle on the people a speech verb addresses is the addresser's."""
    noun = acl.head
    if acl.tag_ != "VBG" or noun.dep_ not in ("dobj", "dative") or noun.head.pos_ != "VERB":
        return None
    if noun.head.lemma_.lower() not in lx.SPEECH_VERBS | {"email", "text", "message"}:
        return None
    return _climb(noun.head, cue, ctx)


def _owner(verb):
    """`Trump's failure to denounce …`, `her refusal to say …`: the one whose failure or
    refusal it is does (or fails to do) the speaking."""
    if not with_to(verb):
        return None
    return next((c for c in verb.head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)


def _issuer(noun, cue, ctx):
    """`Trump issued a statement saying …`, `released an ad that urges …`: who issued it."""
    if noun.lemma_.lower() not in lx.DOCUMENT_NOUNS or noun.dep_ != "dobj":
        return None
    return _climb(noun.head, cue, ctx)


def _poll_behind(subject, ctx):
    """`In a CNN poll, 31% of voters said …`: a share of respondents speaks through the
    poll the sentence names."""
    if not (subject.like_num or subject.lower_ in ("%", "percent", "majority")):
        return None
    for tok in subject.sent:
        if (
            tok.lower_ in ("poll", "survey")
            and tok.dep_ in ("nsubj", "pobj")
            and not ctx.in_quote(tok)
        ):
            return tok
    return None


def _inverted_subject(cue, ctx):
    """`"…," recalled Mr. Rhodes`: after a quote the parser often takes the speaker for an
    object."""
    before = ctx.text[max(0, ctx.start(cue) - 6) : ctx.start(cue)].rstrip(" ,")
    if cue.tag_ == "VBG" or not before.endswith(("”", '"', "''", "’")):
        return None
    for child in cue.rights:
        if (
            child.dep_ in ("dobj", "attr", "npadvmod", "oprd")
            and child.pos_ in ("PROPN", "NOUN")
            and child.ent_type_ not in ("DATE", "TIME")
        ):
            return None if ctx.in_quote(child) else child
    return None


def enclosing_cue(cue, ctx):
    """`It said both sides reaffirmed …`: the reporting verb that reports `cue`'s clause."""
    for anc in cue.ancestors:
        if is_cue(anc, lx.SPEECH_VERBS) and anc.sent == cue.sent:
            subject = subject_of(anc, ctx)
            if subject is not None:
                return anc, subject
    return None, None
