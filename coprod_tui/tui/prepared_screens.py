"""Screens built ahead, in the quiet moment after the first screen has settled, so that the
first press of their key only switches to them.

Building the minutes screen on its first key cost ~100 ms of the 115 ms until its list was
shown from the scan cache (importing it, composing and mounting its widgets, styling them),
bench/minutes_screen.py. Built ahead, the key pays for the layout and the first frame only.

A prepared screen is composed and mounted off screen: it draws nothing and writes nothing to
the terminal until it is shown, and what it does on being shown (the minutes screen's scan of
the folder) waits for that: a screen starts such work on ScreenResume, never on mount. What
is cheap enough to do while idle, a screen may do in ``built_ahead``, called once it has
mounted (the minutes screen reads its list from the scan cache when that knows every file).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

# Modes built ahead. The minutes are what a facilitator opens at once and waits on (a list
# of every past meeting); the other tools are quick enough on their first key.
PREPARED_MODES = ("minutes",)


class PreparedScreens:
    """Screens built ahead for modes not visited yet; each is taken once, by its mode."""

    def __init__(self, app: App[object]) -> None:
        self._app = app
        self._ready: dict[str, Screen] = {}

    def prepare(self, mode: str, make: Callable[[], Screen]) -> None:
        """Build ``mode``'s screen now and mount it off screen."""
        if mode in self._ready:
            return
        screen = make()
        # A widget that holds the terminal's cursor (an Input) sets the app's cursor position as
        # it mounts, though its screen is not shown: every frame of the screen that is shown
        # would end with a move there (6 B a frame). Put back once the screen has mounted (its
        # first message after its compose and mount).
        cursor = self._app.cursor_position
        screen.call_later(setattr, self._app, "cursor_position", cursor)
        # Private in Textual 8 (textual>=8.2,<9): what _init_mode does to a mode's new screen
        # (it starts the screen's messages: compose and mount). A screen it already runs is not
        # registered again on its first visit. tests/tui/test_textual_contract.py checks it.
        self._app._register(self._app, screen)
        self._ready[mode] = screen
        built_ahead = getattr(screen, "built_ahead", None)
        if built_ahead is not None:  # what the screen reads ahead, once it has mounted
            screen.call_later(built_ahead)

    def take(self, mode: str) -> Screen | None:
        """The screen prepared for ``mode`` (once), or None: build one as usual."""
        return self._ready.pop(mode, None)
