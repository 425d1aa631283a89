"""LadderView: a participation ladder drawn top rung first, with a bar per rung and the median.

Shows the count of placements per rung as a bar with the number beside it, the doing TO / FOR /
WITH groups by label and style, and "◀ median" in text beside the median rung (on both rungs
when the median falls between two). With ``pickable=True`` it takes focus and lets the user
choose a rung: ↑/↓ and enter, or the rung's number key; it then posts ``LadderView.Picked``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from coprod_tui.i18n import t
from coprod_tui.model.ladder import format_median, median_rungs
from coprod_tui.model.toolkit import TOOLKIT_LADDER, LadderModel, Rung

BAR = "█"
GROUP_STYLES = {"with": "bold", "for": "", "to": "dim"}
MAX_CELLS_PER_PLACEMENT = 2


def group_heads(model: LadderModel) -> set[int]:
    """The rungs that carry their group's label: the top rung of each group."""
    heads: dict[str, int] = {}
    for rung in model.rungs:
        if rung.group is not None:
            heads[rung.group.key] = max(heads.get(rung.group.key, 0), rung.number)
    return set(heads.values())


def bar_cells(count: int, most: int, room: int) -> int:
    """Cells for a bar of ``count`` when the longest bar is ``most`` and ``room`` cells are free."""
    if count <= 0 or most <= 0 or room <= 0:
        return 0
    per = min(MAX_CELLS_PER_PLACEMENT, room // most)
    if per >= 1:
        return count * per
    return max(1, math.ceil(count * room / most))


def _fit(text: str, width: int) -> str:
    if cell_len(text) <= width:
        return text + " " * (width - cell_len(text))
    out = ""
    for char in text:
        if cell_len(out + char) > width - 1:
            break
        out += char
    return out + "…" + " " * (width - 1 - cell_len(out))


def ladder_lines(
    model: LadderModel,
    counts: Mapping[int, int],
    median: float | None,
    width: int,
    cursor: int | None = None,
    pickable: bool = False,
) -> list[Text]:
    """One line per rung, top rung first, fitted to ``width`` cells."""
    heads = group_heads(model)
    on_median = median_rungs(median)
    marker_whole = t("◀ median")
    marker_half = f"{marker_whole} {format_median(median)}" if median is not None else ""
    marker = marker_whole if median is not None and median.is_integer() else marker_half
    group_width = max((cell_len(str(r.group.label)) for r in model.rungs if r.group), default=0)
    label_width = max(cell_len(str(r.label)) for r in model.rungs)
    most = max(counts.values(), default=0)
    count_width = len(str(most)) if most else 0
    prefix = 2 if pickable else 0
    fixed = prefix + (group_width + 1 if group_width else 0) + 2 + 1 + count_width + 1
    marker_room = cell_len(marker) + 1 if on_median else 0
    room = width - fixed - label_width - marker_room
    bar_room = max(0, min(room, MAX_CELLS_PER_PLACEMENT * most))
    if room < min(most, 8):  # narrow: shorten the labels before the bars
        label_width = max(6, label_width - (min(most, 8) - room))
        bar_room = max(1, width - fixed - label_width - marker_room)
    lines = []
    for rung in reversed(model.rungs):
        lines.append(
            _rung_line(
                rung,
                counts.get(rung.number, 0),
                most,
                bar_room,
                label_width=label_width,
                group_width=group_width,
                count_width=count_width,
                head=rung.number in heads,
                marker=marker if rung.number in on_median else "",
                cursor=cursor == rung.number if pickable else None,
            )
        )
    return lines


def _rung_line(
    rung: Rung,
    count: int,
    most: int,
    bar_room: int,
    *,
    label_width: int,
    group_width: int,
    count_width: int,
    head: bool,
    marker: str,
    cursor: bool | None,
) -> Text:
    style = GROUP_STYLES.get(rung.group.key, "") if rung.group else ""
    line = Text(no_wrap=True, overflow="ellipsis")
    if cursor is not None:
        line.append("▶ " if cursor else "  ", style="bold")
    if group_width:
        group = str(rung.group.label) if head and rung.group else ""
        line.append(_fit(group, group_width) + " ", style=style)
    line.append(f"{rung.number} ", style=style)
    line.append(_fit(str(rung.label), label_width) + " ", style=style)
    cells = bar_cells(count, most, bar_room)
    line.append(BAR * cells)
    used = cells
    if count:
        line.append(f" {count}")
        used += 1 + len(str(count))
    if marker:  # in a column after the longest bar and its number
        column = bar_room + (1 + count_width if count_width else 0)
        line.append(" " * (max(0, column - used) + 1) + marker, style="bold")
    if cursor:
        line.stylize("reverse")
    return line


@dataclass(frozen=True)
class LadderState:
    model: LadderModel
    counts: tuple[tuple[int, int], ...]
    median: float | None


class LadderView(Widget):
    """The ladder with bars; ``show()`` gives it what to draw."""

    DEFAULT_CSS = """
    LadderView { height: auto; width: 1fr; }
    LadderView:focus { background-tint: $foreground 5%; }
    """
    BINDINGS = [
        Binding("up,k", "move(1)", t("Rung up"), show=False),
        Binding("down,j", "move(-1)", t("Rung down"), show=False),
        Binding("enter", "pick", t("Choose this rung")),
        *[Binding(str(n), f"pick({n})", show=False) for n in range(1, 10)],
    ]

    cursor: reactive[int | None] = reactive(None)

    @dataclass
    class Picked(Message):
        """A rung was chosen in a pickable ladder."""

        ladder_view: LadderView
        rung: int

        @property
        def control(self) -> LadderView:
            return self.ladder_view

    def __init__(
        self,
        model: LadderModel = TOOLKIT_LADDER,
        *,
        pickable: bool = False,
        cursor: int | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.pickable = pickable
        self.can_focus = pickable
        self.state = LadderState(model, (), None)
        self.set_reactive(LadderView.cursor, cursor)

    @property
    def model(self) -> LadderModel:
        return self.state.model

    def show(
        self, model: LadderModel, counts: Mapping[int, int], median: float | None = None
    ) -> None:
        """Draw ``model`` with these counts per rung; nothing is redrawn if nothing changed."""
        state = LadderState(model, tuple(sorted(counts.items())), median)
        if state != self.state:
            resized = state.model != self.state.model
            self.state = state
            self.refresh(layout=resized)

    def lines(self, width: int) -> list[Text]:
        return ladder_lines(
            self.state.model,
            dict(self.state.counts),
            self.state.median,
            width,
            cursor=self.cursor,
            pickable=self.pickable,
        )

    def render(self) -> Text:
        return Text("\n", no_wrap=True).join(self.lines(self.content_size.width))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.state.model.rungs)

    def watch_cursor(self) -> None:
        self.refresh()

    # --- picking --------------------------------------------------------------------------
    def action_move(self, step: int) -> None:
        top = len(self.model.rungs)
        if self.cursor is None:  # the first ↑/↓ lands in the middle: no rung is suggested
            self.cursor = (top + 1) // 2
            return
        self.cursor = min(top, max(1, self.cursor + step))

    def action_pick(self, number: int | None = None) -> None:
        if number is not None:
            if number > len(self.model.rungs):
                self.notify(
                    t("This ladder has {count} rungs.", count=len(self.model.rungs)),
                    severity="warning",
                )
                return
            self.cursor = number
        if self.cursor is not None:
            self.post_message(self.Picked(self, self.cursor))
        elif self.pickable:
            self.notify(
                t("Choose a rung first: its number, or ↑/↓ to move to it."), severity="warning"
            )
