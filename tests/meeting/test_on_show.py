"""The on-show record: what "show to group" and the reveal keys put on the room view, saved in
the meeting file; and the read-only watch that follows it from another process."""

from __future__ import annotations

import json
import os

import pytest

from coprod_tui.meeting import ReadOnlyMeeting
from coprod_tui.meeting.room import RoomWatch, ShownAction, ShownCard, ShownTally, ShownTurn
from coprod_tui.model import ValidationError
from coprod_tui.store.minutes import minutes_data
from tests.support import make_meeting


def started(store, clock, **kwargs):
    meeting = make_meeting(store, clock, **kwargs)
    meeting.start()
    return meeting


def test_a_presented_card_goes_on_show_and_an_anonymous_one_has_no_name(store, clock):
    meeting = started(store, clock, cards=[("Fresh soup", "Jan"), ("Garden herbs", None)])
    soup, herbs = meeting.session.cards
    with pytest.raises(ValidationError, match="presented"):
        meeting.show_card(soup.id)  # still being screened: never on show
    for card in (soup, herbs):
        meeting.set_card_state(card.id, "presented")
    meeting.show_card(soup.id)
    watch = RoomWatch(store.paths.root, clock)
    assert watch.look()
    assert watch.state().shown == ShownCard("Fresh soup", "Jan")
    meeting.show_card(herbs.id)
    assert watch.look()
    state = watch.state()
    assert state.shown == ShownCard("Garden herbs", None)
    assert "Jan" not in json.dumps(state.to_dict())


def test_showing_the_same_thing_again_writes_nothing(store, clock):
    meeting = started(store, clock, cards=[("Fresh soup", "Jan")])
    card = meeting.session.cards[0]
    meeting.set_card_state(card.id, "presented")
    meeting.show_card(card.id)
    path = store.paths.meeting(meeting.session.id)
    before = os.stat(path).st_ino
    clock.advance(5)
    meeting.show_card(card.id)
    assert os.stat(path).st_ino == before  # an atomic write would have replaced the file


def test_the_turn_counts_down_in_the_room_without_a_write_per_second(store, clock):
    meeting = started(store, clock)
    meeting.show_turn("Fatima", 60, running=True)
    watch = RoomWatch(store.paths.root, clock)
    watch.look()
    clock.advance(12.5)
    assert not watch.look()  # nothing was written
    assert watch.state().shown == ShownTurn("Fatima", 47.5, True)
    meeting.show_turn("Fatima", 47.5, running=True)  # the same state: no write
    assert not watch.look()
    meeting.show_turn("Fatima", 47.5, running=False)  # paused
    assert watch.look()
    clock.advance(30)
    assert watch.state().shown == ShownTurn("Fatima", 47.5, False)
    clock.advance(100)
    meeting.show_turn("Fatima", 47.5, running=True)
    clock.advance(100)
    assert watch.look()
    assert watch.state().shown == ShownTurn("Fatima", 0.0, True)  # never below zero


def test_the_action_being_agreed(store, clock):
    meeting = started(store, clock)
    action = meeting.add_action("assets", "Map the residents' cooking skills", who="Jan")
    meeting.show_action(action.id)
    watch = RoomWatch(store.paths.root, clock)
    watch.look()
    shown = watch.state().shown
    assert isinstance(shown, ShownAction)
    assert (shown.what, shown.who) == ("Map the residents' cooking skills", "Jan")


def test_a_placement_round_shows_the_count_then_the_distribution(store, clock):
    meeting = started(store, clock)
    meeting.show_activity("placement")
    meeting.place(6, "Jan")
    meeting.place(6, None)
    meeting.place(4, "Els")
    watch = RoomWatch(store.paths.root, clock)
    watch.look()
    tally = watch.state().shown
    assert isinstance(tally, ShownTally)
    assert (tally.answered, tally.expected, tally.revealed, tally.rows) == (3, 6, False, ())
    meeting.reveal_on_show()
    watch.look()
    tally = watch.state().shown
    assert isinstance(tally, ShownTally) and tally.revealed
    counts = {label: count for label, count in tally.rows}
    assert counts["6 Co-designing"] == 2
    assert counts["4 Consulting"] == 1
    assert sum(counts.values()) == 3


def test_the_next_item_and_closing_take_it_off_show_and_minutes_never_hold_it(store, clock):
    meeting = started(store, clock, cards=[("Fresh soup", "Jan")])
    card = meeting.session.cards[0]
    meeting.set_card_state(card.id, "presented")
    meeting.show_card(card.id)
    assert "on_show" not in minutes_data(meeting.session, meeting.project)
    meeting.next_item()
    assert store.load_meeting(meeting.session.id).on_show is None
    meeting.show_card(card.id)
    meeting.take_off_show("turn")  # something else is on show: left as it is
    assert meeting.on_show is not None
    meeting.take_off_show()
    assert store.load_meeting(meeting.session.id).on_show is None
    meeting.show_card(card.id)
    meeting.close()
    assert store.load_meeting(meeting.session.id).on_show is None
    with pytest.raises(ReadOnlyMeeting):
        meeting.show_card(card.id)


def test_the_watch_waits_for_a_running_meeting_and_follows_the_newest(store, clock):
    watch = RoomWatch(store.paths.root, clock)
    watch.look()
    assert watch.state().waiting
    planned = make_meeting(store, clock)
    watch.look()
    assert watch.state().waiting  # planned, not started: not yet the meeting
    planned.start()
    assert watch.look()
    state = watch.state()
    assert (state.project, state.meeting) == ("Kookgroep De Linde", planned.session.title)
    assert state.item is not None and state.item.number == 1
    planned.close()
    watch.look()
    assert watch.state().waiting


def test_the_watch_reads_a_home_without_writing_it(store, clock, tmp_path):
    meeting = started(store, clock, cards=[("Fresh soup", "Jan")])
    root = store.paths.root
    before = {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in root.rglob("*") if p.is_file()}
    watch = RoomWatch(root, clock)
    watch.look()
    watch.state()
    for watcher in watch.watch():
        watcher.close()
    after = {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in root.rglob("*") if p.is_file()}
    assert after == before
    assert meeting.session.title == watch.state().meeting
    assert not RoomWatch(tmp_path / "nowhere", clock).look()
    assert not (tmp_path / "nowhere").exists()  # nothing made for it either
