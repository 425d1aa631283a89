"""The readiness check's service operations: answers stored, own questions carried to the next
check, gaps turned into linked actions, the earlier check found, a closed meeting refuses."""

from __future__ import annotations

import pytest

from coprod_tui.export.text import minutes_text
from coprod_tui.meeting import ChangeNotSaved, ReadOnlyMeeting, Workspace
from coprod_tui.model import ValidationError
from coprod_tui.store.minutes import read_minutes
from tests.faults import break_writes
from tests.support import make_meeting

FOUR_WEEKS = 60 * 24 * 28


def test_the_first_answer_starts_the_check_and_is_stored(store, clock):
    meeting = make_meeting(store, clock)
    heard = []
    meeting.subscribe(heard.append)
    assert meeting.readiness is None and len(meeting.readiness_questions()) == 19
    assert store.summary(meeting.session.id)["readiness"] is False
    meeting.answer_question("assets.1", "partly", "the residents yes; the kitchen less")
    assert heard == ["readiness"]
    stored = store.load_meeting(meeting.session.id).readiness
    assert stored is not None and stored.started_at == clock()
    (answer,) = stored.answers
    assert (answer.value, answer.note, answer.source, answer.participant) == (
        "partly",
        "the residents yes; the kitchen less",
        "group",
        None,
    )
    assert store.summary(meeting.session.id)["readiness"] is True


def test_each_person_answers_named_or_anonymous(store, clock):
    meeting = make_meeting(store, clock)
    meeting.answer_question("mutuality.1", "yes", source="person", participant="Jan")
    meeting.answer_question("mutuality.1", "partly", source="person", participant="Jan")
    first = meeting.answer_question("mutuality.1", "not_yet", source="person")
    meeting.answer_question("mutuality.1", "yes", source="person")
    meeting.answer_question("mutuality.1", "partly", source="person", replaces=first.id)
    check = store.load_meeting(meeting.session.id).readiness
    assert sorted((a.participant or "", a.value) for a in check.answers) == [
        ("", "partly"),
        ("", "yes"),
        ("Jan", "partly"),
    ]
    meeting.remove_readiness_answer(first.id)
    assert len(store.load_meeting(meeting.session.id).readiness.answers) == 2
    with pytest.raises(ValidationError):
        meeting.answer_question("mutuality.1", "yes", participant="Jan")  # the group is no one
    with pytest.raises(ValidationError):
        meeting.answer_question("mutuality.9", "yes")


def test_own_questions_are_asked_again_in_the_next_check(store, clock):
    meeting = make_meeting(store, clock)
    own = meeting.add_own_question("assets", "Do we cook with what residents grow?")
    meeting.answer_question(own.id, "not_yet", "not yet: the garden is new")
    spare = meeting.add_own_question("networks", "Do we know the neighbours' club?")
    meeting.change_own_question(spare.id, "Do we know the neighbours?")
    meeting.remove_own_question(spare.id)
    assert [q.text for q in meeting.readiness.own_questions] == [own.text]
    for number in range(5):
        meeting.add_own_question("capabilities", f"Question {number}?")
    with pytest.raises(ValidationError, match="at most 5"):
        meeting.add_own_question("capabilities", "One too many?")
    meeting.start()
    meeting.close()

    clock.advance(minutes=FOUR_WEEKS)
    later = make_meeting(store, clock)
    assert later.readiness is None
    keys = [q.key for q in later.readiness_questions("assets")]
    assert keys == ["assets.1", "assets.2", "assets.3", own.id]
    assert later.previous_readiness.meeting_id == meeting.session.id
    assert later.readiness_history.earlier_checks == 1
    later.answer_question(own.id, "partly")
    assert own.id in {q.id for q in store.load_meeting(later.session.id).readiness.own_questions}


def test_a_gap_becomes_an_action_linked_to_its_question(store, clock):
    meeting = make_meeting(store, clock)
    meeting.answer_question("mutuality.4", "not_yet")
    action = meeting.gap_to_action("mutuality.4", "Talk about give and take", who="Els")
    assert (action.element, action.readiness_question) == ("mutuality", "mutuality.4")
    assert store.load_meeting(meeting.session.id).actions[0].readiness_question == "mutuality.4"
    assert meeting.readiness_actions("mutuality.4") == [action]
    with pytest.raises(ValidationError):
        meeting.gap_to_action("nothing.1", "x")


