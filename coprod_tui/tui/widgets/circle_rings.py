"""CircleRings: the circle of support drawn as four nested rings, each person's name in theirs.

Circle 4 (consulted) is the outer ring, circle 1 (co-producers) the centre. Each ring is a rounded
box with its number and name on the top edge; the names of a ring stand on the line under that
edge and the line above its bottom edge, the centre's names fill the inner box. So the picture
reads in monochrome and without colour: the ring is told by position and by its label, the
selected person by reverse video and a ▸, a name that looks like a title or a group by a ⚠.
Names that do not fit end in "+N" (the list beside the drawing has everyone).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget

RINGS_DEEP = 4
MIN_WIDTH = 30
MIN_HEIGHT = 15  # four boxes, a name line in each band, and one line in the centre
GAP = "  "


@dataclass(frozen=True)
class DrawnName:
    id: str
    name: str
    warning: bool = False


@dataclass(frozen=True)
class DrawnRing:
    label: str  # "4 consulted"
    names: tuple[DrawnName, ...]


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells with "…" when it is longer."""
    if cell_len(text) <= width:
        return text
    out = ""
    for char in text:
        if cell_len(out + char) > width - 1:
            break
        out += char
    return out + "…"


def _label(name: DrawnName, selected: str | None) -> str:
    text = ("▸" if name.id == selected else "") + name.name
    return text + ("⚠" if name.warning else "")


def _width(line: list[tuple[DrawnName, str]]) -> int:
    return sum(cell_len(label) for _, label in line) + cell_len(GAP) * max(0, len(line) - 1)


def pack(
    names: tuple[DrawnName, ...], rows: int, width: int, selected: str | None = None
) -> list[list[tuple[DrawnName, str]]]:
    """Names in ``rows`` lines of ``width`` cells; the last line ends in +N when some do not fit."""
    lines: list[list[tuple[DrawnName, str]]] = [[] for _ in range(max(0, rows))]
    if rows <= 0 or width <= 0:
        return lines
    row = 0
    placed = 0
    for name in names:
        label = fit(_label(name, selected), width)
        candidate = [*lines[row], (name, label)]
        if _width(candidate) > width:
            row += 1
            if row == rows:
                break
            candidate = [(name, label)]
        lines[row] = candidate
        placed += 1
    if placed == len(names):
        return lines
    rest = len(names) - placed
    last = lines[-1]
    while last and _width(last) + cell_len(GAP) + len(f"+{rest}") > width:
        last.pop()
        rest += 1
    more = f"+{rest}"
    last.append((DrawnName("", more), more))
    return lines


class Canvas:
    """A grid of cells with a style each, turned into lines of Text."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.cells = [[" "] * width for _ in range(height)]
        self.styles: list[list[str]] = [[""] * width for _ in range(height)]

    def put(self, x: int, y: int, text: str, style: str = "") -> int:
        """Write ``text`` from cell ``x`` of row ``y``; a wide character takes two cells."""
        for char in text:
            width = max(1, cell_len(char))
            if 0 <= y < self.height and x >= 0 and x + width <= self.width:
                self.cells[y][x] = char
                self.styles[y][x] = style
                for extra in range(1, width):
                    self.cells[y][x + extra] = ""  # covered by the wide character
            x += width
        return x

    def box(self, left: int, top: int, right: int, bottom: int, label: str) -> None:
        self.put(left, top, "╭" + "─" * (right - left - 1) + "╮", "dim")
        self.put(left, bottom, "╰" + "─" * (right - left - 1) + "╯", "dim")
        for y in range(top + 1, bottom):
            self.put(left, y, "│", "dim")
            self.put(right, y, "│", "dim")
        title = f" {fit(label, right - left - 4)} "
        self.put(left + 2, top, title, "bold")

    def lines(self) -> list[Text]:
        out = []
        for chars, styles in zip(self.cells, self.styles, strict=True):
            line = Text()
            for char, style in zip(chars, styles, strict=True):
                if char:
                    line.append(char, style or None)
            out.append(line)
        return out


def ring_lines(
    rings: list[DrawnRing], width: int, height: int, selected: str | None = None
) -> list[Text]:
    """The drawing, outer ring first in ``rings`` (4 consulted … 1 co-producers)."""
    if width < MIN_WIDTH or height < MIN_HEIGHT or len(rings) != RINGS_DEEP:
        return _as_list(rings, width, selected)
    canvas = Canvas(width, height)
    for level, drawn in enumerate(rings):
        left, top = 2 * level, 2 * level
        right, bottom = width - 1 - 2 * level, height - 1 - 2 * level
        canvas.box(left, top, right, bottom, drawn.label)
        inner = level == RINGS_DEEP - 1
        text_left, text_width = left + 2, right - left - 3
        if inner:
            rows = list(range(top + 1, bottom))
        else:
            rows = [top + 1, bottom - 1]
        for y, line in zip(rows, pack(drawn.names, len(rows), text_width, selected), strict=True):
            x = text_left
            for number, (name, label) in enumerate(line):
                if number:
                    x = canvas.put(x, y, GAP)
                style = "reverse bold" if name.id and name.id == selected else ""
                x = canvas.put(x, y, label, style)
    return canvas.lines()


def _as_list(rings: list[DrawnRing], width: int, selected: str | None) -> list[Text]:
    """Too small for rings: one line per ring, centre first."""
    out = []
    for drawn in reversed(rings):
        line = Text(f"{drawn.label}: ", "bold")
        for number, name in enumerate(drawn.names):
            if number:
                line.append(", ")
            line.append(_label(name, selected), "reverse bold" if name.id == selected else None)
        line.truncate(max(1, width), overflow="ellipsis")
        out.append(line)
    return out


class CircleRings(Widget):
    """The drawing; ``show()`` gives it the rings (outer first) and who is selected."""

    DEFAULT_CSS = """
    CircleRings { width: 1fr; height: 1fr; min-height: 4; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rings: list[DrawnRing] = []
        self.selected: str | None = None

    def show(self, rings: list[DrawnRing], selected: str | None = None) -> None:
        if (rings, selected) != (self.rings, self.selected):
            self.rings, self.selected = rings, selected
            self.refresh()

    def render(self) -> Text:
        width, height = self.content_size.width, self.content_size.height
        if not self.rings or width <= 0 or height <= 0:
            return Text()
        return Text("\n").join(ring_lines(self.rings, width, height, self.selected))
