"""People (8): the project's circle of support and one-page profiles, and its gratitude diary.

The circle is drawn as four rings with each person's name in theirs, and listed beside the
drawing by circle, with the toolkit's meaning of each. These live with the project, not one
meeting: a closed meeting's minutes keep the circle as it stood, and the circle can still be
changed. `g` switches to the gratitude diary (a page per member, named or anonymous); `x`
writes the project diary, the one document of the whole project.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import ContentSwitcher, DataTable, OptionList, Static
from textual.widgets.option_list import Option

from coprod_tui.i18n import N_, n, t
from coprod_tui.meeting.people import ProjectPeople
from coprod_tui.model.circle import RINGS, Circle, CircleMember, ring
from coprod_tui.tui.messages import MeetingChanged, MeetingOpened
from coprod_tui.tui.screens.base import REFUSALS, ToolScreen
from coprod_tui.tui.screens.dialogs import Confirm
from coprod_tui.tui.screens.people_dialogs import (
    DiaryPageDialog,
    MemberDialog,
    RingPicker,
    open_profile_dialog,
    ring_title,
)
from coprod_tui.tui.widgets.circle_rings import CircleRings, DrawnName, DrawnRing
from coprod_tui.tui.widgets.key_bar import KeyBar
from coprod_tui.tui.widgets.tool_line import ToolLine

CIRCLE, DIARY = "circle-view", "diary-view"
NARROW = 70  # below this width the drawing folds away; the list stays
PREVIEW_CHARS = 60
_CIRCLE_ACTIONS = {"add", "edit", "move", "profile", "remove", "take_part"}
_DIARY_ACTIONS = {"add_page", "edit_page", "delete_page"}


def person_label(member: CircleMember) -> str:
    return f"{member.name} ({member.role})" if member.role else member.name


class PeopleScreen(ToolScreen):
    HELP = N_(
        "The people of this project. The circle of support has four circles: 1 co-producers "
        "(at the centre), 2 participants, 3 involved, 4 consulted. Name people, not job "
        "titles: a role can go beside the name, and an entry that looks like a title or a "
        "group gets a warning (⚠). a adds someone, e changes their name or role, m moves them "
        "to another circle (the move is kept with its date, and who moved inward since they "
        "joined is shown at the top), d takes them out of the circle, t adds them to this "
        "meeting's participants. enter opens their one-page profile: the same three questions "
        "for everyone, filled in with the person. Profiles are kept once for the project, not "
        "in the minutes; the profile dialog can delete one completely.\n"
        "g switches to the gratitude diary: at the end of the project (or a cycle) each member "
        "answers five prompts, with their name or anonymously (a adds a page, enter or e "
        "changes it, d deletes it). x writes the project diary: the meetings, the ladder's "
        "trend, the actions, the circle then and now and the gratitude diary, as Markdown."
    )
    CSS_PATH = "people.tcss"
    # The keys the key bar keeps longest (the rest give way first at 80 columns).
    KEY_BAR_MAIN = ("add", "profile", "move", "add_page", "edit_page", "switch_view")
    BINDINGS = [
        Binding("a", "add", t("Add")),
        Binding("enter", "profile", t("Profile")),
        Binding("m", "move", t("Move")),
        Binding("e", "edit", t("Edit")),
        Binding("d", "remove", t("Remove")),
        Binding("t", "take_part", t("Take part")),
        Binding("a", "add_page", t("Add a page")),
        Binding("enter,e", "edit_page", t("Change")),
        Binding("d", "delete_page", t("Delete")),
        Binding("g", "switch_view", t("Circle/diary")),
        Binding("x", "project_diary", t("Project diary")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.view = CIRCLE
        self.circle = Circle()
        self.selected: str | None = None  # the id of the highlighted member

    def compose(self) -> ComposeResult:
        yield ToolLine("people")
        yield Static("", classes="title-bar", id="people-title", markup=False)
        with ContentSwitcher(initial=CIRCLE, id="people-views"):
            with Vertical(id=CIRCLE):
                with Horizontal(id="people-main"):
                    yield CircleRings(id="rings")
                    yield OptionList(id="circle-list")
                yield Static("", id="member-detail", markup=False)
            with Vertical(id=DIARY):
                yield DataTable(id="diary", cursor_type="row", zebra_stripes=False)
                yield Static("", id="diary-page", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#diary", DataTable).add_columns(t("who"), t("date"), t("first answer"))
        self.load()
        self.query_one("#circle-list", OptionList).focus()

    # --- the project's people ----------------------------------------------------------------
    @property
    def people(self) -> ProjectPeople | None:
        meeting = self.meeting
        return meeting.people if meeting is not None else None

    def load(self) -> None:
        people = self.people
        try:
            self.circle = people.circle() if people is not None else Circle()
        except REFUSALS as error:
            self.refuse(error)
            self.circle = Circle()
        self.show_circle()
        self.show_diary()

    def on_meeting_opened(self, _: MeetingOpened) -> None:
        if self.is_mounted:
            self.selected = None
            self.load()

    def on_meeting_changed(self, message: MeetingChanged) -> None:
        if self.is_mounted and message.topic == "meeting":
            self.show_detail()

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.load()

    def on_resize(self) -> None:
        self.query_one("#rings").display = self.size.width >= NARROW

    # --- showing the circle ------------------------------------------------------------------
    def show_title(self) -> None:
        meeting = self.meeting
        if meeting is None:
            title = t("People · no meeting open (h: home)")
        elif self.view == DIARY:
            count = len(self.query_one("#diary", DataTable).rows)
            title = n(
                "Gratitude diary · {project} · {count} page · g: the circle",
                "Gratitude diary · {project} · {count} pages · g: the circle",
                count,
                project=meeting.project.name,
            )
        else:
            title = t("Circle of support · {project}", project=meeting.project.name)
            inward = [member.name for member in self.circle.moved_inward()]
            if inward:
                title += " · " + t("moved inward: {names}", names=", ".join(inward))
        self.query_one("#people-title", Static).update(Text(title))

    def show_circle(self) -> None:
        circle = self.circle
        options: list[Option] = []
        for circle_ring in RINGS:
            heading = Text(ring_title(circle_ring.key), "bold")
            heading.append(f" — {circle_ring.meaning}", "italic")
            options.append(Option(heading, id=f"ring:{circle_ring.key}", disabled=True))
            members = sorted(circle.in_ring(circle_ring.key), key=lambda m: m.name.casefold())
            if not members:
                options.append(Option(Text("   " + t("nobody yet"), "dim"), disabled=True))
            for member in members:
                line = Text("   " + person_label(member))
                if member.moved_inward:
                    line.append("  ↑ " + t("moved inward"))
                if member.warning:
                    line.append("  ⚠ " + t("name people"))
                options.append(Option(line, id=member.id))
        listing = self.query_one("#circle-list", OptionList)
        listing.clear_options()
        listing.add_options(options)
        ids = [option.id for option in options]
        if self.selected is None or self.selected not in ids:
            self.selected = next((m.id for m in self._in_list_order()), None)
        if self.selected is not None:
            listing.highlighted = ids.index(self.selected)
        self.show_rings()
        self.show_detail()
        self.show_title()

    def _in_list_order(self) -> list[CircleMember]:
        order = {key: number for number, key in enumerate(c.key for c in RINGS)}
        return sorted(self.circle.members, key=lambda m: (order[m.ring], m.name.casefold()))

    def show_rings(self) -> None:
        drawn = []
        for circle_ring in reversed(RINGS):
            members = sorted(self.circle.in_ring(circle_ring.key), key=lambda m: m.name.casefold())
            names = tuple(DrawnName(m.id, m.name, m.warning is not None) for m in members)
            drawn.append(DrawnRing(ring_title(circle_ring.key), names))
        self.query_one(CircleRings).show(drawn, self.selected)

    def selected_member(self) -> CircleMember | None:
        return self.circle.by_id(self.selected) if self.selected else None

    def show_detail(self) -> None:
        member = self.selected_member()
        detail = self.query_one("#member-detail", Static)
        if member is None:
            detail.update(
                Text(t("Nobody in the circle yet: a adds someone.") if self.meeting else "")
            )
            return
        text = Text(person_label(member), "bold")
        since = member.moves[-1].at.date().isoformat()
        now = ring(member.ring)
        text.append(
            " · "
            + t(
                "circle {number} ({circle}) since {day}",
                number=now.number,
                circle=now.label,
                day=since,
            )
        )
        if member.first_ring != member.ring:
            first = ring(member.first_ring)
            text.append(" · " + t("joined in circle {number}", number=first.number))
        meeting = self.meeting
        if meeting is not None:
            taking_part = member.name in meeting.session.participant_names()
            text.append(" · " + (t("in this meeting") if taking_part else t("t: take part")))
        people = self.people
        has_profile = people is not None and people.profile(member.name) is not None
        text.append(" · " + (t("enter: profile") if has_profile else t("enter: write a profile")))
        if member.warning:
            text.append(f"\n⚠ {member.warning}")
        detail.update(text)

    @on(OptionList.OptionHighlighted, "#circle-list")
    def highlighted(self, event: OptionList.OptionHighlighted) -> None:
        option_id = event.option.id
        if option_id and not option_id.startswith("ring:") and option_id != self.selected:
            self.selected = option_id
            self.show_rings()
            self.show_detail()

    @on(OptionList.OptionSelected, "#circle-list")
    def selected_option(self) -> None:
        self.action_profile()

    # --- changing the circle -----------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _CIRCLE_ACTIONS:
            if self.view != CIRCLE:
                return False
            if action == "take_part":
                meeting = self.meeting
                return meeting is not None and not meeting.read_only
            return True
        if action in _DIARY_ACTIONS:
            return self.view == DIARY
        return True

    def changed(self, select: str | None = None) -> None:
        """Show the circle as stored now, with ``select`` highlighted."""
        if select is not None:
            self.selected = select
        self.load()

    def action_add(self) -> None:
        people = self.people
        if people is None:
            return
        added: list[str] = []

        def save(name: str, role: str, ring_key: str) -> None:
            added.append(people.add_to_circle(name, ring_key, role).id)

        def done(saved: bool | None) -> None:
            if saved and added:
                self.changed(select=added[0])
                member = self.circle.by_id(added[0])
                if member is not None and member.warning:
                    self.notify(member.warning, severity="warning")

        self.app.push_screen(MemberDialog(t("Someone in the circle of support"), save), done)

    def action_edit(self) -> None:
        people, member = self.people, self.selected_member()
        if people is None or member is None:
            return

        def save(name: str, role: str, _ring: str) -> None:
            people.edit_member(member.id, name, role)

        self.app.push_screen(
            MemberDialog(t("Name and role of {name}", name=member.name), save, member),
            lambda saved: self.changed() if saved else None,
        )

    @work
    async def action_move(self) -> None:
        people, member = self.people, self.selected_member()
        if people is None or member is None:
            return
        ring_key = await self.app.push_screen_wait(RingPicker(member.name, member.ring))
        if ring_key is None or ring_key == member.ring:
            return
        try:
            people.place(member.id, ring_key)
        except REFUSALS as error:
            self.refuse(error)
            return
        inward = ring(ring_key).number < ring(member.ring).number
        self.notify(
            t(
                "{name}: {circle} ({way})",
                name=member.name,
                circle=ring_title(ring_key),
                way=t("inward") if inward else t("outward"),
            ),
            timeout=3,
        )
        self.changed()

    @work
    async def action_remove(self) -> None:
        people, member = self.people, self.selected_member()
        if people is None or member is None:
            return
        question = t(
            "Take {name} out of the circle of support? Their moves go with them; minutes of "
            "closed meetings keep the circle as it was.",
            name=member.name,
        )
        if not await self.app.push_screen_wait(Confirm(question)):
            return
        try:
            people.remove_from_circle(member.id)
        except REFUSALS as error:
            self.refuse(error)
            return
        self.selected = None
        self.changed()

    def action_take_part(self) -> None:
        meeting, member = self.meeting, self.selected_member()
        if meeting is None or member is None:
            return
        try:
            added = meeting.add_from_circle([member.id])
        except REFUSALS as error:
            self.refuse(error)
            return
        if added:
            self.notify(t("{name} takes part in this meeting.", name=member.name), timeout=3)
        else:
            self.notify(t("{name} is already in this meeting.", name=member.name), timeout=3)
        self.show_detail()

    def action_profile(self) -> None:
        member = self.selected_member()
        if member is not None:
            self.open_profile(member.name)

    def open_profile(self, name: str) -> None:
        people = self.people
        if people is None:
            return
        open_profile_dialog(self, people, name, self.show_detail)

    # --- the gratitude diary -----------------------------------------------------------------
    def show_diary(self) -> None:
        table = self.query_one("#diary", DataTable)
        keep = table.cursor_row
        table.clear()
        people = self.people
        try:
            pages = people.diary() if people is not None else []
        except REFUSALS as error:
            self.refuse(error)
            pages = []
        for page in pages:
            first = next((answer for _, answer in page.answers() if answer), "")
            preview = " ".join(first.split())
            if len(preview) > PREVIEW_CHARS:
                preview = preview[: PREVIEW_CHARS - 1] + "…"
            table.add_row(
                Text(page.author or t("anonymous")),
                page.written_at.date().isoformat(),
                Text(preview),
                key=page.id,
            )
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))
        self.show_page()
        self.show_title()

    def selected_page_id(self) -> str | None:
        table = self.query_one("#diary", DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    @on(DataTable.RowHighlighted, "#diary")
    def show_page(self) -> None:
        people, page_id = self.people, self.selected_page_id()
        pages = {page.id: page for page in people.diary()} if people and page_id else {}
        page = pages.get(page_id or "")
        shown = self.query_one("#diary-page", Static)
        if page is None:
            shown.update(Text(t("No pages yet: a adds one, for each member.")))
            return
        text = Text(page.author or t("anonymous"), "bold")
        for prompt, answer in page.answers():
            if answer:
                text.append(f"\n{prompt}: ", "bold")
                text.append(answer)
        shown.update(text)

    @on(DataTable.RowSelected, "#diary")
    def page_chosen(self) -> None:
        self.action_edit_page()

    def action_add_page(self) -> None:
        people = self.people
        if people is not None:
            self.app.push_screen(
                DiaryPageDialog(lambda author, answers: people.write_diary_page(author, answers)),
                lambda saved: self.show_diary() if saved else None,
            )

    def action_edit_page(self) -> None:
        people, page_id = self.people, self.selected_page_id()
        if people is None or page_id is None:
            return
        page = next((p for p in people.diary() if p.id == page_id), None)
        if page is None:
            return
        self.app.push_screen(
            DiaryPageDialog(
                lambda author, answers: people.write_diary_page(author, answers, page.id), page
            ),
            lambda saved: self.show_diary() if saved else None,
        )

    @work
    async def action_delete_page(self) -> None:
        people, page_id = self.people, self.selected_page_id()
        if people is None or page_id is None:
            return
        page = next((p for p in people.diary() if p.id == page_id), None)
        if page is None:
            return
        who = page.author or t("anonymous")
        if await self.app.push_screen_wait(
            Confirm(t("Delete the diary page of {name}?", name=who))
        ):
            try:
                people.delete_diary_page(page_id)
            except REFUSALS as error:
                self.refuse(error)
            self.show_diary()

    # --- views and the project diary ---------------------------------------------------------
    def action_switch_view(self) -> None:
        self.view = DIARY if self.view == CIRCLE else CIRCLE
        self.query_one("#people-views", ContentSwitcher).current = self.view
        focus = "#diary" if self.view == DIARY else "#circle-list"
        self.query_one(focus).focus()
        self.show_title()
        self.refresh_bindings()

    def action_project_diary(self) -> None:
        people = self.people
        if people is None:
            return
        try:
            path = people.write_project_diary()
        except REFUSALS as error:
            self.refuse(error)
            return
        self.notify(
            t("The project diary is written: {path}", path=str(path)),
            title=t("Project diary"),
            timeout=10,
        )
