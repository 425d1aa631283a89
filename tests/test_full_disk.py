"""A real full disk: the home on a small tmpfs, filled to the last page (as root; skipped where
mounting is not allowed). Every change of the service, a hand-in and the app's keys on it:
0 crashes, 0 acknowledged cards lost, the session in memory equal to its file, a message shown.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_tui.meeting import ChangeNotSaved, Meeting, Workspace
from coprod_tui.store import inbox
from coprod_tui.store.db import HomeStore
from tests.faults import in_memory, on_disk
from tests.meeting.test_faults import OPERATIONS, live_meeting

ROOT = Path(__file__).resolve().parents[1]
FULL = "the disk is full"


@pytest.fixture
def small_disk(tmp_path):
    """A 4 MiB tmpfs, unmounted afterwards."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    point = tmp_path / "disk"
    point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace')}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def fill(folder: Path) -> Path:
    """Take every free page of the file system ``folder`` is on; returns the filler file."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as handle:
        for size in (1 << 16, 4096, 1):
            while True:
                try:
                    handle.write(b"\0" * size)
                except OSError as error:
                    assert error.errno == errno.ENOSPC
                    break
    return filler


def hand_in(home: Path, text: str) -> subprocess.CompletedProcess:
    argv = [sys.executable, "-m", "coprod_tui", "--home", str(home), "--lang", "en", "card", text]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60, check=False)


def folded(store: HomeStore, meeting_id: str, clock) -> tuple[HomeStore, Meeting]:
    """The store closed and opened again: the meeting's journal is folded into its file, so
    the next change must start a new journal, on a page a full disk no longer has. (A change
    that fits in the last page of a journal already there is saved, and loses nothing.)"""
    store.close()
    store = HomeStore(store.paths.root).open()
    return store, Workspace(store, clock=clock).open_meeting(meeting_id)


def test_every_change_on_a_really_full_disk_is_refused_and_undone(small_disk, clock):
    store = HomeStore(small_disk / "home").open()
    try:
        store, meeting = folded(store, live_meeting(store, clock).session.id, clock)
        home, meeting_id = store.paths.root, meeting.session.id
        inbox.submit_card(store.paths.inbox, "Soup for the street party")  # acknowledged
        filler = fill(small_disk)
        before = on_disk(home, meeting_id)
        for name, operation in OPERATIONS.items():
            with pytest.raises(ChangeNotSaved) as raised:
                operation(meeting)
            assert str(raised.value).startswith(f"{FULL}: nothing was changed"), name
            assert in_memory(meeting.session) == on_disk(home, meeting_id) == before, name

        refused = hand_in(home, "A bench by the door")
        assert refused.returncode == 1 and FULL in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr and refused.stderr.count("\n") == 1
        assert os.listdir(store.paths.inbox / "tmp") == [], "no half-written card"

        workspace = Workspace(store, clock=clock)
        with pytest.raises(ChangeNotSaved):
            workspace.collect_inbox(meeting)
        assert len(inbox.pending_names(store.paths.inbox)) == 1, "the card waits in the spool"

        filler.unlink()  # space again: the card arrives, nothing was lost
        received = workspace.collect_inbox(meeting).received
        assert [card.text for card in received] == ["Soup for the street party"]
        assert inbox.pending_names(store.paths.inbox) == []
        assert in_memory(meeting.session) == on_disk(home, meeting_id)
    finally:
        store.close()


KEYS = [  # (what the facilitator does: the screen, then the keys) on a running meeting
    ("agenda: pause", "1", ("space",)),
    ("agenda: next item", "1", ("n",)),
    ("cards: discussed", "2", ("t",)),
    ("gratitude: start the speaker's time", "3", ("space",)),
    ("gratitude: next speaker", "3", ("n",)),
    ("ladder: other model", "4", ("v",)),
    ("actions: done", "5", ("c",)),
]


async def test_the_app_on_a_really_full_disk_says_so_and_keeps_running(small_disk, clock):
    from coprod_tui.tui.app import CoprodApp

    store = HomeStore(small_disk / "home").open()
    try:
        store, meeting = folded(store, live_meeting(store, clock).session.id, clock)
        meeting_id = meeting.session.id
        app = CoprodApp(Workspace(store, clock=clock), meeting_id=meeting_id, poll_inbox=False)
        async with app.run_test(size=(100, 30)) as pilot:
            for what, mode, keys in KEYS:
                await pilot.press(mode)
                await pilot.pause()
                filler = fill(small_disk)
                app._notifications.clear()
                for key in keys:
                    await pilot.press(key)
                    await pilot.pause()
                await pilot.pause()
                told = "\n".join(n.message for n in app._notifications)
                assert app.is_running, what
                assert FULL in told, f"{what}: {told}"
                assert in_memory(app.meeting.session) == on_disk(store.paths.root, meeting_id)
                filler.unlink()
        assert app.return_code in (None, 0)
    finally:
        store.close()
