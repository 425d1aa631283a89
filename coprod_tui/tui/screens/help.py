"""F1: help for the screen in front, its own keys, then the keys that work everywhere (the
tools, home, the palette, this help, escape, and ^q to quit)."""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import Screen

from coprod_tui.i18n import t
from coprod_tui.tui.screens.dialogs import TextView
from coprod_tui.tui.tools import available_tools

# Textual's own keys on every screen (focus, copy): noise in a facilitator's help, unless a
# screen gives one a meaning of its own (home: tab switches the list).
TEXTUAL_DEFAULTS = {"app.focus_next", "app.focus_previous", "screen.copy_text"}


class HelpScreen(TextView):
    DEFAULT_CSS = """
    HelpScreen > VerticalScroll { width: 76; max-height: 90%; }
    """
    BINDINGS = [Binding("escape,f1,q", "close", t("Close"))]

    def __init__(self, about: Screen) -> None:
        super().__init__()
        self.about = about

    def _key(self, key: str) -> str:
        return self.app.get_key_display(Binding(key, ""))

    def body(self) -> str:
        help_text = t(getattr(self.about, "HELP", "") or "")
        # The screen's own keys; the app's are listed below, widgets' cursor keys are noise.
        keys = [
            f"{self.app.get_key_display(binding)}  {binding.description}"
            for (node, binding, enabled, _tooltip) in self.about.active_bindings.values()
            if binding.description
            and enabled
            and node is self.about
            and binding.action not in TEXTUAL_DEFAULTS
        ]
        tools = " · ".join(f"{tool.key} {t(tool.title)}" for tool in available_tools())
        everywhere = [
            tools,
            f"h  {t('Home: projects and meetings')}",
            f"{self._key('ctrl+p')}  {t('Command palette: every action, screen, theme, language')}",
            f"f1  {t('This help')}",
            f"{self._key('escape')}  {t('Close a dialog, leave an input, back')}",
            f"{self._key('ctrl+q')}  {t('Quit (the meeting is already saved)')}",
        ]
        parts = [help_text]
        if keys:
            parts += ["", t("Keys on this screen"), "\n".join(keys)]
        parts += ["", t("Keys everywhere"), "\n".join(everywhere)]
        return "\n".join(parts).strip("\n")
