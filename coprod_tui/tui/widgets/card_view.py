"""How an opportunity card reads on screen: list cells, the full card, the counts.

Pure functions returning ``rich.text.Text`` built from plain strings, so card text and names
are never read as markup. An anonymous card shows "anonymous" where a name would be, and
nothing else about who wrote it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rich.text import Text

from coprod_tui.i18n import t
from coprod_tui.model import Card
from coprod_tui.model.toolkit import CARD_STATES

STATE_ORDER = tuple(CARD_STATES)  # new, presented, discussed, parked, action
TIME_FORMAT = "%H:%M"
CARRIED = "↩ "  # before the state of a card carried over from an earlier meeting


def state_label(state: str) -> str:
    return str(CARD_STATES[state])


def author_label(card: Card) -> str:
    return card.author if card.author is not None else t("anonymous")


def received_label(card: Card) -> str:
    return card.received_at.astimezone().strftime(TIME_FORMAT)


def one_line(text: str) -> str:
    """The card's text on one line (line breaks become spaces)."""
    return " ".join(text.split())


def clipped(text: str, width: int) -> Text:
    """``text`` on one line, cut to ``width`` cells with "…" when it does not fit."""
    line = Text(one_line(text), no_wrap=True, overflow="ellipsis", end="")
    line.truncate(max(1, width), overflow="ellipsis")
    return line


def sorted_cards(
    cards: Iterable[Card], *, newest_first: bool = False, state: str | None = None
) -> list[Card]:
    """Oldest first (or newest first), only the cards in ``state`` when it is given."""
    chosen = [card for card in cards if state is None or card.state == state]
    chosen.sort(key=lambda card: card.received_at, reverse=newest_first)
    return chosen


def card_counts(cards: Iterable[Card]) -> dict[str, int]:
    found = Counter(card.state for card in cards)
    return {state: found.get(state, 0) for state in STATE_ORDER}


def counts_text(cards: Iterable[Card]) -> str:
    """'3 new · 9 presented · 0 discussed · 0 parked · 2 → action'."""
    counts = card_counts(cards)
    return " · ".join(f"{counts[state]} {state_label(state)}" for state in STATE_ORDER)


def card_cells(card: Card, *, from_width: int, text_width: int) -> tuple[Text, ...]:
    """The list row: state · time · from · the card's first words."""
    carried = CARRIED if card.carried_from else ""
    return (
        Text(carried + state_label(card.state), end=""),
        Text(received_label(card), end=""),
        clipped(author_label(card), from_width),
        clipped(card.text, text_width),
    )


def card_detail(card: Card, action_label: str | None = None, origin: str | None = None) -> Text:
    """The whole card: its text, then who · when · state (and the action it became, and the
    earlier meeting it was carried over from, named in ``origin``)."""
    detail = Text(card.text, end="")
    detail.append("\n\n")
    how = t("paper card") if card.source == "app" else t("handed in")
    detail.append(f"{author_label(card)} · {received_label(card)} · {how}", style="italic")
    detail.append("\n")
    detail.append(t("state: {state}", state=state_label(card.state)), style="bold")
    if action_label:
        detail.append("\n")
        detail.append(t("action under: {element}", element=action_label))
    if origin:
        detail.append("\n")
        detail.append(CARRIED + t("from the earlier meeting {meeting}", meeting=origin))
    return detail


def group_byline(card: Card) -> str:
    """Who wrote a card, for the whole group: a name only when its author gave one."""
    return f"— {card.author}" if card.author is not None else ""
