"""Session plans: the agenda a facilitator starts a meeting from (``sessions/*.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass

from coprod_tui.i18n import t
from coprod_tui.model.agenda import AgendaItem
from coprod_tui.model.common import PlainData, ValidationError, clean_line, clean_text


@dataclass
class PlanItem(PlainData):
    title: str
    minutes: int
    tool: str = "none"
    owner: str | None = None

    def to_agenda_item(self) -> AgendaItem:
        return AgendaItem(self.title, self.minutes, owner=self.owner, tool=self.tool)


@dataclass
class SessionPlan(PlainData):
    name: str
    title: str
    agenda: list[PlanItem]
    description: str = ""
    key: str = ""  # the plan file's stem

    def __post_init__(self) -> None:
        self.name = clean_line(self.name)
        self.title = clean_line(self.title)
        self.description = clean_text(self.description)
        if not self.agenda:
            raise ValidationError(t("a plan needs at least one agenda item"))
        for number, item in enumerate(self.agenda, 1):
            try:
                item.to_agenda_item()
            except ValidationError as error:
                raise ValidationError(
                    t("agenda item {number}: {error}", number=number, error=error)
                ) from None

    def agenda_items(self) -> list[AgendaItem]:
        return [item.to_agenda_item() for item in self.agenda]
