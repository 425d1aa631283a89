"""The action plan service: add, edit, status, and reviewing carried actions in both meetings."""

from __future__ import annotations

from datetime import date

import pytest

from coprod_tui.meeting import ReadOnlyMeeting, Workspace
from coprod_tui.model import ValidationError
from coprod_tui.store.minutes import read_minutes
from coprod_tui.store.plans import load_plan, plans_dir
from tests.support import make_meeting


def second_meeting(store, clock, first):
    workspace = Workspace(store, clock=clock)
    plan = load_plan(plans_dir() / "standard.yaml")
    return workspace.new_meeting(
        first.project, plan, title="Maandoverleg december", on=date(2026, 12, 21)
    )


def test_add_edit_and_status_are_stored(store, clock):
    meeting = make_meeting(store, clock)
    action = meeting.add_action("assets", "Map cooking skills", "Jan", date(2026, 12, 7), "a list")
    assert action.origin_session == meeting.session.id
    edited = meeting.update_action(action.id, who="Jan, Els", by_when=None)
    assert edited.id == action.id and edited.who == "Jan, Els" and edited.by_when is None
    assert edited.what == "Map cooking skills"
    meeting.set_action_status(action.id, "done")
    (stored,) = store.load_meeting(meeting.session.id).actions
    assert (stored.who, stored.by_when, stored.status) == ("Jan, Els", None, "done")


def test_invalid_edits_change_nothing(store, clock):
    meeting = make_meeting(store, clock)
    action = meeting.add_action("assets", "Map cooking skills")
    with pytest.raises(ValidationError):
        meeting.update_action(action.id, what="   ")
    with pytest.raises(ValidationError):
        meeting.update_action(action.id, element="nonsense")
    with pytest.raises(ValidationError, match="at most 200"):
        meeting.update_action(action.id, who="x" * 201)
    with pytest.raises(ValidationError, match="at most 2000"):
        meeting.add_action("assets", "x" * 2001)
    assert store.load_meeting(meeting.session.id).actions[0].what == "Map cooking skills"


def test_a_closed_meeting_refuses_changes(store, clock):
    meeting = make_meeting(store, clock)
    action = meeting.add_action("assets", "Map cooking skills")
    meeting.start()
    meeting.close()
    with pytest.raises(ReadOnlyMeeting):
        meeting.add_action("assets", "more")
    with pytest.raises(ReadOnlyMeeting):
        meeting.set_action_status(action.id, "done")


def test_a_review_is_recorded_in_the_reviewing_meeting_only(store, clock):
    first = make_meeting(store, clock)
    done = first.add_action("assets", "Map cooking skills", "Jan", date(2026, 12, 7), "a list")
    kept = first.add_action("networks", "Invite the neighbours", "Els", date(2026, 11, 20))
    dropped = first.add_action("catalysts", "Ask for herbs", "Priya")
    finished = first.add_action("mutuality", "Already finished", "Kees")
    first.set_action_status(finished.id, "done")
    first.start()
    first_minutes = first.close()
    first_bytes = first_minutes.read_bytes()
    first_row = store.summary(first.session.id)

    second = second_meeting(store, clock, first)
    carried = second.session.actions
    assert [a.id for a in carried] == [done.id, kept.id, dropped.id]
    assert all(a.carried_from == first.session.id and not a.review for a in carried)
    assert [a.id for a in second.actions_to_review()] == [done.id, kept.id, dropped.id]

    reviewed = second.review_carried(done.id, "done", "list is on the wall")
    assert reviewed.status == "done" and "list is on the wall" in reviewed.review
    second.review_carried(kept.id, "open")
    second.review_carried(dropped.id, "dropped", "the kitchen closed")
    assert second.actions_to_review() == []

    here = {a.id: a for a in store.load_meeting(second.session.id).actions}
    assert here[done.id].status == "done" and "list is on the wall" in here[done.id].review
    assert here[kept.id].status == "open" and "still open" in here[kept.id].review
    assert here[dropped.id].status == "dropped"

    there = {a.id: a for a in store.load_meeting(first.session.id).actions}
    assert [there[a].status for a in (done.id, kept.id, dropped.id)] == ["open"] * 3
    assert all(not action.review for action in there.values())
    assert first_minutes.read_bytes() == first_bytes, "closed minutes are never rewritten"
    assert store.summary(first.session.id) == first_row

    second.start()
    second_minutes = {a.id: a for a in read_minutes(second.close()).session.actions}
    assert second_minutes[dropped.id].status == "dropped"
    assert "the kitchen closed" in second_minutes[dropped.id].review
    assert first_minutes.read_bytes() == first_bytes


