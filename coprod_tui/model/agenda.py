"""Agenda items and their time, derived from stored timestamps (never a counter in memory)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from coprod_tui.i18n import t
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
