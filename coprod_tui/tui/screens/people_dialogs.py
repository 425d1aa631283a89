"""The People screen's dialogs: someone in the circle, which circle, a one-page profile, a page of
the gratitude diary, picking participants from the circle, and profiles beside a roster.

Each dialog that saves is given the service call that does it; a refusal (a name too long, two
people of the same name) is shown in the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    Input,
    Label,
    OptionList,
    Select,
    SelectionList,
    Static,
    TextArea,
)
from textual.widgets.option_list import Option

from coprod_tui.i18n import t
from coprod_tui.meeting import ReadOnlyMeeting, StoreError
from coprod_tui.meeting.people import ProjectPeople
from coprod_tui.model.circle import RINGS, CircleMember, name_warning, ring
from coprod_tui.model.diary import DIARY_PROMPTS, DiaryEntry
from coprod_tui.model.profile import PROFILE_QUESTIONS, Profile
from coprod_tui.tui.screens.base import REFUSALS, ToolScreen
from coprod_tui.tui.screens.dialogs import DIALOG_CSS, FormDialog, OptionPicker
from coprod_tui.tui.textual_words import modal_bindings
from coprod_tui.tui.widgets.profile_card import ProfileCard


def refusal_text(problem: Exception) -> str:
    if isinstance(problem, ReadOnlyMeeting):
        return t("This meeting is closed; it can be read, not changed.")
    return str(problem)


def ring_title(key: str) -> str:
    circle = ring(key)
    return f"{circle.number} {circle.label}"


class MemberDialog(FormDialog[bool]):
    """Someone new in the circle (name, role, circle), or a new name or role for someone."""

    DEFAULT_CSS = DIALOG_CSS.format(name="MemberDialog")
    CANCELLED = False

    def __init__(
        self,
        heading: str,
        save: Callable[[str, str, str], object],
        member: CircleMember | None = None,
        ring_key: str = "participants",
    ) -> None:
        super().__init__()
        self.heading = heading
        self.save = save
        self.member = member
        self.ring_key = member.ring if member else ring_key

    def compose(self) -> ComposeResult:
        member = self.member
        with Vertical():
            yield Static(self.heading, classes="dialog-title", markup=False)
            yield Label(t("Name (a person, not a job title)"))
            yield Input(member.name if member else "", id="member-name")
            yield Static("", classes="warning", id="name-warning", markup=False)
            yield Label(t("Role (optional), e.g. resident, GP, team leader"))
            yield Input(member.role if member else "", id="member-role")
            if member is None:
                yield Label(t("Circle"))
                yield Select(
                    [(ring_title(circle.key), circle.key) for circle in RINGS],
                    value=self.ring_key,
                    allow_blank=False,
                    id="member-ring",
                )
            yield Static("", classes="error", id="error", markup=False)
            with Horizontal():
                yield Button(t("Cancel"), id="cancel")
                yield Button(t("Save"), id="ok", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#member-name", Input).focus()
        self.warn()

    @on(Input.Changed, "#member-name")
    def warn(self) -> None:
        name = self.query_one("#member-name", Input).value
        warning = name_warning(name) if name.strip() else None
        self.query_one("#name-warning", Static).update(f"⚠ {warning}" if warning else "")

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def submit(self) -> None:
        name = self.query_one("#member-name", Input).value
        role = self.query_one("#member-role", Input).value
        ring_key = self.ring_key
        if self.member is None:
            value = self.query_one("#member-ring", Select).value
            ring_key = value if isinstance(value, str) else self.ring_key
        try:
            self.save(name, role, ring_key)
        except REFUSALS as problem:
            self.query_one("#error", Static).update(refusal_text(problem))
            return
        self.dismiss(True)


class RingPicker(OptionPicker):
    """Which circle someone is in now: ↑/↓ and enter, or the circle's number."""

    BINDINGS = [Binding(str(c.number), f"pick('{c.key}')", show=False) for c in RINGS]

    def __init__(self, name: str, current: str) -> None:
        rings = []
        for circle in RINGS:
            now = f"  ({t('now')})" if circle.key == current else ""
            rings.append(Option(f"{ring_title(circle.key)}{now}", id=circle.key))
        super().__init__(rings, first=[c.key for c in RINGS].index(current))
        self.person = name
        self.current = current

    def heading(self) -> ComposeResult:
        title = t("Move {name} to which circle?", name=self.person)
        yield Static(title, classes="dialog-title", markup=False)

    def hint(self) -> str:
        return t("1–4 or enter picks · escape cancels")

    def action_pick(self, key: str) -> None:
        self.dismiss(key)


