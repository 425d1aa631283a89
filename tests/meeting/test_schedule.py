"""The agenda's time words: totals, projected end, over-run as text (never colour alone)."""

from __future__ import annotations

from coprod_tui.meeting.schedule import (
    clock_text,
    late_text,
    schedule,
    state_text,
    totals_text,
    used_text,
)
from tests.support import make_meeting


def test_before_the_start(store, clock):
    meeting = make_meeting(store, clock)
    session = meeting.session
    plan = schedule(session, clock())
    assert plan.planned_seconds == 70 * 60
    assert plan.projected_end is None and plan.late_seconds == 0
    assert clock_text(session, clock()) == "not started"
    assert used_text(session.agenda[0], session, clock()) == "—"
    assert totals_text(session, clock()).startswith("planned 70 min · used 0 min")


def test_running_late_reads_plus_minutes(store, clock):
    meeting = make_meeting(store, clock)
    session = meeting.session
    meeting.start()  # 14:00, 70 minutes planned: ends 15:10
    clock.advance(minutes=3, seconds=12)
    first = session.agenda[0]
    assert used_text(first, session, clock()) == "3:12"
    assert state_text(first, session) == "running"
    assert clock_text(session, clock()) == "started 14:00 · now 14:03 · ends ~15:10 (on time)"
    clock.advance(minutes=9)  # 12:12 on a 10-minute item
    assert used_text(first, session, clock()) == "12:12 +3 min"
    assert clock_text(session, clock()) == "started 14:00 · now 14:12 · ends ~15:12 (+2 min late)"
    assert clock_text(session, clock(), compact=True).startswith("start 14:00 · now 14:12")
    meeting.next_item()
    assert used_text(first, session, clock()) == "12 min +2 min"
    assert state_text(first, session) == "done"
    assert "item 2 of 5" in totals_text(session, clock())


def test_early_and_paused(store, clock):
    meeting = make_meeting(store, clock)
    session = meeting.session
    meeting.start()
    clock.advance(minutes=4)
    meeting.next_item()  # 6 minutes saved
    assert late_text(schedule(session, clock()).late_seconds) == "6 min early"
    meeting.pause()
    clock.advance(minutes=30)
    assert state_text(session.agenda[1], session) == "paused"
    assert clock_text(session, clock()) == "started 14:00 · paused 14:04 · 60 min to go"
    assert "PAUSED" in totals_text(session, clock())


def test_closed_meeting_keeps_its_times(store, clock):
    meeting = make_meeting(store, clock)
    session = meeting.session
    meeting.start()
    clock.advance(minutes=75)
    meeting.close()
    clock.advance(minutes=300)  # later reading changes nothing
    assert used_text(session.agenda[0], session, clock()) == "75 min +65 min"
    assert clock_text(session, clock()) == "started 14:00 · closed 15:15 (+5 min late)"
