"""A DataTable brought up to date by key: only the rows that changed are touched.

``show_rows`` takes the rows as they should be (key → cells, in order) and, through DataTable's
public API only, removes the rows that went, adds the new ones, updates the cells that changed
and, when the order is not the one wanted (a new card on top, newest first), sorts the rows
into it. A 1,000-card list with one card changed costs one cell update, not 1,000 new rows.

DataTable keys its renderings by its count of changes, so a change makes every one it keeps a
rendering that can never be used again; it keeps up to 1,000 lines and 10,000 cells. A KeyedTable
keeps about two screenfuls (``RENDERINGS_KEPT``), so the old ones are pushed out, and freed, as
the next ones are made, instead of being carried for the garbage collector to walk (with
tui/heap.py, its pauses in a 1,000-card meeting went from 50-140 ms to ~5 ms of CPU).
Emptying the caches instead would be worse: Textual's LRUCache is a ring, and a ring let go
is garbage only the collector can free.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual.events import Resize
from textual.widgets import DataTable

Cells = tuple[Any, ...]
REBUILD_SHARE = 2  # removing more than 1/2 of the rows: clear and add instead (remove is O(n))
RENDERINGS_KEPT = 2  # screenfuls of rendered lines (and their cells) kept; at least MIN_LINES
MIN_LINES = 24


class KeyedTable(DataTable):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._cells: dict[str, Cells] = {}
        self._order: list[str] = []
        self._owner: dict[int, str] = {}  # id of a row's first cell → its key (the sort's handle)
        self._keep_renderings(MIN_LINES)

    def on_resize(self, event: Resize) -> None:
        self._keep_renderings(event.size.height)

    def _keep_renderings(self, height: int) -> None:
        lines = RENDERINGS_KEPT * max(MIN_LINES, height)
        # Private in Textual 8 (textual>=8.2,<9), checked by tests/tui/test_textual_contract.py.
        for cache in (self._row_render_cache, self._line_cache, self._row_renderable_cache):
            cache.maxsize = lines
        self._cell_render_cache.maxsize = lines * max(4, len(self.columns))

    @property
    def keys_shown(self) -> list[str]:
        return list(self._order)

    def show_rows(self, rows: Sequence[tuple[str, Cells]], columns: Sequence[str]) -> None:
        """Make the table show ``rows`` (key, cells) in this order; ``columns``: column keys.

        A row given the very cells it already shows costs a look-up, so a long list with one
        row new or changed costs about as much as a short one (bench/card_latency.py)."""
        wanted = dict(rows)
        order = [key for key, _ in rows]
        gone = [key for key in self._order if key not in wanted]
        if gone and len(gone) * REBUILD_SHARE > len(self._order):
            self.clear()
            gone = []
        for key in gone:
            self.remove_row(key)
            del self._owner[id(self._cells.pop(key)[0])]
        if gone:
            self._order = [key for key in self._order if key in wanted]
        shown, owner = self._cells, self._owner
        for key, cells in rows:
            old = shown.get(key)
            if old is cells:
                continue
            if owner.get(id(cells[0]), key) != key:  # the order is found by the first cell
                cells = (_copy(cells[0]), *cells[1:])
            if old is None:
                self.add_row(*cells, key=key)
                self._order.append(key)
                stored = cells
            else:
                for column, before, after in zip(columns, old, cells, strict=False):
                    if before is not after and before != after:
                        self.update_cell(key, column, after, update_width=True)
                if old[0] is not cells[0] and old[0] == cells[0]:
                    stored = (old[0], *cells[1:])  # the table keeps its equal first cell
                else:
                    stored = cells
                    del owner[id(old[0])]
            shown[key] = stored
            owner[id(stored[0])] = key
        if self._order != order:
            position = {id(shown[key][0]): n for n, key in enumerate(order)}
            self.sort(key=lambda values: position[id(values[0])])
            self._order = order

    def clear(self, columns: bool = False) -> KeyedTable:
        self._cells, self._order, self._owner = {}, [], {}
        super().clear(columns)
        return self


def _copy(cell: Any) -> Any:
    """An equal cell that is another object."""
    return cell.copy() if isinstance(cell, Text) else Text(str(cell))
