"""Cards: the live opportunity-card inbox (kanskaarten) of the open meeting.

The list of cards (oldest first, or newest first; all, or one state), the selected card in
full beside it (below it under 100 columns), and the keys the card receiver uses to
present, discuss, park or turn a card into an action. Cards handed in with ``coprod card``
appear while the screen is open, without moving the selection.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.events import Resize
from textual.widgets import DataTable, Static

from coprod_tui.i18n import N_, n, t
from coprod_tui.meeting import ReadOnlyMeeting
from coprod_tui.model import Card, ValidationError
from coprod_tui.model.toolkit import key_element
from coprod_tui.tui.messages import CardInboxChanged, MeetingChanged, MeetingOpened
from coprod_tui.tui.screens.base import ToolScreen
from coprod_tui.tui.screens.group_view import GroupView
from coprod_tui.tui.screens.inbox_dialogs import (
    AddCardDialog,
    BadFilesView,
    CardFullView,
    ElementChoice,
    PaperCard,
)
from coprod_tui.tui.widgets.activity_line import ActivityLine
from coprod_tui.tui.widgets.card_view import (
    CARRIED,
    STATE_ORDER,
    card_cells,
    card_detail,
    counts_text,
    one_line,
    sorted_cards,
    state_label,
)
from coprod_tui.tui.widgets.key_bar import KeyBar
from coprod_tui.tui.widgets.keyed_table import KeyedTable
from coprod_tui.tui.widgets.line import Line
from coprod_tui.tui.widgets.tool_line import ToolLine

NARROW_BELOW = 100  # columns; narrower, the full card goes below the list
DETAIL_WIDTH = 36
TIME_WIDTH, FROM_WIDTH = 5, 12
TABLE_CHROME = 4 * 2 + 2  # cell padding of four columns, and the scrollbar
FILTERS: tuple[str | None, ...] = (None, *STATE_ORDER)


CARD_COLUMNS = ("state", "time", "from", "text")


class CardTable(KeyedTable):
    """The list of cards; enter presents the card under the cursor."""

    BINDINGS = [Binding("enter", "select_cursor", t("Present"))]


class InboxScreen(ToolScreen):
    HELP = N_(
        "Opportunity cards (kanskaarten) handed in during or between meetings. Anyone can hand "
        'in a card from a terminal with: coprod card "your idea" (add --from NAME to sign it; '
        "unsigned cards are anonymous and no author is stored anywhere). The card receiver "
        "screens new cards, presents them (enter), marks them discussed (t) or parks them (x), "
        "or turns a card into an action for the action plan (A). g shows the presented cards "
        "to the group in large type, without the names of anonymous authors. a types in a "
        "paper card. s switches oldest/newest first, f shows one state only, space shows the "
        "selected card in full, u puts a card back to new. j opens the phone page, where "
        "participants hand in cards from their phone. o opens a dot vote on the phones on the "
        "cards listed (f chooses which): each phone spreads its dots (3) over them and may "
        "change them until o closes the vote; the line above the list counts who has voted, "
        "the dots stay hidden until r reveals them, and then the list is sorted by dots."
    )
    CSS_PATH = "inbox.tcss"
    # The keys the key bar keeps longest (the rest give way first at 80 columns).
    KEY_BAR_MAIN = ("select_cursor", "set_state('discussed')", "set_state('parked')", "group_view")
    BINDINGS = [
        Binding("t", "set_state('discussed')", t("Discussed")),
        Binding("x", "set_state('parked')", t("Park")),
        Binding("A", "to_action", t("→ Action")),
        Binding("g", "group_view", t("Show to group")),
        Binding("a", "add_card", t("Add paper card")),
        Binding("u", "set_state('new')", t("Back to new"), show=False),
        Binding("space", "show_card", t("Read in full"), show=False),
        Binding("o", "toggle_vote", t("Phones: open/close")),
        Binding("r", "reveal_vote", t("Reveal")),
        Binding("s", "toggle_order", t("Oldest/newest first"), show=False),
        Binding("f", "next_filter", t("Filter by state"), show=False),
        Binding("n", "move(1)", t("Next card"), show=False),
        Binding("p", "move(-1)", t("Previous card"), show=False),
        Binding("b", "bad_files", t("Unreadable card files"), show=False),
        Binding("j", "phone_page", t("Phone page"), show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.newest_first = False
        self.state_filter: str | None = None
        self.selected_id: str | None = None
        self._shown_ids: list[str] = []
        self._text_width = 20
        self._stale = False
        self._waiting = 0
        self._state_width = 10
        self._cell_cache: dict[tuple[str, str, int, int | None], tuple[Text, ...]] = {}
        self._dots: dict[str, int] | None = None

    def compose(self) -> ComposeResult:
        yield ToolLine("cards")
        yield Line("", classes="title-bar", id="cards-title", markup=False)
        yield Line("", id="cards-counts", markup=False)
        yield Line("", id="cards-warning", markup=False)
        yield ActivityLine("dot_vote", id="cards-vote")
        with Horizontal(id="cards-body"):
            yield CardTable(id="cards", cursor_type="row", zebra_stripes=False)
            with VerticalScroll(id="card-detail"):
                yield Line("", id="card-detail-text", markup=False)
        yield Line("", classes="hint", id="cards-hint", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(CardTable)
        self._state_width = len(CARRIED) + max(len(state_label(state)) for state in STATE_ORDER)
        table.add_column(t("state"), width=self._state_width, key="state")
        table.add_column(t("time"), width=TIME_WIDTH, key="time")
        table.add_column(t("from"), width=FROM_WIDTH, key="from")
        table.add_column(t("card"), key="text")
        self._fit(self.size.width)
        self.reload()
        table.focus()

    # --- messages from the app -----------------------------------------------------------------
    def on_meeting_changed(self, message: MeetingChanged) -> None:
        if message.topic in ("cards", "meeting") and self.is_mounted:
            self._refresh_when_seen(inbox=False)

    def on_meeting_opened(self, _: MeetingOpened) -> None:
        if self.is_mounted:
            self.selected_id = None
            self._refresh_when_seen()

    def on_card_inbox_changed(self, _: CardInboxChanged) -> None:
        if self.is_mounted:
            self._refresh_when_seen()

    def on_screen_resume(self) -> None:
        if self._stale and self.is_mounted:
            self.reload()

    def _refresh_when_seen(self, inbox: bool = True) -> None:
        """Redraw now if in front, else on resume; ``inbox``: also look at bad/waiting files."""
        if self.app.screen is not self:
            self._stale = True  # built but behind another screen: catch up on resume
        elif inbox:
            self.reload()
        else:
            self._show_cards()

    def on_resize(self, event: Resize) -> None:
        if self._fit(event.size.width):
            self._sync_table(force=True)

    def _fit(self, width: int) -> bool:
        """Fold the full card below the list when narrow; True when the card column changed."""
        narrow = width < NARROW_BELOW
        self.set_class(narrow, "narrow")
        available = width - (0 if narrow else DETAIL_WIDTH)
        fixed = self._state_width + TIME_WIDTH + FROM_WIDTH + TABLE_CHROME
        text_width = max(10, available - fixed)
        changed = text_width != self._text_width
        self._text_width = text_width
        return changed

    # --- showing ---------------------------------------------------------------------------
    def visible_cards(self) -> list[Card]:
        if self.meeting is None:
            return []
        cards = sorted_cards(
            self.meeting.session.cards, newest_first=self.newest_first, state=self.state_filter
        )
        dots = self.shown_dots()
        if dots is not None:  # a revealed vote: the most dots first, the order within kept
            cards.sort(key=lambda card: -dots.get(card.id, 0))
        return cards

    def shown_dots(self) -> dict[str, int] | None:
        """The dots per card of the last dot vote, once revealed (None before)."""
        if self.meeting is None:
            return None
        vote = self.meeting.latest_activity("dot_vote")
        if vote is None or vote.hidden:
            return None
        return dict(vote.dot_totals())

    def selected_card(self) -> Card | None:
        if self.meeting is None or self.selected_id is None:
            return None
        return self.meeting.session.card(self.selected_id)

    def reload(self) -> None:
        """Everything, including what the spool holds outside this meeting."""
        self._stale = False
        self._waiting = self.workspace.waiting_card_count()
        self._show_warning()
        self._show_cards()

    def _show_cards(self) -> None:
        """What depends on this meeting's cards only (the hot path when cards arrive)."""
        self._show_title()
        self._sync_table()
        self._show_detail()

    def _show_title(self) -> None:
        meeting = self.meeting
        title = self.query_one("#cards-title", Static)
        counts = self.query_one("#cards-counts", Static)
        if meeting is None:
            self._put(title, t("Opportunity cards"))
            self._put(counts, t("No meeting is open (h: home)."))
            return
        receiver = meeting.session.receiver
        self._put(
            title,
            t("Opportunity cards · receiver: {receiver}", receiver=receiver)
            if receiver
            else t("Opportunity cards · no card receiver chosen"),
        )
        showing = t("all") if self.state_filter is None else state_label(self.state_filter)
        order = t("newest first") if self.newest_first else t("oldest first")
        line = counts_text(meeting.session.cards)
        carried = sum(1 for card in meeting.session.cards if card.carried_from)
        if carried:
            line += f" · {carried} {t('carried over')} {CARRIED.strip()}"
        line += f"   ({t('showing')}: {showing} · {order})"
        if self._waiting:
            line += "   " + t("{count} waiting for another meeting", count=self._waiting)
        self._put(counts, line)
        self.query_one(ActivityLine).refresh_from(meeting)

    def _show_warning(self) -> None:
        bad = self.workspace.bad_card_files()
        warning = self.query_one("#cards-warning", Static)
        warning.display = bool(bad)
        if bad:
            self._put(
                warning,
                "⚠ "
                + n(
                    "{count} handed-in file could not be read as a card (kept in inbox/bad)"
                    " — b: list",
                    "{count} handed-in files could not be read as a card (kept in inbox/bad)"
                    " — b: list",
                    len(bad),
                ),
            )

    def _sync_table(self, force: bool = False) -> None:
        """Bring the list up to date by key, touching only the rows that changed (a new card on
        top is one row added and the rows put in order); the selection stays put.
        ``force``: the card column's width changed, so every row is made again."""
        table = self.query_one(CardTable)
        if force:
            table.clear()
        previous_index = table.cursor_row
        self._dots = self.shown_dots()  # a revealed dot vote: its dots before each card
        rows = [(card.id, self._cells(card)) for card in self.visible_cards()]
        table.show_rows(rows, CARD_COLUMNS)
        ids = [card_id for card_id, _ in rows]
        position = {card_id: n for n, card_id in enumerate(ids)}
        if self.selected_id in position:
            if table.cursor_row != position[self.selected_id]:
                table.move_cursor(row=position[self.selected_id], animate=False)
        elif ids:
            table.move_cursor(row=min(max(previous_index, 0), len(ids) - 1), animate=False)
        self._shown_ids = ids
        self.selected_id = ids[table.cursor_row] if ids else None
        self._show_hint(bool(ids))

    def _put(self, widget: Static, content: str | Text) -> None:
        if isinstance(widget, Line):
            widget.show(content)
        else:
            widget.update(content)

    def _cells(self, card: Card) -> tuple[Text, ...]:
        """The row of a card, made once per state, width and dots (its text never changes)."""
        dots = self._dots.get(card.id) if self._dots is not None else None
        key = (card.id, card.state, self._text_width, dots)
        cells = self._cell_cache.get(key)
        if cells is None:
            cells = card_cells(card, from_width=FROM_WIDTH, text_width=self._text_width)
            if dots is not None:
                shown = Text(f"●{dots} ", style="bold", end="")
                text = Text(one_line(card.text), no_wrap=True, overflow="ellipsis", end="")
                text.truncate(max(1, self._text_width - len(shown)), overflow="ellipsis")
                cells = (*cells[:3], shown + text)
            self._cell_cache[key] = cells
        return cells

    def _show_hint(self, any_shown: bool) -> None:
        hint = self.query_one("#cards-hint", Static)
        command = self.workspace.hand_in_command()
        if any_shown or self.meeting is None:
            line = t("hand in from any terminal: {command} · from a phone: j", command=command)
            self._put(hint, line)
        elif self.state_filter is not None:
            self._put(hint, t("No cards in this state. f: show another state."))
        else:
            self._put(
                hint,
                t(
                    "No cards yet. Hand one in from any terminal: {command} — or a: add a paper"
                    " card.",
                    command=command,
                ),
            )

    def _show_detail(self) -> None:
        detail = self.query_one("#card-detail-text", Static)
        card = self.selected_card()
        if card is None:
            self._put(detail, "")
            return
        self._put(detail, card_detail(card, self._action_label(card), self._origin(card)))

    def _origin(self, card: Card) -> str | None:
        if card.carried_from is None or self.meeting is None:
            return None
        return self.meeting.earlier_meeting(card.carried_from)

    def _action_label(self, card: Card) -> str | None:
        if card.action_id is None or self.meeting is None:
            return None
        action = self.meeting.session.action(card.action_id)
        return str(key_element(action.element).label) if action else None

    @on(DataTable.RowHighlighted, "#cards")
    def _highlighted(self) -> None:
        # Read the cursor, not the event: a list rebuilt since the event was sent wins.
        row = self.query_one(CardTable).cursor_row
        key = self._shown_ids[row] if 0 <= row < len(self._shown_ids) else None
        if key != self.selected_id:
            self.selected_id = key
            self.query_one("#card-detail", VerticalScroll).scroll_home(animate=False)
        self._show_detail()

    # --- acting ----------------------------------------------------------------------------
    def _writable_card(self) -> Card | None:
        card = self.selected_card()
        if self.meeting is None:
            self.notify(t("Open or start a meeting first (h: home)."), severity="warning")
            return None
        if card is None:
            self.notify(t("There is no card selected."), severity="warning")
            return None
        if self.meeting.read_only:
            self._refuse_read_only()
            return None
        return card

    def _refuse_read_only(self) -> None:
        self.notify(t("This meeting is closed: its cards can be read, not changed."))

    @on(DataTable.RowSelected, "#cards")
    def action_present(self) -> None:
        self.action_set_state("presented")

    def action_set_state(self, state: str) -> None:
        card = self._writable_card()
        if card is None or self.meeting is None:
            return
        try:
            self.meeting.set_card_state(card.id, state)
        except ReadOnlyMeeting:
            self._refuse_read_only()
        except ValidationError:
            self.notify(t("This card became an action; change it in the action plan (5)."))

    @work
    async def action_to_action(self) -> None:
        card = self._writable_card()
        if card is None or self.meeting is None:
            return
        if card.state == "action":
            self.notify(t("This card is already an action in the action plan (5)."))
            return
        element = await self.app.push_screen_wait(ElementChoice(card.text))
        if element is None or self.meeting is None:
            return
        try:
            self.meeting.card_to_action(card.id, element)
        except ReadOnlyMeeting:
            self._refuse_read_only()
            return
        except (KeyError, ValidationError):
            self.notify(t("This card can no longer become an action."), severity="warning")
            return
        self.notify(
            t(
                "Added to the action plan under {element}; fill in who and by when there (5).",
                element=str(key_element(element).label),
            ),
            markup=False,
        )

    @work
    async def action_add_card(self) -> None:
        if self.meeting is None:
            self.notify(t("Open or start a meeting first (h: home)."), severity="warning")
            return
        if self.meeting.read_only:
            self._refuse_read_only()
            return
        paper: PaperCard | None = await self.app.push_screen_wait(AddCardDialog())
        if paper is None or self.meeting is None:
            return
        try:
            card = self.meeting.add_card(paper.text, paper.author)
        except ReadOnlyMeeting:
            self._refuse_read_only()
            return
        except ValidationError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        if self.state_filter not in (None, card.state):
            self.state_filter = None
        self.selected_id = card.id
        self._show_cards()

    def action_group_view(self) -> None:
        card = self.selected_card()
        start = card.id if card is not None and card.state == "presented" else None
        self.app.push_screen(GroupView(start))

    def action_show_card(self) -> None:
        card = self.selected_card()
        if card is not None:
            self.app.push_screen(
                CardFullView(card_detail(card, self._action_label(card), self._origin(card)))
            )

    # --- the dot vote on the phones ----------------------------------------------------------
    def action_toggle_vote(self) -> None:
        meeting = self.meeting
        if meeting is None:
            self.notify(t("Open or start a meeting first (h: home)."), severity="warning")
            return
        if meeting.read_only:
            self._refuse_read_only()
            return
        current = meeting.open_activity
        try:
            if current is not None and current.kind == "dot_vote":
                meeting.close_activity(current.id)
                self.notify(t("The dot vote is closed."))
                return
            listed = [card.id for card in self.visible_cards() if card.state != "action"]
            meeting.open_dot_vote(listed)
        except ValidationError as error:
            self.notify(str(error), severity="warning", markup=False)
            return
        if self.coprod.phone_page_running:
            self.notify(t("The dot vote is open on the phones."))
        else:
            self.notify(t("The dot vote is open. The phone page is off: j starts it."))

    def action_reveal_vote(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        if meeting.read_only:
            self._refuse_read_only()
            return
        vote = meeting.latest_activity("dot_vote")
        if vote is None:
            self.notify(t("No dot vote yet: o opens one on the phones."))
            return
        meeting.reveal_activity(vote.id)
        self.notify(t("The dots are shown; the cards are sorted by dots."))

    def action_toggle_order(self) -> None:
        self.newest_first = not self.newest_first
        self._show_cards()

    def action_next_filter(self) -> None:
        self.state_filter = FILTERS[(FILTERS.index(self.state_filter) + 1) % len(FILTERS)]
        self._show_cards()

    def action_move(self, by: int) -> None:
        table = self.query_one(CardTable)
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + by)))

    def action_phone_page(self) -> None:
        from coprod_tui.tui.screens.join import JoinScreen

        self.app.push_screen(JoinScreen())

    def action_bad_files(self) -> None:
        bad = self.workspace.bad_card_files()
        if not bad:
            self.notify(t("Every file handed in was a readable card."))
            return
        folder = str(self.workspace.bad_cards_folder)
        self.app.push_screen(BadFilesView(folder, bad))
