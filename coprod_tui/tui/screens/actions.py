"""Actions: the action-plan table (key element · what · who · by when · how will we know)."""

from __future__ import annotations

from dataclasses import astuple, dataclass
from functools import partial

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from coprod_tui.i18n import N_, n, t
from coprod_tui.meeting import Meeting, ReadOnlyMeeting
from coprod_tui.model import Action, ValidationError
from coprod_tui.model.action_plan import meeting_order, missing_elements, open_count, overdue_count
from coprod_tui.model.dates import describe
from coprod_tui.model.toolkit import ACTION_STATUSES, KEY_ELEMENTS, key_element
from coprod_tui.tui.messages import MeetingChanged, MeetingOpened
from coprod_tui.tui.screens.action_dialogs import ActionDraft, ActionForm, ReviewDialog
from coprod_tui.tui.screens.base import REFUSALS, ToolScreen
from coprod_tui.tui.screens.dialogs import Confirm
from coprod_tui.tui.widgets.key_bar import KeyBar
from coprod_tui.tui.widgets.name_bar_table import NameBarTable
from coprod_tui.tui.widgets.tool_line import ToolLine

COLUMNS = ("element", "what", "who", "by_when", "how", "status")


@dataclass(frozen=True)
class Widths:
    element: int
    what: int
    who: int
    by_when: int
    how: int
    status: int


