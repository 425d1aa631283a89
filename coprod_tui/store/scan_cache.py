"""A best-effort JSON cache of what was read from files, keyed by each file's size, time and inode.

The minutes list and the themes use it, so an ordinary start reads no YAML. The cache is only ever
a copy: a missing, broken or outdated one is rebuilt from the files, and failing to write it
(a read-only or full disk) changes nothing but speed.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from coprod_tui.store.files import StoreError, make_private_dir


def file_key(path: Path | os.DirEntry[str]) -> list[int] | None:
    """What changes when the file does (None: it cannot be read). A DirEntry from the folder's
    listing costs less than a Path (on Windows it has no inode: size and time still tell)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ino]


class ScanCache:
    """``<cache>.json`` holding one row per file name, under a version that must match."""

    def __init__(self, path: Path, version: list[int]) -> None:
        self.path = path
        self.version = version

    def read(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.path.read_bytes())
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("version") != self.version:
            return {}
        files = data.get("files")
        return files if isinstance(files, dict) else {}

    @staticmethod
    def row(cached: dict[str, Any], name: str, key: list[int] | None) -> dict[str, Any] | None:
        """The cached row for ``name`` if the file has not changed since."""
        row = cached.get(name)
        return row if isinstance(row, dict) and key and row.get("key") == key else None

    def write(self, files: dict[str, Any]) -> None:
        """Best effort, and without fsync: a cache lost in a crash is just read again."""
        data = _dumps(self.version, files).encode("utf-8")
        with contextlib.suppress(OSError, StoreError):
            make_private_dir(self.path.parent)
            fd, temp = tempfile.mkstemp(prefix=f".{self.path.stem}.", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.replace(temp, self.path)
            except OSError:
                Path(temp).unlink(missing_ok=True)
                raise


def _dumps(version: list[int], files: dict[str, Any]) -> str:
    """The cache as compact JSON, one file's row at a time: one call for a 10 MB cache would
    hold Python's interpreter lock for tens of milliseconds (the app's keys would wait for it);
    between rows, the app's thread gets its turn."""
    dump = functools.partial(json.dumps, ensure_ascii=False, separators=(",", ":"))
    rows = ",".join(f"{dump(name)}:{dump(row)}" for name, row in files.items())
    return f'{{"version":{dump(version)},"files":{{{rows}}}}}'