class ProfileDialog(FormDialog[bool]):
    """A one-page profile, written with the person: the same three questions for everyone."""

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="ProfileDialog")
        + """
    ProfileDialog > Vertical { width: 90; }
    ProfileDialog VerticalScroll { height: auto; max-height: 1fr; }
    ProfileDialog TextArea { height: 4; }
    """
    )
    BINDINGS = [Binding("ctrl+s", "save", t("Save"))]
    CANCELLED = False

    def __init__(
        self,
        name: str,
        profile: Profile | None,
        save: Callable[[dict[str, str]], object],
        delete: Callable[[], object] | None = None,
        export: Callable[[], object] | None = None,
    ) -> None:
        super().__init__()
        self.person = name
        self.profile = profile
        self.save = save
        self.delete = delete
        self.export = export  # writes the stored profile for the person; returns where
        self.asked_to_delete = False

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                t("One-page profile of {name}", name=self.person),
                classes="dialog-title",
                markup=False,
            )
            with VerticalScroll():
                for key, question in PROFILE_QUESTIONS:
                    yield Label(str(question))
                    text = getattr(self.profile, key) if self.profile else ""
                    yield TextArea(text, id=f"profile-{key}", soft_wrap=True)
            yield Static(
                t("Fill it in with the person, in their words. ctrl+s saves."),
                classes="hint",
                id="profile-hint",
                markup=False,
            )
            yield Static("", classes="error", id="error", markup=False)
            with Horizontal():
                if self.delete is not None and self.profile is not None:
                    yield Button(t("Delete profile"), id="delete", variant="error")
                if self.export is not None and self.profile is not None:
                    yield Button(t("Export"), id="export")
                yield Button(t("Cancel"), id="cancel")
                yield Button(t("Save"), id="ok", variant="primary")

    def on_mount(self) -> None:
        self.query_one(f"#profile-{PROFILE_QUESTIONS[0][0]}", TextArea).focus()

    @on(Button.Pressed, "#ok")
    def action_save(self) -> None:
        answers = {
            key: self.query_one(f"#profile-{key}", TextArea).text for key, _ in PROFILE_QUESTIONS
        }
        try:
            self.save(answers)
        except REFUSALS as problem:
            self.query_one("#error", Static).update(refusal_text(problem))
            return
        self.dismiss(True)

    @on(Button.Pressed, "#export")
    def export_profile(self) -> None:
        """The profile as stored (not what is typed and unsaved), as a file for the person."""
        if self.export is None:
            return
        try:
            where = self.export()
        except REFUSALS as problem:
            self.query_one("#error", Static).update(refusal_text(problem))
            return
        self.query_one("#error", Static).update("")
        self.query_one("#profile-hint", Static).update(
            t("Written for the person: {path}", path=where)
        )

    @on(Button.Pressed, "#delete")
    def delete_profile(self) -> None:
        error = self.query_one("#error", Static)
        if not self.asked_to_delete:
            self.asked_to_delete = True
            error.update(
                t(
                    "Press Delete profile again to delete the profile of {name} completely.",
                    name=self.person,
                )
            )
            return
        if self.delete is None:
            return
        try:
            self.delete()
        except REFUSALS as problem:
            error.update(refusal_text(problem))
            return
        self.dismiss(True)


class DiaryPageDialog(FormDialog[bool]):
    """A page of the gratitude diary: the five prompts, with a name or anonymously."""

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="DiaryPageDialog")
        + """
    DiaryPageDialog > Vertical { width: 90; }
    DiaryPageDialog VerticalScroll { height: auto; max-height: 1fr; }
    DiaryPageDialog TextArea { height: 3; }
    """
    )
    BINDINGS = [Binding("ctrl+s", "save", t("Save"))]
    CANCELLED = False

    def __init__(
        self,
        save: Callable[[str | None, dict[str, str]], object],
        page: DiaryEntry | None = None,
    ) -> None:
        super().__init__()
        self.save = save
        self.page = page

    def compose(self) -> ComposeResult:
        page = self.page
        with Vertical():
            yield Static(t("A page of the gratitude diary"), classes="dialog-title")
            with VerticalScroll():
                yield Label(t("Name (leave it empty to stay anonymous)"))
                yield Input((page.author or "") if page else "", id="diary-author")
                for key, prompt in DIARY_PROMPTS:
                    yield Label(str(prompt))
                    yield TextArea(getattr(page, key) if page else "", id=f"diary-{key}")
            yield Static(t("ctrl+s saves · escape cancels"), classes="hint")
            yield Static("", classes="error", id="error", markup=False)
            with Horizontal():
                yield Button(t("Cancel"), id="cancel")
                yield Button(t("Save"), id="ok", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#diary-author", Input).focus()

    @on(Input.Submitted)
    def next_field(self) -> None:
        self.query_one(f"#diary-{DIARY_PROMPTS[0][0]}", TextArea).focus()

    @on(Button.Pressed, "#ok")
    def action_save(self) -> None:
        author = self.query_one("#diary-author", Input).value.strip() or None
        answers = {key: self.query_one(f"#diary-{key}", TextArea).text for key, _ in DIARY_PROMPTS}
        try:
            self.save(author, answers)
        except REFUSALS as problem:
            self.query_one("#error", Static).update(refusal_text(problem))
            return
        self.dismiss(True)


class CirclePicker(FormDialog[list[str] | None]):
    """People of the circle who are not in this meeting yet: space ticks, enter adds them."""

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="CirclePicker")
        + "CirclePicker SelectionList { height: auto; max-height: 14; }"
    )
    BINDINGS = [Binding("enter", "add", t("Add"), priority=True)]

    def __init__(self, members: list[CircleMember]) -> None:
        super().__init__()
        self.members = members

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(t("Participants from the circle of support"), classes="dialog-title")
            yield SelectionList[str](
                *[(f"{m.name} ({m.role})" if m.role else m.name, m.id) for m in self.members],
                id="circle-people",
            )
            yield Static(t("space ticks someone · enter adds the ticked"), classes="hint")
            with Horizontal():
                yield Button(t("Cancel"), id="cancel")
                yield Button(t("Add"), id="ok", variant="primary")

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    @on(Button.Pressed, "#ok")
    def action_add(self) -> None:
        self.dismiss(list(self.query_one(SelectionList).selected))


