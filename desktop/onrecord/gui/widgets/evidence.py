"""The evidence pane: who said it, where the article says so, and what the store holds.

Rendered as HTML from the session; the diff reads without colour too (removed words
struck through, added words underlined).
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser

from onrecord.gui.theme import fonts
from onrecord.gui.theme.palette import colors
from onrecord.verdicts import SOURCE, STORE

MAX_MATCHES = 3


class EvidencePane(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("evidence")
        self.setOpenLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.zoom = 0
        self.show_message("Select a quote to see its evidence.")

    def show_message(self, text: str) -> None:
        self.document().setDefaultFont(fonts.ui(self.zoom))
        self.setHtml(f"<p style='color:{colors().muted}'>{escape(text)}</p>")

    def show_quote(self, session, quote) -> None:
        self.document().setDefaultFont(fonts.ui(self.zoom))
        self.setHtml(render(session, quote))


def _chip(mark, text=None) -> str:
    c = getattr(colors(), mark.color)
    return (
        f"<span style='color:{c}; font-weight:600'>{mark.mark} {escape(text or mark.word)}</span>"
    )


def _speaker_html(session, quote) -> list[str]:
    """Who said it (or that nobody could tell), in what capacity, through whom; the note."""
    s = colors()
    speaker = session.speaker(quote)
    out = []
    if speaker is None or not speaker.resolved:
        said = f" (the article says “{escape(speaker.mention)}”)" if speaker else ""
        out.append(
            f"<p style='color:{s.red}; font-weight:600'>⚠ Speaker unresolved{said}: "
            "press s to name them</p>"
        )
    else:
        said = f" <span style='color:{s.muted}'>· translated</span>" if quote.translated else ""
        out.append(
            f"<p style='margin-bottom:0'><b style='font-size:large'>{escape(speaker.name)}</b>"
            f"{said}</p>"
        )
    line = session.caption(quote)
    if line:
        out.append(f"<p style='color:{s.muted}; margin-top:0'>{escape(line)}</p>")
    said_by = session.said_by(quote.key)
    if said_by:
        out.append(
            f"<p style='color:{s.red}; font-weight:600; margin-top:2px'>⚠ The article credits "
            f"{escape(speaker.name if speaker else 'nobody')}: said by {escape(said_by)} "
            "(your answer; fix the credit before publication)</p>"
        )
    note = session.note(quote.key)
    if note:
        out.append(f"<p>✎ <b>Note:</b> {escape(note)}</p>")
    return out


def _attribution_html(session, quote) -> list[str]:
    """Where the article names the speaker: the sentence, and every other mention."""
    s = colors()
    out = ["<h4 style='margin-top:14px'>Attribution</h4>"]
    if session.unsure(quote):
        out.append(
            f"<p style='color:{s.amber}'>Unsure who said it (confidence "
            f"{round(quote.confidence * 100)}%): check the sentence, press s to correct</p>"
        )
    if quote.evidence:
        a, b = quote.evidence
        out.append(f"<p style='font-style:italic'>{escape(session.article.text[a:b].strip())}</p>")
    speaker = session.speaker(quote)
    person = session.person(speaker.name) if speaker else None
    if person and person.mentions:
        text = session.article.text
        names = sorted({text[a:b] for a, b in person.mentions})
        count = len(person.mentions)
        out.append(
            f"<p style='color:{s.muted}'>Named {count} time{'s' if count > 1 else ''} in the "
            "article as " + ", ".join(f"“{escape(n)}”" for n in names) + "</p>"
        )
    return out if len(out) > 1 else []


def diff_html(diff: list[dict], quote: str) -> str:
    """The core's diff rendering, in the palette's colours: said before struck, the quote's own
    words underlined."""
    from onrecord.reports import diffs

    s = colors()
    return diffs.render(
        diff,
        quote,
        lambda w: f"<s style='color:{s.red}'>{w}</s>",
        lambda w: f"<u style='color:{s.green}'>{w}</u>",
        escape,
    )


def alteration_html(alteration, translated: bool) -> str:
    """'Substantive — hedge “clearly” for “likely” · wording “the main” for “a”' ('' for none)."""
    if alteration is None:
        return ""
    from onrecord.reports.labels import change_line

    s = colors()
    label = alteration.label(translated)
    changes = " · ".join(escape(change_line(c)) for c in alteration.to_dict()["changes"])
    why = {
        "translation variant": "a translated quote: translations of one statement differ in wording",
        "minor": "spelling, punctuation, contractions, fillers, articles or number format only",
    }.get(label, "")
    if not changes:  # a fragment quoted exactly
        changes, why = "the quoted words are unchanged", ""
    return (
        f"<p style='margin-left:12px; margin-bottom:0'><b>{escape(label.capitalize())}</b>"
        f" — {changes}</p>"
        + (
            f"<p style='color:{s.muted}; font-size:small; margin-left:12px'>{why}</p>"
            if why
            else ""
        )
    )


def _matches_html(session, quote) -> list[str]:
    from onrecord.reports.diffs import has_changes

    s = colors()
    matches = session.best_matches(quote.key)[:MAX_MATCHES]
    out = ["<h4 style='margin-top:14px'>Earlier statements</h4>"]
    if not matches:
        out.append(
            f"<p style='color:{s.muted}'>No earlier statement comes close to this quote.</p>"
        )
        return out
    for i, m in enumerate(matches):
        st = m.statement or {}
        mark = STORE.get(m.verdict, STORE["unknown"])
        where = " · ".join(x for x in (st.get("date"), st.get("outlet")) if x) or "undated"
        who = st.get("speaker") or "unknown speaker"
        out.append(
            f"<p style='margin-bottom:2px'>{_chip(mark)} &nbsp; {round(m.score)}% "
            f"<span style='color:{s.muted}'>· {escape(who)} · {escape(where)}</span></p>"
        )
        if i == 0 and has_changes(m.diff):
            out.append(
                f"<p style='margin-left:12px'>{diff_html(m.diff, quote.text)}</p>"
                + alteration_html(m.alteration, quote.translated)
                + f"<p style='color:{s.muted}; font-size:small; margin-left:12px'>"
                "struck: only in the earlier statement · underlined: only in this quote</p>"
            )
        else:
            out.append(
                f"<p style='margin-left:12px; color:{s.ink}'>“{escape(st.get('text', ''))}”</p>"
            )
    return out


def _source_html(session, quote) -> list[str]:
    if not session.sources:
        return []
    m = session.source_match(quote.key)
    out = ["<h4 style='margin-top:14px'>Source document</h4>"]
    out += _source_check_html(session, quote.text, m, quote.translated)
    if m and m.whole and m.whole.parts[0] == quote.key:
        out.append(
            "<p style='margin:8px 0 2px 0'><i>The quote split by its attribution, as a whole:</i></p>"
        )
        out += _source_check_html(
            session,
            " … ".join(q.text for q in session.quotes if q.key in m.whole.parts),
            m.whole,
            quote.translated,
        )
    return out


def _source_check_html(session, text: str, m, translated: bool = False) -> list[str]:
    """Verdict, source and score; then the source's passage in its context, or the diff."""
    from onrecord.reports.diffs import has_changes
    from onrecord.sources import in_context

    s = colors()
    mark = SOURCE[m.verdict if m else "absent"]
    where = m.source if m and m.source else ", ".join(src.name for src in session.sources)
    score = f" · {round(m.score)}%" if m and m.verdict == "drift" else ""
    out = [
        f"<p style='margin-bottom:2px'>{_chip(mark)} "
        f"<span style='color:{s.muted}'>· {escape(where)}{score}</span></p>"
    ]
    if m and m.verdict == "drift" and has_changes(m.diff):
        out.append(
            f"<p style='margin-left:12px'>{diff_html(m.diff, text)}</p>"
            + alteration_html(m.alteration, translated)
            + f"<p style='color:{s.muted}; font-size:small; margin-left:12px'>"
            "struck: only in the source · underlined: only in this quote</p>"
        )
    elif m and m.verdict == "found" and (ctx := in_context(m, session.sources)):
        before, passage, after = (escape(x) for x in ctx)
        out.append(
            f"<p style='margin-left:12px; color:{s.muted}'>…{before}"
            f"<b style='color:{s.ink}'>{passage}</b>{after}…</p>"
        )
    return out


def render(session, quote) -> str:
    s = colors()
    parts = _speaker_html(session, quote) + _source_html(session, quote)
    parts += _matches_html(session, quote) + _attribution_html(session, quote)
    return f"<div style='color:{s.ink}'>" + "".join(parts) + "</div>"
