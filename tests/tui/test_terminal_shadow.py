"""ShadowScreen: what the terminal already shows is not sent again, and the terminal (pyte, a
real emulator) ends up showing the same as with everything sent."""

from __future__ import annotations

import pyte
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.color import ColorSystem
from rich.style import Style as RichStyle

from coprod_tui.tui.terminal_erase import Erase
from coprod_tui.tui.terminal_line_feed import LineFeed, what_a_line_feed_does
from coprod_tui.tui.terminal_shadow import ShadowScreen
from tests.tui.test_terminal_output import STYLES

COLUMNS, ROWS = 16, 4


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


class NoBceScreen(pyte.Screen):
    """A terminal without "background colour erase" (screen, tmux): erased cells take the
    default background. pyte's own erase takes the cursor's colours, as xterm's bce does for the
    background (and the rest does not show on a plain space)."""

    def erase_characters(self, count: int | None = None) -> None:
        super().erase_characters(count)
        self._to_default_background(range(self.cursor.x, self.cursor.x + (count or 1)))

    def erase_in_line(self, how: int = 0, private: bool = False) -> None:
        super().erase_in_line(how, private)
        assert how == 0  # ShadowScreen erases only to the right
        self._to_default_background(range(self.cursor.x, self.columns))

    def _to_default_background(self, columns: range) -> None:
        line = self.buffer[self.cursor.y]
        for x in columns:
            if x < self.columns:
                line[x] = line[x]._replace(bg="default")


class Terminal:
    def __init__(
        self, columns: int, rows: int, bce: bool = True, line_feed: LineFeed = LineFeed.NOT_KNOWN
    ) -> None:
        self.screen = (pyte.Screen if bce else NoBceScreen)(columns, rows)
        if line_feed is LineFeed.RETURNS:  # the tty's ONLCR: a line feed also returns
            self.screen.set_mode(pyte.modes.LNM)
        self.stream = pyte.Stream(self.screen)

    def feed(self, data: str) -> None:
        self.stream.feed(data)

    def state(self) -> tuple:
        cursor = self.screen.cursor
        return looks(self.screen), None if cursor.hidden else (cursor.x, cursor.y)


