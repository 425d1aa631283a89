"""Running the meeting against the clock: start, pause, next item, close."""

from __future__ import annotations

from pathlib import Path

from coprod_tui.meeting.core import MeetingCore
from coprod_tui.model import AgendaItem


class AgendaOps(MeetingCore):
    def current(self) -> AgendaItem | None:
        return self.session.item(self.session.current_item)

    def start(self) -> None:
        """Start the meeting and the clock of its first item not yet done."""
        self._check_writable()
        if self.session.status == "running":
            return
        at = self.clock()
        self.session.status = "running"
        self.session.started_at = at
        first = next((item for item in self.session.agenda if not item.done), None)
        if first is not None:
            self.session.current_item = first.id
            first.start(at)
        self._changed("meeting", "agenda")
        self.save_summary()

    def pause(self) -> None:
        self._check_writable()
        if self.session.status != "running" or self.session.paused_at is not None:
            return
        at = self.clock()
        self.session.paused_at = at
        item = self.current()
        if item is not None:
            item.stop(at)
        self._changed("meeting", "agenda")

    def resume(self) -> None:
        self._check_writable()
        if self.session.paused_at is None:
            return
        at = self.clock()
        self.session.paused_at = None
        item = self.current()
        if item is not None:
            item.start(at)
        self._changed("meeting", "agenda")

    def next_item(self) -> AgendaItem | None:
        """Finish the current item and start the next one's clock by itself."""
        self._check_writable()
        if self.session.status != "running":
            self.start()
            return self.current()
        at = self.clock()
        agenda = self.session.agenda
        current = self.current()
        index = agenda.index(current) if current is not None else -1
        if current is not None:
            current.stop(at)
            current.done = True
        following = next((item for item in agenda[index + 1 :] if not item.done), None)
        self.session.current_item = following.id if following else None
        if following is not None and self.session.paused_at is None:
            following.start(at)
        self._changed("agenda")
        return following

    def close(self) -> Path:
        """Close the meeting: stop the clock, keep it read-only, write its minutes."""
        self._check_writable()
        at = self.clock()
        item = self.current()
        if item is not None:
            item.stop(at)
            item.done = True
        self.session.current_item = None
        self.session.paused_at = None
        self.session.status = "closed"
        self.session.closed_at = at
        self._changed("meeting", "agenda")
        return self.write_minutes()
