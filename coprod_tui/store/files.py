"""Durable file writes and a private home: the one place that knows about fsync and modes."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from coprod_tui.store import platform

FOLDER_MODE = 0o700
FILE_MODE = 0o600


class StoreError(Exception):
    """A problem with the files on disk, worded for the facilitator (file named, nothing lost)."""


def make_private_dir(path: Path, mode: int = FOLDER_MODE) -> Path:
    """Create ``path`` (and parents) private to its owner; an existing folder is left as is."""
    path.mkdir(parents=True, exist_ok=True, mode=mode)
    return path


def fsync_dir(path: Path) -> None:
    platform.sync_folder(path)


def atomic_write(path: Path, data: bytes, mode: int = FILE_MODE) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new content, never a mix.

    Temp file in the same folder → flush → fsync → os.replace → fsync the folder.
    On failure (e.g. a full disk) the old file is untouched and the error is raised.
    """
    folder = path.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            platform.set_file_mode(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        platform.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    fsync_dir(folder)
