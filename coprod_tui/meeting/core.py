"""The heart of the Meeting service: one session, its store, and who to tell about changes."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from coprod_tui.i18n import t
from coprod_tui.model import Project, Session, now
from coprod_tui.store.atomic_storage import CorruptDatabase
from coprod_tui.store.db import HomeStore
from coprod_tui.store.files import DiskError, StoreError
from coprod_tui.store.minutes import minutes_path, write_minutes
from coprod_tui.store.project_db import read_project

Listener = Callable[[str], None]

# Topics a change is announced under; screens refresh what they show for their topic.
TOPICS = (
    "meeting",
    "agenda",
    "cards",
    "gratitude",
    "ladder",
    "actions",
    "readiness",
    "room",
    "activity",
)


class ReadOnlyMeeting(Exception):
    """A closed meeting is kept as it was; it can be read, not changed."""


class ChangeNotSaved(StoreError):
    """A change could not be saved, so it was undone: the meeting is as it is on disk."""

    def __init__(self, cause: StoreError) -> None:
        self.cause = cause
        if isinstance(cause, DiskError):
            message = t(
                "{reason}: nothing was changed; {advice}", reason=cause.reason, advice=cause.advice
            )
            message += "\n" + t("(file: {file})", file=cause.path)
        else:
            message = t("nothing was changed: {problem}", problem=cause)
        super().__init__(message)


class MeetingCore:
    def __init__(
        self,
        store: HomeStore,
        session: Session,
        project: Project,
        clock: Callable[[], datetime] = now,
    ) -> None:
        self.store = store
        self.session = session
        self.project = project
        self.clock = clock
        self._listeners: list[Listener] = []
        self._summary_stale = False

    # --- observers -----------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _publish(self, topics: Iterable[str]) -> None:
        for topic in topics:
            for listener in list(self._listeners):
                listener(topic)

    def _changed(self, *topics: str) -> None:
        """Store the session (durably) and only then tell the listeners what changed.

        If the save fails, the change is undone: the session in memory is put back to what is
        on disk, the listeners are told (so what they show is true again), and ChangeNotSaved
        says why.
        """
        try:
            self.store.save_meeting(self.session)
        except StoreError as error:
            self._undo(topics)
            if isinstance(error, CorruptDatabase) and error.path == self._meeting_file:
                # The meeting's own file broke under the app: its minutes keep the meeting, so
                # that `coprod rebuild --from-minutes` (the message's advice) brings it back.
                with contextlib.suppress(StoreError):
                    self.write_minutes()
            raise ChangeNotSaved(error) from error
        self._publish(topics)

    @property
    def _meeting_file(self) -> Path:
        return self.store.paths.meeting(self.session.id)

    def _undo(self, topics: Iterable[str]) -> None:
        """Make the session (and project) in memory what is on disk again."""
        try:
            on_disk: Session | None = self.store.load_meeting(self.session.id)
        except StoreError:  # the file broke under us: back to what was last saved in it
            on_disk = self.store.last_saved_meeting(self.session.id)
        if on_disk is None:
            return  # nothing to go back to: what is in memory is the best there is
        for field in dataclasses.fields(Session):  # in place: screens keep their reference
            setattr(self.session, field.name, getattr(on_disk, field.name))
        with contextlib.suppress(StoreError):
            project = self.store.project(self.project.id)
            if project is not None:
                for field in dataclasses.fields(Project):
                    setattr(self.project, field.name, getattr(project, field.name))
        self._publish(topics)

    def _check_writable(self) -> None:
        if self.session.closed:
            raise ReadOnlyMeeting(self.session.title)

    # --- state ---------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.session.closed

    @property
    def running(self) -> bool:
        return self.session.status == "running" and self.session.paused_at is None

    @property
    def paused(self) -> bool:
        return self.session.paused_at is not None

    def record_circle(self) -> None:
        """Keep the project's circle of support as it stands now in this meeting (its minutes
        show it); done when the meeting closes, after which it stays as it was."""
        db = read_project(self.store.paths, self.project.id)
        self.session.circle = db.circle().now() if db is not None else []

    def write_minutes(self) -> Path:
        """Snapshot the meeting to its YAML minutes file (on close, and whenever asked)."""
        if not self.session.closed:
            self.record_circle()
        path = write_minutes(self.store.paths.minutes, self.session, self.project)
        self.save_summary(minutes=path.name)
        return path

    def _minutes_then_change(self, *topics: str) -> Path:
        """Write the minutes of the session as it is in memory, then save the session.

        Used to close: the minutes exist before the meeting is stored as closed. If the
        meeting cannot be saved, a minutes file that this made is removed again.
        """
        folder = self.store.paths.minutes
        existed = minutes_path(folder, self.session).exists()
        try:
            path = write_minutes(folder, self.session, self.project)
        except StoreError as error:
            self._undo(topics)
            raise ChangeNotSaved(error) from error
        try:
            self._changed(*topics)
        except ChangeNotSaved:
            if not existed:
                with contextlib.suppress(OSError):
                    path.unlink()
            raise
        self.save_summary(minutes=path.name)
        return path

    @property
    def summary_stale(self) -> bool:
        """The index row of this meeting could not be brought up to date yet."""
        return self._summary_stale

    def save_summary(self, minutes: str | None = None) -> None:
        """Bring the meeting's row in the index up to date (its own file is already saved)."""
        try:
            self.store.save_summary(self.session, minutes=minutes)
        except StoreError:
            self._summary_stale = True
            raise
        self._summary_stale = False