def column_widths(total: int, status_width: int, element_width: int) -> Widths:
    """Share ``total`` cells among the six columns: what and how shrink first, never below 8."""
    usable = max(total - 2 - 2 * len(COLUMNS), 40)  # scrollbar, one cell padding either side
    element = min(element_width, 16) if usable >= 80 else 11
    who = 14 if usable >= 120 else 10 if usable >= 80 else 9
    by_when = 11
    rest = max(usable - element - who - by_when - status_width, 16)
    what = max(rest * 3 // 5, 8)
    return Widths(element, what, who, by_when, max(rest - what, 8), status_width)


def cell(text: str, width: int, style: str = "") -> Text:
    """One line of user text, cut to ``width`` with an ellipsis (never read as markup)."""
    line = Text(" ".join(text.split()), style=style, no_wrap=True, overflow="ellipsis", end="")
    line.truncate(width, overflow="ellipsis")
    return line


class ActionsScreen(ToolScreen):
    HELP = N_(
        "The action plan: one block of actions per key element of co-production. Each action "
        "says what we will do, who will do it, by when, and how we will know it has worked. "
        "a adds an action, e or enter edits the selected one, c marks it done, d drops it, "
        "o opens it again, f shows open actions only or all, g shows the selected action on the "
        "room view (coprod room: F2 says how to open it). Actions still open from the "
        "previous meeting come first, marked “to review”: r reviews them (done, still open, "
        "dropped), and the decision is written into this meeting's minutes (an earlier "
        "meeting's minutes stay as they were). The panel "
        "under the table shows the selected action in full (tab to it to scroll). By when "
        "accepts 2026-12-01, 1-12-2026, +3d, +2w, +1m, today and tomorrow."
    )
    CSS_PATH = "actions.tcss"
    # The keys the key bar keeps longest (the rest give way first at 80 columns).
    KEY_BAR_MAIN = ("add", "edit", "done")
    BINDINGS = [
        Binding("a", "add", t("Add")),
        Binding("e", "edit", t("Edit")),
        Binding("c", "done", t("Done")),
        Binding("d", "drop", t("Drop")),
        Binding("o", "reopen", t("Reopen")),
        Binding("r", "review", t("Review")),
        Binding("f", "filter", t("Open/all")),
        Binding("g", "show_to_group", t("Show to group")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.only_open = False
        self._widths: Widths | None = None
        self._shown: list[Action] = []
        self._focus_next: str | None = None  # an action to select once the table is redrawn
        self._selected_id: str | None = None  # kept while a filter hides it

    def compose(self) -> ComposeResult:
        yield ToolLine("actions")
        yield Static("", classes="title-bar", id="actions-title", markup=False)
        yield Static("", id="review-banner", markup=False)
        # The bar covers the key element and what: the detail below shows the rest of the row.
        yield NameBarTable(id="actions", bar_columns=2, zebra_stripes=False)
        with VerticalScroll(id="action-detail"):
            yield Static("", id="detail-text", markup=False)
        yield Static("", classes="hint", id="actions-hint", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.redraw(focus_review=True)

    def on_resize(self) -> None:
        self.redraw()

    def on_screen_resume(self) -> None:
        self.redraw()  # also after a dialog closes: keep the selected row

    def on_meeting_changed(self, message: MeetingChanged) -> None:
        if message.topic in ("actions", "meeting") and self.is_mounted:
            self.redraw()

    def on_meeting_opened(self, _: MeetingOpened) -> None:
        if self.is_mounted:
            self.redraw(focus_review=True)

    # --- showing ---------------------------------------------------------------------------
    def ordered(self) -> list[Action]:
        """To review first (the previous meeting's open actions), then one block per element."""
        meeting = self.meeting
        return meeting_order(meeting.session.actions, self.only_open) if meeting else []

    def status_labels(self) -> list[str]:
        return [
            *(str(label) for label in ACTION_STATUSES.values()),
            t("OVERDUE"),
            t("to review"),
        ]

    def redraw(self, *, focus_review: bool = False) -> None:
        table = self.query_one("#actions", DataTable)
        widths = column_widths(
            self.size.width,
            max(len(label) for label in self.status_labels()),
            max(len(str(element.label)) for element in KEY_ELEMENTS),
        )
        if widths != self._widths:
            self._widths = widths
            table.clear(columns=True)
            labels = (
                t("key element"),
                t("what will we do"),
                t("who"),
                t("by when"),
                t("how will we know"),
                t("status"),
            )
            for key, label, width in zip(COLUMNS, labels, astuple(widths)):
                table.add_column(Text(label), width=width, key=key)
        keep = None if focus_review else self._selected_id
        keep, self._focus_next = self._focus_next or keep, None
        row = table.cursor_row
        table.clear()
        self._shown = self.ordered()
        previous_block = None
        for action in self._shown:
            block = "review" if self.to_review(action) else action.element
            first = block != previous_block
            table.add_row(*self.row_cells(action, show_element=first), key=action.id)
            previous_block = block if block != "review" else None
        self.restore_cursor(keep, fallback_row=0 if focus_review else row)
        self.update_texts()

    def to_review(self, action: Action) -> bool:
        return bool(action.carried_from and not action.review)

    def row_cells(self, action: Action, *, show_element: bool) -> list[Text]:
        assert self._widths is not None
        w = self._widths
        today = self.meeting.today() if self.meeting else None
        overdue = today is not None and action.overdue(today)
        alert = f"bold {self.app.current_theme.error or 'red'}"
        faded = "dim" if action.status != "open" else ""
        what_style = "dim strike" if action.status == "dropped" else faded
        if self.to_review(action):
            warn = f"bold {self.app.current_theme.warning or 'yellow'}"
            status, status_style = t("to review"), warn
        elif overdue:
            status, status_style = t("OVERDUE"), alert
        else:
            status, status_style = str(ACTION_STATUSES[action.status]), faded
        when = action.by_when.isoformat() if action.by_when else "—"
        when += "!" if overdue else ""  # a text marker too, also on rows marked "to review"
        element = str(key_element(action.element).label) if show_element else ""
        return [
            cell(element, w.element, "bold"),
            cell(action.what, w.what, what_style),
            cell(action.who or "?", w.who, faded),
            cell(when, w.by_when, alert if overdue else faded),
            cell(action.how_known or "—", w.how, faded),
            cell(status, w.status, status_style),
        ]

    def select_later(self, action_id: str) -> None:
        """Select ``action_id`` after the redraw its change announced (or now, if done)."""
        self._focus_next = action_id
        self.restore_cursor(action_id)

    def restore_cursor(self, action_id: str | None, fallback_row: int | None = None) -> None:
        """Put the cursor on ``action_id``, else on the same row number as before."""
        table = self.query_one("#actions", DataTable)
        if not self._shown:
            return
        ids = [a.id for a in self._shown]
        if action_id in ids:
            row = ids.index(action_id)
        else:
            row = table.cursor_row if fallback_row is None else fallback_row
        table.move_cursor(row=min(max(row, 0), len(ids) - 1), animate=False)

    def update_texts(self) -> None:
        meeting = self.meeting
        title = self.query_one("#actions-title", Static)
        banner = self.query_one("#review-banner", Static)
        hint = self.query_one("#actions-hint", Static)
        if meeting is None:
            title.update(t("Action plan"))
            banner.update(t("No meeting is open (h: home)."))
            hint.update("")
            self.show_detail()
            return
        today = meeting.today()
        actions = meeting.session.actions
        parts = [
            t("Action plan"),
            meeting.session.title,
            t("{count} open", count=open_count(actions)),
            t("{count} overdue", count=overdue_count(actions, today)),
            t("showing open only") if self.only_open else t("showing all"),
        ]
        if meeting.read_only:
            parts.append(t("read-only"))
        title.update(" · ".join(parts))
        waiting = meeting.actions_to_review()
        if waiting:
            banner.update(
                t(
                    "From earlier meetings, to review: {count} — press r to go through them",
                    count=len(waiting),
                )
            )
        else:
            missing = missing_elements(actions)
            banner.update(
                t("No actions yet for: {elements}", elements=", ".join(missing)) if missing else ""
            )
        banner.set_class(bool(waiting), "-to-review")
        hint.update(
            t("a add · e edit · c done · d drop · o reopen · r review · f open/all · tab details")
        )
        self.show_detail()

    @property
    def selected_action(self) -> Action | None:
        table = self.query_one("#actions", DataTable)
        if not self._shown or table.cursor_row < 0 or table.cursor_row >= len(self._shown):
            return None
        return self._shown[table.cursor_row]

    @on(DataTable.RowHighlighted, "#actions")
    def show_detail(self) -> None:
        detail = self.query_one("#detail-text", Static)
        action = self.selected_action
        if action is not None:
            self._selected_id = action.id
        if action is None:
            detail.update(
                t("No actions yet: press a to add one.")
                if self.meeting and not self.only_open
                else t("Nothing to show here (f shows all actions).")
                if self.meeting
                else ""
            )
            return
        detail.update(self.describe(action))

    def describe(self, action: Action) -> Text:
        """The whole action, every field in full, as plain text with bold labels."""
        meeting = self.meeting
        assert meeting is not None
        today = meeting.today()
        body = Text()
        status = str(ACTION_STATUSES[action.status])
        if action.overdue(today):
            days = (today - action.by_when).days if action.by_when else 0
            status += " · " + t("OVERDUE ({days} days)", days=days)
        body.append(f"{key_element(action.element).label} · {status}\n", style="bold")
        body.append(action.what + "\n")
        fields = (
            (t("who"), action.who or "—"),
            (t("by when"), describe(action.by_when) if action.by_when else "—"),
            (t("how will we know"), action.how_known or "—"),
        )
        for label, value in fields:
            body.append(f"{label}: ", style="bold")
            body.append(value + "\n")
        if action.carried_from:
            earlier = meeting.earlier_meeting(action.carried_from)
            body.append(t("from the earlier meeting {meeting}", meeting=earlier))
            body.append((" · " + t("to review (r)") if not action.review else "") + "\n")
        for line in action.review.splitlines():
            body.append(line + "\n", style="italic")
        if action.card_id:
            body.append(t("from an opportunity card") + "\n", style="italic")
        question = meeting.readiness_question(action.readiness_question or "")
        if question is not None:
            body.append(
                t("for a gap in the readiness check: {question}", question=question.text) + "\n",
                style="italic",
            )
        body.rstrip()
        return body

    # --- acting ----------------------------------------------------------------------------
    def writable(self, closed_message: str = "") -> Meeting | None:
        return super().writable(
            closed_message or t("This meeting is closed; its action plan is read-only.")
        )

    def form(self, action: Action | None = None) -> ActionForm:
        meeting = self.meeting
        assert meeting is not None
        selected = self.selected_action
        return ActionForm(
            meeting.today(),
            meeting.session.participant_names(),
            action,
            element=selected.element if selected else None,
        )

    @work
    async def action_add(self) -> None:
        meeting = self.writable()
        if meeting is None:
            return
        draft: ActionDraft | None = await self.app.push_screen_wait(self.form())
        if draft is None:
            return
        try:
            action = meeting.add_action(
                draft.element, draft.what, draft.who, draft.by_when, draft.how_known
            )
        except (ValidationError, ReadOnlyMeeting) as error:
            self.notify(str(error), severity="error")
            return
        self.select_later(action.id)

    @on(DataTable.RowSelected, "#actions")
    @work
    async def action_edit(self) -> None:
        meeting, action = self.writable(), self.selected_action
        if meeting is None or action is None:
            return
        draft: ActionDraft | None = await self.app.push_screen_wait(self.form(action))
        if draft is None:
            return
        try:
            meeting.update_action(
                action.id,
                element=draft.element,
                what=draft.what,
                who=draft.who,
                by_when=draft.by_when,
                how_known=draft.how_known,
            )
        except (ValidationError, ReadOnlyMeeting, KeyError) as error:
            self.notify(str(error), severity="error")
            return
        self.select_later(action.id)

    def set_status(self, status: str) -> None:
        meeting, action = self.writable(), self.selected_action
        if meeting is None or action is None:
            return
        meeting.set_action_status(action.id, status)
        self.select_later(action.id)

    def action_done(self) -> None:
        self.set_status("done")

    def action_show_to_group(self) -> None:
        """The selected action on the room view, as the action being agreed (this screen stays
        as it is)."""
        meeting, action = self.writable(), self.selected_action
        if meeting is None or action is None:
            return
        try:
            meeting.show_action(action.id)
        except REFUSALS as error:
            self.refuse(error)
            return
        self.notify(t("On the room view: the selected action."), markup=False)

    def action_reopen(self) -> None:
        self.set_status("open")

    @work
    async def action_drop(self) -> None:
        meeting, action = self.writable(), self.selected_action
        if meeting is None or action is None or action.status == "dropped":
            return
        what = " ".join(action.what.split())
        short = what if len(what) <= 60 else what[:59] + "…"
        question = t(
            "Drop the action “{what}”? It stays in the minutes as dropped (o reopens it).",
            what=short,
        )
        if await self.app.push_screen_wait(Confirm(question)):
            meeting.set_action_status(action.id, "dropped")

    def action_filter(self) -> None:
        self.only_open = not self.only_open
        self.redraw()

    @work
    async def action_review(self) -> None:
        meeting = self.writable()
        if meeting is None:
            return
        selected = self.selected_action
        queue = meeting.actions_to_review()
        if selected is not None and selected.carried_from:
            if selected in queue:  # start from the selected one, then the rest
                queue = [selected] + [a for a in queue if a is not selected]
            else:  # reviewed already: the group changes its mind
                queue = [selected]
        if not queue:
            self.notify(t("No actions from earlier meetings to review."))
            return
        recorded = 0
        for number, action in enumerate(queue, 1):
            heading = t(
                "Review an action from {meeting} ({number} of {total})",
                meeting=meeting.earlier_meeting(action.carried_from or ""),
                number=number,
                total=len(queue),
            )
            decision = await self.app.push_screen_wait(
                ReviewDialog(heading, partial(self.describe, action))
            )
            if decision is None:
                break
            try:
                meeting.review_carried(action.id, decision.decision, decision.note)
            except (ValidationError, ReadOnlyMeeting, KeyError) as error:
                self.notify(str(error), severity="error")
                break
            recorded += 1
        if recorded:
            self.notify(
                n(
                    "{count} review recorded in this meeting's minutes.",
                    "{count} reviews recorded in this meeting's minutes.",
                    recorded,
                )
            )
