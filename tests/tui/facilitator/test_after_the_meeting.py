"""After the meeting (issue 17): the minutes and their Markdown say what the screen said.

A meeting is run with the keys: a gratitude turn timed, two placements (median 5.5), a
reflection with its author and rung; then closed, opened in the minutes (6) and exported (x).
"""

from __future__ import annotations

import stat

import yaml

from coprod_tui.meeting import Workspace
from coprod_tui.model.toolkit import EXAMPLE_QUESTIONS_WE, TOOLKIT_LADDER
from coprod_tui.store.plans import load_plan, plans_dir
from tests.support import make_meeting
from tests.textual_view import notices
from tests.tui.facilitator.helpers import (
    close_meeting,
    document_text,
    languages,
    place,
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


async def run_and_close_a_meeting(app, pilot, mono: FakeMonotonic) -> None:
    await press(pilot, "3", "space")  # the gratitude round: Fatima speaks
    mono.now += 34.141833340999995
    await press(pilot, "n")
    await press(pilot, "4")  # the ladder
    await place(pilot, 5)
    await place(pilot, 6)
    await press(pilot, "a")  # a reflection: an example of doing WITH, as "we"
    await pilot.press(*"We cook together")
    await press(pilot, "tab", "enter", "down", "down", "enter")  # rung 6, from the list
    await press(pilot, "shift+tab", "shift+tab")
    await pilot.press(*"Els")
    await press(pilot, "ctrl+s")
    await close_meeting(app, pilot)


@languages
@sizes
async def test_minutes_view_and_markdown_keep_the_reflection_median_and_time(
    store, clock, make_app, lang, size
):
    meeting = make_meeting(store, clock, people=["Fatima", "Jan", "Els"])
    app = make_app(meeting_id=meeting.session.id)
    mono = FakeMonotonic()
    app.monotonic = mono
    async with app.run_test(size=size) as pilot:
        await run_and_close_a_meeting(app, pilot, mono)
        await press(pilot, "6")
        await app.workers.wait_for_complete()
        await press(pilot, "enter")  # the meeting's minutes, as the app shows them
        assert type(app.screen).__name__ == "MeetingView"
        text = document_text(app, size[0] - 4)
        heading = f"{said('Example of doing WITH')} ({said('as “we”')}) — Els"
        question = str(EXAMPLE_QUESTIONS_WE[0])
        rung = f"{EXAMPLE_QUESTIONS_WE[1]}\n    6 {TOOLKIT_LADDER.rung(6).label}\n"
        between = said(
            "{median}, between {low} and {high}",
            median="5.5",
            low=TOOLKIT_LADDER.rung(5).label,
            high=TOOLKIT_LADDER.rung(6).label,
        )
        median = f"{said('median')}: {between}"
        assert heading in text and f"{question}\n    We cook together" in text
        assert rung in text, "the rung it was placed on, under its question"
        assert median in text
        assert "34 s" in text
        await press(pilot, "escape", "x")  # export the selected minutes as Markdown
        await settle(pilot)
        exported = next((store.paths.root / "exports").glob("*.md"))
        markdown = exported.read_text(encoding="utf-8")
        assert f"### {heading}" in markdown
        assert f"**{question}**" in markdown and "We cook together" in markdown
        assert median in markdown and f"({TOOLKIT_LADDER.rung(6).label})" not in markdown
        assert stat.S_IMODE(exported.stat().st_mode) == 0o600, "private, like the home"
        assert str(exported) in notices(app)[-1].message
    minutes = next(store.paths.minutes.glob("*.yaml"))
    (share,) = yaml.safe_load(minutes.read_text(encoding="utf-8"))["gratitude"]
    assert share["spoke_seconds"] == 34.1, "a tenth of a second, for people to read"


async def open_the_trend(pilot, size: tuple[int, int]) -> None:
    """The ladder (4); under 100 columns the trend panel is folded away and t shows it."""
    await press(pilot, "4", *(["t"] if size[0] < 100 else []))


def two_meetings_on_one_day(store, clock) -> str:
    """5.5 at 14:00 ("Zomer"), 6 at 19:00 ("Avond") on 23 Nov; then a meeting a week later."""
    workspace = Workspace(store, clock=clock)
    plan = load_plan(plans_dir() / "standard.yaml")
    project = workspace.create_project("Kookgroep De Linde")
    for title, rungs in (("Zomer", (5, 6)), ("Avond", (6, 6))):
        meeting = workspace.new_meeting(project, plan, title=title)
        meeting.start()
        for rung, name in zip(rungs, ("Fatima", "Jan"), strict=True):
            meeting.place(rung, name)
        meeting.close()
        clock.advance(minutes=5 * 60)
    clock.advance(minutes=7 * 24 * 60)
    return workspace.new_meeting(project, plan, title="Next").session.id


@languages
@sizes
async def test_the_trend_orders_two_meetings_of_one_day_by_start_and_labels_them_apart(
    store, clock, make_app, lang, size
):
    app = make_app(meeting_id=two_meetings_on_one_day(store, clock))
    async with app.run_test(size=size) as pilot:
        await open_the_trend(pilot, size)
        # the trend panel, right of the ladder: one row per meeting, "23 Nov 14:00 ████··· 5.5"
        lines = [line.split("│")[-1].strip() for line in shown(app).splitlines()]
        month = "nov" if lang == "nl" else "Nov"
        early = next(i for i, line in enumerate(lines) if line.startswith(f"23 {month} 14:00 "))
        late = next(i for i, line in enumerate(lines) if line.startswith(f"23 {month} 19:00 "))
        assert early < late, "the meeting that started first comes first"
        assert "5.5" in lines[early] and lines[late].endswith(" 6")
        up = said("↑ up {step} since {date}", step="0.5", date=f"23 {month} 14:00")
        assert up in shown(app)


@languages
@sizes
async def test_the_trend_says_in_full_that_there_is_nothing_yet(store, clock, make_app, lang, size):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        await open_the_trend(pilot, size)
        text = " ".join(" ".join(line.split("│")[-1].split()) for line in shown(app).splitlines())
        assert said("No placements yet in this or earlier meetings.") in text
