"""Bytes a countdown sends to the terminal per tick, in a 100x30 pseudo-terminal.

Four programs, each run in its own pty (TERM=xterm-256color, COLORTERM unset):
  (a) a plain Textual app: one Static re-rendering the whole figlet M:SS text every second,
      in the font BigTimer picks at 100x30;
  (b) a minimal app hosting coprod_tui's BigTimer, counting down from 60 (a Countdown polled
      ten times a second; the widget redraws only when the shown second changes);
  (c) `termdown 60`, if installed (curses: repaints changed cells only);
  (d) the real app on its gratitude screen (title, speaker, state, "spoke" line, footer), a round of
      eight participants with the first speaker's 60 s running.

The first frame (everything until the output goes quiet) is reported on its own; then the bytes
of the next ``--seconds`` seconds, per tick and per second. Target: (b) and (d) <= 0.5 x (a).

    python bench/timer_bytes.py [--seconds 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COLUMNS, ROWS = 100, 30
QUIET = 0.4  # seconds without output that end the first frame, and separate two ticks


# -- the apps under test (run in the child) --------------------------------------------------


def run_static_app() -> None:
    import pyfiglet
    from rich.text import Text
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    from coprod_tui.model.clock import format_mm_ss
    from coprod_tui.tui.widgets.big_timer import choose_font

    font = choose_font(COLUMNS, ROWS).name

    def figlet(seconds: int) -> Text:
        return Text(pyfiglet.figlet_format(format_mm_ss(seconds), font=font, width=1000).rstrip())

    class StaticTimer(App[None]):
        seconds = 60

        def compose(self) -> ComposeResult:
            yield Static(figlet(self.seconds), markup=False)

        def on_ready(self) -> None:
            self.set_interval(1.0, self.tick)

        def tick(self) -> None:
            self.seconds -= 1
            self.query_one(Static).update(figlet(self.seconds))

    StaticTimer().run()


def run_big_timer_app() -> None:
    from textual.app import App, ComposeResult

    from coprod_tui.model.clock import Countdown
    from coprod_tui.tui.widgets.big_timer import BigTimer

    class BigTimerApp(App[None]):
        def __init__(self) -> None:
            super().__init__()
            self.countdown = Countdown(60)

        def compose(self) -> ComposeResult:
            yield BigTimer(60)

        def on_ready(self) -> None:
            self.countdown.start()
            self.set_interval(0.1, self.tick)

        def tick(self) -> None:
            timer = self.query_one(BigTimer)
            timer.set_seconds(self.countdown.shown_seconds)
            timer.warning = self.countdown.in_last_seconds()
            timer.finished = self.countdown.finished

    BigTimerApp().run()


def run_gratitude_app() -> None:
    import tempfile

    from coprod_tui.meeting import Workspace
    from coprod_tui.model import Participant
    from coprod_tui.store.db import HomeStore
    from coprod_tui.store.plans import load_plan, plans_dir
    from coprod_tui.tui.app import CoprodApp

    people = ["Fatima", "Jan", "Mohamed", "Els", "Priya", "Kees", "Anna", "Bo"]
    with tempfile.TemporaryDirectory() as folder:
        store = HomeStore(Path(folder) / "home").open()
        workspace = Workspace(store)
        meeting = workspace.new_meeting(
            workspace.create_project("Kookgroep De Linde"),
            load_plan(plans_dir() / "standard.yaml"),
            participants=[Participant(name) for name in people],
        )

        class GratitudeApp(CoprodApp):
            def on_ready(self) -> None:
                self.switch_mode("gratitude")
                self.call_after_refresh(lambda: self.screen.action_toggle_timer())

        try:
            GratitudeApp(workspace, meeting_id=meeting.session.id, poll_inbox=False).run()
        finally:
            store.close()


CHILDREN = {
    "static": run_static_app,
    "bigtimer": run_big_timer_app,
    "gratitude": run_gratitude_app,
}


# -- measuring (in the parent) ----------------------------------------------------------------


@dataclass
class Figures:
    first_frame: int
    ticks: int
    steady: int
    seconds: float

    @property
    def per_tick(self) -> float:
        return self.steady / self.ticks if self.ticks else float("nan")

    @property
    def per_second(self) -> float:
        return self.steady / self.seconds


def measure(argv: list[str], seconds: float, min_first_frame: int = 1) -> Figures:
    """Run ``argv`` in a 100x30 pty; count what it writes after its first frame for ``seconds``.

    The first frame is everything until the output goes quiet, once at least ``min_first_frame``
    bytes came (a Textual app sets up the terminal, then may load for longer than QUIET).
    """
    env = {key: value for key, value in os.environ.items() if key not in ("COLORTERM", "NO_COLOR")}
    env.update(TERM="xterm-256color", COLUMNS=str(COLUMNS), LINES=str(ROWS))
    pid, fd = pty.fork()
    if pid == 0:  # child: the pty is its controlling terminal and stdio
        import fcntl
        import termios

        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        os.execvpe(argv[0], argv, env)
    try:
        return _count(fd, seconds, min_first_frame)
    finally:
        os.kill(pid, signal.SIGTERM)
        _drain(fd, 1.0)
        os.close(fd)
        os.waitpid(pid, 0)


def _read(fd: int, timeout: float) -> int | None:
    """Bytes read within ``timeout`` (0 if none came), or None when the child has gone."""
    ready, _, _ = select.select([fd], [], [], max(0.0, timeout))
    if not ready:
        return 0
    try:
        data = os.read(fd, 65536)
    except OSError:
        return None
    return len(data) if data else None


def _drain(fd: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _read(fd, 0.05) is not None:
        pass


def _count(fd: int, seconds: float, min_first_frame: int) -> Figures:
    first_frame = 0
    last = start = time.monotonic()
    # the first frame, until quiet
    while first_frame < min_first_frame or time.monotonic() - last < QUIET:
        got = _read(fd, QUIET)
        if got is None or time.monotonic() - start > 30:
            raise RuntimeError("the program ended or never went quiet")
        if got:
            first_frame += got
            last = time.monotonic()
    steady = ticks = 0
    last_tick = 0.0
    end = last + seconds
    while (now := time.monotonic()) < end:
        got = _read(fd, end - now)
        if got is None:
            break
        if got:
            now = time.monotonic()
            if now - last_tick > QUIET:  # a new burst of output: one tick
                ticks += 1
            last_tick = now
            steady += got
    return Figures(first_frame, ticks, steady, seconds)


def find_termdown() -> str | None:
    beside_python = Path(sys.executable).parent / "termdown"
    return str(beside_python) if beside_python.exists() else shutil.which("termdown")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10, help="seconds measured after frame 1")
    parser.add_argument("--runs", type=int, default=1, help="runs of each; medians are reported")
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, str(ROOT))
        CHILDREN[args.child]()
        return

    me = [sys.executable, str(Path(__file__).resolve())]
    frame = 800  # bytes: less than any Textual first frame here, more than its terminal set-up
    programs = {
        "(a) Static, whole figlet text": ([*me, "--child", "static"], frame),
        "(b) BigTimer, digit cells": ([*me, "--child", "bigtimer"], frame),
        "(d) GratitudeScreen, real app": ([*me, "--child", "gratitude"], frame),
    }
    termdown = find_termdown()
    if termdown:
        programs["(c) termdown 60"] = ([termdown, "60"], 1)
    else:
        print("(c) termdown: not installed (pip install termdown), skipped\n")

    print(f"{COLUMNS}x{ROWS} pty, TERM=xterm-256color, {args.seconds:g} s after the first frame")
    header = f"{'program':32} {'first frame':>11} {'ticks':>5} {'bytes/tick':>10} {'bytes/s':>8}"
    print(header)
    medians: dict[str, float] = {}
    for label, (argv, min_first_frame) in programs.items():
        runs = [measure(argv, args.seconds, min_first_frame) for _ in range(args.runs)]
        first = statistics.median(r.first_frame for r in runs)
        ticks = statistics.median(r.ticks for r in runs)
        per_tick = statistics.median(r.per_tick for r in runs)
        per_second = statistics.median(r.per_second for r in runs)
        medians[label] = per_tick
        print(f"{label:32} {first:>11,.0f} {ticks:>5g} {per_tick:>10,.0f} {per_second:>8,.0f}")
        if args.runs > 1:
            each = ", ".join(f"{r.per_tick:,.0f}" for r in runs)
            print(f"{'':32} bytes/tick of each run: {each}")
    a = medians["(a) Static, whole figlet text"]
    print()
    for label in ("(b) BigTimer, digit cells", "(d) GratitudeScreen, real app"):
        ratio = medians[label] / a
        verdict = "within" if ratio <= 0.5 else "ABOVE"
        print(f"ratio {label[:3]}/(a): {ratio:.2f}  ({verdict} the target of 0.5)")
        if termdown:
            print(f"ratio {label[:3]}/(c): {medians[label] / medians['(c) termdown 60']:.1f}")


if __name__ == "__main__":
    main()
