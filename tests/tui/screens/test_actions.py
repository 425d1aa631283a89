"""The action plan as a facilitator uses it: add, edit, complete, drop, review carried actions."""

from __future__ import annotations

from datetime import date

import pytest
from rich.text import Text
from textual.widgets import DataTable, Input, Select, Static

from coprod_tui.meeting import Workspace
from coprod_tui.store.minutes import read_minutes
from coprod_tui.store.plans import load_plan, plans_dir
from coprod_tui.tui.screens.action_dialogs import ActionForm, ReviewDialog
from coprod_tui.tui.screens.actions import ActionsScreen
from tests.support import hostile_texts, make_meeting

SHOWN_HOSTILE = {
    "Rich markup must show literally",
    "CSI clear screen + cursor home",
    "wide CJK and emoji (cell width 2)",
    "1 MB paste",
    "only whitespace",
}


def shown(app, selector: str) -> str:
    content = app.screen.query_one(selector, Static).content
    return content.plain if isinstance(content, Text) else str(content)


def rows(app) -> list[list[str]]:
    table = app.screen.query_one("#actions", DataTable)
    return [[cell.plain for cell in table.get_row_at(i)] for i in range(table.row_count)]


def stored(store, meeting):
    return store.load_meeting(meeting.session.id).actions


async def open_actions(app, pilot):
    await pilot.press("5")
    await pilot.pause()
    assert isinstance(app.screen, ActionsScreen)


async def fill(pilot, app, **values: str) -> None:
    """Put text in the form's fields as if typed (long texts are set, not typed key by key)."""
    for name, value in values.items():
        field = app.screen.query_one(f"#{name}", Input)
        field.value = value
    await pilot.pause()


