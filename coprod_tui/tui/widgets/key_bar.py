"""The key bar at the foot of every screen: the keys that work now, on one line.

It replaces Textual's Footer, which builds a widget per key and rebuilds them all whenever the
bindings change (focus moves, a meeting closes): on the agenda that was ~60 ms of the ~370 ms
start-up (bench/startup.py), and a repaint on every focus change. This bar is one widget that
repaints only when what it shows changes. Keys that do not fit end in "…"; F1 lists them all.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget

GAP = " "
MORE = "…"


@dataclass(frozen=True)
class ShownKey:
    key: str  # what a click presses
    display: str  # how the key is written, e.g. "^p" or "space"
    description: str
    enabled: bool

    @property
    def width(self) -> int:
        return cell_len(self.display) + 1 + cell_len(self.description)


def shown_keys(screen: Screen) -> tuple[tuple[ShownKey, ...], ShownKey | None]:
    """The keys to show, in binding order (one per action), and the command palette's key."""
    app = screen.app
    shown: list[ShownKey] = []
    actions: set[str] = set()
    palette: ShownKey | None = None
    for key, active in screen.active_bindings.items():
        binding = active.binding
        item = ShownKey(key, app.get_key_display(binding), binding.description, active.enabled)
        if key == app.COMMAND_PALETTE_BINDING and app.ENABLE_COMMAND_PALETTE:
            palette = item
        elif binding.show and binding.action not in actions:
            actions.add(binding.action)
            shown.append(item)
    return tuple(shown), palette


class KeyBar(Widget, can_focus=False):
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    KeyBar > .keybar--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeyBar > .keybar--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    KeyBar > .keybar--disabled { text-style: dim; }
    """
    COMPONENT_CLASSES = {"keybar--key", "keybar--description", "keybar--disabled"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.keys: tuple[ShownKey, ...] = ()
        self.palette: ShownKey | None = None
        self._spans: list[tuple[int, int, ShownKey]] = []  # columns of each key drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def _bindings_changed(self, screen: Screen) -> None:
        keys, palette = shown_keys(screen)
        if (keys, palette) != (self.keys, self.palette):
            self.keys, self.palette = keys, palette
            self.refresh()

    def render(self) -> Text:
        width = self.size.width or 80
        right = [self.palette] if self.palette else []
        right_width = sum(len(GAP) + key.width for key in right)
        room = width - right_width - 1
        left, used = [], 0
        for index, key in enumerate(self.keys):
            last = index == len(self.keys) - 1
            needed = len(GAP) + key.width + (0 if last else len(GAP + MORE))
            if used + needed > room:
                break
            left.append(key)
            used += len(GAP) + key.width
        text = Text(no_wrap=True, overflow="crop", end="")
        self._spans = []
        for key in left:
            self._append(text, key)
        if len(left) < len(self.keys):
            text.append(GAP + MORE)
        padding = width - text.cell_len - right_width - 1
        text.append(" " * max(1, padding))
        for key in right:
            self._append(text, key)
        text.append(" ")
        return text

    def _append(self, text: Text, key: ShownKey) -> None:
        text.append(GAP)
        start = text.cell_len
        key_style = self.get_component_rich_style("keybar--key")
        description_style = self.get_component_rich_style("keybar--description")
        if not key.enabled:
            dim = self.get_component_rich_style("keybar--disabled")
            key_style, description_style = key_style + dim, description_style + dim
        text.append(key.display, key_style)
        text.append(" " + key.description, description_style)
        self._spans.append((start, text.cell_len, key))

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                if key.enabled:
                    self.app.simulate_key(key.key)
                else:
                    self.app.bell()
                return
