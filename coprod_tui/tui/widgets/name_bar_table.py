"""A row table whose cursor bar covers the columns that name a row, not every column.

On a wide table a bar across the whole row recolours every cell of two rows on each cursor
move: at 100 columns, with 256 colours, about 260 B, more than the rest of the screen's change
(the detail panel) together. Over the columns that say which row it is (an action's key element
and what; a question's number and text) the bar is as easy to follow and costs half that, so a
cursor move fits in 400 B on a slow link (bench/keypress_bytes.py). The detail below the table
shows the rest of the row.
"""

from __future__ import annotations

from typing import Any

from rich.segment import Segment
from rich.style import Style
from textual.coordinate import Coordinate
from textual.widgets import DataTable
from textual.widgets.data_table import CursorType, RowDoesNotExist, RowKey


class NameBarTable(DataTable[Any]):
    def __init__(self, *args: Any, bar_columns: int, **kwargs: Any) -> None:
        super().__init__(*args, cursor_type="row", **kwargs)
        self.bar_columns = bar_columns  # the leading columns the cursor bar covers

    # Private in Textual 8 (textual>=8.2,<9): tests/tui/test_textual_contract.py checks them.
    def _should_highlight(
        self, cursor: Coordinate, target_cell: Coordinate, type_of_cursor: CursorType
    ) -> bool:
        if type_of_cursor == "row" and target_cell.column >= self.bar_columns:
            return False
        return super()._should_highlight(cursor, target_cell, type_of_cursor)

    def _render_line_in_row(
        self,
        row_key: RowKey,
        line_no: int,
        base_style: Style,
        cursor_location: Coordinate,
        hover_location: Coordinate,
    ) -> tuple[list[list[Segment]], list[list[Segment]]]:
        fixed, scrollable = super()._render_line_in_row(
            row_key, line_no, base_style, cursor_location, hover_location
        )
        on_cursor = self.cursor_type == "row" and self._is_row(row_key, cursor_location.row)
        if on_cursor and len(scrollable) > 1 and scrollable[-2]:  # a last column to match
            # The blank past the last column takes the bar's colours on the cursor row; here
            # it takes the last cell's background, as on every other row.
            (blank,) = scrollable[-1]
            last_cell = scrollable[-2][-1].style or Style()
            meta = blank.style.meta if blank.style else {}
            scrollable[-1] = [
                Segment(blank.text, Style(bgcolor=last_cell.bgcolor) + Style.from_meta(meta))
            ]
        return fixed, scrollable

    def _is_row(self, row_key: RowKey, index: int) -> bool:
        try:
            return self.get_row_index(row_key) == index
        except RowDoesNotExist:  # the header
            return False
