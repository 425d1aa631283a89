"""The action plan's rules over a list of actions: the order it is read in, what it counts,
and which of the six key elements has no action yet."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from coprod_tui.model.action import Action
from coprod_tui.model.toolkit import ACTION_STATUSES, KEY_ELEMENT_KEYS, KEY_ELEMENTS

_STATUS_ORDER = tuple(ACTION_STATUSES)


def plan_order_key(action: Action) -> tuple[int, int, date]:
    """Key element, then status (open first), then the date it is due: an exported plan."""
    return (
        KEY_ELEMENT_KEYS.index(action.element),
        _STATUS_ORDER.index(action.status),
        action.by_when or date.max,
    )


def to_review(actions: Iterable[Action]) -> list[Action]:
    """Open actions carried from an earlier meeting that this meeting has not reviewed yet."""
    return [a for a in actions if a.carried_from and not a.review]


def meeting_order(actions: list[Action], only_open: bool = False) -> list[Action]:
    """As the meeting goes through them: those to review first, then one block per key element
    in the order they were agreed."""
    waiting = to_review(actions)
    rest = sorted(
        (a for a in actions if a not in waiting), key=lambda a: KEY_ELEMENT_KEYS.index(a.element)
    )
    shown = waiting + rest
    return [a for a in shown if a.status == "open"] if only_open else shown


def open_count(actions: Iterable[Action]) -> int:
    return sum(a.status == "open" for a in actions)


def overdue_count(actions: Iterable[Action], today: date) -> int:
    return sum(a.overdue(today) for a in actions)


def missing_elements(actions: Iterable[Action]) -> list[str]:
    """The labels of the key elements no action is about yet."""
    covered = {a.element for a in actions}
    return [str(e.label) for e in KEY_ELEMENTS if e.key not in covered]
