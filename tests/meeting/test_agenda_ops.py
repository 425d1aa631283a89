"""The agenda's service operations: the clock from stored timestamps, the agenda, the people."""

from __future__ import annotations

import pytest

from coprod_tui.meeting import ReadOnlyMeeting, Workspace
from coprod_tui.model import Participant, ValidationError
from coprod_tui.model.agenda import MAX_NOTES_CHARS, MAX_TITLE_CHARS
from coprod_tui.store.minutes import read_minutes
from coprod_tui.store.plans import load_plan, plans_dir
from tests.support import hostile_texts, make_meeting


def titles(meeting):
    return [item.title for item in meeting.session.agenda]


def reloaded(store, meeting):
    """The meeting as a restarted app would see it: read back from disk."""
    return Workspace(store).open_meeting(meeting.session.id).session


def test_times_come_from_stored_timestamps(store, clock):
    meeting = make_meeting(store, clock)
    meeting.start()
    clock.advance(minutes=4)
    session = reloaded(store, meeting)  # as after a crash: nothing in memory
    first = session.item(session.current_item)
    assert session.status == "running"
    assert first.used_seconds(clock()) == 4 * 60
    assert first.running


def test_next_item_finishes_the_current_and_starts_the_next_by_itself(store, clock):
    meeting = make_meeting(store, clock)
    meeting.start()
    clock.advance(minutes=12)
    second = meeting.next_item()
    first = meeting.session.agenda[0]
    assert first.done and not first.running
    assert first.used_seconds(clock()) == 12 * 60
    assert first.overrun_seconds(clock()) == 2 * 60
    assert second is meeting.session.agenda[1] and second.running


def test_pause_stops_the_time_and_next_resumes(store, clock):
    meeting = make_meeting(store, clock)
    assert meeting.toggle_clock() == "started"
    clock.advance(minutes=3)
    assert meeting.toggle_clock() == "paused"
    clock.advance(minutes=10)  # a break: not counted for the item
    first = meeting.session.agenda[0]
    assert first.used_seconds(clock()) == 3 * 60
    meeting.next_item()  # moving on while paused goes on: the next clock runs
    assert not meeting.paused
    assert meeting.session.agenda[1].running
    assert meeting.toggle_clock() == "paused"
    assert meeting.toggle_clock() == "resumed"
    assert meeting.running


def test_previous_item_reopens_it_and_its_time_adds_up(store, clock):
    meeting = make_meeting(store, clock)
    meeting.start()
    clock.advance(minutes=5)
    meeting.next_item()
    clock.advance(minutes=1)
    back = meeting.previous_item()
    first, second = meeting.session.agenda[:2]
    assert back is first and not first.done and first.running
    assert not second.running and not second.done
    clock.advance(minutes=2)
    assert first.used_seconds(clock()) == 7 * 60
    assert meeting.next_item() is second
    assert meeting.previous_item() is first
    assert meeting.previous_item() is first, "the first item has nothing before it"


def test_after_the_last_item_no_item_is_current(store, clock):
    meeting = make_meeting(store, clock)
    meeting.start()
    for _ in meeting.session.agenda:
        meeting.next_item()
    assert meeting.current() is None
    assert all(item.done for item in meeting.session.agenda)
    assert meeting.previous_item() is meeting.session.agenda[-1]


def test_add_edit_move_delete(store, clock):
    meeting = make_meeting(store, clock)
    first = meeting.session.agenda[0]
    added = meeting.add_item("Lunch menu", 15, owner="Mohamed", after=first.id)
    assert titles(meeting)[1] == "Lunch menu"
    meeting.update_item(
        added.id, title="Lunch menu for December", planned_minutes=25, owner=None, tool="cards"
    )
    assert (added.planned_minutes, added.owner, added.tool) == (25, None, "cards")
    assert meeting.move_item(added.id, -1) == 0
    assert meeting.move_item(added.id, -5) == 0, "moving stops at the top"
    assert meeting.move_item(added.id, 99) == len(meeting.session.agenda) - 1
    meeting.delete_item(added.id)
    assert "Lunch menu for December" not in titles(meeting)
    assert [item.title for item in reloaded(store, meeting).agenda] == titles(meeting)


def test_deleting_the_current_item_hands_over_to_the_next(store, clock):
    meeting = make_meeting(store, clock)
    meeting.start()
    first, second = meeting.session.agenda[:2]
    assert meeting.delete_item(first.id) is second
    assert second.running and meeting.session.current_item == second.id


