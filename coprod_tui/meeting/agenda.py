"""Running the meeting against the clock: start, pause, next item, close; the agenda itself.

Every time shown is derived from the timestamps stored on the items (``AgendaItem.spans``),
so a meeting that was killed mid-way resumes with the right times.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from coprod_tui.i18n import t
from coprod_tui.meeting.core import MeetingCore
from coprod_tui.model import AgendaItem, Participant, ValidationError, clean_line
from coprod_tui.model.agenda import (
    valid_item_title,
    valid_notes,
    valid_owner,
)
from coprod_tui.model.card import valid_name

MAX_ROLE_CHARS = 80


class AgendaOps(MeetingCore):
    def current(self) -> AgendaItem | None:
        return self.session.item(self.session.current_item)

    def _item(self, item_id: str) -> AgendaItem:
        item = self.session.item(item_id)
        if item is None:
            raise KeyError(item_id)
        return item

    # --- the clock -------------------------------------------------------------------------
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

    def toggle_clock(self) -> str:
        """Space on the agenda: start, pause or resume; returns what it did."""
        if self.session.status == "planned":
            self.start()
            return "started"
        if self.paused:
            self.resume()
            return "resumed"
        self.pause()
        return "paused"

    def next_item(self) -> AgendaItem | None:
        """Finish the current item and start the next one's clock by itself.

        Moving on while paused also resumes the meeting: the point of moving on is to go on,
        and a clock nobody remembered to restart is the classic meeting-timer complaint.
        """
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
        self._make_current(following, at)
        self._changed("meeting", "agenda")
        return following

    def previous_item(self) -> AgendaItem | None:
        """Go back to the item before the current one (it runs again; its time adds up)."""
        self._check_writable()
        if self.session.status != "running":
            return None
        agenda = self.session.agenda
        current = self.current()
        if current is None:
            target = agenda[-1] if agenda else None
        else:
            index = agenda.index(current)
            if index == 0:
                return current
            target = agenda[index - 1]
        if target is None:
            return None
        at = self.clock()
        if current is not None:
            current.stop(at)
        target.done = False
        self._make_current(target, at)
        self._changed("meeting", "agenda")
        return target

    def _make_current(self, item: AgendaItem | None, at: datetime) -> None:
        self.session.current_item = item.id if item is not None else None
        self.session.paused_at = None
        self.session.on_show = None  # another item: the room view starts from its title screen
        if item is not None:
            item.start(at)

    def close(self) -> Path:
        """Close the meeting: stop the clock, keep it read-only, write its minutes."""
        self._check_writable()
        at = self.clock()
        item = self.current()
        if item is not None:
            item.stop(at)
            item.done = True
        if self.session.started_at is None:
            self.session.started_at = at
        self.session.current_item = None
        self.session.paused_at = None
        self.session.on_show = None
        self.session.status = "closed"
        self.session.closed_at = at
        self.record_circle()
        return self._minutes_then_change("meeting", "agenda")

    # --- the agenda ------------------------------------------------------------------------
    def add_item(
        self,
        title: str,
        planned_minutes: int,
        *,
        owner: str | None = None,
        tool: str = "none",
        after: str | None = None,
    ) -> AgendaItem:
        """A new item after item ``after`` (at the end when None)."""
        self._check_writable()
        item = AgendaItem(
            valid_item_title(title), planned_minutes, owner=valid_owner(owner), tool=tool
        )
        agenda = self.session.agenda
        position = agenda.index(self._item(after)) + 1 if after is not None else len(agenda)
        agenda.insert(position, item)
        self._changed("agenda")
        return item

    def update_item(
        self, item_id: str, *, title: str, planned_minutes: int, owner: str | None, tool: str
    ) -> AgendaItem:
        self._check_writable()
        item = self._item(item_id)
        checked = AgendaItem(
            valid_item_title(title), planned_minutes, owner=valid_owner(owner), tool=tool
        )
        item.title, item.planned_minutes = checked.title, checked.planned_minutes
        item.owner, item.tool = checked.owner, checked.tool
        self._changed("agenda")
        return item

    def delete_item(self, item_id: str) -> AgendaItem | None:
        """Remove an item; if it was the current one, the next item takes over (and runs)."""
        self._check_writable()
        item = self._item(item_id)
        agenda = self.session.agenda
        index = agenda.index(item)
        if item.id == self.session.current_item:
            at = self.clock()
            item.stop(at)
            following = next((i for i in agenda[index + 1 :] if not i.done), None)
            self.session.current_item = following.id if following else None
            if following is not None and self.running:
                following.start(at)
        agenda.remove(item)
        self._changed("agenda")
        return self.current()

    def move_item(self, item_id: str, offset: int) -> int:
        """Move an item up (negative) or down; returns its new position (0-based)."""
        self._check_writable()
        agenda = self.session.agenda
        item = self._item(item_id)
        old = agenda.index(item)
        new = max(0, min(len(agenda) - 1, old + offset))
        if new != old:
            agenda.insert(new, agenda.pop(old))
            self._changed("agenda")
        return new

    def set_item_text(
        self, item_id: str, *, notes: str | None = None, decisions: str | None = None
    ) -> AgendaItem:
        """The notes and decisions typed in place on the agenda."""
        self._check_writable()
        item = self._item(item_id)
        new_notes = item.notes if notes is None else valid_notes(notes, t("notes"))
        new_decisions = (
            item.decisions if decisions is None else valid_notes(decisions, t("decisions"))
        )
        if (new_notes, new_decisions) != (item.notes, item.decisions):
            item.notes, item.decisions = new_notes, new_decisions
            self._changed("agenda")
        return item

    # --- the people ------------------------------------------------------------------------
    def set_participants(self, participants: list[Participant], receiver: str | None) -> None:
        """This meeting's participants and its card receiver (one of them, or nobody)."""
        self._check_writable()
        people = []
        for person in participants:
            name = valid_name(person.name)
            role = clean_line(person.role)
            if not name:
                raise ValidationError(t("a participant needs a name"))
            if len(role) > MAX_ROLE_CHARS:
                raise ValidationError(
                    t("a role holds at most {limit} characters", limit=MAX_ROLE_CHARS)
                )
            people.append(Participant(name=name, role=role))
        names = [person.name for person in people]
        doubles = sorted({name for name in names if names.count(name) > 1})
        if doubles:
            raise ValidationError(
                t(
                    "two participants are called {name}; add an initial to one of them",
                    name=doubles[0],
                )
            )
        receiver = valid_name(receiver)
        if receiver is not None and receiver not in names:
            raise ValidationError(
                t("the card receiver {name} is not one of the participants", name=receiver)
            )
        self.session.participants = people
        self.session.receiver = receiver
        self._changed("meeting")
        self.save_summary()
