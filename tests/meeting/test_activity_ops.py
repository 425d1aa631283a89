"""Phone activities through the Meeting service: saved, announced, one voice per phone."""

from __future__ import annotations

import pytest

from coprod_tui.export.markdown import minutes_markdown
from coprod_tui.export.text import minutes_text
from coprod_tui.meeting import ReadOnlyMeeting, Workspace
from coprod_tui.meeting.activities import ActivityClosed
from coprod_tui.model import ValidationError
from coprod_tui.model.activity import AnswerInput
from coprod_tui.store.minutes import read_minutes
from tests.support import hostile_texts, make_meeting


def test_a_round_opens_takes_one_voice_per_phone_and_closes_into_placements(store, clock):
    meeting = make_meeting(store, clock)
    topics: list[str] = []
    meeting.subscribe(topics.append)
    round_ = meeting.open_placement_round()
    assert topics == ["activity", "ladder", "room"]
    meeting.answer(round_.id, "phone-1", AnswerInput(rung=3))
    _, changed = meeting.answer(round_.id, "phone-1", AnswerInput(rung=6))
    assert changed
    meeting.answer(round_.id, "phone-2", AnswerInput(rung=7, name="Jan"))
    on_disk = store.load_meeting(meeting.session.id).open_activity()
    assert on_disk is not None and sorted(a.rung for a in on_disk.answers) == [6, 7]
    assert meeting.answer_of(round_, "phone-1").rung == 6
    assert meeting.answer_of(round_, "phone-3") is None
    assert meeting.session.placements == [], "placements wait for the round to close"

    meeting.close_activity(round_.id)
    stored = store.load_meeting(meeting.session.id)
    assert sorted((p.rung, p.participant, p.activity) for p in stored.placements) == [
        (6, None, round_.id),
        (7, "Jan", round_.id),
    ]
    assert all(a.voice == "" for a in stored.activities[0].answers)
    with pytest.raises(ActivityClosed, match="closed"):
        meeting.answer(round_.id, "phone-1", AnswerInput(rung=1))


def test_the_ladder_trend_keeps_a_closed_round_hidden_until_it_is_revealed(store, clock):
    meeting = make_meeting(store, clock)
    meeting.place(2, "Kees")
    round_ = meeting.open_placement_round()
    meeting.answer(round_.id, "phone-1", AnswerInput(rung=7))
    meeting.answer(round_.id, "phone-2", AnswerInput(rung=6))
    meeting.close_activity(round_.id)
    this_meeting = meeting.ladder_trend()[0][-1]
    assert this_meeting.median == 2, "the phones' placements would move the median to 6"
    meeting.reveal_activity(round_.id)
    assert meeting.ladder_trend()[0][-1].median == 6


def test_a_named_phone_placement_moves_the_facilitators_placement_of_that_name(store, clock):
    meeting = make_meeting(store, clock)
    meeting.place(2, "Jan")
    round_ = meeting.open_placement_round()
    meeting.answer(round_.id, "phone-jan", AnswerInput(rung=5, name="Jan"))
    meeting.close_activity(round_.id)
    assert [(p.participant, p.rung) for p in meeting.placements()] == [("Jan", 5)]


def test_the_same_phone_has_unrelated_voices_in_two_activities(store, clock):
    meeting = make_meeting(store, clock)
    first = meeting.open_placement_round()
    second_voice_before = meeting.voice(first, "phone-1")
    meeting.close_activity(first.id)
    second = meeting.open_postcards()
    assert meeting.voice(second, "phone-1") != second_voice_before
    assert meeting.voice(second, "phone-1") == meeting.voice(second, "phone-1")
    assert "phone-1" not in meeting.voice(second, "phone-1")


def test_one_activity_at_a_time(store, clock):
    meeting = make_meeting(store, clock)
    meeting.open_placement_round()
    with pytest.raises(ValidationError, match="placement round is still open"):
        meeting.open_postcards()


def test_an_answer_to_an_earlier_activity_is_refused(store, clock):
    meeting = make_meeting(store, clock)
    first = meeting.open_placement_round()
    meeting.close_activity(first.id)
    meeting.open_placement_round()
    with pytest.raises(ActivityClosed):
        meeting.answer(first.id, "phone-1", AnswerInput(rung=2))


