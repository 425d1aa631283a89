"""CoprodApp: screens as modes, the global key map, the card inbox, the open meeting."""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.driver import Driver
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.signal import Signal
from textual.widget import AwaitMount
from textual.worker import WorkerFailed

from coprod_tui.i18n import LANGUAGES, language, n, t, translator
from coprod_tui.meeting import ChangeNotSaved, InboxWatcher, Meeting, StoreError, Workspace
from coprod_tui.tui.crash import CrashReports
from coprod_tui.tui.first_paint import SettledFirstPaint
from coprod_tui.tui.heap import freeze_what_is_built, thaw
from coprod_tui.tui.messages import CardInboxChanged, MeetingChanged, MeetingOpened, MinutesShared
from coprod_tui.tui.prepared_screens import PREPARED_MODES, PreparedScreens
from coprod_tui.tui.switch_paint import PaintWhenReady
from coprod_tui.tui.terminal_driver import FullPaintOnResize, lean_driver
from coprod_tui.tui.terminal_input import forgiving_input
from coprod_tui.tui.textual_words import app_bindings, command_palette, system_commands
from coprod_tui.tui.themes import shipped_and_user_themes, startup_theme, theme_commands
from coprod_tui.tui.tools import Tool, available_tools

if TYPE_CHECKING:
    from coprod_tui.join import JoinPage
    from coprod_tui.join.activity_routes import ActivityDesk
    from coprod_tui.meeting.share import Outgoing, ShareResult

INBOX_POLL_SECONDS = 0.5
# After collecting on a wake-up from the inbox watcher, further wake-ups within this time are
# gathered into one more collection: a burst of cards costs a few writes, not one per card.
INBOX_BATCH_SECONDS = 0.05
SPOOL_SWEEP_SECONDS = 60.0  # how often inbox/tmp is cleared of interrupted hand-ins
STORE_ERROR_SECONDS = 10.0  # a problem with the files stays on screen this long
# Screens are built ahead (tui/prepared_screens.py) this long after the first screen has been
# painted: the first frame never waits for them, and a key is seldom pressed that soon.
PREPARE_AFTER_SECONDS = 0.2


def _tool_bindings() -> list[Binding]:
    return [
        Binding(tool.key, f"tool('{tool.mode}')", t(tool.title), show=False)
        for tool in available_tools()
    ]


