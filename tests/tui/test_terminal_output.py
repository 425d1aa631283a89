"""lean_sgr: fewer bytes, the same picture. Checked with a small terminal model of its own."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.color import ColorSystem
from rich.style import Style as RichStyle

from coprod_tui.tui.terminal_driver import lean_driver
from coprod_tui.tui.terminal_output import LeanSGR, lean_sgr

CSI = re.compile(
    r"\x1b\[([0-9;:?<>=$]*)([ -/]*)([@-~])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|(.)", re.S
)
OFF = {22: {1, 2}, 23: {3}, 24: {4, 21}, 25: {5}, 27: {7}, 28: {8}, 29: {9}, 55: {53}}
SHOWN_ON_SPACE = {4, 7, 9, 21, 53}


def sgr(state: dict, parameters: str) -> None:
    """A terminal's reading of ESC[...m, applied to ``state`` (attrs, fg, bg)."""
    codes = [int(c) if c else 0 for c in parameters.split(";")] if parameters else [0]
    i = 0
    while i < len(codes):
        code = codes[i]
        if code in (38, 48):
            width = 3 if codes[i + 1] == 5 else 5
            state["fg" if code == 38 else "bg"] = tuple(codes[i + 1 : i + width])
            i += width
            continue
        i += 1
        if code == 0:
            state.update(attrs=frozenset(), fg=None, bg=None)
        elif 30 <= code <= 37 or 90 <= code <= 97:
            state["fg"] = code
        elif code == 39:
            state["fg"] = None
        elif 40 <= code <= 47 or 100 <= code <= 107:
            state["bg"] = code
        elif code == 49:
            state["bg"] = None
        elif code in OFF:
            state["attrs"] = state["attrs"] - OFF[code]
        else:
            state["attrs"] = state["attrs"] | {code}


def screen(stream: str) -> tuple[dict, dict, tuple[int, int]]:
    """The cells a terminal shows after ``stream`` (what a cell looks like), its last style and
    where its cursor is (no auto-wrap, as Textual sets it; no scrolling: nothing goes that low)."""
    state = {"attrs": frozenset(), "fg": None, "bg": None}
    cells: dict[tuple[int, int], tuple] = {}
    row = col = 0
    for match in CSI.finditer(stream):
        parameters, _, final, char = match.groups()
        if char is None:
            if final == "m":
                sgr(state, parameters)
            elif final == "H":
                r, _, c = parameters.partition(";")
                row, col = int(r or 1) - 1, int(c or 1) - 1
        elif char == "\r":
            col = 0
        elif char == "\n":
            row += 1
        else:
            shown = state["attrs"] & SHOWN_ON_SPACE
            if char == " " and not shown:
                cells[row, col] = (" ", state["bg"])
            else:
                cells[row, col] = (char, state["attrs"], state["fg"], state["bg"])
            col += 1
    return cells, state, (row, col)


COLOURS = st.sampled_from(
    [None, "red", "bright_blue", "default", "color(214)", "color(236)", "#1c1c1c", "#e4e4e4"]
)
STYLES = st.builds(
    RichStyle,
    color=COLOURS,
    bgcolor=COLOURS,
    bold=st.sampled_from([None, True, False]),
    dim=st.sampled_from([None, True]),
    italic=st.sampled_from([None, True]),
    underline=st.sampled_from([None, True]),
    reverse=st.sampled_from([None, True]),
    strike=st.sampled_from([None, True]),
)
PIECES = st.one_of(
    st.tuples(
        st.just("text"),
        st.one_of(st.just(" "), st.just("  "), st.text(" ab█é", min_size=1, max_size=6)),
        STYLES,
    ),
    st.tuples(st.just("move"), st.integers(1, 5), st.integers(1, 20)),
    st.tuples(st.just("raw"), st.sampled_from(["\r\n", "\x1b[?25l", "\x1b]22;default\x07"])),
)


def textual_like(pieces, system: ColorSystem) -> str:
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


