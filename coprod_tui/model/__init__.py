"""The pure model: dataclasses and rules, no Textual and no storage."""

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
