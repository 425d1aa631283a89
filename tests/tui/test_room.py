"""The room view (``coprod room``) as the group sees it, and the facilitator's keys that put
things on show: 80×24 and 100×30, English and Dutch, through Pilot.

The room view reads the home as another process would (``RoomWatch``); the tests call
``app.look()`` (what its watcher and its timer call) after each change instead of waiting.
"""

from __future__ import annotations

import pytest

from coprod_tui.i18n import set_language
from coprod_tui.meeting.room import RoomWatch
from coprod_tui.tui.room import CHROME_ROWS, RoomApp
from coprod_tui.tui.screens.actions import ActionsScreen
from coprod_tui.tui.screens.room_info import RoomInfo
from coprod_tui.tui.widgets.big_timer import BigTimer
from coprod_tui.tui.widgets.large_text import large_type
from tests.support import make_meeting
from tests.textual_view import screen_segments, screen_text

SIZES = [(80, 24), (100, 30)]
LONG = (
    "Can we cook together with the herbs from the residents' garden, and ask the kitchen "
    "staff to show us how they plan the menu for the whole week, so that we choose too?"
)


def digits(app) -> str:
    return "".join(cell.char for cell in app.query_one("#room-digits", BigTimer).cells).strip()


def in_large_type(app, text: str, chrome: int = CHROME_ROWS) -> bool:
    """The card or name as the view draws it in large letters: its first row is on screen."""
    width, height = app.size
    large = large_type(text, width - 4, height - chrome)
    assert large is not None
    first = next(row for row in large.split("\n") if row.strip())
    return first.strip() in screen_text(app)


async def settle(app, pilot) -> None:
    app.look()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
async def test_the_room_follows_the_meeting_from_waiting_to_cards(store, clock, size):
    meeting = make_meeting(store, clock, cards=[(LONG, None), ("Fresh soup", "Jan")])
    anonymous, soup = meeting.session.cards
    app = RoomApp(RoomWatch(store.paths.root, clock), inotify=False)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert "Waiting for the meeting" in screen_text(app)
        meeting.start()
        await settle(app, pilot)
        text = screen_text(app)
        assert "Kookgroep De Linde · Co-production group meeting" in text
        assert "1 · Welcome and gratitude round  ·  0 of 10 min" in text
        assert in_large_type(app, "Kookgroep De Linde", CHROME_ROWS + 2)  # the calm title screen
        clock.advance(minutes=3)
        await settle(app, pilot)
        app.show()  # what its minute timer calls
        await pilot.pause()
        assert "3 of 10 min" in screen_text(app)
        for card in (anonymous, soup):
            meeting.set_card_state(card.id, "presented")
        meeting.show_card(soup.id)
        await settle(app, pilot)
        assert in_large_type(app, "Fresh soup")
        assert "— Jan" in screen_text(app)
        meeting.show_card(anonymous.id)
        await settle(app, pilot)
        text = screen_text(app)
        assert "herbs from the residents'" in text  # too long for large letters: plain
        assert "—" not in text and "Jan" not in text and "anonymous" not in text
        meeting.next_item()  # the agenda moves on: the title screen again
        await settle(app, pilot)
        text = screen_text(app)
        assert "herbs" not in text
        assert "2 · " in text
        meeting.close()
        await settle(app, pilot)
        assert "Waiting for the meeting" in screen_text(app)


@pytest.mark.parametrize("size", SIZES)
async def test_the_turn_counts_down_in_the_room_and_says_time(store, clock, size):
    meeting = make_meeting(store, clock)
    meeting.start()
    meeting.show_turn("Fatima", 12, running=True)
    app = RoomApp(RoomWatch(store.paths.root, clock), inotify=False)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert "Fatima" in screen_text(app)
        assert digits(app) == "0:12"
        clock.advance(2.5)
        app.show()  # what its one-second timer calls
        await pilot.pause()
        assert digits(app) == "0:10"
        assert "last 10 seconds" in screen_text(app)
        clock.advance(20)
        app.show()
        await pilot.pause()
        assert digits(app) == "0:00"
        assert "■ time" in screen_text(app)
        meeting.show_turn("Jan", 60, running=False)
        await settle(app, pilot)
        assert digits(app) == "1:00"
        assert "Jan" in screen_text(app) and "paused" in screen_text(app)


