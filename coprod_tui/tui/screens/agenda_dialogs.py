"""The agenda's dialogs: an item (add or edit), and the meeting's people and card receiver.

Each dialog is given the service call that saves it; a refusal from the service (a title
too long, two people with the same name) is shown in the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from coprod_tui.i18n import t
from coprod_tui.meeting import ReadOnlyMeeting, StoreError
from coprod_tui.model import AgendaItem, Participant, ValidationError
from coprod_tui.model.agenda import MAX_ITEM_MINUTES
from coprod_tui.model.circle import CircleMember
from coprod_tui.model.toolkit import TOOLS
from coprod_tui.tui.screens.dialogs import (
    DIALOG_CSS,
    FormDialog,
    format_participants,
    parse_participants,
)


@dataclass
class ItemFields:
    title: str
    planned_minutes: int
    owner: str | None
    tool: str


class ItemDialog(FormDialog[bool]):
    """Add or edit an agenda item: title, planned minutes, owner, tool."""

    CANCELLED = False

    DEFAULT_CSS = DIALOG_CSS.format(name="ItemDialog")

    def __init__(
        self,
        heading: str,
        save: Callable[[ItemFields], object],
        item: AgendaItem | None = None,
        people: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.heading = heading
        self.save = save
        self.item = item
        self.people = people or []

    def compose(self) -> ComposeResult:
        item = self.item
        with Vertical():
            yield Static(self.heading, classes="dialog-title", markup=False)
            yield Label(t("Item"))
            yield Input(item.title if item else "", id="item-title")
            yield Label(t("Planned minutes"))
            yield Input(str(item.planned_minutes) if item else "10", id="item-minutes")
            yield Label(t("Owner (optional)"))
            yield Input(
                (item.owner or "") if item else "",
                id="item-owner",
                suggester=SuggestFromList(self.people, case_sensitive=False),
            )
            yield Label(t("Tool"))
            yield Select(
                [(str(label), key) for key, label in TOOLS.items()],
                value=item.tool if item else "none",
                allow_blank=False,
                id="item-tool",
            )
            yield Static("", classes="error", id="error", markup=False)
            with Horizontal():
                yield Button(t("Cancel"), id="cancel")
                yield Button(t("Save"), id="ok", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#item-title", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def submit(self) -> None:
        error = self.query_one("#error", Static)
        title = self.query_one("#item-title", Input).value
        if not title.strip():
            error.update(t("The item needs a title."))
            return
        try:
            minutes = int(self.query_one("#item-minutes", Input).value.strip())
        except ValueError:
            minutes = -1
        if not 0 <= minutes <= MAX_ITEM_MINUTES:
            error.update(
                t("Planned minutes: a whole number from 0 to {most}.", most=MAX_ITEM_MINUTES)
            )
            return
        owner = self.query_one("#item-owner", Input).value.strip() or None
        tool = self.query_one("#item-tool", Select).value
        fields = ItemFields(title, minutes, owner, tool if isinstance(tool, str) else "none")
        try:
            self.save(fields)
        except ReadOnlyMeeting:
            error.update(t("read-only"))
            return
        except (ValidationError, StoreError) as problem:  # what was typed stays, to try again
            error.update(Text(str(problem)))
            return
        self.dismiss(True)


class PeopleDialog(FormDialog[bool]):
    """This meeting's participants (with an optional role) and its card receiver."""

    CANCELLED = False

    DEFAULT_CSS = DIALOG_CSS.format(name="PeopleDialog")

    def __init__(
        self,
        participants: list[Participant],
        receiver: str | None,
        save: Callable[[list[Participant], str | None], object],
        focus_receiver: bool = False,
        circle: list[CircleMember] | None = None,
        welcome: Callable[[], object] | None = None,
    ) -> None:
        super().__init__()
        self.participants = participants
        self.receiver = receiver
        self.save = save
        self.focus_receiver = focus_receiver
        self.circle = circle or []  # the project's circle of support, to pick people from
        self.welcome = welcome  # puts newcomers in the circle, after a save

    def compose(self) -> ComposeResult:
        names = [person.name for person in self.participants]
        with Vertical():
            yield Static(t("Participants and card receiver"), classes="dialog-title")
            yield Label(t("Participants, separated by commas; a role in brackets"))
            yield Input(format_participants(self.participants), id="people")
            yield Label(t("Card receiver of this meeting (rotates each meeting)"))
            yield Input(
                self.receiver or "",
                id="receiver",
                suggester=SuggestFromList(names, case_sensitive=False),
            )
            yield Static(
                t("The next meeting of this project proposes the participant after the receiver."),
                classes="hint",
            )
            if self.welcome is not None:
                yield Checkbox(
                    t("Newcomers join the circle of support (as participants)"),
                    True,
                    id="welcome",
                )
            yield Static("", classes="error", id="error", markup=False)
            with Horizontal():
                if self.circle:
                    yield Button(t("From the circle…"), id="from-circle")
                yield Button(t("Cancel"), id="cancel")
                yield Button(t("Save"), id="ok", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#receiver" if self.focus_receiver else "#people", Input).focus()

    @on(Button.Pressed, "#from-circle")
    def pick_from_circle(self) -> None:
        from coprod_tui.tui.screens.people_dialogs import CirclePicker

        field = self.query_one("#people", Input)
        have = {p.name.casefold() for p in parse_participants(field.value)}
        members = [m for m in self.circle if m.name.casefold() not in have]

        def add(chosen: list[str] | None) -> None:
            picked = [Participant(m.name, m.role) for m in members if m.id in (chosen or [])]
            if picked:
                now = field.value.strip().rstrip(",")
                field.value = ", ".join(part for part in (now, format_participants(picked)) if part)
            field.focus()

        self.app.push_screen(CirclePicker(members), add)

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def submit(self) -> None:
        error = self.query_one("#error", Static)
        try:
            people = parse_participants(self.query_one("#people", Input).value)
            receiver = self.query_one("#receiver", Input).value.strip() or None
            if receiver is not None:  # "els" means Els
                names = {person.name.casefold(): person.name for person in people}
                receiver = names.get(receiver.casefold(), receiver)
            self.save(people, receiver)
            if self.welcome is not None and self.query_one("#welcome", Checkbox).value:
                self.welcome()
        except (ValidationError, StoreError) as problem:
            error.update(Text(str(problem)))
            return
        except ReadOnlyMeeting:
            error.update(t("read-only"))
            return
        self.dismiss(True)
