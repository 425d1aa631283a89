"""Every screen the app offers, on the demo meeting at 80x24: it draws, and nothing sticks out.

Generic on purpose: it covers each tool screen (coprod_tui.tui.tools.available_tools()) as it lands.
"Sticking out" = a widget whose region reaches past what its containers show (or past the screen)
while no container around it can scroll that way: something cut off with no way to reach it.
"""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.containers import HorizontalScroll, Vertical
from textual.errors import NoWidget
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from coprod_tui.meeting.demo import ensure_demo
from coprod_tui.tui.tools import available_tools

MODES = ["home", *(tool.mode for tool in available_tools())]


def can_scroll(widget: Widget, *, horizontally: bool) -> bool:
    """Whether some container around ``widget`` scrolls that way (so what is cut is reachable)."""
    for ancestor in widget.ancestors:
        if not isinstance(ancestor, Widget):
            break
        if ancestor.allow_horizontal_scroll if horizontally else ancestor.allow_vertical_scroll:
            return True
    return False


def cut_off_widgets(screen: Screen) -> list[str]:
    problems = []
    for widget in screen.query("*"):
        try:
            geometry = screen.find_widget(widget)
        except NoWidget:  # not displayed
            continue
        region, clip = geometry.region, geometry.clip.intersection(screen.region)
        if not region.area or clip.contains_region(region):
            continue
        if (region.x < clip.x or region.right > clip.right) and not can_scroll(
            widget, horizontally=True
        ):
            problems.append(f"{widget!r} at {region} is cut horizontally (shown: {clip})")
        if (region.y < clip.y or region.bottom > clip.bottom) and not can_scroll(
            widget, horizontally=False
        ):
            problems.append(f"{widget!r} at {region} is cut vertically (shown: {clip})")
    return problems


@pytest.mark.parametrize("mode", MODES)
async def test_screen_fits_80x24_on_the_demo_meeting(store, make_app, mode):
    app = make_app(meeting_id=ensure_demo(store))
    async with app.run_test(size=(80, 24)) as pilot:
        app.switch_mode(mode)
        await pilot.pause()
        await pilot.pause()
        assert app.current_mode == mode
        assert app.screen.region.size == (80, 24)
        assert not cut_off_widgets(app.screen), "\n".join(cut_off_widgets(app.screen))


class TooWide(Screen[None]):
    DEFAULT_CSS = "TooWide Static { width: 100; }"

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("x" * 100, id="cut")
        with HorizontalScroll():
            yield Static("y" * 100, id="reachable")


async def test_the_check_finds_a_widget_cut_off_and_accepts_one_that_scrolls():
    app = App()
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(TooWide())
        await pilot.pause()
        problems = cut_off_widgets(app.screen)
        assert len(problems) == 1 and "id='cut'" in problems[0], problems
