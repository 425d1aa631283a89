"""What lives with a project rather than one meeting: ``projects/<project id>.json``.

One small TinyDB per project holds its circle of support (one document), its one-page profiles
(one document per person) and its gratitude diary (one document per page). A change during a
meeting writes this file and the meeting's own, never the index, and its cost does not grow
with the project's history. Profiles are personal data: they are kept here only (minutes say
who took part, not their profile), and a deleted profile leaves this file rewritten without it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from tinydb import Query
from tinydb.table import Document

from coprod_tui.model import ValidationError
from coprod_tui.model.circle import Circle
from coprod_tui.model.diary import DiaryEntry
from coprod_tui.model.profile import Profile
from coprod_tui.store.db import HomePaths, open_db
from coprod_tui.store.files import StoreError, make_private_dir


def project_path(paths: HomePaths, project_id: str) -> Path:
    return paths.root / "projects" / f"{project_id}.json"


def open_project(paths: HomePaths, project_id: str) -> ProjectDB:
    """The project's file, created (in a private folder) on first use."""
    path = project_path(paths, project_id)
    make_private_dir(path.parent)
    return ProjectDB(path)


def read_project(paths: HomePaths, project_id: str) -> ProjectDB | None:
    """The project's file to read, or None when it has none yet (nothing is created)."""
    path = project_path(paths, project_id)
    return ProjectDB(path) if path.exists() else None


class ProjectDB:
    """Opening one costs a read of its small file; TinyDB keeps no file open between calls."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.db = open_db(path)
        except OSError as error:
            raise StoreError(f"{path}: cannot be opened ({error.strerror})") from None

    def close(self) -> None:
        self.db.close()

    def _where(self, what: str) -> str:
        return f"{self.path}, {what}"

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """A failed write (a full disk) leaves the file as it was and says so."""
        try:
            yield
        except OSError as error:
            raise StoreError(f"{self.path}: not saved ({error.strerror or error})") from None

    # --- the circle ------------------------------------------------------------------------
    def circle(self) -> Circle:
        document = self.db.table("circle").get(doc_id=1)
        if document is None:
            return Circle()
        try:
            return Circle.from_dict(dict(document), self._where("circle"))
        except ValidationError as error:
            raise StoreError(str(error)) from None

    def save_circle(self, circle: Circle) -> None:
        with self._writing():
            self.db.table("circle").upsert(Document(circle.to_dict(), doc_id=1))

    # --- one-page profiles -----------------------------------------------------------------
    def profiles(self) -> list[Profile]:
        try:
            return [
                Profile.from_dict(dict(row), self._where("profile"))
                for row in self.db.table("profiles").all()
            ]
        except ValidationError as error:
            raise StoreError(str(error)) from None

    def save_profile(self, profile: Profile) -> None:
        with self._writing():
            self.db.table("profiles").upsert(profile.to_dict(), Query().id == profile.id)

    def delete_profile(self, profile_id: str) -> bool:
        with self._writing():
            return bool(self.db.table("profiles").remove(Query().id == profile_id))

    # --- the gratitude diary ---------------------------------------------------------------
    def diary(self) -> list[DiaryEntry]:
        try:
            entries = [
                DiaryEntry.from_dict(dict(row), self._where("diary page"))
                for row in self.db.table("diary").all()
            ]
        except ValidationError as error:
            raise StoreError(str(error)) from None
        return sorted(entries, key=lambda entry: entry.written_at)

    def save_diary_entry(self, entry: DiaryEntry) -> None:
        with self._writing():
            self.db.table("diary").upsert(entry.to_dict(), Query().id == entry.id)

    def delete_diary_entry(self, entry_id: str) -> bool:
        with self._writing():
            return bool(self.db.table("diary").remove(Query().id == entry_id))
