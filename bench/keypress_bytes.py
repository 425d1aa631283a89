"""Bytes the terminal receives for one keypress on each list screen, at 100x30.

`coprod demo` in a pty (bench/_terminal.py): for each screen, a cursor move (down, then up)
and, where the list has a state to change, a state change and back; the bytes written until
the output goes quiet, medians of --presses. Targets: a state change <= 600 B, a cursor move
<= 400 B (only the rows that change, the counts and the detail panel).
Usage: python bench/keypress_bytes.py [--presses 6]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _terminal import COLUMNS, ROWS, Terminal  # noqa: E402
from startup import prepare_demo_home  # noqa: E402

DOWN, UP = b"\x1b[B", b"\x1b[A"
# screen key, name, (state change key, key back) or None
SCREENS = [
    (b"2", "cards", (b"t", b"u")),
    (b"5", "actions", None),
    (b"6", "minutes", None),
    (b"h", "home", None),
]


def bytes_for(terminal: Terminal, key: bytes) -> int:
    terminal.send(key)
    return len(terminal.until_quiet(0.4, limit=5))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--presses", type=int, default=6)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        prepare_demo_home(home)
        terminal = Terminal([sys.executable, "-m", "coprod_tui", "--home", str(home), "demo"])
        try:
            terminal.first_frame()
            print(f"{COLUMNS}x{ROWS}, medians of {args.presses} presses")
            print(f"{'screen':<10}{'cursor move B':>15}{'state change B':>16}")
            for key, name, state in SCREENS:
                bytes_for(terminal, key)
                moves = [
                    bytes_for(terminal, DOWN if n % 2 == 0 else UP) for n in range(args.presses)
                ]
                changes = []
                if state is not None:
                    changes = [bytes_for(terminal, state[n % 2]) for n in range(args.presses)]
                change = f"{statistics.median(changes):>16.0f}" if changes else f"{'—':>16}"
                print(f"{name:<10}{statistics.median(moves):>15.0f}{change}")
            print("targets: cursor move <= 400 B, state change <= 600 B")
        finally:
            terminal.stop()


if __name__ == "__main__":
    main()