TEXTS = st.one_of(
    st.sampled_from([" ", "  ", "ab", "ab  ", "日本", "🙂", "e\u0301", "█"]),
    st.sampled_from([" " * 5, " " * 13, "a" + " " * 10 + "b", "日" + " " * 9, " " * 9 + "ab"]),
    st.text(" ab█é日", min_size=1, max_size=7),
)
# A few styles and places often, so that writes land on what earlier writes painted.
FEW_STYLES = st.sampled_from(
    [RichStyle(), RichStyle(bgcolor="color(236)"), RichStyle(reverse=True, bgcolor="color(236)")]
    + [RichStyle(color="red", bgcolor="color(236)"), RichStyle(underline=True)]
)
PLACES = st.sampled_from([1, 2, 3, COLUMNS - 2, COLUMNS - 1, COLUMNS])
SAME_PLACE_TEXT = st.tuples(
    st.just("text"),
    st.sampled_from(
        [" ", "a", "  ", "ab", "日", " " * 6, "a" + " " * 10, " " * 9 + "ab", " " * 13]
    ),
    FEW_STYLES,
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


# How the shadowed terminal erases, and what the shadow is told of it.
ERASES = st.sampled_from(
    [(True, Erase.NEVER), (True, Erase.ANY_BACKGROUND), (False, Erase.DEFAULT_BACKGROUND)]
)


LINE_FEEDS = st.sampled_from(list(LineFeed))


@settings(max_examples=600, deadline=None)
@given(
    WRITES,
    st.sampled_from(["\x1b[?7l", ""]),
    st.sampled_from(list(ColorSystem)[1:]),
    ERASES,
    LINE_FEEDS,
)
def test_the_terminal_shows_what_it_would_with_everything_sent(
    writes, wrap, system, erase, line_feed
):
    same_pictures(writes, wrap, system, erase, line_feed)


# Rows repainted in place, runs of spaces and what they clear: the erases' own cases.
ROW_PIECES = st.one_of(
    SAME_PLACE_TEXT,
    st.tuples(st.just("text"), st.sampled_from(["   ", " " * 13, "ab" + " " * 9 + "c"]), STYLES),
    SAME_PLACE_MOVE,
    st.tuples(st.just("move"), st.integers(1, 2), st.integers(1, COLUMNS)),
)
ROW_WRITES = st.lists(st.tuples(st.lists(ROW_PIECES, max_size=10), st.none()), max_size=8)


@settings(max_examples=300, deadline=None)
@given(
    ROW_WRITES,
    st.sampled_from([ColorSystem.EIGHT_BIT, ColorSystem.TRUECOLOR]),
    ERASES,
    LINE_FEEDS,
)
def test_erased_runs_of_spaces_show_what_the_spaces_would(writes, system, erase, line_feed):
    same_pictures(writes, "\x1b[?7l", system, erase, line_feed)


def same_pictures(
    writes,
    wrap: str,
    system: ColorSystem,
    erase: tuple[bool, Erase],
    line_feed: LineFeed = LineFeed.NOT_KNOWN,
) -> None:
    """Each write through the shadow (on a terminal that erases, and a tty that treats a line
    feed, as it was told) leaves the terminal showing what it shows with everything sent."""
    bce, how = erase
    everything = Terminal(COLUMNS, ROWS, line_feed=line_feed)
    shadowed = Terminal(COLUMNS, ROWS, bce, line_feed)
    shadow = ShadowScreen(COLUMNS, ROWS, how, line_feed)
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
    # In the style the first write left; on the same row a column is enough, and a carriage
    # return goes back to the corner.
    assert again == "\x1b[23G5\r"


def test_short_unchanged_gaps_are_sent_rather_than_moved_over():
    shadow = ShadowScreen(30, 3)
    shadow("\x1b[1;1Habcdefgh\x1b[1;1H")
    assert shadow("\x1b[1;1HXbcXefgh\x1b[1;1H") == "XbcX\r"  # the cursor was there


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


def test_a_long_run_of_spaces_is_erased_and_moved_past():
    shadow = ShadowScreen(40, 2, Erase.ANY_BACKGROUND)
    shadow("\x1b[1;1H\x1b[48;5;110mName of a longer item   and more\x1b[0m\x1b[1;1H")
    sent = shadow("\x1b[1;1H\x1b[48;5;234mItem" + " " * 20 + "and more\x1b[0m\x1b[1;1H")
    assert sent == "\x1b[48;5;234mItem\x1b[20X\x1b[20Cand more\r"


def test_spaces_to_the_edge_are_one_erase_in_line():
    shadow = ShadowScreen(40, 2, Erase.ANY_BACKGROUND)
    shadow("\x1b[2;1H\x1b[48;5;234m" + "x" * 30 + " " * 10 + "\x1b[0m")
    sent = shadow("\x1b[2;1H\x1b[48;5;234mshort" + " " * 35 + "\x1b[0m\x1b[1;1H")
    assert sent == "\rshort\x1b[K\x1b[1H"  # in the background the first write left


def test_a_row_blank_again_after_a_dialog_is_one_erase_in_line():
    # A dialog's box over blank rows: closing it changes the row in pieces (its border at both
    # ends, its text between); the unchanged blanks between them are erased too.
    shadow = ShadowScreen(40, 2, Erase.ANY_BACKGROUND)
    shadow("\x1b[1;1H\x1b[48;5;234m│ 1 yes" + " " * 10 + "Why" + " " * 19 + "│\x1b[0m")
    sent = shadow("\x1b[1;1H\x1b[48;5;234m" + " " * 40 + "\x1b[0m\x1b[2;1H")
    assert sent == "\r\x1b[K\x1b[2H"  # the cursor was on that row


def test_a_terminal_without_bce_gets_spaces_unless_the_background_is_the_default():
    shadow = ShadowScreen(40, 2, Erase.DEFAULT_BACKGROUND)
    shadow("\x1b[1;1H" + "x" * 40)
    assert "\x1b[K" not in shadow("\x1b[1;1H\x1b[48;5;234m" + " " * 40 + "\x1b[0m")
    shadow("\x1b[2;1H" + "x" * 40)
    assert shadow("\x1b[2;1H" + " " * 40 + "\x1b[1;1H") == "\r\x1b[K\x1b[1H"


def test_spaces_that_show_an_attribute_or_a_link_are_never_erased():
    for style in ("\x1b[7;48;5;234m", "\x1b[4m", "\x1b]8;;https://example.org\x1b\\"):
        shadow = ShadowScreen(40, 2, Erase.ANY_BACKGROUND)
        shadow("\x1b[1;1H" + "x" * 40)
        assert " " * 40 in shadow("\x1b[1;1H" + style + " " * 40 + "\x1b[0m")


def test_a_terminal_of_unknown_ways_gets_every_space():
    shadow = ShadowScreen(40, 2)
    shadow("\x1b[1;1H" + "x" * 40)
    assert shadow("\x1b[1;1H" + " " * 40 + "\x1b[1;1H") == "\r" + " " * 40 + "\r"


def test_spaces_of_the_same_look_join_across_styles_into_one_erase():
    # Textual pads a table row's cells in pieces, each in its cell's style.
    shadow = ShadowScreen(30, 2, Erase.ANY_BACKGROUND)
    shadow("\x1b[1;1H" + "x" * 30)
    row = (
        "\x1b[1;1H\x1b[38;5;247;48;5;234mpartly\x1b[0m"
        + "\x1b[38;5;253;48;5;234m        \x1b[0m" * 3
    )
    assert shadow(row + "\x1b[1;1H") == "\r\x1b[38;5;247;48;5;234mpartly\x1b[K\r"


def test_a_text_ending_in_spaces_that_nothing_joins_goes_out_as_it_came():
    # Cut in two, "XY" and its spaces would each need their own run (a digit of the timer).
    shadow = ShadowScreen(20, 2, Erase.ANY_BACKGROUND)
    shadow("\x1b[1;1H\x1b[48;5;1mab c\x1b[0m\x1b[1;1H")
    assert shadow("\x1b[1;1H\x1b[48;5;1mXY  \x1b[0m\x1b[1;1H") == "XY  \r"


def test_the_style_and_a_hidden_parked_cursor_carry_over_to_the_next_write():
    shadow = ShadowScreen(20, 3)
    shadow("\x1b[?25l")
    first = shadow("\x1b[2;1H\x1b[38;5;253;48;5;234mrow one\x1b[0m\x1b[1;1H")
    assert first == "\x1b[2H\x1b[38;5;253;48;5;234mrow one"  # no park, no reset
    second = shadow("\x1b[3;1H\x1b[1;38;5;253;48;5;234mtwo\x1b[0m\x1b[1;1H")
    assert second == "\x1b[3H\x1b[1mtwo"  # only what differs from the style left


def test_a_cursor_put_anywhere_but_the_corner_is_put_there():
    # An input's caret: the terminal's input method (IME) shows where the cursor is.
    shadow = ShadowScreen(20, 3)
    shadow("\x1b[?25l")
    assert shadow("\x1b[2;1Hname\x1b[2;3H").endswith("\x1b[3G")


def test_a_visible_cursor_is_always_put_where_the_input_left_it():
    shadow = ShadowScreen(20, 3)
    shadow("\x1b[?25l\x1b[?25h")
    assert shadow("\x1b[2;1Hname\x1b[1;1H").endswith("\x1b[1H")


def test_other_controls_go_out_in_the_default_style_where_the_input_has_the_cursor():
    shadow = ShadowScreen(20, 3)
    shadow("\x1b[?25l\x1b[2;1H\x1b[7mname\x1b[0m\x1b[1;1H")
    assert shadow("\x1b[?1049l") == "\x1b[1H\x1b[0m\x1b[?1049l"


def test_the_next_row_is_reached_by_a_line_feed_where_the_tty_is_known():
    move_to_next_row = "\x1b[2;1Hname\x1b[3;1Hnext"
    returns = ShadowScreen(20, 4, line_feed=LineFeed.RETURNS)
    assert returns(move_to_next_row).startswith("\x1b[2Hname\nnext")  # CR LF on the wire
    feeds = ShadowScreen(20, 4, line_feed=LineFeed.ONLY_FEEDS)
    assert feeds(move_to_next_row).startswith("\x1b[2Hname\n\rnext")
    not_known = ShadowScreen(20, 4)
    assert not_known(move_to_next_row).startswith("\x1b[2Hname\x1b[3Hnext")


def test_what_a_line_feed_does_is_read_from_the_tty():
    import os
    import pty
    import termios

    parent, child = pty.openpty()
    try:
        assert what_a_line_feed_does(child) is LineFeed.RETURNS  # a new pty: OPOST, ONLCR
        attributes = termios.tcgetattr(child)
        attributes[1] &= ~termios.ONLCR
        termios.tcsetattr(child, termios.TCSANOW, attributes)
        assert what_a_line_feed_does(child) is LineFeed.ONLY_FEEDS
    finally:
        os.close(parent)
        os.close(child)
    assert what_a_line_feed_does(-1) is LineFeed.NOT_KNOWN
