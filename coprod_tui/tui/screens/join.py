"""The phone page panel: address, join code and QR code; the page listens until j stops it.

The inbox opens it with one key (``self.app.push_screen(JoinScreen())``). The panel owns the
server (``coprod_tui.join.JoinPage``), which runs in a background thread; cards posted from a
phone go into the card spool, where the app's inbox polling picks them up like any other.
j closes the panel and stops the page; escape closes the panel and the page goes on listening
(the app keeps it as ``app.phone_page``, this panel shows it again, and quitting stops it), so
the phones can answer while the facilitator works on the screen of a phone activity.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from coprod_tui.i18n import N_, language, t
from coprod_tui.join import DEFAULT_PORT, JoinPage, PageRefused
from coprod_tui.join.activity_routes import activity_part
from coprod_tui.join.address import LOOPBACK, host_choices
from coprod_tui.join.code import new_code
from coprod_tui.join.qr import qr_lines
from coprod_tui.join.room import room_part
from coprod_tui.tui.textual_words import modal_bindings
from coprod_tui.tui.widgets.key_bar import KeyBar

if TYPE_CHECKING:
    from coprod_tui.tui.app import CoprodApp

QR_STYLE = "#000000 on #ffffff"  # a QR code needs dark on light, whatever the theme
INFO_MIN_WIDTH = 36  # beside a QR code drawn twice as large, on a big screen or a projector


class JoinScreen(ModalScreen[None]):
    HELP = N_(
        "The phone page lets participants hand in opportunity cards from their phone: on the "
        "same network (Wi-Fi) as this computer they scan the QR code, or type the address, and "
        "send a card, with their name or anonymously. Cards arrive in the inbox like cards "
        "handed in with `coprod card`. The page needs the join code in its address. escape "
        "goes back to the meeting and the page keeps listening (a placement round, a dot vote "
        "or the postcards on the phones need it while you work on their screen); j on the "
        "cards screen shows this panel again, and j here stops the page. Quitting stops it too."
    )
    CSS_PATH = "join.tcss"
    BINDINGS = [
        *modal_bindings(),
        Binding("escape", "back", t("Back; the page keeps listening")),
        Binding("j", "stop", t("Stop the phone page")),
        Binding("n", "next_address", t("Other network address")),
    ]

    def __init__(self, host: str | None = None, port: int = DEFAULT_PORT) -> None:
        super().__init__()
        self.hosts = [host] if host else host_choices()
        self.host_index = 0
        self.port = port
        self.code = new_code()
        self.page: JoinPage | None = None
        self.keep_listening = False  # escape: the page goes on without the panel
        self._shown_count: int | None = None
        self._qr_scale = 1

    def compose(self) -> ComposeResult:
        with Vertical(id="join-panel"):
            yield Static("", classes="title-bar", id="join-title", markup=False)
            with Horizontal(id="join-body"):
                yield Static("", id="join-qr")
                with VerticalScroll(id="join-info"):
                    yield Static("", id="join-steps", markup=False)
                    yield Static("", id="join-url", markup=False)
                    yield Static("", id="join-code", markup=False)
                    yield Static("", id="join-count", markup=False)
                    yield Static("", id="join-note", markup=False)
            yield KeyBar()

    def on_mount(self) -> None:
        running = cast("CoprodApp", self.app).phone_page
        if running is not None and running.running:  # kept listening: show it again
            self.page, self.port, self.code = running, running.port, running.code
            self.show_page(running)
        else:
            self.start_page()
        self.set_interval(1.0, self.show_count)

    def on_unmount(self) -> None:
        if not self.keep_listening:
            self.stop_page()

    def on_resize(self) -> None:
        if self.page is not None and self._fitting_scale(self.page.url) != self._qr_scale:
            self.show_qr(self.page.url)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next_address":
            return len(self.hosts) > 1
        return True

    # --- the page ----------------------------------------------------------------------------
    def start_page(self) -> None:
        app = cast("CoprodApp", self.app)
        meeting = app.meeting
        page = JoinPage(
            app.workspace.inbox_folder,
            host=self.hosts[self.host_index],
            port=self.port,
            project=meeting.project.name if meeting is not None else None,
            language=language(),
            code=self.code,
            parts=[activity_part(app.phone_desk()), room_part(app.workspace.room_watch())],
        )
        try:
            page.start()
        except PageRefused as error:
            self.page = None
            self.show_failure(str(error))
            return
        except OSError as error:
            self.page = None
            self.show_failure(str(error.strerror or error))
            return
        self.page, self.port = page, page.port
        app.phone_page = page
        self.show_page(page)

    def stop_page(self) -> None:
        if self.page is not None:
            self.page.stop()
            self.page = None
            cast("CoprodApp", self.app).phone_page = None

    def action_stop(self) -> None:
        self.stop_page()
        self.dismiss(None)

    def action_back(self) -> None:
        """Back to the meeting; the page goes on listening (the app stops it when it quits)."""
        if self.page is not None and self.page.running:
            self.keep_listening = True
            self.app.notify(
                t(
                    "The phone page keeps listening at {url}. j on the cards screen shows it "
                    "again or stops it.",
                    url=self.page.url,
                ),
                markup=False,
            )
        self.dismiss(None)

    def action_next_address(self) -> None:
        if len(self.hosts) < 2:
            return
        self.stop_page()
        self.host_index = (self.host_index + 1) % len(self.hosts)
        self.start_page()

    # --- showing -----------------------------------------------------------------------------
    def show_page(self, page: JoinPage) -> None:
        host = page.host or ""
        self.query_one("#join-title", Static).update(
            t("Phone page · on · listening on {host} port {port}", host=host, port=page.port)
        )
        self.show_qr(page.url)
        self.query_one("#join-steps", Static).update(
            t("1. Join the same network (Wi-Fi) as this computer.")
            + "\n"
            + t("2. Scan the QR code with the phone's camera, or type this address:")
        )
        self.query_one("#join-url", Static).update(page.url)
        self.query_one("#join-code", Static).update(t("Join code: {code}", code=page.code))
        if host == LOOPBACK:
            note = t("Only this computer can open the page: no local network address was found.")
        else:
            note = t(
                "The page listens only on {host}. escape: back to the meeting, the page keeps "
                "listening; j stops it.",
                host=host,
            )
        if len(self.hosts) > 1:
            note += "\n" + t("n: use another network address of this computer.")
        self.query_one("#join-note", Static).update(note)
        self._shown_count = None
        self.show_count()

    def show_qr(self, url: str) -> None:
        self._qr_scale = self._fitting_scale(url)
        lines = qr_lines(url, scale=self._qr_scale)
        self.query_one("#join-qr", Static).update(
            Text("\n".join(lines), style=QR_STYLE, no_wrap=True)
        )

    def _fitting_scale(self, url: str) -> int:
        """2 when the code drawn twice as large still fits beside the text, else 1."""
        small = qr_lines(url)
        width, height = self.app.size
        fits = 2 * len(small[0]) + INFO_MIN_WIDTH <= width and 2 * len(small) + 3 <= height
        return 2 if fits else 1

    def show_failure(self, reason: str) -> None:
        self.query_one("#join-title", Static).update(t("Phone page · off"))
        self.query_one("#join-qr", Static).update("")
        self.query_one("#join-steps", Static).update(
            t(
                "The phone page could not start on {host} port {port}: {reason}",
                host=self.hosts[self.host_index],
                port=self.port,
                reason=reason,
            )
        )
        for widget_id in ("#join-url", "#join-code", "#join-count", "#join-note"):
            self.query_one(widget_id, Static).update("")

    def show_count(self) -> None:
        """Redraws only when another card has come in."""
        if self.page is None:
            return
        count = self.page.cards_received
        if count != self._shown_count:
            self._shown_count = count
            self.query_one("#join-count", Static).update(
                t("Cards handed in through this page: {count}", count=count)
            )
