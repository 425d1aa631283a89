"""Gratitude round shares and gratitude postcards."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from coprod_tui.i18n import t
from coprod_tui.model.common import PlainData, ValidationError, clean_line, clean_text, new_id


@dataclass
class GratitudeShare(PlainData):
    """One participant's turn in the gratitude round."""

    participant: str
    spoke_seconds: float = 0.0
    passed: bool = False
    things: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    # The time the speaker had (time per speaker plus any added); None in older minutes.
    allotted_seconds: float | None = None

    def __post_init__(self) -> None:
        self.participant = clean_line(self.participant)
        if not self.participant:
            raise ValidationError(t("a gratitude share needs the participant's name"))
        if self.spoke_seconds < 0:
            raise ValidationError(t("speaking time cannot be negative"))
        # People read it in the minutes: a tenth of a second is as close as a turn is timed.
        self.spoke_seconds = round(float(self.spoke_seconds), 1)
        if self.allotted_seconds is not None:
            if self.allotted_seconds < 0:
                raise ValidationError(t("speaking time cannot be negative"))
            self.allotted_seconds = round(float(self.allotted_seconds), 1)
        self.things = [clean_text(thing) for thing in self.things if clean_text(thing)]

    @property
    def over_seconds(self) -> float:
        """How long the speaker went on past their time; 0 within it (or when not known)."""
        if self.allotted_seconds is None or self.passed:
            return 0.0
        return max(0.0, self.spoke_seconds - self.allotted_seconds)

    def time_text(self) -> str:
        """How the turn reads in the minutes: "passed", "34 s", "34 s, 14 s over the 20 s"."""
        if self.passed:
            return t("passed")
        spoke = f"{self.spoke_seconds:.0f} s"
        over = int(self.over_seconds)  # whole seconds past the time, as the screen counted them
        if over < 1 or self.allotted_seconds is None:
            return spoke
        return t(
            "{spoke}, {over} s over the {allotted} s",
            spoke=spoke,
            over=over,
            allotted=f"{self.allotted_seconds:.0f}",
        )


@dataclass
class Postcard(PlainData):
    """'Today I am grateful for …' at the close of a meeting."""

    participant: str
    text: str
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        self.participant = clean_line(self.participant)
        self.text = clean_text(self.text)
        if not self.participant:
            raise ValidationError(t("a postcard needs the participant's name"))


@dataclass
class RoundState(PlainData):
    """Where the gratitude round stands, kept so a restart (even after kill -9) carries on.

    The current speaker's clocks are stored as timestamps, as the agenda's are: what was
    counted until ``since`` and, while the time runs, ``since`` itself; the time since then is
    worked out on reading. ``current == len(order)``: the round is complete.
    """

    order: list[str] = field(default_factory=list)  # the speakers, in the round's order
    current: int = 0
    seconds: int = 60  # time per speaker
    duration: float = 60.0  # the current speaker's time on the clock (added time included)
    counted: float = 0.0  # of that, counted until ``since`` (or until the pause)
    spoke: float = 0.0  # the current speaker's speaking time until ``since`` (over-run too)
    started: bool = False  # the current speaker's time was started at least once
    since: datetime | None = None  # when the current speaker's time last started; None: paused

    def __post_init__(self) -> None:
        self.order = [clean_line(name) for name in self.order]
        if not 0 <= self.current <= len(self.order):
            raise ValidationError(t("the round's current speaker is not in its order"))
        if min(self.seconds, self.duration, self.counted, self.spoke) < 0:
            raise ValidationError(t("speaking time cannot be negative"))
