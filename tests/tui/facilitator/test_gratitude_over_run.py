"""The gratitude round past a speaker's time (issue 17): at zero the big digits count on as
"+0:14", the "spoke" list says "Fatima 0:34 (+0:14 over)", and the minutes say it too."""

from __future__ import annotations

from tests.support import make_meeting
from tests.tui.facilitator.helpers import (
    close_meeting,
    document_text,
    languages,
    press,
    said,
    settle,
    shown,
    sizes,
)


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def big_rows(app, text: str) -> list[str]:
    """``text`` as the digits' font draws it, one string per row."""
    font = app.screen.digits.font
    glyphs = [font.glyphs[char].split("\n") for char in text]
    return ["".join(row) for row in zip(*glyphs, strict=True)]


async def twenty_seconds_each(pilot) -> None:
    await press(pilot, "3", "t", "backspace", "backspace")
    await pilot.press("2", "0")
    await press(pilot, "enter")


@languages
@sizes
async def test_past_zero_the_digits_count_on_and_the_list_marks_it(
    store, clock, make_app, lang, size
):
    meeting = make_meeting(store, clock, people=["Fatima", "Jan", "Els"])
    app = make_app(meeting_id=meeting.session.id)
    app.monotonic = mono = FakeMonotonic()
    async with app.run_test(size=size) as pilot:
        await twenty_seconds_each(pilot)
        await press(pilot, "space")  # Fatima speaks
        mono.now += 20
        app.screen.tick()  # what the screen's one-second timer does
        await settle(pilot)
        assert app.screen.digits.lines() == big_rows(app, "0:00")
        mono.now += 14.2
        app.screen.tick()
        await settle(pilot)
        screen = shown(app)
        rows = big_rows(app, "+0:14")
        assert all(row.rstrip() in screen for row in rows), "+0:14 in the big digits"
        assert said("TIME") in screen
        await press(pilot, "n")  # on to Jan: Fatima's turn is kept
        spoke = shown(app).splitlines()
        line = next(row for row in spoke if row.startswith(f" {said('spoke:')}"))
        assert "Fatima " + said("{spoke} (+{over} over)", spoke="0:34", over="0:14") in line
        await press(pilot, "space")  # Jan keeps to his time: nothing is marked
        mono.now += 12
        await press(pilot, "n")
        assert "Jan 0:12 ·" in shown(app) or "Jan 0:12 " in shown(app)
        assert "Jan 0:12 (+" not in shown(app)
        share = app.meeting.session.gratitude[0]
        assert (share.spoke_seconds, share.allotted_seconds) == (34.2, 20.0)
        await close_meeting(app, pilot)
        await press(pilot, "6")
        await app.workers.wait_for_complete()
        await press(pilot, "enter")  # the minutes of the closed meeting
        text = " ".join(document_text(app, size[0] - 4).split())
        over = said("{spoke}, {over} s over the {allotted} s", spoke="34 s", over=14, allotted="20")
        assert f"Fatima {over}" in text
        assert "Jan 12 s" in text and "Jan 12 s," not in text


def test_a_turn_within_its_time_or_from_older_minutes_says_only_how_long():
    from coprod_tui.model import GratitudeShare

    assert GratitudeShare("Els", spoke_seconds=19.9, allotted_seconds=20).time_text() == "20 s"
    assert GratitudeShare("Els", spoke_seconds=34.0).time_text() == "34 s"
    late = GratitudeShare("Els", spoke_seconds=34.0, allotted_seconds=20)
    assert late.time_text() == "34 s, 14 s over the 20 s"
    assert (
        GratitudeShare("Els", spoke_seconds=34.0, passed=True, allotted_seconds=20).over_seconds
        == 0
    )
