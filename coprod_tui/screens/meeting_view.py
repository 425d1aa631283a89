"""A closed meeting, read-only: its minutes as text."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from coprod_tui.i18n import t
from coprod_tui.model import Project, Session
from coprod_tui.report import minutes_text
from coprod_tui.store.minutes import Minutes


class MeetingView(Screen[None]):
    HELP = "A closed meeting, read-only. Closed meetings are kept as they were."
    DEFAULT_CSS = """
    MeetingView VerticalScroll { padding: 0 1; }
    """
    BINDINGS = [Binding("escape", "app.pop_screen", t("Back"))]

    def __init__(self, session: Session, project: Project) -> None:
        super().__init__()
        self.session = session
        self.project = project

    def compose(self) -> ComposeResult:
        yield Static(
            f"{self.session.title} · {self.project.name} · {t('read-only')}",
            classes="title-bar",
            markup=False,
        )
        with VerticalScroll():
            yield Static(minutes_text(Minutes(self.session, self.project)), markup=False)
        yield Footer()