def test_an_actions_current_state_is_the_latest_meeting_that_holds_it(store, clock):
    from coprod_tui.meeting.action_plan import project_actions

    first = make_meeting(store, clock)
    done = first.add_action("assets", "Map cooking skills", "Jan")
    kept = first.add_action("networks", "Invite the neighbours", "Els")
    first.start()
    first.close()
    second = second_meeting(store, clock, first)
    second.review_carried(done.id, "done", "list is on the wall")
    second.review_carried(kept.id, "open")
    second.start()
    second.close()
    current = {row.action.id: row.action for row in project_actions(store, first.project)}
    assert current[done.id].status == "done" and "list is on the wall" in current[done.id].review
    assert current[kept.id].status == "open"
    third = Workspace(store, clock=clock).new_meeting(
        first.project, load_plan(plans_dir() / "standard.yaml"), title="Jan", on=date(2027, 1, 18)
    )
    assert [a.id for a in third.actions_to_review()] == [kept.id], "done is not carried again"


def test_changing_a_review_replaces_it(store, clock):
    first = make_meeting(store, clock)
    action = first.add_action("assets", "Map cooking skills", "Jan")
    first.start()
    first.close()
    second = second_meeting(store, clock, first)
    second.review_carried(action.id, "done")
    second.review_carried(action.id, "open", "not yet after all")
    here = store.load_meeting(second.session.id).action(action.id)
    assert here.status == "open"
    assert len(here.review.splitlines()) == 1 and "not yet after all" in here.review


def test_a_review_carried_again_starts_afresh(store, clock):
    first = make_meeting(store, clock)
    action = first.add_action("assets", "Map cooking skills", "Jan")
    first.start()
    first.close()
    second = second_meeting(store, clock, first)
    second.review_carried(action.id, "open")
    second.start()
    second.close()
    third = Workspace(store, clock=clock).new_meeting(
        first.project, load_plan(plans_dir() / "standard.yaml"), title="Jan", on=date(2027, 1, 18)
    )
    (carried,) = third.actions_to_review()
    assert carried.carried_from == second.session.id and carried.review == ""
    third.review_carried(carried.id, "done")
    assert store.load_meeting(second.session.id).action(action.id).status == "open"
    assert "still open" in store.load_meeting(second.session.id).action(action.id).review


def test_a_missing_earlier_meeting_does_not_stop_a_review(store, clock):
    first = make_meeting(store, clock)
    action = first.add_action("assets", "Map cooking skills", "Jan")
    second = second_meeting(store, clock, first)
    store.delete_meeting(first.session.id)
    assert second.review_carried(action.id, "done").status == "done"
    assert store.load_meeting(second.session.id).action(action.id).status == "done"


def test_hostile_review_notes_are_stored_as_plain_text_or_refused(store, clock):
    from tests.support import hostile_texts

    first = make_meeting(store, clock)
    action = first.add_action("assets", "Map cooking skills", "Jan")
    second = second_meeting(store, clock, first)
    for what, text in hostile_texts():
        try:
            second.review_carried(action.id, "open", text)
        except ValidationError as error:
            assert "at most 1000 characters" in str(error), what
            continue
        review = store.load_meeting(second.session.id).action(action.id).review
        assert all(ch.isprintable() or ch in "\n\u200d" for ch in review), what
    here = store.load_meeting(second.session.id).action(action.id)
    assert len(here.review.splitlines()) == 1, "each change of mind replaced the line"
