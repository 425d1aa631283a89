"""The card inbox as the card receiver uses it: live cards, states, → action, show to group."""

from __future__ import annotations

import pytest
from rich.text import Text
from textual.widgets import DataTable, Static

from coprod_tui.store import inbox
from coprod_tui.tui.screens.group_view import GroupView
from coprod_tui.tui.screens.inbox import CardTable, InboxScreen
from coprod_tui.tui.screens.inbox_dialogs import AddCardDialog, CardTextArea, ElementChoice
from tests.support import hostile_texts, make_meeting
from tests.textual_view import notices, screen_text

CARDS = [
    ("Can we cook with the herbs from the residents' garden?", None),
    ("Ask the cook about fresh soup on Fridays.", "Jan"),
    ("Meeting on Tuesdays suits carers better than Mondays.", "Priya"),
]


def listed(app) -> list[str]:
    """The card texts in the list, in order (first column of plain cell text: the card)."""
    table = app.screen.query_one(CardTable)
    session = app.meeting.session
    return [session.card(row.key.value).text for row in table.ordered_rows]


def cell(app, row: int, column: int) -> str:
    value = app.screen.query_one(CardTable).get_row_at(row)[column]
    return value.plain if isinstance(value, Text) else str(value)


async def open_inbox(app, pilot) -> InboxScreen:
    await pilot.press("2")
    await pilot.pause()
    assert isinstance(app.screen, InboxScreen)
    return app.screen


async def test_cards_dropped_while_the_inbox_is_open_appear_and_keep_the_selection(
    store, clock, make_app
):
    meeting = make_meeting(store, clock, cards=CARDS)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_inbox(app, pilot)
        await pilot.press("down")
        await pilot.pause()
        selected = screen.selected_id
        assert app.meeting.session.card(selected).author == "Jan"
        inbox.submit_card(store.paths.inbox, "A late idea from the hallway", author="Kees")
        inbox.submit_card(store.paths.inbox, "And one without a name")
        app.collect_inbox()
        await pilot.pause()
        assert listed(app)[-2:] == ["A late idea from the hallway", "And one without a name"]
        assert screen.selected_id == selected
        assert app.screen.query_one(CardTable).cursor_row == 1
        assert "5 new" in screen_text(app)
        assert not list((store.paths.inbox / "new").iterdir()), "collected files are deleted"
        # newest first: the new cards on top, the selection still on Jan's card
        await pilot.press("s")
        await pilot.pause()
        assert listed(app)[0] == "And one without a name"
        assert screen.selected_id == selected
        inbox.submit_card(store.paths.inbox, "Newest of all")
        app.collect_inbox()
        await pilot.pause()
        assert listed(app)[0] == "Newest of all"
        assert screen.selected_id == selected


@pytest.mark.parametrize("watch", [True, False], ids=["inotify", "poll-only"])
async def test_the_app_collects_by_itself(store, clock, make_app, watch):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id, poll_inbox=True, watch_inbox=watch)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_inbox(app, pilot)
        inbox.submit_card(store.paths.inbox, "Handed in over SSH")
        for _ in range(40):  # bounded: at most 40 short pauses
            await pilot.pause(0.05)
            if app.screen.query_one(CardTable).row_count:
                break
        assert listed(app) == ["Handed in over SSH"]
    assert app._inbox_watcher is None, "the watcher is closed with the app"


async def test_every_state_change_is_stored_and_shown(store, clock, make_app):
    meeting = make_meeting(store, clock, cards=CARDS)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_inbox(app, pilot)
        card_id = app.screen.selected_id

        def stored_state() -> str:
            return store.load_meeting(meeting.session.id).card(card_id).state

        for key, state, label in (
            ("enter", "presented", "presented"),
            ("t", "discussed", "discussed"),
            ("x", "parked", "parked"),
            ("u", "new", "new"),
        ):
            await pilot.press(key)
            await pilot.pause()
            assert stored_state() == state
            assert cell(app, 0, 0) == label
            assert app.screen.selected_id == card_id, "the selection stays on the card"
        await pilot.press("enter")
        await pilot.pause()
        assert "1 presented" in screen_text(app)


