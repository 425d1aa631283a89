"""A meeting's minutes, read-only and structured (closed meetings from home, any minutes file
from the minutes screen)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from coprod_tui.i18n import N_, t
from coprod_tui.model import Project, Session
from coprod_tui.model.minutes import Minutes
from coprod_tui.tui.textual_words import screen_bindings
from coprod_tui.tui.widgets.key_bar import KeyBar
from coprod_tui.tui.widgets.minutes_document import MinutesDocument


class MeetingView(Screen[None]):
    HELP = N_(
        "A meeting's minutes, read-only: the agenda with the time each item took, the cards, "
        "the gratitude round, the ladder and the action plan. Closed meetings are kept as they "
        "were. Arrow keys and page up/down scroll; escape goes back."
    )
    DEFAULT_CSS = """
    MeetingView MinutesDocument { height: 1fr; }
    """
    BINDINGS = [*screen_bindings(), Binding("escape", "app.pop_screen", t("Back"))]

    def __init__(
        self,
        session: Session,
        project: Project,
        *,
        source: str | None = None,
        highlight: str | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.project = project
        self.source = source
        self.highlight = highlight

    def compose(self) -> ComposeResult:
        title = Text(f"{self.session.title} · {self.project.name} · {t('read-only')}")
        yield Static(title, classes="title-bar", id="meeting-view-title")
        yield MinutesDocument(
            Minutes(self.session, self.project), highlight=self.highlight, source=self.source
        )
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(MinutesDocument).focus()
