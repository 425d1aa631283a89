"""F1: help for the screen in front, and its keys."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen

from coprod_tui.i18n import N_, t
from coprod_tui.tui.screens.dialogs import TextView

GLOBAL_HELP = N_("""1 … 6  Agenda · Cards · Gratitude · Ladder · Actions · Minutes
h  home: projects and meetings
ctrl+p  command palette (every action, screen, theme, language)
f1  this help
escape  close a dialog, leave an input, back
ctrl+q  quit (the meeting is already saved)""")


class HelpScreen(TextView):
    DEFAULT_CSS = """
    HelpScreen > VerticalScroll { width: 76; max-height: 90%; }
    """
    BINDINGS = [Binding("escape,f1,q", "close", t("Close"))]

    def __init__(self, about: Screen) -> None:
        super().__init__()
        self.about = about

    def body(self) -> str:
        help_text = t(getattr(self.about, "HELP", "") or "")
        # The screen's and the app's own keys; widgets' cursor keys would only be noise here.
        keys = [
            f"{self.app.get_key_display(binding)}  {binding.description}"
            for (node, binding, enabled, _tooltip) in self.about.active_bindings.values()
            if binding.description and enabled and node in (self.about, self.app)
        ]
        return "\n".join(
            part
            for part in (help_text, t("Keys on this screen"), "\n".join(keys), t(GLOBAL_HELP))
            if part
        )
