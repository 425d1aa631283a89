"""What one phone sees of the activity open now: a snapshot, copied out of the meeting.

``phone_view`` runs where the meeting lives (the app's event loop); the page is built from
the snapshot anywhere, so a request never reads the session while the app changes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coprod_tui.meeting import Meeting
from coprod_tui.model.activity import Activity, Answer

NOTHING_OPEN = "none"


@dataclass(frozen=True)
class PhoneView:
    activity_id: str
    kind: str
    open: bool
    hidden: bool  # results not shown yet
    ladder_model: str = "toolkit"
    dots: int = 0
    options: tuple[tuple[str, str], ...] = ()  # dot vote: (card id, card text)
    mine: Answer | None = None  # this phone's answer, while it may still change
    rung_counts: dict[int, int] = field(default_factory=dict)  # once revealed
    dot_totals: dict[str, int] = field(default_factory=dict)  # once revealed
    answered: int = 0

    @property
    def version(self) -> str:
        """Changes when the phone should show something else (see ``version_of``)."""
        return version_of(self)


def version_of(view: PhoneView | None) -> str:
    if view is None:
        return NOTHING_OPEN
    state = "open" if view.open else "closed"
    return f"{view.activity_id}-{state}-{'hidden' if view.hidden else 'shown'}"


def shown_activity(meeting: Meeting) -> Activity | None:
    """The activity open now; else the last one, once closed and revealed (its results stay
    on the phones until the next one opens)."""
    activity = meeting.open_activity
    if activity is not None:
        return activity
    last = meeting.session.activities[-1] if meeting.session.activities else None
    if last is not None and last.revealed and last.kind != "postcards":
        return last
    return None


def phone_view(meeting: Meeting | None, phone_token: str) -> PhoneView | None:
    if meeting is None or meeting.read_only:
        return None
    activity = shown_activity(meeting)
    if activity is None:
        return None
    mine = meeting.answer_of(activity, phone_token)
    texts = {card.id: card.text for card in meeting.session.cards}
    shown = not activity.hidden and activity.kind != "postcards"
    return PhoneView(
        activity_id=activity.id,
        kind=activity.kind,
        open=activity.open,
        hidden=activity.hidden,
        ladder_model=activity.ladder_model,
        dots=activity.dots,
        options=tuple((card_id, texts.get(card_id, "")) for card_id in activity.options),
        mine=Answer.from_dict(mine.to_dict()) if mine is not None else None,
        rung_counts=dict(activity.rung_counts()) if shown else {},
        dot_totals=dict(activity.dot_totals()) if shown else {},
        answered=len(activity.answers),
    )
