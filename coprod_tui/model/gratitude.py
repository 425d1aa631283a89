"""Gratitude round shares and gratitude postcards."""

from __future__ import annotations

from dataclasses import dataclass, field

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

    def __post_init__(self) -> None:
        self.participant = clean_line(self.participant)
        if not self.participant:
            raise ValidationError(t("a gratitude share needs the participant's name"))
        if self.spoke_seconds < 0:
            raise ValidationError(t("speaking time cannot be negative"))
        # People read it in the minutes: a tenth of a second is as close as a turn is timed.
        self.spoke_seconds = round(float(self.spoke_seconds), 1)
        self.things = [clean_text(thing) for thing in self.things if clean_text(thing)]


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
