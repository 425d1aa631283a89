"""Keys and pastes that are not UTF-8 become U+FFFD ("�") instead of ending the meeting.

Textual's terminal drivers decode input strictly (Textualize/textual issue 6456): one byte that
is not UTF-8 (a Latin-1 terminal typing "é", ``tmux send-keys -H ff``, a paste from a file in
another encoding) raises ``UnicodeDecodeError`` in the input thread, which dies, and the app
with it. Each driver builds its decoder with ``getincrementaldecoder("utf-8")()`` from its own
module; ``forgiving_input`` gives those modules a factory whose decoders replace what they
cannot decode (the fix the upstream issue proposes), so the character shows where something was
lost. tests/tui/test_terminal_input.py fails if a Textual release builds its decoder otherwise.
"""

from __future__ import annotations

import codecs
import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.driver import Driver


def replacing_decoder(encoding: str) -> Callable[..., codecs.IncrementalDecoder]:
    """Like ``codecs.getincrementaldecoder``, for decoders that replace undecodable bytes."""
    return functools.partial(codecs.getincrementaldecoder(encoding), errors="replace")


def forgiving_input(base: type[Driver]) -> type[Driver]:
    """``base``, whose input thread (and its parents') decodes with ``errors="replace"``."""
    for cls in base.__mro__:
        module: Any = sys.modules.get(cls.__module__)
        if getattr(module, "getincrementaldecoder", None) is codecs.getincrementaldecoder:
            module.getincrementaldecoder = replacing_decoder
    return base
