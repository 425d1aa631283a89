"""The gratitude screen as a facilitator uses it: a round with the keys, then postcards.

Time is a fake monotonic clock on the app (``app.monotonic``); the tests move it and call
``screen.tick()`` (what the screen's own timer calls), so nothing sleeps.
"""

from __future__ import annotations

import random

import pytest
from textual.widgets import DataTable, Input, Static

from coprod_tui.export.text import minutes_text
from coprod_tui.store.db import HomeStore
from coprod_tui.store.minutes import Minutes, read_minutes
from coprod_tui.tui.screens.gratitude import POSTCARDS, ROUND, GratitudeScreen
from coprod_tui.tui.widgets.big_timer import BigTimer
from tests.support import hostile_texts, make_meeting
from tests.textual_view import capture_repaints

FOUR = ["Fatima", "Jan", "Mohamed", "Els"]


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def reload(store: HomeStore, meeting_id: str):
    """The meeting as stored on disk, read by a second store on the same home."""
    other = HomeStore(store.paths.root).open(lock=False)
    try:
        return other.load_meeting(meeting_id)
    finally:
        other.close()


def shown(screen: GratitudeScreen, widget_id: str) -> str:
    content = screen.query_one(f"#{widget_id}", Static).content
    return str(content)


def digits(screen: GratitudeScreen) -> str:
    return "".join(cell.char for cell in screen.query_one(BigTimer).cells).strip()


@pytest.fixture
def mono() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def start_round(store, clock, make_app, mono):
    """An app on a meeting of ``people`` showing the gratitude screen; returns (app, meeting)."""

    def build(people: list[str] = FOUR, **meeting_args):
        meeting = make_meeting(store, clock, people=people, **meeting_args)
        app = make_app(meeting_id=meeting.session.id)
        app.monotonic = mono
        app.bells = []
        app.bell = lambda: app.bells.append(mono.now)
        return app, meeting

    return build


async def open_gratitude(app, pilot) -> GratitudeScreen:
    await pilot.press("3")
    await pilot.pause()
    assert isinstance(app.screen, GratitudeScreen)
    return app.screen