async def test_add_an_action_with_the_form(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_actions(app, pilot)
        assert "No actions yet" in shown(app, "#detail-text")
        await pilot.press("a")
        assert isinstance(app.screen, ActionForm)
        await pilot.press("enter", "down", "down", "down", "enter")  # Assets → Networks
        assert app.screen.query_one("#element", Select).value == "networks"
        await pilot.press("tab", *"Invite", "tab", *"E", "right")
        assert app.screen.query_one("#who", Input).value == "Els", "participants are suggested"
        await pilot.press("tab", *"+2w", "tab")
        assert "2026-12-07" in shown(app, "#date-hint")
        await pilot.press(*"3 came", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)
        (action,) = stored(store, meeting)
        assert (action.element, action.what, action.who) == ("networks", "Invite", "Els")
        assert action.by_when == date(2026, 12, 7)
        assert action.how_known == "3 came"
        assert rows(app) == [["Networks", "Invite", "Els", "2026-12-07", "3 came", "open"]]
        assert "1 open · 0 overdue" in shown(app, "#actions-title")


async def test_smart_warnings_are_confirmed_not_walls(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_actions(app, pilot)
        await pilot.press("a", "tab", *"Soup", "tab", *"we", "enter")
        await pilot.pause()
        problems = shown(app, "#problems")
        assert "names no one in particular" in problems
        assert "no date" in problems and "is empty" in problems
        assert stored(store, meeting) == []
        await pilot.press("enter")  # the group agrees to it as it is
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)
        (action,) = stored(store, meeting)
        assert (action.who, action.by_when, action.how_known) == ("we", None, "")


async def test_nonsense_dates_are_refused_until_fixed(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_actions(app, pilot)
        await pilot.press("a")
        await fill(pilot, app, what="Map skills", who="Jan", how="a list")
        for nonsense, message in (("31-02-2026", "has 28 days"), ("soon", "is not a date")):
            await fill(pilot, app, **{"by-when": nonsense})
            assert message in shown(app, "#date-hint")
            app.screen.query_one("#by-when", Input).focus()
            await pilot.press("enter", "enter")
            await pilot.pause()
            assert isinstance(app.screen, ActionForm), "a nonsense date cannot be confirmed"
            assert message in shown(app, "#problems")
        await fill(pilot, app, **{"by-when": "1-12-2026"})
        await pilot.press("enter")
        await pilot.pause()
        assert stored(store, meeting)[0].by_when == date(2026, 12, 1)

        # A date in the past is a warning the facilitator can confirm past.
        await pilot.press("a")
        await fill(pilot, app, what="Tell the board", who="Kees", how="minutes")
        await fill(pilot, app, **{"by-when": "20-11-2026"})
        app.screen.query_one("#how", Input).focus()
        await pilot.press("enter")
        assert "in the past" in shown(app, "#problems")
        await pilot.press("enter")
        await pilot.pause()
        assert stored(store, meeting)[1].by_when == date(2026, 11, 20)
        assert [r[-1] for r in rows(app)] == ["open", "OVERDUE"]
        assert "1 overdue" in shown(app, "#actions-title")


async def test_edit_complete_drop_and_reopen(store, clock, make_app):
    meeting = make_meeting(store, clock)
    first = meeting.add_action("assets", "Map skills", "Jan", date(2026, 12, 7), "a list")
    second = meeting.add_action(
        "catalysts", "Ask kitchen for herbs", "Priya", date(2026, 12, 14), "on the menu"
    )
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_actions(app, pilot)
        await pilot.press("enter")  # edit the selected (first) row
        assert isinstance(app.screen, ActionForm)
        assert app.screen.query_one("#what", Input).value == "Map skills"
        await pilot.press("tab")
        app.screen.query_one("#who", Input).value = ""
        await pilot.press(*"Jan, Els", "enter")
        await pilot.pause()
        assert store.load_meeting(meeting.session.id).action(first.id).who == "Jan, Els"

        await pilot.press("c")
        await pilot.pause()
        assert store.load_meeting(meeting.session.id).action(first.id).status == "done"
        assert rows(app)[0][-1] == "done"

        await pilot.press("down", "d")
        await pilot.pause()
        assert "Ask kitchen for herbs" in shown(app, "Static")  # the confirmation names it
        await pilot.press("n")  # no: nothing changes
        await pilot.pause()
        assert store.load_meeting(meeting.session.id).action(second.id).status == "open"
        await pilot.press("d", "y")
        await pilot.pause()
        assert store.load_meeting(meeting.session.id).action(second.id).status == "dropped"

        await pilot.press("f")
        await pilot.pause()
        assert rows(app) == [], "open only: the done and the dropped one are hidden"
        assert "showing open only" in shown(app, "#actions-title")
        await pilot.press("f", "o")
        await pilot.pause()
        assert store.load_meeting(meeting.session.id).action(second.id).status == "open"
        await pilot.press("e", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen), "escape leaves the form unchanged"


async def test_grouped_by_key_element_in_toolkit_order(store, clock, make_app):
    meeting = make_meeting(store, clock)
    meeting.add_action("catalysts", "C1", "Priya")
    meeting.add_action("assets", "A1", "Jan")
    meeting.add_action("catalysts", "C2", "Els")
    meeting.add_action("assets", "A2", "Kees")
    card_action = meeting.card_to_action(meeting.add_card("Soup on Fridays", "Jan").id, "networks")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_actions(app, pilot)
        assert [(r[0], r[1]) for r in rows(app)] == [
            ("Assets", "A1"),
            ("", "A2"),
            ("Networks", "Soup on Fridays"),
            ("Catalysts", "C1"),
            ("", "C2"),
        ]
        assert "Capabilities, Mutuality, Blur roles" in shown(app, "#review-banner")
        await pilot.press("down", "down")
        assert "from an opportunity card" in shown(app, "#detail-text")
        assert meeting.session.action(card_action.id).card_id is not None


async def test_carry_over_across_two_meetings(store, clock, make_app):
    first = make_meeting(store, clock)
    done = first.add_action("assets", "Map skills", "Jan", date(2026, 12, 7), "a list")
    kept = first.add_action("networks", "Invite the neighbours", "Els", date(2026, 12, 1))
    dropped = first.add_action("catalysts", "Ask for herbs", "Priya")
    first.start()
    first_minutes = first.close()
    first_bytes = first_minutes.read_bytes()
    clock.advance(minutes=28 * 24 * 60)
    second = Workspace(store, clock=clock).new_meeting(
        first.project, load_plan(plans_dir() / "standard.yaml"), title="Maandoverleg december"
    )
    fresh = second.add_action("mutuality", "Cook together", "Fatima", date(2027, 1, 10), "a dinner")

    app = make_app(meeting_id=second.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_actions(app, pilot)
        assert "to review: 3" in shown(app, "#review-banner")
        table = rows(app)
        assert [r[1] for r in table] == [
            "Map skills",
            "Invite the neighbours",
            "Ask for herbs",
            "Cook together",
        ]
        assert [r[-1] for r in table] == ["to review", "to review", "to review", "open"]
        assert "from the earlier meeting 2026-11-23" in shown(app, "#detail-text")

        await pilot.press("r")
        assert isinstance(app.screen, ReviewDialog)
        assert "(1 of 3)" in shown(app, ".dialog-title")
        assert "Map skills" in shown(app, "#review-action")
        await pilot.press("up", "tab", *"list is on the wall", "enter")  # done, with a note
        await pilot.pause()
        assert "(2 of 3)" in shown(app, ".dialog-title")
        await pilot.press("enter")  # still open (the default)
        await pilot.pause()
        await pilot.press("down", "enter")  # dropped
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)
        assert "to review" not in shown(app, "#review-banner")
        by_what = {r[1]: r for r in rows(app)}
        assert by_what["Map skills"][-1] == "done"
        assert by_what["Invite the neighbours"][-1] == "OVERDUE"  # 2026-12-01 < 2026-12-21
        assert by_what["Invite the neighbours"][3] == "2026-12-01!"
        assert by_what["Ask for herbs"][-1] == "dropped"

    here = {a.id: a for a in stored(store, second)}
    assert here[done.id].status == "done" and "list is on the wall" in here[done.id].review
    assert here[kept.id].status == "open" and "still open" in here[kept.id].review
    assert here[dropped.id].status == "dropped"
    assert here[fresh.id].review == ""

    there = {a.id: a for a in stored(store, first)}
    assert all(there[a].status == "open" and not there[a].review for a in (done.id, dropped.id))
    assert first_minutes.read_bytes() == first_bytes, "the earlier minutes are not rewritten"

    reopened = Workspace(store, clock=clock).open_meeting(second.session.id)
    reopened.start()
    in_second_minutes = {a.id: a for a in read_minutes(reopened.close()).session.actions}
    assert in_second_minutes[done.id].status == "done"
    assert "list is on the wall" in in_second_minutes[done.id].review


async def test_a_closed_meeting_is_read_only(store, clock, make_app):
    meeting = make_meeting(store, clock)
    meeting.add_action("assets", "Map skills", "Jan")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_actions(app, pilot)
        meeting_in_app = app.meeting
        meeting_in_app.start()
        meeting_in_app.close()
        await pilot.pause()
        assert "read-only" in shown(app, "#actions-title")
        await pilot.press("a", "c")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)
        assert store.load_meeting(meeting.session.id).actions[0].status == "open"


async def test_hostile_texts_are_stored_as_plain_text_or_refused(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_actions(app, pilot)
        # Every hostile text goes through the same checks in tests/model/test_smart.py; here a
        # few kinds go through the form to the table and the detail panel.
        for what, text in [case for case in hostile_texts() if case[0] in SHOWN_HOSTILE]:
            before = len(stored(store, meeting))
            await pilot.press("a")
            assert isinstance(app.screen, ActionForm), what
            await fill(pilot, app, what=text, who=text[:300], how=text, **{"by-when": "+1w"})
            app.screen.query_one("#how", Input).focus()
            await pilot.press("enter")
            await pilot.pause()
            if isinstance(app.screen, ActionForm) and "SMART" in shown(app, "#problems"):
                await pilot.press("enter")  # confirm past the warnings
                await pilot.pause()
            if isinstance(app.screen, ActionForm):
                assert shown(app, "#problems").startswith("Not saved yet"), what
                assert len(stored(store, meeting)) == before, what
                await pilot.press("escape", "y")  # what was typed goes, after asking
                await pilot.pause()
                continue
            actions = stored(store, meeting)
            assert len(actions) == before + 1, what
            # Only newlines and the emoji joiner (kept by the model's clean_text) are not printable.
            assert all(ch.isprintable() or ch in "\n\u200d" for ch in actions[-1].what), what
            assert actions[-1].what in shown(app, "#detail-text"), what
        whats = [r[1] for r in rows(app)]
        assert any(w.startswith("[bold red]URGENT[/]") for w in whats), "markup is text"
        assert "before[2J[Hafter" in whats, "the escape characters are gone, the rest is text"


async def test_usable_at_80_by_24(store, clock, make_app):
    meeting = make_meeting(store, clock)
    long_what = "Map the cooking skills of every resident and share them at the next meeting " * 3
    meeting.add_action(
        "blur_roles",
        long_what.strip(),
        "Mohamed",
        date(2026, 11, 1),
        "a list of ten skills on the wall",
    )
    for number in range(15):
        meeting.add_action("assets", f"Action {number}", "Jan", date(2026, 12, 7), "seen")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_actions(app, pilot)
        table = app.screen.query_one("#actions", DataTable)
        widths = sum(column.get_render_width(table) for column in table.columns.values())
        assert widths <= 80, "all six columns fit side by side"
        for selector in ("#actions-title", "#actions", "#action-detail", "#actions-hint"):
            region = app.screen.query_one(selector).region
            assert region.height >= 1 and region.bottom <= 24, selector
        await pilot.press("ctrl+end")  # the long, overdue action is the last row (blur roles)
        await pilot.pause()
        assert rows(app)[-1][1].endswith("…"), "the table shortens it"
        assert rows(app)[-1][-1] == "OVERDUE"
        detail = shown(app, "#detail-text")
        assert long_what.strip() in detail, "the panel shows it in full"
        assert "OVERDUE (22 days)" in detail
        await pilot.press("e")
        form = app.screen.query_one("#save")
        assert form.region.bottom <= 24 and form.region.height >= 1, "the form fits at 80×24"


async def test_dutch(store, clock, make_app):
    from coprod_tui.i18n import set_language

    set_language("nl")
    meeting = make_meeting(store, clock)
    meeting.add_action("mutuality", "Samen koken", "Fatima", date(2026, 11, 1), "een etentje")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_actions(app, pilot)
        assert rows(app)[0][0] == "Wederkerigheid"
        assert rows(app)[0][-1] == "TE LAAT"
        assert "1 open · 1 te laat" in shown(app, "#actions-title")


def marked_labels(app, selector: str) -> list[str]:
    """The field labels shown marked (bold reverse): the one beside the field with the focus."""
    return [str(label.render()) for label in app.screen.query(selector) if label.rich_style.reverse]


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_form_marks_the_label_of_the_field_being_typed_in(store, clock, make_app, size):
    app = make_app(meeting_id=make_meeting(store, clock).session.id)
    async with app.run_test(size=size) as pilot:
        await open_actions(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, ActionForm)
        seen = []
        for _ in range(5):
            seen.append(marked_labels(app, ".row > Label"))
            await pilot.press("tab")
            await pilot.pause()
        assert seen == [
            ["Key element"],
            ["What will we do"],
            ["Who will do it"],
            ["By when"],
            ["How will we know"],
        ]


async def test_the_review_marks_its_note_label_only_while_typing_a_note(store, clock, make_app):
    first = make_meeting(store, clock)
    first.add_action("assets", "Map skills", "Jan")
    first.start()
    first.close()
    second = Workspace(store, clock=clock).new_meeting(
        first.project, load_plan(plans_dir() / "standard.yaml"), title="Maandoverleg december"
    )
    app = make_app(meeting_id=second.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_actions(app, pilot)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ReviewDialog)
        assert marked_labels(app, ".note-row > Label") == []
        await pilot.press("tab")
        await pilot.pause()
        assert marked_labels(app, ".note-row > Label") == ["Note (optional)"]
        await pilot.press("shift+tab")
        await pilot.pause()
        assert marked_labels(app, ".note-row > Label") == []
