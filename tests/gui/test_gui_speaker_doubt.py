"""A card whose speaker is a guess says "speaker?"; quoted words that are no quote are faint."""

from onrecord.gui.theme.palette import colors
from onrecord.gui.widgets.quote_cards import speaker_line

ARTICLE = (
    "date 2026-03-02 Farm sale on hold\n\n"
    "“The harvest was late this year,” said Mara Quill, who owns the farm.\n\n"
    "Her memoir “Salt and Barley” was published in May. The buyers have gone quiet.\n\n"
    "“We will not sell before the spring,” she said.\n"
)


def test_a_guessed_speaker_is_marked_and_a_title_is_faint(open_window, tmp_path):
    path = tmp_path / "farm.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    win = open_window(path)
    session = win.reviewer.session
    proxy = win.reviewer.proxy
    lines = {
        session.quotes[proxy.mapToSource(proxy.index(r, 0)).row()].text: speaker_line(
            proxy.index(r, 0)
        )
        for r in range(proxy.rowCount())
    }
    assert lines == {
        "The harvest was late this year,": "Mara Quill",
        "We will not sell before the spring,": "Mara Quill  · speaker?",
    }
    faint = [
        sel.cursor.selectedText()
        for sel in win.article_view.extraSelections()
        if sel.format.foreground().color() == colors().tint("muted", 255)
    ]
    assert faint == ["Salt and Barley"]
