"""kill -9 in the middle of a meeting: the restarted app finds the times right.

The real app runs in a pseudo-terminal (``python -m coprod_tui``), the test presses space
to start the meeting, waits until the meeting file says it runs, then SIGKILLs the process.
Every wait is bounded.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import struct
import sys
import time
from pathlib import Path

from coprod_tui.meeting import Workspace
from coprod_tui.model import now
from coprod_tui.store.db import HomeStore
from coprod_tui.store.journal_storage import read_meeting_tables
from coprod_tui.tui.widgets.agenda_table import AgendaTable
from tests.support import make_meeting

ROOT = Path(__file__).resolve().parents[3]
COLUMNS, ROWS = 80, 24


def spawn_app(home: Path, meeting_id: str | None) -> tuple[int, int]:
    """The app in a pseudo-terminal, on ``meeting_id`` (None: as ``coprod`` alone opens it)."""
    argv = [sys.executable, "-m", "coprod_tui", "--home", str(home), "--lang", "en"]
    if meeting_id is not None:
        argv += ["--meeting", meeting_id]
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TEXTUAL")}
    env.update(TERM="xterm-256color", COLUMNS=str(COLUMNS), LINES=str(ROWS))
    env["PYTHONPATH"] = str(ROOT)
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its terminal
        import fcntl
        import termios

        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        os.execvpe(argv[0], argv, env)
    return pid, fd


def read_until(fd: int, wanted: bytes, seen: bytearray, timeout: float) -> bool:
    """Drain the app's output until ``wanted`` shows up (False after ``timeout``)."""
    deadline = time.monotonic() + timeout
    while wanted not in seen:
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        ready, _, _ = select.select([fd], [], [], min(left, 0.2))
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return False
            if not chunk:
                return False
            seen += chunk
    return True


def stored_session(home: Path, meeting_id: str) -> dict | None:
    """The session as the meeting's file and its journal of changes hold it, read afresh."""
    try:
        data = read_meeting_tables(home / "meetings" / f"{meeting_id}.json")
    except (OSError, ValueError):
        return None
    return data["session"]["1"] if data else None


def meeting_status(home: Path, meeting_id: str) -> str | None:
    session = stored_session(home, meeting_id)
    return session["status"] if session else None


def round_running_since(home: Path, meeting_id: str) -> str | None:
    session = stored_session(home, meeting_id)
    state = (session or {}).get("gratitude_round") or {}
    return state.get("since")


async def test_sigkill_mid_meeting_then_restart(tmp_path):
    home = tmp_path / "home"
    store = HomeStore(home).open()
    meeting_id = make_meeting(store).session.id
    store.close()

    pid, fd = spawn_app(home, meeting_id)
    output = bytearray()
    try:
        assert read_until(fd, b"not started", output, 60), "the agenda never showed"
        before_start = now()
        os.write(fd, b" ")
        deadline = time.monotonic() + 20
        while meeting_status(home, meeting_id) != "running":
            assert time.monotonic() < deadline, "space did not start the meeting"
            read_until(fd, b"\x00never", output, 0.1)
        seen_running = now()
        read_until(fd, b"\x00never", output, 1.5)  # the meeting runs for a while
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
    killed = now()

    store = HomeStore(home).open()  # the lock died with the process
    try:
        meeting = Workspace(store).open_meeting(meeting_id)
        session = meeting.session
        assert session.status == "running"
        assert before_start <= session.started_at <= seen_running
        item = meeting.current()
        assert item is session.agenda[0] and item.running, "its clock still runs"
        at = now()
        used = item.used_seconds(at)
        assert used >= (at - seen_running).total_seconds(), "no time was lost"
        assert used <= (at - before_start).total_seconds(), "no time was invented"
        assert (at - killed).total_seconds() < used

        from coprod_tui.tui.app import CoprodApp
        from coprod_tui.tui.screens.gratitude import GratitudeScreen

        app = CoprodApp(Workspace(store), meeting_id=meeting_id, poll_inbox=False)
        async with app.run_test(size=(COLUMNS, ROWS)) as pilot:
            await pilot.pause()
            # the first item is the gratitude round: starting the meeting opened its screen
            assert isinstance(app.screen, GratitudeScreen), "back on the screen it was on"
            await pilot.press("1")
            await pilot.pause()
            cells = [c.plain for c in app.screen.query_one(AgendaTable).get_row_at(0)]
            assert cells[0] == "▶1" and cells[-1] == "running"
            minutes, seconds = cells[3].split(":")
            assert int(minutes) * 60 + int(seconds) >= int(used)
    finally:
        store.close()


async def test_sigkill_mid_gratitude_turn_then_restart(tmp_path):
    """The speaker's time runs on through a kill -9: the restarted app (plain ``coprod``) opens
    the running meeting on the round, and the digits show the right remaining time (±1 s)."""
    home = tmp_path / "home"
    store = HomeStore(home).open()
    meeting_id = make_meeting(store).session.id
    store.close()

    pid, fd = spawn_app(home, meeting_id)
    output = bytearray()
    try:
        assert read_until(fd, b"not started", output, 60), "the agenda never showed"
        os.write(fd, b" ")  # the meeting starts
        deadline = time.monotonic() + 20
        while meeting_status(home, meeting_id) != "running":
            assert time.monotonic() < deadline, "space did not start the meeting"
            read_until(fd, b"\x00never", output, 0.1)
        os.write(fd, b"3")
        assert read_until(fd, b"space starts the time", output, 20), "no gratitude round"
        before_start = now()
        os.write(fd, b" ")  # the first speaker's time starts
        while round_running_since(home, meeting_id) is None:
            assert time.monotonic() < deadline + 20, "space did not start the speaker's time"
            read_until(fd, b"\x00never", output, 0.1)
        seen_running = now()
        read_until(fd, b"\x00never", output, 1.5)  # the speaker speaks for a while
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)

    pid, fd = spawn_app(home, None)  # coprod, as the facilitator starts it again
    output = bytearray()
    try:
        assert read_until(fd, b"Gratitude round", output, 60), "not back on the round"
        assert read_until(fd, b"speaking", output, 20), "the speaker's time does not run"
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)

    from coprod_tui.tui.app import CoprodApp
    from coprod_tui.tui.screens.gratitude import GratitudeScreen

    store = HomeStore(home).open()
    try:
        app = CoprodApp(Workspace(store), poll_inbox=False)
        async with app.run_test(size=(COLUMNS, ROWS)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, GratitudeScreen)
            turn = screen.round.current
            at = now()
            assert turn is not None and turn.running and screen.round.index == 0
            remaining = turn.countdown.remaining
            assert 60 - (at - before_start).total_seconds() - 1 <= remaining
            assert remaining <= 60 - (at - seen_running).total_seconds() + 1
    finally:
        store.close()
