"""Show to the group: the presented cards, one at a time, in large type, for a shared screen.

Only cards the receiver has presented appear (new cards, still being screened, never do),
and a card whose author chose anonymity shows no author at all. Nothing pops up here: the
app holds its card notices while a screen with ``PROJECTOR_SAFE`` is in front.

The card shown here is also put on show for the room view (``coprod room``, the browser at
/j/CODE/room); it stays there after this view closes, until another thing is shown or the
agenda moves on.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from coprod_tui.i18n import N_, t
from coprod_tui.model import Card
from coprod_tui.tui.messages import MeetingChanged, MeetingOpened
from coprod_tui.tui.screens.base import REFUSALS, ToolScreen
from coprod_tui.tui.widgets.card_view import group_byline, sorted_cards
from coprod_tui.tui.widgets.key_bar import KeyBar
from coprod_tui.tui.widgets.large_text import large_type

# Rows the view needs besides the card: position line, byline, footer, padding.
CHROME_ROWS = 6
SIDE_PADDING = 4
PLAIN_MEASURE = 60  # columns: a card too long for large letters reads best in a narrow column


class GroupView(ToolScreen):
    HELP = N_(
        "The presented cards, large, for the whole group (a projector or a shared screen). "
        "Cards that are not presented yet never show here, nor the author of an anonymous card. "
        "n and p go through the presented cards; escape goes back to the inbox."
    )
    PROJECTOR_SAFE = True
    DEFAULT_CSS = """
    GroupView { background: $background; }
    GroupView #group-position { height: 1; padding: 0 2; color: $text-muted; }
    GroupView #group-card { height: 1fr; padding: 1 2; align: center middle; }
    GroupView #group-text { width: auto; height: auto; text-style: bold; }
    GroupView #group-byline { height: auto; padding: 0 2 1 2; text-align: right; }
    """
    # The way back and on stay in the key bar; "previous" gives way first at 80 columns.
    KEY_BAR_MAIN = ("next", "close")
    BINDINGS = [
        Binding("n,right", "next", t("Next card")),
        Binding("p,left", "previous", t("Previous card")),
        Binding("escape,g", "close", t("Back to the inbox")),
    ]

    def __init__(self, start_card_id: str | None = None) -> None:
        super().__init__()
        self.card_id = start_card_id
        self._shown: tuple[str, str, int, int] | None = None
        self._put_on_show: str | None = None  # the card this view last put on the room view

    def compose(self) -> ComposeResult:
        yield Static("", id="group-position", markup=False)
        with VerticalScroll(id="group-card"):
            yield Static("", id="group-text", markup=False)
        yield Static("", id="group-byline", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.show()

    def on_resize(self) -> None:
        self.show()

    def on_meeting_changed(self, message: MeetingChanged) -> None:
        if message.topic == "cards":
            self.show()

    def on_meeting_opened(self, _: MeetingOpened) -> None:
        self.show()

    # --- which card ------------------------------------------------------------------------
    def presented(self) -> list[Card]:
        meeting = self.meeting
        cards = meeting.session.cards if meeting is not None else []
        return sorted_cards(cards, state="presented")

    def _index(self, cards: list[Card]) -> int:
        ids = [card.id for card in cards]
        return ids.index(self.card_id) if self.card_id in ids else 0

    def action_next(self) -> None:
        self._step(1)

    def action_previous(self) -> None:
        self._step(-1)

    def _step(self, by: int) -> None:
        cards = self.presented()
        if cards:
            self.card_id = cards[(self._index(cards) + by) % len(cards)].id
            self.show()

    def action_close(self) -> None:
        self.dismiss(None)

    # --- showing ---------------------------------------------------------------------------
    def put_on_show(self, card: Card) -> None:
        """The room view shows the card this view shows (once per card, not per redraw)."""
        meeting = self.meeting
        if meeting is None or meeting.read_only or self._put_on_show == card.id:
            return
        self._put_on_show = card.id
        try:
            meeting.show_card(card.id)
        except REFUSALS as error:
            self.refuse(error)

    def show(self) -> None:
        if not self.is_mounted:
            return
        cards = self.presented()
        position = self.query_one("#group-position", Static)
        text = self.query_one("#group-text", Static)
        byline = self.query_one("#group-byline", Static)
        if not cards:
            self.card_id = None
            self._shown = None
            position.update(t("Opportunity cards"))
            text.update(t("No card has been presented yet."))
            byline.update("")
            return
        index = self._index(cards)
        card = cards[index]
        self.card_id = card.id
        self.put_on_show(card)
        position.update(
            t("Card {number} of {total} · n next · p previous", number=index + 1, total=len(cards))
        )
        byline.update(group_byline(card))
        width = max(1, self.size.width - SIDE_PADDING)
        height = max(1, self.size.height - CHROME_ROWS)
        shown = (card.id, card.text, width, height)
        if shown == self._shown:
            return  # nothing changed: no redraw
        self._shown = shown
        large = large_type(card.text, width, height)
        if large is not None:
            text.update(Text(large, no_wrap=True, overflow="fold", end=""))
            text.styles.width = "auto"
        else:
            text.update(Text(card.text, end=""))
            text.styles.width = min(PLAIN_MEASURE, width)
        self.query_one("#group-card", VerticalScroll).scroll_home(animate=False)
