"""Shared by the bench scripts: run a program in a pseudo-terminal and watch what it writes.

Definitions used by every figure:
- the program runs in a pty of COLUMNS x ROWS (TIOCSWINSZ), TERM=xterm-256color, no COLORTERM
  or NO_COLOR, so colours go out as 256-colour codes as on a typical SSH session;
- **first frame**: the first complete, settled screen. Textual addresses each line it paints with
  a cursor move (CSI row;col H); once moves to all ROWS rows have been seen, the frame ends at the
  last byte before the output goes quiet for QUIET seconds (Textual paints a screen in a few
  writes as widgets mount; the settling repaints are part of what the facilitator waits for).
  Time to first frame = from fork to that last byte; **first-frame bytes** = everything written
  until then (terminal set-up sequences included);
- **SGR share**: the bytes of colour/style codes (CSI ... m) in those bytes;
- **peak memory**: ru_maxrss of the child (os.wait4), which is stopped once the screen settles;
  **CPU**: the child's user + system seconds until then (less disturbed by a busy machine than
  the wall-clock time to the first frame).

``python bench/_terminal.py minimal`` runs the floor for comparison: a minimal Textual app with
the same kind of widgets as coprod (a header, tabs, a 50-row table, a footer).
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time
from dataclasses import dataclass, field

import pyte

COLUMNS, ROWS = 100, 30
QUIET = 0.5
TIMEOUT = 60.0
SGR = re.compile(rb"\x1b\[[0-9;:]*m")


@dataclass
class Run:
    first_frame_seconds: float = float("nan")
    startup: bytearray = field(default_factory=bytearray)

    @property
    def first_frame_bytes(self) -> int:
        return len(self.startup)

    @property
    def sgr_share(self) -> float:
        codes = sum(len(match) for match in SGR.findall(self.startup))
        return codes / len(self.startup) if self.startup else float("nan")


class Terminal:
    """A child process on a pty; ``read`` collects its output with timestamps."""

    def __init__(self, argv: list[str], columns: int = COLUMNS, rows: int = ROWS) -> None:
        self.columns, self.rows = columns, rows
        env = {k: v for k, v in os.environ.items() if k not in ("COLORTERM", "NO_COLOR")}
        env.update(TERM="xterm-256color", COLUMNS=str(columns), LINES=str(rows))
        self.started = time.monotonic()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: the pty is its controlling terminal and stdio
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
            os.execvpe(argv[0], argv, env)
        self.ended = False

    def read(self, timeout: float) -> bytes | None:
        """What arrived within ``timeout`` (b"" if nothing), or None once the child has gone."""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return b""
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            data = b""
        if not data:
            self.ended = True
            return None
        return data

    def until_quiet(self, quiet: float = QUIET, limit: float = TIMEOUT) -> bytes:
        """Everything written until nothing came for ``quiet`` seconds."""
        out = bytearray()
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            data = self.read(quiet)
            if not data:
                break
            out += data
        return bytes(out)

    def count_for(self, seconds: float) -> int:
        """Bytes written during the next ``seconds``."""
        total, end = 0, time.monotonic() + seconds
        while (now := time.monotonic()) < end:
            data = self.read(end - now)
            if data is None:
                break
            total += len(data)
        return total

    def send(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def first_frame(self) -> Run:
        """Read until every row has been painted and the output has then gone quiet."""
        run = Run()
        # Which rows text has been written to, by a terminal emulator (rows may be reached by
        # line feeds as well as by cursor moves).
        screen = pyte.Screen(self.columns, self.rows)
        stream = pyte.ByteStream(screen)
        screen.dirty.clear()
        rows_painted: set[int] = set()
        all_rows = set(range(self.rows))
        deadline = self.started + TIMEOUT
        last_byte = self.started
        while True:
            painted = rows_painted >= all_rows
            data = self.read(QUIET if painted else deadline - time.monotonic())
            if data is None or time.monotonic() > deadline:
                raise RuntimeError("the program ended or never painted a full screen")
            if not data:
                if painted:
                    break
                continue
            last_byte = time.monotonic()
            run.startup += data
            if not painted:
                stream.feed(data)
                rows_painted |= screen.dirty
                screen.dirty.clear()
        run.first_frame_seconds = last_byte - self.started
        return run

    def stop(self) -> os.struct_rusage:  # type: ignore[name-defined]
        """End the child; its resource usage (ru_maxrss: peak memory in KiB; CPU seconds)."""
        if not self.ended:
            os.kill(self.pid, signal.SIGTERM)
            self.until_quiet(0.2, limit=5)
        _, _, usage = os.wait4(self.pid, 0)
        os.close(self.fd)
        return usage


def run_minimal_app() -> None:
    """The floor: Header, Tabs, a 50-row DataTable and a Footer, Textual's defaults."""
    from textual.app import App, ComposeResult
    from textual.widgets import DataTable, Footer, Header, Tabs

    class MinimalApp(App[None]):
        BINDINGS = [("a", "bell", "Add"), ("e", "bell", "Edit"), ("d", "bell", "Delete")]

        def compose(self) -> ComposeResult:
            yield Header()
            yield Tabs("Agenda", "Cards", "Gratitude", "Ladder", "Actions", "Minutes")
            yield DataTable(cursor_type="row")
            yield Footer()

        def on_mount(self) -> None:
            table = self.query_one(DataTable)
            table.add_columns("#", "item", "planned", "used", "owner")
            for n in range(1, 51):
                table.add_row(str(n), f"Agenda item {n}", f"{n % 30} min", "—", "Fatima")

    MinimalApp().run()


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


if __name__ == "__main__" and sys.argv[1:] == ["minimal"]:
    run_minimal_app()
