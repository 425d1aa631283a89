"""A DataTable brought up to date by key: only the rows that changed are touched.

``show_rows`` takes the rows as they should be (key → cells, in order) and, through DataTable's
public API only, removes the rows that went, adds the new ones, updates the cells that changed
and, when the order is not the one wanted (a new card on top, newest first), sorts the rows
into it. A 1,000-card list with one card changed costs one cell update, not 1,000 new rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual.widgets import DataTable

Cells = tuple[Any, ...]
REBUILD_SHARE = 2  # removing more than 1/2 of the rows: clear and add instead (remove is O(n))


class KeyedTable(DataTable):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cells: dict[str, Cells] = {}
        self._order: list[str] = []

    @property
    def keys_shown(self) -> list[str]:
        return list(self._order)

    def show_rows(self, rows: Sequence[tuple[str, Cells]], columns: Sequence[str]) -> None:
        """Make the table show ``rows`` (key, cells) in this order; ``columns``: column keys."""
        wanted = dict(rows)
        order = [key for key, _ in rows]
        gone = [key for key in self._order if key not in wanted]
        if gone and len(gone) * REBUILD_SHARE > len(self._order):
            self.clear()
            self._cells, self._order = {}, []
            gone = []
        for key in gone:
            self.remove_row(key)
            del self._cells[key]
        if gone:
            self._order = [key for key in self._order if key in wanted]
        owner: dict[int, str] = {id(cells[0]): key for key, cells in self._cells.items()}
        for key, cells in rows:
            if owner.get(id(cells[0]), key) != key:  # the order is found by the first cell
                cells = (_copy(cells[0]), *cells[1:])
            old = self._cells.get(key)
            if old is None:
                self.add_row(*cells, key=key)
                self._order.append(key)
                stored = cells
            else:
                kept = []
                for column, before, after in zip(columns, old, cells, strict=False):
                    if before is not after and before != after:
                        self.update_cell(key, column, after, update_width=True)
                        kept.append(after)
                    else:
                        kept.append(before)
                stored = tuple(kept)
            self._cells[key] = stored
            owner[id(stored[0])] = key
        if self._order != order:
            position = {id(self._cells[key][0]): n for n, key in enumerate(order)}
            self.sort(key=lambda values: position[id(values[0])])
            self._order = order

    def clear(self, columns: bool = False) -> KeyedTable:
        self._cells, self._order = {}, []
        super().clear(columns)
        return self


def _copy(cell: Any) -> Any:
    """An equal cell that is another object."""
    return cell.copy() if isinstance(cell, Text) else Text(str(cell))
