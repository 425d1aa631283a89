"""How the terminal fills the cells it erases (ECH, EL): with the current background colour
where its terminfo entry has ``bce`` (xterm, VTE, the Linux console), else with the default one
(screen, tmux's own entries). Without terminfo (Windows, no curses), or for a TERM it does not
know, that is not known and ShadowScreen never erases: it sends the spaces."""

from __future__ import annotations

import functools
import os
from enum import Enum


class Erase(Enum):
    NEVER = "never"  # not known how this terminal erases
    DEFAULT_BACKGROUND = "default background"  # erased cells take the default background
    ANY_BACKGROUND = "any background"  # bce: erased cells take the current background


@functools.cache
def how_the_terminal_erases() -> Erase:
    """From terminfo's entry for $TERM, read once (about 1.5 ms with curses' import). Python's
    curses reads the entry of the first ``setupterm`` of the process only: nothing else in
    coprod calls it."""
    term = os.environ.get("TERM")
    if not term:
        return Erase.NEVER
    try:
        import curses
    except ImportError:
        return Erase.NEVER
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)  # setupterm writes nothing, but wants an fd
        try:
            curses.setupterm(term, devnull)
        finally:
            os.close(devnull)
        flag = curses.tigetflag("bce")
    except (curses.error, OSError):
        return Erase.NEVER
    if flag < 0:  # not a boolean capability: this curses does not know it
        return Erase.NEVER
    return Erase.ANY_BACKGROUND if flag else Erase.DEFAULT_BACKGROUND
