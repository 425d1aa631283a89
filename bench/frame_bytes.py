"""What coprod costs on a slow link: bytes of the first frame, and bytes per second afterwards.

In a 100x30 pty with TERM=xterm-256color (definitions in bench/_terminal.py):
  - first frame: bytes until the first complete screen has settled, with the share of colour and
    style codes (SGR) in them, and how many distinct SGR codes; for `coprod demo` and for the
    minimal Textual app (header, tabs, 50-row table, footer) next to it. Target: <= 20 KB.
  - idle: bytes per second on the demo meeting while nothing happens. Target: 0.
  - gratitude timer: bytes per second while the gratitude round's timer runs (key 3, then space),
    when the gratitude screen exists.

    python bench/frame_bytes.py [--runs 3] [--seconds 5]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _terminal import COLUMNS, ROWS, SGR, Run, Terminal, median  # noqa: E402
from startup import prepare_demo_home  # noqa: E402

TARGET_FIRST_FRAME = 20_000


def first_frame(argv: list[str]) -> Run:
    terminal = Terminal(argv)
    try:
        return terminal.first_frame()
    finally:
        terminal.stop()


def steady_rates(argv: list[str], seconds: float, gratitude: bool) -> tuple[float, float | None]:
    """Bytes per second idle, and (if ``gratitude``) while the gratitude timer runs."""
    terminal = Terminal(argv)
    try:
        terminal.first_frame()
        idle = terminal.count_for(seconds) / seconds
        timer = None
        if gratitude:
            terminal.send(b"3")
            terminal.until_quiet()
            terminal.send(b" ")
            terminal.until_quiet(0.3, limit=2)  # the first repaint after starting
            timer = terminal.count_for(seconds) / seconds
        return idle, timer
    finally:
        terminal.stop()


def describe(label: str, runs: list[Run]) -> None:
    frame = median([r.first_frame_bytes for r in runs])
    share = median([r.sgr_share for r in runs])
    distinct = median([len(set(SGR.findall(r.startup))) for r in runs])
    print(f"{label:22} {frame:>12,.0f} {share:>10.0%} {distinct:>14g}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each; medians are printed")
    parser.add_argument("--seconds", type=float, default=5, help="seconds per steady measurement")
    args = parser.parse_args()
    gratitude = importlib.util.find_spec("coprod_tui.tui.screens.gratitude") is not None
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        prepare_demo_home(home)
        coprod = [sys.executable, "-m", "coprod_tui", "--home", str(home), "demo"]
        minimal = [sys.executable, str(Path(__file__).parent / "_terminal.py"), "minimal"]
        frames: dict[str, list[Run]] = {"minimal Textual app": [], "coprod demo": []}
        for _ in range(args.runs):
            frames["minimal Textual app"].append(first_frame(minimal))
            frames["coprod demo"].append(first_frame(coprod))
        rates = [steady_rates(coprod, args.seconds, gratitude) for _ in range(args.runs)]

    print(f"{COLUMNS}x{ROWS} pty, TERM=xterm-256color, medians of {args.runs} runs")
    print(f"{'program':22} {'first frame':>12} {'SGR share':>10} {'distinct SGRs':>14}")
    for label, runs in frames.items():
        describe(label, runs)
    ours = median([r.first_frame_bytes for r in frames["coprod demo"]])
    verdict = "within" if ours <= TARGET_FIRST_FRAME else "ABOVE"
    print(f"coprod first frame: {verdict} the target of {TARGET_FIRST_FRAME:,} bytes")
    idle = median([idle for idle, _ in rates])
    print(f"idle on the demo meeting: {idle:,.0f} bytes/s over {args.seconds:g} s (target 0)")
    if gratitude:
        timer = median([timer or 0.0 for _, timer in rates])
        print(f"gratitude timer running: {timer:,.0f} bytes/s over {args.seconds:g} s")
    else:
        print("gratitude timer: not available (no coprod_tui.tui.screens.gratitude on this branch)")


if __name__ == "__main__":
    main()