@settings(max_examples=300, deadline=None)
@given(
    st.lists(PIECES, max_size=30), st.sampled_from([ColorSystem.EIGHT_BIT, ColorSystem.TRUECOLOR])
)
def test_the_terminal_shows_the_same_cells_in_fewer_bytes(pieces, system):
    original = textual_like(pieces, system)
    lean = lean_sgr(original)
    (cells, style, cursor), (cells_before, _, cursor_before) = screen(lean), screen(original)
    assert cells == cells_before
    assert cursor == cursor_before
    assert style == {"attrs": frozenset(), "fg": None, "bg": None}, "it ends in the default style"
    assert len(lean.encode()) <= len(original.encode())


def test_same_background_spaces_and_repeated_styles_cost_nothing_extra():
    line = (
        "\x1b[2;1H\x1b[48;5;234m \x1b[0m\x1b[1;38;5;253;48;5;234mProjects\x1b[0m"
        "\x1b[48;5;234m    \x1b[0m\x1b[48;5;234m \x1b[0m\x1b[38;5;239;48;5;234m│\x1b[0m"
    )
    assert lean_sgr(line) == (
        "\x1b[2;1H\x1b[48;5;234m \x1b[1;38;5;253mProjects     \x1b[22;38;5;239m│\x1b[0m"
    )


def test_line_ends_and_moves_that_a_later_move_overrides_are_dropped():
    tick = (
        "\x1b[10;22H\x1b[38;5;253;48;5;234m  ___   \x1b[10;30H\x1b[0m\r\n"
        "\x1b[11;22H\x1b[38;5;253;48;5;234m / _ \\  \x1b[11;30H\x1b[1;1H\x1b[0m"
    )
    assert lean_sgr(tick) == (
        "\x1b[10;22H\x1b[38;5;253;48;5;234m  ___   \x1b[11;22H / _ \\  \x1b[1;1H\x1b[0m"
    )


def test_spaces_in_reverse_video_keep_their_colour():
    line = "\x1b[38;5;1;48;5;2ma\x1b[0m\x1b[7;38;5;3;48;5;2m \x1b[0m"
    assert screen(lean_sgr(line))[0] == screen(line)[0]
    assert "7;" in lean_sgr(line)


def test_codes_it_does_not_model_pass_unchanged():
    curly = "\x1b[4:3mwavy\x1b[0m"
    assert lean_sgr(curly) == curly
    assert lean_sgr("no escapes at all") == "no escapes at all"


def test_a_style_left_set_carries_into_the_next_write():
    lean = LeanSGR()
    first = lean("\x1b[1mbold")
    second = lean(" still bold\x1b[0m")
    assert screen(first + second)[0] == screen("\x1b[1mbold still bold\x1b[0m")[0]


def test_the_driver_writes_through_it():
    class Recorder:
        def __init__(self) -> None:
            self.written: list[str] = []

        def write(self, data: str) -> None:
            self.written.append(data)

    driver = lean_driver(Recorder)()  # type: ignore[arg-type]
    driver.write("\x1b[48;5;1m \x1b[0m\x1b[48;5;1m \x1b[0m")
    assert driver.written == ["\x1b[48;5;1m  \x1b[0m"]


def test_the_driver_sets_the_pointer_shape_only_when_it_changes():
    class Recorder:
        def __init__(self) -> None:
            self.written: list[str] = []

        def write(self, data: str) -> None:
            self.written.append(data)

        def start_application_mode(self) -> None:
            pass

    driver = lean_driver(Recorder)()  # type: ignore[arg-type]
    for shape in ("default", "default", "pointer", "default", "default"):
        driver.write(f"\x1b]22;{shape}\x07")
    assert driver.written == ["\x1b]22;default\x07", "\x1b]22;pointer\x07", "\x1b]22;default\x07"]
    driver.start_application_mode()  # back from a suspend: set again
    driver.write("\x1b]22;default\x07")
    assert len(driver.written) == 4


def test_the_app_draws_through_it_without_animation(make_app, monkeypatch):
    monkeypatch.delenv("TEXTUAL_ANIMATIONS", raising=False)
    app = make_app()
    assert app.get_driver_class().__name__.startswith("Lean")
    assert app.animation_level == "none"
