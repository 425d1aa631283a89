"""A program in a pseudo-terminal, with what it shows read through a terminal emulator (pyte).

For tests that run the real app and the real room view side by side, as two terminals would.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import struct
import time
from collections.abc import Callable
from pathlib import Path

import pyte

from coprod_tui.tui.widgets.big_timer import DEFAULT_FONTS, load_font
from coprod_tui.tui.widgets.large_text import large_type

ROOT = Path(__file__).resolve().parents[2]


class PtyScreen:
    def __init__(
        self, argv: list[str], columns: int = 80, rows: int = 24, env: dict | None = None
    ) -> None:
        self.columns, self.rows = columns, rows
        environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLORTERM")}
        environment.update(TERM="xterm-256color", COLUMNS=str(columns), LINES=str(rows))
        environment["PYTHONPATH"] = str(ROOT)
        environment.update(env or {})
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.written = 0  # bytes the program sent
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            import fcntl
            import termios

            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
            os.execvpe(argv[0], argv, environment)
        self.ended = False

    def pump(self, timeout: float = 0.0) -> bool:
        """Feed what the program wrote (waiting up to ``timeout``); False once it has gone."""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return not self.ended
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            data = b""
        if not data:
            self.ended = True
            return False
        self.written += len(data)
        self.stream.feed(data)
        return True

    @property
    def text(self) -> str:
        return "\n".join(self.screen.display)

    def wait_for(self, check: Callable[[str], bool], timeout: float) -> float | None:
        """Pump until ``check(text)`` holds; the monotonic time it first held, or None."""
        deadline = time.monotonic() + timeout
        while True:
            if check(self.text):
                return time.monotonic()
            left = deadline - time.monotonic()
            if left <= 0 or not self.pump(min(left, 0.05)):
                return time.monotonic() if check(self.text) else None

    def send(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def alive(self) -> bool:
        pid, _ = os.waitpid(self.pid, os.WNOHANG)
        return pid == 0

    def wait_exit(self, timeout: float) -> int | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.pump(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.pid = 0
                return os.waitstatus_to_exitcode(status)
        return None

    def close(self) -> None:
        if self.pid:
            if self.wait_exit(0.1) is None:
                os.kill(self.pid, signal.SIGTERM)
                if self.wait_exit(5) is None:
                    os.kill(self.pid, signal.SIGKILL)
                    os.waitpid(self.pid, 0)
            self.pid = 0
        os.close(self.fd)


def shows_large(text: str, screen: str, width: int, height: int) -> bool:
    """``text`` as the room view draws it in large letters (every row of it) is on ``screen``."""
    large = large_type(text, width, height)
    if large is None:
        return " ".join(text.split()) in " ".join(screen.split())
    rows = [row.strip() for row in large.split("\n") if row.strip()]
    return all(row in screen for row in rows)


def timer_values(screen: str, most: int = 120) -> set[int]:
    """The M:SS values (0 … ``most`` seconds) drawn in big digits on ``screen``, in any of
    BigTimer's fonts: every row of the digits at the same columns."""
    lines = screen.split("\n")
    found = set()
    for name in DEFAULT_FONTS:
        font = load_font(name)
        for seconds in range(0, most + 1):
            minutes, rest = divmod(seconds, 60)
            glyphs = [font.glyphs[ch].split("\n") for ch in f"{minutes}:{rest:02d}"]
            rows = ["".join(parts) for parts in zip(*glyphs, strict=True)]
            key = next(i for i, row in enumerate(rows) if row.strip())
            for top in range(len(lines) - len(rows) + 1):
                column = lines[top + key].find(rows[key])
                if column >= 0 and all(
                    lines[top + i][column : column + len(row)] == row for i, row in enumerate(rows)
                ):
                    found.add(seconds)
                    break
    return found
