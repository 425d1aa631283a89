"""Gratitude: the round timer at the start of a meeting, the postcards at its close.

Two views, `c` switches: the round (each participant in turn, a countdown in big digits) and the
postcards ("Today I am grateful for …" per participant). An agenda item with the tool "postcards"
opens the postcards view.

Time comes from the app's monotonic clock (``app.monotonic`` when set, so tests drive it without
sleeping). While a turn runs, one timer wakes when the shown second changes; it repaints the digits
(only the cells that changed) and nothing else, unless the state changes (last 10 seconds, time).
"""

from __future__ import annotations

import random
import time

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import ContentSwitcher, DataTable, Static

from coprod_tui.i18n import N_, t
from coprod_tui.meeting import ReadOnlyMeeting, StoreError
from coprod_tui.model import ValidationError
from coprod_tui.model.clock import Clock, format_mm_ss
from coprod_tui.model.gratitude_round import (
    STEP_SECONDS,
    GratitudeRound,
    RoundSettings,
    Turn,
    parse_seconds,
)
from coprod_tui.tui.messages import MeetingChanged, MeetingOpened
from coprod_tui.tui.screens.base import REFUSALS, ToolScreen
from coprod_tui.tui.screens.dialogs import Confirm, TextPrompt
from coprod_tui.tui.screens.gratitude_dialogs import ThreeThingsDialog
from coprod_tui.tui.widgets.activity_line import ActivityLine
from coprod_tui.tui.widgets.big_timer import BigTimer
from coprod_tui.tui.widgets.key_bar import KeyBar
from coprod_tui.tui.widgets.line import Line
from coprod_tui.tui.widgets.profile_card import ProfileCard
from coprod_tui.tui.widgets.tool_line import ToolLine

ROUND, POSTCARDS = "round-view", "postcards-view"
WARNING_SECONDS = 10
FLASH_SECONDS = 0.8
POSTCARD_PREVIEW_CHARS = 60
SETTINGS = (("bell_on", "bell"), ("flash_on", "flash"), ("auto_advance", "auto"))
_ROUND_ACTIONS = {
    "toggle_timer",
    "pass_turn",
    "add_time",
    "write_things",
    "set_time",
    "shuffle",
    "toggle_bell",
    "toggle_flash",
    "toggle_auto",
    "toggle_profile",
}
_POSTCARD_ACTIONS = {"edit_postcard", "add_postcard", "delete_postcard", "toggle_phones"}


def on_off(value: bool) -> str:
    return t("on") if value else t("off")


