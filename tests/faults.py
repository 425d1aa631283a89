"""Fault injection for tests: the atomic writer fails as a full, broken or read-only disk would."""

from __future__ import annotations

import errno
import json
import os
import sys
from pathlib import Path

import pytest

from coprod_tui.store import files
from coprod_tui.store.journal_storage import read_meeting_tables

# What a facilitator's world throws at a write: full disk, I/O error, read-only, no permission.
DISK_FAULTS = [
    pytest.param(errno.ENOSPC, id="ENOSPC"),
    pytest.param(errno.EIO, id="EIO"),
    pytest.param(errno.EROFS, id="EROFS"),
    pytest.param(errno.EACCES, id="EACCES"),
]
REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EIO: "the disk reported an error",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "coprod may not write there",
}


def break_writes(monkeypatch: pytest.MonkeyPatch, code: int, only: str | None = None) -> list[Path]:
    """Make every use of the atomic writer raise ``OSError(code)`` inside the store's edge
    (with ``only``: just for files whose name ends so, e.g. ``".json"``).

    Returns the list of paths that were attempted (so a test can see a write was tried).
    """
    import coprod_tui.export.actions  # noqa: F401  every module that holds the writer
    import coprod_tui.store.minutes_library  # noqa: F401

    real = files.atomic_write
    attempted: list[Path] = []

    def failing(path: Path, data: bytes, mode: int = files.FILE_MODE) -> None:
        if only is not None and not str(path).endswith(only):
            return real(path, data, mode)
        attempted.append(Path(path))
        with files.disk_errors(path):
            raise OSError(code, os.strerror(code), str(path))

    for module in list(sys.modules.values()):
        if getattr(module, "atomic_write", None) is real:
            monkeypatch.setattr(module, "atomic_write", failing)

    real_append = files.durable_append

    def failing_append(path: Path, offset: int, data: bytes, mode: int = files.FILE_MODE) -> None:
        # A meeting's journal (<id>.journal) is written for its file, <id>.json.
        if only is not None and not str(Path(path).with_suffix(".json")).endswith(only):
            return real_append(path, offset, data, mode)
        attempted.append(Path(path))
        with files.disk_errors(path):
            raise OSError(code, os.strerror(code), str(path))

    monkeypatch.setattr(files, "durable_append", failing_append)
    return attempted


def on_disk(home: Path, meeting_id: str) -> dict:
    """The meeting as its files hold it, read afresh: the file, and the journal of changes
    appended since it was last written whole (store/journal_storage.py)."""
    data = read_meeting_tables(home / "meetings" / f"{meeting_id}.json")
    assert data is not None
    return data["session"]["1"]


def in_memory(session: object) -> dict:
    """The session in memory as it would be stored."""
    return json.loads(json.dumps(session.to_dict(), ensure_ascii=False))  # type: ignore[attr-defined]
