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
