"""Output read by `head` (or any reader that stops early) ends quietly: no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_tui.store.db import HomeStore
from tests.support import FakeClock, make_meeting

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(tmp_path) -> Path:
    root = tmp_path / "home"
    store = HomeStore(root).open()
    try:
        for _ in range(3):
            meeting = make_meeting(store, FakeClock())
            meeting.start()
            meeting.close()
    finally:
        store.close()
    return root


def run_into_closed_pipe(*args: str) -> subprocess.CompletedProcess:
    """The command writes into a pipe nobody reads any more (as after `head -1` has ended)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "coprod_tui", "--lang", "en", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            cwd=REPO,
            timeout=60,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    "command",
    [("minutes", "list"), ("minutes", "search", "Linde"), ("--version",), ("--help",)],
)
def test_a_closed_pipe_ends_quietly(home, command):
    result = run_into_closed_pipe("--home", str(home), *command)
    assert b"Traceback" not in result.stderr
    assert b"BrokenPipeError" not in result.stderr
    assert result.stderr == b""
    if command[0] == "minutes":
        assert result.returncode == 141  # as a program that SIGPIPE ended


def test_head_reads_the_first_line_and_the_rest_goes_nowhere(home):
    shell = f"{sys.executable} -m coprod_tui --lang en --home {home} minutes list | head -n 1"
    result = subprocess.run(shell, shell=True, capture_output=True, cwd=REPO, timeout=60)
    assert result.returncode == 0
    assert result.stdout.count(b"\n") == 1
    assert b"Traceback" not in result.stderr
