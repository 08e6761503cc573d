"""Apply an editor's speaker correction to an extracted quote."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from onrecord.model import Person, Quote, Speaker


def effective_speaker(
    quote: Quote, override: str | None, people: Iterable[Person] = ()
) -> Speaker | None:
    """The quote's speaker, or the editor's correction with what the article says of that person.

    The corrected speaker keeps the original mention span (the words at the attribution) and
    takes affiliation, role and organisation from the article's people registry when the
    name (or an alias of it) is there; otherwise they are left empty rather than guessed.
    """
    if not override:
        return quote.speaker
    wanted = override.casefold()
    person = next(
        (p for p in people if wanted in {p.name.casefold(), *(a.casefold() for a in p.aliases)}),
        None,
    )
    base = quote.speaker or Speaker(name=override, mention="")
    return replace(
        base,
        name=person.name if person else override,
        affiliation=person.affiliation if person else None,
        role=person.role if person else None,
        organization=person.organization if person else None,
        type=person.type if person else base.type,
        resolved=True,
    )
