"""The app and ``coprod room`` on one home, in two pseudo-terminals, as on a projector.

The facilitator's keys go to the app; the room view's screen is read through a terminal
emulator. A card shown to the group appears in the room view within 0.5 s of the app writing
it; an anonymous card never shows an author; the gratitude timer ticks there; the room view
outlives the app restarting; and (strace) the room view's process never opens a file under the
home for writing, never renames, deletes or makes anything there, and never touches the lock.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import time
from pathlib import Path

import pytest

from coprod_tui.store.db import HomeStore
from coprod_tui.store.journal_storage import journal_path
from coprod_tui.store.reader import stamp
from tests.support import make_meeting
from tests.tui.pty_screen import PtyScreen, shows_large, timer_values

COLUMNS, ROWS = 80, 24
NAMED = ("Fresh soup on Fridays", "Jan")
ANONYMOUS = ("Herbs from the garden", None)
LATENCY = 0.5
STARTUP = 60.0
WRITES = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND")
CHANGES = re.compile(
    r"^\s*(?:\d+\s+)?(rename|renameat2?|unlink|unlinkat|rmdir|mkdir|mkdirat|link|linkat|symlink|"
    r"symlinkat|chmod|fchmodat|chown|fchownat|lchown|truncate|utimensat|creat)\("
)


def app_argv(home: Path, meeting_id: str) -> list[str]:
    return [sys.executable, "-m", "coprod_tui", "--home", str(home), "--lang", "en"] + [
        "--meeting",
        meeting_id,
    ]


# Where strace is missing: Python's audit hooks see every file the room view's Python code opens,
# renames, deletes or makes, and write them to the trace in strace's words.
AUDITED = """
import os, sys
trace = open(sys.argv.pop(1), "a", buffering=1)
NAMES = {"os.rename": "rename", "os.remove": "unlink", "os.rmdir": "rmdir", "os.mkdir": "mkdir",
         "os.link": "link", "os.symlink": "symlink", "os.chmod": "chmod", "os.truncate": "truncate"}
def hook(event, args):
    if event == "open":
        path, mode, flags = args
        written = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND)
        written = written or (mode is not None and any(c in str(mode) for c in "wax+"))
        trace.write(f'openat(AT_FDCWD, "{path}", {"O_RDWR|O_CREAT" if written else "O_RDONLY"})\\n')
    elif event in NAMES:
        trace.write(f'{NAMES[event]}("{args[0]}")\\n')
sys.addaudithook(hook)
from coprod_tui.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def room_argv(home: Path, trace: Path, tracer: str) -> list[str]:
    args = ["--home", str(home), "--lang", "en", "room"]
    if tracer == "audit":
        return [sys.executable, "-c", AUDITED, str(trace), *args]
    argv = [sys.executable, "-m", "coprod_tui", *args]
    return ["strace", "-f", "-qq", "-e", "trace=%file,%desc", "-o", str(trace), *argv]


def follow(app: PtyScreen, room: PtyScreen, path: Path, shown, keys: bytes) -> tuple[float, float]:
    """Send ``keys`` to the app; (when the meeting was written — its file replaced, or a change
    appended to its journal — and when the room showed it)."""

    def written_stamp() -> tuple[object, object]:
        return stamp(path), stamp(journal_path(path))

    before = written_stamp()
    app.send(keys)
    written = seen = None
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and (written is None or seen is None):
        app.pump(0.005)
        room.pump(0.005)
        if written is None and written_stamp() != before:
            written = time.monotonic()
        if seen is None and shown(room.text):
            seen = time.monotonic()
    assert written is not None, "the app never wrote the meeting"
    assert seen is not None, f"the room never showed it:\n{room.text}"
    return written, seen


def writes_under(home: Path, trace: Path) -> list[str]:
    """The calls in the trace that could change something under the home, or touch the lock."""
    found = []
    where = str(home)
    for line in trace.read_text(errors="replace").splitlines():
        if where not in line:
            continue
        opens_to_write = re.search(r"\bopen(at|at2)?\(", line) and WRITES.search(line)
        if "coprod.lock" in line or opens_to_write or CHANGES.search(line):
            found.append(line)
    return found


