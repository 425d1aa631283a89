"""Countdown and stopwatch logic on an injected monotonic clock.

No Textual here: the screens poll these objects and show what they say, and the tests drive them
with a fake clock instead of sleeping. Pausing and resuming lose nothing: only the time spent
running is counted.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

Clock = Callable[[], float]

# A remaining time of 59.0000000001 s (floating-point noise) should still show 59.
_EPSILON = 1e-6


def format_mm_ss(seconds: int) -> str:
    """Whole seconds as M:SS (``"0:09"``, ``"1:05"``, ``"10:00"``); minutes are not capped at 59."""
    if seconds < 0:
        raise ValueError(f"seconds must not be negative, got {seconds}")
    minutes, rest = divmod(seconds, 60)
    return f"{minutes}:{rest:02d}"


class Stopwatch:
    """Counts running time up from zero; pauses are not counted."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._counted = 0.0
        self._started_at: float | None = None

    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def elapsed(self) -> float:
        """Seconds counted so far, pauses excluded."""
        if self._started_at is None:
            return self._counted
        return self._counted + self._clock() - self._started_at

    def start(self) -> None:
        """Start or resume counting; does nothing while running."""
        if self._started_at is None:
            self._started_at = self._clock()

    resume = start

    def pause(self) -> None:
        """Stop counting, keeping what was counted; does nothing while paused."""
        if self._started_at is not None:
            self._counted = self.elapsed
            self._started_at = None

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        """Back to zero, not running."""
        self._counted = 0.0
        self._started_at = None

    def restore(self, counted: float, running: bool) -> None:
        """Counted ``counted`` seconds so far, and running on from now if ``running``."""
        self._counted = max(0.0, counted)
        self._started_at = self._clock() if running else None

    def keep_at_most(self, seconds: float) -> None:
        """Count no more than ``seconds`` so far; a running stopwatch runs on from there."""
        running = self.running
        self._counted = min(self.elapsed, seconds)
        self._started_at = self._clock() if running else None


class Countdown:
    """Counts a duration down to zero; it stops counting at zero until time is added.

    ``duration`` is the time on the clock now (the start duration plus any added time);
    ``elapsed`` the time counted so far, never more than ``duration``.
    """

    def __init__(self, duration: float, clock: Clock = time.monotonic) -> None:
        if duration < 0:
            raise ValueError(f"duration must not be negative, got {duration}")
        self._watch = Stopwatch(clock)  # the running time; this class adds the limit
        self._initial = float(duration)
        self._duration = float(duration)
        self._started = False

    # -- state ---------------------------------------------------------------------------------

    @property
    def duration(self) -> float:
        return self._duration

    @property
    def elapsed(self) -> float:
        """Seconds actually counted, pauses excluded; stops growing at zero remaining."""
        return min(self._watch.elapsed, self._duration)

    @property
    def remaining(self) -> float:
        return max(0.0, self._duration - self.elapsed)

    @property
    def shown_seconds(self) -> int:
        """What a display shows: whole seconds, rounded up (0:01 until the very end)."""
        return max(0, math.ceil(self.remaining - _EPSILON))

    @property
    def finished(self) -> bool:
        return self.remaining <= 0.0

    @property
    def running(self) -> bool:
        """Counting now: started, not paused and not finished."""
        return self._watch.running and not self.finished

    @property
    def started(self) -> bool:
        """Started at least once since the last reset (it may be paused or finished since)."""
        return self._started

    def in_last_seconds(self, n: int = 10) -> bool:
        """True while the display shows 1 … n seconds (not at zero: that is ``finished``)."""
        return 0 < self.shown_seconds <= n

    def until_next_change(self) -> float | None:
        """Seconds until ``shown_seconds`` changes, or None when nothing will change by itself."""
        if not self.running:
            return None
        return max(0.0, self.remaining - (self.shown_seconds - 1))

    # -- actions -------------------------------------------------------------------------------

    def start(self) -> None:
        """Start or resume counting; does nothing while running."""
        self._started = True
        self._watch.start()

    resume = start

    def pause(self) -> None:
        """Stop counting, keeping what was counted; does nothing while paused."""
        self._watch.pause()
        self._watch.keep_at_most(self._duration)

    def toggle(self) -> None:
        if self._watch.running:
            self.pause()
        else:
            self.start()

    def add(self, seconds: float) -> None:
        """Add (or with a negative number take away) time; the remaining time stays >= 0.

        Added to a finished countdown that was never paused, it counts on straight away.
        """
        self._watch.keep_at_most(self._duration)  # time run past zero is not counted
        self._duration = max(self._duration + seconds, self._watch.elapsed)

    def restore(self, duration: float, counted: float, *, running: bool, started: bool) -> None:
        """``duration`` on the clock, ``counted`` of it gone, running on from now if ``running``
        (a countdown picked up again after a restart)."""
        self._duration = max(0.0, float(duration))
        self._watch.restore(min(counted, self._duration), running)
        self._started = started or running

    def reset(self, duration: float | None = None) -> None:
        """Back to the start, not running: to ``duration`` if given, else the last start one."""
        if duration is not None:
            if duration < 0:
                raise ValueError(f"duration must not be negative, got {duration}")
            self._initial = float(duration)
        self._duration = self._initial
        self._watch.reset()
        self._started = False
