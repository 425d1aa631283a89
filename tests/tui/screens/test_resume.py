"""Exact resume: after a quit (or a kill, see test_agenda_crash.py) the app reopens the running
meeting on the screen it was on, and the gratitude round where it stood: its speaker, order,
remaining seconds, running or paused, and whether it was complete.

Wall time is the test's FakeClock (what the store keeps); the screen counts with a fake
monotonic clock; both move together here, as they do in a real meeting.
"""

from __future__ import annotations

import pytest

from coprod_tui.i18n import set_language
from coprod_tui.tui.screens.gratitude import GratitudeScreen
from tests.support import make_meeting
from tests.tui.screens.test_gratitude import FOUR, FakeMonotonic, digits, reload, shown


def build(make_app, clock, mono, **kwargs):
    app = make_app(clock=clock, **kwargs)
    app.monotonic = mono
    app.bell = lambda: None
    return app


def advance(clock, mono, seconds):
    clock.advance(seconds)
    mono.advance(seconds)


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_a_quit_mid_turn_comes_back_on_the_round_with_the_time_run_on(
    store, clock, make_app, size
):
    meeting = make_meeting(store, clock, people=FOUR)
    meeting.start()
    mono = FakeMonotonic()
    app = build(make_app, clock, mono, meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("space")  # Fatima speaks 5 s, then Jan
        advance(clock, mono, 5)
        await pilot.press("n", "space")
        await pilot.pause()
        advance(clock, mono, 20)
        await pilot.press("plus")  # 15 s more for Jan
        await pilot.pause()
        await pilot.press("ctrl+q")
    state = reload(store, meeting.session.id).gratitude_round
    assert state is not None and state.current == 1 and state.since == clock()

    advance(clock, mono, 7)  # the facilitator starts coprod again, without --meeting
    app = build(make_app, clock, FakeMonotonic())
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert app.meeting is not None and app.meeting.session.id == meeting.session.id
        screen = app.screen
        assert isinstance(screen, GratitudeScreen), "the screen it was on, not home"
        turn = screen.round.current
        assert turn is not None and turn.participant == "Jan" and turn.running
        assert turn.countdown.remaining == pytest.approx(60 + 15 - 27)
        assert turn.spoke_seconds == pytest.approx(27)
        assert digits(screen) == "0:48"
        assert "speaking" in shown(screen, "state")
        assert [t.participant for t in screen.round.spoken()] == ["Fatima"]


async def test_a_paused_turn_and_a_shuffled_order_come_back_as_they_were(store, clock, make_app):
    set_language("nl")
    meeting = make_meeting(store, clock, people=FOUR)
    meeting.start()
    mono = FakeMonotonic()
    app = build(make_app, clock, mono, meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        screen = app.screen
        await pilot.press("S", "space")
        advance(clock, mono, 12)
        await pilot.press("space")  # paused at 0:48
        await pilot.pause()
        order = [t.participant for t in screen.round.turns]
        await pilot.press("ctrl+q")
    advance(clock, mono, 300)  # paused: the time does not run on
    app = build(make_app, clock, FakeMonotonic(), meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, GratitudeScreen)
        assert [t.participant for t in screen.round.turns] == order
        turn = screen.round.current
        assert turn is not None and not turn.running and turn.participant == order[0]
        assert digits(screen) == "0:48" and "gepauzeerd" in shown(screen, "state")


async def test_a_completed_round_comes_back_complete(store, clock, make_app):
    meeting = make_meeting(store, clock, people=FOUR[:2])
    meeting.start()
    mono = FakeMonotonic()
    app = build(make_app, clock, mono, meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "space")
        advance(clock, mono, 5)
        await pilot.press("n", "space")
        advance(clock, mono, 5)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.round.done
        await pilot.press("1")  # then on to the agenda
        await pilot.pause()
        await pilot.press("ctrl+q")
    app = build(make_app, clock, FakeMonotonic())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.current_mode == "agenda", "the screen it was on"
        await pilot.press("3")
        await pilot.pause()
        screen = app.screen
        assert screen.round.done and shown(screen, "speaker") == "Round complete"


async def test_a_meeting_not_running_or_closed_starts_as_before(store, clock, make_app):
    meeting = make_meeting(store, clock, people=FOUR)
    app = build(make_app, clock, FakeMonotonic(), meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("ctrl+q")
    app = build(make_app, clock, FakeMonotonic())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.current_mode == "home" and app.meeting is None, "planned: not reopened"
