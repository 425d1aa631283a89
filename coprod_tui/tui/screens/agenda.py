"""Agenda: the facilitator's main view during a meeting, run against the clock.

The header shows the meeting, when it started, now, the projected end and how late; the table
shows each item's planned and used time (``+N min`` when over); notes and decisions of the
selected item are typed in place below it. A one-second clock runs only while the meeting
runs, and each tick repaints the header's time and the running item's used cell, no more.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import Horizontal
from textual.events import DescendantBlur
from textual.timer import Timer
from textual.widgets import DataTable, Static, TextArea

from coprod_tui.i18n import N_, t
from coprod_tui.meeting import ReadOnlyMeeting, StoreError
from coprod_tui.meeting.schedule import clock_text, minutes_text, totals_text
from coprod_tui.model import AgendaItem, ValidationError
from coprod_tui.model.toolkit import TOOLS
from coprod_tui.tui.messages import MeetingChanged, MeetingOpened
from coprod_tui.tui.screens.agenda_dialogs import ItemDialog, ItemFields, PeopleDialog
from coprod_tui.tui.screens.base import ToolScreen
from coprod_tui.tui.screens.dialogs import Confirm
from coprod_tui.tui.tools import ITEM_TOOL_MODES
from coprod_tui.tui.widgets.agenda_table import AgendaTable
from coprod_tui.tui.widgets.key_bar import KeyBar
from coprod_tui.tui.widgets.line import Line
from coprod_tui.tui.widgets.tool_line import ToolLine

TICK_SECONDS = 1.0
NOTES_SAVE_DELAY = 1.0  # seconds after the last keystroke; leaving the field saves at once
COMPACT_BELOW = 100  # header width under which the clock text gets shorter
TALL_FROM = 40  # screen height from which the notes get more room

# Actions that change the meeting: hidden from the footer once it is closed.
CHANGING = {
    "toggle_clock",
    "next_item",
    "previous_item",
    "add_item",
    "edit_item",
    "delete_item",
    "move_item",
    "people",
    "close_meeting",
}


class AgendaActions(Provider):
    """The agenda's own actions in the command palette (ctrl+p), so each is one search away."""

    async def discover(self) -> Hits:
        for description, action, key in self._actions():
            yield DiscoveryHit(description, partial(self.screen.run_action, action), help=key)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for description, action, key in self._actions():
            score = matcher.match(description)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(description),
                    partial(self.screen.run_action, action),
                    help=key,
                )

    def _actions(self) -> list[tuple[str, str, str]]:
        screen = self.screen
        found = []
        for binding in screen.BINDINGS:
            if not isinstance(binding, Binding) or not binding.description:
                continue
            action = binding.action.split("(")[0]
            if screen.check_action(action, ()) is not True:
                continue
            key = binding.key_display or binding.key
            found.append((binding.description, binding.action, key))
        return found


