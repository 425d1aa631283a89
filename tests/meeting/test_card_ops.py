"""The Meeting service's card operations: states, → action, paper cards, read-only."""

from __future__ import annotations

import pytest

from coprod_tui.meeting import ReadOnlyMeeting
from coprod_tui.model import Card, ValidationError
from tests.support import make_meeting


def test_states_and_card_to_action_are_stored(store, clock):
    meeting = make_meeting(store, clock, cards=[("Fresh soup", "Jan"), ("Herbs", None)])
    soup, herbs = meeting.session.cards
    meeting.set_card_state(soup.id, "presented")
    meeting.set_card_state(herbs.id, "parked")
    action = meeting.card_to_action(soup.id, "assets")
    stored = store.load_meeting(meeting.session.id)
    assert [c.state for c in stored.cards] == ["action", "parked"]
    assert stored.action(action.id).card_id == soup.id
    assert stored.card(soup.id).action_id == action.id
    with pytest.raises(ValidationError, match="already an action"):
        meeting.card_to_action(soup.id, "networks")
    with pytest.raises(ValidationError, match="became an action"):
        meeting.set_card_state(soup.id, "new")
    with pytest.raises(ValueError, match="unknown card state"):
        meeting.set_card_state(herbs.id, "action")
    assert len(store.load_meeting(meeting.session.id).actions) == 1


def test_receiving_the_same_card_twice_keeps_one(store, clock):
    meeting = make_meeting(store, clock)
    card = Card(text="once")
    assert meeting.receive_cards([card, card]) == [card]
    assert meeting.receive_cards([card]) == []
    assert len(store.load_meeting(meeting.session.id).cards) == 1


def test_a_closed_meeting_keeps_its_cards_as_they_were(store, clock):
    meeting = make_meeting(store, clock, cards=[("Fresh soup", "Jan")])
    meeting.start()
    meeting.close()
    card = meeting.session.cards[0]
    for change in (
        lambda: meeting.set_card_state(card.id, "presented"),
        lambda: meeting.card_to_action(card.id, "assets"),
        lambda: meeting.add_card("late"),
        lambda: meeting.receive_cards([Card(text="late")]),
    ):
        with pytest.raises(ReadOnlyMeeting):
            change()
