"""Placements on the participation ladder and reflections on it."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from coprod_tui.model.common import (
    PlainData,
    ValidationError,
    clean_line,
    clean_text,
    new_id,
    one_of,
)
from coprod_tui.model.toolkit import LADDER_MODELS


@dataclass
class LadderPlacement(PlainData):
    rung: int
    participant: str | None = None  # None: placed anonymously
    model: str = "toolkit"
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        one_of(self.model, LADDER_MODELS, "ladder model")
        top = len(LADDER_MODELS[self.model].rungs)
        if not 1 <= self.rung <= top:
            raise ValidationError(f"a rung must be between 1 and {top}; got {self.rung}")
        self.participant = clean_line(self.participant) or None if self.participant else None


@dataclass
class Reflection(PlainData):
    """Answers to the toolkit's questions: an example (4 questions) or a personal one (3)."""

    kind: str = "example"  # "example" or "personal"
    voice: str = "we"  # "I" or "we"
    answers: list[str] = field(default_factory=list)
    rung: int | None = None
    author: str | None = None
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        one_of(self.kind, ("example", "personal"), "reflection kind")
        one_of(self.voice, ("I", "we"), "reflection voice")
        self.answers = [clean_text(answer) for answer in self.answers]
        self.author = clean_line(self.author) or None if self.author else None


def median_rung(placements: list[LadderPlacement]) -> float | None:
    if not placements:
        return None
    return float(statistics.median(p.rung for p in placements))
