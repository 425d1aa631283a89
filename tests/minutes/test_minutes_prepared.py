"""The minutes screen is built ahead, once the first screen has settled (tui/prepared_screens.py),
so that 6 only switches to it: it still lists what is in the folder when 6 is pressed, it never
reads the folder before that, and there is still one scan at a time."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from coprod_tui.store import minutes_library, minutes_reader
from coprod_tui.store.minutes_library import MinutesLibrary
from coprod_tui.tui.screens.minutes import MinutesScreen
from coprod_tui.tui.widgets.row_list import RowList
from tests.minutes.test_minutes_scan import SlowReader, wait_for, write_files
from tests.minutes.test_minutes_screen import shown
from tests.support import FakeClock, make_meeting


def count_builds(monkeypatch) -> list[MinutesScreen]:
    """Every minutes screen the app builds (shown or not)."""
    built: list[MinutesScreen] = []
    original = MinutesScreen.__init__

    def counted(self) -> None:
        built.append(self)
        original(self)

    monkeypatch.setattr(MinutesScreen, "__init__", counted)
    return built


def count_scans(monkeypatch) -> list[dict]:
    scans: list[dict] = []
    original = MinutesLibrary.scan

    def counted(self, **kwargs):
        scans.append(kwargs)
        return original(self, **kwargs)

    monkeypatch.setattr(MinutesLibrary, "scan", counted)
    return scans


async def test_the_screen_built_ahead_lists_minutes_that_arrived_after_it_was_built(
    store, make_app, monkeypatch
):
    write_files(store.paths, 3)
    MinutesLibrary(store.paths).entries()  # the cache is up to date
    scans = count_scans(monkeypatch)
    built = count_builds(monkeypatch)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: built)
        [prepared] = built
        assert type(app.screen).__name__ == "HomeScreen"  # built off screen, not shown
        assert scans == []
        write_files(store.paths, 1, first=3)  # a colleague's file arrives
        await pilot.press("6")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is prepared
        table = app.screen.query_one("#minutes-table", RowList)
        assert table.row_count == 4
        assert str(table.cells_at(0)[2]) == "Maandoverleg 4"
        assert "4 meetings" in shown(app.screen.query_one("#minutes-title", Static))
        assert len(scans) == 1
        assert built == [prepared]  # 6 built no second one


async def test_no_scan_before_the_minutes_are_asked_for_on_a_cold_cache(
    store, clock, make_app, monkeypatch
):
    """Without a cache the scan costs seconds of CPU: the screen built ahead waits for 6, also
    when a meeting closes meanwhile (which, on a screen already shown, reads the folder)."""
    write_files(store.paths, 40)
    scans = count_scans(monkeypatch)
    readers: list[int] = []
    monkeypatch.setattr(minutes_reader, "read_in_child", lambda files: readers.append(1) or [])
    meeting = make_meeting(store, clock)
    built = count_builds(monkeypatch)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: built)
        await pilot.pause(0.3)
        app.meeting.close()  # its minutes are written; the screen built ahead is not shown
        await pilot.pause(0.3)
        assert scans == [] and readers == []
        assert not MinutesLibrary(store.paths).cache.path.exists()
        await pilot.press("6")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(scans) == 1
        assert app.screen.query_one("#minutes-table", RowList).row_count == 41


async def test_still_one_scan_at_a_time_on_the_screen_built_ahead(store, make_app, monkeypatch):
    write_files(store.paths, 30)
    reader = SlowReader(quick=6)
    monkeypatch.setattr(minutes_reader, "read_in_child", reader)
    monkeypatch.setattr(minutes_library, "BATCH_SECONDS", 0)
    scans = count_scans(monkeypatch)
    built = count_builds(monkeypatch)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: built)
        await pilot.press("6")
        screen = app.screen
        table = screen.query_one("#minutes-table", RowList)
        await wait_for(pilot, lambda: table.row_count >= 6)
        assert screen.scanning
        for keys in (("f1", "escape"), ("h", "6"), ("f1", "escape")):
            await pilot.press(*keys)
            await pilot.pause()
        assert len(scans) == 1
        reader.go_on.set()
        await wait_for(pilot, lambda: not screen.scanning and table.row_count == 30)
        await pilot.press("h", "6")  # nothing changed in the folder: no new scan
        await pilot.pause()
        assert len(scans) == 1
        assert "30 meetings" in shown(screen.query_one("#minutes-title", Static))


async def test_6_pressed_before_the_screen_is_built_ahead_builds_it_once(
    store, make_app, monkeypatch
):
    write_files(store.paths, 2)
    built = count_builds(monkeypatch)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("6")  # at once: before the app's first quiet moment
        await app.workers.wait_for_complete()
        await pilot.pause(0.5)  # past the moment the screen would have been built ahead
        assert built == [app.screen]
        assert app.screen.query_one("#minutes-table", RowList).row_count == 2


async def test_the_screen_built_ahead_is_frozen_once_drawn(store, make_app, monkeypatch):
    import gc

    write_files(store.paths, 2)
    built = count_builds(monkeypatch)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: built)
        await pilot.press("6")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        table = app.screen.query_one("#minutes-table", RowList)
        assert not any(thing is table for thing in gc.get_objects())


async def test_the_screen_built_ahead_leaves_the_terminal_cursor_to_the_screen_shown(
    store, make_app, monkeypatch
):
    """Its search box sets the app's cursor position as it mounts: left there, every frame of
    the screen shown would end with a move to it (6 B a frame: the gratitude timer's ticks)."""
    built = count_builds(monkeypatch)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        before = app.cursor_position
        await wait_for(pilot, lambda: built)
        await pilot.pause()
        assert app.cursor_position == before


@pytest.mark.parametrize("order", ["built, then quit", "quit, then built"])
async def test_quitting_as_the_screen_is_built_ahead_ends_quietly(store, make_app, order):
    """The build ahead's timer and ctrl+q in the same moment: the app closes the screen before
    it has composed (it failed CI once: NoMatches for the title in its on_mount)."""
    meeting = make_meeting(store, FakeClock())
    app = make_app(meeting_id=meeting.session.id, prepare_screens=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        if order == "built, then quit":
            app.prepare_screens()
            app.exit()
        else:
            app.exit()
            app.prepare_screens()
        await pilot.pause()
    assert app.return_code == 0
