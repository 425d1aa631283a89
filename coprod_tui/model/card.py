"""Opportunity cards (kanskaarten) and the rules for their text."""

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
    now,
    one_of,
)
from coprod_tui.model.toolkit import CARD_STATES

MAX_CARD_CHARS = 2000
MAX_NAME_CHARS = 80
# Longer input is refused before cleaning, so a 1 MB paste costs nothing (removed control
# characters could otherwise shrink it under the limit only after a long scan).
MAX_RAW_CARD_CHARS = 8 * MAX_CARD_CHARS
CARD_SOURCES = ("terminal", "app", "phone")
OPEN_CARD_STATES = ("new", "presented", "parked")  # carried over to the project's next meeting


def valid_card_text(text: str) -> str:
    """The card text with controls removed, or a ValidationError saying why it is refused."""
    cleaned = text if len(text) > MAX_RAW_CARD_CHARS else clean_text(text)
    if not cleaned:
        raise ValidationError(t("a card needs some text (it was empty)"))
    if len(cleaned) > MAX_CARD_CHARS:
        raise ValidationError(
            t(
                "a card holds at most {limit} characters; this one has {count}"
                " — shorten it or hand in two cards",
                limit=MAX_CARD_CHARS,
                count=len(cleaned),
            )
        )
    return cleaned


def valid_name(name: str | None) -> str | None:
    """A participant's name with controls removed; None or empty means anonymous."""
    if name is None:
        return None
    cleaned = name if len(name) > 8 * MAX_NAME_CHARS else clean_line(name)
    if len(cleaned) > MAX_NAME_CHARS:
        raise ValidationError(t("a name holds at most {limit} characters", limit=MAX_NAME_CHARS))
    return cleaned or None


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
