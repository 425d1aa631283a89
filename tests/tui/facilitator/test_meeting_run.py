"""Snags met running a whole demo meeting at 80x24 by the keys on screen (issue 17): enter on
the gratitude round wrote a postcard (the hidden postcards table had the focus), and the rung
picker showed no rung until ↓ jumped to the bottom one."""

from __future__ import annotations

from coprod_tui.model.toolkit import TOOLKIT_LADDER
from tests.support import make_meeting
from tests.textual_view import notices
from tests.tui.facilitator.helpers import languages, press, said, shown, sizes


@languages
@sizes
async def test_enter_on_the_gratitude_round_writes_no_postcard(store, clock, make_app, lang, size):
    meeting = make_meeting(store, clock, people=["Fatima", "Jan", "Els"])
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        await press(pilot, "space")  # the meeting starts on its gratitude round
        assert type(app.screen).__name__ == "GratitudeScreen"
        await press(pilot, "enter", "down", "enter")
        assert type(app.screen).__name__ == "GratitudeScreen", "no dialog from a hidden table"
        assert said("three things from the last 24 hours") in shown(app)
        await press(pilot, "c", "enter")  # the postcards: enter writes the first one
        assert said("Gratitude postcard of {name}", name="Fatima") in shown(app)
        await pilot.press(*"the soup")
        await press(pilot, "enter")
        assert app.meeting.postcard("Fatima").text == "the soup"


def marked_rung(app) -> str:
    """The line of the rung the picker's ▶ is on."""
    return next(line for line in shown(app).splitlines() if "▶" in line)


@languages
@sizes
async def test_the_rung_picker_starts_in_the_middle_and_asks_for_a_rung(
    store, clock, make_app, lang, size
):
    meeting = make_meeting(store, clock, people=["Fatima", "Jan", "Els"])
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        await press(pilot, "4", "enter", "enter")  # place, for Fatima
        assert type(app.screen).__name__ == "RungPicker"
        assert "▶" not in shown(app), "no rung is suggested"
        await press(pilot, "enter")
        assert type(app.screen).__name__ == "RungPicker"
        assert said("Choose a rung first: its number, or ↑/↓ to move to it.") in [
            notice.message for notice in notices(app)
        ]
        await press(pilot, "down")
        middle = f"4 {TOOLKIT_LADDER.rung(4).label}"
        assert middle in marked_rung(app), "the first ↓ lands on the middle rung"
        await press(pilot, "up", "enter")
        placements = app.meeting.session.placements
        assert [(p.participant, p.rung) for p in placements] == [("Fatima", 5)]
