"""The People screen (8) as a facilitator uses it, with real keys at 80x24 and 100x30: the circle
of support, one-page profiles, the gratitude diary and the project diary; profiles beside the
agenda's roster and for the speaker of the gratitude round."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt
from textual.widgets import Checkbox, Input, OptionList, SelectionList, Static

from coprod_tui.i18n import set_language
from coprod_tui.meeting.demo import ensure_demo
from coprod_tui.tui.screens.agenda_dialogs import PeopleDialog
from coprod_tui.tui.screens.dialogs import Confirm
from coprod_tui.tui.screens.people import PeopleScreen
from coprod_tui.tui.screens.people_dialogs import (
    CirclePicker,
    DiaryPageDialog,
    MemberDialog,
    ProfileDialog,
    ProfilesBeside,
    RingPicker,
)
from coprod_tui.tui.widgets.circle_rings import CircleRings
from coprod_tui.tui.widgets.key_bar import KeyBar
from coprod_tui.tui.widgets.profile_card import ProfileCard
from tests.support import make_meeting


def shown(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def drawing(screen) -> str:
    return screen.query_one(CircleRings).render().plain


def key_bar(screen) -> str:
    return screen.query_one(KeyBar).render().plain


async def open_people(app, pilot) -> PeopleScreen:
    await pilot.press("8")
    await pilot.pause()
    assert isinstance(app.screen, PeopleScreen)
    return app.screen


async def type_text(pilot, text: str) -> None:
    await pilot.press(*["space" if char == " " else char for char in text])


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_circle_by_keys_add_warn_move_profile_take_part_remove(
    store, clock, make_app, size
):
    meeting = make_meeting(store, clock, people=["Fatima"])
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        screen = await open_people(app, pilot)
        assert "Circle of support · Kookgroep De Linde" in shown(screen, "#people-title")
        assert "a Add" in key_bar(screen) and "m Move" in key_bar(screen)
        assert "a adds someone" in shown(screen, "#member-detail")

        # A group is warned about, in the dialog and after it is saved.
        await pilot.press("a")
        assert isinstance(app.screen, MemberDialog)
        await type_text(pilot, "the managers")
        assert "is a group" in shown(app.screen, "#name-warning")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert "⚠" in shown(screen, "#member-detail")
        assert "the managers⚠" in drawing(screen)

        # Someone with a role: participants by default; moved to the centre: "moved inward".
        await pilot.press("a")
        await type_text(pilot, "Jan")
        await pilot.press("tab")
        await type_text(pilot, "resident")
        await pilot.press("enter")
        await pilot.pause()
        assert meeting.people.circle().member("Jan").ring == "participants"
        assert "▸Jan" in drawing(screen), "the new person is selected, in the drawing too"
        await pilot.press("m")
        assert isinstance(app.screen, RingPicker)
        await pilot.press("1")
        await pilot.pause()
        assert meeting.people.circle().member("Jan").ring == "co_producers"
        assert "moved inward: Jan" in shown(screen, "#people-title")
        assert "circle 1 (co-producers)" in shown(screen, "#member-detail")
        assert "joined in circle 2" in shown(screen, "#member-detail")

        # Jan's one-page profile, written with him.
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ProfileDialog)
        await type_text(pilot, "my soup")
        await pilot.press("tab")
        await type_text(pilot, "my garden")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        profile = meeting.people.profile("Jan")
        assert (profile.appreciated, profile.important, profile.support) == (
            "my soup",
            "my garden",
            "",
        )
        assert "enter: profile" in shown(screen, "#member-detail")

        # Jan takes part in this meeting.
        await pilot.press("t")
        await pilot.pause()
        assert app.meeting.session.participant_names() == ["Fatima", "Jan"]
        assert "in this meeting" in shown(screen, "#member-detail")

        # The group is taken out of the circle, after a confirmation that names it.
        await pilot.press("down")  # past the heading of circle 2
        await pilot.pause()
        assert "the managers" in shown(screen, "#member-detail")
        await pilot.press("d")
        assert isinstance(app.screen, Confirm)
        assert "the managers" in app.screen.question
        await pilot.press("y")
        await pilot.pause()
        assert [m.name for m in meeting.people.circle().members] == ["Jan"]
        assert "the managers" not in drawing(screen)


async def test_refusals_stay_in_the_dialog(store, clock, make_app):
    meeting = make_meeting(store, clock)
    meeting.people.add_to_circle("Jan", "participants")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_people(app, pilot)
        await pilot.press("a")
        await type_text(pilot, "jan")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MemberDialog)
        assert "already in the circle" in shown(app.screen, "#error")
        await pilot.press("escape")
        await pilot.pause()
        assert len(meeting.people.circle().members) == 1


async def test_the_gratitude_diary_and_the_project_diary_by_keys(store, clock, make_app, tmp_path):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_people(app, pilot)
        await pilot.press("g")
        assert "Gratitude diary" in shown(screen, "#people-title")
        assert "a Add a page" in key_bar(screen)
        await pilot.press("a")
        assert isinstance(app.screen, DiaryPageDialog)
        await type_text(pilot, "Els")
        await pilot.press("enter")  # on to the first prompt
        await type_text(pilot, "a cooking day")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("a")
        await pilot.press("tab")  # no name: anonymous
        await type_text(pilot, "new friends")
        await pilot.press("ctrl+s")
        await pilot.pause()
        pages = meeting.people.diary()
        assert [(p.author, p.achieved) for p in pages] == [
            ("Els", "a cooking day"),
            (None, "new friends"),
        ]
        assert "Els" in shown(screen, "#diary-page")

        await pilot.press("x")
        await pilot.pause()
        written = list((store.paths.root / "exports").glob("*.md"))
        assert len(written) == 1
        text = written[0].read_text(encoding="utf-8")
        headings = [
            token.content
            for token in MarkdownIt().parse(text)
            if token.type == "inline" and "Gratitude diary" in token.content
        ]
        assert headings and "a cooking day" in text and "anonymous" in text

        await pilot.press("g")
        assert "Circle of support" in shown(screen, "#people-title")


async def test_the_demo_in_dutch_draws_the_rings_with_dutch_labels(store, make_app):
    set_language("nl")
    app = make_app(meeting_id=ensure_demo(store))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_people(app, pilot)
        title = shown(screen, "#people-title")
        assert "Cirkel van ondersteuning" in title and "Jan, Priya" in title
        picture = drawing(screen)
        for label in ("4 geraadpleegden", "3 betrokkenen", "2 deelnemers", "1 co-producenten"):
            assert label in picture
        options = screen.query_one("#circle-list", OptionList)
        texts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("verantwoordelijk voor het resultaat" in text for text in texts)


async def test_profiles_beside_the_agenda_roster(store, clock, make_app):
    meeting = make_meeting(store, clock, people=["Fatima", "Jan"])
    meeting.people.save_profile("Jan", support="speak one at a time")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ProfilesBeside)
        card = app.screen.query_one(ProfileCard)
        assert "No one-page profile yet" in str(card.render())
        await pilot.press("down")
        await pilot.pause()
        assert "speak one at a time" in str(card.render())
        await pilot.press("e")  # Fatima's profile is written here too
        await pilot.press("up")
        await pilot.pause()
        assert isinstance(app.screen, ProfileDialog)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ProfilesBeside)


async def test_the_speakers_profile_in_the_gratitude_round(store, clock, make_app):
    meeting = make_meeting(store, clock, people=["Fatima", "Jan"])
    meeting.people.save_profile("Jan", important="my grandchildren")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        card = app.screen.query_one("#speaker-profile", ProfileCard)
        assert not card.display
        await pilot.press("i")
        assert card.display and "No one-page profile yet" in str(card.render())
        await pilot.press("n")  # Jan speaks next
        await pilot.pause()
        assert "my grandchildren" in str(card.render())


async def test_participants_picked_from_the_circle_and_newcomers_join_it(store, clock, make_app):
    meeting = make_meeting(store, clock, people=["Fatima"], receiver="Fatima")
    people = meeting.people
    people.add_to_circle("Fatima", "co_producers")
    people.add_to_circle("Mohamed", "participants", role="cook")
    people.add_to_circle("Anja", "consulted")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("P")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PeopleDialog)
        assert dialog.query_one("#welcome", Checkbox).value
        dialog.query_one("#from-circle").press()
        await pilot.pause()
        assert isinstance(app.screen, CirclePicker)
        choices = app.screen.query_one(SelectionList)
        assert choices.option_count == 2, "Fatima is in the meeting already"
        await pilot.press("space", "enter")
        await pilot.pause()
        assert app.screen is dialog
        field = dialog.query_one("#people", Input)
        assert field.value == "Fatima, Mohamed (cook)"
        await pilot.press("end")
        await type_text(pilot, ", Kees")
        assert field.value == "Fatima, Mohamed (cook), Kees", app.focused
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is not dialog, shown(dialog, "#error")
        assert app.meeting.session.participant_names() == ["Fatima", "Mohamed", "Kees"]
    assert people.circle().member("Kees").ring == "participants", "the newcomer joined"


async def test_a_profile_is_exported_and_deleted_from_its_dialog(store, clock, make_app):
    meeting = make_meeting(store, clock)
    people = meeting.people
    people.add_to_circle("Jan", "participants")
    people.save_profile("Jan", support="speak one at a time")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_people(app, pilot)
        listing = screen.query_one("#circle-list", OptionList)
        assert (app.focused, listing.highlighted) == (listing, 3), "Jan, under circle 2"
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ProfileDialog)
        dialog.query_one("#export").press()
        await pilot.pause()
        exported = list((store.paths.root / "exports" / "profiles").glob("*.md"))
        assert len(exported) == 1 and "speak one at a time" in exported[0].read_text("utf-8")
        assert str(exported[0]) in shown(dialog, "#profile-hint")
        dialog.query_one("#delete").press()
        await pilot.pause()
        assert "again" in shown(dialog, "#error"), "a second press is needed"
        assert people.profile("Jan") is not None
        dialog.query_one("#delete").press()
        await pilot.pause()
        assert app.screen is screen
        assert people.profile("Jan") is None and not exported[0].exists()
        assert "enter: write a profile" in shown(screen, "#member-detail")
