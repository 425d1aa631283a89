"""RowList: a long list that draws only the rows in view; keys, the mouse, its messages, how it
reads without colour, and what appending costs."""

from __future__ import annotations

import pytest
from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.geometry import Region

from coprod_tui.tui.widgets import row_list
from coprod_tui.tui.widgets.row_list import SCROLLBAR_EVERY, Column, RowList, column_widths
from tests.textual_view import capture_repaints, screen_lines, screen_segments

SIZES = [(80, 24), (100, 30)]
COLUMNS = [Column("name", 12), Column("note", flexible=True), Column("n", 3, justify="right")]


def people(count: int, first: int = 0) -> list[tuple[str, str, int]]:
    return [(f"person {n}", f"note {n}", n) for n in range(first, first + count)]


class OneList(App[None]):
    def __init__(self, *, ansi_color: bool = False) -> None:
        super().__init__(ansi_color=ansi_color)  # as the app does under NO_COLOR
        self.drawn: list[tuple[str, str, int]] = []
        self.heard: list[tuple[str, int, object]] = []

    def cells(self, item: tuple[str, str, int]) -> tuple[str, str, str]:
        self.drawn.append(item)
        return item[0], item[1], str(item[2])

    def compose(self) -> ComposeResult:
        yield RowList(self.cells, COLUMNS, id="people")

    @on(RowList.Highlighted)
    def _highlighted(self, message: RowList.Highlighted) -> None:
        self.heard.append(("highlighted", message.row, message.item))

    @on(RowList.Selected)
    def _selected(self, message: RowList.Selected) -> None:
        self.heard.append(("selected", message.row, message.item))

    @property
    def rows(self) -> RowList:
        return self.query_one(RowList)


def line_of(app: OneList, text: str) -> int:
    return next(n for n, line in enumerate(screen_lines(app)) if text in line)


def test_flexible_columns_share_what_the_fixed_ones_leave():
    assert column_widths(COLUMNS, 40) == [12, 40 - 12 - 3 - 6, 3]
    assert column_widths([Column("a long label", 2)], 80) == [12], "the label always fits"
    assert column_widths(COLUMNS, 10) == [12, 4, 3], "no room: the line is cut, not the labels"


@pytest.mark.parametrize("size", SIZES)
async def test_it_shows_a_header_and_the_rows_in_view_cut_to_fit(size):
    app = OneList()
    async with app.run_test(size=size) as pilot:
        items = people(1000)
        items[1] = ("a name far too long for its column", "[bold]not markup[/]\nnext", 1)
        app.rows.show(items)
        await pilot.pause()
        lines = screen_lines(app)
        assert lines[0].split() == ["name", "note", "n"]
        assert lines[1].startswith(" person 0 ")
        assert lines[2].startswith(" a name far…   [bold]not markup[/] next ")
        assert lines[size[1] - 1].startswith(f" person {size[1] - 2} ")
        assert all(len(line) == size[0] for line in lines)
        assert len(app.drawn) <= size[1], "only the rows in view were asked for their cells"


async def test_keys_move_the_cursor_scroll_it_into_view_and_enter_selects():
    app = OneList()
    async with app.run_test(size=(80, 24)) as pilot:
        app.rows.show(people(100))
        app.rows.focus()
        await pilot.press("down", "down")
        await pilot.pause()
        assert app.rows.cursor_row == 2 and app.rows.highlighted == people(1, 2)[0]
        assert [h[:2] for h in app.heard] == [("highlighted", 1), ("highlighted", 2)]
        await pilot.press("pagedown")
        await pilot.pause()
        assert app.rows.cursor_row == 2 + 23  # a page: the rows in view (24 lines, one header)
        assert line_of(app, "person 25 ") == 23, "scrolled: the cursor row is the last in view"
        await pilot.press("end")
        await pilot.pause()
        assert app.rows.cursor_row == 99 and line_of(app, "person 99 ") == 23
        await pilot.press("pageup", "home")
        await pilot.pause()
        assert app.rows.cursor_row == 0 and line_of(app, "person 0 ") == 1
        await pilot.press("up")  # already at the top: nothing happens
        app.heard.clear()
        await pilot.press("enter")
        await pilot.pause()
        assert app.heard == [("selected", 0, people(1)[0])]


