"""Dialogs (issue 17): the field with the focus shows it in characters, escape asks before it
throws away what was typed, and every dialog fits at 80×24 with its buttons on screen."""

from __future__ import annotations

import pytest

from coprod_tui.meeting import Workspace
from tests.support import make_meeting
from tests.textual_view import front_text
from tests.tui.facilitator.helpers import languages, press, said, settle, shown, sizes

FOCUS_BAR = "▌"

# (tool key, key that opens the dialog, the dialog, keys that change something in it)
DIALOGS = [
    ("1", "a", "ItemDialog", ["W", "a", "l", "k"]),
    ("2", "a", "AddCardDialog", ["H", "e", "r", "b", "s"]),
    ("4", "a", "ReflectionDialog", ["W", "e"]),
    ("5", "a", "ActionForm", ["tab", "C", "o", "o", "k"]),
    ("h", "n", "NewMeetingDialog", ["tab", "X"]),
]


def confirm_question() -> str:
    return said("Close without saving? What you typed or chose here is lost.")


def one_line(app) -> str:
    """What the screen in front says (of a dialog only its box), its lines joined."""
    return " ".join(" ".join(line.strip(" │") for line in front_text(app).splitlines()).split())


@languages
@sizes
@pytest.mark.parametrize(("tool", "opens", "dialog", "change"), DIALOGS)
async def test_escape_asks_before_throwing_away_what_was_typed(
    store, clock, make_app, lang, size, tool, opens, dialog, change
):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        await press(pilot, tool, opens)
        assert type(app.screen).__name__ == dialog
        await press(pilot, "escape")  # nothing typed yet: it closes at once
        assert type(app.screen).__name__ != dialog
        await press(pilot, opens, *change, "escape")
        assert type(app.screen).__name__ == "Confirm"
        assert confirm_question() in one_line(app)
        await press(pilot, "n")  # no: back to the dialog, what was typed still there
        assert type(app.screen).__name__ == dialog
        assert app.screen.changed()
        await press(pilot, "escape", "y")  # yes: it goes
        assert type(app.screen).__name__ != dialog
    stored = Workspace(store, clock=clock).open_meeting(meeting.session.id).session
    assert len(stored.agenda) == len(meeting.session.agenda) and not stored.cards
    assert not stored.reflections and not stored.actions


@sizes
@pytest.mark.parametrize(("tool", "opens", "dialog"), [d[:3] for d in DIALOGS])
async def test_the_field_with_the_focus_is_marked_without_colour(
    store, clock, make_app, monkeypatch, size, tool, opens, dialog
):
    monkeypatch.setenv("NO_COLOR", "1")
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        await press(pilot, tool, opens)
        assert type(app.screen).__name__ == dialog
        marked = [i for i, line in enumerate(shown(app).splitlines()) if FOCUS_BAR in line]
        assert marked, "the focused field has the bar at its left"
        await press(pilot, "tab")
        moved = [i for i, line in enumerate(shown(app).splitlines()) if FOCUS_BAR in line]
        assert moved and moved != marked, "tab moves the bar to the next field"


@languages
@sizes
async def test_the_new_meeting_dialog_fits_and_offers_the_plan_used_last_time(
    store, clock, make_app, lang, size
):
    make_meeting(store, clock, plan="partner")
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await press(pilot, "h", "n")
        assert type(app.screen).__name__ == "NewMeetingDialog"
        for button in ("#cancel", "#ok"):
            region = app.screen.query_one(button).region
            assert region.height and region.bottom <= size[1], f"{button} is on the screen"
        partner = next(plan for plan in app.screen.plans if plan.key == "partner")
        assert app.screen.query_one("#title").value == str(partner.title)
        assert str(partner.title) in shown(app) and str(partner.name) in shown(app)
        await press(pilot, "tab", "enter")  # Start, from the title field
        await settle(pilot)
        assert app.meeting is not None and app.meeting.session.plan == "partner"


@languages
@sizes
async def test_the_personal_reflection_shows_its_questions_whole(
    store, clock, make_app, lang, size
):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        await press(pilot, "4", "a", "shift+tab", "shift+tab", "shift+tab", "down", "down")
        await press(pilot, "enter")  # the kind: a personal reflection
        questions = [str(q) for q in app.screen.draft().questions()]
        assert len(questions) == 3
        text = one_line(app)
        for number, question in enumerate(questions, 1):
            assert f"{number}. {question}" in text, "each question whole, wrapped if need be"


@languages
@sizes
async def test_every_participant_shows_on_the_agenda(store, clock, make_app, lang, size):
    people = ["Fatima", "Jan", "Mohamed", "Els", "Priya", "Kees", "Annemarie", "Bartholomeus"]
    meeting = make_meeting(store, clock, people=people)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        await press(pilot, "1")
        text = one_line(app)
        assert " · ".join(people) in text
