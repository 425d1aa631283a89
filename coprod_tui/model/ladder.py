"""Placements on the participation ladder, reflections on it, and the trend over meetings."""

from __future__ import annotations

import math
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from coprod_tui.i18n import t
from coprod_tui.model.common import (
    PlainData,
    ValidationError,
    clean_line,
    clean_text,
    new_id,
    one_of,
    parse_date,
)
from coprod_tui.model.toolkit import (
    EXAMPLE_QUESTIONS,
    EXAMPLE_QUESTIONS_WE,
    LADDER_MODELS,
    PERSONAL_QUESTIONS,
    Label,
)

MAX_ANSWER_CHARS = 2000
EXAMPLE_OF = ("with", "for")  # an example of doing WITH or of doing FOR


def check_rung(rung: int, model: str) -> int:
    one_of(model, LADDER_MODELS, "ladder model")
    top = len(LADDER_MODELS[model].rungs)
    if not 1 <= rung <= top:
        raise ValidationError(
            t("a rung must be between 1 and {top}; got {rung}", top=top, rung=rung)
        )
    return rung


@dataclass
class LadderPlacement(PlainData):
    rung: int
    participant: str | None = None  # None: placed anonymously
    model: str = "toolkit"
    id: str = field(default_factory=new_id)
    activity: str | None = None  # the phone placement round it came from

    def __post_init__(self) -> None:
        check_rung(self.rung, self.model)
        self.participant = clean_line(self.participant) or None if self.participant else None


@dataclass
class Reflection(PlainData):
    """Answers to the toolkit's questions: an example (4 questions) or a personal one (3).

    ``answers`` follow the questions in order; for an example, ``rung`` is the answer to
    "where does it fit on the ladder?" as a rung of ``model`` (the text answer may add to it).
    """

    kind: str = "example"  # "example" or "personal"
    voice: str = "we"  # "I" or "we"
    answers: list[str] = field(default_factory=list)
    rung: int | None = None
    author: str | None = None
    example_of: str | None = None  # "with" or "for" (examples only)
    model: str = "toolkit"
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        one_of(self.kind, ("example", "personal"), "reflection kind")
        one_of(self.voice, ("I", "we"), "reflection voice")
        if self.example_of is not None:
            one_of(self.example_of, EXAMPLE_OF, "an example of doing")
        if self.rung is not None:
            check_rung(self.rung, self.model)
        if len(self.answers) > len(self.questions()):
            raise ValidationError(
                f"a {self.kind} reflection has {len(self.questions())} questions; "
                f"got {len(self.answers)} answers"
            )
        self.answers = [clean_text(answer) for answer in self.answers]
        for number, answer in enumerate(self.answers, 1):
            if len(answer) > MAX_ANSWER_CHARS:
                raise ValidationError(
                    f"answer {number} holds at most {MAX_ANSWER_CHARS} characters; "
                    f"this one has {len(answer)}"
                )
        self.author = clean_line(self.author) or None if self.author else None

    def questions(self) -> tuple[Label, ...]:
        """The questions these answers belong to, worded in the reflection's voice."""
        if self.kind == "personal":
            return PERSONAL_QUESTIONS
        return EXAMPLE_QUESTIONS if self.voice == "I" else EXAMPLE_QUESTIONS_WE

    @property
    def empty(self) -> bool:
        return not any(self.answers) and self.rung is None


def median_rung(placements: list[LadderPlacement]) -> float | None:
    if not placements:
        return None
    return float(statistics.median(p.rung for p in placements))


def rung_counts(placements: list[LadderPlacement]) -> Counter[int]:
    return Counter(p.rung for p in placements)


def median_rungs(median: float | None) -> set[int]:
    """The rung the median is on, or the two it falls between (5.5: rungs 5 and 6)."""
    if median is None:
        return set()
    return {math.floor(median), math.ceil(median)}


def format_median(median: float) -> str:
    """5.0 → "5", 5.5 → "5.5"."""
    return f"{median:g}"


@dataclass(frozen=True)
class TrendPoint:
    """The median placement of one meeting of the project, on one ladder model."""

    meeting_id: str
    title: str
    date: date
    median: float
    current: bool = False
    started_at: datetime | None = None


def meeting_order(point: TrendPoint) -> tuple[date, bool, float]:
    """Meetings in time: by date, then start time; one not started yet is the newest that day."""
    started = point.started_at
    return point.date, started is None, started.timestamp() if started else 0.0


def _started(row: dict[str, Any]) -> datetime | None:
    """When a summary row's meeting started, if it did and the row says so readably."""
    value = row.get("started_at")
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def summary_medians(row: dict[str, Any]) -> dict[str, float]:
    """The medians per ladder model of an index summary row (older rows hold only one)."""
    medians = row.get("ladder_medians")
    if isinstance(medians, dict):
        return {str(k): float(v) for k, v in medians.items() if isinstance(v, (int, float))}
    median = row.get("ladder_median")
    if isinstance(median, (int, float)) and row.get("ladder_model") in LADDER_MODELS:
        return {row["ladder_model"]: float(median)}
    return {}


def trend_points(
    rows: list[dict[str, Any]], current: Any, model: str
) -> tuple[list[TrendPoint], int]:
    """The medians on ``model`` of the earlier meetings (oldest first), then ``current``'s.

    ``rows`` are the project's index summaries; ``current`` is the open Session, whose own
    (live) placements count rather than its summary row, except a phone round not revealed.
    Meetings after the current one (by date, then start time) are left out. Also returns how
    many earlier meetings have placements only on another model.
    """
    points: list[TrendPoint] = []
    other_model = 0
    median = current.revealed_ladder_median(model)  # a hidden round stays hidden here too
    this = TrendPoint(
        current.id, current.title, current.date, median or 0.0, True, current.started_at
    )
    for row in rows:
        if row.get("id") == current.id:
            continue
        try:
            on = parse_date(row.get("date"), "meeting summary")
        except ValidationError:
            continue
        medians = summary_medians(row)
        if model in medians:
            point = TrendPoint(
                row["id"], str(row.get("title", "")), on, medians[model], False, _started(row)
            )
            if meeting_order(point) <= meeting_order(
                this
            ):  # a later meeting is not part of this one's trend
                points.append(point)
        elif medians and on <= current.date:
            other_model += 1
    points.sort(key=lambda point: (meeting_order(point), point.title))
    if median is not None:
        points.append(this)
    return points, other_model
