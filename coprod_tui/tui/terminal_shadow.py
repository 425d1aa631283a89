"""Don't repaint what the terminal already shows (it matters over a slow SSH link).

Textual repaints a whole widget when one of its cells changes (a DataTable repaints every row
when one cell is updated, blank rows included), and a line of a widget when its cursor moves.
``ShadowScreen`` keeps a copy of what the terminal shows (per cell: the character and how it
looks) and sends, of each text, only the runs of cells that would change, each after a cursor
move to its first cell; the rest of a write is rewritten as ``LeanSGR`` does (a style only when
it changes, spaces keep the current style where that looks the same).

What it does not model it does not guess: a clear, the alternate screen, a scroll (a line feed on
the last row), an unknown control sequence, a style it can't parse, a character of no width (a
combining mark) or text that would run past the edge make it forget what it knew; from then on
a cell is sent until it has been painted again. Harmless controls (cursor visibility, the
synchronised-update brackets, mouse and paste modes, terminal queries, OSC) pass unchanged and
keep what it knows. A new terminal size forgets everything (the driver checks the size on every
write; Textual then repaints the whole screen). Widths are Rich's, as Textual lays out with them.
After every write the terminal's cursor is where the input left it, in the default style.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rich.cells import get_character_cell_size

from coprod_tui.tui.terminal_output import (
    _SHOWN_ON_SPACE,
    _TOKENS,
    DEFAULT,
    Style,
    _change,
    _looks_the_same_on_spaces,
    apply_sgr,
)

# Controls that change no cell and don't move the cursor: DEC private modes of the cursor's
# visibility, line wrap (the shadow never relies on it), synchronised output, mouse, focus,
# paste and in-band resize reports; mode queries; the keyboard protocol; device status queries.
_HARMLESS_MODES = frozenset(
    {"7", "25", "1000", "1002", "1003", "1004", "1006", "1015", "1016", "2004", "2026", "2048"}
)
_PRIVATE_MODE = re.compile(r"\x1b\[\?([0-9;]+)[hl]\Z")
_HARMLESS = re.compile(r"\x1b\[\?\d+\$p\Z|\x1b\[[<>=]\d*u\Z|\x1b\[5n\Z|\x07\Z|\x1b\].*", re.S)
_MOVE = re.compile(r"\x1b\[(\d*);(\d*)H")

_WIDE_TAIL = ("", None, None)
Cursor = tuple[int, int] | None  # the right half of a wide character


class _Cell(NamedTuple):
    text: str  # one character
    looks: object  # the style, or for a plain space only its background
    link: str


class _Piece(NamedTuple):
    text: str
    column: int
    width: int
    cell: _Cell | None  # None: it can't be known what the terminal shows there afterwards


def _is_harmless(token: str) -> bool:
    modes = _PRIVATE_MODE.match(token)
    if modes:
        return all(mode in _HARMLESS_MODES for mode in modes.group(1).split(";"))
    return _HARMLESS.match(token) is not None


class ShadowScreen:
    """Rewrites a stream of writes for a terminal of ``columns`` x ``rows``; like ``LeanSGR``,
    the input's style carries over between writes and the terminal is left in the default one."""

    def __init__(self, columns: int, rows: int) -> None:
        self.columns, self.rows = columns, rows
        self.wanted = DEFAULT  # the style the input's next text should have
        self.link: str | None = ""  # the input's open OSC 8 hyperlink; None: not known
        self.cells: list[list[tuple[str, object, object] | None]] = []
        self.forget()

    def resize(self, columns: int, rows: int) -> None:
        self.columns, self.rows = columns, rows
        self.forget()

    def forget(self) -> None:
        """Nothing is known of the screen, nor where the cursor is."""
        self.cells = [[None] * self.columns for _ in range(self.rows)]
        self.cursor: Cursor = None  # where the input's cursor is
        self.sent: Cursor = None  # where the terminal's cursor is
        self.line_fed_at: tuple[int, int] | None = None  # a line feed left pending, from here

    def __call__(self, data: str) -> str:
        self.out: list[str] = []
        self.shown = DEFAULT  # the terminal's style now
        start = self.wanted
        for match in _TOKENS.finditer(data):
            kind, token = match.lastgroup, match.group()
            if kind == "sgr":
                after = apply_sgr(self.wanted, match.group("sgr"))
                if after is None:
                    return self._unchanged(data, start)
                self.wanted = after
            elif kind == "move":
                self._move(token)
            elif token == "\r":
                self._carriage_return()
            elif token == "\n":
                self._line_feed()
            elif kind == "text":
                self._text(token)
            elif token.startswith("\x1b[") and token.endswith("m"):
                return self._unchanged(data, start)  # SGR parameters outside the pattern
            else:
                self._control(token)
        self._sync_cursor()
        self._set_style(DEFAULT)
        return "".join(self.out)

    # What the input does to the cursor: kept, and sent only when text needs it.
    def _move(self, token: str) -> None:
        self.line_fed_at = None  # the move makes a pending line feed moot
        match = _MOVE.match(token)
        assert match is not None
        row, column = int(match.group(1) or 1) - 1, int(match.group(2) or 1) - 1
        if 0 <= row < self.rows and 0 <= column < self.columns:
            self.cursor = (row, column)
        else:
            self._control(token)

    def _carriage_return(self) -> None:
        if self.line_fed_at is not None:
            self.cursor, self.line_fed_at = (self.line_fed_at[0] + 1, 0), None
        elif self.cursor is not None:
            self.cursor = (self.cursor[0], 0)
        else:
            self._send("\r")

    def _line_feed(self) -> None:
        self._settle_line_feed()
        if self.cursor is not None and self.cursor[0] < self.rows - 1:
            # Whether the column goes to 0 depends on the tty (ONLCR): a move or a carriage
            # return settles it; anything else sends the line feed as it came.
            self.line_fed_at, self.cursor = self.cursor, None
        else:
            self._control("\n")  # it could scroll

    def _settle_line_feed(self) -> None:
        """Send a pending line feed that nothing made moot."""
        if self.line_fed_at is not None:
            self.cursor, self.line_fed_at = self.line_fed_at, None
            self._sync_cursor()
            self._send("\n")
            self.cursor = self.sent = None

    def _sync_cursor(self) -> None:
        """Put the terminal's cursor where the input's is."""
        self._settle_line_feed()
        if self.cursor is None or self.cursor == self.sent:
            return
        row, column = self.cursor
        if column < self.columns:
            self._send(f"\x1b[{row + 1};{column + 1}H")
        else:
            self._repaint_last_cell(row)
        self.sent = self.cursor

    def _repaint_last_cell(self, row: int) -> None:
        """The cursor rests past the last cell (text ended there): write that cell again."""
        column = self.columns - 1
        if self.cells[row][column] is _WIDE_TAIL:
            column -= 1
        cell = self.cells[row][column]
        assert isinstance(cell, _Cell)  # _text never skips a last cell it can't write again
        self._send(f"\x1b[{row + 1};{column + 1}H")
        looks = cell.looks
        self._set_style(looks if isinstance(looks, Style) else Style(background=str(looks)))
        self._send(cell.text)

    def _control(self, token: str) -> None:
        if _is_harmless(token):
            self._set_style(DEFAULT)
            self._send(token)
            if token.startswith("\x1b]8;"):
                self.link = token if token.rsplit(";", 1)[-1].strip("\x07\x1b\\") else ""
            return
        self._sync_cursor()
        self._set_style(DEFAULT)
        self._send(token)
        self.forget()

    # Text: only what changes.
    def _text(self, text: str) -> None:
        self._settle_line_feed()
        pieces = self._pieces(text) if self.cursor is not None else None
        if pieces is None:  # not known where it lands or how wide it is
            self._sync_cursor()
            self._paint(text)
            self.forget()
            return
        row = self.cursor[0] if self.cursor else 0
        line = self.cells[row]
        changed = [
            p.cell is None
            or line[p.column] != p.cell
            or (p.width == 2 and line[p.column + 1] is not _WIDE_TAIL)
            for p in pieces
        ]
        last = pieces[-1]
        if last.column + last.width == self.columns and last.cell is not None and last.cell.link:
            changed[-1] = True  # a linked last cell could not be written again for the cursor
        self._close_short_gaps(pieces, changed, row)
        index = 0
        while index < len(pieces):
            if not changed[index]:
                index += 1
                continue
            end = index
            while end < len(pieces) and changed[end]:
                end += 1
            self._paint_run(row, pieces[index:end])
            index = end
        self.cursor = (row, last.column + last.width)

    def _pieces(self, text: str) -> list[_Piece] | None:
        assert self.cursor is not None
        column = self.cursor[1]
        if text.isascii():
            widths = [(character, 1) for character in text]
        else:
            # One cell or two per character (Rich's widths, which Textual lays out with); a
            # character of no width (a combining mark, a joiner) is left to the terminal.
            widths = [(character, get_character_cell_size(character)) for character in text]
            if any(width not in (1, 2) for _, width in widths):
                return None
        wanted, link = self.wanted, self.link
        plain_space = not wanted.attributes & _SHOWN_ON_SPACE
        pieces = []
        for grapheme, width in widths:
            cell = None
            if link is not None:
                looks = wanted.background if grapheme == " " and plain_space else wanted
                cell = _Cell(grapheme, looks, link)
            pieces.append(_Piece(grapheme, column, width, cell))
            column += width
        return pieces if column <= self.columns else None

    def _close_short_gaps(self, pieces: list[_Piece], changed: list[bool], row: int) -> None:
        """Unchanged cells between two changes cost less sent again than a cursor move."""
        move = len(f"\x1b[{row + 1};{self.columns}H")
        first = next((i for i, c in enumerate(changed) if c), None)
        if first is None:
            return
        gap_start = None
        for index in range(first, len(pieces)):
            if not changed[index]:
                gap_start = index if gap_start is None else gap_start
                continue
            if gap_start is not None:
                if sum(len(p.text.encode()) for p in pieces[gap_start:index]) <= move:
                    for gap in range(gap_start, index):
                        changed[gap] = True
                gap_start = None

    def _paint_run(self, row: int, run: list[_Piece]) -> None:
        start, end = run[0].column, run[-1].column + run[-1].width
        line = self.cells[row]
        # Writing over half of a wide character leaves its other half to the terminal's taste.
        if line[start] is _WIDE_TAIL and start > 0:
            line[start - 1] = None
        if end < self.columns and line[end] is _WIDE_TAIL:
            line[end] = None
        self.cursor = (row, start)
        self._sync_cursor()
        self._paint("".join(p.text for p in run))
        for piece in run:
            line[piece.column] = piece.cell
            if piece.width == 2:
                line[piece.column + 1] = _WIDE_TAIL if piece.cell is not None else None
        self.sent = (row, end)

    def _paint(self, text: str) -> None:
        wanted = self.wanted
        if wanted != self.shown and not (
            text.strip(" ") == "" and _looks_the_same_on_spaces(self.shown, wanted)
        ):
            self._set_style(wanted)
        self._send(text)

    def _set_style(self, style: Style) -> None:
        if style != self.shown:
            self.out.append(_change(self.shown, style))
            self.shown = style

    def _send(self, text: str) -> None:
        if text == "\n" and self.shown != DEFAULT:
            self._set_style(DEFAULT)  # a line feed could scroll, filling with the style
        self.out.append(text)

    def _unchanged(self, data: str, before: Style) -> str:
        """Pass ``data`` on as it is, from the style it expects (as ``LeanSGR`` does), and
        forget. Every write leaves the terminal's cursor where the input's is (even a hidden
        one: a resize could move it otherwise), so ``data`` starts where it expects to."""
        self.wanted, self.link = DEFAULT, None
        self.forget()
        return (_change(DEFAULT, before) if before != DEFAULT else "") + data
