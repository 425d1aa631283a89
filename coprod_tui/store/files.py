"""Durable file writes and a private home: the one place that knows about fsync and modes.

This is the store's edge: an ``OSError`` from the file system leaves it as a ``DiskError``
(a ``StoreError``) that says in plain words what happened and what to do about it.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from coprod_tui.i18n import t
from coprod_tui.store import platform

FOLDER_MODE = 0o700
FILE_MODE = 0o600


class StoreError(Exception):
    """A problem with the files on disk, worded for the facilitator (file named, nothing lost)."""


def disk_reason(error: OSError) -> tuple[str, str]:
    """(what happened, what to do) for an error of the file system, in the user's language."""
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return t("the disk is full"), t("free space and do it again")
    if code == errno.EROFS:
        return t("the disk is read-only"), t("make it writable and do it again")
    if code in (errno.EACCES, errno.EPERM):
        return (
            t("coprod may not write there"),
            t("check who owns the data folder and do it again"),
        )
    if code == errno.EIO:
        return (
            t("the disk reported an error"),
            t("check the disk, or use another data folder, and do it again"),
        )
    return (error.strerror or type(error).__name__), t("do it again")


class DiskError(StoreError):
    """A file could not be written (or read) because of the disk; what it held is unchanged."""

    def __init__(self, path: Path | str, error: OSError, *, reading: bool = False) -> None:
        self.path = Path(path)
        self.errno = error.errno
        self.reason, self.advice = disk_reason(error)
        if reading:
            message = t("{reason}: {file} cannot be read", reason=self.reason, file=self.path)
        else:
            message = t(
                "{reason}: {file} was not changed; {advice}",
                reason=self.reason,
                file=self.path,
                advice=self.advice,
            )
        super().__init__(message)


@contextlib.contextmanager
def disk_errors(path: Path | str, *, reading: bool = False) -> Iterator[None]:
    """Turn an ``OSError`` raised inside into a ``DiskError`` about ``path``."""
    try:
        yield
    except OSError as error:
        raise DiskError(path, error, reading=reading) from error


def make_private_dir(path: Path, mode: int = FOLDER_MODE) -> Path:
    """Create ``path`` (and parents) private to its owner; an existing folder is left as is."""
    with disk_errors(path):
        path.mkdir(parents=True, exist_ok=True, mode=mode)
    return path


def fsync_dir(path: Path) -> None:
    with disk_errors(path):
        platform.sync_folder(path)


def atomic_write(path: Path, data: bytes, mode: int = FILE_MODE) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new content, never a mix.

    Temp file in the same folder → flush → fsync → os.replace → fsync the folder.
    On failure (e.g. a full disk) the old file is untouched and a ``DiskError`` is raised.
    """
    import tempfile  # here: it costs `coprod card`, which never writes this way, ~4 ms

    folder = path.parent
    with disk_errors(path):
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


def durable_append(path: Path, offset: int, data: bytes, mode: int = FILE_MODE) -> None:
    """Write ``data`` at ``offset`` of ``path`` (a new file when ``offset`` is 0), cutting off
    whatever was after ``offset``, and fsync it; on failure the file is cut back to ``offset``
    and a ``DiskError`` raised. A new file's folder is fsynced too (else it is removed again)."""
    new = offset == 0
    flags = os.O_WRONLY | os.O_CREAT | platform.O_BINARY | (os.O_TRUNC if new else 0)
    with disk_errors(path):
        fd = os.open(path, flags, mode)
        try:
            if not new:
                os.ftruncate(fd, offset)
            os.lseek(fd, offset, os.SEEK_SET)
            try:
                written = 0
                while written < len(data):
                    written += os.write(fd, data[written:])
                os.fsync(fd)
            except OSError:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, offset)
                raise
        finally:
            os.close(fd)
    if new:
        try:
            fsync_dir(path.parent)
        except DiskError:  # not surely durable: then it is not there at all
            with contextlib.suppress(OSError):
                path.unlink()
            raise
