"""Short garbage-collector pauses: what the app has built is taken out of the collector's walk.

A full collection in Python walks every object the process holds. The app holds many that live
as long as it does (Textual, the CSS, each tool's screen, the meeting's cards and their rows),
and walking them took 50-140 ms, a few times a minute while cards arrived: in a 1,000-card
meeting every hand-in that took over 100 ms to appear had waited on one (bench/card_latency.py).
Once the first screen has settled, and once a tool's screen has first been drawn, what exists
is frozen (``gc.freeze``): later collections walk only what came after it.

The price: an object frozen now that later becomes garbage caught in a reference cycle, and
such garbage not yet found when freezing (measured: 100-1,400 objects each time, a full
collection to find it would cost 15-60 ms), is freed only when the app thaws, on its way out
(a process that runs one app after another, the tests, gets each one's objects back).
"""

from __future__ import annotations

import gc


def freeze_what_is_built() -> None:
    """Keep what exists now out of every later collection (cheap: a list is moved)."""
    gc.freeze()


def thaw() -> None:
    """Give the collector back everything frozen (when the app ends)."""
    gc.unfreeze()
