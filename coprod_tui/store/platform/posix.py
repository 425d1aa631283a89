"""Linux, macOS and the BSDs: flock, folder fsync, file modes, O_NOFOLLOW, Unix groups, nice."""

from __future__ import annotations

import contextlib
import fcntl
import grp
import os
import stat
from pathlib import Path

TYPE_CHECKING = False  # as typing's (importing typing costs `coprod card`)
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import NoReturn

NAME = "posix"
O_BINARY = 0  # line ends are never translated here
SHARED_INBOX = True  # `coprod init --group`: setgid folders that members can drop into
BACKGROUND_NICENESS = 10  # yield_to_others: the app first, its background readers after


def lock(fd: int) -> bool:
    """Take the exclusive lock without waiting; False when another process holds it."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (BlockingIOError, PermissionError):  # some file systems say EACCES when held
        return False
    return True


def unlock(fd: int) -> None:
    fcntl.flock(fd, fcntl.LOCK_UN)


def sync_folder(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def set_file_mode(fd: int, mode: int) -> None:
    os.fchmod(fd, mode)


def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    os.replace(source, target)


def open_regular(path: Path) -> int | None:
    """Never follows a symlink and never blocks: a FIFO in ``new/`` must not hang the app."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return fd
    except BaseException:
        os.close(fd)
        raise
    os.close(fd)
    return None


def group_id(name: str) -> int | None:
    try:
        return grp.getgrnam(name).gr_gid
    except KeyError:
        return None


def restart(argv: Sequence[str]) -> NoReturn:
    os.execv(argv[0], list(argv))


def yield_to_others() -> None:
    """This process gives way to the others when they want the processor (a reader in the
    background: the app that started it answers its keys first)."""
    with contextlib.suppress(OSError):
        os.nice(BACKGROUND_NICENESS)
