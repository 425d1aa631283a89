"""ShadowScreen: what the terminal already shows is not sent again, and the terminal (pyte, a
real emulator) ends up showing the same as with everything sent."""

from __future__ import annotations

import pyte
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.color import ColorSystem
from rich.style import Style as RichStyle

from coprod_tui.tui.terminal_shadow import ShadowScreen
from tests.tui.test_terminal_output import STYLES

COLUMNS, ROWS = 12, 4


def looks(screen: pyte.Screen) -> list[list[tuple]]:
    """What each cell shows: a plain space shows only its background."""
    rows = []
    for y in range(screen.lines):
        line = screen.buffer[y]
        row = []
        for x in range(screen.columns):
            c = line[x]
            if c.data == " " and not (c.reverse or c.underscore or c.strikethrough):
                row.append((" ", c.bg))
            else:
                row.append((c.data, c.fg, c.bg, c.bold, c.italics, c.underscore, c.strikethrough))
                row[-1] += (c.reverse, c.blink)
        rows.append(row)
    return rows


class Terminal:
    def __init__(self, columns: int, rows: int) -> None:
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.Stream(self.screen)

    def feed(self, data: str) -> None:
        self.stream.feed(data)

    def state(self) -> tuple:
        cursor = self.screen.cursor
        return looks(self.screen), None if cursor.hidden else (cursor.x, cursor.y)


TEXTS = st.one_of(
    st.sampled_from([" ", "  ", "ab", "ab  ", "日本", "🙂", "e\u0301", "█"]),
    st.text(" ab█é日", min_size=1, max_size=7),
)
# A few styles and places often, so that writes land on what earlier writes painted.
FEW_STYLES = st.sampled_from(
    [RichStyle(), RichStyle(bgcolor="color(236)"), RichStyle(reverse=True, bgcolor="color(236)")]
    + [RichStyle(color="red", bgcolor="color(236)"), RichStyle(underline=True)]
)
PLACES = st.sampled_from([1, 2, 3, COLUMNS - 2, COLUMNS - 1, COLUMNS])
SAME_PLACE_TEXT = st.tuples(
    st.just("text"), st.sampled_from([" ", "a", "  ", "ab", "日"]), FEW_STYLES
)
SAME_PLACE_MOVE = st.tuples(st.just("move"), st.integers(1, 2), PLACES)
PIECES = st.one_of(
    st.tuples(st.just("text"), TEXTS, STYLES),
    SAME_PLACE_TEXT,
    SAME_PLACE_TEXT,
    SAME_PLACE_MOVE,
    SAME_PLACE_MOVE,
    st.tuples(st.just("move"), st.integers(1, ROWS + 1), st.integers(1, COLUMNS + 1)),
    st.tuples(
        st.just("raw"),
        st.sampled_from(
            ["\r\n", "\n", "\r", "\x1b[?25l", "\x1b[?25h", "\x1b[?2026h", "\x1b]22;default\x07"]
        ),
    ),
    # What makes it forget: a clear, the alternate screen, an unknown escape, a backspace, a
    # style it can't parse.
    st.tuples(
        st.just("raw"),
        st.sampled_from(["\x1b[2J", "\x1b[K", "\x1b[?1049h", "\x1b7", "\x08", "\x1b[4:3mx\x1b[0m"]),
    )
    | st.tuples(st.just("text"), TEXTS, STYLES),
)
WRITES = st.lists(
    st.tuples(
        st.lists(PIECES, max_size=14),
        st.none() | st.tuples(st.integers(6, 14), st.integers(2, 5)),  # a resize before it
    ),
    max_size=12,
)


def render(pieces, system: ColorSystem) -> str:
    """What Textual writes: every styled segment on its own, reset after it."""
    out = []
    for piece in pieces:
        if piece[0] == "text":
            out.append(piece[2].render(piece[1], color_system=system))
        elif piece[0] == "move":
            out.append(f"\x1b[{piece[1]};{piece[2]}H")
        else:
            out.append(piece[1])
    return "".join(out)


