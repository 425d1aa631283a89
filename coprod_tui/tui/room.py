"""The room view: what the group sees on the projector (``coprod room``), large and calm.

A Textual app of its own, apart from the facilitator's: it reads the home through the service's
read-only ``RoomWatch`` (no lock, no writes) and shows only what the facilitator put on show:
the agenda item and its time, a presented card, the action being agreed, the gratitude round's
speaker and countdown, a phone activity's count and, once revealed, its results. Between those
it shows a title screen with the project's name; with no meeting running, "waiting for the
meeting". No keys but quit, no selection, nothing pops up.

It hears about changes from inotify on the home (Linux) and looks every ``POLL_SECONDS`` anyway
(every ``POLL_WITH_WATCH_SECONDS`` while inotify works): a look costs a few ``stat`` calls. The
countdown ticks here from the record's time, with the same lean output as the app: one timer
that wakes when the shown second changes, repainting only the digit cells that changed.
"""

from __future__ import annotations

import asyncio
import math
import os

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.driver import Driver
from textual.timer import Timer
from textual.widgets import ContentSwitcher, Static

from coprod_tui.i18n import t
from coprod_tui.meeting import InboxWatcher as FolderWatcher
from coprod_tui.meeting.room import (
    RoomState,
    RoomWatch,
    Shown,
    ShownAction,
    ShownCard,
    ShownTally,
    ShownTurn,
)
from coprod_tui.meeting.room_text import (
    WARNING_SECONDS,
    action_lines,
    header,
    item_line,
    shown_seconds,
    tally_lines,
    turn_state,
)
from coprod_tui.tui.crash import CrashReports
from coprod_tui.tui.first_paint import SettledFirstPaint
from coprod_tui.tui.terminal_driver import FullPaintOnResize, lean_driver
from coprod_tui.tui.terminal_input import forgiving_input
from coprod_tui.tui.widgets.big_timer import BigTimer
from coprod_tui.tui.widgets.large_text import large_type
from coprod_tui.tui.widgets.line import Line

POLL_SECONDS = 0.25  # without inotify: a change shows within this (the target is 0.5 s)
POLL_WITH_WATCH_SECONDS = 1.0  # the safety net for a missed wake-up
PLAIN_MEASURE = 60  # a card too long for large letters reads best in a narrow column
CHROME_ROWS = 8  # header, item line, byline, padding
WAITING, TITLE, CARD, ACTION, TURN, TALLY = (
    "room-waiting",
    "room-title",
    "room-card",
    "room-action",
    "room-turn",
    "room-tally",
)


