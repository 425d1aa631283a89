"""KeyedTable: a list brought up to date by key touches only the rows that changed; and the
cards screen of a 1,000-card meeting changes one row when one card changes."""

from __future__ import annotations

from collections import Counter

import pytest
from rich.text import Text
from textual.app import App, ComposeResult

from coprod_tui.model import Card
from coprod_tui.tui.screens.inbox import CardTable
from coprod_tui.tui.widgets.keyed_table import KeyedTable
from tests.support import make_meeting
from tests.textual_view import screen_text

COLUMNS = ("name", "state")


def spy(table: KeyedTable, monkeypatch) -> Counter:
    calls: Counter = Counter()
    for name in ("add_row", "remove_row", "update_cell", "clear", "sort"):
        real = getattr(table, name)

        def counted(*args, _real=real, _name=name, **kwargs):
            calls[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(table, name, counted)
    return calls


def shown(table: KeyedTable) -> list[list[str]]:
    return [[str(cell) for cell in table.get_row_at(n)] for n in range(table.row_count)]


class OneTable(App[None]):
    def compose(self) -> ComposeResult:
        yield KeyedTable()

    def on_mount(self) -> None:
        table = self.query_one(KeyedTable)
        for column in COLUMNS:
            table.add_column(column, key=column)


def row(key: str, state: str) -> tuple[str, tuple[Text, Text]]:
    return key, (Text(key.title()), Text(state))


async def test_only_what_changed_is_touched(monkeypatch):
    app = OneTable()
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(KeyedTable)
        rows = [row("ann", "new"), row("bob", "new"), row("cas", "new")]
        table.show_rows(rows, COLUMNS)
        calls = spy(table, monkeypatch)
        rows[1] = row("bob", "discussed")
        table.show_rows(rows, COLUMNS)
        assert calls == Counter(update_cell=1)  # bob's state only: his name is equal
        calls.clear()
        rows.insert(0, row("dan", "new"))  # newest first: on top
        table.show_rows(rows, COLUMNS)
        assert calls == Counter(add_row=1, sort=1)
        await pilot.pause()
        assert shown(table) == [
            ["Dan", "new"],
            ["Ann", "new"],
            ["Bob", "discussed"],
            ["Cas", "new"],
        ]
        calls.clear()
        del rows[1]
        table.show_rows(rows, COLUMNS)
        assert calls == Counter(remove_row=1)
        assert table.keys_shown == ["dan", "bob", "cas"]
        calls.clear()
        table.show_rows(list(rows), COLUMNS)
        assert calls == Counter()  # nothing changed: nothing touched


async def test_rows_whose_first_cells_are_one_object_still_keep_their_order():
    app = OneTable()
    async with app.run_test(size=(60, 12)):
        table = app.query_one(KeyedTable)
        same = Text("x")
        table.show_rows([("a", (same, Text("1"))), ("b", (same, Text("2")))], COLUMNS)
        table.show_rows([("b", (same, Text("2"))), ("a", (same, Text("1")))], COLUMNS)
        assert [cells[1] for cells in shown(table)] == ["2", "1"]


async def test_one_card_changed_in_a_thousand_card_meeting_is_one_row_changed(
    store, make_app, monkeypatch
):
    meeting = make_meeting(store, cards=[])
    meeting.receive_cards([Card(text=f"Idea {n}: soup with garden herbs") for n in range(1000)])
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        table = app.screen.query_one(CardTable)
        assert table.row_count == 1000
        calls = spy(table, monkeypatch)
        await pilot.press("t")  # the selected card: discussed
        await pilot.pause()
        assert calls == Counter(update_cell=1)
        assert app.meeting.session.cards[0].state == "discussed"
        calls.clear()
        await pilot.press("s")  # newest first: the same rows, in the other order
        await pilot.pause()
        assert calls == Counter(sort=1)
        calls.clear()
        app.meeting.receive_cards([Card(text="The newest idea")])
        await pilot.pause()
        assert calls == Counter(add_row=1, sort=1)
        assert str(table.get_row_at(0)[3]).startswith("The newest idea")


async def test_a_list_that_keeps_changing_keeps_two_screenfuls_of_renderings():
    """DataTable keys its renderings by its count of changes, so a change makes every one
    it keeps useless; it kept up to 1,000 lines and 10,000 cells, walked by every garbage
    collection (tui/heap.py). A list with cards arriving keeps about two screenfuls."""
    app = OneTable()
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(KeyedTable)
        rows = [row(f"k{n:03}", "new") for n in range(40)]
        for _ in range(80):
            rows.insert(0, row(f"k{len(rows):03}", "new"))  # on top: every line drawn anew
            table.show_rows(rows, COLUMNS)
            await pilot.pause()
        assert shown(table)[0] == ["K119", "new"]
        screenfuls = 2 * 24  # the table is 12 lines high: 24 is the least it keeps
        assert 0 < len(table._line_cache) <= screenfuls
        assert len(table._row_render_cache) <= screenfuls
        assert len(table._cell_render_cache) <= screenfuls * 4


async def test_rows_keep_their_order_after_their_first_cells_changed_or_went():
    """The sort finds a row by its first cell: one that was replaced, or that belonged to a
    row since removed (and may be handed to another row), still leads to the right row."""
    app = OneTable()
    async with app.run_test(size=(60, 12)):
        table = app.query_one(KeyedTable)
        ann, bob, cas = row("ann", "new"), row("bob", "new"), row("cas", "new")
        table.show_rows([ann, bob, cas], COLUMNS)
        renamed = ("bob", (Text("Robert"), bob[1][1]))
        table.show_rows([ann, renamed, cas], COLUMNS)
        table.show_rows([cas, renamed, ann], COLUMNS)
        assert shown(table) == [["Cas", "new"], ["Robert", "new"], ["Ann", "new"]]
        table.show_rows([cas, renamed], COLUMNS)
        dan = ("dan", (ann[1][0], Text("new")))  # ann's old first cell, now dan's
        table.show_rows([dan, renamed, cas], COLUMNS)
        assert shown(table) == [["Ann", "new"], ["Robert", "new"], ["Cas", "new"]]
        assert table.keys_shown == ["dan", "bob", "cas"]


def thousand_card_app(store, make_app):
    meeting = make_meeting(store, cards=[])
    meeting.receive_cards([Card(text=f"Idea {n}: soup with garden herbs") for n in range(1000)])
    return make_app(meeting_id=meeting.session.id)


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_oldest_first_a_new_card_goes_to_the_end_and_the_cursor_stays_put(
    store, make_app, monkeypatch, size
):
    app = thousand_card_app(store, make_app)
    async with app.run_test(size=size) as pilot:
        meeting = app.meeting
        await pilot.press("2")
        await pilot.pause()
        table = app.screen.query_one(CardTable)
        for _ in range(5):
            await pilot.press("down")
        await pilot.pause()
        on = app.screen.selected_id
        assert meeting.session.card(on).text.startswith("Idea 5:")
        calls = spy(table, monkeypatch)
        meeting.receive_cards([Card(text="A late idea from the hallway")])
        await pilot.pause()
        assert calls == Counter(add_row=1)  # at the end: nothing sorted, no other row touched
        assert table.row_count == 1001
        assert str(table.get_row_at(1000)[3]).startswith("A late idea")
        assert table.cursor_row == 5
        assert app.screen.selected_id == on
        assert "Idea 5:" in str(app.screen.query_one("#card-detail-text").render())
        assert "1001 new" in screen_text(app)


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_newest_first_a_new_card_goes_on_top_and_the_cursor_keeps_its_card(
    store, make_app, monkeypatch, size
):
    app = thousand_card_app(store, make_app)
    async with app.run_test(size=size) as pilot:
        meeting = app.meeting
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("s", "ctrl+home")  # newest first, from the top
        for _ in range(3):
            await pilot.press("down")
        await pilot.pause()
        table = app.screen.query_one(CardTable)
        on = app.screen.selected_id
        assert meeting.session.card(on).text.startswith("Idea 996:")
        calls = spy(table, monkeypatch)
        meeting.receive_cards([Card(text="A late idea from the hallway")])
        await pilot.pause()
        assert calls == Counter(add_row=1, sort=1)
        assert str(table.get_row_at(0)[3]).startswith("A late idea")
        assert table.cursor_row == 4  # one row down: the same card
        assert app.screen.selected_id == on
        assert "Idea 996:" in str(app.screen.query_one("#card-detail-text").render())
