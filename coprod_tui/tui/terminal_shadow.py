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

Nothing else writes to the terminal between two writes, so the terminal's style and cursor carry
over from one to the next: a write goes on from the style the last one left (Textual resets it at
the end of every write, then sets it again), and a hidden cursor that the input parks in the top
left corner (Textual's place for "no cursor") stays where the last text left it. A cursor the
input puts anywhere else is put there (an input's caret: the terminal's input method follows it).
Any other control sequence than the harmless ones is sent in the default style, with the cursor
where the input has it, as Textual's own output does. Together that saves about 30 B a keypress
(bench/keypress_bytes.py).

A long run of spaces is sent as an erase where that is shorter and looks the same: ``ESC[<n>X``
(the cursor stays; a move past it if more follows), or ``ESC[K`` where every cell from there to
the edge ends as such a space. Only where the terminal's way of erasing is known
(terminal_erase.py): the default background everywhere, another one only with ``bce``; never
spaces that show an attribute (reverse, underline, strike), nor inside a hyperlink. Spaces that
look the same make one run even where they came in pieces of different styles (Textual pads a
table's cells in pieces).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rich.cells import get_character_cell_size

from coprod_tui.tui.terminal_erase import Erase
from coprod_tui.tui.terminal_line_feed import LineFeed
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
_SPACES = re.compile(r" {4,}")  # shorter runs never cost more than an erase
_JOINED_AT_LEAST = 4

_WIDE_TAIL = ("", None, None)  # the right half of a wide character
Cursor = tuple[int, int] | None
_PARKED = (0, 0)  # where Textual puts the cursor when no widget shows one


class _Start(NamedTuple):
    """What was known when a write began: a write passed on unchanged goes on from there."""

    sent_first: str  # the cursor's move owed from before a resize
    wanted: Style
    shown: Style
    cursor: Cursor
    sent: Cursor
    cursor_hidden: bool


# A cell as the shadow knows it: (character, how it looks: the style, or for a plain space only
# its background; the hyperlink), _WIDE_TAIL, or None: not known.
_CellKey = tuple[str, object, object] | None
_NARROW: list[int] = []  # every character of the text is one cell wide


def _with_wide_tails(cells: list[_CellKey], widths: list[int]) -> list[_CellKey]:
    out: list[_CellKey] = []
    for cell, width in zip(cells, widths, strict=True):
        out.append(cell)
        if width == 2:
            out.append(_WIDE_TAIL if cell is not None else None)
    return out


def _trailing_spaces(held: list[tuple[str, Style]]) -> int:
    first = held[0][0]
    return len(first) - len(first.rstrip(" ")) + sum(len(text) for text, _ in held[1:])


def _cells(text: str) -> int:
    return len(text) if text.isascii() else sum(map(get_character_cell_size, text))


def _move(sent: Cursor, to: tuple[int, int], columns: int, line_feed: LineFeed) -> str:
    """The shortest way this module moves the terminal's cursor from ``sent`` (None: not known)
    to ``to``: an absolute move, or rows up or down (a line feed never scrolls here: ``to`` is
    on the screen, and Textual sets no scrolling region) with the column set again absolutely
    (a carriage return for the first), so that a width the terminal sees otherwise than Rich
    never carries over. A column is kept only by moving straight up or down from a known one.
    Lengths are the bytes the terminal receives: the tty turns a line feed into two (ONLCR)."""
    row, column = to
    absolute = f"\x1b[{row + 1}H" if column == 0 else f"\x1b[{row + 1};{column + 1}H"
    if sent is None:
        return absolute
    down = row - sent[0]
    column_kept = sent[1] == column and column < columns
    to_column = "\r" if column == 0 else f"\x1b[{column + 1}G"
    if down == 0:
        return "" if column_kept else min(to_column, absolute, key=len)
    vertical = f"\x1b[{down}B" if down > 0 else f"\x1b[{-down}A"
    candidates = [absolute, vertical + ("" if column_kept else to_column)]
    if 0 < down <= 2 and line_feed is not LineFeed.NOT_KNOWN:
        returns = line_feed is LineFeed.RETURNS
        candidates.append("\n" * down + ("" if returns and column == 0 else to_column))
    return min(candidates, key=lambda move: _bytes_sent(move, line_feed))


def _bytes_sent(text: str, line_feed: LineFeed) -> int:
    return len(text) + (text.count("\n") if line_feed is LineFeed.RETURNS else 0)


def _is_harmless(token: str) -> bool:
    modes = _PRIVATE_MODE.match(token)
    if modes:
        return all(mode in _HARMLESS_MODES for mode in modes.group(1).split(";"))
    return _HARMLESS.match(token) is not None


class ShadowScreen:
    """Rewrites a stream of writes for a terminal of ``columns`` x ``rows``; like ``LeanSGR``,
    the input's style carries over between writes and the terminal is left in the default one."""

    def __init__(
        self,
        columns: int,
        rows: int,
        erase: Erase = Erase.NEVER,
        line_feed: LineFeed = LineFeed.NOT_KNOWN,
    ) -> None:
        self.columns, self.rows = columns, rows
        self.erase = erase  # which runs of spaces may be sent as an erase
        self.line_feed = line_feed  # what the tty makes of a line feed
        self.wanted = DEFAULT  # the style the input's next text should have
        self.link: str | None = ""  # the input's open OSC 8 hyperlink; None: not known
        self.cells: list[list[_CellKey]] = []
        self.shown = DEFAULT  # the terminal's style now
        self.cursor_hidden = False  # known to be hidden (ESC[?25l)
        self.owed: Cursor = None  # where the input's cursor was left, not sent, before a resize
        self.forget()

    def resize(self, columns: int, rows: int) -> None:
        # A parked cursor not sent is sent first thing: text after the resize may come with no
        # move, where the input left the cursor (clamped to the new size, as a terminal does).
        owed = self.cursor if self.cursor is not None and self.cursor != self.sent else None
        self.columns, self.rows = columns, rows
        self.forget()
        if owed is not None:
            self.owed = (min(owed[0], rows - 1), min(owed[1], columns - 1))

    def forget(self) -> None:
        """Nothing is known of the screen, nor where the cursor is."""
        self.cells = [[None] * self.columns for _ in range(self.rows)]
        self.cursor: Cursor = None  # where the input's cursor is
        self.sent: Cursor = None  # where the terminal's cursor is
        self.line_fed_at: tuple[int, int] | None = None  # a line feed left pending, from here

    def __call__(self, data: str) -> str:
        self.out: list[str] = []
        self.held: list[tuple[str, Style]] = []  # texts ending in spaces, and spaces after them
        if self.owed is not None:
            self.cursor, self.owed = self.owed, None
            self._sync_cursor()
        start = _Start(
            "".join(self.out), self.wanted, self.shown, self.cursor, self.sent, self.cursor_hidden
        )
        for match in _TOKENS.finditer(data):
            kind, token = match.lastgroup, match.group()
            if kind == "sgr":
                after = apply_sgr(self.wanted, match.group("sgr"))
                if after is None:
                    return self._unchanged(data, start)
                self.wanted = after
                continue
            if kind == "text":
                self._text_joining_spaces(token)
                continue
            self._flush_held()
            if kind == "move":
                self._move(token)
            elif token == "\r":
                self._carriage_return()
            elif token == "\n":
                self._line_feed()
            elif token.startswith("\x1b[") and token.endswith("m"):
                return self._unchanged(data, start)  # SGR parameters outside the pattern
            else:
                self._control(token)
        self._flush_held()
        if self.cursor_hidden and self.cursor == _PARKED:
            self._settle_line_feed()
        else:
            self._sync_cursor()
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
            self.out.append(_move(self.sent, self.cursor, self.columns, self.line_feed))
        else:
            self._repaint_last_cell(row)
        self.sent = self.cursor

    def _repaint_last_cell(self, row: int) -> None:
        """The cursor rests past the last cell (text ended there): write that cell again."""
        column = self.columns - 1
        if self.cells[row][column] is _WIDE_TAIL:
            column -= 1
        cell = self.cells[row][column]
        assert cell is not None  # _text never skips a last cell it can't write again
        self._send(f"\x1b[{row + 1};{column + 1}H")
        looks = cell[1]
        self._set_style(looks if isinstance(looks, Style) else Style(background=str(looks)))
        self._send(cell[0])

    def _control(self, token: str) -> None:
        if _is_harmless(token):
            self._send(token)  # none of them shows a style or depends on one
            if token in ("\x1b[?25l", "\x1b[?25h"):
                self.cursor_hidden = token.endswith("l")
            if token.startswith("\x1b]8;"):
                self.link = token if token.rsplit(";", 1)[-1].strip("\x07\x1b\\") else ""
            return
        self._sync_cursor()
        self._set_style(DEFAULT)
        self._send(token)
        self.forget()

    # Text: only what changes.
    def _text_joining_spaces(self, text: str) -> None:
        """Spaces that look the same go out as one run, whatever style each piece came in
        (Textual pads a table's cells in pieces): a long run can then be erased. A text ending
        in spaces is held back until it is known whether the next ones join it; pieces that
        make no such run go out as they came (a text cut in two could cost a cursor move)."""
        if self.erase is Erase.NEVER:
            self._text(text)
            return
        held = self.held
        if held and _looks_the_same_on_spaces(held[0][1], self.wanted):
            body = text.lstrip(" ")
            if not body:
                held.append((text, self.wanted))
                return
            leading = text[: len(text) - len(body)]
            if leading and _trailing_spaces(held) + len(leading) >= _JOINED_AT_LEAST:
                self._flush_held(leading)
                text = body
        self._flush_held()
        if text.endswith(" "):
            self.held = [(text, self.wanted)]
        else:
            self._text(text)

    def _flush_held(self, leading: str = "") -> None:
        """Send what is held back: as one run of spaces after the first text's other
        characters where they make a long enough run (with ``leading``, the spaces a text
        starts with that join it), else piece by piece."""
        if not self.held:
            return
        held, self.held, wanted = self.held, [], self.wanted
        if leading or (len(held) > 1 and _trailing_spaces(held) >= _JOINED_AT_LEAST):
            first, self.wanted = held[0]
            body = first.rstrip(" ")
            if body:
                self._text(body)
            self._text(first[len(body) :] + "".join(text for text, _ in held[1:]) + leading)
        else:
            for text, self.wanted in held:
                self._text(text)
        self.wanted = wanted

    def _text(self, text: str) -> None:
        self._settle_line_feed()
        widths = self._widths(text) if self.cursor is not None else None
        if widths is None or self.cursor is None:  # not known where it lands or how wide it is
            self._sync_cursor()
            self._paint(text)
            self.forget()
            return
        row, column = self.cursor
        end = column + (len(text) if widths is _NARROW else sum(widths))
        if end > self.columns:
            self._sync_cursor()
            self._paint(text)
            self.forget()
            return
        wanted, link = self.wanted, self.link
        if link is None:
            cells: list[_CellKey] = [None] * (end - column)
        else:
            space: _CellKey = (" ", wanted.background, link)
            if wanted.attributes & _SHOWN_ON_SPACE:
                space = (" ", wanted, link)
            cells = [space if c == " " else (c, wanted, link) for c in text]
            if widths is not _NARROW:
                cells = _with_wide_tails(cells, widths)
        line = self.cells[row]
        self.cursor = (row, end)
        if link is not None and line[column:end] == cells:
            return  # the terminal shows it already
        if widths is _NARROW:
            changed = [link is None or a != b for a, b in zip(line[column:end], cells)]
        else:
            changed, at = [], column
            for width in widths:
                here = at - column
                changed.append(link is None or line[at : at + width] != cells[here : here + width])
                at += width
        if end == self.columns and link:
            changed[-1] = True  # a linked last cell could not be written again for the cursor
        self._send_changes(text, widths, changed, row, column, cells)

    def _widths(self, text: str) -> list[int] | None:
        """Cells per character (Rich's widths, which Textual lays out with); None where a
        character of no width (a combining mark, a joiner) leaves it to the terminal."""
        if text.isascii():
            return _NARROW
        widths = [get_character_cell_size(character) for character in text]
        return widths if all(width in (1, 2) for width in widths) else None

    def _send_changes(
        self,
        text: str,
        widths: list[int],
        changed: list[bool],
        row: int,
        column: int,
        cells: list[_CellKey],
    ) -> None:
        """Send the runs of changed characters; unchanged ones between two changes are sent
        too where that costs less than a cursor move."""
        starts = list(range(column, column + len(text)))
        if widths is not _NARROW:
            starts, at = [], column
            for width in widths:
                starts.append(at)
                at += width
        move = len(f"\x1b[{row + 1};{self.columns}H")
        index, count = 0, len(text)
        while index < count:
            if not changed[index]:
                index += 1
                continue
            stop = index + 1
            while stop < count:
                if changed[stop]:
                    stop += 1
                    continue
                gap = stop
                while gap < count and not changed[gap]:
                    gap += 1
                if gap < count and self._blank_to_the_edge(text[stop:], column + len(cells)):
                    stop = count  # one erase in line, where a move would skip what is blank
                    break
                if gap == count or len(text[stop:gap].encode()) > move:
                    break
                stop = gap
            first = starts[index]
            last = starts[stop] if stop < count else column + len(cells)
            self._paint_run(row, first, text[index:stop], cells[first - column : last - column])
            index = stop

    def _blank_to_the_edge(self, rest: str, end: int) -> bool:
        """Whether the rest of a text is spaces that end at the screen's edge and may be
        erased (a dialog closing over blank rows leaves such rows, changed in pieces)."""
        return end == self.columns and not rest.strip(" ") and self._may_erase()

    def _paint_run(self, row: int, start: int, text: str, cells: list[_CellKey]) -> None:
        end = start + len(cells)
        line = self.cells[row]
        # Writing over half of a wide character leaves its other half to the terminal's taste.
        if line[start] is _WIDE_TAIL and start > 0:
            line[start - 1] = None
        if end < self.columns and line[end] is _WIDE_TAIL:
            line[end] = None
        cursor, self.cursor = self.cursor, (row, start)
        self._sync_cursor()
        if self._may_erase():
            left_at = self._paint_erasing(row, start, text)
        else:
            self._paint(text)
            left_at = end
        line[start:end] = cells
        self.sent, self.cursor = (row, left_at), cursor

    def _may_erase(self) -> bool:
        wanted = self.wanted
        return (
            self.erase is not Erase.NEVER
            and self.link == ""
            and not wanted.attributes & _SHOWN_ON_SPACE
            and (wanted.background == "" or self.erase is Erase.ANY_BACKGROUND)
        )

    def _paint_erasing(self, row: int, start: int, text: str) -> int:
        """Paint ``text`` from ``start`` (the terminal's cursor is there) with its runs of spaces
        erased where that is shorter; the column the terminal's cursor is left at."""
        at, left_at = 0, start
        for run in _SPACES.finditer(text):
            first = start + _cells(text[: run.start()])
            count, stop = run.end() - run.start(), first + run.end() - run.start()
            if run.end() < len(text):  # more follows: erase, then move past the run
                past = min(f"\x1b[{count}C", f"\x1b[{row + 1};{stop + 1}H", key=len)
                erase, cost = f"\x1b[{count}X{past}", len(f"\x1b[{count}X{past}")
            elif self._spaces_to_the_edge(row, stop):
                erase = "\x1b[K"
                cost = len(erase)
            else:  # the cursor stays on the run's first cell: what comes next may need a move
                erase = f"\x1b[{count}X"
                cost = len(erase) + len(f"\x1b[{row + 1};{stop + 1}H")
            if cost >= count:
                continue
            if at < run.start():
                self._paint(text[at : run.start()])
            if not _looks_the_same_on_spaces(self.shown, self.wanted):
                self._set_style(self.wanted)
            self._send(erase)
            at, left_at = run.end(), stop if run.end() < len(text) else first
        if at < len(text):
            self._paint(text[at:])
            left_at = start + _cells(text)
        return left_at

    def _spaces_to_the_edge(self, row: int, column: int) -> bool:
        """Every cell from ``column`` to the edge is already a space as the input's next one."""
        space = (" ", self.wanted.background, self.link)
        return all(cell == space for cell in self.cells[row][column:])

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

    def _unchanged(self, data: str, start: _Start) -> str:
        """Pass ``data`` on as it is, from where and in the style it expects (as ``LeanSGR``
        does), and forget; the terminal is then left in the default style."""
        move = ""
        if start.cursor is not None and start.cursor != start.sent:
            move = f"\x1b[{start.cursor[0] + 1};{start.cursor[1] + 1}H"
        style = _change(start.shown, start.wanted) if start.shown != start.wanted else ""
        self.wanted, self.link, self.shown = DEFAULT, None, DEFAULT
        self.cursor_hidden = start.cursor_hidden and "\x1b[?25h" not in data
        self.forget()
        return start.sent_first + move + style + data + "\x1b[0m"