async def test_the_list_counts_and_filters_by_state(store, clock, make_app):
    meeting = make_meeting(store, clock, cards=CARDS)
    meeting.set_card_state(meeting.session.cards[1].id, "presented")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_inbox(app, pilot)
        shown = screen_text(app)
        assert "receiver: Els" in shown
        assert "2 new · 1 presented · 0 discussed · 0 parked · 0 → action" in shown
        assert listed(app) == [text for text, _ in CARDS]
        assert (cell(app, 0, 2), cell(app, 1, 2)) == ("anonymous", "Jan")
        # the selected (first) card in full beside the list
        detail = app.screen.query_one("#card-detail-text", Static)
        assert "residents' garden?" in str(detail.render())
        await pilot.press("f")  # new only
        await pilot.pause()
        assert len(listed(app)) == 2
        assert "showing: new" in screen_text(app)
        await pilot.press("f")  # presented only
        await pilot.pause()
        assert listed(app) == ["Ask the cook about fresh soup on Fridays."]
        await pilot.press("f", "f")  # parked: none
        await pilot.pause()
        assert listed(app) == []
        assert "No cards in this state" in screen_text(app)
        await pilot.press("f", "f")  # back to all
        await pilot.pause()
        assert len(listed(app)) == 3


async def test_card_to_action_creates_a_linked_action(store, clock, make_app):
    meeting = make_meeting(store, clock, cards=CARDS)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_inbox(app, pilot)
        await pilot.press("A", "escape")  # changed their mind: nothing happens
        await pilot.pause()
        assert not store.load_meeting(meeting.session.id).actions
        await pilot.press("down")
        card_id = app.screen.selected_id
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, ElementChoice)
        shown = screen_text(app)
        assert "Networks" in shown and "Catalysts" in shown
        await pilot.press("down", "down", "down", "enter")  # the fourth: Networks
        await pilot.pause()
        assert isinstance(app.screen, InboxScreen)
        session = store.load_meeting(meeting.session.id)
        card = session.card(card_id)
        (action,) = [a for a in session.actions if a.card_id == card_id]
        assert action.element == "networks"
        assert action.what == card.text
        assert card.state == "action" and card.action_id == action.id
        assert app.meeting.session.action(action.id) is not None
        assert cell(app, 1, 0) == "→ action"
        assert "action under: Networks" in str(
            app.screen.query_one("#card-detail-text", Static).render()
        )
        # a second A or a state key does not make a second action or unlink it
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, InboxScreen)
        await pilot.press("x")
        await pilot.pause()
        session = store.load_meeting(meeting.session.id)
        assert len([a for a in session.actions if a.card_id == card_id]) == 1
        assert session.card(card_id).state == "action"


async def test_show_to_group_shows_presented_cards_only_and_no_anonymous_author(
    store, clock, make_app
):
    meeting = make_meeting(
        store,
        clock,
        cards=[
            ("Cook with garden herbs", None),  # anonymous
            ("Fresh soup on Fridays", "Jan"),
            ("Secret screening note", "Priya"),  # stays new: not for the group
        ],
    )
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_inbox(app, pilot)
        await pilot.press("g")  # nothing presented yet: nothing to see
        await pilot.pause()
        assert "No card has been presented yet." in screen_text(app)
        assert "herbs" not in screen_text(app)
        await pilot.press("escape", "enter", "down", "enter")  # present the first two
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GroupView)
        seen = []
        for _ in range(3):
            shown = screen_text(app)
            seen.append(shown)
            assert "Priya" not in shown and "creening" not in shown
            assert "anonymous" not in shown
            await pilot.press("n")
            await pilot.pause()
        assert any("— Jan" in shown for shown in seen)
        assert any("of 2" in shown for shown in seen)
        view = app.screen
        texts = set()
        for _ in range(2):
            texts.add(app.meeting.session.card(view.card_id).text)
            await pilot.press("n")
            await pilot.pause()
        assert texts == {"Cook with garden herbs", "Fresh soup on Fridays"}
        # the anonymous card's page has no byline at all
        while app.meeting.session.card(view.card_id).author is not None:
            await pilot.press("n")
            await pilot.pause()
        assert str(view.query_one("#group-byline", Static).render()).strip() == ""
        # a card handed in meanwhile does not reach the group view
        inbox.submit_card(store.paths.inbox, "Brand new and unscreened", author="Kees")
        app.collect_inbox()
        await pilot.pause()
        assert "of 2" in screen_text(app)
        assert "Kees" not in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, InboxScreen)
        assert "Brand new and unscreened" in listed(app)


