"""The gratitude round's record and the postcards through the Meeting service."""

from __future__ import annotations

import pytest

from coprod_tui.meeting import ReadOnlyMeeting
from coprod_tui.model import ValidationError
from tests.support import hostile_texts, make_meeting


def test_a_turn_recorded_twice_keeps_its_place(store, clock):
    meeting = make_meeting(store, clock)
    topics = []
    meeting.subscribe(topics.append)
    meeting.record_gratitude("Fatima", spoke_seconds=30, passed=False, things=["sun"])
    meeting.record_gratitude("Jan", spoke_seconds=0, passed=True)
    meeting.record_gratitude("Fatima", spoke_seconds=45.5, passed=False)
    stored = store.load_meeting(meeting.session.id).gratitude
    assert [(s.participant, s.spoke_seconds, s.passed) for s in stored] == [
        ("Fatima", 45.5, False),
        ("Jan", 0.0, True),
    ]
    assert stored[0].things == ["sun"], "things not given are kept"
    assert topics == ["gratitude"] * 3


def test_postcards_written_replaced_and_removed(store, clock):
    meeting = make_meeting(store, clock)
    meeting.write_postcard("Els", "the garden")
    meeting.write_postcard("Els", "the soup")
    meeting.write_postcard("Wim", "being welcome")
    meeting.remove_postcard("Wim")
    meeting.remove_postcard("nobody")
    stored = store.load_meeting(meeting.session.id).postcards
    assert [(p.participant, p.text) for p in stored] == [("Els", "the soup")]
    with pytest.raises(ValidationError, match="needs some text"):
        meeting.write_postcard("Els", " \n ")


def test_a_closed_meeting_is_not_changed(store, clock):
    meeting = make_meeting(store, clock)
    meeting.start()
    meeting.close()
    with pytest.raises(ReadOnlyMeeting):
        meeting.record_gratitude("Jan", spoke_seconds=1, passed=False)
    with pytest.raises(ReadOnlyMeeting):
        meeting.write_postcard("Jan", "x")


def test_hostile_text_is_stored_clean_or_refused(store, clock):
    meeting = make_meeting(store, clock)
    for what, text in hostile_texts():
        for store_it, args, kwargs in (
            (
                meeting.record_gratitude,
                ("Jan",),
                {"spoke_seconds": 3, "passed": False, "things": [text]},
            ),
            (meeting.write_postcard, ("Jan", text), {}),
            (meeting.write_postcard, (text, "a postcard from a guest"), {}),
        ):
            try:
                store_it(*args, **kwargs)
            except ValidationError as error:
                assert str(error), what
        session = store.load_meeting(meeting.session.id)
        values = [thing for share in session.gratitude for thing in share.things]
        values += [value for card in session.postcards for value in (card.participant, card.text)]
        for value in values:
            assert value and len(value) <= 2000, what
            assert not any(ch in value for ch in "\x1b\x00\x07\x9b\u202e\ufeff\r"), what
