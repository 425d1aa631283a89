"""The agenda as a facilitator runs a meeting on it, with a fake clock."""

from __future__ import annotations

from textual.widgets import Input, Static, TextArea

from coprod_tui.model import ValidationError, clean_text
from coprod_tui.store.journal_storage import read_meeting_tables
from coprod_tui.store.minutes import read_minutes
from coprod_tui.tui.screens.agenda import AgendaScreen
from coprod_tui.tui.widgets.agenda_table import AgendaTable, owner_text
from tests.support import hostile_texts, make_meeting
from tests.textual_view import notices


def stored(store, meeting_id):
    """The meeting as its file and journal hold it, as plain JSON (what survives the app)."""
    data = read_meeting_tables(store.paths.meeting(meeting_id))
    assert data is not None
    return data["session"]["1"]


def row(app, index):
    return [cell.plain for cell in app.screen.query_one(AgendaTable).get_row_at(index)]


def agenda_only(app):
    """Keep the other tools' screens out, so moving to an item stays on the agenda."""
    for mode in list(app.tools):
        if mode != "agenda":
            del app.tools[mode]


def shown(app, selector):
    return str(app.screen.query_one(selector, Static).render())


async def test_a_whole_meeting_on_the_agenda(store, clock, make_app):
    meeting = make_meeting(store, clock)
    meeting_id = meeting.session.id
    app = make_app(meeting_id=meeting_id)
    async with app.run_test(size=(100, 30)) as pilot:
        agenda_only(app)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AgendaScreen)
        assert "not started" in shown(app, "#agenda-clock")
        assert shown(app, "#agenda-title") == "Co-production group meeting · Kookgroep De Linde"

        await pilot.press("space")  # start: the first item's clock runs
        assert stored(store, meeting_id)["status"] == "running"
        assert row(app, 0)[0] == "▶1" and row(app, 0)[-1] == "running"
        clock.advance(minutes=12, seconds=5)
        screen.tick()
        await pilot.pause()
        assert row(app, 0)[3] == "12:05 +3 min", "over-run said in words"
        assert "ends ~15:12 (+2 min late)" in shown(app, "#agenda-clock")

        await pilot.press("n")  # next: the first is done, the second runs by itself
        assert row(app, 0)[3] == "12 min +2 min" and row(app, 0)[-1] == "done"
        assert row(app, 1)[0] == "▶2" and row(app, 1)[-1] == "running"
        clock.advance(minutes=5)
        screen.tick()
        await pilot.pause()
        assert row(app, 1)[3] == "5:00"
        assert "planned 70 min · used 17 min · item 2 of 5" in shown(app, "#agenda-totals")

        await pilot.press("space")  # pause: the header says so and the clock stops
        assert "paused 14:17" in shown(app, "#agenda-clock")
        clock.advance(minutes=10)
        screen.tick()
        await pilot.press("space")  # resume
        assert "now 14:27" in shown(app, "#agenda-clock")
        assert row(app, 1)[3] == "5:00", "the pause did not count for the item"

        # reorder: the action plan (4) moves above the ladder (3); the cursor is on item 2
        await pilot.press("down", "down", "ctrl+up")
        assert row(app, 2)[1] == "Action plan"
        assert [i["title"] for i in stored(store, meeting_id)["agenda"]][2] == "Action plan"
        await pilot.press("ctrl+down")
        assert row(app, 3)[1] == "Action plan"

        # notes and decisions of the selected item, typed in place
        await pilot.press("up", "up")  # item 2, the running one
        await pilot.press("tab")
        assert screen.query_one("#notes", TextArea).has_focus
        await pilot.press(*"Jan: soup")
        await pilot.press("tab", *"Ask the cook", "escape")
        assert screen.query_one(AgendaTable).has_focus
        item = stored(store, meeting_id)["agenda"][1]
        assert (item["notes"], item["decisions"]) == ("Jan: soup", "Ask the cook")

        # add an item after the selected one, edit it, delete it with a confirmation
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one("#item-title", Input).value = "Herbs from the garden"
        app.screen.query_one("#item-minutes", Input).value = "7"
        await pilot.press("enter")
        await pilot.pause()
        assert row(app, 2)[1:3] == ["Herbs from the garden", "7 min"]
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#item-title", Input).value = "Herbs and soup"
        await pilot.press("enter")
        await pilot.pause()
        assert row(app, 2)[1] == "Herbs and soup"
        await pilot.press("d")
        await pilot.pause()
        assert 'Delete item 3 "Herbs and soup"?' in str(app.screen.query_one(Static).render())
        await pilot.press("n")  # no: nothing happens
        assert row(app, 2)[1] == "Herbs and soup"
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert "Herbs and soup" not in [i["title"] for i in stored(store, meeting_id)["agenda"]]

        # close: confirmation, then the minutes are on disk with the minutes used
        clock.advance(minutes=8)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert stored(store, meeting_id)["status"] == "closed"
        assert "closed (read-only)" in shown(app, "#agenda-totals")
        assert not screen.check_action("next_item", ())
        await pilot.press("n")  # nothing changes now
        summary = store.summary(meeting_id)
        minutes = read_minutes(store.paths.minutes / summary["minutes"])
        agenda = {i.title: i for i in minutes.session.agenda}
        at = minutes.session.closed_at
        assert agenda["Welcome and gratitude round"].used_seconds(at) == 12 * 60 + 5
        assert agenda["Opportunity cards"].used_seconds(at) == 13 * 60
        assert agenda["Opportunity cards"].notes == "Jan: soup"
        assert agenda["Action plan"].used_seconds(at) == 0
        assert [i.title for i in minutes.session.agenda][2] == "Ladder: where are we?"


