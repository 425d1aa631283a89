"""What the facilitator has put on show for the room view: one small record in the session.

The facilitator's "show to group" and reveal keys set ``Session.on_show`` through the Meeting
service; the room view (``coprod room``, the browser at /j/CODE/room) only reads it, from the
meeting file, in another process. Nothing here is a record of the meeting: it is left out of
the minutes and cleared when the agenda moves on or the meeting closes.

``model/room.py`` turns the record into what may be shown, and nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from coprod_tui.i18n import t
from coprod_tui.model.common import PlainData, ValidationError, now, one_of

# card: an opportunity card (ref: card id) · action: the action being agreed (ref: action id)
# turn: the gratitude round's speaker (ref: their name) and countdown
# placement / vote: a phone activity (ref: the activity's id, or the ladder model for a placement
# round); its results only when ``revealed``
ON_SHOW_KINDS = ("card", "action", "turn", "placement", "vote")


@dataclass
class OnShow(PlainData):
    kind: str
    ref: str = ""
    since: datetime = field(default_factory=now)  # put on show, or last changed (the countdown)
    revealed: bool = False  # placement / vote: the results may be shown
    seconds_left: float | None = None  # turn: the countdown as it was at ``since``
    running: bool = False  # turn: counting down from ``since``

    def __post_init__(self) -> None:
        one_of(self.kind, ON_SHOW_KINDS, "kind of thing on show")
        if self.seconds_left is not None and self.seconds_left < 0:
            raise ValidationError(t("a countdown cannot be below zero"))

    def seconds_left_at(self, at: datetime) -> float:
        """The countdown's remaining seconds at ``at`` (0 when there is none)."""
        left = self.seconds_left or 0.0
        if self.running:
            left -= max(0.0, (at - self.since).total_seconds())
        return max(0.0, left)
