"""Every ``coprod`` command that writes a file, on a failing disk: one line saying what
happened and what to do, a non-zero exit, no traceback and no half-written file.
(``coprod card`` on a really full disk: tests/test_full_disk.py; a killed one:
tests/store/test_spool_sweep.py.)"""

from __future__ import annotations

import pytest

import coprod_tui.cli.actions  # noqa: F401  loaded before the writer is broken in them all
import coprod_tui.cli.minutes  # noqa: F401
import coprod_tui.cli.people  # noqa: F401
import coprod_tui.cli.readiness  # noqa: F401
import coprod_tui.meeting.minutes  # noqa: F401
import coprod_tui.meeting.people  # noqa: F401
import coprod_tui.store.rebuild  # noqa: F401
from coprod_tui.cli.main import main
from coprod_tui.store.db import HomeStore
from tests.faults import DISK_FAULTS, REASONS, break_writes
from tests.minutes.helpers import closed_meeting
from tests.support import FakeClock

PROJECT = "Kookgroep De Linde"


@pytest.fixture
def home(tmp_path):
    root = tmp_path / "home"
    store = HomeStore(root).open()
    meeting = closed_meeting(store, FakeClock())
    meeting_id = meeting.session.id
    store.close()
    return root, meeting_id


def commands(root, meeting_id, out):
    return {
        "minutes export": ["minutes", "export", meeting_id[:8]],
        "minutes export -o": ["minutes", "export", meeting_id[:8], "-o", str(out)],
        "actions export -o": ["actions", "export", "--project", PROJECT, "-o", str(out)],
        "readiness export -o": ["readiness", "export", "--project", PROJECT, "-o", str(out)],
        "diary -o": ["diary", "--project", PROJECT, "-o", str(out)],
        "rebuild --from-minutes": ["rebuild", "--from-minutes"],
    }


NAMES = list(commands("", "x" * 8, ""))


@pytest.mark.parametrize("code", DISK_FAULTS)
@pytest.mark.parametrize("name", NAMES)
def test_a_command_on_a_failing_disk_says_why_in_one_line(
    home, tmp_path, monkeypatch, capsys, name, code
):
    root, meeting_id = home
    out = tmp_path / "out.txt"
    if name.startswith("rebuild"):
        (root / "coprod.json").unlink()  # a lost index: the rebuild has to write one
    argv = ["--home", str(root), "--lang", "en", *commands(root, meeting_id, out)[name]]
    capsys.readouterr()
    attempted = break_writes(monkeypatch, code)
    status = main(argv)
    printed = capsys.readouterr()
    assert attempted, "the command tried to write"
    assert status == 1, printed
    assert printed.err.startswith("coprod: ") and REASONS[code] in printed.err, printed.err
    assert printed.err.count("\n") == 1 and "Traceback" not in printed.err
    assert not out.exists(), "nothing half-written"
    monkeypatch.undo()
    assert main(argv) == 0, "with the disk back, the same command works"