class AgendaScreen(ToolScreen):
    HELP = N_(
        "The agenda of the open meeting. Space starts the meeting (and pauses or resumes it); "
        "n finishes the current item and starts the next one's clock by itself. When that item "
        "has a tool (gratitude round, cards, ladder, action plan), its screen opens; 1 brings "
        "you back here. The used column shows +N min when an item runs over; the header shows "
        "the projected end and how late it is. Tab moves to the notes and decisions of the "
        "selected item (saved as you type), escape goes back to the table. Times come from "
        "stored timestamps: a restart after a crash picks up where the meeting was."
    )
    CSS_PATH = "agenda.tcss"
    COMMANDS = {AgendaActions}
    # The keys the key bar keeps longest (the rest give way first at 80 columns).
    KEY_BAR_MAIN = ("toggle_clock", "next_item", "add_item", "close_meeting")
    BINDINGS = [
        Binding("space", "toggle_clock", t("Start/pause")),
        Binding("n", "next_item", t("Next")),
        Binding("p", "previous_item", t("Back")),
        Binding("a", "add_item", t("Add")),
        Binding("e", "edit_item", t("Edit")),
        Binding("d", "delete_item", t("Delete")),
        Binding("ctrl+up", "move_item(-1)", t("Move up"), key_display="ctrl+↑", show=False),
        Binding("ctrl+down", "move_item(1)", t("Move down"), key_display="ctrl+↓", show=False),
        Binding("P", "people", t("People")),
        Binding("i", "profiles", t("Profiles")),
        Binding("r", "people(True)", t("Card receiver"), show=False),
        Binding("c", "close_meeting", t("Close")),
        Binding("escape", "leave_notes", t("Back to the table"), show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._ticker: Timer | None = None
        self.ticking = False  # is the one-second clock running?
        self._notes_item: str | None = None  # the item whose notes the text areas hold
        self._notes_dirty = False
        self._notes_timer: Timer | None = None
        # kept here: the notes are saved on unmount too, when queries find nothing any more
        self.notes_area = TextArea(id="notes", placeholder=t("Notes (tab here, escape back)"))
        self.decisions_area = TextArea(id="decisions", placeholder=t("Decisions"))

    def compose(self) -> ComposeResult:
        yield ToolLine("agenda")
        with Horizontal(id="agenda-header", classes="title-bar"):
            yield Static("", id="agenda-title", markup=False)
            yield Line("", id="agenda-clock", markup=False)
        yield AgendaTable(id="agenda-table")
        yield Line("", id="agenda-totals", markup=False)
        with Horizontal(id="agenda-notes"):
            yield self.notes_area
            yield self.decisions_area
        yield Line("", id="agenda-people", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self._ticker = self.set_interval(TICK_SECONDS, self.tick, pause=True)
        self.query_one(AgendaTable).focus()
        self.refresh_all()

    # --- what is shown -----------------------------------------------------------------------
    @property
    def table(self) -> AgendaTable:
        return self.query_one(AgendaTable)

    def refresh_all(self) -> None:
        self.show_header()
        self.show_agenda()
        self.show_people()
        self.sync_ticker()

    def show_header(self) -> None:
        meeting = self.meeting
        title = self.query_one("#agenda-title", Static)
        if meeting is None:
            title.update(t("No meeting open: h goes home"))
            self.query_one("#agenda-clock", Static).update("")
            return
        title.update(Text(f"{meeting.session.title} · {meeting.project.name}"))
        self.show_clock()

    def show_clock(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        compact = self.size.width < COMPACT_BELOW
        text = clock_text(meeting.session, meeting.clock(), compact=compact)
        self._set_static("#agenda-clock", text)

    def show_totals(self) -> None:
        meeting = self.meeting
        text = totals_text(meeting.session, meeting.clock()) if meeting else ""
        self._set_static("#agenda-totals", text)

    def _set_static(self, selector: str, text: str) -> None:
        self.query_one(selector, Line).show(Text(text))

    def show_agenda(self, select: str | None = None) -> None:
        meeting = self.meeting
        table = self.table
        if meeting is None:
            table.clear()
            return
        table.show(meeting.session, meeting.clock(), select=select)
        self.show_totals()
        self.show_clock()
        self.show_notes()

    def show_people(self) -> None:
        meeting = self.meeting
        if meeting is None:
            self._set_static("#agenda-people", "")
            return
        session = meeting.session
        if session.receiver:
            receiver = t("Card receiver: {name}", name=session.receiver)
        else:
            receiver = t("No card receiver (r)")
        names = " · ".join(session.participant_names()) or t("none yet (P adds them)")
        people = t("Participants ({count}): {names}", count=len(session.participants), names=names)
        self._set_static("#agenda-people", f"{receiver}   {people}")

    def on_resize(self) -> None:
        self.query_one("#agenda-notes").set_class(self.size.height >= TALL_FROM, "-tall")
        if self.is_mounted and self.meeting is not None:
            self.show_agenda()

    # --- the live clock ----------------------------------------------------------------------
    def sync_ticker(self) -> None:
        """Tick only while the meeting runs and this screen is in front."""
        if self._ticker is None:
            return
        meeting = self.meeting
        self.ticking = meeting is not None and meeting.running and self.is_current
        if self.ticking:
            self._ticker.resume()
        else:
            self._ticker.pause()

    def tick(self) -> None:
        meeting = self.meeting
        if meeting is None or not meeting.running:
            self.sync_ticker()
            return
        at = meeting.clock()
        self.show_clock()
        self.table.tick(meeting.session, at)
        self.show_totals()

    def on_screen_resume(self) -> None:
        self.refresh_all()

    def on_screen_suspend(self) -> None:
        self.save_notes()
        if self._ticker is not None:
            self._ticker.pause()
            self.ticking = False

    def on_unmount(self) -> None:
        self.save_notes()

    def on_meeting_changed(self, message: MeetingChanged) -> None:
        if not self.is_mounted:
            return
        if message.topic == "agenda":
            self.show_agenda()
        elif message.topic == "meeting":
            self.show_header()
            self.show_people()
            self.show_totals()
            self.show_agenda()
        self.sync_ticker()
        self.refresh_bindings()

    def on_meeting_opened(self, _: MeetingOpened) -> None:
        if self.is_mounted:
            self._notes_item = None
            self._notes_dirty = False
            self.refresh_all()
            self.refresh_bindings()

    # --- notes and decisions, typed in place -------------------------------------------------
    def _selected_item(self) -> AgendaItem | None:
        meeting = self.meeting
        if meeting is None:
            return None
        return meeting.session.item(self.table.selected_id)

    @on(DataTable.RowHighlighted, "#agenda-table")
    def row_highlighted(self) -> None:
        self.show_notes()

    def show_notes(self) -> None:
        """Fill the text areas with the selected item's notes (never under someone typing)."""
        item = self._selected_item()
        notes = self.notes_area
        decisions = self.decisions_area
        item_id = item.id if item else None
        if item_id != self._notes_item:
            self.save_notes()
        elif notes.has_focus or decisions.has_focus or self._notes_dirty:
            return
        self._notes_item = item_id
        read_only = item is None or self.meeting is None or self.meeting.read_only
        for area, text in (
            (notes, item.notes if item else ""),
            (decisions, item.decisions if item else ""),
        ):
            area.read_only = read_only
            if area.text != text:
                area.load_text(text)
        self._label_notes(item)

    def _label_notes(self, item: AgendaItem | None, problem: str = "") -> None:
        notes = self.notes_area
        decisions = self.decisions_area
        if item is None or self.meeting is None:
            notes.border_title = t("Notes")
        else:
            number = self.meeting.session.agenda.index(item) + 1
            notes.border_title = Text(
                t("Notes on {number} · {title}", number=number, title=item.title)
            )
        decisions.border_title = t("Decisions")
        notes.border_subtitle = Text(problem) if problem else None

    @on(TextArea.Changed)
    def notes_typed(self) -> None:
        meeting = self.meeting
        item = meeting.session.item(self._notes_item) if meeting and self._notes_item else None
        if item is None:
            return
        typed = (
            self.notes_area.text,
            self.decisions_area.text,
        )
        if typed == (item.notes, item.decisions):  # e.g. the text was just loaded
            return
        self._notes_dirty = True
        if self._notes_timer is not None:
            self._notes_timer.stop()
        self._notes_timer = self.set_timer(NOTES_SAVE_DELAY, self.save_notes)

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        if isinstance(event.widget, TextArea):
            self.save_notes()

    def save_notes(self) -> None:
        if self._notes_timer is not None:
            self._notes_timer.stop()
            self._notes_timer = None
        meeting = self.meeting
        if not self._notes_dirty or meeting is None or self._notes_item is None:
            return
        item = meeting.session.item(self._notes_item)
        self._notes_dirty = False
        if item is None or meeting.read_only:
            return
        try:
            meeting.set_item_text(
                item.id,
                notes=self.notes_area.text,
                decisions=self.decisions_area.text,
            )
        except ValidationError as error:
            self._notes_dirty = True
            self._label_notes(item, t("not saved: {problem}", problem=str(error)))
            self.say(str(error), title=t("Notes not saved"), severity="error")
            return
        except StoreError as error:
            self._notes_dirty = True
            self.say(str(error), title=t("Notes not saved"), severity="error", timeout=10)
            return
        self._label_notes(item)

    def say(self, message: str, **options: Any) -> None:
        """A notification that may hold user text: shown as plain text, never as markup."""
        self.notify(message, markup=False, **options)

    def action_leave_notes(self) -> None:
        self.table.focus()

    # --- running the meeting -----------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in CHANGING:
            meeting = self.meeting
            return meeting is not None and not meeting.read_only
        return True

    def _do(self, operation: Callable[[], object]) -> object | None:
        """Call the service; a refusal becomes a message, never a crash."""
        if self.meeting is None:
            self.say(t("Open or start a meeting first (h: home)."), severity="warning")
            return None
        self.save_notes()
        try:
            return operation()
        except ReadOnlyMeeting:
            self.say(t("This meeting is closed; it can be read, not changed."), severity="warning")
        except ValidationError as error:
            self.say(str(error), severity="error")
        except StoreError as error:
            self.say(str(error), title=t("Not saved"), severity="error", timeout=10)
        return None

    def action_toggle_clock(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        what = self._do(lambda: meeting.toggle_clock())
        if what == "started":
            current = meeting.current()
            if current is not None:
                self._arrived_at(current)
        elif what == "paused":
            self.say(t("Paused. Space resumes."), timeout=3)

    def action_next_item(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        was_running = meeting.session.status == "running"
        following = self._do(meeting.next_item)
        if meeting.session.status != "running":
            return
        if isinstance(following, AgendaItem):
            self.show_agenda(select=following.id)
            self._arrived_at(following)
        elif was_running:
            self.say(t("That was the last item. c closes the meeting."), timeout=5)

    def action_previous_item(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        if meeting.session.status != "running":
            self.say(t("The meeting has not started: space starts it."), severity="warning")
            return
        item = self._do(meeting.previous_item)
        if isinstance(item, AgendaItem):
            self.show_agenda(select=item.id)

    def _arrived_at(self, item: AgendaItem) -> None:
        """An item's clock started: open its tool's screen, so its own timer is ready."""
        if self.meeting is None:
            return
        number = self.meeting.session.agenda.index(item) + 1
        now_text = t(
            "Now: {number} · {title} ({planned})",
            number=number,
            title=item.title,
            planned=minutes_text(item.planned_minutes),
        )
        mode = ITEM_TOOL_MODES.get(item.tool)
        if mode is not None and mode in self.coprod.tools:
            self.say(now_text + " · " + t("1 returns to the agenda"), timeout=4)
            self.coprod.action_tool(mode)
        elif mode is not None:
            self.say(
                now_text + " · " + t("(the {tool} screen is not available)", tool=TOOLS[item.tool]),
                timeout=4,
            )
        else:
            self.say(now_text, timeout=3)

    @on(DataTable.RowSelected, "#agenda-table")
    def row_selected(self) -> None:
        """Enter (or a click on the selected row): open the item's tool, else edit it."""
        item = self._selected_item()
        if item is None:
            return
        mode = ITEM_TOOL_MODES.get(item.tool)
        if mode is not None and mode in self.coprod.tools:
            self.coprod.action_tool(mode)
        elif mode is not None:
            self.say(t("The {tool} screen is not available.", tool=TOOLS[item.tool]))
        elif self.check_action("edit_item", ()):
            self.action_edit_item()

    # --- changing the agenda -----------------------------------------------------------------
    def _people(self) -> list[str]:
        return self.meeting.session.participant_names() if self.meeting else []

    def action_add_item(self) -> None:
        meeting = self.meeting
        if meeting is None or meeting.read_only:
            return
        after = self.table.selected_id
        added: list[str] = []

        def save(fields: ItemFields) -> None:
            item = meeting.add_item(
                fields.title,
                fields.planned_minutes,
                owner=fields.owner,
                tool=fields.tool,
                after=after,
            )
            added.append(item.id)

        def done(saved: bool | None) -> None:
            if saved and added:
                self.show_agenda(select=added[0])

        self.app.push_screen(ItemDialog(t("Add an agenda item"), save, people=self._people()), done)

    def action_edit_item(self) -> None:
        meeting = self.meeting
        item = self._selected_item()
        if meeting is None or item is None or meeting.read_only:
            return

        def save(fields: ItemFields) -> None:
            meeting.update_item(
                item.id,
                title=fields.title,
                planned_minutes=fields.planned_minutes,
                owner=fields.owner,
                tool=fields.tool,
            )

        number = meeting.session.agenda.index(item) + 1
        self.app.push_screen(
            ItemDialog(t("Edit item {number}", number=number), save, item, self._people())
        )

    @work
    async def action_delete_item(self) -> None:
        meeting = self.meeting
        item = self._selected_item()
        if meeting is None or item is None or meeting.read_only:
            return
        number = meeting.session.agenda.index(item) + 1
        question = t('Delete item {number} "{title}"?', number=number, title=item.title)
        if item.id == meeting.session.current_item:
            question += " " + t("It is the current item; the next item takes over.")
        if item.notes or item.decisions:
            question += " " + t("Its notes and decisions go with it.")
        if await self.app.push_screen_wait(Confirm(question)):
            self._do(lambda: meeting.delete_item(item.id))
            self.say(t('Deleted: "{title}"', title=item.title), timeout=3)

    def action_move_item(self, offset: int) -> None:
        meeting = self.meeting
        item = self._selected_item()
        if meeting is None or item is None:
            return
        self._do(lambda: meeting.move_item(item.id, offset))
        self.show_agenda(select=item.id)

    def action_people(self, receiver: bool = False) -> None:
        meeting = self.meeting
        if meeting is None or meeting.read_only:
            return
        session = meeting.session
        try:
            circle = meeting.people.circle().members
        except StoreError as error:
            self.refuse(error)
            circle = []
        self.app.push_screen(
            PeopleDialog(
                list(session.participants),
                session.receiver,
                meeting.set_participants,
                focus_receiver=receiver,
                circle=circle,
                welcome=meeting.welcome_to_circle,
            )
        )

    def action_profiles(self) -> None:
        """The participants with the highlighted one's one-page profile beside them."""
        from coprod_tui.tui.screens.people_dialogs import show_profiles

        meeting = self.meeting
        if meeting is not None:
            show_profiles(self, meeting.session.participant_names())

    @work
    async def action_close_meeting(self) -> None:
        meeting = self.meeting
        if meeting is None or meeting.read_only:
            return
        question = t(
            'Close the meeting "{title}"? The clock stops, the minutes are written, and the '
            "meeting can be read but no longer changed.",
            title=meeting.session.title,
        )
        if not await self.app.push_screen_wait(Confirm(question)):
            return
        path = self._do(meeting.close)
        if path is not None:
            self.say(
                t("Meeting closed. Minutes: {path}", path=str(path)),
                title=t("Minutes written"),
                timeout=10,
            )
            self.coprod.meeting_closed()
