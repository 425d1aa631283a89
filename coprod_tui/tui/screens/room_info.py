"""F2: how to open the room view (the group's screen), and what is on show there now.

The facilitator's own screen is not changed by what is on show; this dialog only tells the
command for a second terminal or SSH, the browser address when the phone page runs, and lets
the facilitator take the thing on show off the room view (c).
"""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from coprod_tui.i18n import N_, t
from coprod_tui.tui.messages import MeetingChanged
from coprod_tui.tui.screens.base import REFUSALS
from coprod_tui.tui.screens.dialogs import DIALOG_CSS
from coprod_tui.tui.textual_words import modal_bindings

if TYPE_CHECKING:
    from coprod_tui.tui.app import CoprodApp

KIND_WORDS = {
    "card": N_("a card"),
    "action": N_("the action being agreed"),
    "turn": N_("the gratitude round's speaker and time"),
    "placement": N_("the placement round"),
    "vote": N_("the dot vote"),
}


def browser_address(app: CoprodApp) -> str | None:
    """The room view's address on the phone page, while the phone page runs."""
    from coprod_tui.tui.screens.join import JoinScreen

    for screen in reversed(app.screen_stack):
        if isinstance(screen, JoinScreen) and screen.page is not None:
            return screen.page.url + "/room"
    return None


class RoomInfo(ModalScreen[None]):
    HELP = N_(
        "The room view shows the group only what you put on show: the agenda item and its time, "
        "a card you show to the group (g in the group view), the action being agreed (g on the "
        "action plan), the gratitude round's speaker and time once you start it, and a phone "
        "activity's count and, once revealed, its results. Between those it shows the project's "
        "name. Open it in a second terminal (on the projector) or over SSH with the command "
        "shown; in a browser at the phone page's address followed by /room. c takes the thing on "
        "show off the room view."
    )
    DEFAULT_CSS = (
        DIALOG_CSS.format(name="RoomInfo")
        + """
    RoomInfo .room-command { text-style: bold; padding: 0 0 1 2; }
    RoomInfo .hint { color: $text-muted; }
    """
    )
    BINDINGS = [
        *modal_bindings(),
        Binding("escape,f2", "close", t("Close")),
        Binding("c", "clear", t("Take it off the room view")),
    ]

    def compose(self) -> ComposeResult:
        app = cast("CoprodApp", self.app)
        command = app.workspace.room_command()
        address = browser_address(app)
        with Vertical():
            yield Static(t("Room view: what the group sees"), classes="dialog-title")
            yield Static(t("On the projector, in a second terminal on this computer:"))
            yield Static(command, classes="room-command", markup=False)
            yield Static(t("For someone over SSH:"))
            yield Static(
                f"ssh -t {socket.gethostname()} {command}", classes="room-command", markup=False
            )
            yield Static(t("In a browser (a TV, someone at home):"))
            if address is not None:
                yield Static(address, classes="room-command", markup=False)
            else:
                yield Static(
                    t("Start the phone page (j on the cards screen); add /room to its address."),
                    classes="room-command",
                    markup=False,
                )
            yield Static("", id="room-on-show", markup=False)
            yield Static(t("c take it off the room view · escape close"), classes="hint")

    def on_mount(self) -> None:
        self.show_on_show()
        cast("CoprodApp", self.app).news.subscribe(self, self._heard, immediate=True)

    def _heard(self, make_message: object) -> None:
        message = make_message() if callable(make_message) else None
        if isinstance(message, MeetingChanged) and message.topic == "room":
            self.show_on_show()

    def show_on_show(self) -> None:
        meeting = cast("CoprodApp", self.app).meeting
        record = meeting.on_show if meeting is not None else None
        if record is None:
            words = t("Nothing is on show: the room view shows the agenda and the project.")
        else:
            words = t("On show now: {what}.", what=t(KIND_WORDS[record.kind]))
        self.query_one("#room-on-show", Static).update(words)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_clear(self) -> None:
        meeting = cast("CoprodApp", self.app).meeting
        if meeting is None or meeting.read_only:
            return
        try:
            meeting.take_off_show()
        except REFUSALS as error:
            self.notify(str(error), severity="error", markup=False)
        self.show_on_show()
