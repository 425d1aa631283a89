"""Textual's own words on screen, in the app's language, through Textual's public means.

- the bindings Textual gives every screen (tab, shift+tab, ctrl+c) and the app (ctrl+q, ctrl+p),
  declared again with translated descriptions (a class's BINDINGS override its bases' by key);
- the command palette's placeholder (``CommandPalette(placeholder=…)``);
- the system commands of the palette (``App.get_system_commands``), worded here.

Not reachable without private API, so left in English: the palette's "No matches found".
Textual's "Keys" panel is not offered: it lists the widgets' own keys in Textual's English,
and F1 (tui/screens/help.py) shows this screen's keys in the app's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from textual.binding import Binding, BindingType
from textual.command import CommandPalette

from coprod_tui.i18n import t

if TYPE_CHECKING:
    from textual.app import App, SystemCommand
    from textual.screen import Screen


def screen_bindings() -> list[BindingType]:
    """Screen's own bindings (textual/screen.py), with their descriptions in our language."""
    return [
        Binding("tab", "app.focus_next", t("Next field"), show=False),
        Binding("shift+tab", "app.focus_previous", t("Previous field"), show=False),
        Binding("ctrl+c,super+c", "screen.copy_text", t("Copy the selected text"), show=False),
    ]


def modal_bindings() -> list[BindingType]:
    """A dialog's or panel's: the screen's own, and F1 (a modal screen hears no app binding)."""
    return [*screen_bindings(), Binding("f1", "app.help", t("Help"))]


def app_bindings() -> list[BindingType]:
    """App's own bindings (textual/app.py) and the palette key it adds when none is declared."""
    return [
        Binding(
            "ctrl+q",
            "quit",
            t("Quit"),
            tooltip=t("Quit coprod (the meeting is already saved)"),
            show=False,
            priority=True,
        ),
        Binding(
            "ctrl+p",
            "command_palette",
            t("palette"),  # short: the key bar always shows it
            tooltip=t("Open the command palette"),
            show=False,
            priority=True,
        ),
    ]


def command_palette() -> CommandPalette:
    return CommandPalette(placeholder=t("Search for commands…"), id="--command-palette")


def system_commands(app: App[Any], screen: Screen[Any]) -> Iterable[SystemCommand]:
    """Textual's system commands (App.get_system_commands), but Theme and Keys, in our words."""
    from textual.app import SystemCommand

    yield SystemCommand(t("Quit"), t("Quit coprod (the meeting is already saved)"), app.action_quit)
    if screen.maximized is not None:
        yield SystemCommand(
            t("Minimize"),
            t("Show the enlarged part at its normal size again"),
            screen.action_minimize,
        )
    elif screen.focused is not None and screen.focused.allow_maximize:
        yield SystemCommand(
            t("Maximize"),
            t("Enlarge the selected part to the whole screen"),
            screen.action_maximize,
        )
    yield SystemCommand(
        t("Screenshot"),
        t("Save an SVG picture of the screen"),
        lambda: app.set_timer(0.1, app.deliver_screenshot),
    )
