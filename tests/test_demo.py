"""The demo `make run` opens: a meeting with people and cards, and history behind it."""

from __future__ import annotations

from coprod_tui.meeting import Workspace
from coprod_tui.meeting.demo import ensure_demo


def test_the_demo_has_a_meeting_with_cards_and_earlier_meetings_to_learn_from(store):
    meeting_id = ensure_demo(store)
    assert ensure_demo(store) == meeting_id, "a second run reopens the same meeting"
    meeting = Workspace(store).open_meeting(meeting_id)
    session = meeting.session
    assert session.status == "planned" and session.receiver == "Els"
    assert len(session.participants) == 6 and len(session.cards) == 3
    assert session.agenda
    carried = [a for a in session.actions if a.carried_from]
    assert len(carried) == 2, "the October meeting's open actions are there for review"
    past = [row for row in store.summaries(session.project_id) if row["status"] == "closed"]
    assert [row["ladder_median"] for row in sorted(past, key=lambda r: r["date"])] == [4.0, 5.0]
    assert len(list(store.paths.minutes.glob("*.yaml"))) == 2


def test_a_closed_demo_meeting_is_followed_by_a_new_one(store):
    first = ensure_demo(store)
    Workspace(store).open_meeting(first).close()
    second = ensure_demo(store)
    assert second != first and ensure_demo(store) == second
    assert store.summary(second)["status"] == "planned"


def test_the_demo_has_a_circle_that_moved_two_profiles_and_diary_pages(store):
    from coprod_tui.store.minutes import read_minutes

    meeting = Workspace(store).open_meeting(ensure_demo(store))
    people = meeting.people
    circle = people.circle()
    assert len(circle.members) == 10
    assert [m.name for m in circle.moved_inward()] == ["Jan", "Priya"]
    assert circle.member("neighbours' club").warning, "the demo shows the warning too"
    assert [p.name for p in people.profiles()] == ["Fatima", "Jan"]
    assert [page.author for page in people.diary()] == ["Els", None]
    then, later = sorted(store.paths.minutes.glob("*.yaml"))
    rings = [{e.name: e.ring for e in read_minutes(path).session.circle} for path in (then, later)]
    assert rings[0]["Jan"] == "participants" and rings[1]["Jan"] == "co_producers"
