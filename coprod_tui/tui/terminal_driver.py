"""The driver coprod and ``coprod room`` write through: Textual's own for this terminal, with
what it writes rewritten for fewer bytes and the same picture (terminal_output.py: style codes,
terminal_shadow.py: cells the terminal already shows, terminal_erase.py: whether runs of spaces
can be erased instead, terminal_line_feed.py: whether a line feed can move the cursor)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, NamedTuple

from coprod_tui.tui.terminal_erase import how_the_terminal_erases
from coprod_tui.tui.terminal_line_feed import what_a_line_feed_does
from coprod_tui.tui.terminal_output import LeanSGR
from coprod_tui.tui.terminal_shadow import ShadowScreen

if TYPE_CHECKING:
    from textual.driver import Driver


class TerminalSize(NamedTuple):
    columns: int
    rows: int
    fd: int  # the stream's


def terminal_size() -> TerminalSize | None:
    """Columns and rows of the terminal Textual writes to (its stderr, else stdout)."""
    for stream in (sys.__stderr__, sys.__stdout__):
        try:
            fd = stream.fileno() if stream is not None else None
            size = os.get_terminal_size(fd) if fd is not None else None
        except (OSError, ValueError):
            continue
        if fd is not None and size is not None and size.columns > 0 and size.lines > 0:
            return TerminalSize(size.columns, size.lines, fd)
    return None


POINTER_SHAPE = "\x1b]22;"  # OSC 22: the mouse pointer's shape (kitty's protocol)


def lean_driver(base: type[Driver]) -> type[Driver]:
    """``base`` writing through ``ShadowScreen`` where the terminal's size can be read (it is
    read on every write: a new size forgets what the terminal showed), else ``LeanSGR``; a
    pointer shape the terminal was last given is not sent again."""

    class LeanDriver(base):  # type: ignore[valid-type, misc]
        _lean: LeanSGR | None = None
        _shadow: ShadowScreen | None = None
        _pointer: str | None = None

        def start_application_mode(self) -> None:
            self._pointer = None  # (again, after a suspend: the terminal may show another)
            super().start_application_mode()

        def write(self, data: str) -> None:
            if data.startswith(POINTER_SHAPE):
                # Textual sets the pointer as each screen mounts, though it is the same: 13 B
                # on each first visit to a screen, and from a screen built ahead while idle.
                if data == self._pointer:
                    return
                self._pointer = data
            size = terminal_size()
            if size is None:
                self._shadow = None
                if self._lean is None:
                    self._lean = LeanSGR()
                super().write(self._lean(data))
                return
            if self._shadow is None:
                self._shadow = ShadowScreen(
                    size.columns,
                    size.rows,
                    how_the_terminal_erases(),
                    what_a_line_feed_does(size.fd),
                )
            elif (self._shadow.columns, self._shadow.rows) != size[:2]:
                self._shadow.resize(size.columns, size.rows)
            super().write(self._shadow(data))

    LeanDriver.__name__ = LeanDriver.__qualname__ = f"Lean{base.__name__}"
    return LeanDriver


# After Textual's own resize (it settles the new size 1/120 s after the event and lays out).
_AFTER_RESIZE_SECONDS = 0.05


class FullPaintOnResize:
    """A new terminal size repaints the whole screen. Textual itself repaints only what moved;
    what the terminal did with the rest of its cells on the resize is its own (reflowed, cut,
    cleared), and ShadowScreen has forgotten it, so every cell is sent."""

    def on_resize(self) -> None:
        self.set_timer(_AFTER_RESIZE_SECONDS, self._paint_everything)  # type: ignore[attr-defined]

    def _paint_everything(self) -> None:
        if self.screen_stack:  # type: ignore[attr-defined]  # (none once the app is closing)
            self.screen.refresh(repaint=True)  # type: ignore[attr-defined]
