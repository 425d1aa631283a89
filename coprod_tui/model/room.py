"""What the room view may show of the session's ``on_show`` record, and nothing more: a card's
author only when the author gave a name, a phone activity's results only once revealed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from coprod_tui.model.activity import Activity
from coprod_tui.model.on_show import OnShow
from coprod_tui.model.session import Session
from coprod_tui.model.toolkit import LADDER_MODELS


# --- what the room may show -----------------------------------------------------------------
@dataclass(frozen=True)
class ShownCard:
    text: str
    author: str | None  # None: anonymous, and then no name at all


@dataclass(frozen=True)
class ShownAction:
    what: str
    who: str
    by_when: str  # ISO date or ""
    how_known: str


@dataclass(frozen=True)
class ShownTurn:
    participant: str
    seconds_left: float
    running: bool


@dataclass(frozen=True)
class ShownTally:
    """A phone activity: how many answered; once revealed, the count per choice."""

    kind: str  # "placement" or "vote"
    answered: int
    expected: int  # 0: not known
    revealed: bool
    rows: tuple[tuple[str, int], ...] = ()  # (choice, count), empty until revealed


Shown = ShownCard | ShownAction | ShownTurn | ShownTally

# How a phone activity is counted, by kind: (session, record) → tally. A new kind of activity
# adds its function here (phone activities keep their answers in the session).
Tally = Callable[[Session, OnShow], ShownTally | None]
TALLIES: dict[str, Tally] = {}


def _activity(session: Session, record: OnShow, kind: str) -> Activity | None:
    found = next((a for a in session.activities if a.id == record.ref), None)
    return found if found is not None and found.kind == kind else None


def round_tally(session: Session, record: OnShow) -> ShownTally | None:
    """A placement round on the phones (``ref``: its id): answers counted; once revealed, per
    rung, as placed (open) or as they became the meeting's placements (closed)."""
    activity = _activity(session, record, "placement")
    if activity is None:
        return None
    model = LADDER_MODELS[activity.ladder_model]
    rows: tuple[tuple[str, int], ...] = ()
    if record.revealed:
        counts = activity.rung_counts()
        rows = tuple(
            (f"{rung.number} {rung.label}", counts[rung.number]) for rung in reversed(model.rungs)
        )
    expected = len(session.participants) if activity.open else 0
    return ShownTally("placement", len(activity.answers), expected, record.revealed, rows)


def vote_tally(session: Session, record: OnShow) -> ShownTally | None:
    """A dot vote on the phones (``ref``: its id): voters counted; once revealed, the dots per
    card, most first (the card's text: it is on show in the room anyway)."""
    activity = _activity(session, record, "dot_vote")
    if activity is None:
        return None
    rows: tuple[tuple[str, int], ...] = ()
    if record.revealed:
        totals = activity.dot_totals()
        texts = {card.id: " ".join(card.text.split()) for card in session.cards}
        ranked = sorted(activity.options, key=lambda card_id: -totals[card_id])
        rows = tuple((texts.get(card_id, "")[:60], totals[card_id]) for card_id in ranked)
    expected = len(session.participants) if activity.open else 0
    return ShownTally("vote", len(activity.answers), expected, record.revealed, rows)


def placement_tally(session: Session, record: OnShow) -> ShownTally | None:
    """A placement round on the ladder: ``ref`` is the ladder model (the meeting's if empty),
    or the id of a placement round on the phones."""
    if record.ref and record.ref not in LADDER_MODELS:
        return round_tally(session, record)
    model = record.ref if record.ref in LADDER_MODELS else session.ladder_model
    placements = session.placements_on(model)
    rows: tuple[tuple[str, int], ...] = ()
    if record.revealed:
        counts = {rung.number: 0 for rung in LADDER_MODELS[model].rungs}
        for placement in placements:
            counts[placement.rung] = counts.get(placement.rung, 0) + 1
        rows = tuple(
            (f"{rung.number} {rung.label}", counts[rung.number])
            for rung in reversed(LADDER_MODELS[model].rungs)
        )
    return ShownTally(
        "placement", len(placements), len(session.participants), record.revealed, rows
    )


TALLIES["placement"] = placement_tally
TALLIES["vote"] = vote_tally


def what_is_on_show(session: Session, at: datetime) -> Shown | None:
    """What the room view shows of ``session.on_show`` at ``at``; None when nothing (or a thing
    that is gone, such as a deleted card)."""
    record = session.on_show
    if record is None:
        return None
    if record.kind == "card":
        card = session.card(record.ref)
        if card is None:
            return None
        return ShownCard(card.text, None if card.anonymous else card.author)
    if record.kind == "action":
        action = session.action(record.ref)
        if action is None:
            return None
        when = action.by_when.isoformat() if action.by_when else ""
        return ShownAction(action.what, action.who, when, action.how_known)
    if record.kind == "turn":
        return ShownTurn(record.ref, record.seconds_left_at(at), record.running)
    tally = TALLIES.get(record.kind)
    return tally(session, record) if tally is not None else None
