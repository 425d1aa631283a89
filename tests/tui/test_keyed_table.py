"""KeyedTable: a list brought up to date by key touches only the rows that changed; and the
cards screen of a 1,000-card meeting changes one row when one card changes."""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual.app import App, ComposeResult

from coprod_tui.model import Card
from coprod_tui.tui.screens.inbox import CardTable
from coprod_tui.tui.widgets.keyed_table import KeyedTable
from tests.support import make_meeting

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
