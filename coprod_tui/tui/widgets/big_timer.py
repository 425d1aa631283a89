"""BigTimer: M:SS in big digits that redraw only where they change; +M:SS past zero.

One child widget per character (digits and the colon) on a fixed left edge: every digit cell is
as wide as the widest digit of the font, so nothing shifts as the time counts down, and a tick
repaints only the cells whose character changed (usually one). Glyphs are rendered once per font.

The font is the largest of ``fonts`` that fits the space the widget is given ("big" and "small"
from pyfiglet, then three-line block digits, then plain text), chosen again on every resize. Give
the widget a definite size (the default is ``1fr`` both ways); ``height: auto`` cannot work since
the font depends on the height.

pyfiglet is imported here only, on first use.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.reactive import var
from textual.widget import Widget

from coprod_tui.model.clock import format_mm_ss

BLOCKS = "blocks"
PLAIN = "plain"
DEFAULT_FONTS: tuple[str, ...] = ("big", "small", BLOCKS, PLAIN)

_CHARACTERS = "0123456789:+"
OVER = "+"  # before the time a speaker has gone on past zero

# 3x5 pixel digits, drawn with half blocks into three lines, one blank column to the right.
_BITMAPS = {
    "0": ("###", "#.#", "#.#", "#.#", "###"),
    "1": (".#.", "##.", ".#.", ".#.", "###"),
    "2": ("###", "..#", "###", "#..", "###"),
    "3": ("###", "..#", "###", "..#", "###"),
    "4": ("#.#", "#.#", "###", "..#", "..#"),
    "5": ("###", "#..", "###", "..#", "###"),
    "6": ("###", "#..", "###", "#.#", "###"),
    "7": ("###", "..#", "..#", "..#", "..#"),
    "8": ("###", "#.#", "###", "#.#", "###"),
    "9": ("###", "#.#", "###", "..#", "###"),
    ":": (".", "#", ".", "#", "."),
    "+": ("...", ".#.", "###", ".#.", "..."),
}
_HALF_BLOCKS = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}


@dataclass(frozen=True, eq=False)
class DigitFont:
    """Glyphs for ``0-9``, ``:``, ``+`` and a blank digit, each padded to its cell (``+`` has a
    digit's cell): lines joined by \\n."""

    name: str
    height: int
    digit_width: int
    colon_width: int
    glyphs: dict[str, str]

    def width(self, cells: int) -> int:
        """Width of ``cells`` characters of M:SS text (one of them the colon)."""
        return (cells - 1) * self.digit_width + self.colon_width


def _make_font(name: str, raw: dict[str, list[str]]) -> DigitFont:
    """Trim blank rows common to all glyphs, centre each digit in a cell of the widest digit."""
    height = max(len(lines) for lines in raw.values())
    rows = {ch: lines + [""] * (height - len(lines)) for ch, lines in raw.items()}
    used = [y for y in range(height) if any(rows[ch][y].strip() for ch in rows)]
    top, bottom = (used[0], used[-1] + 1) if used else (0, 1)
    rows = {ch: lines[top:bottom] for ch, lines in rows.items()}
    widths = {ch: max(len(line) for line in lines) for ch, lines in rows.items()}
    digit_width = max(widths[ch] for ch in "0123456789+")
    glyphs: dict[str, str] = {}
    for ch, lines in rows.items():
        cell = widths[":"] if ch == ":" else digit_width
        left = (cell - widths[ch]) // 2
        glyphs[ch] = "\n".join((" " * left + line).ljust(cell) for line in lines)
    glyphs[" "] = "\n".join([" " * digit_width] * (bottom - top))
    return DigitFont(name, bottom - top, digit_width, widths[":"], glyphs)


def _block_lines(bitmap: tuple[str, ...]) -> list[str]:
    pixels = [[c == "#" for c in row] for row in (*bitmap, "." * len(bitmap[0]))]
    return [
        "".join(_HALF_BLOCKS[top, bottom] for top, bottom in zip(upper, lower, strict=True)) + " "
        for upper, lower in zip(pixels[0::2], pixels[1::2], strict=True)
    ]


@functools.cache
def load_font(name: str) -> DigitFont:
    """The digit font ``name``: a pyfiglet font name, ``BLOCKS`` or ``PLAIN``; rendered once.

    Raises LookupError for a font pyfiglet does not have.
    """
    if name == PLAIN:
        return _make_font(name, {ch: [ch] for ch in _CHARACTERS})
    if name == BLOCKS:
        return _make_font(name, {ch: _block_lines(_BITMAPS[ch]) for ch in _CHARACTERS})
    import pyfiglet

    try:
        figlet = pyfiglet.Figlet(font=name, width=1000)
    except pyfiglet.FontNotFound as error:
        raise LookupError(f"no digit font {name!r}") from error
    return _make_font(name, {ch: figlet.renderText(ch).splitlines() for ch in _CHARACTERS})


def choose_font(
    width: int, height: int, cells: int = 4, fonts: Sequence[str] = DEFAULT_FONTS
) -> DigitFont:
    """The first of ``fonts`` whose ``cells`` characters fit in width x height, else the last."""
    font = None
    for name in fonts:
        try:
            font = load_font(name)
        except LookupError:
            continue
        if font.height <= height and font.width(cells) <= width:
            return font
    return font if font is not None else load_font(PLAIN)


class TimerCell(Widget):
    """One character of a BigTimer; repaints only when its character changes."""

    def __init__(self, char: str, font: DigitFont) -> None:
        super().__init__()
        self.char = char
        self.font = font

    def show(self, char: str) -> bool:
        """Show ``char``; returns whether it changed (and so will repaint)."""
        if char == self.char:
            return False
        self.char = char
        self.refresh()
        return True

    def render(self) -> Text:
        return Text(self.font.glyphs[self.char], no_wrap=True, overflow="crop", end="")


class BigTimer(Widget):
    """Minutes and seconds in big digits. Call ``set_seconds`` as often as you like.

    ``warning`` and ``finished`` set the CSS classes ``-warning`` and ``-finished`` for the screen
    to style; the words that go with them ("last 10 seconds", "time") are the screen's to show.
    """

    DEFAULT_CSS = """
    BigTimer {
        layout: horizontal;
        width: 1fr;
        height: 1fr;
        overflow: hidden hidden;
    }
    BigTimer > TimerCell {
        text-wrap: nowrap;
        text-overflow: clip;
    }
    BigTimer.-warning > TimerCell {
        color: $warning;
        text-style: bold;
    }
    BigTimer.-finished > TimerCell {
        color: $error;
        text-style: bold;
    }
    """

    warning: var[bool] = var(False)
    """The last seconds are running (sets the ``-warning`` class)."""
    finished: var[bool] = var(False)
    """Time is up (sets the ``-finished`` class)."""

    def __init__(
        self,
        seconds: int = 0,
        *,
        fonts: Sequence[str] = DEFAULT_FONTS,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._fonts = tuple(fonts)
        self._seconds = seconds
        self._over = False
        text = format_mm_ss(seconds)
        self._font = choose_font(10_000, 10_000, len(text), self._fonts)
        self._cells = [TimerCell(ch, self._font) for ch in text]
        self._size_cells()

    @property
    def seconds(self) -> int:
        return self._seconds

    @property
    def font(self) -> DigitFont:
        return self._font

    @property
    def cells(self) -> tuple[TimerCell, ...]:
        return tuple(self._cells)

    def lines(self) -> list[str]:
        """The big text as shown, one string per line."""
        glyph_lines = [self._font.glyphs[cell.char].split("\n") for cell in self._cells]
        return ["".join(row) for row in zip(*glyph_lines, strict=True)]

    def compose(self) -> ComposeResult:
        yield from self._cells

    @property
    def over(self) -> bool:
        return self._over

    def set_seconds(self, seconds: int, *, over: bool = False) -> None:
        """Show ``seconds`` as M:SS, or with ``over`` as +M:SS (time past zero); only the cells
        whose character changed repaint."""
        if (seconds, over) == (self._seconds, self._over):
            return
        self._seconds, self._over = seconds, over
        text = (OVER if over else "") + format_mm_ss(seconds)
        if len(text) > len(self._cells):  # e.g. 9:59 → 10:00: grow on the left, once
            new = [TimerCell(" ", self._font) for _ in range(len(text) - len(self._cells))]
            self._cells[:0] = new
            self._size_cells()
            if self.is_mounted:
                self.mount(*new, before=0)
                self._fit()
        # Shorter text keeps its cells (blank on the left), so the digits do not move.
        for cell, char in zip(self._cells, text.rjust(len(self._cells)), strict=True):
            cell.show(char)

    def watch_warning(self, warning: bool) -> None:
        self.set_class(warning, "-warning")

    def watch_finished(self, finished: bool) -> None:
        self.set_class(finished, "-finished")

    def on_resize(self, event: events.Resize) -> None:
        self._fit()

    def _fit(self) -> None:
        size = self.content_size
        if not size.width or not size.height:
            return
        font = choose_font(size.width, size.height, len(self._cells), self._fonts)
        if font is not self._font:
            self._font = font
            self._size_cells()

    def _size_cells(self) -> None:
        colon = len(self._cells) - 3
        for index, cell in enumerate(self._cells):
            if cell.font is not self._font:
                cell.font = self._font
                cell.refresh()
            cell.styles.width = self._font.colon_width if index == colon else self._font.digit_width
            cell.styles.height = self._font.height
