"""The real app and the room view in a pseudo-terminal, written through ShadowScreen: what the
terminal shows (pyte) is at every quiet moment what it would show with everything sent (the
writes before the shadow, recorded by shadow_tee.py and replayed into a second pyte screen).
Keys on several screens, a state change, a dialog opening and closing, the gratitude timer
running (on the room view too) and two resizes; the terminal is an xterm-256color (bce), so
long runs of spaces go out erased."""

from __future__ import annotations

import fcntl
import json
import struct
import sys
import termios
import time
from pathlib import Path

import pyte

from coprod_tui.store.db import HomeStore
from tests.support import make_meeting
from tests.tui.pty_screen import PtyScreen
from tests.tui.test_terminal_shadow import looks

TEE = Path(__file__).with_name("shadow_tee.py")
STARTUP = 60.0


class Replay:
    """The terminal as it would be with every write sent: the record replayed into pyte."""

    def __init__(self, record: Path) -> None:
        self.record, self.done = record, 0
        self.erase = ""  # how the shadow was told the terminal erases
        self.line_feed = ""  # and what the tty does with a line feed
        self.screen: pyte.Screen | None = None
        self.stream: pyte.Stream | None = None

    def catch_up(self) -> pyte.Screen:
        lines = self.record.read_text().splitlines()
        for line in lines[self.done :]:
            entry = json.loads(line)
            if "size" in entry:  # the size the shadow was made for, or found on a write
                columns, rows = entry["size"]
                self.erase = entry.get("erase", self.erase)
                self.line_feed = entry.get("line feed", self.line_feed)
                if self.screen is None:
                    self.screen = pyte.Screen(columns, rows)
                    self.screen.set_mode(pyte.modes.LNM)  # the pty's ONLCR, as the app's has
                    self.stream = pyte.Stream(self.screen)
                assert (self.screen.columns, self.screen.lines) == (columns, rows)
            else:
                assert self.stream is not None
                self.stream.feed(entry["write"])
        self.done = len(lines)
        assert self.screen is not None
        return self.screen


def quiet(terminal: PtyScreen, seconds: float = 0.6, limit: float = 15.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        before = terminal.written
        terminal.pump(seconds)
        if terminal.written == before:
            return


def resize(terminal: PtyScreen, replay: Replay, columns: int, rows: int) -> None:
    """The terminal gets a new size, as an emulator's window does; Textual repaints."""
    quiet(terminal)
    replay.catch_up().resize(rows, columns)
    terminal.screen.resize(rows, columns)
    fcntl.ioctl(terminal.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))


def same_picture(terminal: PtyScreen, replay: Replay, step: str) -> None:
    quiet(terminal)
    everything = replay.catch_up()
    assert "\n".join(terminal.screen.display) == "\n".join(everything.display), step
    assert looks(terminal.screen) == looks(everything), step


def test_what_the_app_and_the_room_show_is_what_they_would_with_everything_sent(tmp_path):
    home = tmp_path / "home"
    store = HomeStore(home).open()
    meeting = make_meeting(
        store, people=["Fatima", "Jan", "Els"], cards=[("Fresh soup", "Jan"), ("Herbs", None)]
    )
    meeting.start()
    meeting_id = meeting.session.id
    store.close()
    base = [sys.executable, str(TEE)]
    app_record, room_record = tmp_path / "app.jsonl", tmp_path / "room.jsonl"
    app_args = ["--home", str(home), "--lang", "en", "--meeting", meeting_id]
    app = PtyScreen([*base, str(app_record), *app_args], 100, 30)
    room = PtyScreen([*base, str(room_record), "--home", str(home), "--lang", "en", "room"])
    app_replay, room_replay = Replay(app_record), Replay(room_record)
    try:
        assert app.wait_for(lambda text: "Welcome and gratitude round" in text, STARTUP)
        assert room.wait_for(lambda text: "Kookgroep De Linde" in text, STARTUP), room.text
        same_picture(app, app_replay, "first frame")
        for step, keys in [
            ("cards", b"2"),
            ("cursor down", b"\x1b[B"),
            ("discussed", b"t"),
            ("back to new", b"u"),
            ("help opens", b"\x1bOP"),
            ("help closes", b"\x1b"),
            ("actions", b"5"),
            ("cursor down", b"\x1b[B"),
            ("gratitude", b"3"),
        ]:
            app.send(keys)
            same_picture(app, app_replay, step)
        app.send(b" ")  # the timer runs, on the room view too
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            app.pump(0.05)
            room.pump(0.05)
        app.send(b" ")
        same_picture(app, app_replay, "timer paused")
        same_picture(room, room_replay, "room: the turn on show")
        resize(app, app_replay, 80, 24)
        # Painted whole at the new size: the key bar is on its last row.
        assert app.wait_for(lambda text: text.split("\n")[-1].startswith(" space Start"), 10)
        same_picture(app, app_replay, "smaller")
        resize(room, room_replay, 100, 30)
        same_picture(room, room_replay, "room: larger")
        for step, keys in [("agenda", b"1"), ("cursor down", b"\x1b[B"), ("cards", b"2")]:
            app.send(keys)
            same_picture(app, app_replay, step)
        resize(app, app_replay, 100, 30)
        same_picture(app, app_replay, "larger again")
        app.send(b"\x1b[A")
        same_picture(app, app_replay, "cursor up")
        assert app_replay.done > 20 and room_replay.done > 5
        # TERM=xterm-256color has bce: runs of spaces in any background were erased.
        assert app_replay.erase == room_replay.erase == "any background"
        # A pty returns on a line feed (ONLCR): the next row's start is reached by one.
        assert app_replay.line_feed == room_replay.line_feed == "returns"
    finally:
        app.close()
        room.close()
