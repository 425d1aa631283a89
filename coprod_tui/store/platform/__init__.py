"""What differs between Linux, macOS and Windows, chosen once when this module is imported.

The store asks this module, never ``sys.platform``, for the few things an operating system
does its own way. ``posix`` serves Linux and macOS (and the BSDs), ``windows`` serves Windows;
both offer the same names:

- ``lock(fd) -> bool`` / ``unlock(fd)``: the single-writer lock on ``coprod.lock``, held by the
  process and dropped by the operating system when it dies (flock; on Windows LockFile on the
  file's first byte, so the holder's details are kept after it).
- ``sync_folder(path)``: make a rename or deletion in a folder durable (fsync of the folder).
- ``set_file_mode(fd, mode)``: private (0600) or group-readable file modes.
- ``replace(source, target)``: ``os.replace``; Windows refuses to rename over a file another
  process has open, so there it tries again for a moment before giving up.
- ``open_regular(path) -> int | None``: a descriptor of a regular file, never following a link
  and never blocking on a FIFO; None for anything else.
- ``SHARED_INBOX`` / ``group_id(name)``: whether a Unix group can share the card inbox.
- ``watch_folder(path) -> FolderWatcher | None`` (in ``watching.py``, which needs ``typing``:
  ``coprod card`` imports this module, not that one): a wake-up when a file lands (Linux
  inotify); None elsewhere, where the app's periodic look at the inbox does the work.
- ``restart(argv)``: replace this process by a new one (the language switch).
- ``yield_to_others()``: this process gives way when others want the processor (nice on
  Linux and macOS; nothing on Windows), for the minutes screen's reader processes.
- ``O_BINARY``: the ``os.open`` flag that keeps Windows from translating line ends (else 0).

README's "Where data lives" says what Windows cannot promise and what coprod does instead.
"""

from __future__ import annotations

import sys

if sys.platform == "win32":
    from coprod_tui.store.platform.windows import (
        NAME,
        O_BINARY,
        SHARED_INBOX,
        group_id,
        lock,
        open_regular,
        replace,
        restart,
        set_file_mode,
        sync_folder,
        unlock,
        yield_to_others,
    )
else:
    from coprod_tui.store.platform.posix import (
        NAME,
        O_BINARY,
        SHARED_INBOX,
        group_id,
        lock,
        open_regular,
        replace,
        restart,
        set_file_mode,
        sync_folder,
        unlock,
        yield_to_others,
    )


__all__ = [
    "NAME",
    "O_BINARY",
    "SHARED_INBOX",
    "group_id",
    "lock",
    "open_regular",
    "replace",
    "restart",
    "set_file_mode",
    "sync_folder",
    "unlock",
    "yield_to_others",
]
