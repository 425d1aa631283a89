"""The key bar: the keys that work now, whole or not at all, clickable, repainted only on change."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from coprod_tui.tui.widgets.key_bar import KeyBar
from tests.support import make_meeting


class Spot(Static, can_focus=True):
    pass


class Bar(App[None]):
    BINDINGS = [
        Binding("a", "add", "Add"),
        Binding("d", "delete", "Delete"),
        Binding("x", "hidden", "Hidden", show=False),
        Binding("z", "zap", "Zap"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.done: list[str] = []
        self.deleting = True

    def compose(self) -> ComposeResult:
        yield Spot("one", id="one")
        yield Spot("two", id="two")
        yield KeyBar()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "delete":
            return True if self.deleting else None  # None: shown, but disabled
        return action != "zap"  # False: not shown at all

    def action_add(self) -> None:
        self.done.append("add")

    def action_delete(self) -> None:
        self.done.append("delete")


async def test_shows_the_shown_keys_and_the_palette_at_the_right():
    app = Bar()
    async with app.run_test(size=(60, 10)) as pilot:
        await pilot.pause()
        line = app.query_one(KeyBar).render().plain
        assert line.startswith(" a Add d Delete ")
        assert line.rstrip().endswith("^p palette") and len(line) == 60
        assert "Hidden" not in line and "Zap" not in line


async def test_a_click_presses_the_key_and_a_disabled_key_only_beeps():
    app = Bar()
    async with app.run_test(size=(60, 10)) as pilot:
        await pilot.pause()
        await pilot.click(KeyBar, offset=(2, 0))  # on "a Add"
        await pilot.pause()
        assert app.done == ["add"]
        app.deleting = False
        app.refresh_bindings()
        await pilot.pause()
        await pilot.click(KeyBar, offset=(8, 0))  # on "d Delete", now disabled
        await pilot.pause()
        assert app.done == ["add"]


async def test_moving_the_focus_repaints_it_only_when_the_keys_change():
    app = Bar()
    async with app.run_test(size=(60, 10)) as pilot:
        await pilot.pause()
        bar = app.query_one(KeyBar)
        renders = []
        original = bar.render
        bar.render = lambda: renders.append(1) or original()  # type: ignore[method-assign]
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused.id == "two" and not renders
        app.deleting = False
        app.refresh_bindings()
        await pilot.pause()
        assert renders, "a key became disabled: the bar is drawn again"


async def test_at_80_columns_keys_that_do_not_fit_are_left_out_whole(store, make_app):
    meeting = make_meeting(store)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        line = app.screen.query_one(KeyBar).render().plain
        assert len(line) == 80 and line.rstrip().endswith("^p palette")
        assert "space Start/pause n Next" in line and " … " in line
        shown = line.split(" … ")[0]
        assert not shown.endswith(("C", "Cl", "Clo")), "no key is cut in half"
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.pause()
        line = app.screen.query_one(KeyBar).render().plain
        assert "c Close" in line and "…" not in line
        assert line.rstrip().endswith("f1 Help ^p palette")
