"""Session plans: the agenda a facilitator starts a meeting from (``sessions/*.yaml``).

A shipped plan gives its name, description, title and agenda titles in every language the app
speaks (``title: {en: …, nl: …}``); a user's own plan may give plain text. A new meeting takes
the texts in the app's language then, and keeps them (the minutes record what was said).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coprod_tui.i18n import t
from coprod_tui.model.agenda import AgendaItem
from coprod_tui.model.common import PlainData, ValidationError, Wording, clean_line, clean_text


@dataclass
class PlanItem(PlainData):
    title: Wording
    minutes: int
    tool: str = "none"
    owner: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.title, str):  # built in code, not read from a file
            self.title = Wording({Wording.AS_WRITTEN: self.title})

    def to_agenda_item(self, language: str | None = None) -> AgendaItem:
        title = self.title.text(language)
        return AgendaItem(title, self.minutes, owner=self.owner, tool=self.tool)

    def check(self) -> None:
        for language in self.title:
            self.to_agenda_item(language)


@dataclass
class SessionPlan(PlainData):
    name: Wording
    title: Wording
    agenda: list[PlanItem]
    description: Wording = field(default_factory=lambda: Wording({Wording.AS_WRITTEN: ""}))
    key: str = ""  # the plan file's stem

    def __post_init__(self) -> None:
        self.name = _wording(self.name).cleaned(clean_line)
        self.title = _wording(self.title).cleaned(clean_line)
        self.description = _wording(self.description).cleaned(clean_text)
        if not self.agenda:
            raise ValidationError(t("a plan needs at least one agenda item"))
        for number, item in enumerate(self.agenda, 1):
            try:
                item.check()
            except ValidationError as error:
                raise ValidationError(
                    t("agenda item {number}: {error}", number=number, error=error)
                ) from None

    def agenda_items(self, language: str | None = None) -> list[AgendaItem]:
        """The agenda of a new meeting, in ``language`` (default: the app's)."""
        return [item.to_agenda_item(language) for item in self.agenda]


def _wording(value: Wording | str) -> Wording:
    return value if isinstance(value, Wording) else Wording({Wording.AS_WRITTEN: value})