async def test_a_round_of_four_with_a_pass_a_pause_and_added_time(store, start_round, mono):
    app, meeting = start_round()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_gratitude(app, pilot)
        assert "1 of 4" in shown(screen, "gratitude-title")
        assert "next: Jan" in shown(screen, "gratitude-title")
        assert shown(screen, "speaker") == "Fatima"
        assert digits(screen) == "1:00"

        # Fatima speaks 20 s, pauses 30 s (not counted), speaks 25 s more.
        await pilot.press("space")
        mono.advance(20)
        screen.tick()
        assert digits(screen) == "0:40"
        await pilot.press("space")
        assert "paused" in shown(screen, "state")
        mono.advance(30)
        screen.tick()
        assert digits(screen) == "0:40", "a pause loses nothing"
        await pilot.press("space")
        mono.advance(25)
        screen.tick()
        assert digits(screen) == "0:15"
        await pilot.press("n")
        assert "Fatima 0:45" in shown(screen, "spoke")

        # Jan passes.
        assert shown(screen, "speaker") == "Jan"
        assert "2 of 4" in shown(screen, "gratitude-title")
        await pilot.press("s")
        assert "Jan passed" in shown(screen, "spoke")

        # Mohamed gets 15 s more, reaches the last ten seconds, then time, and over-runs 5 s.
        assert shown(screen, "speaker") == "Mohamed"
        await pilot.press("space", "plus")
        assert digits(screen) == "1:15"
        mono.advance(66)
        screen.tick()
        assert digits(screen) == "0:09"
        assert "last 10 seconds" in shown(screen, "state")
        assert screen.query_one(BigTimer).has_class("-warning")
        assert app.bells == []
        mono.advance(9)
        screen.tick()
        assert digits(screen) == "0:00"
        assert "TIME" in shown(screen, "state")
        assert screen.query_one("#state").has_class("-time")
        assert screen.query_one(BigTimer).has_class("-finished")
        assert screen.query_one(BigTimer).has_class("-flash")
        assert len(app.bells) == 1
        mono.advance(5)
        screen.tick()
        assert shown(screen, "speaker") == "Mohamed", "no auto-advance unless it is switched on"
        assert len(app.bells) == 1, "the bell rings once"
        await pilot.press("w")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#thing-1", Input).value = "The sun on the balcony"
        dialog.query_one("#thing-3", Input).value = "Soup with my neighbour"
        dialog.query_one("#thing-3", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert "1. The sun on the balcony" in shown(screen, "things")
        await pilot.press("n")
        assert "Mohamed 1:20" in shown(screen, "spoke")

        # Els, the last speaker: 30 s with a take-away of 15 s on the clock.
        assert "last speaker" in shown(screen, "gratitude-title")
        await pilot.press("minus", "space")
        assert digits(screen) == "0:45"
        mono.advance(30)
        await pilot.press("n")
        assert "Round complete" in shown(screen, "speaker")
        assert "Everyone has had a turn" in shown(screen, "state")

    session = reload(store, meeting.session.id)
    assert [s.participant for s in session.gratitude] == FOUR
    assert [s.passed for s in session.gratitude] == [False, True, False, False]
    assert [s.spoke_seconds for s in session.gratitude] == [45.0, 0.0, 80.0, 30.0]
    assert session.gratitude[2].things == ["The sun on the balcony", "Soup with my neighbour"]
    text = minutes_text(Minutes(session, meeting.project))
    assert "Gratitude round" in text
    assert "Fatima: 45 s" in text and "Jan: passed" in text and "Mohamed: 80 s" in text
    assert "· Soup with my neighbour" in text
    yaml_minutes = read_minutes(app.meeting.write_minutes())
    assert [s.participant for s in yaml_minutes.session.gratitude] == FOUR


async def test_previous_goes_back_and_the_turn_carries_on(store, start_round, mono):
    app, meeting = start_round()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_gratitude(app, pilot)
        await pilot.press("space")
        mono.advance(10)
        await pilot.press("n", "p")
        assert shown(screen, "speaker") == "Fatima"
        assert digits(screen) == "0:50"
        await pilot.press("space")
        mono.advance(5)
        await pilot.press("n")
    session = reload(store, meeting.session.id)
    assert [(s.participant, s.spoke_seconds) for s in session.gratitude] == [("Fatima", 15.0)]


async def test_auto_advance_moves_on_and_starts_the_next_speaker(store, start_round, mono):
    app, meeting = start_round()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_gratitude(app, pilot)
        assert "auto-advance off" in shown(screen, "settings")
        await pilot.press("A")
        assert "auto-advance on" in shown(screen, "settings")
        await pilot.press("space")
        mono.advance(60)
        screen.tick()
        assert shown(screen, "speaker") == "Jan"
        assert len(app.bells) == 1
        mono.advance(1)
        screen.tick()
        assert digits(screen) == "0:59", "Jan's time started at once"
    assert reload(store, meeting.session.id).gratitude[0].spoke_seconds == 60.0


async def test_bell_and_flash_can_be_switched_off(start_round, mono):
    app, _ = start_round()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_gratitude(app, pilot)
        await pilot.press("b", "f")
        assert "bell off" in shown(screen, "settings")
        assert "flash off" in shown(screen, "settings")
        await pilot.press("space")
        mono.advance(61)
        screen.tick()
        assert "TIME" in shown(screen, "state")
        assert app.bells == []
        assert not screen.query_one(BigTimer).has_class("-flash")
        await pilot.press("b", "f", "plus")  # on again; 15 s more, counting on from zero
        assert "bell on" in shown(screen, "settings")
        assert "TIME" not in shown(screen, "state")
        mono.advance(15)
        screen.tick()
        assert len(app.bells) == 1
        assert screen.query_one(BigTimer).has_class("-flash")


async def test_time_per_speaker_and_shuffle(store, start_round, mono):
    app, meeting = start_round(people=["Fatima", "Jan", "Mohamed", "Els", "Priya", "Kees"])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_gratitude(app, pilot)
        screen.rng = random.Random(7)
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one("#answer", Input).value = "1:30"
        await pilot.press("enter")
        await pilot.pause()
        assert digits(screen) == "1:30"
        assert "90 s each" in shown(screen, "settings")
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one("#answer", Input).value = "soon"
        await pilot.press("enter")
        await pilot.pause()
        assert digits(screen) == "1:30", "a time that is not a time changes nothing"
        await pilot.press("space")
        mono.advance(3)
        await pilot.press("S")
        order = [turn.participant for turn in screen.round.turns]
        assert order[0] == "Fatima", "who is speaking keeps their turn"
        assert sorted(order) == sorted(meeting.session.participant_names())
        assert order != meeting.session.participant_names()
        await pilot.press("n")
        assert shown(screen, "speaker") == order[1]
        assert digits(screen) == "1:30"


async def test_the_round_is_picked_up_again_after_a_restart(store, start_round, mono):
    app, meeting = start_round()
    meeting.record_gratitude("Fatima", spoke_seconds=50, passed=False)
    meeting.record_gratitude("Jan", spoke_seconds=0, passed=True)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_gratitude(app, pilot)
        assert shown(screen, "speaker") == "Mohamed"
        assert "3 of 4" in shown(screen, "gratitude-title")
        assert "Fatima 0:50 · Jan passed · Mohamed …" in shown(screen, "spoke")


async def test_fits_at_80x24(start_round):
    app, _ = start_round(people=["Fatima", "Jan", "Mohamed", "Els", "Priya", "Kees", "Anna", "Bo"])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_gratitude(app, pilot)
        timer = screen.query_one(BigTimer)
        assert timer.font.name not in ("plain",), "big digits at 80x24"
        for widget in [
            *timer.cells,
            *screen.query("#speaker-panel > Static"),
            screen.query_one("#spoke"),
        ]:
            assert widget.region.right <= 80 and widget.region.bottom <= 23, widget
        assert screen.query_one("#state").region.height >= 1
        assert "1 of 8" in shown(screen, "gratitude-title")
        await pilot.press("f1")
        await pilot.pause()
        help_text = str(app.screen.query_one(Static).content)
        assert "anyone may pass" in help_text
        assert "Shuffle who is still to speak" in help_text and "Auto-advance on/off" in help_text
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("c")
        table = screen.query_one("#postcards", DataTable)
        assert table.region.bottom <= 23 and table.region.right <= 80
        assert table.row_count == 8


async def test_postcards_typed_in_and_kept(store, start_round):
    app, meeting = start_round()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_gratitude(app, pilot)
        await pilot.press("c")
        assert screen.view == POSTCARDS
        assert "Gratitude postcards" in shown(screen, "gratitude-title")
        await pilot.press("down", "enter")  # Jan
        await pilot.pause()
        app.screen.query_one("#answer", Input).value = "the cook who listened"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one("#answer", Input).value = "Guest Wim"
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one("#answer", Input).value = "being welcome"
        await pilot.press("enter")
        await pilot.pause()
        table = screen.query_one("#postcards", DataTable)
        assert [str(table.get_row_at(i)[0]) for i in range(table.row_count)] == [*FOUR, "Guest Wim"]
        assert str(table.get_row_at(1)[1]) == "the cook who listened"
        # remove Jan's again after the confirmation, then write it anew
        table.move_cursor(row=1)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert str(table.get_row_at(1)[1]) == "—"
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#answer", Input).value = "soup"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("c")
        assert screen.view == ROUND
    session = reload(store, meeting.session.id)
    assert [(p.participant, p.text) for p in session.postcards] == [
        ("Guest Wim", "being welcome"),
        ("Jan", "soup"),
    ]
    text = minutes_text(Minutes(session, meeting.project))
    assert "Gratitude postcards" in text and "Jan: soup" in text


async def test_a_postcards_agenda_item_opens_the_postcards_view(start_round, clock):
    app, meeting = start_round()
    meeting.start()
    while (item := meeting.current()) is not None and item.tool != "postcards":
        meeting.next_item()
    assert meeting.current() is not None
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_gratitude(app, pilot)
        assert screen.view == POSTCARDS
        assert screen.query_one("#postcards", DataTable).has_focus


async def test_hostile_text_is_stored_plain_or_refused(store, start_round):
    app, meeting = start_round()
    # Every hostile text goes through the service in tests/meeting; here the ones that test
    # the screen: markup, terminal escapes, hidden characters, too long, empty.
    chosen = {
        "Rich markup must show literally",
        "CSI clear screen + cursor home",
        "just over the 2000-character limit",
        "only whitespace",
    }
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_gratitude(app, pilot)
        for what, text in [(w, x) for w, x in hostile_texts() if w in chosen]:
            # the speaker's three things
            await pilot.press("w")
            await pilot.pause()
            app.screen.query_one("#thing-1", Input).value = text
            app.screen.query_one("#thing-3", Input).focus()
            await pilot.press("enter")
            await pilot.pause()
            assert app.screen is screen, what
            things = app.meeting.gratitude_share("Fatima")
            if things is not None and things.things:
                assert shown(screen, "things") == f"1. {things.things[0]}", what
            # Fatima's postcard
            await pilot.press("c")
            screen.query_one("#postcards", DataTable).move_cursor(row=0)
            await pilot.press("enter")
            await pilot.pause()
            app.screen.query_one("#answer", Input).value = text
            await pilot.press("enter")
            await pilot.pause()
            if app.screen is not screen:  # an empty postcard is refused in the dialog
                assert "Please fill this in" in str(app.screen.query_one("#error").content)
                await pilot.press("escape", "y")  # asked: throw away what was typed
                await pilot.pause()
            card = app.meeting.postcard("Fatima")
            if card is not None:
                assert shown(screen, "postcard-full") == f"Fatima: {card.text}", what
            await pilot.press("c")
            assert app.screen is screen, what

            if what == "Rich markup must show literally":
                assert "[bold red]URGENT[/]" in shown(screen, "postcard-full")
                assert "[bold red]URGENT[/]" in shown(screen, "things")

    session = reload(store, meeting.session.id)
    # the last postcard that was kept (the later ones were too long or empty), escape removed;
    # the three things were emptied by the last (blank) ones
    assert session.postcards[0].text == "before[2J[Hafter"
    assert session.gratitude[0].things == []


async def test_a_tick_repaints_only_the_digit_that_changed(start_round, mono, monkeypatch):
    app, _ = start_round()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_gratitude(app, pilot)
        await pilot.press("space")
        mono.advance(11)
        screen.tick()
        await pilot.pause()
        updates = capture_repaints(app, monkeypatch)
        ones = screen.query_one(BigTimer).cells[-1]
        mono.advance(1)  # 0:49 → 0:48
        screen.tick()
        await pilot.pause()
        assert digits(screen) == "0:48"
        assert updates == [ones.region]
        updates.clear()
        mono.advance(0.5)  # the same second: nothing at all
        screen.tick()
        await pilot.pause()
        assert updates == []


async def test_time_per_speaker_and_the_switches_are_kept_for_the_next_round(
    store, start_round, make_app, mono
):
    app, meeting = start_round()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_gratitude(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        app.screen.query_one("#answer", Input).value = "90"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("b", "A")
    app = make_app(meeting_id=meeting.session.id)
    app.monotonic = mono
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_gratitude(app, pilot)
        assert digits(screen) == "1:30"
        settings = shown(screen, "settings")
        assert "90 s each" in settings and "bell off" in settings and "flash on" in settings
        assert "auto-advance on" in settings


@pytest.mark.parametrize(
    "saved", ["90", {"seconds": 0}, {"seconds": True, "bell": "no"}, {"seconds": 10**9}]
)
async def test_a_stored_setting_that_makes_no_sense_gives_the_defaults(
    store, start_round, mono, saved
):
    store.set_setting("gratitude_round", saved)
    app, _ = start_round()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_gratitude(app, pilot)
        assert digits(screen) == "1:00"
        assert "bell on" in shown(screen, "settings")
