"""Messages the app sends to its screens."""

from __future__ import annotations

from textual.message import Message


class MeetingChanged(Message):
    """Something in the open meeting changed; ``topic`` says what (see meeting.TOPICS)."""

    def __init__(self, topic: str) -> None:
        self.topic = topic
        super().__init__()


class MeetingOpened(Message):
    """Another meeting (or none) is now the open one."""


class CardInboxChanged(Message):
    """The card spool moved files to inbox/bad or stored cards for a later meeting."""


class MinutesShared(Message):
    """An exchange with the shared minutes ended: meetings may have come in."""
