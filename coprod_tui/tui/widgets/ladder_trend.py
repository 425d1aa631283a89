"""LadderTrend: the median placement of each meeting of a project, oldest first, as text.

A sparkline (▁▂▃▄▅▆▇█, scaled to the whole ladder so a higher block is a higher rung), the
direction since the meeting before, and one row per meeting with its date, a bar and the
median as a number: nothing depends on colour.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

from coprod_tui.i18n import n, t
from coprod_tui.model.ladder import TrendPoint, format_median
from coprod_tui.model.toolkit import TOOLKIT_LADDER, Label, LadderModel

SPARKS = "▁▂▃▄▅▆▇█"
ROW_BAR = 7
MONTHS = (  # in the context "short month", as "May" is also the full month's name
    Label.within("short month", "Jan"),
    Label.within("short month", "Feb"),
    Label.within("short month", "Mar"),
    Label.within("short month", "Apr"),
    Label.within("short month", "May"),
    Label.within("short month", "Jun"),
    Label.within("short month", "Jul"),
    Label.within("short month", "Aug"),
    Label.within("short month", "Sep"),
    Label.within("short month", "Oct"),
    Label.within("short month", "Nov"),
    Label.within("short month", "Dec"),
)


def spark(median: float, top: int) -> str:
    """The block for a median on a ladder of ``top`` rungs: rung 1 lowest, the top rung full."""
    if top <= 1:
        return SPARKS[-1]
    index = int((median - 1) / (top - 1) * (len(SPARKS) - 1) + 0.5)
    return SPARKS[min(len(SPARKS) - 1, max(0, index))]


def sparkline(points: list[TrendPoint], top: int) -> str:
    return "".join(spark(point.median, top) for point in points)


def day_label(on: date, with_year: bool) -> str:
    text = f"{on.day} {MONTHS[on.month - 1]}"
    return f"{text} {on.year}" if with_year else text


def point_labels(points: list[TrendPoint]) -> list[str]:
    """A label per meeting, each its own: the day, with the start time (or a number, if it did
    not start) where two meetings share a day."""
    with_year = len({point.date.year for point in points}) > 1
    days = [day_label(point.date, with_year) for point in points]
    labels = []
    for index, (point, day) in enumerate(zip(points, days, strict=True)):
        same_day = [i for i, other in enumerate(points) if other.date == point.date]
        if len(same_day) == 1:
            labels.append(day)
        elif point.started_at is not None:
            labels.append(f"{day} {point.started_at:%H:%M}")
        else:
            labels.append(f"{day} #{same_day.index(index) + 1}")
    return labels


def direction(points: list[TrendPoint], labels: list[str]) -> str:
    """How the last meeting's median compares with the one before it, in words."""
    if len(points) < 2:
        return ""
    before, last = points[-2], points[-1]
    since = labels[-2]
    step = last.median - before.median
    if step > 0:
        return t("↑ up {step} since {date}", step=format_median(step), date=since)
    if step < 0:
        return t("↓ down {step} since {date}", step=format_median(-step), date=since)
    return t("= the same as on {date}", date=since)


def trend_lines(
    points: list[TrendPoint], other_model: int, model: LadderModel, width: int
) -> list[Text]:
    top = len(model.rungs)
    lines = [Text(t("Trend · median per meeting"), style="bold")]
    if not points:
        lines.append(Text(t("No placements yet in this or earlier meetings.")))
    else:
        labels = point_labels(points)
        label_width = max(len(label) for label in labels)
        shown = sparkline(points, top)[-max(1, width - 1) :]
        lines.append(Text(shown, style="bold"))
        said = direction(points, labels)
        if said:
            lines.append(Text(said))
        for point, label in zip(points, labels):
            cells = round(point.median / top * ROW_BAR)
            row = Text(no_wrap=True, overflow="ellipsis")
            row.append(label.ljust(label_width) + " ")
            row.append("█" * cells + "·" * (ROW_BAR - cells))
            row.append(f" {format_median(point.median)}")
            if point.current:
                row.append(" " + t("◀ this meeting"), style="bold")
            lines.append(row)
    if other_model:
        lines.append(
            Text(
                n(
                    "{count} earlier meeting used the other ladder",
                    "{count} earlier meetings used the other ladder",
                    other_model,
                ),
                style="italic",
            )
        )
    return lines


@dataclass(frozen=True)
class TrendState:
    points: tuple[TrendPoint, ...]
    other_model: int
    model: LadderModel


class LadderTrend(Widget):
    """The trend panel's content; ``show()`` redraws only when the trend changed."""

    DEFAULT_CSS = "LadderTrend { height: auto; }"

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.state = TrendState((), 0, TOOLKIT_LADDER)

    def show(self, points: list[TrendPoint], other_model: int, model: LadderModel) -> None:
        state = TrendState(tuple(points), other_model, model)
        if state != self.state:
            self.state = state
            self.refresh(layout=True)

    def lines(self, width: int) -> list[Text]:
        return trend_lines(list(self.state.points), self.state.other_model, self.state.model, width)

    def render(self) -> Text:
        return Text("\n").join(self.lines(self.content_size.width))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """Every line as it wraps at ``width`` (a sentence on a narrow panel takes two)."""
        console = self.app.console
        return sum(len(line.wrap(console, max(1, width))) for line in self.lines(width))
