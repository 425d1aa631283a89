"""Windows: LockFile through msvcrt, no folder fsync, no modes, no FIFOs, renames that wait.

What Windows cannot promise that Linux does, and what coprod does instead, is written down in
README's "Where data lives".
"""

from __future__ import annotations

import msvcrt
import os
import stat
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

NAME = "windows"
SHARED_INBOX = False  # no Unix groups: only the facilitator's own account hands in cards
# A rename over a file that another process (a reader, a virus scanner, the search indexer)
# has open is refused on Windows; such a hold is short, so try again for about 1.5 s in all.
REPLACE_PAUSES = (0.01, 0.02, 0.05, 0.1, 0.2, 0.4, 0.8)
O_BINARY: int = getattr(os, "O_BINARY", 0)  # else os.write turns "\n" into "\r\n"
_READ_FLAGS = os.O_RDONLY | O_BINARY | getattr(os, "O_NOINHERIT", 0)


def lock(fd: int) -> bool:
    """Lock the file's first byte without waiting; False when another process holds it.

    Windows drops the lock when the holder's process ends, however it ends. Others cannot
    read a locked byte, so the holder writes its details after it (see store/db.py).
    """
    os.lseek(fd, 0, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    except PermissionError:  # EACCES: a locking violation
        return False
    return True


def unlock(fd: int) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]


def sync_folder(path: Path) -> None:
    """Nothing: Windows cannot open a folder to flush it; NTFS journals the rename itself."""


def set_file_mode(fd: int, mode: int) -> None:
    """Nothing: a file's privacy comes from its folder's access list, not from mode bits."""


def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    for pause in REPLACE_PAUSES:
        try:
            os.replace(source, target)
            return
        except PermissionError:
            time.sleep(pause)
    os.replace(source, target)


def open_regular(path: Path) -> int | None:
    """A regular file only, and the same one that was looked at: a link or a junction is
    refused before opening, and a swap in between is noticed. (Windows has no FIFOs in a
    folder, so nothing can make the read block.)"""
    seen = os.lstat(path)
    if not stat.S_ISREG(seen.st_mode):
        return None
    fd = os.open(path, _READ_FLAGS)
    try:
        opened = os.fstat(fd)
    except BaseException:
        os.close(fd)
        raise
    if stat.S_ISREG(opened.st_mode) and (opened.st_dev, opened.st_ino) == (
        seen.st_dev,
        seen.st_ino,
    ):
        return fd
    os.close(fd)
    return None


def group_id(name: str) -> int | None:
    return None


def restart(argv: Sequence[str]) -> NoReturn:
    """Windows has no exec: the new process runs as a child, and this one waits and exits."""
    raise SystemExit(subprocess.call(list(argv)))


def yield_to_others() -> None:
    """Left as it is on Windows (no nice; a lower priority class would need the Win32 API)."""