async def test_add_a_paper_card_named_and_anonymous(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_inbox(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, AddCardDialog)
        await pilot.press(*"Soup", "enter", *"Fri")  # a card may have more than one line
        await pilot.press("tab", *"Mo", "enter")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Anon", "ctrl+s")
        await pilot.pause()
        session = store.load_meeting(meeting.session.id)
        assert [(c.text, c.author, c.source) for c in session.cards] == [
            ("Soup\nFri", "Mo", "app"),
            ("Anon", None, "app"),
        ]
        assert listed(app) == ["Soup\nFri", "Anon"]
        assert app.screen.selected_id == session.cards[1].id, "the new card is selected"


async def test_paper_card_refusals_are_clear(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_inbox(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "empty" in str(dialog.query_one("#error", Static).render())
        area = dialog.query_one(CardTextArea)
        area.post_message(__import__("textual.events", fromlist=["Paste"]).Paste("z" * 1_048_576))
        await pilot.pause()
        assert area.text == ""
        error = str(dialog.query_one("#error", Static).render())
        assert "1048576" in error and "2000" in error
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, InboxScreen)
        assert store.load_meeting(meeting.session.id).cards == []


async def test_hostile_card_texts_show_as_plain_text(store, clock, make_app):
    meeting = make_meeting(store, clock)
    for _what, text in hostile_texts():
        try:
            inbox.submit_card(store.paths.inbox, text, author=text[:80])
        except inbox.CardRejected:
            continue
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_inbox(app, pilot)
        app.collect_inbox()
        await pilot.pause()
        session = app.meeting.session
        assert len(listed(app)) == len(session.cards) > 20
        markup_card = next(c for c in session.cards if c.text.startswith("[bold red]"))
        table = app.screen.query_one(CardTable)
        while app.screen.selected_id != markup_card.id:
            await pilot.press("down")
        await pilot.pause()
        assert "[bold red]URGENT[/]" in screen_text(app)
        for row in range(table.row_count):
            for value in table.get_row_at(row):
                plain = value.plain if isinstance(value, Text) else str(value)
                assert all(ch.isprintable() or ch == "\u200d" for ch in plain), repr(plain)
        await pilot.press("space")  # the full card, then back
        await pilot.pause()
        assert "[bold red]URGENT[/]" in screen_text(app)
        await pilot.press("escape")
        await pilot.press("g")  # nothing presented: the group view stays empty
        await pilot.pause()
        assert "No card has been presented yet." in screen_text(app)


async def test_bad_spool_files_are_counted_and_listed(store, clock, make_app):
    meeting = make_meeting(store, clock)
    (store.paths.inbox / "new" / "1.broken.yaml").write_bytes(b"schema: 1\ntext: [unclosed")
    (store.paths.inbox / "new" / "2.[red]x[b].yaml").write_bytes(b"\xff\xfe")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_inbox(app, pilot)
        app.collect_inbox()
        await pilot.pause()
        shown = screen_text(app)
        assert "2 handed-in files could not be read as a card" in shown
        await pilot.press("b")
        await pilot.pause()
        shown = screen_text(app)
        assert "1.broken.yaml" in shown and "2.[red]x[b].yaml" in shown
        assert "not valid UTF-8" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, InboxScreen)


async def test_narrow_terminal_puts_the_card_below_the_list(store, clock, make_app):
    long_text = "Start of a long card. " + "middle " * 150 + "THE END"
    meeting = make_meeting(store, clock, cards=[(long_text, "Jan"), *CARDS])
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_inbox(app, pilot)
        assert screen.has_class("narrow")
        detail = screen.query_one("#card-detail")
        table = screen.query_one(DataTable)
        assert detail.region.y >= table.region.bottom, "below the list"
        assert detail.region.right <= 80
        await pilot.press("space")
        await pilot.pause()
        full = app.screen.query_one("#full-card")
        full.scroll_end(animate=False)
        await pilot.pause()
        assert "THE END" in screen_text(app)
        await pilot.press("escape", "enter", "g")  # present it; the group sees it whole
        await pilot.pause()
        assert app.screen.query_one("#group-text", Static).render().plain == long_text
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_inbox(app, pilot)
        assert not screen.has_class("narrow")
        detail = screen.query_one("#card-detail")
        assert detail.region.x >= screen.query_one(DataTable).region.right


async def test_notice_on_other_screens_without_taking_focus(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        app.switch_mode("home")
        await pilot.pause()
        focused = app.focused
        inbox.submit_card(store.paths.inbox, "one")
        inbox.submit_card(store.paths.inbox, "two")
        app.collect_inbox()
        await pilot.pause()
        assert any("2 new cards arrived" in n.message for n in notices(app))
        assert app.focused is focused
        screen = await open_inbox(app, pilot)
        assert listed(app) == ["one", "two"]
        assert screen.selected_id is not None


async def test_j_opens_the_phone_page_and_escape_comes_back(store, clock, make_app, monkeypatch):
    from coprod_tui.tui.screens.join import JoinScreen

    monkeypatch.setattr(JoinScreen.__init__, "__defaults__", ("127.0.0.1", 0))
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_inbox(app, pilot)
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, JoinScreen)
        page = app.screen.page
        assert page is not None and page.running
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, InboxScreen)
        assert page.running, "escape: back to the cards, the phones can still hand in"
        await pilot.press("j", "j")  # the panel again, then stop
        await pilot.pause()
        assert isinstance(app.screen, InboxScreen)
        assert not page.running
