"""Interrupted hand-ins leave nothing: a hang-up removes its own file, a kill -9's is swept.

``coprod card`` runs as a real process whose fsync never returns (a stalled disk, a slow
network home), so it is caught in the middle of writing its card; then it is hung up on
(a dropped SSH session) or killed with SIGKILL.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from coprod_tui.meeting import Workspace
from coprod_tui.store import inbox
from coprod_tui.store.db import HomeStore

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Jan from number 12 cannot pay the bus"
STALLED_HAND_IN = """
import os, sys, time
os.fsync = lambda fd: time.sleep(120)  # the disk stalls in the middle of the write
from coprod_tui.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def stalled_hand_in(home: Path) -> subprocess.Popen:
    """``coprod card`` caught inside its write: its file is in tmp/ and it waits in fsync."""
    argv = [sys.executable, "-c", STALLED_HAND_IN, "--home", str(home), "card", SECRET]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while not os.listdir(home / "inbox" / "tmp"):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the hand-in never started writing"
        time.sleep(0.02)
    return process


def anywhere_in(home: Path, text: str) -> list[Path]:
    """Every file under the home that holds ``text``."""
    found = []
    for folder, _, names in os.walk(home):
        for name in names:
            path = Path(folder, name)
            if not path.is_symlink() and text.encode() in path.read_bytes():
                found.append(path)
    return found


def make_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    HomeStore(home).open().close()
    return home


def test_a_dropped_ssh_session_leaves_no_file_and_no_card(tmp_path):
    home = make_home(tmp_path)
    process = stalled_hand_in(home)
    process.send_signal(signal.SIGHUP)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 128 + signal.SIGHUP, err
    assert os.listdir(home / "inbox" / "tmp") == [] and os.listdir(home / "inbox" / "new") == []
    assert anywhere_in(home, SECRET) == []


def test_a_hand_in_killed_mid_write_is_swept_unread_and_the_text_is_gone(tmp_path):
    home = make_home(tmp_path)
    process = stalled_hand_in(home)
    process.kill()
    process.communicate(timeout=30)
    (left,) = (home / "inbox" / "tmp").iterdir()
    assert anywhere_in(home, SECRET) == [left], "SIGKILL leaves the half-written card"
    store = HomeStore(home).open()
    try:
        workspace = Workspace(store)
        assert workspace.sweep_inbox() == 0, "a file just written may be a hand-in under way"
        later = time.time() + inbox.STALE_TMP_SECONDS + 1
        assert inbox.sweep_tmp(home / "inbox", at=later) == 1
        assert workspace.collect_inbox(None).received == [], "it was never a card"
    finally:
        store.close()
    assert os.listdir(home / "inbox" / "tmp") == []
    assert anywhere_in(home, SECRET) == [], "the card text is nowhere in the home"


def test_the_sweep_removes_only_old_files_and_never_follows_a_link(tmp_path):
    home = make_home(tmp_path)
    tmp = home / "inbox" / "tmp"
    outside = tmp_path / "outside.txt"
    outside.write_text("not the app's")
    (tmp / "old.yaml").write_text("text: half a card")
    (tmp / "link.yaml").symlink_to(outside)
    (tmp / "a-folder").mkdir()
    os.utime(tmp / "old.yaml", (0, 0))  # mtime set back: ctime still says now
    assert inbox.sweep_tmp(home / "inbox") == 0
    assert inbox.sweep_tmp(home / "inbox", at=time.time() + 3600) == 2
    assert sorted(os.listdir(tmp)) == ["a-folder"]
    assert outside.read_text() == "not the app's"


async def test_the_app_sweeps_at_start(tmp_path, monkeypatch):
    from coprod_tui.tui.app import CoprodApp

    home = make_home(tmp_path)
    left = home / "inbox" / "tmp" / "1.abc.yaml"
    left.write_text(f"text: {SECRET}\n")
    store = HomeStore(home).open()
    try:
        app = CoprodApp(Workspace(store), watch_inbox=False)
        real = inbox.sweep_tmp
        calls = []

        def sweep_as_if_later(folder, **_):
            calls.append(folder)
            return real(folder, at=time.time() + inbox.STALE_TMP_SECONDS + 1)

        monkeypatch.setattr(inbox, "sweep_tmp", sweep_as_if_later)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert not left.exists() and calls == [home / "inbox"]
    finally:
        store.close()
