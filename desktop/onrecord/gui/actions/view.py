"""View menu: cycle panes, filters, people, zoom, theme."""

from __future__ import annotations

from onrecord.gui.actions.registry import action

THEMES = ("system", "light", "dark")


@action("view.cycle_panes", "Next pane", "View")
def cycle_panes(win) -> None:
    panes = [win.quote_list, win.evidence, win.article_view]
    focused = next((i for i, p in enumerate(panes) if p.hasFocus()), -1)
    panes[(focused + 1) % len(panes)].setFocus()


def _filter(mode):
    def run(win) -> None:
        if mode == "all":  # all means everyone's too, and no search
            win.filter_person(None)
            win.filter_bar.search.clear()
        win.filter_bar.set_mode(mode)
        win.tabs.setCurrentWidget(win.quote_stack)
        if win.reviewer.current() is None:
            win.reviewer.jump(last=False)

    return run


action("view.filter_all", "Show all quotes", "View")(_filter("all"))
action("view.filter_to_review", "Show quotes to review", "View")(_filter("to_review"))
action("view.filter_flagged", "Show flagged quotes", "View")(_filter("flagged"))
action("view.filter_problems", "Show altered or misattributed quotes", "View")(_filter("problems"))


@action("view.people", "People in the article", "View")
def people(win) -> None:
    win.tabs.setCurrentWidget(win.people_list)
    win.people_list.setFocus()
    if not win.people_list.currentIndex().isValid():
        win.people_list.setCurrentIndex(win.reviewer.people.index(0))


@action("view.zoom_in", "Larger text", "View")
def zoom_in(win) -> None:
    win.set_zoom(win.settings.zoom + 1)


@action("view.zoom_out", "Smaller text", "View")
def zoom_out(win) -> None:
    win.set_zoom(win.settings.zoom - 1)


@action("view.zoom_reset", "Actual size", "View")
def zoom_reset(win) -> None:
    win.set_zoom(0)


@action("view.theme", "Switch theme (system, light, dark)", "View")
def switch_theme(win) -> None:
    current = win.settings.theme if win.settings.theme in THEMES else "system"
    win.settings.theme = THEMES[(THEMES.index(current) + 1) % len(THEMES)]
    win.retheme()
    win.status.showMessage(f"Theme: {win.settings.theme}", 4000)
