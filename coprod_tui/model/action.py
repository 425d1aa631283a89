"""Actions of the action plan: key element · what · who · by when · how will we know."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from coprod_tui.i18n import t
from coprod_tui.model.common import (
    PlainData,
    ValidationError,
    clean_line,
    clean_text,
    new_id,
    one_of,
)
from coprod_tui.model.toolkit import ACTION_STATUSES, KEY_ELEMENT_KEYS


@dataclass
class Action(PlainData):
    element: str
    what: str
    who: str = ""
    by_when: date | None = None
    how_known: str = ""
    status: str = "open"
    card_id: str | None = None  # the opportunity card it came from
    origin_session: str | None = None  # the meeting where it was agreed
    carried_from: str | None = None  # set when copied, still open, from an earlier meeting
    review: str = ""  # what a later meeting decided when reviewing it
    readiness_question: str | None = None  # the readiness check's question (a gap) it answers
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        one_of(self.element, KEY_ELEMENT_KEYS, "key element")
        one_of(self.status, ACTION_STATUSES, "action status")
        self.what = clean_text(self.what)
        if not self.what:
            raise ValidationError(t("an action needs to say what we will do"))
        self.who = clean_line(self.who)
        self.how_known = clean_text(self.how_known)
        self.review = clean_text(self.review)

    def overdue(self, today: date) -> bool:
        return self.status == "open" and self.by_when is not None and self.by_when < today
