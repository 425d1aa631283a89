"""The action plan in the meeting: add, edit, complete, drop; review actions carried over.

A new meeting of a project starts with copies of the still-open actions of the project's
previous meeting (``Action.carried_from`` names it, the id stays the same). Reviewing such an
action is recorded in this meeting only (its status and ``review``): a closed meeting and its
minutes are never changed, so minutes can be shared without conflicts. An action's current
state is that in the latest meeting that holds it (see ``meeting.action_plan.project_actions``).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from coprod_tui.i18n import t
from coprod_tui.meeting.core import MeetingCore
from coprod_tui.model import Action, ValidationError, clean_line
from coprod_tui.model.action_plan import to_review
from coprod_tui.model.smart import check_lengths
from coprod_tui.model.toolkit import ACTION_STATUSES, Label

MAX_NOTE_CHARS = 1000

# What a later meeting can decide about an action it carried over.
REVIEW_DECISIONS = {
    "done": Label.within("action status", "done"),
    "open": Label("still open"),
    "dropped": Label("dropped"),
}

_UNCHANGED = object()


class ActionOps(MeetingCore):
    def today(self) -> date:
        return self.clock().date()

    def add_action(
        self,
        element: str,
        what: str,
        who: str = "",
        by_when: date | None = None,
        how_known: str = "",
        *,
        readiness_question: str | None = None,
    ) -> Action:
        """A new action; ``readiness_question`` links it to the readiness check's gap it answers."""
        self._check_writable()
        check_lengths(what, who, how_known)
        action = Action(
            element=element,
            what=what,
            who=who,
            by_when=by_when,
            how_known=how_known,
            origin_session=self.session.id,
            readiness_question=readiness_question,
        )
        self.session.actions.append(action)
        self._changed("actions")
        return action

    def update_action(
        self,
        action_id: str,
        *,
        element: str | None = None,
        what: str | None = None,
        who: str | None = None,
        by_when: date | None | object = _UNCHANGED,
        how_known: str | None = None,
    ) -> Action:
        """Change the given fields (validated as a whole); the action keeps its id and place."""
        self._check_writable()
        old = self._action(action_id)
        changes: dict[str, Any] = {
            name: value
            for name, value in (
                ("element", element),
                ("what", what),
                ("who", who),
                ("how_known", how_known),
            )
            if value is not None
        }
        if by_when is not _UNCHANGED:
            changes["by_when"] = by_when
        new = dataclasses.replace(old, **changes)  # runs the model's checks
        check_lengths(new.what, new.who, new.how_known)
        self.session.actions[self.session.actions.index(old)] = new
        self._changed("actions")
        return new

    def set_action_status(self, action_id: str, status: str) -> Action:
        self._check_writable()
        if status not in ACTION_STATUSES:
            raise ValueError(f"unknown action status {status!r}")
        action = self._action(action_id)
        action.status = status
        self._changed("actions")
        return action

    # --- carried over from the previous meeting ------------------------------------------
    def actions_to_review(self) -> list[Action]:
        """Actions carried over from an earlier meeting and not reviewed yet in this one."""
        return to_review(self.session.actions)

    def earlier_meeting(self, meeting_id: str) -> str:
        """``2026-10-26 “Maandoverleg oktober”`` for a meeting of this home, by id."""
        summary = self.store.summary(meeting_id)
        if summary is None:
            return t("an earlier meeting")
        return f"{summary['date']} “{summary['title']}”"

    def review_carried(self, action_id: str, decision: str, note: str = "") -> Action:
        """Record what this meeting decided about an action carried over from an earlier one."""
        self._check_writable()
        if decision not in REVIEW_DECISIONS:
            raise ValueError(f"unknown review decision {decision!r}")
        action = self._action(action_id)
        if not action.carried_from:
            raise ValueError("only an action carried over from an earlier meeting is reviewed")
        note = clean_line(note)  # one line: a later change of mind replaces it whole
        if len(note) > MAX_NOTE_CHARS:
            raise ValidationError(
                t("a review note holds at most {limit} characters", limit=MAX_NOTE_CHARS)
            )
        label = str(REVIEW_DECISIONS[decision])
        action.status = decision
        action.review = t("reviewed: {decision}", decision=f"{label} — {note}" if note else label)
        self._changed("actions")
        return action

    def _action(self, action_id: str) -> Action:
        action = self.session.action(action_id)
        if action is None:
            raise KeyError(action_id)
        return action
