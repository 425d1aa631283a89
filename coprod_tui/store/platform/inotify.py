"""Wake the app as soon as a card lands in ``inbox/new``: Linux inotify, through ctypes.

Nothing to install and no thread: the app hands ``fileno()`` to its event loop and, when it
is readable, calls ``drain()`` and collects the inbox. Where inotify is not available (a kernel
without it, a limit reached) ``start`` returns None and the app relies on its periodic look at
the folder, which stays on in any case as the safety net for missed events (macOS and Windows
always rely on it: see ``coprod_tui.store.platform``).
Measured with bench/card_latency.py (see the inbox issue's note for the figures).
"""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

IN_CLOSE_WRITE = 0x00000008  # a file written in place (not how coprod drops cards, but seen)
IN_MOVED_TO = 0x00000080  # a file renamed into the folder: how every card arrives
READ_SIZE = 64 * 1024


class InotifyWatcher:
    def __init__(self, fd: int) -> None:
        self._fd = fd

    @classmethod
    def start(cls, folder: Path) -> InotifyWatcher | None:
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            init = libc.inotify_init1
            add_watch = libc.inotify_add_watch
        except (OSError, AttributeError):
            return None
        init.argtypes = [ctypes.c_int]
        init.restype = ctypes.c_int
        add_watch.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_uint32]
        add_watch.restype = ctypes.c_int
        fd = init(os.O_NONBLOCK | os.O_CLOEXEC)
        if fd < 0:
            return None
        if add_watch(fd, os.fsencode(folder), IN_MOVED_TO | IN_CLOSE_WRITE) < 0:
            os.close(fd)
            return None
        return cls(fd)

    def fileno(self) -> int:
        return self._fd

    def drain(self) -> bool:
        """Read every pending event; True if there was any (what they say does not matter)."""
        woken = False
        while True:
            try:
                data = os.read(self._fd, READ_SIZE)
            except (BlockingIOError, InterruptedError):
                return woken
            if not data:
                return woken
            woken = True

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