async def test_a_click_highlights_a_row_and_a_click_on_the_highlighted_row_selects_it():
    app = OneList()
    async with app.run_test(size=(80, 24)) as pilot:
        app.rows.show(people(10))
        await pilot.pause()
        await pilot.click(RowList, offset=(5, 0))  # the header: nothing
        await pilot.click(RowList, offset=(5, 4))
        await pilot.pause()
        assert app.rows.cursor_row == 3
        await pilot.click(RowList, offset=(5, 4))
        await pilot.click(RowList, offset=(5, 20))  # below the last row: nothing
        await pilot.pause()
        assert [h[:2] for h in app.heard] == [("highlighted", 3), ("selected", 3)]


@pytest.mark.parametrize("size", SIZES)
async def test_the_cursor_row_reads_without_colour(monkeypatch, size):
    monkeypatch.setenv("NO_COLOR", "1")
    app = OneList(ansi_color=True)
    async with app.run_test(size=size) as pilot:
        app.rows.show(people(50))
        app.rows.focus()
        await pilot.press("down")
        await pilot.pause()
        styles = [segment.style for segment in screen_segments(app) if segment.style]
        colours = {c for s in styles for c in (s.color, s.bgcolor) if c and not c.is_default}
        assert not colours
        reversed_text = {
            n: "".join(seg.text for seg in strip if seg.style and seg.style.reverse)
            for n, strip in enumerate(app.screen._compositor.render_strips())
        }
        worded = {n: text for n, text in reversed_text.items() if any(c.isalnum() for c in text)}
        assert list(worded) == [2], "the cursor row, in reverse video (and no other row)"
        assert worded[2].startswith(" person 1 ")


class StoppedClock:
    """The row list's clock, still until told: on a busy machine a real one can pass the
    scrollbar's SCROLLBAR_EVERY between two lines of a test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


async def test_appending_draws_only_the_new_rows_in_view(monkeypatch):
    clock = StoppedClock()
    monkeypatch.setattr(row_list, "time", clock)
    app = OneList()
    async with app.run_test(size=(80, 24)) as pilot:
        app.rows.show(people(10))
        await pilot.pause()
        repaints = capture_repaints(app, monkeypatch)
        app.drawn.clear()
        app.rows.extend(people(5, first=10))
        await pilot.pause()
        assert sorted(app.drawn) == people(5, first=10), "the rows before are not drawn again"
        assert repaints == [Region(0, 11, 80, 5)], "the lines they land on, nothing else"
        app.rows.extend(people(1000, first=15))  # the scrollbar comes: laid out again
        await pilot.pause(0.1)
        app.drawn.clear()
        repaints.clear()
        app.rows.extend(people(1000, first=1015))  # all below the view
        await pilot.pause()
        assert app.drawn == [] and app.rows.row_count == 2015
        assert repaints == [], "the scrollbar follows a list filling in now and then"
        clock.now += SCROLLBAR_EVERY
        await pilot.pause(SCROLLBAR_EVERY + 0.1)
        bar = app.rows.vertical_scrollbar.region
        assert repaints and all(bar.contains_region(r) for r in repaints), "the scrollbar only"
        assert "person 2014" in str(app.rows.cells_at(2014)[0])


async def test_show_keeps_the_cursor_within_the_new_rows():
    app = OneList()
    async with app.run_test(size=(80, 24)) as pilot:
        app.rows.show(people(30))
        app.rows.move_cursor(20)
        app.rows.show(people(5))
        await pilot.pause()
        assert app.rows.cursor_row == 4 and app.rows.highlighted == people(5)[4]
        app.rows.show([])
        await pilot.pause()
        assert app.rows.highlighted is None and app.rows.row_count == 0
        assert screen_lines(app)[0].split() == ["name", "note", "n"]
        app.rows.show([("ünïcödé 日本語 name", Text("styled"), 1)])
        await pilot.pause()
        assert " ünïcödé 日…   styled" in screen_lines(app)[1]
