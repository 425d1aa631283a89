"""One first paint, once the first screen has settled: what both the app and the room view do.

Textual otherwise repaints the first screen as each widget fills in, and on a slow link every
100×30 repaint costs ~7 KB. A screen often lays itself out again once it knows its size
(measured on the agenda: one round paints it twice, 9.9 KB; three rounds once, 6.1 KB; more
rounds change nothing), so the batch ends after ``SETTLE_ROUNDS`` idle rounds, or after
``SETTLE_LIMIT_SECONDS`` at the latest.
"""

from __future__ import annotations

import contextlib
from typing import Any

from textual.app import App

SETTLE_LIMIT_SECONDS = 1.0
SETTLE_ROUNDS = 3


class SettledFirstPaint(App[Any]):
    """Call ``hold_first_paint()`` first thing in ``on_mount``."""

    _settling: contextlib.ExitStack | None = None
    _painted = False

    def hold_first_paint(self) -> None:
        self._settling = contextlib.ExitStack()
        self._settling.enter_context(self.batch_update())
        self.set_timer(SETTLE_LIMIT_SECONDS, self._settled)

    def on_ready(self) -> None:
        self._settle_after(SETTLE_ROUNDS)

    def _settle_after(self, rounds: int) -> None:
        if rounds:
            self.screen.call_after_refresh(self._settle_after, rounds - 1)
        else:
            self._settled()

    def _settled(self) -> None:
        if self._settling is not None:
            self._settling.close()
        if not self._painted:
            # Updates asked for during the batch wait for the next one, and a screen that asks
            # for none after it (the inbox reopened on a restart, a calm room view) would stay
            # blank: ask once.
            self._painted = True
            self.screen.refresh()
            self.call_after_refresh(self.first_paint_done)

    def first_paint_done(self) -> None:
        """Called once, after the first paint: the app's first quiet moment."""
