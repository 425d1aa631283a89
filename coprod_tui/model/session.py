"""Projects, their meetings (sessions) and the people in them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from coprod_tui.i18n import N_, t
from coprod_tui.model.action import Action
from coprod_tui.model.activity import Activity
from coprod_tui.model.agenda import AgendaItem
from coprod_tui.model.card import Card
from coprod_tui.model.circle import CircleEntry
from coprod_tui.model.common import (
    PlainData,
    ValidationError,
    check_id,
    clean_line,
    new_id,
    now,
    one_of,
)
from coprod_tui.model.gratitude import GratitudeShare, Postcard, RoundState
from coprod_tui.model.ladder import LadderPlacement, Reflection, median_rung
from coprod_tui.model.on_show import OnShow
from coprod_tui.model.readiness import ReadinessCheck
from coprod_tui.model.toolkit import LADDER_MODELS

SESSION_STATUSES = (N_("planned"), N_("running"), N_("closed"))


@dataclass
class Project(PlainData):
    """A co-production group."""

    name: str
    ladder_model: str = "toolkit"
    created_at: datetime = field(default_factory=now)
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        self.name = clean_line(self.name)
        if not self.name:
            raise ValidationError(t("a project needs a name"))
        one_of(self.ladder_model, LADDER_MODELS, "ladder model")
        check_id(self.id, N_("a project's id"))


@dataclass
class Participant(PlainData):
    name: str
    role: str = ""

    def __post_init__(self) -> None:
        self.name = clean_line(self.name)
        self.role = clean_line(self.role)
        if not self.name:
            raise ValidationError(t("a participant needs a name"))


@dataclass
class Session(PlainData):
    """One meeting of a project, with everything that happened in it."""

    project_id: str
    title: str
    date: date
    status: str = "planned"
    plan: str = ""
    participants: list[Participant] = field(default_factory=list)
    receiver: str | None = None  # the participant who receives the opportunity cards
    agenda: list[AgendaItem] = field(default_factory=list)
    current_item: str | None = None
    started_at: datetime | None = None
    paused_at: datetime | None = None
    closed_at: datetime | None = None
    cards: list[Card] = field(default_factory=list)
    gratitude: list[GratitudeShare] = field(default_factory=list)
    postcards: list[Postcard] = field(default_factory=list)
    ladder_model: str = "toolkit"
    placements: list[LadderPlacement] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    readiness: ReadinessCheck | None = None
    circle: list[CircleEntry] = field(default_factory=list)  # the circle of support as it stood
    activities: list[Activity] = field(default_factory=list)  # opened on the phones, in order
    notes: str = ""
    id: str = field(default_factory=new_id)
    on_show: OnShow | None = None  # what the room view shows now (model/on_show.py); not minutes
    gratitude_round: RoundState | None = None  # the round under way, for a restart; not minutes

    def __post_init__(self) -> None:
        self.title = clean_line(self.title)
        if not self.title:
            raise ValidationError(t("a meeting needs a title"))
        one_of(self.status, SESSION_STATUSES, "meeting status")
        check_id(self.id, N_("a meeting's id"))
        check_id(self.project_id, N_("a meeting's project_id"))
        one_of(self.ladder_model, LADDER_MODELS, "ladder model")
        self.receiver = clean_line(self.receiver) or None if self.receiver else None
        names = [p.name for p in self.participants]
        if len(set(names)) != len(names):
            raise ValidationError(t("two participants have the same name; add an initial to one"))

    @property
    def closed(self) -> bool:
        return self.status == "closed"

    def item(self, item_id: str | None) -> AgendaItem | None:
        return next((item for item in self.agenda if item.id == item_id), None)

    def card(self, card_id: str) -> Card | None:
        return next((card for card in self.cards if card.id == card_id), None)

    def action(self, action_id: str) -> Action | None:
        return next((action for action in self.actions if action.id == action_id), None)

    def open_actions(self) -> list[Action]:
        return [action for action in self.actions if action.status == "open"]

    def open_cards(self) -> list[Card]:
        """The cards the group has not taken up yet (see ``Card.open``)."""
        return [card for card in self.cards if card.open]

    def placements_on(self, model: str | None = None) -> list[LadderPlacement]:
        """The placements on one ladder model (the meeting's own by default)."""
        model = model or self.ladder_model
        return [p for p in self.placements if p.model == model]

    def ladder_median(self, model: str | None = None) -> float | None:
        return median_rung(self.placements_on(model))

    def revealed_ladder_median(self, model: str | None = None) -> float | None:
        """The median without the placements of a phone round still to be revealed."""
        hidden = self.hidden_activities()
        return median_rung([p for p in self.placements_on(model) if p.activity not in hidden])

    def ladder_medians(self) -> dict[str, float]:
        """The median per ladder model that has placements in this meeting."""
        medians = {key: median_rung(self.placements_on(key)) for key in LADDER_MODELS}
        return {key: median for key, median in medians.items() if median is not None}

    def open_activity(self) -> Activity | None:
        """The phone activity open now (there is at most one)."""
        return next((a for a in reversed(self.activities) if a.open), None)

    def latest_activity(self, kind: str) -> Activity | None:
        """The last activity of ``kind``, open or closed."""
        return next((a for a in reversed(self.activities) if a.kind == kind), None)

    def hidden_activities(self) -> set[str]:
        """Ids of the activities whose answers are not revealed yet."""
        return {a.id for a in self.activities if a.hidden}

    def participant_names(self) -> list[str]:
        return [p.name for p in self.participants]


def next_receiver(participants: list[str], previous: str | None) -> str | None:
    """The card receiver in rotation: the participant after the previous receiver."""
    if not participants:
        return None
    if previous not in participants:
        return participants[0]
    return participants[(participants.index(previous) + 1) % len(participants)]
