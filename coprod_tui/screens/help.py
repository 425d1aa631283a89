"""F1: help for the screen in front, and its keys."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from coprod_tui.i18n import t

GLOBAL_HELP = """1 … 6  Agenda · Cards · Gratitude · Ladder · Actions · Minutes
h  home: projects and meetings
ctrl+p  command palette (every action, screen, theme, language)
f1  this help
escape  close a dialog, leave an input, back
ctrl+q  quit (the meeting is already saved)"""


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 76; max-width: 100%; height: auto; max-height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    """
    BINDINGS = [Binding("escape,f1,q", "dismiss", t("Close"))]

    def __init__(self, about: Screen) -> None:
        super().__init__()
        self.about = about

    def compose(self) -> ComposeResult:
        help_text = t(getattr(self.about, "HELP", "") or "")
        # The screen's and the app's own keys; widgets' cursor keys would only be noise here.
        keys = [
            f"{self.app.get_key_display(binding)}  {binding.description}"
            for (node, binding, enabled, _tooltip) in self.about.active_bindings.values()
            if binding.description and enabled and node in (self.about, self.app)
        ]
        body = "\n".join(
            part
            for part in (help_text, t("Keys on this screen"), "\n".join(keys), t(GLOBAL_HELP))
            if part
        )
        with VerticalScroll():
            yield Static(body, markup=False)

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
