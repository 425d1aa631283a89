"""Scanning the minutes folder: one scan at a time, the list filling in as files are read, the
files parsed in a child process, and a cache that keeps what was read even when left early."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from datetime import date, timedelta

import pytest
from textual.widgets import Static

from coprod_tui.model import Card, Participant, Project, Session
from coprod_tui.store import minutes_library, minutes_reader
from coprod_tui.store.db import HomePaths
from coprod_tui.store.minutes import write_minutes
from coprod_tui.store.minutes_library import MinutesLibrary, read_entry, sort_entries
from coprod_tui.tui.widgets.row_list import RowList
from tests.minutes.test_minutes_screen import shown

PROJECT = Project("Kookgroep De Linde")


def write_files(paths: HomePaths, count: int, first: int = 0) -> list[str]:
    names = []
    for n in range(first, first + count):
        session = Session(
            project_id=PROJECT.id,
            title=f"Maandoverleg {n + 1}",
            date=date(2020, 1, 6) + timedelta(days=14 * n),
            status="closed",
            participants=[Participant("Fatima"), Participant("Jan")],
            cards=[Card(text=f"Soup with garden herbs, idea {n}")],
        )
        names.append(write_minutes(paths.minutes, session, PROJECT).name)
    return names


def test_the_scan_hands_on_batches_newest_first_and_the_same_as_a_full_read(tmp_path):
    paths = HomePaths(tmp_path / "home")
    paths.create()
    names = write_files(paths, 20)
    (paths.minutes / "zz-broken.yaml").write_text("schema: 1\ntitle: [oops\n")
    library = MinutesLibrary(paths)
    batches = list(library.scan(every=0))
    assert all(len(batch) == 1 for batch in batches)  # every=0: each file as soon as it is read
    order = [batch[0].name for batch in batches]
    assert order == sorted([*names, "zz-broken.yaml"], reverse=True)
    assert sort_entries([e for b in batches for e in b]) == library.entries(use_cache=False)


def test_a_child_process_reads_what_this_process_would(tmp_path):
    paths = HomePaths(tmp_path / "home")
    paths.create()
    write_files(paths, 3)
    (paths.minutes / "bad.yaml").write_text("schema: 1\ntitle: [oops\n")
    files = sorted(paths.minutes.iterdir())
    assert list(minutes_reader.read_in_child(files)) == [read_entry(path) for path in files]


def test_two_child_processes_answer_in_the_order_of_the_files(tmp_path, monkeypatch):
    monkeypatch.setattr(minutes_reader, "FILES_PER_CHILD", 2)  # 7 files: two children
    monkeypatch.setattr(minutes_reader.os, "cpu_count", lambda: 2)
    paths = HomePaths(tmp_path / "home")
    paths.create()
    write_files(paths, 6)
    (paths.minutes / "bad.yaml").write_text("schema: 1\ntitle: [oops\n")
    files = sorted(paths.minutes.iterdir(), reverse=True)
    started = []
    start = minutes_reader._start_child
    monkeypatch.setattr(minutes_reader, "_start_child", lambda: started.append(1) or start())
    assert list(minutes_reader.read_in_child(files)) == [read_entry(path) for path in files]
    assert len(started) == 2


def test_a_child_that_stops_early_leaves_its_files_to_be_read_here(tmp_path, monkeypatch):
    monkeypatch.setattr(minutes_reader, "FILES_PER_CHILD", 2)
    monkeypatch.setattr(minutes_reader.os, "cpu_count", lambda: 2)
    paths = HomePaths(tmp_path / "home")
    paths.create()
    write_files(paths, 20)
    start = minutes_reader._start_child
    children = iter(
        [
            start,
            lambda: subprocess.Popen(
                [sys.executable, "-c", "pass"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
            ),
        ]
    )
    monkeypatch.setattr(minutes_reader, "_start_child", lambda: next(children)())
    library = MinutesLibrary(paths)
    batches = library.scan(reader=minutes_reader.read_in_child)
    assert sort_entries([e for b in batches for e in b]) == library.entries(use_cache=False)


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="nice: Linux and macOS")
def test_the_reader_processes_give_way_to_the_app():
    child = minutes_reader._start_child()
    assert child is not None and child.stdin is not None and child.stdout is not None
    try:
        mine = os.getpriority(os.PRIO_PROCESS, 0)
        for _ in range(200):  # the child lowers its priority as it starts
            if os.getpriority(os.PRIO_PROCESS, child.pid) != mine:
                break
            time.sleep(0.05)
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == min(19, mine + 10)
    finally:
        child.kill()
        child.wait()
        child.stdin.close()
        child.stdout.close()


def test_files_a_reader_did_not_answer_for_are_read_here_and_all_are_cached(tmp_path):
    paths = HomePaths(tmp_path / "home")
    paths.create()
    write_files(paths, 20)
    library = MinutesLibrary(paths)

    def gives_up_after_five(files):
        yield from (read_entry(path) for path in files[:5])

    entries = sort_entries([e for b in library.scan(reader=gives_up_after_five) for e in b])
    assert entries == library.entries(use_cache=False)
    assert len(library.cache.read()) == 20


def test_a_scan_left_early_keeps_in_the_cache_what_it_read(tmp_path):
    paths = HomePaths(tmp_path / "home")
    paths.create()
    write_files(paths, 10)
    library = MinutesLibrary(paths)
    scan = library.scan(every=0)
    first = [next(scan)[0].name for _ in range(4)]
    scan.close()
    assert sorted(library.cache.read()) == sorted(first)


class SlowReader:
    """Reads the first files at once, then waits until the test lets it go on."""

    def __init__(self, quick: int) -> None:
        self.quick = quick
        self.go_on = threading.Event()

    def __call__(self, files):
        for number, path in enumerate(files):
            if number == self.quick:
                self.go_on.wait(timeout=20)
            yield read_entry(path)


async def wait_for(pilot, condition, seconds: float = 10) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("the screen did not get there")


async def test_one_scan_at_a_time_and_the_list_fills_in_as_files_are_read(
    store, make_app, monkeypatch
):
    write_files(store.paths, 30)
    reader = SlowReader(quick=6)
    monkeypatch.setattr(minutes_reader, "read_in_child", reader)
    monkeypatch.setattr(minutes_library, "BATCH_SECONDS", 0)  # each file shown once read
    scans = []
    original_scan = MinutesLibrary.scan

    def counted_scan(self, **kwargs):
        scans.append(kwargs)
        return original_scan(self, **kwargs)

    monkeypatch.setattr(MinutesLibrary, "scan", counted_scan)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("6")
        screen = app.screen
        table = screen.query_one("#minutes-table", RowList)
        await wait_for(pilot, lambda: table.row_count >= 6)
        assert screen.scanning
        assert "so far" in shown(screen.query_one("#minutes-title", Static))
        assert [str(table.cells_at(0)[2]), str(table.cells_at(5)[2])] == [
            "Maandoverleg 30",
            "Maandoverleg 25",
        ]
        for _ in range(3):  # help and back, another tool and back: still the one scan
            await pilot.press("f1")
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("6")
        await pilot.pause()
        assert len(scans) == 1
        reader.go_on.set()
        await wait_for(pilot, lambda: not screen.scanning and table.row_count == 30)
        await pilot.pause()
        assert "30 meetings" in shown(screen.query_one("#minutes-title", Static))
        await pilot.press("h", "6")  # nothing changed in the folder: no new scan
        await pilot.pause()
        assert len(scans) == 1
        write_files(store.paths, 1, first=30)  # a colleague's file arrives
        await pilot.press("h", "6")
        await wait_for(pilot, lambda: table.row_count == 31)
        assert len(scans) == 2
        assert str(table.cells_at(0)[2]) == "Maandoverleg 31"


async def test_the_list_reads_in_dutch_while_it_fills(store, make_app, monkeypatch):
    from coprod_tui.i18n import set_language

    write_files(store.paths, 20)
    reader = SlowReader(quick=3)
    monkeypatch.setattr(minutes_reader, "read_in_child", reader)
    monkeypatch.setattr(minutes_library, "BATCH_SECONDS", 0)
    set_language("nl")
    try:
        app = make_app()
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("6")
            table = app.screen.query_one("#minutes-table", RowList)
            await wait_for(pilot, lambda: table.row_count >= 3)
            title = shown(app.screen.query_one("#minutes-title", Static))
            assert "De notulenmap wordt gelezen…" in title
            assert "tot nu toe" in title
            reader.go_on.set()
            await wait_for(pilot, lambda: table.row_count == 20)
    finally:
        set_language("en")
