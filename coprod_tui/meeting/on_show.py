"""What is on show in the room view: the facilitator's "show to group" and reveal keys.

The record (``model/on_show.py``) lives in the session and is saved with it, so ``coprod room``
and the browser room view, in other processes, read it from the meeting file. Nothing here
changes what the facilitator's own screen shows. A change that leaves the record as it was
writes nothing.
"""

from __future__ import annotations

from coprod_tui.i18n import t
from coprod_tui.meeting.core import MeetingCore
from coprod_tui.model import ValidationError
from coprod_tui.model.on_show import OnShow

ACTIVITY_KINDS = ("placement", "vote")


class OnShowOps(MeetingCore):
    @property
    def on_show(self) -> OnShow | None:
        return self.session.on_show

    def show_card(self, card_id: str) -> OnShow:
        """A presented card on the room view (never one still being screened)."""
        card = self.session.card(card_id)
        if card is None:
            raise KeyError(card_id)
        if card.state != "presented":
            raise ValidationError(t("only a card the receiver has presented can be shown"))
        return self._put(OnShow("card", card_id, self.clock()))

    def show_action(self, action_id: str) -> OnShow:
        """The action being agreed, on the room view."""
        if self.session.action(action_id) is None:
            raise KeyError(action_id)
        return self._put(OnShow("action", action_id, self.clock()))

    def show_turn(self, participant: str, seconds_left: float, *, running: bool) -> OnShow:
        """The gratitude round's speaker and their countdown as it is now; the room counts
        down by itself while ``running``, so this is called when the turn changes, not per tick."""
        record = OnShow(
            "turn", participant, self.clock(), seconds_left=max(0.0, seconds_left), running=running
        )
        return self._put(record, same=self._same_turn(record))

    def show_activity(self, kind: str, ref: str = "", *, revealed: bool = False) -> OnShow:
        """A phone activity (placement round, dot vote): the count of answers, and once
        ``revealed`` its results."""
        if kind not in ACTIVITY_KINDS:
            raise ValueError(f"not a phone activity: {kind!r}")
        return self._put(OnShow(kind, ref, self.clock(), revealed=revealed))

    def reveal_on_show(self) -> OnShow | None:
        """Reveal the results of the phone activity on show (nothing else has results)."""
        record = self.session.on_show
        if record is None or record.kind not in ACTIVITY_KINDS or record.revealed:
            return record
        return self._put(OnShow(record.kind, record.ref, self.clock(), revealed=True))

    def take_off_show(self, kind: str | None = None) -> None:
        """Nothing on show any more (only if it is of ``kind``, when given): the room view
        goes back to its calm title screen."""
        self._check_writable()
        record = self.session.on_show
        if record is None or (kind is not None and record.kind != kind):
            return
        self.session.on_show = None
        self._changed("room")

    def _put(self, record: OnShow, *, same: bool | None = None) -> OnShow:
        self._check_writable()
        current = self.session.on_show
        if same is None:
            same = current is not None and (current.kind, current.ref, current.revealed) == (
                record.kind,
                record.ref,
                record.revealed,
            )
        if same and current is not None:
            return current
        self.session.on_show = record
        self._changed("room")
        return record

    def _same_turn(self, record: OnShow) -> bool:
        """The same speaker in the same state, and the countdown where the room computes it
        (within a tenth of a second): nothing new to write."""
        current = self.session.on_show
        if current is None or current.kind != "turn" or current.ref != record.ref:
            return False
        if current.running != record.running:
            return False
        drift = abs(current.seconds_left_at(record.since) - (record.seconds_left or 0.0))
        return drift < 0.1
