"""Home: the projects, their meetings; start, resume or read a meeting."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from coprod_tui.i18n import N_, language, n, t
from coprod_tui.meeting import StoreError
from coprod_tui.meeting.share import Outgoing, ShareError, shown_remote
from coprod_tui.model import Project, ValidationError
from coprod_tui.tui.messages import MeetingChanged, MeetingOpened, MinutesShared
from coprod_tui.tui.screens.base import ToolScreen
from coprod_tui.tui.screens.dialogs import MeetingRequest, NewMeetingDialog, TextPrompt
from coprod_tui.tui.widgets.key_bar import KeyBar

# date, status, cards, actions and each column's padding: the title gets what is left.
OTHER_COLUMNS_WIDTH = 42
STATUS_TEXT = {"planned": N_("planned"), "running": N_("running"), "closed": N_("closed")}


def fitted(text: str, width: int) -> Text:
    """Plain text cut to ``width`` cells with an ellipsis (the full title shows when opened)."""
    result = Text(text, no_wrap=True)
    result.truncate(width, overflow="ellipsis")
    return result


class HomeScreen(ToolScreen):
    HELP = N_(
        "Projects are co-production groups; each has its meetings. Choose a project on the "
        "left, a meeting on the right. Enter opens it: a planned or running meeting becomes "
        "the open meeting, a closed one is shown read-only. When the minutes are shared "
        "(coprod share init), the line above the keys says where, and s sends this home's "
        "closed meetings and brings in those colleagues closed."
    )
    CSS_PATH = "home.tcss"
    # The keys the key bar keeps longest (the rest give way first at 80 columns).
    KEY_BAR_MAIN = ("new_project", "new_meeting")
    BINDINGS = [
        Binding("a", "new_project", t("New project")),
        Binding("n", "new_meeting", t("New meeting")),
        Binding("enter", "open_meeting", t("Open"), show=False),
        Binding("tab", "app.focus_next", t("Switch list"), show=False),
        Binding("s", "share", t("Share minutes")),
    ]

    def compose(self) -> ComposeResult:
        yield Static("", classes="title-bar", id="home-title", markup=False)
        with Horizontal():
            with Vertical(id="projects-pane"):
                yield Static(t("Projects"), classes="pane-title")
                yield OptionList(id="projects")
            with Vertical(id="meetings-pane"):
                yield Static("", classes="pane-title", id="meetings-title", markup=False)
                yield DataTable(id="meetings", cursor_type="row", zebra_stripes=False)
        yield Static("", classes="hint", id="share-status", markup=False)
        yield Static(
            t("a new project · n new meeting from a plan · enter open · 6 minutes"), classes="hint"
        )
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one("#meetings", DataTable)
        table.add_columns(t("date"), t("title"), t("status"), t("cards"), t("actions"))
        self.reload()
        self.show_share_status()

    # --- showing ---------------------------------------------------------------------------
    @property
    def selected_project(self) -> Project | None:
        option_list = self.query_one("#projects", OptionList)
        if option_list.highlighted is None or not self._projects:
            return None
        return self._projects[option_list.highlighted]

    def reload(self, select_project: str | None = None) -> None:
        current = select_project or (self.selected_project.id if self.selected_project else None)
        self._projects = self.workspace.projects()
        option_list = self.query_one("#projects", OptionList)
        option_list.clear_options()
        for project in self._projects:
            count = len(self.workspace.meetings(project.id))
            option_list.add_option(Option(Text(f"{project.name} ({count})"), id=project.id))
        if self._projects:
            ids = [p.id for p in self._projects]
            option_list.highlighted = ids.index(current) if current in ids else 0
        self.show_meetings()
        self.update_title()

    def update_title(self) -> None:
        meeting = self.meeting
        opened = t("open meeting: {title}", title=meeting.session.title) if meeting else ""
        self.query_one("#home-title", Static).update(
            f"coprod · {t('home')}   {opened}   {language().upper()}"
        )

    def show_meetings(self) -> None:
        table = self.query_one("#meetings", DataTable)
        table.clear()
        project = self.selected_project
        title = self.query_one("#meetings-title", Static)
        if project is None:
            title.update(t("No projects yet: press a to add one."))
            return
        title.update(t('Meetings of "{project}"', project=project.name))
        open_session = self.meeting.session if self.meeting else None
        title_width = max(12, table.size.width - OTHER_COLUMNS_WIDTH)
        for row in self.workspace.meetings(project.id):
            marker = ""
            if open_session is not None and row["id"] == open_session.id:
                marker = "▶ "  # the open meeting: its counts are live, the index row may lag
                row.update(cards=len(open_session.cards), actions=len(open_session.actions))
            table.add_row(
                row["date"],
                fitted(marker + row["title"], title_width),
                t(STATUS_TEXT.get(row["status"], row["status"])),
                str(row["cards"]),
                str(row["actions"]),
                key=row["id"],
            )
        if not table.row_count:
            title.update(t('Meetings of "{project}" — none yet: press n', project=project.name))

    @on(OptionList.OptionHighlighted, "#projects")
    def project_highlighted(self) -> None:
        self.show_meetings()

    @on(OptionList.OptionSelected, "#projects")
    def project_selected(self) -> None:
        self.query_one("#meetings", DataTable).focus()

    def on_meeting_opened(self, _: MeetingOpened) -> None:
        if self.is_mounted:
            self.reload()

    def on_meeting_changed(self, message: MeetingChanged) -> None:
        if message.topic == "meeting" and self.is_mounted:
            self.show_meetings()

    def on_resize(self) -> None:
        if self.is_mounted:
            self.call_after_refresh(self.show_meetings)

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.reload()
            self.show_share_status()

    def on_minutes_shared(self, _: MinutesShared) -> None:
        if self.is_mounted:
            self.reload()
            self.show_share_status()

    # --- the shared minutes ----------------------------------------------------------------
    def show_share_status(self) -> None:
        """Where the minutes are shared and what waits to go (git, in a thread); nothing is
        shown when they are not shared."""
        line = self.query_one("#share-status", Static)
        share = self.workspace.share
        line.display = share.shared
        if share.shared:
            self._read_share_status(share.outgoing())

    @work(thread=True, exclusive=True, group="share-status", exit_on_error=False)
    def _read_share_status(self, outgoing: Outgoing) -> None:
        share = self.workspace.share
        try:
            remote, unsent = shown_remote(share.repo.remote_url()), share.unsent(outgoing)
        except ShareError as error:
            text = t("Shared minutes: {problem}", problem=str(error))
        else:
            state = (
                n("{count} meeting to send", "{count} meetings to send", len(unsent))
                if unsent
                else t("all sent")
            )
            text = t("Shared minutes: {state} · s share · {remote}", state=state, remote=remote)
        self.app.call_from_thread(self._show_share_line, text)

    def _show_share_line(self, text: str) -> None:
        if self.is_mounted:
            line = self.query_one("#share-status", Static)
            line.update(fitted(text, max(10, self.size.width - 2)))

    def action_share(self) -> None:
        self.coprod.share_minutes()

    # --- acting ----------------------------------------------------------------------------
    @on(DataTable.RowSelected, "#meetings")
    def action_open_meeting(self) -> None:
        table = self.query_one("#meetings", DataTable)
        if not table.row_count:
            if self.selected_project is not None:
                self.action_new_meeting()
            return
        meeting_id = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if meeting_id is None:
            return
        summary = self.workspace.meeting_summary(meeting_id)
        if summary and summary["status"] == "closed":
            self.show_read_only(meeting_id)
            return
        if self.coprod.open_meeting(meeting_id) is not None:
            self.coprod.action_tool("agenda") if "agenda" in self.coprod.tools else self.reload()

    def show_read_only(self, meeting_id: str) -> None:
        from coprod_tui.tui.screens.meeting_view import MeetingView

        try:
            meeting = self.workspace.open_meeting(meeting_id)
        except StoreError as error:
            self.notify(str(error), severity="error")
            return
        self.app.push_screen(MeetingView(meeting.session, meeting.project))

    @work
    async def action_new_project(self) -> None:
        name = await self.app.push_screen_wait(
            TextPrompt(t("New project"), t("Name of the co-production group"))
        )
        if not name:
            return
        try:
            project = self.workspace.create_project(name)
        except (ValidationError, StoreError) as error:
            self.notify(str(error), severity="error")
            return
        self.reload(select_project=project.id)

    @work
    async def action_new_meeting(self) -> None:
        project = self.selected_project
        if project is None:
            self.notify(t("Add a project first (a)."), severity="warning")
            return
        plans, problems = self.workspace.plans()
        for problem in problems:
            self.notify(problem, title=t("A session plan is not valid"), severity="warning")
        if not plans:
            self.notify(t("No valid session plans found."), severity="error")
            return
        participants, receiver = self.workspace.proposed_participants(project)
        request: MeetingRequest | None = await self.app.push_screen_wait(
            NewMeetingDialog(
                project.name,
                plans,
                participants,
                receiver,
                plan=self.workspace.proposed_plan(project),
            )
        )
        if request is None:
            return
        try:
            meeting = self.workspace.new_meeting(
                project,
                request.plan,
                title=request.title,
                participants=request.participants,
                receiver=request.receiver,
            )
        except (ValidationError, StoreError) as error:
            self.notify(str(error), severity="error")
            return
        self.coprod.set_meeting(meeting)
        if "agenda" in self.coprod.tools:
            self.coprod.action_tool("agenda")
        else:
            self.reload()
