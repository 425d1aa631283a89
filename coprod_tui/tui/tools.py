"""The tool screens and the keys that reach them (SCREENS.md: one key map for the whole app).

A screen is offered only when its module exists, so the shell shows what is built and
nothing else. Screens are imported on first use, so start-up pays for the first one only.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coprod_tui.i18n import N_

if TYPE_CHECKING:
    from textual.screen import Screen


@dataclass(frozen=True)
class Tool:
    mode: str
    key: str
    title: str  # English; shown through t()
    module: str
    screen_class: str
    needs_meeting: bool = True
    short: str = ""  # English; the tool line's name where the full one does not fit

    @property
    def short_title(self) -> str:
        return self.short or self.title

    @property
    def available(self) -> bool:
        return importlib.util.find_spec(self.module) is not None

    def make_screen(self) -> Screen:
        return getattr(importlib.import_module(self.module), self.screen_class)()


ALL_TOOLS = (
    Tool("agenda", "1", "Agenda", "coprod_tui.tui.screens.agenda", "AgendaScreen"),
    Tool("cards", "2", N_("Cards"), "coprod_tui.tui.screens.inbox", "InboxScreen"),
    Tool(
        "gratitude",
        "3",
        N_("Gratitude"),
        "coprod_tui.tui.screens.gratitude",
        "GratitudeScreen",
        short=N_("Thanks"),
    ),
    Tool("ladder", "4", N_("Ladder"), "coprod_tui.tui.screens.ladder", "LadderScreen"),
    Tool("actions", "5", "Actions", "coprod_tui.tui.screens.actions", "ActionsScreen"),
    Tool(
        "minutes",
        "6",
        "Minutes",
        "coprod_tui.tui.screens.minutes",
        "MinutesScreen",
        needs_meeting=False,
    ),
    Tool(
        "readiness",
        "7",
        N_("Readiness"),
        "coprod_tui.tui.screens.readiness",
        "ReadinessScreen",
        short=N_("Ready"),
    ),
    Tool("people", "8", "People", "coprod_tui.tui.screens.people", "PeopleScreen"),
)


def available_tools() -> list[Tool]:
    return [tool for tool in ALL_TOOLS if tool.available]


# Agenda item tools open these screens (postcards are part of the gratitude screen).
ITEM_TOOL_MODES = {
    "gratitude": "gratitude",
    "postcards": "gratitude",
    "cards": "cards",
    "ladder": "ladder",
    "actions": "actions",
    "readiness": "readiness",
}