class ProfilesBeside(ModalScreen[None]):
    """A meeting's roster with the highlighted person's one-page profile beside it."""

    DEFAULT_CSS = """
    ProfilesBeside { align: center middle; }
    ProfilesBeside > Vertical {
        width: 100; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    ProfilesBeside .dialog-title { text-style: bold; }
    ProfilesBeside Horizontal { height: auto; max-height: 20; }
    ProfilesBeside OptionList { width: 26; height: auto; max-height: 20; }
    ProfilesBeside VerticalScroll { width: 1fr; height: auto; max-height: 20; padding: 0 1; }
    """
    BINDINGS = [
        *modal_bindings(),
        Binding("escape,q", "close", t("Close")),
        Binding("e", "edit", t("Write the profile")),
    ]

    def __init__(
        self,
        names: list[str],
        profile_of: Callable[[str], Profile | None],
        edit: Callable[[str], object] | None = None,
        first: str | None = None,
    ) -> None:
        super().__init__()
        self.names = names
        self.profile_of = profile_of
        self.edit = edit
        self.first = first

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(t("One-page profiles"), classes="dialog-title")
            with Horizontal():
                yield OptionList(*[Option(name, id=name) for name in self.names], id="roster")
                with VerticalScroll():
                    yield ProfileCard(id="profile")
            keys = t("↑/↓ someone else · e write their profile · escape closes")
            yield Static(keys if self.edit else t("escape closes"), classes="hint")

    def on_mount(self) -> None:
        roster = self.query_one("#roster", OptionList)
        if self.names:
            start = self.names.index(self.first) if self.first in self.names else 0
            roster.highlighted = start
            self.show(self.names[start])
        roster.focus()

    @on(OptionList.OptionHighlighted, "#roster")
    def highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None:
            self.show(event.option.id)

    def show(self, name: str) -> None:
        self.query_one("#profile", ProfileCard).show(name, self.profile_of(name))

    def refresh_profile(self) -> None:
        roster = self.query_one("#roster", OptionList)
        if roster.highlighted is not None:
            self.query_one("#profile", ProfileCard)._shown = None
            self.show(self.names[roster.highlighted])

    def action_edit(self) -> None:
        roster = self.query_one("#roster", OptionList)
        if self.edit is not None and roster.highlighted is not None:
            self.edit(self.names[roster.highlighted])

    def action_close(self) -> None:
        self.dismiss(None)


def open_profile_dialog(
    screen: ToolScreen, people: ProjectPeople, name: str, after: Callable[[], object] | None = None
) -> None:
    """The profile of ``name``, to read and write with them (and to delete it on request)."""

    def save(answers: dict[str, str]) -> None:
        people.save_profile(name, **answers)

    def delete() -> None:
        removed = people.delete_profile(name)
        screen.notify(
            t(
                "The profile of {name} is deleted ({count} copies too).",
                name=name,
                count=len(removed),
            ),
            timeout=5,
        )

    def done(_saved: bool | None) -> None:
        if after is not None:
            after()

    try:
        profile = people.profile(name)
    except REFUSALS as error:
        screen.refuse(error)
        return
    dialog = ProfileDialog(name, profile, save, delete, lambda: people.export_profile(name))
    screen.app.push_screen(dialog, done)


def show_profiles(screen: ToolScreen, names: list[str], first: str | None = None) -> None:
    """The one-page profiles of ``names`` (a meeting's roster), ``first`` highlighted."""
    meeting = screen.meeting
    if meeting is None:
        return
    if not names:
        screen.notify(t("This meeting has no participants yet."), severity="warning")
        return
    people = meeting.people

    def profile_of(name: str) -> Profile | None:
        try:
            return people.profile(name)
        except StoreError:
            return None

    beside = ProfilesBeside(names, profile_of, first=first)
    beside.edit = lambda name: open_profile_dialog(screen, people, name, beside.refresh_profile)
    screen.app.push_screen(beside)
