"""The heart of the Meeting service: one session, its store, and who to tell about changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from coprod_tui.model import Project, Session, now
from coprod_tui.store.db import HomeStore
from coprod_tui.store.minutes import write_minutes
from coprod_tui.store.project_db import read_project

Listener = Callable[[str], None]

# Topics a change is announced under; screens refresh what they show for their topic.
TOPICS = ("meeting", "agenda", "cards", "gratitude", "ladder", "actions", "readiness")


class ReadOnlyMeeting(Exception):
    """A closed meeting is kept as it was; it can be read, not changed."""


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

    # --- observers -----------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self, *topics: str) -> None:
        """Store the session (durably) and then tell the listeners what changed."""
        self.store.save_meeting(self.session)
        for topic in topics:
            for listener in list(self._listeners):
                listener(topic)

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
        self.store.save_summary(self.session, minutes=path.name)
        return path

    def save_summary(self) -> None:
        self.store.save_summary(self.session)
