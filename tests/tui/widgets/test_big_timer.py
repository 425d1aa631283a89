"""BigTimer in a tiny app: what it shows, that it fits, that a tick repaints only what changed."""

from __future__ import annotations

import textwrap

import pyfiglet
import pytest
from textual.app import App, ComposeResult

from coprod_tui.tui.widgets.big_timer import BLOCKS, PLAIN, BigTimer, TimerCell, choose_font
from tests.textual_view import capture_repaints, screen_lines


class TimerApp(App[None]):
    def __init__(self, seconds: int = 60) -> None:
        super().__init__()
        self.seconds = seconds

    def compose(self) -> ComposeResult:
        yield BigTimer(self.seconds)


def drawing(text: str) -> list[str]:
    """A glyph's drawing: without blank lines, trailing blanks or a common indent."""
    lines = textwrap.dedent(text).splitlines()
    return [line.rstrip() for line in lines if line.strip()]


def figlet(font: str, char: str) -> list[str]:
    return drawing(pyfiglet.Figlet(font=font, width=1000).renderText(char))


@pytest.mark.asyncio
async def test_shows_the_figlet_rendering_of_each_character() -> None:
    app = TimerApp(65)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        timer = app.query_one(BigTimer)
        assert timer.font.name == "big"
        assert [cell.char for cell in timer.cells] == list("1:05")
        for cell in timer.cells:
            shown = cell.render().plain
            assert len(shown.split("\n")) == timer.font.height
            assert drawing(shown) == figlet("big", cell.char)
        # and that is what reaches the screen, from the widget's left edge
        screen = screen_lines(app)
        assert screen[: timer.font.height] == [line.ljust(100) for line in timer.lines()]


@pytest.mark.asyncio
async def test_all_digit_cells_have_the_same_width() -> None:
    app = TimerApp(65)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        timer = app.query_one(BigTimer)
        widths = [cell.region.width for cell in timer.cells]
        font = timer.font
        assert widths == [font.digit_width, font.colon_width, font.digit_width, font.digit_width]
        lefts_before = [cell.region.x for cell in timer.cells]
        timer.set_seconds(11)  # 0:11: the narrow "1"s do not pull the digits left
        await pilot.pause()
        assert [cell.region.x for cell in timer.cells] == lefts_before


@pytest.mark.asyncio
async def test_fits_at_80x24_beside_other_things() -> None:
    app = TimerApp(600)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        timer = app.query_one(BigTimer)
        assert [cell.char for cell in timer.cells] == list("10:00")
        for cell in timer.cells:
            assert cell.region.right <= 80
            assert cell.region.bottom <= 24
        assert all(line.rstrip() for line in timer.lines())


@pytest.mark.parametrize(
    ("size", "font"),
    [((100, 30), "big"), ((40, 5), "small"), ((30, 3), BLOCKS), ((20, 2), PLAIN), ((3, 1), PLAIN)],
)
@pytest.mark.asyncio
async def test_font_fits_the_space_and_follows_resizes(size: tuple[int, int], font: str) -> None:
    app = TimerApp(60)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.resize_terminal(*size)
        await pilot.pause()
        timer = app.query_one(BigTimer)
        assert timer.font.name == font
        lines = timer.lines()
        assert len(lines) == timer.font.height
        assert "".join(lines).replace(" ", "")  # something is drawn
        if font != PLAIN:
            assert len(lines[0]) <= size[0] and len(lines) <= size[1]
        else:
            assert lines == ["1:00"]


def test_choose_font_prefers_the_largest_that_fits() -> None:
    assert choose_font(27, 6, cells=4).name == "big"
    assert choose_font(26, 6, cells=4).name == "small"
    assert choose_font(100, 5, cells=4).name == "small"
    assert choose_font(100, 3, cells=4).name == BLOCKS
    assert choose_font(100, 2, cells=4).name == PLAIN
    assert choose_font(100, 30, fonts=("no-such-font", "small")).name == "small"


@pytest.mark.asyncio
async def test_a_tick_repaints_only_the_changed_digits(monkeypatch: pytest.MonkeyPatch) -> None:
    rendered: list[TimerCell] = []
    original_render = TimerCell.render

    def counting_render(cell: TimerCell):  # type: ignore[no-untyped-def]
        rendered.append(cell)
        return original_render(cell)

    monkeypatch.setattr(TimerCell, "render", counting_render)
    app = TimerApp(60)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        timer = app.query_one(BigTimer)
        cells = timer.cells
        updates = capture_repaints(app, monkeypatch)

        rendered.clear()
        timer.set_seconds(59)  # 1:00 → 0:59: minute, tens and ones change; the colon does not
        await pilot.pause()
        assert [cell.char for cell in cells] == list("0:59")
        assert set(rendered) == {cells[0], cells[2], cells[3]}
        assert sorted(updates) == sorted([cells[0].region, cells[2].region, cells[3].region])

        rendered.clear()
        updates.clear()
        timer.set_seconds(58)  # 0:58: only the ones digit
        await pilot.pause()
        assert set(rendered) == {cells[3]}
        assert updates == [cells[3].region]

        rendered.clear()
        updates.clear()
        timer.set_seconds(58)  # the same second again: nothing at all
        await pilot.pause()
        assert rendered == [] and updates == []


@pytest.mark.asyncio
async def test_growing_past_ten_minutes_keeps_the_left_edge() -> None:
    app = TimerApp(599)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        timer = app.query_one(BigTimer)
        left = timer.cells[0].region.x
        timer.set_seconds(600)
        await pilot.pause()
        await pilot.pause()
        assert [cell.char for cell in timer.cells] == list("10:00")
        assert timer.cells[0].region.x == left
        timer.set_seconds(599)  # back down: a blank cell keeps the digits where they are
        await pilot.pause()
        assert [cell.char for cell in timer.cells] == list(" 9:59")
        assert len(timer.query(TimerCell)) == 5


@pytest.mark.asyncio
async def test_warning_and_finished_set_classes() -> None:
    app = TimerApp(10)
    async with app.run_test(size=(100, 30)) as pilot:
        timer = app.query_one(BigTimer)
        assert not timer.has_class("-warning") and not timer.has_class("-finished")
        cell = timer.cells[0]
        normal = cell.rich_style
        timer.warning = True
        await pilot.pause()
        assert timer.has_class("-warning")
        warning = cell.rich_style
        assert warning.bold and warning.color != normal.color
        timer.warning = False
        timer.finished = True
        await pilot.pause()
        assert timer.has_class("-finished") and not timer.has_class("-warning")
        finished = cell.rich_style
        assert finished.bold and finished.color not in (normal.color, warning.color)
        timer.finished = False
        await pilot.pause()
        assert cell.rich_style == normal
