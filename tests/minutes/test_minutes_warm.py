"""The minutes screen built ahead reads its list from the scan cache while the app is idle when
the cache knows every file (store/minutes_warm.py); 6 then only checks the folder. Whatever
changed in between is shown as it is, and a broken cache only means a scan."""

from __future__ import annotations

import json
import os

import pytest
from textual.widgets import Static

from coprod_tui.store.minutes_library import MinutesLibrary
from coprod_tui.tui.widgets.row_list import RowList
from tests.minutes.test_minutes_prepared import count_builds, count_scans
from tests.minutes.test_minutes_scan import wait_for, write_files
from tests.minutes.test_minutes_screen import shown

SIZES = [(80, 24), (100, 30)]


async def _open_after_read_ahead(app, pilot, built, change=None):
    await wait_for(pilot, lambda: built and built[0]._warm is not None)
    if change is not None:
        change()
    await pilot.press("6")
    await app.workers.wait_for_complete()
    await pilot.pause()
    return app.screen.query_one("#minutes-table", RowList)


def _title(app) -> str:
    return shown(app.screen.query_one("#minutes-title", Static))


@pytest.mark.parametrize("size", SIZES)
async def test_a_warm_cache_is_read_ahead_and_6_shows_it_without_a_scan(
    store, make_app, monkeypatch, size
):
    write_files(store.paths, 3)
    MinutesLibrary(store.paths).entries()
    scans = count_scans(monkeypatch)
    built = count_builds(monkeypatch)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        table = await _open_after_read_ahead(app, pilot, built)
        assert app.screen is built[0]
        assert [str(table.cells_at(row)[2]) for row in range(3)] == [
            "Maandoverleg 3",
            "Maandoverleg 2",
            "Maandoverleg 1",
        ]
        assert "3 meetings" in _title(app)
        assert scans == []
        await pilot.press("h", "6")  # nothing changed: still no scan
        await pilot.pause()
        assert scans == []


@pytest.mark.parametrize("size", SIZES)
async def test_a_file_added_after_the_read_ahead_is_listed(store, make_app, monkeypatch, size):
    write_files(store.paths, 3)
    MinutesLibrary(store.paths).entries()
    scans = count_scans(monkeypatch)
    built = count_builds(monkeypatch)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        table = await _open_after_read_ahead(
            app, pilot, built, lambda: write_files(store.paths, 1, first=3)
        )
        assert table.row_count == 4
        assert str(table.cells_at(0)[2]) == "Maandoverleg 4"
        assert "4 meetings" in _title(app)
        assert len(scans) == 1


@pytest.mark.parametrize("size", SIZES)
async def test_a_file_removed_or_changed_after_the_read_ahead_shows_as_it_is(
    store, make_app, monkeypatch, size
):
    names = write_files(store.paths, 3)
    MinutesLibrary(store.paths).entries()
    built = count_builds(monkeypatch)
    app = make_app()

    def change() -> None:
        (store.paths.minutes / names[0]).unlink()
        changed = store.paths.minutes / names[2]
        text = changed.read_text(encoding="utf-8").replace("Maandoverleg 3", "Maandoverleg X")
        stat = changed.stat()
        changed.write_text(text, encoding="utf-8")  # same size, same folder time
        os.utime(changed, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1000))

    async with app.run_test(size=size) as pilot:
        table = await _open_after_read_ahead(app, pilot, built, change)
        titles = [str(table.cells_at(row)[2]) for row in range(table.row_count)]
        assert titles == ["Maandoverleg X", "Maandoverleg 2"]
        assert "2 meetings" in _title(app)


@pytest.mark.parametrize(
    "cache",
    [
        b"\x00not json{",
        b"[1, 2, 3]",
        "hostile",  # the right version, rows with the wrong types
    ],
)
async def test_a_broken_or_hostile_cache_is_not_read_ahead_and_6_scans(
    store, make_app, monkeypatch, cache
):
    write_files(store.paths, 3)
    library = MinutesLibrary(store.paths)
    library.entries()
    if cache == "hostile":
        data = json.loads(library.cache.path.read_bytes())
        for row in data["files"].values():
            row["entry"]["date"] = 20200106
            row["entry"]["title"] = {"x": 1}
        cache = json.dumps(data).encode()
    library.cache.path.write_bytes(cache)
    scans = count_scans(monkeypatch)
    built = count_builds(monkeypatch)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: built)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert built[0]._warm is None
        await pilot.press("6")
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one("#minutes-table", RowList)
        assert table.row_count == 3
        assert "3 meetings" in _title(app)
        assert len(scans) == 1