async def test_fits_at_80_by_24(store, clock, make_app):
    meeting = make_meeting(store, clock)
    meeting.start()
    clock.advance(minutes=12)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        agenda_only(app)
        await pilot.pause()
        screen = app.screen
        table = screen.query_one(AgendaTable)
        assert sum(c.get_render_width(table) for c in table.ordered_columns) <= 80
        assert table.region.height >= 7, "header and the five items are visible"
        clock_region = screen.query_one("#agenda-clock").region
        assert clock_region.right <= 80 and clock_region.width >= len(
            shown(app, "#agenda-clock")
        ), "the clock text is never cut"
        assert "(+2 min late)" in shown(app, "#agenda-clock")
        for selector in ("#agenda-totals", "#agenda-people", "#agenda-notes"):
            region = screen.query_one(selector).region
            assert region.bottom <= 23 and region.height >= 1
        assert row(app, 0)[3] == "12:00 +2 min"


async def test_wide_screen_shows_owner_and_more_notes(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(200, 60)) as pilot:
        agenda_only(app)
        await pilot.pause()
        table = app.screen.query_one(AgendaTable)
        assert "owner" in [str(c.label) for c in table.ordered_columns]
        assert row(app, 1)[5] == "Els", "the cards item belongs to the card receiver"
        assert app.screen.query_one("#agenda-notes").region.height >= 10


