"""View menu: cycle panes, filters, people, zoom, theme."""

from __future__ import annotations

from onrecord.gui.actions.registry import action

THEMES = ("system", "light", "dark")


@action("view.cycle_panes", "Next pane", "View")
def cycle_panes(window) -> None:
    panes = [window.quote_list, window.evidence, window.article_view]
    focused = next((i for i, p in enumerate(panes) if p.hasFocus()), -1)
    panes[(focused + 1) % len(panes)].setFocus()


def _filter(mode):
    def run(window) -> None:
        if mode == "all":  # all means everyone's too, and no search
            window.filter_person(None)
            window.filter_bar.search.clear()
        window.filter_bar.set_mode(mode)
        window.tabs.setCurrentWidget(window.quote_stack)
        if window.reviewer.current() is None:
            window.reviewer.jump(last=False)

    return run


action("view.filter_all", "Show all quotes", "View")(_filter("all"))
action("view.filter_to_review", "Show quotes to review", "View")(_filter("to_review"))
action("view.filter_flagged", "Show flagged quotes", "View")(_filter("flagged"))
action("view.filter_problems", "Show altered or misattributed quotes", "View")(_filter("problems"))


@action("view.people", "People in the article", "View", when="article")
def people(window) -> None:
    window.tabs.setCurrentWidget(window.people_list)
    window.people_list.setFocus()
    if not window.people_list.currentIndex().isValid():
        window.people_list.setCurrentIndex(window.reviewer.people.index(0))


@action("view.zoom_in", "Larger text", "View")
def zoom_in(window) -> None:
    window.set_zoom(window.settings.zoom + 1)


@action("view.zoom_out", "Smaller text", "View")
def zoom_out(window) -> None:
    window.set_zoom(window.settings.zoom - 1)


@action("view.zoom_reset", "Actual size", "View")
def zoom_reset(window) -> None:
    window.set_zoom(0)


@action("view.theme", "Switch theme (system, light, dark)", "View")
def switch_theme(window) -> None:
    current = window.settings.theme if window.settings.theme in THEMES else "system"
    window.settings.theme = THEMES[(THEMES.index(current) + 1) % len(THEMES)]
    window.retheme()
    window.status.showMessage(f"Theme: {window.settings.theme}", 4000)