@pytest.mark.parametrize("tracer", ["strace", "audit"])
def test_a_card_shown_reaches_the_room_within_half_a_second_and_the_timer_ticks(tmp_path, tracer):
    if tracer == "strace" and shutil.which("strace") is None:
        pytest.skip("strace is not installed (the audit-hook run checks the room's writes)")
    home = tmp_path / "home"
    store = HomeStore(home).open()
    meeting = make_meeting(store, people=["Fatima", "Jan", "Els"], cards=[NAMED, ANONYMOUS])
    for card in meeting.session.cards:
        meeting.set_card_state(card.id, "presented")
    meeting.start()
    meeting_id = meeting.session.id
    store.close()
    path = home / "meetings" / f"{meeting_id}.json"
    trace = tmp_path / "room.trace"

    room = PtyScreen(room_argv(home, trace, tracer), COLUMNS, ROWS)
    app = PtyScreen(app_argv(home, meeting_id), COLUMNS, ROWS)
    try:
        assert room.wait_for(lambda text: "Kookgroep De Linde ·" in text, STARTUP), room.text
        assert app.wait_for(lambda text: "Welcome and gratitude round" in text, STARTUP)
        room.pump(0.2)
        app.send(b"2")
        assert app.wait_for(lambda text: "receiver" in text, 10), app.text

        big = (COLUMNS - 4, ROWS - 8)  # the room's card area: tui/room.py CHROME_ROWS
        either = lambda text: any(shows_large(c[0], text, *big) for c in (NAMED, ANONYMOUS))  # noqa: E731
        written, seen = follow(app, room, path, either, b"g")  # the group view: a card on show
        latencies = [seen - written]
        room.pump(0.3)
        first = NAMED if shows_large(NAMED[0], room.text, *big) else ANONYMOUS
        other = ANONYMOUS if first is NAMED else NAMED
        written, seen = follow(
            app, room, path, lambda text: shows_large(other[0], text, *big), b"n"
        )
        latencies.append(seen - written)
        for card in (other, first):
            room.pump(0.3)
            text = room.text
            assert shows_large(card[0], text, *big)
            if card is NAMED:
                assert "— Jan" in text
            else:  # anonymous: no name, no dash, not even the word
                assert "—" not in text and "Jan" not in text and "anonymous" not in text
            if card is other:
                written, seen = follow(
                    app, room, path, lambda text: shows_large(first[0], text, *big), b"n"
                )
                latencies.append(seen - written)
        print("room latencies after the write, s:", [round(x, 3) for x in latencies])
        assert max(latencies) < LATENCY, latencies

        app.send(b"\x1b")  # back to the inbox; the card stays on show
        time.sleep(0.3)
        app.send(b"\x11")  # ctrl+q: the app ends, the room view goes on
        assert app.wait_exit(20) == 0
        app.close()
        room.pump(0.5)
        assert room.alive()
        assert "Kookgroep De Linde ·" in room.text

        app = PtyScreen(app_argv(home, meeting_id), COLUMNS, ROWS)
        # it comes back on the screen it was on (the inbox), painted
        assert app.wait_for(lambda text: "receiver" in text, STARTUP), (app.written, app.text)
        app.send(b"3")
        assert app.wait_for(lambda text: "Gratitude round" in text, 10), app.text
        app.send(b" ")
        assert room.wait_for(lambda text: "Fatima" in text and timer_values(text), 5), room.text
        first_values = timer_values(room.text)
        later = room.wait_for(lambda text: timer_values(text) - first_values, 3)
        assert later is not None, "the room's timer did not tick"
        assert max(timer_values(room.text)) < max(first_values) <= 60
        room.send(b"q")
        assert room.wait_exit(20) == 0
        app.send(b"\x11")
        assert app.wait_exit(20) == 0
    finally:
        app.close()
        room.close()
    assert str(path) in trace.read_text(), "the trace does not show the room reading"
    assert writes_under(home, trace) == []


def test_the_trace_check_catches_a_write(tmp_path):
    """The check above would see a write: a line as strace prints one."""
    home = tmp_path / "home"
    trace = tmp_path / "t"
    lines = [
        f'123 openat(AT_FDCWD, "{home}/meetings/a.json", O_RDONLY|O_CLOEXEC) = 3',
        f'123 openat(AT_FDCWD, "{home}/meetings/.a.json.x.tmp", O_RDWR|O_CREAT|O_EXCL, 0600) = 4',
        f'123 rename("{home}/x", "{home}/y") = 0',
        f'123 openat(AT_FDCWD, "{home}/coprod.lock", O_RDONLY) = 5',
        'openat(AT_FDCWD, "/tmp/elsewhere", O_WRONLY|O_CREAT, 0600) = 6',
    ]
    trace.write_text("\n".join(lines) + "\n")
    assert [line.split('"')[1].rsplit("/", 1)[-1] for line in writes_under(home, trace)] == [
        ".a.json.x.tmp",
        "x",
        "coprod.lock",
    ]
    assert os.path.basename(str(trace)) == "t"