@settings(max_examples=600, deadline=None)
@given(WRITES, st.sampled_from(["\x1b[?7l", ""]), st.sampled_from(list(ColorSystem)[1:]))
def test_the_terminal_shows_what_it_would_with_everything_sent(writes, wrap, system):
    everything, shadowed = Terminal(COLUMNS, ROWS), Terminal(COLUMNS, ROWS)
    shadow = ShadowScreen(COLUMNS, ROWS)
    for terminal in (everything, shadowed):
        terminal.feed(wrap)
    shadowed.feed(shadow(wrap))
    # Repeat each write once, as Textual repaints what has not changed.
    for pieces, size in [w for write in writes for w in (write, (write[0], None))]:
        if size is not None:
            for terminal in (everything, shadowed):
                terminal.screen.resize(size[1], size[0])
            shadow.resize(*size)
        data = render(pieces, system)
        everything.feed(data)
        sent = shadow(data)
        shadowed.feed(sent)
        assert shadowed.state() == everything.state()


def test_a_repaint_of_the_same_cells_sends_nothing():
    shadow = ShadowScreen(20, 3)
    line = "\x1b[2;1H\x1b[1;38;5;253;48;5;234mProjects\x1b[0m\x1b[48;5;234m    \x1b[0m\x1b[1;1H"
    assert shadow(line) != ""
    assert shadow(line) == ""


def test_only_the_changed_run_is_sent_after_a_move_to_it():
    shadow = ShadowScreen(30, 3)
    shadow("\x1b[1;1H\x1b[38;5;1mplanned 70 min · used 0 min\x1b[0m\x1b[1;1H")
    again = shadow("\x1b[1;1H\x1b[38;5;1mplanned 70 min · used 5 min\x1b[0m\x1b[1;1H")
    assert again == "\x1b[1;23H\x1b[38;5;1m5\x1b[1;1H\x1b[0m"


def test_short_unchanged_gaps_are_sent_rather_than_moved_over():
    shadow = ShadowScreen(30, 3)
    shadow("\x1b[1;1Habcdefgh\x1b[1;1H")
    assert shadow("\x1b[1;1HXbcXefgh\x1b[1;1H") == "XbcX\x1b[1;1H"  # the cursor was there


def test_a_blank_repaint_in_another_foreground_costs_nothing():
    shadow = ShadowScreen(10, 2)
    shadow("\x1b[1;1H\x1b[38;5;1;48;5;2m     \x1b[0m")
    assert shadow("\x1b[1;1H\x1b[38;5;7;48;5;2m     \x1b[0m") == ""


def test_a_new_size_forgets_everything():
    shadow = ShadowScreen(10, 2)
    line = "\x1b[1;1Habc"
    shadow(line)
    shadow.resize(12, 3)
    assert "abc" in shadow(line)


def test_a_control_it_does_not_model_forgets():
    shadow = ShadowScreen(10, 2)
    shadow("\x1b[1;1Habc")
    assert shadow("\x1b[2J") == "\x1b[2J"
    assert "abc" in shadow("\x1b[1;1Habc")


def test_harmless_controls_keep_what_it_knows():
    shadow = ShadowScreen(10, 2)
    shadow("\x1b[1;1Habc")
    assert shadow("\x1b[?2026h") == "\x1b[?2026h"
    assert shadow("\x1b[1;1Habc") == ""


def test_the_cursor_ends_where_the_input_left_it_past_the_last_cell():
    shadow, everything, shadowed = (
        ShadowScreen(COLUMNS, ROWS),
        *(Terminal(COLUMNS, ROWS) for _ in "ab"),
    )
    last_cell = f"\x1b[1;{COLUMNS}H\x1b[1ma\x1b[0m"
    for data in (last_cell, "\x1b[2;1Hb", last_cell):  # the third paints nothing new
        everything.feed(data)
        shadowed.feed(shadow(data))
        assert shadowed.state() == everything.state()
    assert everything.screen.cursor.x == COLUMNS


def test_a_combining_mark_is_left_to_the_terminal():
    shadow = ShadowScreen(10, 2)
    shadow("\x1b[1;1He\u0301")
    assert "e\u0301" in shadow("\x1b[1;1He\u0301")
