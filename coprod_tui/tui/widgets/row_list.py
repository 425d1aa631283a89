"""A long list of rows drawn a line at a time: only the rows in view are ever rendered.

DataTable measures every cell of every row it is given, so showing 1,000 rows costs hundreds of
milliseconds. A ``RowList`` keeps its rows as a plain list of items and asks ``cells(item)`` for
an item's cells only when its line is drawn; column widths come from the widget's width (fixed
widths, and flexible columns sharing what is left), never from the cells. So ``show(items)``
costs a copy of the list, and ``extend(items)`` (a list filling in as it is read) costs the new
items only and repaints only the lines they land on (the scrollbar when the count changes).

Keys: up/down, page up/page down, home/end move the cursor, enter selects; a click highlights a
row, a click on the highlighted row selects it. The cursor row is in reverse video, so it reads
without colour too (NO_COLOR, 16 colours). ``Highlighted``/``Selected`` are posted like
DataTable's ``RowHighlighted``/``RowSelected``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer

Item = TypeVar("Item")
Cell = str | Text
PADDING = 1  # a space either side of every cell, as DataTable draws them
HEADER = 1  # lines above the rows (the column labels), never scrolled
# While rows are appended, the scrollbar's thumb follows at most this often (seconds): redrawing
# the scrollbar for every batch of a list filling in costs more than the rows appended.
SCROLLBAR_EVERY = 0.5


@dataclass(frozen=True)
class Column:
    """``width``: cells of text; ``flexible``: also takes a share of the room the fixed columns
    leave (the label always fits)."""

    label: str
    width: int = 0
    flexible: bool = False
    justify: Literal["left", "right"] = "left"


def column_widths(columns: Sequence[Column], room: int) -> list[int]:
    """The text width of each column in ``room`` cells (padding not included)."""
    widths = [max(column.width, cell_len(column.label)) for column in columns]
    flexible = [n for n, column in enumerate(columns) if column.flexible]
    spare = room - sum(widths) - 2 * PADDING * len(columns)
    if flexible and spare > 0:
        share, extra = divmod(spare, len(flexible))
        for rank, n in enumerate(flexible):
            widths[n] += share + (1 if rank < extra else 0)
    return widths


def _one_line(cell: Cell) -> Text:
    text = Text(cell) if isinstance(cell, str) else cell.copy()
    if "\n" in text.plain or "\t" in text.plain:  # same length: the spans stay where they were
        text.plain = text.plain.replace("\n", " ").replace("\t", " ")
    return text


class RowMessage(Message):
    def __init__(self, row_list: RowList, row: int, item: object) -> None:
        super().__init__()
        self.row_list, self.row, self.item = row_list, row, item

    @property
    def control(self) -> RowList:
        return self.row_list


class RowList(ScrollView, Generic[Item], can_focus=True):
    """A list of ``items`` under a header of ``columns``; ``cells(item)`` gives a row's cells."""

    COMPONENT_CLASSES = {"row-list--header", "row-list--cursor"}
    DEFAULT_CSS = """
    RowList { height: 1fr; overflow-x: hidden; overflow-y: auto; background: $surface; }
    RowList > .row-list--header { text-style: bold; color: $text-muted; }
    RowList > .row-list--cursor { text-style: reverse; }
    RowList:focus > .row-list--cursor { text-style: bold reverse; }
    """
    BINDINGS = [
        Binding("up", "cursor_up", show=False),
        Binding("down", "cursor_down", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("pagedown", "page_down", show=False),
        Binding("home", "first", show=False),
        Binding("end", "last", show=False),
        Binding("enter", "select", show=False),
    ]

    class Highlighted(RowMessage):
        """The cursor moved to ``row`` (``item``)."""

    class Selected(RowMessage):
        """Enter, or a click on the highlighted row."""

    def __init__(
        self,
        cells: Callable[[Item], Sequence[Cell]],
        columns: Sequence[Column] = (),
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._cells = cells
        self._columns = list(columns)
        self._items: list[Item] = []
        self._cursor = 0
        self._lines: dict[tuple[int, bool], Strip] = {}  # drawn rows, until anything changes
        self._drawn_for: tuple[int, bool] = (0, False)  # (width, focused) of those lines
        self._thumb_moved = 0.0  # when the scrollbar last followed the count
        self._thumb_timer: Timer | None = None

    # --- what is shown -----------------------------------------------------------------------
    @property
    def items(self) -> Sequence[Item]:
        return self._items

    @property
    def row_count(self) -> int:
        return len(self._items)

    @property
    def cursor_row(self) -> int:
        return self._cursor

    @property
    def highlighted(self) -> Item | None:
        return self._items[self._cursor] if self._items else None

    def cells_at(self, row: int) -> Sequence[Cell]:
        """The cells of the row at ``row``, as ``cells`` gives them (before they are cut to fit)."""
        return self._cells(self._items[row])

    @property
    def widths(self) -> list[int]:
        """The text width of each column as drawn now."""
        return column_widths(self._columns, self.scrollable_content_region.width)

    def set_columns(self, columns: Sequence[Column]) -> None:
        self._columns = list(columns)
        self._forget()

    def show(self, items: Sequence[Item]) -> None:
        """Show ``items`` instead; the cursor keeps its row (within the new count)."""
        self._items = list(items)
        self._cursor = min(self._cursor, max(0, len(self._items) - 1))
        self._forget()
        self._count_changed()

    def extend(self, items: Sequence[Item]) -> None:
        """Add ``items`` at the end; only the lines they land on are drawn again."""
        if not items:
            return
        first = len(self._items)
        self._items.extend(items)
        self._count_changed(now=False)
        top = round(self.scroll_y)
        seen = self._rows_in_view()
        if first < top + seen:
            self._refresh_rows(first, min(top + seen, len(self._items)))

    def move_cursor(self, row: int) -> None:
        """Put the cursor on ``row`` (kept within the list) and scroll it into view."""
        row = max(0, min(row, len(self._items) - 1))
        if row == self._cursor:
            self._scroll_into_view()
            return
        before, self._cursor = self._cursor, row
        self._refresh_rows(before, before + 1)
        self._refresh_rows(row, row + 1)
        self._scroll_into_view()
        self.post_message(self.Highlighted(self, row, self._items[row]))

    # --- keys and the mouse ------------------------------------------------------------------
    def action_cursor_up(self) -> None:
        self.move_cursor(self._cursor - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(self._cursor + 1)

    def action_page_up(self) -> None:
        self.move_cursor(self._cursor - max(1, self._rows_in_view()))

    def action_page_down(self) -> None:
        self.move_cursor(self._cursor + max(1, self._rows_in_view()))

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(len(self._items) - 1)

    def action_select(self) -> None:
        if self._items:
            self.post_message(self.Selected(self, self._cursor, self._items[self._cursor]))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < HEADER:
            return
        row = round(self.scroll_y) + offset.y - HEADER
        if row >= len(self._items):
            return
        event.stop()
        if row == self._cursor:
            self.action_select()
        else:
            self.move_cursor(row)

    def on_resize(self) -> None:
        self._forget()

    def on_focus(self) -> None:
        self._refresh_rows(self._cursor, self._cursor + 1)

    def on_blur(self) -> None:
        self._refresh_rows(self._cursor, self._cursor + 1)

    # --- drawing -----------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        drawn_for = (width, self.has_focus)
        if drawn_for != self._drawn_for:
            self._lines.clear()
            self._drawn_for = drawn_for
        base = self.rich_style
        if y < HEADER:
            labels = [column.label for column in self._columns]
            return self._strip(
                labels, width, base + self.get_component_rich_style("row-list--header")
            )
        row = round(self.scroll_y) + y - HEADER
        if row >= len(self._items):
            return Strip.blank(width, base)
        cursor = row == self._cursor
        line = self._lines.get((row, cursor))
        if line is None:
            over = self.get_component_rich_style("row-list--cursor") if cursor else None
            line = self._strip(self._cells(self._items[row]), width, base, over)
            if len(self._lines) > 4 * max(self.size.height, 1):
                self._lines.clear()
            self._lines[(row, cursor)] = line
        return line

    def _strip(
        self, cells: Sequence[Cell], width: int, style: Style, over: Style | None = None
    ) -> Strip:
        """One line: ``style`` under the cells' own styles, ``over`` (the cursor) above them."""
        line = Text(no_wrap=True, end="")
        pad = " " * PADDING
        for cell, column, room in zip(
            cells, self._columns, column_widths(self._columns, width), strict=False
        ):
            text = _one_line(cell)
            if text.cell_len > room:  # cut, and marked as cut (without a space before the mark)
                text.truncate(max(0, room - 1))
                text.rstrip()
                text.append("…")
            if column.justify == "right":
                text.pad_left(room - text.cell_len)
            else:
                text.pad_right(room - text.cell_len)
            line.append(pad)
            line.append_text(text)
            line.append(pad)
        segments = list(Segment.apply_style(line.render(self.app.console), style, over))
        return Strip(segments).adjust_cell_length(width, style)

    # --- keeping the view in step ------------------------------------------------------------
    def _rows_in_view(self) -> int:
        return max(0, self.scrollable_content_region.height - HEADER)

    def _count_changed(self, *, now: bool = True) -> None:
        """``now``: the scrollbar's thumb follows at once, else within SCROLLBAR_EVERY."""
        size = Size(self.virtual_size.width, len(self._items) + HEADER)
        if (size.height > self.container_size.height) != self.show_vertical_scrollbar:
            self.virtual_size = size  # the scrollbar comes or goes: the widget is laid out again
            self._thumb_moved = time.monotonic()
            return
        # Otherwise only the scrollbar's thumb changes: no layout, no repaint of the rows.
        self.set_reactive(RowList.virtual_size, size)
        if not self.show_vertical_scrollbar:
            return
        wait = SCROLLBAR_EVERY - (time.monotonic() - self._thumb_moved)
        if now or wait <= 0:
            self._move_thumb()
        elif self._thumb_timer is None:
            self._thumb_timer = self.set_timer(wait, self._move_thumb)

    def _move_thumb(self) -> None:
        if self._thumb_timer is not None:
            self._thumb_timer.stop()
            self._thumb_timer = None
        self._thumb_moved = time.monotonic()
        self.vertical_scrollbar.window_virtual_size = self.virtual_size.height

    def _forget(self) -> None:
        self._lines.clear()
        self.refresh()

    def _refresh_rows(self, first: int, stop: int) -> None:
        top = round(self.scroll_y)
        start, end = max(first, top), min(stop, top + self._rows_in_view())
        if start < end:
            width = self.scrollable_content_region.width
            for row in range(start, end):
                self._lines.pop((row, True), None)
                self._lines.pop((row, False), None)
            self.refresh(Region(0, start - top + HEADER, width, end - start))

    def _scroll_into_view(self) -> None:
        top, seen = round(self.scroll_y), self._rows_in_view()
        if self._cursor < top:
            self.scroll_to(y=self._cursor, animate=False)
        elif seen and self._cursor >= top + seen:
            self.scroll_to(y=self._cursor - seen + 1, animate=False)
