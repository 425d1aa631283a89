"""The gratitude round's logic on a fake monotonic clock: turns, passes, pauses, time."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_tui.model import GratitudeShare
from coprod_tui.model.gratitude_round import GratitudeRound, parse_seconds

PEOPLE = ["Fatima", "Jan", "Mohamed", "Els"]


class Monotonic:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def mono() -> Monotonic:
    return Monotonic()


def test_a_round_goes_through_everyone_in_order(mono):
    rnd = GratitudeRound(PEOPLE, 60, mono)
    assert (rnd.position, rnd.total, rnd.current.participant) == (1, 4, "Fatima")
    assert rnd.following.participant == "Jan"
    rnd.toggle()
    mono.now += 42
    left = rnd.next()
    assert left.participant == "Fatima" and left.spoke_seconds == 42
    assert rnd.pass_turn().passed
    assert rnd.next() is None, "a turn never started is not recorded"
    assert rnd.current.participant == "Els" and rnd.following is None
    rnd.next()
    assert rnd.done and rnd.current is None and rnd.position == 4


def test_pauses_are_not_counted_and_over_run_is(mono):
    rnd = GratitudeRound(PEOPLE, 30, mono)
    turn = rnd.current
    rnd.toggle()
    mono.now += 10
    rnd.toggle()  # pause
    mono.now += 100
    assert turn.countdown.shown_seconds == 20 and turn.spoke_seconds == 10
    rnd.toggle()
    mono.now += 25  # 5 s past zero
    assert turn.countdown.finished and turn.countdown.shown_seconds == 0
    assert turn.spoke_seconds == 35


def test_added_time_counts_on_even_after_zero(mono):
    rnd = GratitudeRound(PEOPLE, 10, mono)
    turn = rnd.current
    rnd.toggle()
    mono.now += 12
    assert turn.countdown.finished
    rnd.add(15)
    assert turn.countdown.shown_seconds == 15
    mono.now += 5
    assert turn.countdown.shown_seconds == 10
    rnd.add(-100)  # never below what was counted
    assert turn.countdown.shown_seconds == 0


def test_previous_returns_to_a_paused_turn(mono):
    rnd = GratitudeRound(PEOPLE, 60, mono)
    rnd.toggle()
    mono.now += 10
    rnd.next()
    left = rnd.previous()
    assert left is None, "Jan had not started"
    assert rnd.current.participant == "Fatima" and not rnd.current.running
    assert rnd.current.countdown.shown_seconds == 50
    assert GratitudeRound(PEOPLE, 60, mono).previous() is None


def test_starting_after_a_pass_takes_the_pass_back(mono):
    rnd = GratitudeRound(PEOPLE, 60, mono)
    rnd.pass_turn()
    rnd.previous()
    rnd.toggle()
    assert not rnd.current.passed


def test_time_per_speaker_applies_to_turns_not_started(mono):
    rnd = GratitudeRound(PEOPLE, 60, mono)
    rnd.toggle()
    rnd.set_seconds(90)
    assert rnd.current.countdown.duration == 60, "a running turn keeps its time"
    assert all(turn.countdown.duration == 90 for turn in rnd.turns[1:])


def test_shuffle_keeps_who_spoke_and_who_is_speaking(mono):
    rnd = GratitudeRound([*PEOPLE, "Priya", "Kees"], 60, mono)
    rnd.toggle()
    mono.now += 3
    rnd.next()
    rnd.toggle()
    rnd.shuffle(random.Random(3))
    order = [turn.participant for turn in rnd.turns]
    assert order[:2] == ["Fatima", "Jan"]
    assert sorted(order) == sorted([*PEOPLE, "Priya", "Kees"])
    fresh = GratitudeRound(PEOPLE, 60, mono)
    fresh.shuffle(random.Random(1))
    assert fresh.current is fresh.turns[0], "before anyone speaks the whole order is shuffled"


def test_picked_up_from_stored_shares(mono):
    shares = [
        GratitudeShare("Jan", spoke_seconds=40, things=["sun"]),
        GratitudeShare("Guest", passed=True),
    ]
    rnd = GratitudeRound(PEOPLE, 60, mono, shares=shares)
    assert [t.participant for t in rnd.turns] == ["Jan", "Guest", "Fatima", "Mohamed", "Els"]
    assert rnd.current.participant == "Fatima"
    assert [t.participant for t in rnd.spoken()] == ["Jan", "Guest"]
    rnd.index = 0
    assert rnd.current.spoke_seconds == 40 and rnd.current.things == ["sun"]
    everyone = [GratitudeShare(name) for name in PEOPLE]
    assert GratitudeRound(PEOPLE, 60, mono, shares=everyone).done


def test_participants_joining_and_leaving(mono):
    rnd = GratitudeRound(PEOPLE, 60, mono)
    rnd.toggle()
    rnd.sync_participants(["Jan", "Els", "Priya"])
    assert [t.participant for t in rnd.turns] == ["Fatima", "Jan", "Els", "Priya"]
    assert rnd.current.participant == "Fatima", "who is speaking stays"


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("60", 60), ("90s", 90), ("1:30", 90), (" 2 m ", 120), ("1.5min", 90), (":45", 45)],
)
def test_parse_seconds(text, seconds):
    assert parse_seconds(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "0", "-5", "1:75", "61m", "1:2:3"])
def test_parse_seconds_refuses(text):
    with pytest.raises(ValueError):
        parse_seconds(text)


@given(st.text(max_size=20))
def test_parse_seconds_is_a_time_or_a_value_error(text):
    try:
        seconds = parse_seconds(text)
    except ValueError as error:
        assert str(error)
    else:
        assert 1 <= seconds <= 3600
