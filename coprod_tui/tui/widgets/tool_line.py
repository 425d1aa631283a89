"""The tool line at the top of every tool screen: the tools and their keys, the current one
in brackets (and reversed: never colour alone), and how many new cards wait ("2 Cards ●3").

It fits the width by giving way in steps, never by cutting a word: one space between tools
instead of two, then short names ("Thanks" for "Gratitude") for the other tools, then for the
current one too, then only the keys of the others. It is one widget that repaints only when
what it shows changes (another meeting, a card arrives or is screened): a clock tick costs
nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget

from coprod_tui.i18n import t

if TYPE_CHECKING:
    from coprod_tui.tui.app import CoprodApp

NEW_CARDS = "●"
OPEN, CLOSE = "[", "]"


@dataclass(frozen=True)
class ToolLabel:
    key: str
    name: str
    short: str
    badge: str = ""  # e.g. "●3" beside the cards
    reachable: bool = True  # a tool that needs a meeting, while none is open, is dimmed


@dataclass(frozen=True)
class Part:
    """One tool as drawn: its text and whether it is the current one."""

    key: str
    text: str
    current: bool
    reachable: bool


def _text(label: ToolLabel, name: str | None) -> str:
    words = [label.key] + ([name] if name else []) + ([label.badge] if label.badge else [])
    return " ".join(words)


def fit(labels: Sequence[ToolLabel], current: str | None, width: int) -> tuple[list[Part], str]:
    """The tools as they fit in ``width`` cells, and the gap between them.

    Steps, widest first: names and two spaces; one space; short names for the other tools;
    short names for all; the current tool's name with only the keys of the others; keys only.
    """

    def layout(name_of: Callable[[ToolLabel], str | None]) -> list[Part]:
        parts = []
        for label in labels:
            is_current = label.key == current
            text = _text(label, name_of(label))
            if is_current:
                text = f"{OPEN}{text}{CLOSE}"
            parts.append(Part(label.key, text, is_current, label.reachable))
        return parts

    def own(label: ToolLabel) -> str | None:
        return label.short if label.key != current else label.name

    steps: list[tuple[Callable[[ToolLabel], str | None], str]] = [
        (lambda label: label.name, "  "),
        (lambda label: label.name, " "),
        (own, "  "),
        (own, " "),
        (lambda label: label.short, "  "),
        (lambda label: label.short, " "),
        (lambda label: label.short if label.key == current else None, " "),
    ]
    for name_of, gap in steps:
        parts = layout(name_of)
        if sum(cell_len(part.text) for part in parts) + len(gap) * (len(parts) - 1) <= width:
            return parts, gap
    return layout(lambda label: None), " "


class ToolLine(Widget, can_focus=False):
    DEFAULT_CSS = """
    ToolLine {
        dock: top;
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text-muted;
    }
    ToolLine > .toolline--key { text-style: bold; color: $foreground; }
    ToolLine > .toolline--current { text-style: bold reverse; }
    ToolLine > .toolline--unreachable { text-style: dim; }
    """
    COMPONENT_CLASSES = {"toolline--key", "toolline--current", "toolline--unreachable"}

    def __init__(self, current: str | None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.current = current
        self.labels: tuple[ToolLabel, ...] = ()
        self._spans: list[tuple[int, int, str]] = []  # columns of each tool drawn, its key

    @property
    def coprod(self) -> CoprodApp:
        return cast("CoprodApp", self.app)

    def on_mount(self) -> None:
        self.coprod.news.subscribe(self, self._heard, immediate=True)
        self.update_labels()

    def _heard(self, _make_message: Callable[[], Message]) -> None:
        self.update_labels()

    def update_labels(self) -> None:
        """Read the tools, the open meeting and its new cards; repaint only if that changed."""
        labels = tuple(self.read_labels())
        if labels != self.labels:
            self.labels = labels
            self.refresh()

    def read_labels(self) -> list[ToolLabel]:
        app = self.coprod
        meeting = app.meeting
        new = 0
        if meeting is not None and not meeting.read_only:  # a closed meeting takes no card
            new = sum(card.state == "new" for card in meeting.session.cards)
        return [
            ToolLabel(
                tool.key,
                t(tool.title),
                t(tool.short_title),
                f"{NEW_CARDS}{new}" if tool.mode == "cards" and new else "",
                meeting is not None or not tool.needs_meeting,
            )
            for tool in app.tools.values()
        ]

    def _current_key(self) -> str | None:
        tool = self.coprod.tools.get(self.current or "")
        return tool.key if tool else None

    def render(self) -> Text:
        parts, gap = fit(self.labels, self._current_key(), self.content_size.width or 78)
        key_style = self.get_component_rich_style("toolline--key")
        current_style = self.get_component_rich_style("toolline--current")
        dim = self.get_component_rich_style("toolline--unreachable")
        text = Text(no_wrap=True, overflow="crop", end="")
        self._spans = []
        for index, part in enumerate(parts):
            if index:
                text.append(gap)
            start = text.cell_len
            if part.current:
                text.append(part.text, current_style)
            else:
                key, _, rest = part.text.partition(" ")
                text.append(key, key_style if part.reachable else key_style + dim)
                if rest:
                    text.append(" " + rest, None if part.reachable else dim)
            self._spans.append((start, text.cell_len, part.key))
        return text

    def on_click(self, event: events.Click) -> None:
        x = event.x - self.styles.padding.left
        for start, end, key in self._spans:
            if start <= x < end:
                self.app.simulate_key(key)
                return
