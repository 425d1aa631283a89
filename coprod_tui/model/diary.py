"""The gratitude diary at the end of a project (or a cycle), and the project diary around it.

Each member answers the toolkit's five prompts, named or anonymously (``author`` None: no name
is kept anywhere). The project diary gathers the whole project for one document: its meetings,
the ladder's trend, the actions done and still open, the circle
then and now, and the gratitude diary's entries; export/diary.py writes it as Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from coprod_tui.i18n import t
from coprod_tui.model.action import Action
from coprod_tui.model.card import MAX_CARD_CHARS, valid_name
from coprod_tui.model.circle import CircleEntry
from coprod_tui.model.common import PlainData, ValidationError, clean_text, new_id, now
from coprod_tui.model.session import Project, Session
from coprod_tui.model.toolkit import Label

MAX_DIARY_ANSWER_CHARS = MAX_CARD_CHARS

DIARY_PROMPTS = (
    (
        "achieved",
        Label(
            "What I achieved in the project that I am grateful for",
        ),
    ),
    ("challenges", Label("Challenges")),
    (
        "learned",
        Label("What I learned from the challenges"),
    ),
    (
        "grateful_for",
        Label(
            "The people in this project I am grateful for",
        ),
    ),
    (
        "good_to_be_part",
        Label("It's good that I am part of this"),
    ),
)
DIARY_FIELDS = tuple(key for key, _ in DIARY_PROMPTS)


def valid_diary_answer(text: str, prompt: Label) -> str:
    cleaned = text if len(text) > 8 * MAX_DIARY_ANSWER_CHARS else clean_text(text)
    if len(cleaned) > MAX_DIARY_ANSWER_CHARS:
        raise ValidationError(
            t(
                "{question}: at most {limit} characters; it has {count}",
                question=str(prompt),
                limit=MAX_DIARY_ANSWER_CHARS,
                count=len(cleaned),
            )
        )
    return cleaned


@dataclass
class DiaryEntry(PlainData):
    """One member's gratitude diary page."""

    author: str | None = None  # None: anonymous
    achieved: str = ""
    challenges: str = ""
    learned: str = ""
    grateful_for: str = ""
    good_to_be_part: str = ""
    written_at: datetime = field(default_factory=now)
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        self.author = valid_name(self.author)
        for key, prompt in DIARY_PROMPTS:
            setattr(self, key, valid_diary_answer(getattr(self, key), prompt))
        if self.empty:
            raise ValidationError(t("A diary page needs at least one answer."))

    @property
    def empty(self) -> bool:
        return not any(getattr(self, key) for key in DIARY_FIELDS)

    @property
    def anonymous(self) -> bool:
        return self.author is None

    def answers(self) -> list[tuple[Label, str]]:
        return [(prompt, getattr(self, key)) for key, prompt in DIARY_PROMPTS]


@dataclass
class ProjectDiary:
    """Everything the project diary tells, gathered by the meeting service."""

    project: Project
    meetings: list[Session]  # oldest first
    actions: list[Action]  # each action once, in its newest version
    circle_then: list[CircleEntry]
    circle_now: list[CircleEntry]
    moved_inward: list[str]
    entries: list[DiaryEntry]
    made_at: datetime = field(default_factory=now)
    problems: list[str] = field(default_factory=list)  # meetings that could not be read
