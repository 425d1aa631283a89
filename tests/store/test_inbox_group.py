"""`coprod init --group`: co-facilitators hand in cards, and still cannot see who wrote what.

Needs root to create a real Unix group (groupadd) and to act as three users in forked children
(setuid): the home's owner, a member of the group, and someone outside it. Skipped otherwise.
"""

from __future__ import annotations

import contextlib
import grp
import io
import json
import os
import secrets
import shutil
import stat
import subprocess
import tempfile
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coprod_tui.cli import main as cli
from coprod_tui.meeting import Workspace
from coprod_tui.store import inbox
from coprod_tui.store.db import HomeStore

OWNER, MEMBER, OUTSIDER = 61_001, 61_002, 61_003  # uids need no passwd entry for setuid


@pytest.fixture
def unix_group() -> Iterator[tuple[str, int]]:
    if os.geteuid() != 0 or not shutil.which("groupadd"):
        pytest.skip("needs root and groupadd to create a real Unix group")
    name = f"coprod{secrets.token_hex(3)}"
    made = subprocess.run(["groupadd", name], capture_output=True, text=True, timeout=30)
    if made.returncode != 0:
        pytest.skip(f"groupadd could not create a group: {made.stderr.strip()}")
    try:
        yield name, grp.getgrnam(name).gr_gid
    finally:
        subprocess.run(["groupdel", name], capture_output=True, timeout=30)


def as_user(uid: int, groups: list[int], umask: int, act: Callable[[], int]) -> int:
    """Run ``act`` in a forked child as ``uid``; its return value is the exit code."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 99
        try:
            os.setgroups(groups)
            os.setgid(groups[0] if groups else 65534)
            os.setuid(uid)
            os.umask(umask)
            with (
                contextlib.redirect_stdout(io.StringIO()),
                contextlib.redirect_stderr(io.StringIO()),
            ):
                code = act()
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_group_member_hands_in_a_card_without_seeing_the_others(unix_group):
    group, gid = unix_group
    base = Path(tempfile.mkdtemp(prefix="coprod-group-"))
    try:
        os.chmod(base, 0o755)
        os.chown(base, OWNER, gid)
        home = base / "home"
        spool = home / "inbox"

        def init() -> int:
            return cli.main(["--home", str(home), "--lang", "en", "init", "--group", group])

        assert as_user(OWNER, [gid], 0o077, init) == 0
        assert (mode(home), home.stat().st_gid) == (0o710, gid)
        assert mode(spool) == 0o710
        for folder in ("tmp", "new"):
            assert mode(spool / folder) == 0o3730 and (spool / folder).stat().st_gid == gid
        assert mode(spool / "bad") == 0o700

        def member_hands_in() -> int:
            with contextlib.suppress(PermissionError):
                os.listdir(spool / "new")
                return 10  # could see who else handed in cards
            with contextlib.suppress(PermissionError):
                os.listdir(home)
                return 11
            argv = ["--home", str(home), "--lang", "en", "card", "from a colleague"]
            return cli.main([*argv, "--from", "Bert"])

        assert as_user(MEMBER, [gid], 0o077, member_hands_in) == 0
        (spooled,) = (spool / "new").iterdir()
        assert spooled.stat().st_gid == gid
        assert mode(spooled) == 0o640, "readable by the owner whatever the member's umask"

        def outsider_hands_in() -> int:
            return cli.main(["--home", str(home), "--lang", "en", "card", "not allowed"])

        assert as_user(OUTSIDER, [], 0o022, outsider_hands_in) == 1

        def owner_collects() -> int:
            store = HomeStore(home).open()
            try:
                result = Workspace(store).collect_inbox(None)
            finally:
                store.close()
            return 0 if (result.waiting, result.bad) == (1, []) else 20

        assert as_user(OWNER, [gid], 0o077, owner_collects) == 0
        assert not list((spool / "new").iterdir())
        waiting = json.loads((home / "coprod.json").read_text())["waiting_cards"]
        (row,) = waiting.values()
        assert (row["card"]["text"], row["card"]["author"]) == ("from a colleague", "Bert")
        assert inbox.bad_files(spool) == []
    finally:
        shutil.rmtree(base, ignore_errors=True)