class RoomApp(CrashReports, SettledFirstPaint, FullPaintOnResize, App[None]):
    TITLE = "coprod room"
    CSS = """
    Screen { background: $background; }
    #room-header { height: 1; padding: 0 2; color: $text-muted; text-align: center; }
    #room-item { height: auto; padding: 0 2; text-style: bold; text-align: center; }
    #room-stage { height: 1fr; }
    #room-stage > Vertical { height: 1fr; align: center middle; }
    .room-big { width: auto; height: auto; text-style: bold; }
    .room-words { width: 100%; height: auto; text-align: center; padding: 0 2; }
    .room-muted { color: $text-muted; }
    #room-card-text { width: auto; max-width: 100%; height: auto; text-style: bold; }
    #room-card-byline { width: 100%; height: auto; text-align: right; padding: 1 4 0 4; }
    #room-digits { width: auto; max-width: 100%; height: 8; }
    #room-stage Center { height: auto; }
    #room-digits.-warning > TimerCell { color: $warning; }
    #room-digits.-finished > TimerCell { color: $error; }
    #room-speaker { text-style: bold; }
    #room-tally-lines { width: auto; height: auto; }
    """
    BINDINGS = [
        Binding("q,ctrl+c", "quit", t("Quit"), show=False),
    ]

    def __init__(self, watch: RoomWatch, *, inotify: bool = True) -> None:
        # NO_COLOR: Textual strips every colour; the words and text styles still say it all.
        super().__init__(ansi_color=True if "NO_COLOR" in os.environ else None)
        if "TEXTUAL_ANIMATIONS" not in os.environ:
            self.animation_level = "none"
        self.theme = "ansi-dark" if self.no_color else "textual-dark"
        self.room = watch
        self._showing = False
        self._inotify = inotify
        self._watchers: list[FolderWatcher] = []
        self._tick: Timer | None = None
        self._large: dict[str, tuple[tuple[str, int, int], Text | None]] = {}

    def get_driver_class(self) -> type[Driver]:
        return lean_driver(forgiving_input(super().get_driver_class()))

    def compose(self) -> ComposeResult:
        yield Line("", id="room-header", markup=False)
        yield Line("", id="room-item", markup=False)
        with ContentSwitcher(initial=WAITING, id="room-stage"):
            with Vertical(id=WAITING):
                with Center():
                    yield Static("coprod", classes="room-big", id="room-waiting-name", markup=False)
                yield Line(t("Waiting for the meeting …"), classes="room-words", markup=False)
                yield Line("", classes="room-words room-muted", id="room-problem", markup=False)
            with Vertical(id=TITLE):
                with Center():
                    yield Static("", classes="room-big", id="room-title-name", markup=False)
                yield Line("", classes="room-words", id="room-title-meeting", markup=False)
            with Vertical(id=CARD):
                with Center():
                    yield Static("", id="room-card-text", markup=False)
                yield Line("", id="room-card-byline", markup=False)
            with Vertical(id=ACTION):
                yield Line(t("We agree:"), classes="room-words room-muted", markup=False)
                yield Static("", classes="room-words", id="room-action-what", markup=False)
                yield Line("", classes="room-words", id="room-action-detail", markup=False)
            with Vertical(id=TURN):
                yield Line("", classes="room-words", id="room-speaker", markup=False)
                with Center():
                    yield BigTimer(0, id="room-digits")
                yield Line("", classes="room-words", id="room-turn-state", markup=False)
            with Vertical(id=TALLY):
                yield Line("", classes="room-words", id="room-tally-heading", markup=False)
                with Center():
                    yield Static("", id="room-tally-lines", markup=False)

    def on_mount(self) -> None:
        # One first paint once the view has settled, not one per widget filling in (over SSH).
        self.hold_first_paint()
        if self._inotify:
            self._start_watching()
        every = POLL_WITH_WATCH_SECONDS if self._watchers else POLL_SECONDS
        self.set_interval(every, self.look)
        self.room.look()
        self._showing = True
        self.show()

    def on_resize(self) -> None:
        self.show()

    def on_unmount(self) -> None:
        self._stop_watching()

    # --- following the home ----------------------------------------------------------------
    def _start_watching(self) -> None:
        self._watchers = self.room.watch()
        loop = asyncio.get_running_loop()
        for watcher in self._watchers:
            loop.add_reader(watcher.fileno(), self._woken, watcher)

    def _stop_watching(self) -> None:
        loop = asyncio.get_running_loop()
        for watcher in self._watchers:
            loop.remove_reader(watcher.fileno())
            watcher.close()
        self._watchers = []

    def _woken(self, watcher: FolderWatcher) -> None:
        if watcher.drain():
            self.look()

    def look(self) -> None:
        had_folders = bool(self._watchers)
        if self.room.look():
            self.show()
        if self._inotify and not had_folders and self.room.home.is_dir():
            self._start_watching()  # the home appeared after the view started
            if self._watchers:
                self.set_interval(POLL_WITH_WATCH_SECONDS, self.look)

    # --- showing ---------------------------------------------------------------------------
    def _line(self, widget_id: str, content: str | Text) -> None:
        self.query_one(f"#{widget_id}", Line).show(content)

    def show(self) -> None:
        """Everything from the state as it is now; the widgets repaint only what changed."""
        if not self._showing:
            return
        state = self.room.state()
        stage = self.query_one("#room-stage", ContentSwitcher)
        if state.waiting:
            self._line("room-header", "")
            self._line("room-item", "")
            self._line("room-problem", state.problem)
            stage.current = WAITING
            self._schedule(None)
            return
        self._line("room-header", header(state))
        self._line("room-item", item_line(state))
        shown = state.shown
        stage.current = self._show(shown, state)
        self._schedule(state)

    def _show(self, shown: Shown | None, state: RoomState) -> str:
        if isinstance(shown, ShownCard):
            self._big("room-card-text", shown.text, CHROME_ROWS)
            self._line("room-card-byline", f"— {shown.author}" if shown.author else "")
            return CARD
        if isinstance(shown, ShownAction):
            self.query_one("#room-action-what", Static).update(Text(shown.what, style="bold"))
            self._line("room-action-detail", "\n".join(action_lines(shown)))
            return ACTION
        if isinstance(shown, ShownTurn):
            self._line("room-speaker", Text(shown.participant, style="bold"))
            self._show_digits(shown)
            return TURN
        if isinstance(shown, ShownTally):
            heading, lines = tally_lines(shown)
            self._line("room-tally-heading", Text(heading, style="bold"))
            self.query_one("#room-tally-lines", Static).update(Text("\n".join(lines)))
            return TALLY
        self._big("room-title-name", state.project or state.meeting, CHROME_ROWS + 2)
        self._line("room-title-meeting", state.meeting if state.project else "")
        return TITLE

    def _big(self, widget_id: str, text: str, chrome: int) -> None:
        """``text`` in large letters when it fits whole, else as plain text (cached per size)."""
        width = max(1, self.size.width - 4)
        height = max(1, self.size.height - chrome)
        key = (text, width, height)
        cached = self._large.get(widget_id)
        if cached is not None and cached[0] == key:
            return
        large = large_type(text, width, height)
        widget = self.query_one(f"#{widget_id}", Static)
        if large is not None:
            content = Text(large, no_wrap=True, overflow="crop", end="")
            widget.styles.width = "auto"
        else:
            content = Text(text, end="")
            widget.styles.width = min(PLAIN_MEASURE, width)
        self._large[widget_id] = (key, content)
        widget.update(content)

    def _show_digits(self, turn: ShownTurn) -> None:
        seconds = shown_seconds(turn.seconds_left)
        digits = self.query_one("#room-digits", BigTimer)
        digits.set_seconds(seconds)
        digits.warning = turn.running and 0 < seconds <= WARNING_SECONDS
        digits.finished = seconds == 0
        self._line("room-turn-state", turn_state(turn, seconds))

    # --- the clock -------------------------------------------------------------------------
    def _schedule(self, state: RoomState | None) -> None:
        """One timer for the next change the clock alone makes: the countdown's next second,
        or the agenda item's next minute."""
        if self._tick is not None:
            self._tick.stop()
            self._tick = None
        waits = []
        if state is not None:
            shown = state.shown
            if isinstance(shown, ShownTurn) and shown.running and shown.seconds_left > 0:
                left = shown.seconds_left
                waits.append(left - (math.ceil(left - 1e-6) - 1))
            if state.item is not None and state.item.running:
                waits.append(60 - state.item.used_seconds % 60)
        if waits:
            self._tick = self.set_timer(max(0.0, min(waits)) + 0.01, self.show)
