"""The minutes of a home, for every UI: listed, searched, read and exported as Markdown."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from coprod_tui.export.markdown import minutes_markdown
from coprod_tui.model.minutes import Minutes
from coprod_tui.store.db import HomePaths
from coprod_tui.store.files import FILE_MODE, atomic_write, make_private_dir
from coprod_tui.store.minutes import read_minutes
from coprod_tui.store.minutes_library import (
    MinutesEntry,
    MinutesLibrary,
    SearchHit,
    kind_label,
    search_entries,
    search_pattern,
    snippet,
    sort_entries,
)
from coprod_tui.store.minutes_warm import WarmList, read_warm, still_warm

__all__ = [
    "MinutesArchive",
    "MinutesEntry",
    "SearchHit",
    "WarmList",
    "kind_label",
    "search_entries",
    "search_pattern",
    "snippet",
    "sort_entries",
]


class MinutesArchive:
    """Every minutes file of a home (see store/minutes_library.py for how a scan stays quick)."""

    def __init__(self, paths: HomePaths) -> None:
        self.library = MinutesLibrary(paths)
        self.exports = paths.root / "exports"  # where Markdown exports go

    @property
    def folder(self) -> Path:
        return self.library.folder

    def entries(self) -> list[MinutesEntry]:
        return self.library.entries()

    def scan(self, *, in_child: bool = False) -> Generator[list[MinutesEntry], None, None]:
        """The entries in batches as they are read (see MinutesLibrary.scan); ``in_child``: many
        unread files are parsed by a child process, so this process stays free to answer."""
        from coprod_tui.store.minutes_reader import read_in_child

        return self.library.scan(reader=read_in_child if in_child else None)

    def read_warm(self) -> WarmList | None:
        """The list from the scan cache if it knows every file as it is (store/minutes_warm.py):
        to read while idle, and check with ``still_warm`` when it is shown."""
        return read_warm(self.library)

    def still_warm(self, warm: WarmList) -> bool:
        return still_warm(self.library, warm)

    @property
    def folder_stamp(self) -> int | None:
        """Changes when a file is added to, removed from or replaced in the minutes folder."""
        try:
            return self.folder.stat().st_mtime_ns
        except OSError:
            return None

    def search(self, term: str, limit: int | None = None) -> list[SearchHit]:
        return self.library.search(term, limit)

    def load(self, name: str) -> Minutes:
        return self.library.load(name)

    def find(self, which: str) -> Path:
        return self.library.find(which)

    def export(self, name: str) -> Path:
        """The minutes file ``name`` as Markdown in the home's ``exports/`` folder."""
        return self.export_markdown(self.library.path(name))

    def export_markdown(self, source: Path, out: Path | None = None) -> Path:
        """Write the minutes in ``source`` as Markdown to ``out`` (default: ``exports/``).

        The file is private to its owner (0600) wherever it goes, like everything in the home:
        minutes name people and hold what they said."""
        text = minutes_markdown(read_minutes(source))
        if out is None:
            make_private_dir(self.exports)
            out = self.exports / f"{source.stem}.md"
        atomic_write(out, text.encode("utf-8"), mode=FILE_MODE)
        return out
