"""The gratitude round as the facilitator runs it: speakers in turn, each with a countdown.

No Textual and no store here: the screen drives a ``GratitudeRound`` and stores each finished
turn through the Meeting service. Every turn pairs a Countdown (what the digits show; it stops at
zero) with a Stopwatch (how long the person actually spoke, over-run included, pauses excluded).
Leaving a turn pauses it; coming back to it (``previous``) carries on where it was.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime

from coprod_tui.model import GratitudeShare
from coprod_tui.model.clock import Clock, Countdown, Stopwatch
from coprod_tui.model.gratitude import RoundState

DEFAULT_SECONDS = 60
STEP_SECONDS = 15
MAX_SECONDS = 60 * 60


def parse_seconds(text: str) -> int:
    """'90', '90s', '1:30' or '2m' as whole seconds (1 … 3600); ValueError with a reason if not."""
    value = text.strip().lower().replace(" ", "")
    try:
        if ":" in value:
            minutes, _, seconds = value.partition(":")
            total = int(minutes or "0") * 60 + int(seconds)
            if not 0 <= int(seconds) < 60:
                raise ValueError
        elif value.endswith(("m", "min")):
            total = int(float(value.removesuffix("min").removesuffix("m")) * 60)
        else:
            total = int(value.removesuffix("s"))
    except ValueError:
        raise ValueError(f"not a time: {text!r}") from None
    if not 1 <= total <= MAX_SECONDS:
        raise ValueError(f"a turn lasts from 1 second to {MAX_SECONDS // 60} minutes")
    return total


@dataclass
class Turn:
    """One participant's turn: their countdown, their speaking time and what was recorded."""

    participant: str
    countdown: Countdown
    stopwatch: Stopwatch
    earlier_seconds: float = 0.0  # spoken before the round was (re)loaded from the session
    passed: bool = False
    things: list[str] = field(default_factory=list)
    recorded: bool = False  # stored in the session at least once

    @property
    def spoke_seconds(self) -> float:
        return self.earlier_seconds + self.stopwatch.elapsed

    @property
    def allotted_seconds(self) -> float:
        """The time this speaker has: the time per speaker plus any added or taken."""
        return self.countdown.duration

    @property
    def over_seconds(self) -> float:
        """How long the speaker has gone on past their time (0 while within it)."""
        return max(0.0, self.spoke_seconds - self.allotted_seconds)

    def until_over_changes(self) -> float | None:
        """Seconds until the whole seconds of over-run change; None unless running past zero."""
        if not self.running or not self.countdown.finished:
            return None
        return 1.0 - self.over_seconds % 1.0

    @property
    def running(self) -> bool:
        return self.stopwatch.running

    @property
    def started(self) -> bool:
        return self.running or self.spoke_seconds > 0

    def start(self) -> None:
        self.stopwatch.start()
        self.countdown.start()

    def pause(self) -> None:
        self.stopwatch.pause()
        self.countdown.pause()

    def share(self) -> GratitudeShare:
        return GratitudeShare(
            participant=self.participant,
            spoke_seconds=round(self.spoke_seconds, 1),
            passed=self.passed,
            things=list(self.things),
            allotted_seconds=self.allotted_seconds,
        )


