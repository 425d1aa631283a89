"""Bytes from the terminal that are not UTF-8: shown as U+FFFD, never a crash.

The real app runs in a pseudo-terminal; the test types and pastes invalid UTF-8 into an input
(a Latin-1 "é", a lone 0xff, a bracketed paste of bytes) and reads what the app draws.
"""

from __future__ import annotations

import inspect
import os
import signal
import time

import pytest
from textual.drivers import linux_driver

from coprod_tui.store.db import HomeStore
from coprod_tui.tui.terminal_input import forgiving_input
from tests.support import make_meeting
from tests.tui.screens.test_agenda_crash import read_until, spawn_app

REPLACEMENT = "\ufffd".encode()


def test_the_drivers_decoder_replaces_what_is_not_utf8():
    forgiving_input(linux_driver.LinuxDriver)
    decode = linux_driver.getincrementaldecoder("utf-8")().decode
    assert decode(b"caf\xe9 \xff") == "caf\ufffd \ufffd"
    assert decode(b"\xc3") == "", "half a character waits for the rest"
    assert decode(b"\xa9") == "é"


def test_textual_still_builds_its_input_decoder_the_way_the_fix_expects():
    source = inspect.getsource(linux_driver.LinuxDriver.run_input_thread)
    assert 'getincrementaldecoder("utf-8")()' in source


def wait_exit(pid: int, seconds: float) -> int | None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.05)
    return None


def test_invalid_utf8_typed_and_pasted_into_an_input_shows_u_fffd(tmp_path):
    home = tmp_path / "home"
    store = HomeStore(home).open()
    meeting_id = make_meeting(store).session.id
    store.close()
    pid, fd = spawn_app(home, meeting_id)
    output = bytearray()
    code = None
    try:
        assert read_until(fd, b"not started", output, 60), "the agenda never showed"
        os.write(fd, b"a")  # add an item: the title input has the focus
        assert read_until(fd, b"Planned minutes", output, 20), "the dialog never showed"
        output.clear()
        # typed on a Latin-1 terminal: "é" is one byte, shown when the next key tells it apart
        # from the start of a longer UTF-8 character
        os.write(fd, b"caf\xe9!")
        assert read_until(fd, b"caf" + REPLACEMENT + b"!", output, 20), "typed"
        os.write(fd, b"\x1b[200~ \xff\xfe pasted\x1b[201~")  # a bracketed paste of bytes
        assert read_until(fd, REPLACEMENT * 2 + b" pasted", output, 20), "pasted"
        os.write(fd, b"\x1b")  # escape: the dialog closes, nothing is stored
        time.sleep(0.5)
        os.write(fd, b"\x11")  # ctrl+q
        code = wait_exit(pid, 20)
        assert code == 0, "the app quit normally (it did not die of a keystroke)"
    finally:
        if code is None:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)


DIALOGS = {  # (a tool, the keys that open a dialog with inputs)
    "agenda: add an item": ("1", "a"),
    "agenda: people": ("1", "P"),
    "cards: paper card": ("2", "a"),
    "gratitude: three things": ("3", "w"),
    "ladder: reflection": ("4", "a"),
    "actions: add": ("5", "a"),
    "minutes: search": ("6", "slash"),
    "home: new project": ("h", "a"),
    "home: new meeting": ("h", "n"),
}


@pytest.mark.parametrize("dialog", list(DIALOGS))
async def test_every_input_takes_u_fffd_typed_and_pasted(store, clock, make_app, dialog):
    """What the driver hands over for undecodable bytes, in every input of the app."""
    from textual import events
    from textual.widgets import Input, TextArea

    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        for key in DIALOGS[dialog]:
            await pilot.press(key)
            await pilot.pause()
        fields = list(app.screen.query(Input)) + list(app.screen.query(TextArea))
        assert fields, f"{dialog}: no input found"
        for field in fields:
            if field.disabled or not field.display:
                continue
            field.focus()
            await pilot.pause()
            await pilot.press("\ufffd")
            field.post_message(events.Paste("caf\ufffd \ufffd"))
            await pilot.pause()
            value = field.value if isinstance(field, Input) else field.text
            restricted = isinstance(field, Input) and (field.restrict or field.type != "text")
            assert restricted or "\ufffd" in value, f"{dialog}: {field!r} shows {value!r}"
        assert app.is_running and app.return_code is None
