"""Bytes the terminal receives for one keypress on each list screen, at 100x30.

`coprod demo` in a pty (bench/_terminal.py): on every list screen, a cursor move (down, then up)
and, where the list has a state to change from the keyboard, a state change and back; the bytes
written until the output goes quiet. Every press is checked to have changed what the terminal
shows (its output is fed to a terminal emulator, pyte): a press that changes nothing would
measure 0 B and pass for nothing, so the screen's figure is then printed as "NO CHANGE".
Figures are medians over --presses presses, then the median of --runs runs (a new app each).
Targets: a cursor move <= 400 B, a state change <= 600 B (only the rows that change, the counts
and the detail panel). The readiness answer is given in its dialog at the foot of the screen
(enter, a number, enter): its figure is the last enter, which saves and closes the dialog, so it
includes repainting the rows the dialog covered (the screen behind shows around it), besides
the answered row, the cursor moving on to the next question, the diagram and the detail.

    python bench/keypress_bytes.py [--presses 6] [--runs 3] [--screens ladder,actions]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pyte

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _terminal import COLUMNS, ROWS, Terminal  # noqa: E402
from startup import prepare_demo_home  # noqa: E402

DOWN, UP, TAB, ENTER, ESCAPE = b"\x1b[B", b"\x1b[A", b"\t", b"\r", b"\x1b"
CTRL_DOWN, CTRL_UP = b"\x1b[1;5B", b"\x1b[1;5A"
CURSOR_TARGET, STATE_TARGET = 400, 600


@dataclass(frozen=True)
class Press:
    key: bytes
    before: tuple[bytes, ...] = ()  # keys sent first, not measured (a dialog's own keys)


@dataclass(frozen=True)
class ListScreen:
    name: str
    setup: tuple[bytes, ...]  # keys that bring the list in front, with its cursor in it
    state: tuple[Press, Press] | None = None  # a state change and back
    state_name: str = ""


# The ladder's placements need people placed first: enter opens who places, enter picks the
# first one not placed, a number is the rung, enter places; escape ends the round of picks.
PLACE_TWO = (b"4", ENTER, ENTER, b"5", ENTER, DOWN, ENTER, b"3", ENTER, ESCAPE)
SCREENS = [
    ListScreen("agenda", (b"1",), (Press(CTRL_DOWN), Press(CTRL_UP)), "item down/up"),
    ListScreen("cards", (b"2",), (Press(b"t"), Press(b"u")), "discussed/new"),
    ListScreen("postcards", (b"3", b"c")),
    ListScreen("ladder", PLACE_TWO),
    ListScreen("actions", (b"5",), (Press(b"c"), Press(b"o")), "done/reopen"),
    ListScreen("minutes", (b"6",)),
    ListScreen(
        "readiness",
        (b"7",),
        (Press(ENTER, (ENTER, b"2")), Press(ENTER, (ENTER, b"3"))),
        "answer (dialog)",
    ),
    ListScreen("people", (b"8",)),
    ListScreen("home", (b"h", ENTER)),  # enter on the project: into its meetings
]


@dataclass
class Figures:
    moves: list[int] = field(default_factory=list)
    changes: list[int] = field(default_factory=list)
    unchanged: int = 0  # presses after which the terminal showed the same as before


class Watched:
    """The app in a pty, its output also fed to pyte, to tell whether a press changed anything."""

    def __init__(self, terminal: Terminal) -> None:
        self.terminal = terminal
        self.screen = pyte.Screen(COLUMNS, ROWS)
        self.stream = pyte.ByteStream(self.screen)

    def feed(self, data: bytes) -> None:
        self.stream.feed(data)

    def picture(self) -> tuple:
        buffer = self.screen.buffer
        return tuple(tuple(buffer[y][x] for x in range(COLUMNS)) for y in range(ROWS))

    def send(self, key: bytes) -> bytes:
        self.terminal.send(key)
        out = self.terminal.until_quiet(0.4, limit=5)
        self.feed(out)
        return out

    def measure(self, key: bytes, figures: Figures, into: list[int]) -> None:
        before = self.picture()
        into.append(len(self.send(key)))
        if self.picture() == before:
            figures.unchanged += 1


def one_run(presses: int, screens: list[ListScreen]) -> dict[str, Figures]:
    figures: dict[str, Figures] = {}
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        prepare_demo_home(home)
        terminal = Terminal([sys.executable, "-m", "coprod_tui", "--home", str(home), "demo"])
        watched = Watched(terminal)
        try:
            watched.feed(bytes(terminal.first_frame().startup))
            for screen in screens:
                found = figures[screen.name] = Figures()
                for key in screen.setup:
                    watched.send(key)
                for n in range(presses):
                    watched.measure(DOWN if n % 2 == 0 else UP, found, found.moves)
                for n in range(presses if screen.state else 0):
                    assert screen.state is not None
                    press = screen.state[n % 2]
                    for key in press.before:
                        watched.send(key)
                    watched.measure(press.key, found, found.changes)
        finally:
            terminal.stop()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--presses", type=int, default=6)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--screens", help="only these, comma-separated (e.g. ladder,actions)")
    args = parser.parse_args()
    wanted = args.screens.split(",") if args.screens else [screen.name for screen in SCREENS]
    screens = [screen for screen in SCREENS if screen.name in wanted]
    runs = [one_run(args.presses, screens) for _ in range(args.runs)]
    print(f"{COLUMNS}x{ROWS}, medians of {args.presses} presses, median of {args.runs} runs")
    print(f"{'screen':<11}{'cursor move B / 400':>24}   {'state change B / 600':>24}")
    for screen in screens:
        per_run = [run[screen.name] for run in runs]
        unchanged = sum(f.unchanged for f in per_run)
        move = statistics.median(statistics.median(f.moves) for f in per_run)
        cells = [f"{move:>6.0f} / {CURSOR_TARGET} = {move / CURSOR_TARGET:4.2f}"]
        if screen.state:
            change = statistics.median(statistics.median(f.changes) for f in per_run)
            cells.append(f"{change:>6.0f} / {STATE_TARGET} = {change / STATE_TARGET:4.2f}")
            cells[-1] += f"  ({screen.state_name})"
        else:
            cells.append(f"{'—':>6}")
        line = f"{screen.name:<11}{cells[0]:>24}   {cells[1]}"
        print(line + (f"  NO CHANGE after {unchanged} presses" if unchanged else ""))
    print("targets: cursor move <= 400 B, state change <= 600 B")


if __name__ == "__main__":
    main()
