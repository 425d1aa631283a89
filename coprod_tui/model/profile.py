"""One-page profiles: the same three questions for everyone, so nobody shares more than another.

A profile names a person of a project and says, in their words, what people appreciate about
them, what is important to them and how best to support them. Age and photo are left out: the
toolkit says to leave them out where people are uncomfortable, and a terminal shows no photo.
Each answer has the same room (``MAX_ANSWER_CHARS``). A profile is written by the facilitator
with the person, or by the person themselves (e.g. from the phone page): ``written_by`` says which.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from coprod_tui.i18n import t
from coprod_tui.model.circle import valid_member_name
from coprod_tui.model.common import PlainData, ValidationError, clean_text, new_id, now, one_of
from coprod_tui.model.toolkit import Label

MAX_ANSWER_CHARS = 600
WRITERS = ("facilitator", "person")

# The profile's questions: (field, label), in the order a profile reads.
PROFILE_QUESTIONS = (
    (
        "appreciated",
        Label("What people appreciate about me"),
    ),
    ("important", Label("What is important to me")),
    ("support", Label("How best to support me")),
)
PROFILE_FIELDS = tuple(key for key, _ in PROFILE_QUESTIONS)


def valid_answer(text: str, question: Label | None = None) -> str:
    cleaned = text if len(text) > 8 * MAX_ANSWER_CHARS else clean_text(text)
    if len(cleaned) > MAX_ANSWER_CHARS:
        raise ValidationError(
            t(
                "{question}: at most {limit} characters (the same for everyone); it has {count}",
                question=str(question) if question else t("an answer"),
                limit=MAX_ANSWER_CHARS,
                count=len(cleaned),
            )
        )
    return cleaned


@dataclass
class Profile(PlainData):
    name: str
    appreciated: str = ""
    important: str = ""
    support: str = ""
    written_by: str = "facilitator"
    updated_at: datetime = field(default_factory=now)
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        self.name = valid_member_name(self.name)
        for key, question in PROFILE_QUESTIONS:
            setattr(self, key, valid_answer(getattr(self, key), question))
        one_of(self.written_by, WRITERS, "written by")

    def answers(self) -> list[tuple[Label, str]]:
        return [(question, getattr(self, key)) for key, question in PROFILE_QUESTIONS]

    @property
    def empty(self) -> bool:
        return not any(getattr(self, key) for key in PROFILE_FIELDS)
