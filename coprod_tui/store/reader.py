"""A home read by another process while the app runs it: never a write, never the lock.

The room view uses this. It opens files for reading only (no TinyDB, which could write its
tables on open; no folder made), and relies on the app's atomic writes: a file is either the
previous or the next whole version, never half of one. ``stamp`` tells whether a file changed
since it was last read, so a look every fraction of a second costs a few ``stat`` calls.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from coprod_tui.model import Session, ValidationError
from coprod_tui.store.atomic_storage import AtomicJSONStorage
from coprod_tui.store.db import SCHEMA_VERSION, HomePaths
from coprod_tui.store.files import StoreError
from coprod_tui.store.journal_storage import journal_path, read_meeting_tables
from coprod_tui.store.platform.watching import FolderWatcher, watch_folder

MEETING_ID = re.compile(r"[0-9a-f]{8,64}")
Stamp = tuple[int, int, int]  # (inode, size, mtime in ns): a rename gives a new inode


def stamp(path: Path) -> Stamp | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns


def _tables(path: Path, *, journal: bool = False) -> dict[str, dict[str, Any]]:
    data = read_meeting_tables(path) if journal else AtomicJSONStorage(path).read()
    if data is None:
        raise StoreError(f"{path} is missing")
    schema = data.get("_meta", {}).get("1", {}).get("schema", SCHEMA_VERSION)
    if schema != SCHEMA_VERSION:
        raise StoreError(
            f"{path} has schema version {schema!r}; this coprod reads version {SCHEMA_VERSION}"
        )
    return data


class HomeReader:
    def __init__(self, root: Path) -> None:
        self.paths = HomePaths(root)

    def index_stamp(self) -> Stamp | None:
        return stamp(self.paths.index)

    def meeting_stamp(self, meeting_id: str) -> Stamp | None:
        if not MEETING_ID.fullmatch(meeting_id):  # a name from the index becomes a path
            return None
        path = self.paths.meeting(meeting_id)
        snapshot, journal = stamp(path), stamp(journal_path(path))
        if snapshot is None or journal is None:
            return snapshot
        # A change the app appended to the meeting's journal changes the journal's size.
        return snapshot[0], snapshot[1] + journal[1], max(snapshot[2], journal[2])

    def index_rows(self) -> tuple[list[dict[str, Any]], dict[str, str]]:
        """(meeting rows, project names by id) from the index; empty when there is none yet."""
        if not self.paths.index.exists():
            return [], {}
        tables = _tables(self.paths.index)
        rows = [row for row in tables.get("meetings", {}).values() if isinstance(row, dict)]
        projects = {
            str(row.get("id")): str(row.get("name", ""))
            for row in tables.get("projects", {}).values()
            if isinstance(row, dict)
        }
        return rows, projects

    def setting(self, key: str) -> Any:
        """A setting of the index (the language, say); None when not set or not readable."""
        try:
            tables = _tables(self.paths.index) if self.paths.index.exists() else {}
        except StoreError:
            return None
        for row in tables.get("settings", {}).values():
            if isinstance(row, dict) and row.get("key") == key:
                return row.get("value")
        return None

    def load_meeting(self, meeting_id: str) -> Session:
        path = self.paths.meeting(meeting_id)
        document = _tables(path, journal=True).get("session", {}).get("1")
        if document is None:
            raise StoreError(f"{path} holds no meeting")
        try:
            return Session.from_dict(document, where=str(path))
        except ValidationError as error:
            raise StoreError(str(error)) from None

    def watch(self) -> list[FolderWatcher]:
        """Wake-ups when a meeting file or the index is replaced (Linux); else none, and the
        reader's periodic look does the work."""
        watchers = []
        for folder in (self.paths.root, self.paths.meetings):
            if folder.is_dir():
                watcher = watch_folder(folder)
                if watcher is not None:
                    watchers.append(watcher)
        return watchers
