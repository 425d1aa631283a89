"""Opportunity cards (kanskaarten); the rules for their text are in ``card_rules.py``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from coprod_tui.model.card_rules import CARD_SOURCES, valid_card_text, valid_name
from coprod_tui.model.card_rules import MAX_CARD_CHARS as MAX_CARD_CHARS
from coprod_tui.model.card_rules import MAX_NAME_CHARS as MAX_NAME_CHARS
from coprod_tui.model.card_rules import MAX_RAW_CARD_CHARS as MAX_RAW_CARD_CHARS
from coprod_tui.model.common import PlainData, new_id, now, one_of
from coprod_tui.model.toolkit import CARD_STATES

OPEN_CARD_STATES = ("new", "presented", "parked")  # carried over to the project's next meeting


@dataclass
class Card(PlainData):
    text: str
    author: str | None = None  # None: anonymous, and then no author is stored anywhere
    received_at: datetime = field(default_factory=now)
    state: str = "new"
    source: str = "terminal"
    action_id: str | None = None
    id: str = field(default_factory=new_id)
    carried_from: str | None = None  # the earlier meeting it came from, still to be taken up

    def __post_init__(self) -> None:
        self.text = valid_card_text(self.text)
        self.author = valid_name(self.author)
        one_of(self.state, CARD_STATES, "card state")
        one_of(self.source, CARD_SOURCES, "card source")

    @property
    def anonymous(self) -> bool:
        return self.author is None

    @property
    def open(self) -> bool:
        """Not taken up yet: new, presented but not discussed, or parked to return to."""
        return self.state in OPEN_CARD_STATES
