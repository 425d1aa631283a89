"""Closed meetings with something in every part of the minutes, for the minutes tests."""

from __future__ import annotations

from datetime import date

from coprod_tui.meeting import Meeting
from coprod_tui.model import Action, GratitudeShare, LadderPlacement, Postcard, Reflection
from coprod_tui.store.db import HomeStore
from tests.support import FakeClock, make_meeting


def closed_meeting(
    store: HomeStore,
    clock: FakeClock,
    *,
    project_name: str = "Kookgroep De Linde",
    cards: list[tuple[str, str | None]] | None = None,
    action: str = "Map residents' cooking skills",
    note: str = "We agreed to cook with herbs from the garden.",
) -> Meeting:
    """A meeting that ran (two agenda items timed), with cards, gratitude, ladder and actions."""
    meeting = make_meeting(
        store,
        clock,
        project_name=project_name,
        cards=cards if cards is not None else [("Ask the cook about fresh soup", "Jan")],
    )
    for card in meeting.session.cards:  # the group took each card up: none is carried over
        meeting.set_card_state(card.id, "discussed")
    meeting.start()
    clock.advance(minutes=12)
    meeting.next_item()
    clock.advance(minutes=21)
    session = meeting.session
    session.agenda[0].notes = note
    session.gratitude = [GratitudeShare("Fatima", 58, things=["The sun this morning"])]
    session.postcards = [Postcard("Jan", "Today I am grateful for the soup")]
    session.placements = [LadderPlacement(6, "Fatima"), LadderPlacement(7), LadderPlacement(6)]
    session.reflections = [Reflection(answers=["We cooked together", "Co-designing"])]
    session.actions.append(
        Action("assets", action, who="Jan", by_when=date(2026, 12, 7), how_known="10 skills")
    )
    meeting.close()
    clock.advance(minutes=60 * 24 * 7)
    return meeting
