"""Agenda items and their time, derived from stored timestamps (never a counter in memory)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from coprod_tui.i18n import t
from coprod_tui.model.card import valid_name
from coprod_tui.model.common import (
    PlainData,
    ValidationError,
    clean_line,
    clean_text,
    new_id,
    one_of,
)
from coprod_tui.model.toolkit import TOOLS

MAX_ITEM_MINUTES = 24 * 60
MAX_TITLE_CHARS = 200
MAX_NOTES_CHARS = 20_000


@dataclass
class TimeSpan(PlainData):
    """One stretch of running time; ``end`` is None while it runs."""

    start: datetime
    end: datetime | None = None

    def seconds(self, at: datetime) -> float:
        return max(0.0, ((self.end or at) - self.start).total_seconds())


@dataclass
class AgendaItem(PlainData):
    title: str
    planned_minutes: int
    owner: str | None = None
    tool: str = "none"
    notes: str = ""
    decisions: str = ""
    spans: list[TimeSpan] = field(default_factory=list)
    done: bool = False
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        self.title = clean_line(self.title)
        if not self.title:
            raise ValidationError(t("an agenda item needs a title"))
        if not 0 <= self.planned_minutes <= MAX_ITEM_MINUTES:
            raise ValidationError(
                t(
                    "planned minutes must be between 0 and {most}; got {minutes}",
                    most=MAX_ITEM_MINUTES,
                    minutes=self.planned_minutes,
                )
            )
        self.owner = clean_line(self.owner) or None if self.owner else None
        one_of(self.tool, TOOLS, "tool")
        self.notes = clean_text(self.notes)
        self.decisions = clean_text(self.decisions)

    @property
    def running(self) -> bool:
        return bool(self.spans) and self.spans[-1].end is None

    @property
    def started(self) -> bool:
        return bool(self.spans)

    def used_seconds(self, at: datetime) -> float:
        return sum(span.seconds(at) for span in self.spans)

    def overrun_seconds(self, at: datetime) -> float:
        return max(0.0, self.used_seconds(at) - self.planned_minutes * 60)

    def start(self, at: datetime) -> None:
        if not self.running:
            self.spans.append(TimeSpan(at))

    def stop(self, at: datetime) -> None:
        if self.running:
            self.spans[-1].end = at


def _refuse_huge(text: str, most: int, what: str) -> None:
    """A paste far over the limit is refused before cleaning (which walks every character)."""
    if len(text) > 4 * most:
        raise ValidationError(
            t(
                "{what}: at most {most} characters, and this has {count}",
                what=what,
                most=most,
                count=len(text),
            )
        )


def valid_item_title(title: str) -> str:
    """An agenda item's title, cleaned, or a ValidationError saying why it is refused."""
    _refuse_huge(title, MAX_TITLE_CHARS, t("an item title"))
    cleaned = clean_line(title)
    if not cleaned:
        raise ValidationError(t("an agenda item needs a title"))
    if len(cleaned) > MAX_TITLE_CHARS:
        raise ValidationError(
            t(
                "an item title holds at most {limit} characters (this one has {count});"
                " put the rest in its notes",
                limit=MAX_TITLE_CHARS,
                count=len(cleaned),
            )
        )
    return cleaned


def valid_owner(owner: str | None) -> str | None:
    return valid_name(owner) if owner else None


def valid_notes(text: str, what: str) -> str:
    _refuse_huge(text, MAX_NOTES_CHARS, what)
    cleaned = clean_text(text)
    if len(cleaned) > MAX_NOTES_CHARS:
        raise ValidationError(
            t(
                "{what} hold at most {limit} characters; these have {count}",
                what=what,
                limit=MAX_NOTES_CHARS,
                count=len(cleaned),
            )
        )
    return cleaned
