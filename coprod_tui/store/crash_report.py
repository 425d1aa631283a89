"""Crash reports: what ended the app, in a private file under the home, never on the screen.

The screen may be on a projector, and a traceback's values hold meeting content; the report
holds the traceback (no local variables), readable only by the home's owner (0600).
"""

from __future__ import annotations

import os
import platform
import sys
from datetime import datetime
from pathlib import Path

from coprod_tui import __version__
from coprod_tui.store.files import atomic_write, make_private_dir

CRASH_FOLDER = "crash-reports"


def crash_folder(home: Path) -> Path:
    return home / CRASH_FOLDER


def write_crash_report(home: Path, report: str, at: datetime) -> Path:
    """Write ``report`` to a new file in ``<home>/crash-reports`` (0600); returns its path."""
    folder = make_private_dir(crash_folder(home))
    stem = f"crash-{at.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
    path = folder / f"{stem}.txt"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}.txt"
        number += 1
    header = (
        f"coprod {__version__}, Python {sys.version.split()[0]}, {platform.platform()}\n"
        f"{at.isoformat()}\n\n"
    )
    atomic_write(path, (header + report).encode("utf-8", "replace"))
    return path