@pytest.mark.parametrize("size", SIZES)
async def test_the_action_and_the_placement_round_in_the_room(store, clock, size):
    meeting = make_meeting(store, clock)
    meeting.start()
    action = meeting.add_action("assets", "Map the residents' cooking skills", who="Jan")
    meeting.show_action(action.id)
    app = RoomApp(RoomWatch(store.paths.root, clock), inotify=False)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "We agree:" in text and "Map the residents' cooking skills" in text
        assert "who: Jan" in text
        meeting.show_activity("placement")
        meeting.place(6, "Jan")
        meeting.place(6, None)
        await settle(app, pilot)
        text = screen_text(app)
        assert "2 of 6 placed" in text
        assert "Co-designing" not in text  # hidden until revealed
        meeting.reveal_on_show()
        await settle(app, pilot)
        text = screen_text(app)
        assert "6 Co-designing" in text and "█ 2" in text
        assert "1 Coercing" in text


async def test_the_room_speaks_dutch(store, clock):
    meeting = make_meeting(store, clock)
    set_language("nl")
    app = RoomApp(RoomWatch(store.paths.root, clock), inotify=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Wachten op de bijeenkomst" in screen_text(app)
        meeting.start()
        meeting.show_turn("Fatima", 5, running=False)
        await settle(app, pilot)
        text = screen_text(app)
        assert "0 van 10 min" in text
        assert "gepauzeerd" in text


# --- the facilitator's side ----------------------------------------------------------------
async def test_starting_a_speaker_puts_the_round_on_show_and_moving_on_follows(
    store, clock, make_app
):
    meeting = make_meeting(store, clock, people=["Fatima", "Jan"])
    meeting.start()
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        before = screen_text(app)
        assert store.load_meeting(meeting.session.id).on_show is None  # only looking
        await pilot.press("space")
        await pilot.pause()
        record = store.load_meeting(meeting.session.id).on_show
        assert (record.kind, record.ref, record.running) == ("turn", "Fatima", True)
        await pilot.press("n")
        await pilot.pause()
        record = store.load_meeting(meeting.session.id).on_show
        assert (record.ref, record.running, record.seconds_left) == ("Jan", False, 60)
        await pilot.press("n")
        await pilot.pause()
        assert store.load_meeting(meeting.session.id).on_show is None  # everyone spoke
        assert "Gratitude round" in before and "Gratitude round" in screen_text(app)


async def test_g_on_the_action_plan_and_f2_tell_and_clear(store, clock, make_app):
    meeting = make_meeting(store, clock)
    meeting.start()
    meeting.add_action("assets", "Map the residents' cooking skills", who="Jan")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)  # the facilitator's screen stays
        record = store.load_meeting(meeting.session.id).on_show
        assert record is not None and record.kind == "action"
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, RoomInfo)
        text = screen_text(app)
        flat = "".join(text.replace("│", "").split())  # a long path wraps in the dialog
        assert f"coprod--home{store.paths.root}room" in flat
        assert "ssh -t " in text
        assert "On show now: the action being agreed." in text
        await pilot.press("c")
        await pilot.pause()
        assert store.load_meeting(meeting.session.id).on_show is None
        assert "Nothing is on show" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)


async def test_f2_in_dutch_at_100x30(store, clock, make_app):
    meeting = make_meeting(store, clock)
    set_language("nl")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        text = screen_text(app)
        assert "Groepsscherm: wat de groep ziet" in text
        assert "Er staat niets in beeld" in text


@pytest.mark.parametrize("size", SIZES)
async def test_no_color_shows_the_room_in_the_terminals_own_colours(
    store, clock, monkeypatch, size
):
    meeting = make_meeting(store, clock)
    meeting.start()
    meeting.show_turn("Fatima", 8, running=True)  # the last seconds: a warning, in words too
    monkeypatch.setenv("NO_COLOR", "1")
    app = RoomApp(RoomWatch(store.paths.root, clock), inotify=False)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        styles = [segment.style for segment in screen_segments(app) if segment.style]
        colours = {c for s in styles for c in (s.color, s.bgcolor) if c and not c.is_default}
        assert not colours, "NO_COLOR: the terminal's own colours only"
        assert "▲ last 10 seconds" in screen_text(app)
        assert digits(app) == "0:08"