async def test_enter_opens_the_tool_or_edits(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # item 1 has a tool: opens it, or says it is not there
        await pilot.pause()
        if "gratitude" in app.tools:
            assert app.current_mode == "gratitude"
        else:
            assert app.current_mode == "agenda" and isinstance(app.screen, AgendaScreen)
        app.switch_mode("agenda")
        await pilot.pause()
        app.meeting.add_item("No tool here", 5)
        await pilot.press("end", "enter")
        await pilot.pause()
        assert app.screen.query_one("#item-title", Input).value == "No tool here"


async def test_next_item_opens_its_tool_screen(store, clock, make_app):
    from textual.screen import Screen
    from textual.widgets import Label

    from coprod_tui.tui.tools import Tool

    class CardsStandIn(Screen):
        def compose(self):
            yield Label("cards")

    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        if "cards" not in app.tools:  # a stand-in where the inbox screen is not built
            app.tools["cards"] = Tool("cards", "2", "Cards", "tests.tui.screens", "CardsStandIn")
            app.add_mode("cards", CardsStandIn)
        await pilot.pause()
        meeting = app.meeting  # the app's own meeting object, which the screen listens to
        meeting.start()
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert app.current_mode == "cards", "the item's tool is open, its clock runs"
        assert meeting.current().title == "Opportunity cards" and meeting.current().running
        app.switch_mode("agenda")
        await pilot.pause()
        assert row(app, 1)[0] == "▶2"


async def test_every_agenda_action_is_in_the_command_palette(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Move down")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert row(app, 1)[1] == "Welcome and gratitude round"
        assert stored(store, meeting.session.id)["agenda"][1]["title"] == row(app, 1)[1]


async def test_participants_and_receiver_dialog(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        agenda_only(app)
        await pilot.pause()
        assert "Card receiver: Els" in shown(app, "#agenda-people")
        await pilot.press("r")
        await pilot.pause()
        assert app.screen.query_one("#receiver", Input).has_focus
        app.screen.query_one("#receiver", Input).value = "nobody here"
        await pilot.press("enter")
        await pilot.pause()
        assert "not one of the participants" in str(app.screen.query_one("#error").render())
        app.screen.query_one("#people", Input).value = "Anna (resident), Bert, Carla"
        app.screen.query_one("#receiver", Input).value = "bert"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AgendaScreen)
        assert "Card receiver: Bert" in shown(app, "#agenda-people")
        assert "Participants (3): Anna · Bert · Carla" in shown(app, "#agenda-people")
        assert stored(store, meeting.session.id)["receiver"] == "Bert"


async def test_the_clock_ticks_only_while_running(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        agenda_only(app)
        await pilot.pause()
        screen = app.screen
        assert not screen.ticking
        await pilot.press("space")
        assert screen.ticking
        await pilot.press("space")
        assert not screen.ticking
        await pilot.press("space", "f1")  # running, but another screen is in front
        await pilot.pause()
        assert not screen.ticking
        await pilot.press("escape")
        await pilot.pause()
        assert screen.ticking


# A few hostile inputs go through the dialogs as typed; all of them through the service
# and onto the screen (a dialog round trip costs ~0.3 s on a busy machine).
THROUGH_DIALOGS = (
    "Rich markup must show literally",
    "CSI clear screen + cursor home",
    "1 MB paste",
)


def some_hostile_texts():
    return [(what, text) for what, text in hostile_texts() if what in THROUGH_DIALOGS]


def add_or_refuse(meeting, text):
    try:
        return meeting.add_item(text, 5, owner=text)
    except ValidationError as error:
        assert str(error)
        return None


async def test_hostile_item_titles_are_plain_text_or_refused(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(200, 60)) as pilot:
        agenda_only(app)
        await pilot.pause()
        meeting = app.meeting
        for what, text in some_hostile_texts():
            before = len(meeting.session.agenda)
            await pilot.press("end", "a")
            await pilot.pause()
            app.screen.query_one("#item-title", Input).value = text
            app.screen.query_one("#item-owner", Input).value = text[:80]
            await pilot.press("enter")
            await pilot.pause()
            if isinstance(app.screen, AgendaScreen):
                assert len(meeting.session.agenda) == before + 1, what
            else:
                assert str(app.screen.query_one("#error").render()), f"{what}: no message"
                assert len(meeting.session.agenda) == before, what
                await pilot.press("escape", "y")  # asked: throw away what was typed
                await pilot.pause()
        added = [add_or_refuse(meeting, text[:80]) for _, text in hostile_texts()]
        await pilot.pause()
        assert isinstance(app.screen, AgendaScreen)
        for index, item in enumerate(meeting.session.agenda):
            cells = row(app, index)
            assert cells[1] == item.title and cells[5] == owner_text(item, meeting.session)
            assert not any(c in item.title for c in "\x1b\r\x00\u202e"), item.title
        assert "[bold red]URGENT[/] please read [link=https://example.org]this[/link]" in [
            item.title for item in added if item
        ]


async def test_markup_in_a_title_is_never_read_as_markup(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        agenda_only(app)
        await pilot.pause()
        first = app.meeting.session.agenda[0]
        app.meeting.add_item("[b]URGENT[/b] [/] closing tag first", 5, after=first.id)
        await pilot.press("space", "n")  # "Now: 2 · [b]URGENT…" is said in a notification
        await pilot.pause()
        assert row(app, 1)[0:2] == ["▶2", "[b]URGENT[/b] [/] closing tag first"]
        said = [n for n in notices(app) if n.message.startswith("Now: 2 · [b]URGENT")]
        assert said and not said[0].markup, "a title in a notification is plain text"
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, AgendaScreen)
        assert row(app, 1)[0] == "▶2" and row(app, 1)[1] == "Opportunity cards"


async def test_hostile_notes_and_names(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        agenda_only(app)
        await pilot.pause()
        screen = app.screen
        meeting = app.meeting
        item = meeting.session.agenda[0]
        notes = screen.query_one("#notes", TextArea)
        for what, text in some_hostile_texts():
            text = text[:100_000]  # still refused; a 1 MB TextArea costs seconds to wrap
            notes.focus()
            notes.load_text(text)
            await pilot.pause()
            await pilot.press("escape")  # leaving the notes saves them
            await pilot.pause()
            if len(text) <= 20_000:
                assert item.notes == clean_text(text) == notes.text, f"{what}: shown as stored"
            else:
                assert "not saved" in str(notes.border_subtitle), what
            await pilot.press("P")
            await pilot.pause()
            app.screen.query_one("#people", Input).value = f"{text[:500]}, Bert"
            app.screen.query_one("#receiver", Input).value = "Bert"
            await pilot.press("enter")
            await pilot.pause()
            if isinstance(app.screen, AgendaScreen):
                names = meeting.session.participant_names()
                assert names[-1] == "Bert" and all("\x1b" not in n for n in names), what
                assert shown(app, "#agenda-people").startswith("Card receiver: Bert"), what
            else:
                assert str(app.screen.query_one("#error").render()), what
                await pilot.press("escape", "y")  # asked: throw away what was typed
                await pilot.pause()
        notes.focus()
        notes.load_text("final words")
        await pilot.pause()
        await pilot.press("escape")
        assert stored(store, meeting.session.id)["agenda"][0]["notes"] == "final words"
