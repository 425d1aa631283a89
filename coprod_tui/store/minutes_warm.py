"""The minutes list read ahead from the scan cache, and the quick check that it still holds.

When the cache knows every file in the minutes folder as it is now (same name, size, time and
inode), the list a scan would give is the cache's, and a scan reads no file: the list can be
read while the app is idle and only checked when it is asked for. The check lists the folder
and compares each file's key, as a scan does; anything new, gone or changed means a scan.
"""

from __future__ import annotations

from dataclasses import dataclass

from coprod_tui.store.files import StoreError
from coprod_tui.store.minutes_library import (
    MinutesEntry,
    MinutesLibrary,
    cached_entry,
    sort_entries,
)
from coprod_tui.store.scan_cache import ScanCache


@dataclass(frozen=True)
class WarmList:
    """Every minutes file as the cache knew it: the list (unreadable first, then newest
    first) and the files with their keys when it was read."""

    entries: list[MinutesEntry]
    files: list[tuple[str, list[int]]]


def read_warm(library: MinutesLibrary) -> WarmList | None:
    """The list from the cache if it knows exactly the files in the folder, unchanged; else
    None (a scan has something to read, or to drop from the cache)."""
    try:
        files = library.keyed_files()
    except StoreError:
        return None
    cached = library.cache.read()
    if len(cached) != len(files):
        return None
    entries = []
    for name, key in files:
        entry = cached_entry(ScanCache.row(cached, name, key))
        if entry is None or entry.name != name:
            return None
        entries.append(entry)
    return WarmList(sort_entries(entries), files)


def still_warm(library: MinutesLibrary, warm: WarmList) -> bool:
    """Whether the folder holds the same files, unchanged, as when ``warm`` was read."""
    try:
        return library.keyed_files() == warm.files
    except StoreError:
        return False  # the scan says what is wrong with the folder
