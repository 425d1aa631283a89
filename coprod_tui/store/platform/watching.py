"""A wake-up when a file lands in a folder: inotify on Linux; None elsewhere, where the app
looks at the folder periodically instead."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Protocol


class FolderWatcher(Protocol):
    def fileno(self) -> int: ...

    def drain(self) -> bool: ...

    def close(self) -> None: ...


def watch_folder(folder: Path) -> FolderWatcher | None:
    """A watcher that wakes when a file lands in ``folder``, or None (then: look periodically)."""
    if sys.platform.startswith("linux"):
        from coprod_tui.store.platform.inotify import InotifyWatcher

        return InotifyWatcher.start(folder)
    return None