class CoprodApp(
    CrashReports, SettledFirstPaint, PaintWhenReady, FullPaintOnResize, App[str | None]
):
    TITLE = "coprod"
    CSS = """
    Screen { background: $background; }
    /* A dialog or panel shows the screen behind it as it is, not blanked: closing it repaints
       only the cells it covered (over SSH, a whole screen is ~3 KB). */
    FormDialog, Confirm, TextView, RoomInfo, ReflectionView, ProfilesBeside {
        background: transparent;
    }
    .title-bar { height: 1; padding: 0 1; background: $panel; color: $foreground; }
    .hint { color: $text-muted; padding: 0 1; }
    /* Flat: no tinted background on the focused widget (its selection shows the focus). */
    *:focus { background-tint: $foreground 0%; }
    /* The monochrome theme uses the terminal's own colours; where Textual's widgets pick ANSI
       colours of their own, use none: a text style shows the part instead. */
    DataTable:ansi > .datatable--header {
        background: ansi_default; color: ansi_default; text-style: bold underline;
    }
    Input:ansi > .input--cursor {
        background: ansi_default; color: ansi_default; text-style: reverse;
    }
    """
    BINDINGS = [
        Binding("h", "home", t("Home"), show=False),
        Binding("f1", "help", t("Help")),
        Binding("f2", "room_info", t("Room view"), show=False),
        *_tool_bindings(),
        *app_bindings(),
    ]

    def __init__(
        self,
        workspace: Workspace,
        *,
        meeting_id: str | None = None,
        poll_inbox: bool = True,
        watch_inbox: bool = True,
        report_crashes: bool = False,
        prepare_screens: bool = True,
    ) -> None:
        self.tools: dict[str, Tool] = {tool.mode: tool for tool in available_tools()}
        # NO_COLOR: Textual then strips every colour (its NoColor filter, chosen here because
        # the monochrome theme uses the terminal's own colours), and states show as reverse/bold.
        super().__init__(ansi_color=True if "NO_COLOR" in os.environ else None)
        self.prepared = PreparedScreens(self)
        self._prepare_screens = prepare_screens
        self._visited: set[str] = set()  # modes whose screen has been built
        self.add_mode("home", self._styled_now(self._make_home))
        for mode, tool in self.tools.items():
            self.add_mode(mode, self._prepared_or(mode, self._styled_now(tool.make_screen)))
        if "TEXTUAL_ANIMATIONS" not in os.environ:
            self.animation_level = "none"  # no animation: each frame would cost bytes over SSH
        self.workspace = workspace
        # Screens subscribe as they mount (tui/screens/base.py); a message is made for each.
        self.news: Signal[Callable[[], Message]] = Signal(self, "news")
        self.theme_set = shipped_and_user_themes(workspace)
        for theme in self.theme_set.themes.values():
            self.register_theme(theme)
        self._stored_theme = workspace.setting("theme")
        self.theme = startup_theme(
            self.theme_set.themes, self._stored_theme, no_color=self.no_color
        )
        self.meeting: Meeting | None = None
        self._initial_meeting = meeting_id
        self._poll_inbox = poll_inbox
        self._inbox_problem: str | None = None
        self._store_errors_shown: dict[str, float] = {}  # message: when it was shown
        self._place: tuple[str | None, str] | None = None  # last kept by _remember_place
        self._sweep_problem: str | None = None
        self._watch_inbox = watch_inbox
        self._inbox_watcher: InboxWatcher | None = None
        self._inbox_cooling = False  # a burst of cards is stored in a few writes, not one each
        self._inbox_woken_again = False
        self.sharing = False  # an exchange with the shared minutes is under way
        self.phone_page: JoinPage | None = None  # set by the phone page panel while it listens
        self.started = time.monotonic()
        if report_crashes:  # the real app; tests keep Textual's way (the pilot raises)
            self.report_crashes()

    @property
    def phone_page_running(self) -> bool:
        return self.phone_page is not None and self.phone_page.running

    def phone_desk(self) -> ActivityDesk:
        """The phone page's way to the open meeting: every call runs in the app's event loop
        (the page serves from threads of its own), so a phone never races the facilitator."""
        from coprod_tui.join.activity_routes import ActivityDesk

        def run(call: Callable[[], object]) -> object:
            return self.call_from_thread(call)

        return ActivityDesk(lambda: self.meeting, run)

    def get_driver_class(self) -> type[Driver]:
        # Same picture, fewer style codes (terminal_output.py); input that is not UTF-8 becomes
        # U+FFFD instead of ending the app (terminal_input.py).
        return lean_driver(forgiving_input(super().get_driver_class()))

    def _styled_now(self, make: Callable[[], Screen]) -> Callable[[], Screen]:
        """Build a mode's screen marked as styled with the current CSS. Textual 8 otherwise
        re-reads the whole app's CSS twice on the first visit to each mode (~35 ms of CPU at
        start, bench/startup.py), though a new screen is styled as it mounts anyway."""

        def build() -> Screen:
            screen = make()
            # Private in Textual 8 (textual>=8.2,<9); tests/tui/test_textual_contract.py fails
            # loudly if it changes, and without it a screen is merely styled twice.
            screen._css_update_count = self._css_update_count
            # A tool's screen, once drawn, lives as long as the app: out of the collector's walk.
            screen.call_after_refresh(freeze_what_is_built)
            return screen

        return build

    def _prepared_or(self, mode: str, build: Callable[[], Screen]) -> Callable[[], Screen]:
        """The screen built ahead for ``mode`` if there is one, else a new one."""

        def screen() -> Screen:
            prepared = self.prepared.take(mode)
            if prepared is None:
                return build()
            prepared.call_after_refresh(freeze_what_is_built)  # what its first frame made
            return prepared

        return screen

    def first_paint_done(self) -> None:
        if self._prepare_screens:
            self.set_timer(PREPARE_AFTER_SECONDS, self.prepare_screens)

    def prepare_screens(self) -> None:
        """Build the screens of PREPARED_MODES not visited yet, off screen."""
        for mode in PREPARED_MODES:
            tool = self.tools.get(mode)
            if tool is not None and mode not in self._visited:
                self.prepared.prepare(mode, self._styled_now(tool.make_screen))

    @staticmethod
    def _make_home() -> Screen:
        from coprod_tui.tui.screens.home import HomeScreen

        return HomeScreen()

    def on_mount(self) -> None:
        self.hold_first_paint()  # one first paint, once settled (tui/first_paint.py)
        self.report_theme_problems()
        self.switch_mode(self._first_mode())
        if self._poll_inbox:
            self.sweep_spool()
            self.set_interval(SPOOL_SWEEP_SECONDS, self.sweep_spool)
            self.collect_inbox()
            self.set_interval(INBOX_POLL_SECONDS, self.collect_inbox)
            if self._watch_inbox:
                self._start_inbox_watcher()

    def _first_mode(self) -> str:
        """Open the meeting asked for, else the running meeting the app was last on; show the
        screen the app was on in that meeting (after a quit, a kill -9 or a language switch)."""
        try:
            place = self.workspace.last_place()
        except StoreError:
            place = None
        if self._initial_meeting:
            self.open_meeting(self._initial_meeting)
        elif place is not None and place[0] is not None:
            with contextlib.suppress(StoreError):  # gone or broken since: start at home
                last = self.workspace.open_meeting(place[0])
                if last.session.status == "running":
                    self.set_meeting(last)
        meeting = self.meeting
        if meeting is None:
            return "home"
        running = meeting.session.status == "running"
        if running and place is not None and place[0] == meeting.session.id:
            return place[1] if place[1] == "home" or place[1] in self.tools else "agenda"
        return "agenda" if "agenda" in self.tools else "home"

    def switch_mode(self, mode: str) -> AwaitMount:
        done = super().switch_mode(mode)
        self._visited.add(mode)
        self._remember_place(mode)
        return done

    def _remember_place(self, mode: str) -> None:
        if mode != "home" and mode not in self.tools:
            return  # Textual's own mode before the first screen
        place = (self.meeting.session.id if self.meeting else None, mode)
        if place == self._place:
            return
        try:
            self.workspace.remember_place(*place)
        except StoreError:
            return  # not a change the facilitator made: the next one tells them of the disk
        self._place = place

    # --- themes and notifications ----------------------------------------------------------
    def report_theme_problems(self) -> None:
        for problem in self.theme_set.problems:
            self.notify(
                problem, title=t("A theme file is not valid"), severity="warning", markup=False
            )
        stored = self._stored_theme
        if isinstance(stored, str) and stored not in self.theme_set.themes:
            self.notify(
                t("Theme {name} not found; using {theme}.", name=stored, theme=self.theme),
                severity="warning",
                markup=False,
            )

    def choose_theme(self, name: str) -> None:
        """Apply a theme now and remember it for the next start."""
        self.theme = name
        try:
            self.workspace.set_setting("theme", name)
        except StoreError as error:
            self.report_store_error(error)

    # --- faults become messages ------------------------------------------------------------
    def report_store_error(self, error: StoreError) -> None:
        """The one way a problem with the files is shown: a message; the app goes on.

        Screens (and their shared base) call this; it also catches what a screen let through.
        """
        title = t("Not saved") if isinstance(error, ChangeNotSaved) else t("Data folder")
        message, at = str(error), time.monotonic()
        if self._store_errors_shown.get(message, -STORE_ERROR_SECONDS) > at - STORE_ERROR_SECONDS:
            return  # the same words are on screen still (a screen and its parts read at once)
        self._store_errors_shown = {message: at}
        self.notify(message, title=title, severity="error", timeout=STORE_ERROR_SECONDS)

    async def _dispatch_action(self, namespace: object, action_name: str, params: Any) -> bool:
        # Every key and command of every screen runs through here: a StoreError that an
        # action let through becomes a message instead of ending the meeting.
        self._store_errors_shown = {}  # a new key: its problem is told, even if told before
        try:
            return await super()._dispatch_action(namespace, action_name, params)  # type: ignore[arg-type]
        except StoreError as error:
            self.report_store_error(error)
            return True

    def _handle_exception(self, error: Exception) -> None:
        # The last net for handlers, timers and workers: a problem with the files is a message.
        cause = error.error if isinstance(error, WorkerFailed) else error
        if isinstance(cause, StoreError):
            self.report_store_error(cause)
            return
        super()._handle_exception(error)  # a crash (tui/crash.py)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Notices often quote user text (a title, a file name): never read them as markup.
        The toast's colour shows the severity; it is said in words too (never colour alone)."""
        marker = {"warning": t("Warning"), "error": t("Error")}.get(severity)
        if marker and not title.startswith(marker):
            title = f"{marker}: {title}" if title else marker
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def on_unmount(self) -> None:
        thaw()
        if self.phone_page is not None:  # kept listening after its panel closed
            self.phone_page.stop()
            self.phone_page = None
        if self._inbox_watcher is not None:
            asyncio.get_running_loop().remove_reader(self._inbox_watcher.fileno())
            self._inbox_watcher.close()
            self._inbox_watcher = None
        # Card writes touch only the meeting's file; bring its index row up to date on the way out.
        if self.meeting is not None and self._summary_due(self.meeting):
            # The meeting itself is saved; a failed row update is refreshed at the next start.
            with contextlib.suppress(StoreError):
                self.meeting.save_summary()

    # --- the open meeting ------------------------------------------------------------------
    def open_meeting(self, meeting_id: str) -> Meeting | None:
        try:
            meeting = self.workspace.open_meeting(meeting_id)
        except StoreError as error:
            self.notify(str(error), title=t("Cannot open the meeting"), severity="error")
            return None
        self.set_meeting(meeting)
        return meeting

    @staticmethod
    def _summary_due(meeting: Meeting) -> bool:
        return not meeting.read_only or meeting.summary_stale

    def set_meeting(self, meeting: Meeting | None) -> None:
        if self.meeting is not None:
            self.meeting.unsubscribe(self._meeting_changed)
            if self._summary_due(self.meeting):
                try:
                    self.meeting.save_summary()
                except StoreError as error:  # the meeting's own file is saved; only its row
                    self.report_store_error(error)
        self.meeting = meeting
        if meeting is not None:
            meeting.subscribe(self._meeting_changed)
        self._remember_place(self.current_mode)
        self.sub_title = meeting.session.title if meeting else ""
        self._broadcast(MeetingOpened)

    def _meeting_changed(self, topic: str) -> None:
        self._broadcast(partial(MeetingChanged, topic))

    def _broadcast(self, make_message: Callable[[], Message]) -> None:
        """Tell every screen that has been built (each hears ``news``); each refreshes itself."""
        self.news.publish(make_message)

    # --- the card inbox --------------------------------------------------------------------
    def collect_inbox(self) -> None:
        """Store the cards handed in since the last look; tell the facilitator, quietly."""
        try:
            result = self.workspace.collect_inbox(self.meeting)
        except StoreError as error:
            problem = t(
                "New cards wait safely in the inbox until they can be stored: {problem}",
                problem=error,
            )
            if problem != self._inbox_problem:  # once, not every half second
                self._inbox_problem = problem
                self.notify(
                    problem, title=t("Card inbox"), severity="error", timeout=10, markup=False
                )
            return
        self._inbox_problem = None
        if result.bad or result.waiting:
            self._broadcast(CardInboxChanged)
        if not self.screen_stack or getattr(self.screen, "PROJECTOR_SAFE", False):
            return  # shutting down, or a view for the whole group: nothing pops up on it
        for problem in result.bad:
            self.notify(
                t(
                    "A card file could not be read and was moved to inbox/bad: {problem}",
                    problem=problem,
                ),
                title=t("Card inbox"),
                severity="warning",
                timeout=10,
                markup=False,
            )
        if result.received and self.current_mode != "cards":
            self.notify(
                n("{count} new card arrived", "{count} new cards arrived", len(result.received)),
                title=t("Opportunity cards"),
                timeout=4,
                markup=False,
            )
        if result.waiting:
            self.notify(
                n(
                    "{count} card waits for its project's next meeting",
                    "{count} cards wait for their project's next meeting",
                    result.waiting,
                ),
                title=t("Opportunity cards"),
                timeout=6,
                markup=False,
            )

    def sweep_spool(self) -> None:
        """Remove what interrupted hand-ins left behind: it names the author of a card."""
        try:
            self.workspace.sweep_inbox()
        except StoreError as error:
            problem = str(error)
            if problem != self._sweep_problem:  # once, not every minute
                self._sweep_problem = problem
                self.notify(
                    problem, title=t("Card inbox"), severity="warning", timeout=10, markup=False
                )

    def _start_inbox_watcher(self) -> None:
        """Collect as soon as a card lands (inotify), not only at the next periodic look."""
        watcher = self.workspace.watch_inbox()
        if watcher is None:
            return
        asyncio.get_running_loop().add_reader(watcher.fileno(), self._inbox_woken)
        self._inbox_watcher = watcher

    def _inbox_woken(self) -> None:
        """Collect at once; wake-ups during the next moment are gathered into one more look."""
        if self._inbox_watcher is None or not self._inbox_watcher.drain():
            return
        if self._inbox_cooling:
            self._inbox_woken_again = True
            return
        self.collect_inbox()
        self._inbox_cooling = True
        self.set_timer(INBOX_BATCH_SECONDS, self._inbox_cooled)

    def _inbox_cooled(self) -> None:
        self._inbox_cooling = False
        if self._inbox_woken_again and self._inbox_watcher is not None:
            self._inbox_woken_again = False
            self.collect_inbox()
            self._inbox_cooling = True
            self.set_timer(INBOX_BATCH_SECONDS, self._inbox_cooled)

    # --- the shared minutes ------------------------------------------------------------------
    def share_minutes(self) -> None:
        """Send and receive the shared minutes: git in a thread, the index here after it."""
        share = self.workspace.share
        if not share.shared:
            self.notify(
                t("The minutes of this home are not shared. Share them: coprod share init REMOTE"),
                title=t("Shared minutes"),
                severity="warning",
                timeout=8,
            )
            return
        if self.sharing:
            return
        self.sharing = True
        outgoing = share.outgoing()
        self.notify(t("Sending and receiving the shared minutes…"), title=t("Shared minutes"))
        self.run_worker(
            partial(self._exchange_minutes, outgoing),
            thread=True,
            group="share",
            exit_on_error=False,
        )

    def meeting_closed(self) -> None:
        """A meeting closed here: push its minutes if the facilitator chose so."""
        share = self.workspace.share
        try:
            if share.shared and share.push_on_close:
                self.share_minutes()
        except StoreError as error:
            self.notify(str(error), title=t("Shared minutes"), severity="warning")

    def _exchange_minutes(self, outgoing: Outgoing) -> None:
        """In a worker thread: touches git and the minutes folder only."""
        share = self.workspace.share
        try:
            result: ShareResult | str = share.exchange(outgoing, send=True)
        except (StoreError, OSError) as error:
            result = str(error)
        self.call_from_thread(self._minutes_exchanged, result)

    def _minutes_exchanged(self, result: ShareResult | str) -> None:
        from coprod_tui.meeting.share import offline_text, result_text

        self.sharing = False
        share = self.workspace.share
        if isinstance(result, str):
            self.notify(result, title=t("Shared minutes"), severity="error", timeout=12)
            return
        try:
            share.bring_in(result)
            remote = share.repo.remote_url()
        except (StoreError, OSError) as error:
            self.notify(str(error), title=t("Shared minutes"), severity="error", timeout=12)
            return
        offline = offline_text(result, remote)
        if offline is not None:
            self.notify(offline, title=t("Shared minutes"), severity="warning", timeout=12)
        lines = result_text(result, remote)
        if lines:
            self.notify("\n".join(lines), title=t("Shared minutes"), timeout=8)
        self._broadcast(MinutesShared)

    # --- navigation ------------------------------------------------------------------------
    def action_home(self) -> None:
        self.switch_mode("home")

    def action_tool(self, mode: str) -> None:
        tool = self.tools.get(mode)
        if tool is None:
            return
        if tool.needs_meeting and self.meeting is None:
            self.notify(t("Open or start a meeting first (h: home)."), severity="warning")
            return
        self.switch_mode(mode)

    def action_help(self) -> None:
        from coprod_tui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_room_info(self) -> None:
        from coprod_tui.tui.screens.room_info import RoomInfo

        if not isinstance(self.screen, RoomInfo):
            self.push_screen(RoomInfo())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand(t("Home"), t("Projects and meetings"), self.action_home)
        for tool in self.tools.values():
            yield SystemCommand(
                f"{t(tool.title)} ({tool.key})",
                t("Open the {tool} screen", tool=t(tool.title)),
                partial(self.action_tool, tool.mode),
            )
        yield SystemCommand(t("Help"), t("Keys and help for this screen"), self.action_help)
        yield SystemCommand(
            t("Room view (F2)"), t("How to open the group's screen"), self.action_room_info
        )
        for other in LANGUAGES:  # each in its own name, from its catalogue
            if other != language():
                yield SystemCommand(
                    t("Language: {name}", name=translator(other).name),
                    t("Switch the language (the app restarts on the same meeting)"),
                    partial(self.switch_language, other),
                )
        yield from theme_commands(self)
        yield from system_commands(self, screen)  # Textual's, in our words (not its themes)

    def action_command_palette(self) -> None:
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(command_palette())

    def switch_language(self, new_language: str) -> None:
        try:
            self.workspace.set_setting("language", new_language)
        except StoreError as error:  # the relaunch names the language; only the memory of it
            self.report_store_error(error)
        self.exit(f"relaunch:{new_language}")
