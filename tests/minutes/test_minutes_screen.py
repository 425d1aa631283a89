"""The minutes screen as a facilitator uses it: browse, open, search, export; and the read-only
structured view that home opens for a closed meeting."""

from __future__ import annotations

import io

from rich.console import Console
from textual.widgets import DataTable, Static

from coprod_tui.model import clean_text
from coprod_tui.tui.widgets.minutes_document import MinutesDocument
from coprod_tui.tui.widgets.row_list import RowList
from tests.minutes.helpers import closed_meeting
from tests.support import hostile_texts, make_meeting
from tests.textual_view import notices, screen_lines


def shown(widget: Static, width: int = 220) -> str:
    """The text a Static shows, as plain text (Rich renderables rendered like on screen)."""
    console = Console(width=width, file=io.StringIO(), color_system=None, legacy_windows=False)
    console.print(widget.content)
    return console.file.getvalue()


def document_text(app) -> str:
    document = app.screen.query_one(MinutesDocument)
    return "\n".join(shown(static) for static in document.query(Static))


def cells(table: RowList, row: int) -> list[str]:
    return [str(cell) for cell in table.cells_at(row)]


async def open_minutes(app, pilot) -> RowList:
    await pilot.press("6")
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert type(app.screen).__name__ == "MinutesScreen"
    return app.screen.query_one("#minutes-table", RowList)


async def test_browse_lists_meetings_and_an_unreadable_file_with_its_reason(store, clock, make_app):
    older = closed_meeting(store, clock, cards=[("Herbs from the garden", None)])
    newer = closed_meeting(store, clock, project_name="Cliëntenraad Noord")
    (store.paths.minutes / "from-a-colleague.yaml").write_text("schema: 1\ntitle: [oops\n")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_minutes(app, pilot)
        assert table.row_count == 3
        assert cells(table, 0)[:3] == ["—", "⚠ unreadable", "from-a-colleague.yaml"]
        detail = shown(app.screen.query_one("#minutes-detail", Static))
        assert "cannot be read: from-a-colleague.yaml, line 3" in detail
        assert cells(table, 1) == [
            newer.session.date.isoformat(),
            "Cliëntenraad Noord",
            newer.session.title,
            "1",
            "1",
        ]
        assert cells(table, 2)[0] == older.session.date.isoformat()
        title = shown(app.screen.query_one("#minutes-title", Static))
        assert "2 meetings · ⚠ 1 unreadable" in title

        await pilot.press("enter")  # the unreadable file: its reason, nothing opens
        await pilot.pause()
        assert type(app.screen).__name__ == "MinutesScreen"

        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "MeetingView"
        text = document_text(app)
        assert "Herbs from the garden" in text and "anonymous" in text
        assert "12 min (+2)" in text and "14:00–14:12" in text, "the agenda's actual times"
        assert "Fatima" in text and "The sun this morning" in text
        assert "6 Co-designing  ◀ median" in text
        assert "Map residents' cooking skills" in text
        await pilot.press("escape")
        assert type(app.screen).__name__ == "MinutesScreen"


async def test_search_shows_context_and_enter_opens_the_meeting_at_the_match(
    store, clock, make_app
):
    closed_meeting(store, clock, cards=[("Ask the cook about fresh SOUP on Fridays", "Jan")])
    closed_meeting(store, clock, cards=[("Bus times", None)], note="Nothing about food")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_minutes(app, pilot)
        await pilot.press("slash", *"fresh soup", "enter")
        await pilot.pause()
        assert table.has_focus
        assert table.row_count == 1
        row = cells(table, 0)
        assert row[2] == "card"
        assert row[3] == "Ask the cook about [fresh SOUP] on Fridays"
        title = shown(app.screen.query_one("#minutes-title", Static))
        assert "search: fresh soup · 1 result in 1 meeting" in title

        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "MeetingView"
        text = document_text(app)
        assert "Ask the cook about [fresh SOUP] on Fridays" in text
        assert "Search: fresh soup" in text
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert table.row_count == 1, "back from the meeting, the results are still there"

        await pilot.press("slash", "ctrl+u", *"soup", "enter")  # a card and two postcards
        await pilot.pause()
        assert table.row_count == 3
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert "Jan: Today I am grateful for the [soup]" in document_text(app)
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert table.cursor_row == 2

        await pilot.press("escape")  # clears the search: the list again
        await pilot.pause()
        assert table.row_count == 2 and cells(table, 0)[2].startswith("Co-production")


async def test_search_as_you_type_and_nothing_found(store, clock, make_app):
    closed_meeting(store, clock)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = await open_minutes(app, pilot)
        await pilot.press("slash", *"SUN")
        await pilot.pause(0.4)
        assert table.row_count == 1 and "[sun]" in cells(table, 0)[-1]
        assert any("[sun]" in line for line in screen_lines(app)), "the match fits on screen"
        await pilot.press(*"flower", "enter")
        await pilot.pause()
        assert table.row_count == 0
        detail = shown(app.screen.query_one("#minutes-detail", Static))
        assert "No minutes mention 'SUNflower'" in detail


async def test_export_writes_markdown_and_says_where(store, clock, make_app):
    meeting = closed_meeting(store, clock)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await open_minutes(app, pilot)
        await pilot.press("x")
        await pilot.pause()
        (notice,) = notices(app)
        written = store.paths.root / "exports" / store.summary(meeting.session.id)["minutes"]
        written = written.with_suffix(".md")
        assert str(written) in notice.message
        assert written.read_text().startswith(f"# {meeting.session.title}\n")


async def test_hostile_texts_show_as_plain_text_in_list_search_and_view(store, clock, make_app):
    cards = [(text[:2000], None) for _, text in hostile_texts() if clean_text(text)]
    closed_meeting(store, clock, cards=cards, note="[bold red]URGENT[/] :warning:")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = await open_minutes(app, pilot)
        await pilot.press("slash", *"URGENT", "enter")
        await pilot.pause()
        # At 80 columns the text around the match is cut to fit: the markup still shows as text.
        assert any("red][URGENT][/]" in cells(table, r)[-1] for r in range(table.row_count))
        assert any("red][URGENT][/]" in line for line in screen_lines(app))
        await pilot.press("enter")
        await pilot.pause()
        text = document_text(app)
        assert "[bold red][URGENT][/] please read [link=https://example.org]this[/link]" in text
        assert ":warning: :thumbs_up: stays text" in text
        assert "\x1b" not in text


async def test_home_opens_a_closed_meeting_in_the_same_structured_view(store, clock, make_app):
    closed_meeting(store, clock, cards=[("Herbs from the garden", "Priya")])
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.switch_mode("home")
        await pilot.pause()
        app.screen.query_one("#meetings", DataTable).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "MeetingView"
        text = document_text(app)
        assert "── Agenda" in text and "── Opportunity cards (1)" in text
        assert "Herbs from the garden" in text and "Priya" in text
        assert "── Action plan" in text


async def test_a_readiness_note_is_found_and_shown_in_the_meeting(store, clock, make_app):
    meeting = make_meeting(store, clock)
    meeting.answer_question("networks.1", "not_yet", "we never met the neighbours' club")
    meeting.start()
    meeting.close()
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_minutes(app, pilot)
        await pilot.press("slash", *"neighbours", "enter")
        await pilot.pause()
        assert cells(table, 0)[2] == "readiness"
        await pilot.press("enter")
        await pilot.pause()
        text = document_text(app)
        assert "── Readiness check" in text
        assert "  Networks — not yet · 1 of 3 answered · 1 gap" in text
        assert "the group: not yet — we never met the [neighbours]' club" in text