def test_reveal_is_saved_and_a_vote_counts_dots_per_card(store, clock):
    meeting = make_meeting(store, clock, cards=[("Soup on Fridays", None), ("Herbs", "Jan")])
    ids = [card.id for card in meeting.session.cards]
    vote = meeting.open_dot_vote(ids, dots=3)
    meeting.answer(vote.id, "p1", AnswerInput(dots={ids[0]: 2, ids[1]: 1}))
    meeting.answer(vote.id, "p2", AnswerInput(dots={ids[1]: 3}))
    assert vote.hidden
    meeting.reveal_activity(vote.id)
    stored = store.load_meeting(meeting.session.id).activities[0]
    assert stored.revealed and not stored.hidden
    assert stored.dot_totals() == {ids[0]: 2, ids[1]: 4}
    with pytest.raises(ValidationError, match="no cards"):
        meeting.open_dot_vote(["unknown"])


def test_phone_postcards_land_in_the_postcards_at_once(store, clock):
    meeting = make_meeting(store, clock)
    cards = meeting.open_postcards()
    meeting.answer(cards.id, "p1", AnswerInput(name="Els", text="the soup"))
    meeting.answer(cards.id, "p1", AnswerInput(name="Els V", text="the sun"))
    meeting.answer(cards.id, "p2", AnswerInput(name="Kees", text="a friendly word"))
    stored = store.load_meeting(meeting.session.id).postcards
    assert [(p.participant, p.text) for p in stored] == [
        ("Els V", "the sun"),
        ("Kees", "a friendly word"),
    ]


def test_closing_the_meeting_closes_the_open_round_first(store, clock):
    meeting = make_meeting(store, clock)
    meeting.start()
    round_ = meeting.open_placement_round()
    meeting.answer(round_.id, "p1", AnswerInput(rung=4))
    meeting.close()
    stored = store.load_meeting(meeting.session.id)
    assert stored.closed and not stored.activities[0].open
    assert [p.rung for p in stored.placements] == [4]
    with pytest.raises(ReadOnlyMeeting):
        meeting.open_postcards()


def test_the_room_view_counts_then_shows_what_the_phones_answered(store, clock):
    from coprod_tui.model.room import ShownTally, what_is_on_show

    meeting = make_meeting(store, clock, cards=[("Soup on Fridays", None), ("Herbs", "Jan")])
    round_ = meeting.open_placement_round()
    meeting.answer(round_.id, "p1", AnswerInput(rung=6))
    meeting.answer(round_.id, "p2", AnswerInput(rung=6, name="Els"))
    on_disk = store.load_meeting(meeting.session.id)  # what `coprod room` reads
    shown = what_is_on_show(on_disk, clock())
    assert shown == ShownTally("placement", 2, 6, False, ())
    meeting.reveal_activity(round_.id)
    shown = what_is_on_show(store.load_meeting(meeting.session.id), clock())
    assert shown.revealed and ("6 Co-designing", 2) in shown.rows
    meeting.close_activity(round_.id)

    ids = [card.id for card in meeting.session.cards]
    vote = meeting.open_dot_vote(ids)
    meeting.answer(vote.id, "p1", AnswerInput(dots={ids[1]: 3}))
    assert what_is_on_show(meeting.session, clock()) == ShownTally("vote", 1, 6, False, ())
    meeting.reveal_activity(vote.id)
    assert what_is_on_show(meeting.session, clock()).rows == (("Herbs", 3), ("Soup on Fridays", 0))


@pytest.mark.parametrize(("what", "text"), hostile_texts())
def test_hostile_postcards_from_phones_are_stored_clean_and_stay_text_in_the_minutes(
    store, clock, what, text
):
    meeting = make_meeting(store, clock)
    meeting.start()
    cards = meeting.open_postcards()
    try:
        meeting.answer(cards.id, "phone", AnswerInput(name="Els", text=text))
    except ValidationError:
        assert store.load_meeting(meeting.session.id).postcards == [], what
        return
    stored = store.load_meeting(meeting.session.id)
    assert stored.postcards[0].text == stored.activities[0].answers[0].text, what
    minutes = read_minutes(meeting.close())
    markdown = minutes_markdown(minutes)
    section = markdown.split("### Gratitude postcards from the phones", 1)[1]
    entry = section.strip().split("\n\n")[1].splitlines()  # after the facts line
    assert entry[0].startswith("- **Els** — "), (what, entry[0])
    assert all(line.startswith("  ") and line.strip() for line in entry[1:]), what
    assert "<script" not in markdown.lower(), what
    plain = minutes_text(minutes)
    assert "On the phones" in plain and "Gratitude postcards from the phones" in plain


def test_a_meeting_opened_again_keeps_each_phones_voice(store, clock):
    meeting = make_meeting(store, clock)
    round_ = meeting.open_placement_round()
    meeting.answer(round_.id, "phone-1", AnswerInput(rung=3))
    again = Workspace(store, clock=clock).open_meeting(meeting.session.id)
    again.answer(round_.id, "phone-1", AnswerInput(rung=5))
    assert [a.rung for a in again.open_activity.answers] == [5], "the same phone, one voice"
