"""The key bar at the foot of every screen: the keys that work now, on one line.

It replaces Textual's Footer, which builds a widget per key and rebuilds them all whenever the
bindings change (focus moves, a meeting closes): on the agenda that was ~60 ms of the ~370 ms
start-up (bench/startup.py), and a repaint on every focus change. This bar is one widget that
repaints only when what it shows changes.

F1 help and the palette stay at the right, always. When the keys do not fit, the rarer ones give
way first: a screen names its main actions in ``KEY_BAR_MAIN`` (action names), and the other
keys leave from the end, disabled ones before enabled ones; then, only if still too wide, the
main ones from the end. A key is shown whole or not at all; "…" says that F1 lists the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget

GAP = " "
MORE = "…"


HELP_ACTION = "help"


@dataclass(frozen=True)
class ShownKey:
    key: str  # what a click presses
    display: str  # how the key is written, e.g. "^p" or "space"
    description: str
    enabled: bool
    main: bool = False  # one of the screen's main actions: gives way last

    @property
    def width(self) -> int:
        return cell_len(self.display) + 1 + cell_len(self.description)


def shown_keys(screen: Screen) -> tuple[tuple[ShownKey, ...], tuple[ShownKey, ...]]:
    """The keys to show, in binding order (one per action), and those kept at the right: F1
    help, then the command palette's key."""
    app = screen.app
    main = frozenset(getattr(screen, "KEY_BAR_MAIN", ()))
    shown: list[ShownKey] = []
    actions: set[str] = set()
    help_key: ShownKey | None = None
    palette: ShownKey | None = None
    for key, active in screen.active_bindings.items():
        binding = active.binding
        item = ShownKey(
            key,
            app.get_key_display(binding),
            binding.description,
            active.enabled,
            binding.action in main or binding.action.partition("(")[0] in main,
        )
        if key == app.COMMAND_PALETTE_BINDING and app.ENABLE_COMMAND_PALETTE:
            palette = item
        elif binding.action in (HELP_ACTION, f"app.{HELP_ACTION}"):
            help_key = help_key or item
        elif binding.show and binding.action not in actions:
            actions.add(binding.action)
            shown.append(item)
    right = tuple(key for key in (help_key, palette) if key is not None)
    return tuple(shown), right


def _width(keys: Sequence[ShownKey]) -> int:
    return sum(len(GAP) + key.width for key in keys)


def fitting(keys: Sequence[ShownKey], room: int) -> list[ShownKey]:
    """The keys that fit in ``room`` cells, in their order; the rarer ones leave first.

    When any key leaves, room for " …" is kept.
    """
    if _width(keys) <= room:
        return list(keys)
    room -= len(GAP + MORE)
    leaving = [
        *[key for key in reversed(keys) if not key.main and not key.enabled],
        *[key for key in reversed(keys) if not key.main and key.enabled],
        *[key for key in reversed(keys) if key.main],
    ]
    kept = list(keys)
    for key in leaving:
        if _width(kept) <= room:
            break
        kept.remove(key)
    return kept


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
        self.right: tuple[ShownKey, ...] = ()
        self._spans: list[tuple[int, int, ShownKey]] = []  # columns of each key drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def _bindings_changed(self, screen: Screen) -> None:
        keys, right = shown_keys(screen)
        if (keys, right) != (self.keys, self.right):
            self.keys, self.right = keys, right
            self.refresh()

    def render(self) -> Text:
        width = self.size.width or 80
        right = list(self.right)
        while right and _width(right) + 1 > width:  # a very narrow bar keeps F1 help longest
            right.pop()
        left = fitting(self.keys, width - _width(right) - 1)
        text = Text(no_wrap=True, overflow="crop", end="")
        self._spans = []
        for key in left:
            self._append(text, key)
        if len(left) < len(self.keys):
            text.append(GAP + MORE)
        padding = width - text.cell_len - _width(right) - 1
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
