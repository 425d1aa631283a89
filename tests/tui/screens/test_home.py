"""The home screen as a facilitator uses it: projects, meetings, open, start from a plan."""

from __future__ import annotations

from textual.widgets import DataTable, OptionList

from tests.support import make_meeting
from tests.textual_view import notices


async def test_home_lists_projects_and_meetings(store, clock, make_app):
    meeting = make_meeting(store, clock, cards=[("Fresh soup", "Jan")])
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        projects = app.screen.query_one("#projects", OptionList)
        assert projects.option_count == 1
        assert "Kookgroep De Linde (1)" in str(projects.get_option_at_index(0).prompt)
        table = app.screen.query_one("#meetings", DataTable)
        assert table.row_count == 1
        row = table.get_row_at(0)
        assert row[1].plain.endswith(meeting.session.title)
        assert row[2] == "planned"


async def test_new_project_then_new_meeting_from_a_plan(store, clock, make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("a")
        await pilot.press(*"Cliëntenraad Noord")
        await pilot.press("enter")
        await pilot.pause()
        assert [p.name for p in store.projects()] == ["Cliëntenraad Noord"]
        await pilot.press("n")
        await pilot.pause()
        participants = app.screen.query_one("#participants")
        participants.value = "Anna (resident), Bert, Carla"
        app.screen.query_one("#receiver").value = "Bert"
        await pilot.click("#ok")
        await pilot.pause()
        assert app.meeting is not None
        session = app.meeting.session
        assert [p.name for p in session.participants] == ["Anna", "Bert", "Carla"]
        assert session.participants[0].role == "resident"
        assert session.receiver == "Bert"
        assert session.agenda, "the plan's agenda was copied"
        assert store.summary(session.id)["status"] == "planned"


async def test_closed_meeting_opens_read_only(store, clock, make_app):
    meeting = make_meeting(store, clock)
    meeting.start()
    clock.advance(minutes=30)
    meeting.close()
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.switch_mode("home")
        await pilot.pause()
        app.screen.query_one("#meetings", DataTable).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "MeetingView"
        assert app.meeting is None, "a closed meeting does not become the open one"
        await pilot.press("escape")
        assert type(app.screen).__name__ == "HomeScreen"


async def test_help_shows_the_screens_keys_and_closes_with_escape(store, clock, make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        text = str(app.screen.query_one("Static").render())
        assert "New meeting" in text and "^p  Command palette" in text
        assert "Scroll Left" not in text
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"


async def test_switching_language_remembers_it_and_restarts(store, clock, make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.switch_language("nl")
        await pilot.pause()
    assert app.return_value == "relaunch:nl"
    assert store.setting("language") == "nl"


async def test_the_meetings_table_fits_at_80_columns(store, clock, make_app):
    make_meeting(store, clock)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#meetings", DataTable)
        assert table.region.right <= 80
        assert table.virtual_size.width <= table.region.width + 1, "no hidden columns at 80x24"


async def test_notices_show_user_text_literally(store, clock, make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.notify("[bold red]URGENT[/] :warning:")
        app.notify("[/] closing first")
        await pilot.pause()
        assert [n.markup for n in notices(app)] == [False, False]


async def test_tab_switches_between_the_projects_and_the_meetings(store, clock, make_app):
    make_meeting(store, clock)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.focused is app.screen.query_one("#projects", OptionList)
        await pilot.press("tab")
        assert app.focused is app.screen.query_one("#meetings", DataTable)
        await pilot.press("tab")
        assert app.focused is app.screen.query_one("#projects", OptionList)