def test_the_next_check_sees_which_gaps_got_an_action_and_whether_it_was_done(store, clock):
    first = make_meeting(store, clock)
    first.answer_question("mutuality.4", "not_yet")
    first.answer_question("networks.1", "partly")
    talk = first.gap_to_action("mutuality.4", "Talk about give and take")
    visit = first.gap_to_action("networks.1", "Visit the neighbours' club")
    first.set_action_status(visit.id, "done")
    first.start()
    first.close()

    clock.advance(minutes=FOUR_WEEKS)
    between = make_meeting(store, clock)  # a meeting without a check, where one got done
    between.review_carried(talk.id, "done")
    between.start()
    between.close()

    clock.advance(minutes=FOUR_WEEKS)
    second = make_meeting(store, clock)
    assert second.previous_readiness.meeting_id == first.session.id
    statuses = {a.what: a.status for a in second.readiness_actions()}
    assert statuses == {"Talk about give and take": "done", "Visit the neighbours' club": "done"}


def test_no_earlier_check_means_no_comparison(store, clock):
    first = make_meeting(store, clock)
    first.start()
    first.close()
    clock.advance(minutes=FOUR_WEEKS)
    second = make_meeting(store, clock)
    assert second.previous_readiness is None
    assert second.readiness_history.earlier_checks == 0


def test_the_minutes_carry_the_check_and_older_minutes_load_without_one(store, clock):
    meeting = make_meeting(store, clock)
    meeting.answer_question("assets.1", "yes", "we do")
    meeting.answer_question("assets.1", "partly", source="person", participant="Jan")
    meeting.start()
    path = meeting.close()
    assert "readiness:" in path.read_text(encoding="utf-8")
    assert read_minutes(path).session.readiness == meeting.session.readiness
    text = minutes_text(read_minutes(path))
    assert "Readiness check\n" in text
    assert "  Assets — yes · 1 of 3 answered\n" in text
    assert "        the group: yes — we do\n" in text
    assert "        each person: partly 1\n          Jan: partly\n" in text

    clock.advance(minutes=FOUR_WEEKS)
    plain = make_meeting(store, clock)
    plain.start()
    plain_path = plain.close()
    assert "readiness" not in plain_path.read_text(encoding="utf-8")
    assert read_minutes(plain_path).session.readiness is None


def test_a_closed_meeting_refuses_answers(store, clock):
    meeting = make_meeting(store, clock)
    meeting.start()
    meeting.close()
    with pytest.raises(ReadOnlyMeeting):
        meeting.answer_question("assets.1", "yes")
    with pytest.raises(ReadOnlyMeeting):
        meeting.add_own_question("assets", "Why?")
    assert store.load_meeting(meeting.session.id).readiness is None


def test_opening_an_older_meeting_compares_with_the_check_before_it(store, clock):
    first = make_meeting(store, clock)
    first.answer_question("assets.1", "not_yet")
    first.start()
    first.close()
    clock.advance(minutes=FOUR_WEEKS)
    second = make_meeting(store, clock)
    second.answer_question("assets.1", "yes")
    second.start()
    second.close()
    reopened = Workspace(store, clock=clock).open_meeting(first.session.id)
    assert reopened.previous_readiness is None
    again = Workspace(store, clock=clock).open_meeting(second.session.id)
    assert again.previous_readiness.meeting_id == first.session.id


def test_a_first_answer_that_cannot_be_saved_starts_no_check(store, clock, monkeypatch):
    meeting = make_meeting(store, clock)
    break_writes(monkeypatch, 28)
    with pytest.raises(ChangeNotSaved):
        meeting.answer_question("assets.1", "yes")
    assert meeting.readiness is None
    monkeypatch.undo()
    meeting.answer_question("assets.1", "yes")
    assert store.summary(meeting.session.id)["readiness"] is True