def test_agenda_refuses_what_does_not_fit(store, clock):
    meeting = make_meeting(store, clock)
    with pytest.raises(ValidationError, match="title"):
        meeting.add_item("  \t ", 10)
    with pytest.raises(ValidationError, match=str(MAX_TITLE_CHARS)):
        meeting.add_item("x" * (MAX_TITLE_CHARS + 1), 10)
    with pytest.raises(ValidationError, match="planned minutes"):
        meeting.add_item("Too long", 24 * 60 + 1)
    with pytest.raises(ValidationError, match="tool"):
        meeting.add_item("Unknown tool", 5, tool="hammer")
    item = meeting.session.agenda[0]
    with pytest.raises(ValidationError, match=str(MAX_NOTES_CHARS)):
        meeting.set_item_text(item.id, notes="n" * (MAX_NOTES_CHARS + 1))
    assert item.notes == ""


def test_notes_and_decisions_are_cleaned_and_stored(store, clock):
    meeting = make_meeting(store, clock)
    item = meeting.session.agenda[2]
    meeting.set_item_text(item.id, notes="We place it\x1b[2J on\r rung 6", decisions="Menu: yes")
    stored = reloaded(store, meeting).item(item.id)
    assert stored.notes == "We place it[2J on rung 6"
    assert stored.decisions == "Menu: yes"


def test_participants_and_receiver(store, clock):
    meeting = make_meeting(store, clock)
    meeting.set_participants([Participant("Anna", "resident"), Participant("Bert")], "Bert")
    session = reloaded(store, meeting)
    assert session.participant_names() == ["Anna", "Bert"]
    assert session.receiver == "Bert"
    assert store.summary(session.id)["receiver"] == "Bert"
    with pytest.raises(ValidationError, match="not one of the participants"):
        meeting.set_participants([Participant("Anna")], "Bert")
    with pytest.raises(ValidationError, match="Anna"):
        meeting.set_participants([Participant("Anna"), Participant("Anna")], None)
    meeting.set_participants([Participant("Anna")], None)
    assert meeting.session.receiver is None


def test_a_new_meeting_proposes_the_next_receiver_in_rotation(store, clock):
    meeting = make_meeting(store, clock, receiver="Els")
    meeting.start()
    meeting.close()
    workspace = Workspace(store, clock=clock)
    project = store.project(meeting.session.project_id)
    people, receiver = workspace.proposed_participants(project)
    assert [p.name for p in people] == [p.name for p in meeting.session.participants]
    assert receiver == "Priya", "the participant after Els"
    clock.advance(minutes=60 * 24 * 28)
    following = workspace.new_meeting(project, load_plan(plans_dir() / "standard.yaml"))
    assert following.session.receiver == "Priya"


def test_close_writes_minutes_with_the_minutes_used(store, clock):
    meeting = make_meeting(store, clock)
    meeting.start()
    clock.advance(minutes=12)
    meeting.next_item()
    clock.advance(minutes=20, seconds=30)
    path = meeting.close()
    minutes = read_minutes(path)
    used = [item.used_seconds(minutes.session.closed_at) / 60 for item in minutes.session.agenda]
    assert used[:3] == [12, 20.5, 0]
    assert minutes.session.status == "closed"
    with pytest.raises(ReadOnlyMeeting):
        meeting.add_item("Too late", 5)
    with pytest.raises(ReadOnlyMeeting):
        meeting.toggle_clock()


def test_hostile_text_is_stored_clean_or_refused_with_a_message(store, clock):
    meeting = make_meeting(store, clock)
    item = meeting.session.agenda[0]
    for what, text in hostile_texts():
        name = text[:1000]  # a name is cut by the dialog's comma split long before this
        changes = (
            lambda text=text: meeting.add_item(text, 5, owner=text[:1000]),
            lambda text=text: meeting.set_item_text(item.id, notes=text, decisions=text),
            lambda name=name: meeting.set_participants(
                [Participant(name), Participant("Bert")], "Bert"
            ),
        )
        for change in changes:
            try:
                change()
            except ValidationError as error:
                assert str(error), what
    session = reloaded(store, meeting)
    texts = [i.title for i in session.agenda] + [i.owner or "" for i in session.agenda]
    texts += [item.notes, item.decisions, *session.participant_names()]
    for text in texts:
        assert not any(c in text for c in "\x1b\x00\r\u202e\u009b"), text
    assert "[bold red]URGENT[/] please read [link=https://example.org]this[/link]" in texts