class GratitudeRound:
    """Participants in order, one current turn. ``index == len(turns)`` means the round is done."""

    def __init__(
        self,
        participants: Iterable[str],
        seconds: int = DEFAULT_SECONDS,
        clock: Clock = time.monotonic,
        shares: Iterable[GratitudeShare] = (),
    ) -> None:
        self.clock = clock
        self.seconds = seconds
        self.turns: list[Turn] = []
        self.index = 0
        for share in shares:  # a round picked up again: who already spoke comes first
            turn = self._new_turn(share.participant, share.allotted_seconds)
            turn.earlier_seconds = share.spoke_seconds
            turn.passed, turn.things, turn.recorded = share.passed, list(share.things), True
            self.turns.append(turn)
        self.sync_participants(participants)
        self.index = next((i for i, turn in enumerate(self.turns) if not turn.recorded), 0)
        if self.turns and all(turn.recorded for turn in self.turns):
            self.index = len(self.turns)

    def _new_turn(self, participant: str, seconds: float | None = None) -> Turn:
        """A turn with ``seconds`` on its countdown (the time it had before), else the round's."""
        countdown = Countdown(self.seconds if seconds is None else seconds, self.clock)
        return Turn(participant, countdown, Stopwatch(self.clock))

    # -- what to show --------------------------------------------------------------------------

    @property
    def current(self) -> Turn | None:
        return self.turns[self.index] if self.index < len(self.turns) else None

    @property
    def following(self) -> Turn | None:
        """The speaker after the current one."""
        index = self.index + 1
        return self.turns[index] if index < len(self.turns) else None

    @property
    def done(self) -> bool:
        return self.index >= len(self.turns)

    @property
    def position(self) -> int:
        """1-based number of the current speaker (the last one once the round is done)."""
        return min(self.index + 1, len(self.turns))

    @property
    def total(self) -> int:
        return len(self.turns)

    # -- the facilitator's actions ---------------------------------------------------------------

    def toggle(self) -> None:
        """Start, pause or resume the current speaker's time."""
        turn = self.current
        if turn is None:
            return
        if turn.running:
            turn.pause()
        else:
            turn.passed = False
            turn.start()

    def add(self, seconds: float) -> None:
        """Add time to (or, negative, take time from) the current speaker's countdown."""
        turn = self.current
        if turn is None:
            return
        turn.countdown.add(seconds)
        if turn.running:
            turn.countdown.start()  # a paused-at-zero countdown counts on with the speaker

    def set_seconds(self, seconds: int) -> None:
        """Time per speaker from now on: for every turn not started yet, the current one too."""
        self.seconds = seconds
        for turn in self.turns[self.index :]:
            if not turn.started and not turn.recorded:
                turn.countdown.reset(seconds)

    def next(self) -> Turn | None:
        """Move on; returns the turn just left when it is to be stored (it was started)."""
        turn = self.current
        if turn is None:
            return None
        turn.pause()
        self.index += 1
        return turn if turn.started or turn.recorded else None

    def pass_turn(self) -> Turn | None:
        """The current speaker passes (always allowed); the round moves on. Returns that turn."""
        turn = self.current
        if turn is None:
            return None
        turn.pause()
        turn.passed = True
        self.index += 1
        return turn

    def previous(self) -> Turn | None:
        """Back to the speaker before; returns the turn just left when it is to be stored."""
        if self.index == 0:
            return None
        turn = self.current
        if turn is not None:
            turn.pause()
        self.index -= 1
        return turn if turn is not None and (turn.started or turn.recorded) else None

    def shuffle(self, rng: random.Random | None = None) -> None:
        """Shuffle who is still to speak; turns already taken (or under way) keep their place."""
        first = self.index
        if self.current is not None and (self.current.started or self.current.recorded):
            first += 1
        rest = self.turns[first:]
        (rng or random.Random()).shuffle(rest)
        self.turns[first:] = rest

    def sync_participants(self, participants: Iterable[str]) -> None:
        """Follow the meeting's participants: newcomers join at the end; people who left and
        have not spoken are dropped."""
        names = list(participants)
        current = self.current
        keep = [
            turn
            for turn in self.turns
            if turn.participant in names or turn.recorded or turn.started or turn is current
        ]
        have = {turn.participant for turn in keep}
        keep += [self._new_turn(name) for name in names if name not in have]
        if current is not None and current in keep:
            self.index = keep.index(current)
        else:
            self.index = min(self.index, len(keep))
        self.turns = keep

    # -- kept across a restart --------------------------------------------------------------------

    def state(self, at: datetime) -> RoundState:
        """Where the round stands at wall time ``at`` (stored with the meeting)."""
        turn = self.current
        state = RoundState(
            order=[t.participant for t in self.turns], current=self.index, seconds=self.seconds
        )
        if turn is not None:
            state.duration = turn.countdown.duration
            state.counted = turn.countdown.elapsed
            state.spoke = turn.stopwatch.elapsed
            state.started = turn.countdown.started
            state.since = at if turn.running else None
        return state

    def restore(self, state: RoundState, at: datetime) -> None:
        """Carry on from ``state`` (stored earlier) at wall time ``at``: the same order, speaker
        and clocks; a speaker's time that was running has run on meanwhile."""
        self.seconds = state.seconds
        by_name = {turn.participant: turn for turn in self.turns}
        ordered = [by_name.pop(name) for name in state.order if name in by_name]
        current = ordered[state.current] if state.current < len(ordered) else None
        self.turns = ordered + list(by_name.values())  # newcomers since: at the end
        if state.current >= len(state.order):
            self.index = len(self.turns) if not by_name else len(ordered)
            return
        if current is None:
            return
        self.index = self.turns.index(current)
        ran = max(0.0, (at - state.since).total_seconds()) if state.since is not None else 0.0
        running = state.since is not None
        current.countdown.restore(
            state.duration, state.counted + ran, running=running, started=state.started
        )
        current.stopwatch.restore(state.spoke + ran, running)
        for turn in self.turns[self.index + 1 :]:
            if not turn.started and not turn.recorded:
                turn.countdown.reset(self.seconds)

    def spoken(self) -> list[Turn]:
        """The turns taken so far, in the round's order (for the 'spoke: …' line)."""
        return [turn for turn in self.turns if turn.recorded]


@dataclass(frozen=True)
class RoundSettings:
    """What the facilitator set for a gratitude round, kept for the next one; None: not set."""

    seconds: int | None = None
    bell: bool | None = None
    flash: bool | None = None
    auto: bool | None = None

    @classmethod
    def from_saved(cls, saved: object) -> RoundSettings:
        """What is usable of a stored value; anything else is left unset."""
        if not isinstance(saved, dict):
            return cls()
        seconds = saved.get("seconds")
        if not (type(seconds) is int and 1 <= seconds <= MAX_SECONDS):  # type(): True is no time
            seconds = None
        switches = {
            key: saved[key] for key in ("bell", "flash", "auto") if isinstance(saved.get(key), bool)
        }
        return cls(seconds, **switches)

    def to_saved(self) -> dict[str, object]:
        return {key: value for key, value in asdict(self).items() if value is not None}
