"""An error nobody foresaw: the app gives the terminal back, exits 1 and prints one line that
names a private crash report; nothing of the meeting (a projector may show the terminal).

The real app runs in a pseudo-terminal with one of its handlers made to fail (the failure
holds meeting content in its message and its local variables, as a real one would).
"""

from __future__ import annotations

import os
import re
import signal
import stat
import struct
import sys
from pathlib import Path

from coprod_tui.meeting import Workspace
from coprod_tui.store.crash_report import crash_folder
from coprod_tui.store.db import HomeStore
from tests.support import make_meeting
from tests.tui.screens.test_agenda_crash import COLUMNS, ROOT, ROWS, read_until
from tests.tui.test_terminal_input import wait_exit

CARD = "Ask the cook about fresh soup"
FAILING_HANDLER = """
import sys
from coprod_tui.tui.app import CoprodApp

def action_help(self):
    secret = self.meeting.session.cards[0].text  # a local a traceback would print
    raise RuntimeError("failed while showing " + secret)

CoprodApp.action_help = action_help
from coprod_tui.cli.main import main
sys.exit(main(sys.argv[1:]))
"""
LEAVE_ALTERNATE_SCREEN = b"\x1b[?1049l"
CONTROL_SEQUENCE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def spawn_failing_app(home: Path, meeting_id: str) -> tuple[int, int]:
    argv = [sys.executable, "-c", FAILING_HANDLER, "--home", str(home), "--lang", "en"]
    argv += ["--meeting", meeting_id]
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TEXTUAL")}
    env.update(TERM="xterm-256color", COLUMNS=str(COLUMNS), LINES=str(ROWS))
    env["PYTHONPATH"] = str(ROOT)
    import pty

    pid, fd = pty.fork()
    if pid == 0:
        import fcntl
        import termios

        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        os.execvpe(argv[0], argv, env)
    return pid, fd


def test_an_unexpected_error_ends_with_one_line_and_a_private_report(tmp_path):
    home = tmp_path / "home"
    store = HomeStore(home).open()
    meeting = make_meeting(store, cards=[(CARD, "Jan")])
    meeting_id, title = meeting.session.id, meeting.session.title
    store.close()
    pid, fd = spawn_failing_app(home, meeting_id)
    output = bytearray()
    code = None
    try:
        assert read_until(fd, b"not started", output, 60), "the agenda never showed"
        os.write(fd, b"\x1bOP")  # F1: the failing handler
        code = wait_exit(pid, 30)
        read_until(fd, b"\x00never", output, 0.5)  # what it printed last
    finally:
        if code is None:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)
    assert code == 1, "a crash is not a normal exit"
    assert LEAVE_ALTERNATE_SCREEN in output, "the terminal was given back"
    after = output[output.rindex(LEAVE_ALTERNATE_SCREEN) + len(LEAVE_ALTERNATE_SCREEN) :]
    text = CONTROL_SEQUENCE.sub("", after.decode()).replace("\r", "")  # the terminal's resets
    printed = [line for line in text.split("\n") if line.strip()]
    (report,) = list(crash_folder(home).iterdir())
    assert printed == [
        "coprod: stopped on an unexpected error. Start coprod again to go on; "
        f"the report is {report}"
    ]
    for content in (CARD, title, "Jan", "secret", "Traceback"):
        assert content not in after.decode(), f"{content!r} shown after the app"
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert stat.S_IMODE(report.parent.stat().st_mode) == 0o700
    kept = report.read_text(encoding="utf-8")
    assert "RuntimeError: failed while showing" in kept and "action_help" in kept
    assert "secret" not in kept, "the traceback, never its local variables"

    store = HomeStore(home).open()  # the lock was let go; the meeting is as it was
    try:
        assert Workspace(store).open_meeting(meeting_id).session.cards[0].text == CARD
    finally:
        store.close()


async def test_a_failing_timer_or_input_thread_ends_the_app_with_a_report(store):
    from rich.traceback import Traceback

    from coprod_tui.tui.app import CoprodApp

    meeting_id = make_meeting(store, cards=[(CARD, "Jan")]).session.id
    app = CoprodApp(Workspace(store), meeting_id=meeting_id, poll_inbox=False, report_crashes=True)

    def failing_tick() -> None:
        raise ValueError(CARD)

    async with app.run_test(size=(COLUMNS, ROWS)) as pilot:
        app.set_timer(0.01, failing_tick)
        await pilot.pause(0.1)
    assert app.return_code == 1 and "ValueError: " + CARD in (app.crash or "")
    assert "failing_tick" in (app.crash or "")

    app = CoprodApp(Workspace(store), meeting_id=meeting_id, poll_inbox=False, report_crashes=True)
    async with app.run_test(size=(COLUMNS, ROWS)) as pilot:
        try:
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
        except UnicodeDecodeError:
            app.call_later(app.panic, Traceback())  # as Textual's input thread does
        await pilot.pause(0.1)
    assert app.return_code == 1 and "UnicodeDecodeError" in (app.crash or "")


def test_a_crash_report_that_cannot_be_written_is_still_one_line(tmp_path, monkeypatch, capsys):
    import errno

    from coprod_tui.cli.crash import report_crash
    from tests.faults import break_writes

    break_writes(monkeypatch, errno.ENOSPC)
    assert report_crash(tmp_path, "Traceback …") == 1
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err.count("\n") == 1 and "the disk is full" in printed.err
    assert "could not be written" in printed.err and "Traceback" not in printed.err


async def test_the_room_view_on_the_projector_ends_the_same_way(store, clock):
    from coprod_tui.meeting.room import RoomWatch
    from coprod_tui.tui.room import RoomApp

    meeting = make_meeting(store, clock, cards=[(CARD, "Jan")])
    meeting.start()
    app = RoomApp(RoomWatch(store.paths.root, clock), inotify=False)
    app.report_crashes()

    def failing_tick() -> None:
        raise ValueError(CARD)

    async with app.run_test(size=(COLUMNS, ROWS)) as pilot:
        app.set_timer(0.01, failing_tick)
        await pilot.pause(0.1)
    assert app.return_code == 1 and "ValueError: " + CARD in (app.crash or "")


def test_the_one_line_in_dutch_names_the_private_report(tmp_path, capsys):
    from coprod_tui.cli.crash import report_crash
    from coprod_tui.i18n import set_language

    set_language("nl")
    assert report_crash(tmp_path, "Traceback …\nRuntimeError: " + CARD) == 1
    (report,) = list(crash_folder(tmp_path).iterdir())
    printed = capsys.readouterr().err
    assert printed == (
        "coprod: gestopt door een onverwachte fout. Start coprod opnieuw om verder te gaan; "
        f"het verslag staat in {report}\n"
    )
    assert stat.S_IMODE(report.stat().st_mode) == 0o600 and CARD in report.read_text()