class GratitudeScreen(ToolScreen):
    HELP = N_(
        "Gratitude round: each participant in turn shares three things from the last 24 hours "
        "that made them grateful or happy. Space starts and pauses the speaker's time, n moves "
        "on, p goes back, s records a pass (anyone may pass). + and - change the time of the "
        "speaker now; t sets the time for everyone still to come; S shuffles who is still to "
        "speak. At zero the bell rings and the digits flash (b and f switch them off), then "
        "count on past the speaker's time (+0:14), and the 'spoke' list and the minutes say "
        "how far over it went; the "
        "round moves on by itself only with auto-advance (A). t, b, f and A are remembered for "
        "the next round. w types the speaker's three things. The round is kept in the minutes: "
        "who spoke, for how long, who passed.\n"
        "c switches to the gratitude postcards: 'Today I am grateful for …' per participant "
        "(enter or e to write one, a for someone not on the list, d to remove one). There, o "
        "opens the postcards on the phones (the phone page, j on the cards screen): each phone "
        "writes one postcard with a name, and may change it, until o closes them."
    )
    CSS_PATH = "gratitude.tcss"
    # Nothing takes the focus by itself: the first focusable widget is the postcards table,
    # hidden behind the round, and enter there wrote a postcard (show_view focuses it).
    AUTO_FOCUS = ""
    # The keys the key bar keeps longest (the rest give way first at 80 columns).
    KEY_BAR_MAIN = ("toggle_timer", "next", "pass_turn", "add_time", "edit_postcard")
    BINDINGS = [
        Binding("space", "toggle_timer", t("Start/pause")),
        Binding("n", "next", t("Next")),
        Binding("p", "previous", t("Previous")),
        Binding("s", "pass_turn", t("Pass")),
        Binding("plus", f"add_time({STEP_SECONDS})", t("{n} s", n=STEP_SECONDS)),
        Binding("minus", f"add_time({-STEP_SECONDS})", t("{n} s", n=STEP_SECONDS)),
        Binding("w", "write_things", t("Three things")),
        Binding("i", "toggle_profile", t("Profile")),
        Binding("t", "set_time", t("Time per speaker"), show=False),
        Binding("S", "shuffle", t("Shuffle who is still to speak"), show=False),
        Binding("b", "toggle_bell", t("Bell on/off"), show=False),
        Binding("f", "toggle_flash", t("Flash on/off"), show=False),
        Binding("A", "toggle_auto", t("Auto-advance on/off"), show=False),
        Binding("c", "switch_view", t("Round/postcards"), show=False),
        Binding("e", "edit_postcard", t("Write")),
        Binding("a", "add_postcard", t("Add someone")),
        Binding("d", "delete_postcard", t("Remove")),
        Binding("o", "toggle_phones", t("Phones: open/close")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.view = ROUND
        self.bell_on = True
        self.flash_on = True
        self.auto_advance = False
        self.rng = random.Random()
        self.round = GratitudeRound([])
        self._timer: Timer | None = None
        self._shown: tuple[int, int] | None = None  # (id of the turn, seconds) last on the digits
        self._state_class: str | None = None
        self._seen_item: str | None = None
        self.profile_shown = False  # the speaker's one-page profile beside the digits (i)

    # --- layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield ToolLine("gratitude")
        yield Line("", classes="title-bar", id="gratitude-title")
        with ContentSwitcher(initial=ROUND, id="views"):
            with Vertical(id=ROUND):
                with Horizontal(id="stage"):
                    yield BigTimer(self.round.seconds, id="digits")
                    with Vertical(id="speaker-panel"):
                        yield Line("", id="speaker")
                        yield Static(t("three things from the last 24 hours"), id="prompt")
                        yield Line("", id="state")
                        yield Line("", id="things")
                        yield Line("", id="settings")
                        yield ProfileCard(id="speaker-profile")
                yield Line("", id="spoke")
            with Vertical(id=POSTCARDS):
                yield Static(t("Today I am grateful for …"), id="postcard-prompt")
                yield ActivityLine("postcards", id="postcards-phones")
                yield DataTable(id="postcards", cursor_type="row", zebra_stripes=False)
                yield Line("", id="postcard-full")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one("#postcards", DataTable)
        table.add_columns(t("participant"), t("postcard"))
        self.restore_settings()
        self.load()

    # --- the facilitator's settings, kept for the next round ----------------------------------
    def restore_settings(self) -> None:
        saved = self.workspace.round_settings()
        if saved.seconds is not None:
            self.round.set_seconds(saved.seconds)
        for attribute, key in SETTINGS:
            if getattr(saved, key) is not None:
                setattr(self, attribute, getattr(saved, key))

    def save_settings(self) -> None:
        switches = {key: getattr(self, attribute) for attribute, key in SETTINGS}
        try:
            self.workspace.remember_round_settings(RoundSettings(self.round.seconds, **switches))
        except StoreError as error:
            self.notify(
                t("The round's settings are not remembered: {problem}", problem=error),
                severity="warning",
                markup=False,
            )

    @property
    def clock(self) -> Clock:
        return getattr(self.app, "monotonic", None) or time.monotonic

    @property
    def digits(self) -> BigTimer:
        return self.query_one("#digits", BigTimer)

    # --- loading and reacting to the meeting ------------------------------------------------
    def load(self) -> None:
        """Build the round from the open meeting (picking up a round already under way)."""
        meeting = self.meeting
        seconds = self.round.seconds
        if meeting is None:
            self.round = GratitudeRound([], seconds, self.clock)
        else:
            session = meeting.session
            self.round = GratitudeRound(
                session.participant_names(), seconds, self.clock, shares=session.gratitude
            )
            if session.gratitude_round is not None:  # a round under way: exactly where it was
                self.round.restore(session.gratitude_round, meeting.clock())
        self.show_turn()
        self.show_postcards()
        self.follow_agenda()

    def on_meeting_opened(self, _: MeetingOpened) -> None:
        if self.is_mounted:
            self.load()

    def on_meeting_changed(self, message: MeetingChanged) -> None:
        if not self.is_mounted or self.meeting is None:
            return
        if message.topic == "gratitude":
            self.show_postcards()
        elif message.topic == "meeting":
            self.round.sync_participants(self.meeting.session.participant_names())
            self.show_turn()
            self.show_postcards()
        elif message.topic == "agenda":
            self.follow_agenda()

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.follow_agenda()

    def follow_agenda(self) -> None:
        """When the agenda has moved to a gratitude or postcards item, show its view."""
        meeting = self.meeting
        item = meeting.current() if meeting is not None else None
        if item is None or item.id == self._seen_item:
            return
        self._seen_item = item.id
        if item.tool == "postcards":
            self.show_view(POSTCARDS)
        elif item.tool == "gratitude":
            self.show_view(ROUND)

    # --- showing ---------------------------------------------------------------------------
    def _set(self, widget_id: str, content: str | Text) -> None:
        self.query_one(f"#{widget_id}", Line).show(content)

    def show_view(self, view: str) -> None:
        self.view = view
        self.query_one("#views", ContentSwitcher).current = view
        if view == POSTCARDS:
            self.query_one("#postcards", DataTable).focus()
        else:
            self.set_focus(None)
        self.show_title()
        self.refresh_bindings()

    def show_title(self) -> None:
        if self.view == POSTCARDS:
            meeting = self.meeting
            written = len(meeting.session.postcards) if meeting else 0
            title = Text(
                f"{t('Gratitude postcards')} · {t('{n} written', n=written)}"
                f" · {t('c: back to the round')}"
            )
        else:
            title = Text(t("Gratitude round"))
            rnd = self.round
            if rnd.total:
                title.append(f" · {t('{n} of {total}', n=rnd.position, total=rnd.total)}")
            following = rnd.following
            if following is not None:
                title.append(f" · {t('next:')} ")
                title.append(following.participant)
            elif rnd.current is not None:
                title.append(f" · {t('last speaker')}")
            title.append(f" · {t('c: postcards')}")
        self._set("gratitude-title", title)

    def show_turn(self) -> None:
        """Everything about the current speaker: called when the turn or a setting changes."""
        turn = self.round.current
        self.show_title()
        if turn is None:
            self._set("speaker", Text(t("Round complete") if self.round.total else "", "bold"))
            self._set("things", "")
        else:
            self._set("speaker", Text(turn.participant, "bold"))
            self._set("things", Text("\n".join(f"{n}. {x}" for n, x in enumerate(turn.things, 1))))
        self._set(
            "settings",
            t(
                "w three things · t {seconds} s each · b bell {bell} · f flash {flash} · "
                "A auto-advance {auto} · S shuffle · c postcards",
                seconds=self.round.seconds,
                bell=on_off(self.bell_on),
                flash=on_off(self.flash_on),
                auto=on_off(self.auto_advance),
            ),
        )
        self.show_spoken()
        self.show_profile()
        self.publish_turn()
        self.tick()

    def publish_turn(self, *, start: bool = False) -> None:
        """The room view shows the speaker and counts down by itself: it hears of each change
        of the turn (never of a tick). A turn goes on show when its time is started here; once
        it is, the round keeps it up to date, and takes it off when everyone has spoken."""
        meeting = self.meeting
        if meeting is None or meeting.read_only:
            return
        record = meeting.on_show
        if not start and (record is None or record.kind != "turn"):
            return
        turn = self.round.current
        try:
            if turn is None:
                meeting.take_off_show("turn")
            else:
                countdown = turn.countdown
                meeting.show_turn(turn.participant, countdown.remaining, running=countdown.running)
        except REFUSALS as error:
            self.complain(error)

    def show_profile(self) -> None:
        """The speaker's one-page profile, while ``i`` has it on."""
        card = self.query_one("#speaker-profile", ProfileCard)
        card.display = self.profile_shown
        turn, meeting = self.round.current, self.meeting
        if not self.profile_shown or turn is None or meeting is None:
            return
        try:
            profile = meeting.profile_of(turn.participant)
        except StoreError as error:
            self.complain(error)
            return
        card.show(turn.participant, profile, heading=False)

    def action_toggle_profile(self) -> None:
        self.profile_shown = not self.profile_shown
        self.show_profile()

    def show_spoken(self) -> None:
        """The 'spoke: …' line: changes only when a turn is stored or the speaker changes."""
        parts = []
        current = self.round.current
        for turn in self.round.turns:
            if turn is current:
                parts.append(f"{turn.participant} …")
            elif turn.recorded:
                parts.append(f"{turn.participant} {self.spoke_text(turn)}")
        self._set("spoke", Text(f"{t('spoke:')} " + " · ".join(parts)) if parts else "")

    @staticmethod
    def spoke_text(turn: Turn) -> str:
        """ "passed", "0:34", or past the time "0:34 (+0:14 over)"."""
        if turn.passed:
            return t("passed")
        spoke = format_mm_ss(round(turn.spoke_seconds))
        over = int(turn.over_seconds)
        if over < 1:
            return spoke
        return t("{spoke} (+{over} over)", spoke=spoke, over=format_mm_ss(over))

    def state_text(self, turn: Turn | None) -> tuple[str, str]:
        """What the state line says and its style class."""
        if turn is None:
            if self.meeting is None:
                return t("No meeting is open (h: home)."), ""
            if not self.round.total:
                return t("This meeting has no participants yet."), ""
            return t("Everyone has had a turn. p: back to the last speaker · c: postcards"), ""
        countdown = turn.countdown
        if countdown.finished and countdown.started:
            return "■ " + t("TIME") + (" · " + t("paused") if not turn.running else ""), "-time"
        if turn.passed and not turn.running:
            return t("passed"), ""
        last = countdown.in_last_seconds(WARNING_SECONDS) and countdown.started
        warning = "▲ " + t("last {n} seconds", n=WARNING_SECONDS) if last else ""
        if turn.running:
            return warning or "▶ " + t("speaking"), "-warning" if last else ""
        if turn.started:
            return "‖ " + t("paused") + (f" · {warning}" if warning else ""), ""
        return t("ready: space starts the time"), ""

    def tick(self) -> None:
        """Bring the digits and the state line up to date with the clock; schedule the next."""
        turn = self.round.current
        digits = self.digits
        seconds = turn.countdown.shown_seconds if turn else 0
        over = int(turn.over_seconds) if turn and turn.countdown.finished else 0
        if over:  # past zero the digits count on: +0:14
            digits.set_seconds(over, over=True)
        else:
            digits.set_seconds(seconds)
        countdown = turn.countdown if turn else None
        started = countdown is not None and countdown.started
        digits.warning = (
            started and countdown is not None and countdown.in_last_seconds(WARNING_SECONDS)
        )
        digits.finished = started and countdown is not None and countdown.finished
        text, style = self.state_text(turn)
        if self._state_class != style:
            self._state_class = style
            state = self.query_one("#state", Static)
            state.set_class(style == "-time", "-time")
            state.set_class(style == "-warning", "-warning")
        self._set("state", text)
        shown = (id(turn), seconds) if turn else None
        if (
            turn is not None
            and seconds == 0
            and self._shown is not None
            and self._shown[0] == id(turn)
            and self._shown[1] > 0
        ):
            self._shown = shown
            self.time_up()
            return
        self._shown = shown
        self.schedule()

    def schedule(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        turn = self.round.current
        wait = None
        if turn is not None:
            wait = turn.countdown.until_next_change()
            if wait is None:
                wait = turn.until_over_changes()
        if wait is not None:
            self._timer = self.set_timer(min(1.0, wait + 0.01), self.tick)

    def time_up(self) -> None:
        """The speaker's countdown reached zero: bell, flash, and on only with auto-advance."""
        if self.bell_on:
            self.app.bell()
        if self.flash_on:
            digits = self.digits
            digits.add_class("-flash")
            self.set_timer(FLASH_SECONDS, lambda: digits.remove_class("-flash"))
        if self.auto_advance:
            self.store_turn(self.round.next())
            if self.round.current is not None:
                self.round.toggle()
            self.keep_round()
            self.show_turn()
        else:
            self.schedule()

    # --- the round's keys ------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _ROUND_ACTIONS:
            return self.view == ROUND
        if action in _POSTCARD_ACTIONS:
            return self.view == POSTCARDS
        return True

    def store_turn(self, turn: Turn | None) -> bool:
        """Keep a turn in the session (and so in the minutes); False when it was refused."""
        meeting = self.meeting
        if turn is None or meeting is None:
            return False
        try:
            share = meeting.record_gratitude(
                turn.participant,
                spoke_seconds=turn.spoke_seconds,
                passed=turn.passed,
                things=turn.things,
                allotted_seconds=turn.allotted_seconds,
            )
        except (ReadOnlyMeeting, ValidationError, StoreError) as error:
            self.complain(error)
            return False
        turn.things = share.things  # as stored: control characters removed
        turn.recorded = True
        return True

    def keep_round(self) -> None:
        """Store where the round stands now, so a restart picks it up right there."""
        meeting = self.meeting
        if meeting is None:
            return
        try:
            meeting.keep_round(self.round)
        except StoreError as error:
            self.complain(error)

    def complain(self, error: Exception) -> None:
        if isinstance(error, ReadOnlyMeeting):
            self.notify(t("This meeting is closed; nothing was changed."), severity="warning")
        elif isinstance(error, StoreError):  # one key may save twice (the round, the room)
            self.coprod.report_store_error(error)
        else:
            self.notify(str(error), severity="error", markup=False)

    def action_toggle_timer(self) -> None:
        self.round.toggle()
        self.keep_round()
        self.publish_turn(start=True)
        self.tick()

    def action_next(self) -> None:
        if self.view == POSTCARDS:
            self.query_one("#postcards", DataTable).action_cursor_down()
            return
        self.store_turn(self.round.next())
        self.keep_round()
        self.show_turn()

    def action_previous(self) -> None:
        if self.view == POSTCARDS:
            self.query_one("#postcards", DataTable).action_cursor_up()
            return
        self.store_turn(self.round.previous())
        self.keep_round()
        self.show_turn()

    def action_pass_turn(self) -> None:
        self.store_turn(self.round.pass_turn())
        self.keep_round()
        self.show_turn()

    def action_add_time(self, seconds: int) -> None:
        self.round.add(seconds)
        self.keep_round()
        self.publish_turn()
        self.tick()

    def action_toggle_bell(self) -> None:
        self.bell_on = not self.bell_on
        self.save_settings()
        self.show_turn()

    def action_toggle_flash(self) -> None:
        self.flash_on = not self.flash_on
        self.save_settings()
        self.show_turn()

    def action_toggle_auto(self) -> None:
        self.auto_advance = not self.auto_advance
        self.save_settings()
        self.show_turn()

    def action_shuffle(self) -> None:
        self.round.shuffle(self.rng)
        self.keep_round()
        self.show_turn()
        still = self.round.turns[self.round.index :]
        if still:
            self.notify(
                t("Order from here: {names}", names=", ".join(x.participant for x in still)),
                markup=False,
            )

    @work
    async def action_set_time(self) -> None:
        answer = await self.app.push_screen_wait(
            TextPrompt(
                t("Time per speaker"),
                t("Seconds (e.g. 60) or minutes:seconds (e.g. 1:30)"),
                value=str(self.round.seconds),
            )
        )
        if answer is None:
            return
        try:
            seconds = parse_seconds(answer)
        except ValueError:
            self.notify(
                t("Not a time: {text}. Give seconds (60) or minutes:seconds (1:30).", text=answer),
                severity="error",
                markup=False,
            )
            return
        self.round.set_seconds(seconds)
        self.save_settings()
        self.keep_round()
        self.show_turn()

    @work
    async def action_write_things(self) -> None:
        turn = self.round.current
        if turn is None:
            self.notify(t("Nobody is speaking now (p: back to the last speaker)."))
            return
        things = await self.app.push_screen_wait(ThreeThingsDialog(turn.participant, turn.things))
        if things is None:
            return
        before = turn.things
        turn.things = things
        if not self.store_turn(turn):
            turn.things = before
        self.show_turn()

    # --- postcards -------------------------------------------------------------------------
    def action_toggle_phones(self) -> None:
        meeting = self.meeting
        if meeting is None or meeting.read_only:
            self.notify(t("This meeting is closed: it can be read, not changed."))
            return
        current = meeting.open_activity
        try:
            if current is not None and current.kind == "postcards":
                meeting.close_activity(current.id)
                self.notify(t("The postcards on the phones are closed."))
                return
            meeting.open_postcards()
        except ValidationError as error:
            self.notify(str(error), severity="warning", markup=False)
            return
        if self.coprod.phone_page_running:
            self.notify(t("The postcards are open on the phones."))
        else:
            self.notify(
                t(
                    "The postcards are open. The phone page is off: "
                    "j on the cards screen (2) starts it."
                )
            )

    def postcard_rows(self) -> list[tuple[str, str]]:
        """(participant, postcard text or '') for everyone in the meeting and every postcard."""
        meeting = self.meeting
        if meeting is None:
            return []
        texts = {card.participant: card.text for card in meeting.session.postcards}
        names = meeting.session.participant_names()
        names += [name for name in texts if name not in names]
        return [(name, texts.get(name, "")) for name in names]

    def show_postcards(self) -> None:
        table = self.query_one("#postcards", DataTable)
        keep = table.cursor_row
        table.clear()
        for name, text in self.postcard_rows():
            preview = " ".join(text.split())
            if len(preview) > POSTCARD_PREVIEW_CHARS:
                preview = preview[: POSTCARD_PREVIEW_CHARS - 1] + "…"
            table.add_row(Text(name), Text(preview or "—"), key=name)
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))
        self.show_full_postcard()
        self.show_title()
        self.query_one(ActivityLine).refresh_from(self.meeting)

    def selected_participant(self) -> str | None:
        table = self.query_one("#postcards", DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    @on(DataTable.RowHighlighted, "#postcards")
    def show_full_postcard(self) -> None:
        meeting = self.meeting
        name = self.selected_participant()
        card = meeting.postcard(name) if meeting is not None and name else None
        if card is None:
            hint = t("enter: write the postcard of {name}", name=name) if name else ""
            self._set("postcard-full", Text(hint))
        else:
            self._set("postcard-full", Text(f"{card.participant}: {card.text}"))

    @on(DataTable.RowSelected, "#postcards")
    def action_edit_postcard(self) -> None:
        name = self.selected_participant()
        if name is not None:
            self.write_postcard(name)

    @work
    async def write_postcard(self, name: str) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        card = meeting.postcard(name)
        text = await self.app.push_screen_wait(
            TextPrompt(
                t("Gratitude postcard of {name}", name=name),
                t("Today I am grateful for …"),
                value=card.text if card else "",
            )
        )
        if text is None:
            return
        try:
            meeting.write_postcard(name, text)
        except (ReadOnlyMeeting, ValidationError, StoreError) as error:
            self.complain(error)

    @work
    async def action_add_postcard(self) -> None:
        name = await self.app.push_screen_wait(
            TextPrompt(t("Gratitude postcard"), t("From whom? (a name not on the list)"))
        )
        if name is not None:
            self.write_postcard(name)

    @work
    async def action_delete_postcard(self) -> None:
        meeting = self.meeting
        name = self.selected_participant()
        if meeting is None or name is None or meeting.postcard(name) is None:
            return
        if await self.app.push_screen_wait(
            Confirm(t("Remove the gratitude postcard of {name}?", name=name))
        ):
            try:
                meeting.remove_postcard(name)
            except (ReadOnlyMeeting, StoreError) as error:
                self.complain(error)

    def action_switch_view(self) -> None:
        self.show_view(POSTCARDS if self.view == ROUND else ROUND)
