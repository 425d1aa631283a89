"""ReadinessChart: the six principles as bars, this check beside the previous one.

One line per principle: its name, a bar of this check (█, full = yes, half = partly, empty =
not yet), the level in words and how many questions are answered, then the previous check's
bar (▒) and level, and the change in words. The selected principle is marked ▶ and in reverse.
The picture is in the characters, never in colour: styles are bold, dim and reverse only, so it
reads the same in 16 colours and with NO_COLOR. A last line says what the glyphs mean.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

from coprod_tui.export.readiness import (
    MARKS,
    answer_label,
    arrow,
    change_words,
    principle_label,
)
from coprod_tui.i18n import t
from coprod_tui.model.readiness import PrincipleChange, PrincipleScore

NOW, BEFORE, EMPTY = "█", "▒", "·"
WIDE_BAR, NARROW_BAR = 10, 6


@dataclass(frozen=True)
class ChartRow:
    now: PrincipleScore
    before: PrincipleScore | None = None
    change: PrincipleChange | None = None


@dataclass(frozen=True)
class ChartState:
    rows: tuple[ChartRow, ...] = ()
    before_label: str | None = None  # e.g. "2026-10-06": there is a previous check
    selected: str | None = None  # a principle key


def fit(text: str, width: int) -> str:
    """``text`` in exactly ``width`` cells: padded, or cut with an ellipsis."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text + " " * (width - cell_len(text))
    out = ""
    for char in text:
        if cell_len(out + char) > width - 1:
            break
        out += char
    return out + "…" + " " * (width - 1 - cell_len(out))


def bar(fraction: float | None, cells: int, glyph: str) -> str:
    filled = 0 if fraction is None else round(fraction * cells)
    return glyph * filled + EMPTY * (cells - filled)


def short_change(change: PrincipleChange) -> str:
    """ "2 up · 1 down", "3 down", or "" when no question moved."""
    parts = []
    if change.up:
        parts.append(t("{count} up", count=change.up))
    if change.down:
        parts.append(t("{count} down", count=change.down))
    return " · ".join(parts)


def level_word(score: PrincipleScore) -> str:
    return answer_label(score.level) if score.level else "—"


def chart_lines(state: ChartState, width: int) -> list[Text]:
    """The chart's lines, each fitted to ``width`` cells."""
    rows = state.rows
    if not rows:
        return []
    label_width = min(15, max(cell_len(principle_label(r.now.principle)) for r in rows))
    level_width = max(cell_len(answer_label(v)) for v in ("yes", "partly", "not_yet"))
    counts = [f"{r.now.answered}/{r.now.questions}" for r in rows]
    count_width = max(cell_len(c) for c in counts)
    with_before = state.before_label is not None
    fixed = 2 + label_width + 1 + 1 + level_width + 1 + count_width
    if with_before:
        fixed += 3 + 1 + level_width + 2
    bar_cells = WIDE_BAR if width - fixed - 2 * WIDE_BAR >= 14 else NARROW_BAR
    lines = []
    for row, count in zip(rows, counts):
        selected = row.now.principle == state.selected
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        line.append("▶ " if selected else "  ", style="bold")
        line.append(fit(principle_label(row.now.principle), label_width) + " ", style="bold")
        line.append(bar(row.now.fraction, bar_cells, NOW) + " ")
        line.append(fit(level_word(row.now), level_width) + " ", style="bold")
        line.append(fit(count, count_width), style="dim")
        if with_before:
            line.append(" │ ", style="dim")
            before = row.before
            line.append(bar(before.fraction if before else None, bar_cells, BEFORE) + " ")
            line.append(fit(level_word(before) if before else "—", level_width) + " ")
            line.append(arrow(row.change) + " ", style="bold")
            if row.change is not None and (row.change.before or row.change.now):
                room = width - line.cell_len
                words = change_words(row.change)
                if cell_len(words) > room:
                    words = short_change(row.change)
                line.append(fit(words, room).rstrip())
        elif row.now.gaps:
            gaps = t("1 gap") if row.now.gaps == 1 else t("{count} gaps", count=row.now.gaps)
            line.append("  " + gaps, style="dim")
        line.rstrip()
        line.truncate(width, overflow="ellipsis")
        if selected:
            line.stylize("reverse")
        lines.append(line)
    lines.append(legend_line(state, width))
    return lines


def legend_line(state: ChartState, width: int) -> Text:
    if state.before_label is not None:
        bars = t("{now} now  {before} {date}", now=NOW, before=BEFORE, date=state.before_label)
    else:
        bars = t("{now} now (the first check)", now=NOW)
    marks = "  ".join(f"{MARKS[v]} {answer_label(v)}" for v in MARKS)
    line = Text(f"  {bars}  │ {marks}", style="dim", no_wrap=True, overflow="ellipsis", end="")
    line.truncate(width, overflow="ellipsis")
    return line


class ReadinessChart(Widget):
    """The diagram; ``show()`` gives it what to draw, and it repaints only on a change."""

    DEFAULT_CSS = "ReadinessChart { height: auto; width: 1fr; }"

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.state = ChartState()

    def show(self, state: ChartState) -> None:
        if state != self.state:
            resized = len(state.rows) != len(self.state.rows)
            self.state = state
            self.refresh(layout=resized)

    def lines(self, width: int) -> list[Text]:
        return chart_lines(self.state, width)

    def render(self) -> Text:
        return Text("\n", no_wrap=True).join(self.lines(self.content_size.width))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.state.rows) + 1 if self.state.rows else 0
