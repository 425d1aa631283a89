"""What every screen of the app shares: typed access to the app's meeting and workspace, the
app's news (meeting changed, another meeting opened, the card inbox), and one place where a
refusal or a store error becomes a message."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from textual import events, on
from textual.message import Message
from textual.screen import Screen

from coprod_tui.meeting import Meeting, ReadOnlyMeeting, StoreError, Workspace
from coprod_tui.model import ValidationError
from coprod_tui.tui.store_errors import ShowsStoreErrors
from coprod_tui.tui.textual_words import screen_bindings

if TYPE_CHECKING:
    from coprod_tui.tui.app import CoprodApp

# What a person did that the meeting refused, or what the disk refused: each is a message,
# never a crash. ReadOnlyMeeting's text is the meeting's title, so it gets words of its own.
REFUSALS = (ValidationError, ReadOnlyMeeting, StoreError)


class ToolScreen(ShowsStoreErrors, Screen[None]):
    """A screen of the app (a tool, home, minutes, the group view).

    A StoreError that a handler lets through is shown by the app, and the screen goes on.
    """

    BINDINGS = screen_bindings()  # Textual's tab, shift+tab, ctrl+c, described in our words

    @property
    def coprod(self) -> CoprodApp:
        return cast("CoprodApp", self.app)

    @property
    def workspace(self) -> Workspace:
        return self.coprod.workspace

    @property
    def meeting(self) -> Meeting | None:
        return self.coprod.meeting

    async def _dispatch_message(self, message: Message) -> None:
        # A screen that composes once the app is quitting (the minutes screen built ahead,
        # tui/prepared_screens.py, as ctrl+q is pressed) mounts none of its widgets (Textual
        # mounts nothing once the app exits: the screen is no longer attached) but is still sent
        # Mount, whose handlers would look for widgets that are not there.
        if isinstance(message, events.Mount) and not self.is_attached:
            return
        await super()._dispatch_message(message)

    @on(events.Mount)
    def _hear_the_app(self) -> None:
        self.coprod.news.subscribe(self, self._heard, immediate=True)

    def _heard(self, make_message: Callable[[], Message]) -> None:
        self.post_message(make_message())

    def refuse(self, error: Exception, title: str = "") -> None:
        """Tell the facilitator why something was not done; the screen carries on."""
        from coprod_tui.i18n import t

        if isinstance(error, ReadOnlyMeeting):
            message = t("This meeting is closed; it can be read, not changed.")
        else:
            message = str(error)
        self.notify(message, title=title, severity="error", markup=False)

    def writable(self, closed_message: str = "") -> Meeting | None:
        """The open meeting if it can be changed; else say why not (None)."""
        from coprod_tui.i18n import t

        meeting = self.meeting
        if meeting is None:
            self.notify(t("Open or start a meeting first (h: home)."), severity="warning")
            return None
        if meeting.read_only:
            closed = closed_message or t("This meeting is closed: it can be read, not changed.")
            self.notify(closed, severity="warning")
            return None
        return meeting
