"""The pure model: dataclasses and rules, no Textual and no storage.

The names below are imported on first use (``coprod card`` needs the card, not the whole
model: that keeps a hand-in close to Python's own start-up)."""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # as typing's: `coprod card` imports this package, and typing costs it
if TYPE_CHECKING:
    from typing import Any

    from coprod_tui.model.action import Action
    from coprod_tui.model.agenda import AgendaItem, TimeSpan
    from coprod_tui.model.card import Card, valid_card_text, valid_name
    from coprod_tui.model.common import ValidationError, clean_line, clean_text, new_id, now
    from coprod_tui.model.gratitude import GratitudeShare, Postcard
    from coprod_tui.model.ladder import LadderPlacement, Reflection, median_rung
    from coprod_tui.model.plan import PlanItem, SessionPlan
    from coprod_tui.model.readiness import OwnQuestion, ReadinessAnswer, ReadinessCheck
    from coprod_tui.model.session import Participant, Project, Session, next_receiver

__all__ = [
    "Action",
    "AgendaItem",
    "Card",
    "GratitudeShare",
    "LadderPlacement",
    "OwnQuestion",
    "Participant",
    "PlanItem",
    "Postcard",
    "Project",
    "ReadinessAnswer",
    "ReadinessCheck",
    "Reflection",
    "Session",
    "SessionPlan",
    "TimeSpan",
    "ValidationError",
    "clean_line",
    "clean_text",
    "median_rung",
    "new_id",
    "next_receiver",
    "now",
    "valid_card_text",
    "valid_name",
]

_MODULE_OF = {
    "Action": "action",
    "AgendaItem": "agenda",
    "Card": "card",
    "GratitudeShare": "gratitude",
    "LadderPlacement": "ladder",
    "OwnQuestion": "readiness",
    "Participant": "session",
    "PlanItem": "plan",
    "Postcard": "gratitude",
    "Project": "session",
    "ReadinessAnswer": "readiness",
    "ReadinessCheck": "readiness",
    "Reflection": "ladder",
    "Session": "session",
    "SessionPlan": "plan",
    "TimeSpan": "agenda",
    "ValidationError": "common",
    "clean_line": "common",
    "clean_text": "common",
    "median_rung": "ladder",
    "new_id": "common",
    "next_receiver": "session",
    "now": "common",
    "valid_card_text": "card",
    "valid_name": "card",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
