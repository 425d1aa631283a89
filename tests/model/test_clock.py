"""Countdown and Stopwatch driven by a fake monotonic clock: no sleeping."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_tui.model.clock import Countdown, Stopwatch, format_mm_ss


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "0:00"), (9, "0:09"), (59, "0:59"), (60, "1:00"), (65, "1:05"), (600, "10:00")],
)
def test_format_mm_ss(seconds: int, shown: str) -> None:
    assert format_mm_ss(seconds) == shown


def test_format_mm_ss_refuses_negative() -> None:
    with pytest.raises(ValueError):
        format_mm_ss(-1)


def test_countdown_waits_for_start(clock: FakeClock) -> None:
    countdown = Countdown(60, clock=clock)
    clock.advance(30)
    assert not countdown.running and not countdown.started
    assert countdown.remaining == 60
    assert countdown.shown_seconds == 60
    assert countdown.elapsed == 0


def test_countdown_counts_down_and_shows_seconds_rounded_up(clock: FakeClock) -> None:
    countdown = Countdown(60, clock=clock)
    countdown.start()
    clock.advance(0.25)
    assert countdown.remaining == pytest.approx(59.75)
    assert countdown.shown_seconds == 60
    clock.advance(0.75)
    assert countdown.shown_seconds == 59
    assert countdown.elapsed == pytest.approx(1.0)
    assert countdown.until_next_change() == pytest.approx(1.0)


def test_pause_and_resume_lose_nothing(clock: FakeClock) -> None:
    countdown = Countdown(60, clock=clock)
    countdown.start()
    clock.advance(10.4)
    countdown.pause()
    clock.advance(300)  # a long pause counts for nothing
    assert not countdown.running and countdown.started
    assert countdown.remaining == pytest.approx(49.6)
    assert countdown.until_next_change() is None
    countdown.resume()
    clock.advance(9.6)
    assert countdown.remaining == pytest.approx(40)
    assert countdown.elapsed == pytest.approx(20)


def test_toggle_pauses_and_resumes(clock: FakeClock) -> None:
    countdown = Countdown(60, clock=clock)
    countdown.toggle()
    clock.advance(5)
    countdown.toggle()
    clock.advance(5)
    assert not countdown.running
    assert countdown.remaining == pytest.approx(55)
    countdown.toggle()
    assert countdown.running


def test_start_twice_does_not_restart(clock: FakeClock) -> None:
    countdown = Countdown(60, clock=clock)
    countdown.start()
    clock.advance(5)
    countdown.start()
    clock.advance(5)
    assert countdown.remaining == pytest.approx(50)


def test_add_and_take_away_time_while_running(clock: FakeClock) -> None:
    countdown = Countdown(60, clock=clock)
    countdown.start()
    clock.advance(20)
    countdown.add(15)
    assert countdown.remaining == pytest.approx(55)
    assert countdown.duration == pytest.approx(75)
    countdown.add(-15)
    countdown.add(-15)
    assert countdown.remaining == pytest.approx(25)
    clock.advance(5)
    assert countdown.shown_seconds == 20


def test_taking_away_more_than_remains_stops_at_zero(clock: FakeClock) -> None:
    countdown = Countdown(60, clock=clock)
    countdown.start()
    clock.advance(50)
    countdown.add(-15)
    assert countdown.remaining == 0
    assert countdown.finished and not countdown.running
    assert countdown.elapsed == pytest.approx(50)


def test_add_while_paused(clock: FakeClock) -> None:
    countdown = Countdown(60, clock=clock)
    countdown.start()
    clock.advance(10)
    countdown.pause()
    countdown.add(15)
    clock.advance(100)
    assert countdown.remaining == pytest.approx(65)
    assert not countdown.running


def test_finishes_at_zero_and_stops_counting(clock: FakeClock) -> None:
    countdown = Countdown(60, clock=clock)
    countdown.start()
    clock.advance(59.5)
    assert not countdown.finished
    assert countdown.shown_seconds == 1
    clock.advance(0.5)
    assert countdown.finished
    assert countdown.shown_seconds == 0
    assert not countdown.running
    clock.advance(30)  # over-run is not counted
    assert countdown.remaining == 0
    assert countdown.elapsed == pytest.approx(60)
    assert countdown.until_next_change() is None


def test_time_added_after_finish_counts_from_now(clock: FakeClock) -> None:
    countdown = Countdown(60, clock=clock)
    countdown.start()
    clock.advance(90)  # 30 s after "time"
    countdown.add(15)
    assert countdown.remaining == pytest.approx(15)
    assert countdown.running
    clock.advance(5)
    assert countdown.remaining == pytest.approx(10)
    assert countdown.elapsed == pytest.approx(65)


def test_last_ten_seconds(clock: FakeClock) -> None:
    countdown = Countdown(60, clock=clock)
    countdown.start()
    clock.advance(49.5)  # shows 0:11
    assert not countdown.in_last_seconds()
    clock.advance(0.5)  # shows 0:10
    assert countdown.in_last_seconds()
    assert countdown.in_last_seconds(10) and not countdown.in_last_seconds(5)
    clock.advance(9.9)  # shows 0:01
    assert countdown.in_last_seconds()
    clock.advance(0.1)  # shows 0:00: "time", no longer "last seconds"
    assert not countdown.in_last_seconds()
    assert countdown.finished


def test_reset(clock: FakeClock) -> None:
    countdown = Countdown(60, clock=clock)
    countdown.start()
    clock.advance(10)
    countdown.add(15)
    countdown.reset()
    assert countdown.remaining == 60 and not countdown.running and not countdown.started
    countdown.reset(90)
    assert countdown.remaining == 90
    countdown.reset()
    assert countdown.duration == 90


def test_zero_duration_is_finished_at_once(clock: FakeClock) -> None:
    countdown = Countdown(0, clock=clock)
    assert countdown.finished and countdown.shown_seconds == 0
    with pytest.raises(ValueError):
        Countdown(-1, clock=clock)


@given(
    steps=st.lists(
        st.tuples(
            st.sampled_from(["advance", "toggle", "add"]),
            st.floats(min_value=-100, max_value=100, allow_nan=False),
        ),
        max_size=40,
    )
)
def test_remaining_never_negative_and_elapsed_plus_remaining_is_duration(
    steps: list[tuple[str, float]],
) -> None:
    clock = FakeClock()
    countdown = Countdown(60, clock=clock)
    for action, value in steps:
        if action == "advance":
            clock.advance(abs(value))
        elif action == "toggle":
            countdown.toggle()
        else:
            countdown.add(value)
        assert countdown.remaining >= 0
        assert 0 <= countdown.elapsed <= countdown.duration
        assert countdown.elapsed + countdown.remaining == pytest.approx(countdown.duration)
        assert countdown.shown_seconds >= 0


def test_stopwatch_counts_running_time_only(clock: FakeClock) -> None:
    stopwatch = Stopwatch(clock=clock)
    assert stopwatch.elapsed == 0 and not stopwatch.running
    stopwatch.start()
    clock.advance(12.5)
    stopwatch.pause()
    clock.advance(100)
    assert stopwatch.elapsed == pytest.approx(12.5)
    stopwatch.resume()
    clock.advance(2.5)
    assert stopwatch.running
    assert stopwatch.elapsed == pytest.approx(15)
    stopwatch.toggle()
    assert not stopwatch.running
    stopwatch.reset()
    assert stopwatch.elapsed == 0
