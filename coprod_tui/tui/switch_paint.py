"""A mode switch paints the new screen as soon as that screen has what it shows.

Textual holds every paint for 50 ms when the app switches modes (``App.delay_update``), to mask
a screen still being built. A screen that is ready sooner, one built ahead
(tui/prepared_screens.py) that has read its list, says so with ``screen_ready`` and is painted
at once; every other switch is held as long as before. The new screen still goes out as one
frame, as complete as it was with the 50 ms hold.
"""

from __future__ import annotations

import contextlib
from functools import partial
from typing import Any

from textual.app import App, ScreenStackError
from textual.screen import Screen


class PaintWhenReady(App[Any]):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._holds: list[contextlib.ExitStack] = []  # paints held by mode switches

    def delay_update(self, delay: float = 0.05) -> None:
        # As Textual's own, through batch_update (the public way to the same batch count);
        # the hold ends at ``delay`` at the latest.
        hold = contextlib.ExitStack()
        hold.enter_context(self.batch_update())
        self._holds.append(hold)
        self.set_timer(delay, partial(self._end_hold, hold), name="delay_update")

    def screen_ready(self, screen: Screen[Any]) -> None:
        """``screen`` shows what it should: if it is the one switched to, paint it now."""
        if screen is self.screen:
            for hold in list(self._holds):
                self._end_hold(hold)

    def _end_hold(self, hold: contextlib.ExitStack) -> None:
        if hold in self._holds:
            self._holds.remove(hold)
            hold.close()
            try:
                screen = self.screen
            except ScreenStackError:  # the app closed while the hold ran: nothing to paint
                return
            screen.refresh()
