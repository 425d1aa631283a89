"""The room view's side of the service: follow the open meeting of a home, read-only.

``RoomWatch`` is for a process apart from the app (``coprod room``, the phone page's server): it
never writes to the home and never takes the single-writer lock. It reads the index to find the
running meeting (the one whose file changed last, if there are several) and that meeting's file,
again only when their stamps changed. ``RoomState`` is what any room view shows at a moment,
the same for the terminal and the browser.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from coprod_tui.model import Session, now
from coprod_tui.model.room import (
    Shown,
    ShownAction,
    ShownCard,
    ShownTally,
    ShownTurn,
    what_is_on_show,
)
from coprod_tui.store.files import StoreError
from coprod_tui.store.platform.watching import FolderWatcher
from coprod_tui.store.reader import HomeReader, Stamp

__all__ = [
    "RoomItem",
    "RoomState",
    "RoomWatch",
    "Shown",
    "ShownAction",
    "ShownCard",
    "ShownTally",
    "ShownTurn",
]


@dataclass(frozen=True)
class RoomItem:
    number: int
    title: str
    used_seconds: float
    planned_minutes: int
    running: bool


@dataclass(frozen=True)
class RoomState:
    """What the room shows at one moment. ``meeting`` empty: waiting for the meeting."""

    project: str = ""
    meeting: str = ""
    item: RoomItem | None = None
    shown: Shown | None = None
    problem: str = ""  # the meeting file could not be read (the view says so and waits)

    @property
    def waiting(self) -> bool:
        return not self.meeting

    def to_dict(self) -> dict[str, Any]:
        """For the browser: plain values, one key per part of the view."""
        shown: dict[str, Any] | None = None
        if self.shown is not None:
            kind = {
                ShownCard: "card",
                ShownAction: "action",
                ShownTurn: "turn",
                ShownTally: "tally",
            }[type(self.shown)]
            shown = {"kind": kind, **self.shown.__dict__}
            if isinstance(self.shown, ShownTally):
                shown["rows"] = [list(row) for row in self.shown.rows]
        item = None
        if self.item is not None:
            item = {**self.item.__dict__}
        return {
            "project": self.project,
            "meeting": self.meeting,
            "item": item,
            "shown": shown,
            "problem": self.problem,
        }


def room_state(session: Session, project: str, at: datetime) -> RoomState:
    item = None
    current = session.item(session.current_item)
    if current is not None and session.status == "running":
        item = RoomItem(
            session.agenda.index(current) + 1,
            current.title,
            current.used_seconds(at),
            current.planned_minutes,
            current.running,
        )
    return RoomState(project, session.title, item, what_is_on_show(session, at))


class RoomWatch:
    """The open meeting of one home, followed from outside the app."""

    def __init__(self, home: Path, clock: Callable[[], datetime] = now) -> None:
        self.reader = HomeReader(home)
        self.clock = clock
        self.session: Session | None = None
        self.project = ""
        self.problem = ""
        self._index_stamp: Stamp | None = None
        self._rows: list[dict[str, Any]] = []
        self._projects: dict[str, str] = {}
        self._meeting_stamp: tuple[str, Stamp | None] | None = None

    @property
    def home(self) -> Path:
        return self.reader.paths.root

    def look(self) -> bool:
        """Read again what changed since the last look; True when the meeting or what is on
        show may differ (then ask ``state`` again)."""
        try:
            index = self.reader.index_stamp()
            if index != self._index_stamp:
                self._rows, self._projects = self.reader.index_rows()
                self._index_stamp = index
            chosen = self._open_meeting()
        except StoreError as error:
            return self._set_problem(str(error))
        if chosen is None:
            changed = self.session is not None or self._meeting_stamp is not None
            self.session, self._meeting_stamp = None, None
            return self._set_problem("") or changed
        meeting_id, project_id, file_stamp = chosen
        if self._meeting_stamp == (meeting_id, file_stamp):
            return False
        try:
            session = self.reader.load_meeting(meeting_id)
        except StoreError as error:  # e.g. a newer schema; a half file cannot happen
            self._meeting_stamp = (meeting_id, file_stamp)
            return self._set_problem(str(error))
        self._meeting_stamp = (meeting_id, file_stamp)
        self.session = session
        self.project = self._projects.get(project_id, "")
        self._set_problem("")
        return True

    def _set_problem(self, problem: str) -> bool:
        changed = problem != self.problem
        self.problem = problem
        return changed

    def _open_meeting(self) -> tuple[str, str, Stamp | None] | None:
        """The running meeting whose file changed last (a home runs one meeting at a time;
        a meeting left running elsewhere loses to the one in use)."""
        best: tuple[int, str, str, Stamp | None] | None = None
        for row in self._rows:
            if row.get("status") != "running" or not isinstance(row.get("id"), str):
                continue
            file_stamp = self.reader.meeting_stamp(row["id"])
            if file_stamp is None:
                continue
            key = (file_stamp[2], row["id"], str(row.get("project_id", "")), file_stamp)
            if best is None or key[0] > best[0]:
                best = key
        if best is None:
            return None
        _, meeting_id, project_id, file_stamp = best
        return meeting_id, project_id, file_stamp

    def state(self, at: datetime | None = None) -> RoomState:
        at = at or self.clock()
        if self.session is None or self.session.closed:
            return RoomState(problem=self.problem)
        state = room_state(self.session, self.project, at)
        if self.problem:
            return RoomState(state.project, state.meeting, state.item, state.shown, self.problem)
        return state

    def watch(self) -> list[FolderWatcher]:
        return self.reader.watch()

    def language(self) -> str | None:
        """The language the facilitator chose in the app, if any."""
        value = self.reader.setting("language")
        return value if isinstance(value, str) else None
