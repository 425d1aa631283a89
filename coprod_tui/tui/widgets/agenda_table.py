"""The agenda as a table: # · item · planned · used · tool · owner · state.

The current item is marked ``▶`` and bold; an item over its time says ``+N min`` in the used
column (and is styled too, never colour alone). A clock tick changes one cell and repaints
only that cell, not the table.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from coprod_tui.i18n import t
from coprod_tui.meeting.schedule import (
    minutes_text,
    overrun_minutes,
    shows_live,
    state_text,
    used_text,
)
from coprod_tui.model import AgendaItem, Session

CURRENT_MARK = "▶"
COLUMNS = ("number", "title", "planned", "used", "tool", "owner", "state")
MIN_TITLE_WIDTH = 14
WIDE_ENOUGH_FOR_OWNER = 92  # below this the owner column folds away (it is in the edit dialog)


def tool_label(tool: str) -> str:
    """The short name of an item's tool for the table (the dialog shows the full label)."""
    labels = {
        "gratitude": t("gratitude"),
        "cards": t("cards"),
        "ladder": t("ladder"),
        "actions": t("actions"),
        "postcards": t("postcards"),
    }
    return labels.get(tool, "")


def owner_text(item: AgendaItem, session: Session) -> str:
    """The owner; the cards item is the card receiver's unless someone else is named."""
    if item.owner:
        return item.owner
    if item.tool == "cards" and session.receiver:
        return session.receiver
    return ""


def same(shown: object, new: Text) -> bool:
    """Text's own == ignores the base style (bold on/off would look unchanged)."""
    return (
        isinstance(shown, Text)
        and shown.plain == new.plain
        and shown.style == new.style
        and shown.spans == new.spans
    )


class AgendaTable(DataTable):
    DEFAULT_CSS = """
    AgendaTable { height: 1fr; }
    """

    BINDINGS = [  # home/end go to the first/last item (DataTable scrolls sideways)
        Binding("home", "scroll_top", show=False),
        Binding("end", "scroll_bottom", show=False),
    ]
    _quiet = False  # set while one cell changes (DataTable.__init__ already refreshes)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)
        self._layout_width = -1
        self._shown_ids: list[str] = []

    # --- a repaint of one cell only ----------------------------------------------------------
    def refresh(self, *regions: Any, **kwargs: Any) -> AgendaTable:
        if self._quiet:
            return self
        return super().refresh(*regions, **kwargs)

    def set_cell(self, row_key: str, column_key: str, value: Text) -> bool:
        """Change one cell, repainting just that cell (``update_cell`` repaints the table)."""
        if same(self.get_cell(row_key, column_key), value):
            return False
        self._quiet = True
        try:
            self.update_cell(row_key, column_key, value)
        finally:
            self._quiet = False
        self.refresh_coordinate(self.get_cell_coordinate(row_key, column_key))
        return True

    # --- columns ---------------------------------------------------------------------------
    def _column_widths(self, width: int) -> dict[str, int]:
        states = (t("running"), t("paused"), t("done"), t("started"), t("state"))
        tools = [tool_label(key) for key in ("gratitude", "cards", "ladder", "actions")]
        widths = {
            "number": 3,
            "planned": max(cell_len(t("planned")), cell_len(minutes_text(120))),
            "used": max(cell_len(t("used")), cell_len("88:88 +" + minutes_text(88))),
            "tool": max(cell_len(t("tool")), *(cell_len(label) for label in tools)),
            "owner": 12,
            "state": max(cell_len(label) for label in states),
        }
        if width < WIDE_ENOUGH_FOR_OWNER:
            del widths["owner"]
        padding = 2 * self.cell_padding * (len(widths) + 1)
        scrollbar = 2
        widths["title"] = max(MIN_TITLE_WIDTH, width - sum(widths.values()) - padding - scrollbar)
        return widths

    def _lay_out(self) -> None:
        width = self.size.width
        self._layout_width = width
        widths = self._column_widths(width)
        self.clear(columns=True)
        self._shown_ids = []
        labels = {
            "number": "#",
            "title": t("item"),
            "planned": t("planned"),
            "used": t("used"),
            "tool": t("tool"),
            "owner": t("owner"),
            "state": t("state"),
        }
        for key in COLUMNS:
            if key in widths:
                self.add_column(labels[key], width=widths[key], key=key)

    # --- rows ------------------------------------------------------------------------------
    def row_cells(
        self, item: AgendaItem, number: int, session: Session, at: datetime
    ) -> dict[str, Text]:
        current = item.id == session.current_item and not session.closed
        strong = "bold" if current else ""
        used = used_text(item, session, at)
        over = bool(overrun_minutes(item, at, shows_live(item, session)))
        cells = {
            "number": Text(f"{CURRENT_MARK if current else ' '}{number}", style=strong),
            "title": Text(item.title, style=strong, no_wrap=True, overflow="ellipsis"),
            "planned": Text(minutes_text(item.planned_minutes), justify="right"),
            "used": Text(used, style=self._over_style() if over else strong, justify="right"),
            "tool": Text(tool_label(item.tool)),
            "owner": Text(owner_text(item, session), no_wrap=True, overflow="ellipsis"),
            "state": Text(state_text(item, session), style=strong),
        }
        return {key: value for key, value in cells.items() if key in self.columns}

    def _over_style(self) -> str:
        warning = self.app.theme_variables.get("warning")
        return f"bold {warning}" if warning else "bold"

    def show(self, session: Session, at: datetime, select: str | None = None) -> None:
        """Show the agenda; only changed cells are touched when the items stay the same."""
        keep = select or self.selected_id
        if self.size.width != self._layout_width:
            self._lay_out()
        ids = [item.id for item in session.agenda]
        if ids != self._shown_ids:
            self.clear()
            for number, item in enumerate(session.agenda, 1):
                self.add_row(*self.row_cells(item, number, session, at).values(), key=item.id)
            self._shown_ids = ids
        else:
            for number, item in enumerate(session.agenda, 1):
                for key, value in self.row_cells(item, number, session, at).items():
                    if not same(self.get_cell(item.id, key), value):
                        self.update_cell(item.id, key, value)
        if keep in ids:
            self.move_cursor(row=ids.index(keep))

    def tick(self, session: Session, at: datetime) -> None:
        """A clock tick: refresh the used cell of the item whose time runs."""
        for number, item in enumerate(session.agenda, 1):
            if item.running:
                cells = self.row_cells(item, number, session, at)
                self.set_cell(item.id, "used", cells["used"])

    @property
    def selected_id(self) -> str | None:
        if not self.row_count:
            return None
        return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
