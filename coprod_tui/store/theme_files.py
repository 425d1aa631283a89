"""Theme files on disk: the shipped folder and the home's, read through a scan cache.

What makes a theme valid is the UI's business (it needs Textual's colours), so the reader is
given a ``check`` that turns parsed YAML into a plain row, and a ``usable`` that says whether a
cached row can be used as it is. An ordinary start then reads no YAML at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from coprod_tui.store.files import StoreError
from coprod_tui.store.scan_cache import ScanCache, file_key
from coprod_tui.store.yamlio import load_yaml

THEME_CACHE_VERSION = 1

Row = dict[str, Any]  # {"theme": plain data} or {"problem": text}
Check = Callable[[Any, str], Row]


def read_theme_file(path: Path, check: Check) -> Row:
    """One file as a row: the checked theme, or the problem (file and reason)."""
    try:
        return check(load_yaml(path), str(path))
    except StoreError as error:
        return {"problem": str(error)}


def scan_theme_files(
    folders: Iterable[Path],
    check: Check,
    usable: Callable[[Row], bool],
    cache: ScanCache | None = None,
) -> list[Row]:
    """A row per ``*.yaml`` file of ``folders``, in order. With a ``cache``, an unchanged valid
    file is not read again (an invalid one is, so its problem is reported every time)."""
    cached = cache.read() if cache else {}
    fresh: dict[str, Any] = {}
    rows: list[Row] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            key = file_key(path)
            row = ScanCache.row(cached, str(path), key)
            if row is None or not usable(row):
                row = {"key": key, **read_theme_file(path, check)}
            fresh[str(path)] = row
            rows.append(row)
    if cache and fresh != cached:
        cache.write(fresh)
    return rows


def theme_cache(root: Path) -> ScanCache:
    return ScanCache(root / "cache" / "themes.json", [THEME_CACHE_VERSION])
