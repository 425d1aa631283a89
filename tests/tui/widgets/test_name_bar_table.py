"""The cursor bar of the action plan and the readiness questions covers the columns that name
the row (key element and what; number and question), not the rest of the row: as a facilitator
moves it with the arrow keys, in colour and under NO_COLOR, at 80x24 and 100x30."""

from __future__ import annotations

import pytest
from rich.style import Style
from textual.widgets import DataTable

from coprod_tui.tui.widgets.name_bar_table import NameBarTable
from tests.support import make_meeting
from tests.textual_view import screen_strips

SIZES = [(80, 24), (100, 30)]
SCREENS = {"actions": ("5", "#actions"), "readiness": ("7", "#questions")}


def cell_styles(app, table: DataTable, row: int) -> list[Style]:
    """The style of each cell of the table's width on the screen line that shows ``row``."""
    y = table.region.y + table.header_height + row - round(table.scroll_y)
    strip = screen_strips(app)[y].crop(table.region.x, table.region.right)
    return [segment.style or Style() for segment in strip for _ in segment.text]


def bar_width(table: DataTable) -> int:
    columns = list(table.columns.values())[: table.bar_columns]
    return sum(column.get_render_width(table) for column in columns)


def marked(style: Style, plain: Style, no_color: bool) -> bool:
    """Whether a cell shows the bar: reverse video without colours, else a bar's background."""
    return bool(style.reverse) if no_color else style.bgcolor != plain.bgcolor


def assert_bar_on_naming_columns(app, table: DataTable, no_color: bool, other_row: int) -> None:
    width = bar_width(table)
    assert 0 < width < table.region.width
    on = cell_styles(app, table, table.cursor_row)
    off = cell_styles(app, table, other_row)
    assert len(on) == table.region.width
    assert all(marked(style, off[x], no_color) for x, style in enumerate(on[:width]))
    # Past the naming columns, to the table's edge, the cursor row looks like any other row.
    assert not any(marked(style, off[x], no_color) for x, style in enumerate(on) if x >= width)
    assert not any(marked(style, off[x], no_color) for x, style in enumerate(off))


def meeting_with_actions(store, clock):
    meeting = make_meeting(store, clock)
    for element, what, who in [
        ("assets", "Map the residents' skills", "Jan"),
        ("catalysts", "Ask the kitchen for herbs", "Priya"),
        ("networks", "Invite the neighbours", "Els"),
        ("mutuality", "Cook together", "Fatima"),
    ]:
        meeting.add_action(element, what, who, how_known="a list")
    return meeting


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("no_color", [False, True], ids=["colour", "NO_COLOR"])
@pytest.mark.parametrize("screen", sorted(SCREENS))
async def test_the_bar_covers_the_naming_columns_only(
    store, clock, make_app, monkeypatch, size, no_color, screen
):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    key, selector = SCREENS[screen]
    app = make_app(meeting_id=meeting_with_actions(store, clock).session.id)
    async with app.run_test(size=size) as pilot:
        await pilot.press(key)
        await pilot.pause()
        table = app.screen.query_one(selector, NameBarTable)
        assert table.has_focus
        await pilot.press("down")
        await pilot.pause()
        assert table.cursor_row == 1
        assert_bar_on_naming_columns(app, table, no_color, other_row=0)
        await pilot.press("down")
        await pilot.pause()
        assert table.cursor_row == 2
        assert_bar_on_naming_columns(app, table, no_color, other_row=1)


async def test_enter_still_acts_on_the_whole_row(store, clock, make_app):
    app = make_app(meeting_id=meeting_with_actions(store, clock).session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        table = app.screen.query_one("#actions", NameBarTable)
        assert table.cursor_type == "row"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen.query("#what"), "enter opens the form of the row under the bar"


async def test_a_table_without_columns_or_rows_draws_and_then_fills():
    from textual.app import App, ComposeResult

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield NameBarTable(id="t", bar_columns=2)

    app = Bare()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(NameBarTable)
        await pilot.pause()  # drawn with no columns: nothing to match the blank to
        table.add_columns("a", "b", "c")
        await pilot.pause()  # columns, no rows: only the header
        table.add_row("1", "2", "3")
        table.add_row("4", "5", "6")
        await pilot.press("down")
        await pilot.pause()
        assert table.cursor_row == 1
        assert screen_strips(app)[2].text.startswith(" 4  5  6")
