"""Small dialogs shared by the screens: ask for a line of text, confirm, start a meeting."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    Input,
    Label,
    OptionList,
    RadioButton,
    RadioSet,
    Select,
    Static,
    TextArea,
)
from textual.widgets.option_list import Option

from coprod_tui.i18n import t
from coprod_tui.model import Participant, SessionPlan, ValidationError
from coprod_tui.tui.store_errors import ShowsStoreErrors
from coprod_tui.tui.textual_words import modal_bindings

DIALOG_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{
    width: 72; max-width: 100%; height: auto; max-height: 100%;
    border: round $primary; background: $surface; padding: 0 1;
}}
{name} .dialog-title {{ text-style: bold; padding-bottom: 1; }}
{name} .error {{ color: $error; text-style: bold; }}
{name} Horizontal {{ height: auto; align-horizontal: right; }}
{name} Button {{ margin-left: 1; min-width: 10; }}
"""


T = TypeVar("T")


class Choice(RadioButton):
    """A radio button whose state reads in characters: ``(●)`` chosen, ``( )`` not (Textual's
    own shows the same dot for both, in another colour)."""

    BUTTON_LEFT = "("
    BUTTON_RIGHT = ")"

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # noqa: N802 (Textual's name)
        return "●" if self.value else " "


class FormDialog(ShowsStoreErrors, ModalScreen[T]):
    """A dialog that asks for something. Escape, or its Cancel button (``#cancel``), closes it
    with ``CANCELLED``. A StoreError its handlers let through is a message; it stays open."""

    # Every field shows where it is and whether it has the focus, in characters, not colour
    # alone: a one-line field is underlined like a line on a paper form, and the field with
    # the focus has a bar at its left ("▌"); the others keep that column blank.
    DEFAULT_CSS = """
    FormDialog Input.-textual-compact {
        text-style: underline; border-left: blank !important; background: $boost;
    }
    FormDialog Input.-textual-compact:focus { border-left: outer $accent !important; }
    FormDialog Input { border-left: blank; }
    FormDialog Input:focus { border-left: outer $accent; }
    FormDialog RadioSet, FormDialog OptionList, FormDialog TextArea {
        border-left: blank !important;
    }
    FormDialog RadioSet:focus, FormDialog OptionList:focus, FormDialog TextArea:focus {
        border-left: outer $accent !important;
    }
    FormDialog RadioSet:focus > RadioButton.-selected > .toggle--label { text-style: underline; }
    FormDialog OptionList > .option-list--option-highlighted { text-style: bold underline; }
    FormDialog Select > SelectCurrent { border-left: blank !important; }
    FormDialog Select:focus > SelectCurrent { border-left: outer $accent !important; }
    """
    BINDINGS = [*modal_bindings(), Binding("escape", "leave", t("Cancel"))]
    CANCELLED: ClassVar[Any] = None

    def __init__(self) -> None:
        super().__init__()
        self._start: dict[str, object] | None = None

    @on(events.Mount)
    def _remember_the_start(self) -> None:
        # After the dialog's own on_mount and what it set off (a plan chosen fills the title).
        self.call_after_refresh(self._keep_start)

    def _keep_start(self) -> None:
        self._start = self.field_values()

    def field_values(self) -> dict[str, object]:
        """What each field holds now, by its place in the dialog."""
        values: dict[str, object] = {}
        for index, widget in enumerate(self.query("Input, TextArea, Select, RadioSet, Checkbox")):
            if isinstance(widget, Input):
                value: object = widget.value
            elif isinstance(widget, TextArea):
                value = widget.text
            elif isinstance(widget, Select):
                value = widget.value
            elif isinstance(widget, RadioSet):
                value = widget.pressed_index
            else:
                value = getattr(widget, "value", None)
            values[f"{index}:{widget.id}"] = value
        return values

    def changed(self) -> bool:
        """Whether something was typed or chosen since the dialog opened (its fields differ
        from their starting values). A dialog may say otherwise."""
        return self._start is not None and self.field_values() != self._start

    @work
    async def action_leave(self) -> None:
        """Escape: close, but ask first when that would throw away what was typed."""
        if self.changed() and not await self.app.push_screen_wait(
            Confirm(t("Close without saving? What you typed or chose here is lost."))
        ):
            return
        self.action_cancel()

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(self.CANCELLED)


class TextView(ModalScreen[None]):
    """Read-only text in a scrollable box, shown as plain text; escape or q closes it."""

    DEFAULT_CSS = """
    TextView { align: center middle; }
    TextView > VerticalScroll {
        width: 80; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    """
    BINDINGS = [*modal_bindings(), Binding("escape,q", "close", t("Close"))]

    def __init__(
        self, body: str | Text = "", *, scroll_id: str | None = None, text_id: str | None = None
    ) -> None:
        super().__init__()
        self._body = body
        self._scroll_id = scroll_id
        self._text_id = text_id

    def body(self) -> str | Text:
        return self._body

    def compose(self) -> ComposeResult:
        with VerticalScroll(id=self._scroll_id):
            yield Static(self.body(), id=self._text_id, markup=False)

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss(None)


class OptionPicker(FormDialog[str | None]):
    """One choice from a short list: ↑/↓ and enter. Gives the chosen option's id; escape None.

    A picker is made with its ``choices`` and the one highlighted ``first``; it says what it
    asks in ``heading`` and tells its keys in ``hint``.
    """

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="OptionPicker")
        + "OptionPicker OptionList { height: auto; max-height: 14; }"
    )

    def __init__(self, choices: list[Option], first: int = 0) -> None:
        super().__init__()
        self._choices = choices
        self._first = first

    def heading(self) -> ComposeResult:
        yield from ()

    def hint(self) -> str:
        return t("enter: choose · escape: cancel")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield from self.heading()
            yield OptionList(*self._choices, id="choices")
            yield Static(self.hint(), classes="hint")

    def on_mount(self) -> None:
        choices = self.query_one("#choices", OptionList)
        choices.highlighted = self._first
        choices.focus()

    @on(OptionList.OptionSelected, "#choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


class TextPrompt(FormDialog[str | None]):
    """Ask for one line of text; escape cancels."""

    DEFAULT_CSS = DIALOG_CSS.format(name="TextPrompt")

    def __init__(self, title: str, label: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.title_text, self.label_text = title, label
        self.value, self.placeholder = value, placeholder

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Label(self.label_text, markup=False)
            yield Input(self.value, placeholder=self.placeholder, id="answer")
            yield Static("", classes="error", id="error", markup=False)
            with Horizontal():
                yield Button(t("Cancel"), id="cancel")
                yield Button(t("OK"), id="ok", variant="primary")

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def submit(self) -> None:
        value = self.query_one("#answer", Input).value.strip()
        if not value:
            self.query_one("#error", Static).update(t("Please fill this in, or press escape."))
            return
        self.dismiss(value)


class Confirm(ModalScreen[bool]):
    """Yes or no, with the question naming exactly what will happen."""

    DEFAULT_CSS = DIALOG_CSS.format(name="Confirm")
    BINDINGS = [
        *modal_bindings(),
        Binding("escape,n", "answer(False)", t("No")),
        Binding("y", "answer(True)", t("Yes")),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.question, markup=False)
            with Horizontal():
                yield Button(t("No"), id="no")
                yield Button(t("Yes"), id="yes", variant="error")

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


@dataclass
class MeetingRequest:
    plan: SessionPlan
    title: str
    participants: list[Participant]
    receiver: str | None


def parse_participants(text: str) -> list[Participant]:
    """'Fatima, Jan (resident), Els' → participants with optional roles."""
    people = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        role = ""
        if part.endswith(")") and "(" in part:
            part, role = part[:-1].split("(", 1)
        people.append(Participant(name=part.strip(), role=role.strip()))
    return people


def format_participants(people: list[Participant]) -> str:
    return ", ".join(f"{p.name} ({p.role})" if p.role else p.name for p in people)


class NewMeetingDialog(FormDialog[MeetingRequest | None]):
    """Start a meeting from a plan: title, participants, this meeting's card receiver. The plan
    offered first is ``plan`` (the one the project used last time)."""

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="NewMeetingDialog")
        + """
    NewMeetingDialog OptionList { height: auto; max-height: 6; }
    NewMeetingDialog VerticalScroll { height: auto; max-height: 1fr; }
    NewMeetingDialog Label { margin-top: 1; }
    NewMeetingDialog Label#plan-label { margin-top: 0; }
    """
    )

    def __init__(
        self,
        project_name: str,
        plans: list[SessionPlan],
        participants: list[Participant],
        receiver: str | None,
        plan: str | None = None,
    ) -> None:
        super().__init__()
        self.project_name = project_name
        self.plans = plans
        self.participants = participants
        self.receiver = receiver
        keys = [known.key for known in plans]
        self.first_plan = keys.index(plan) if plan in keys else 0

    def compose(self) -> ComposeResult:
        first = self.plans[self.first_plan] if self.plans else None
        with Vertical():
            yield Static(
                t("New meeting of {project}", project=self.project_name),
                classes="dialog-title",
                markup=False,
            )
            # The fields scroll if the terminal is short; the buttons below always show.
            with VerticalScroll():
                yield Label(t("Plan"), id="plan-label")
                yield OptionList(
                    *[
                        Option(f"{plan.name} ({len(plan.agenda)})", id=plan.key)
                        for plan in self.plans
                    ],
                    id="plan",
                )
                yield Label(t("Title"))
                yield Input(str(first.title) if first else "", id="title", compact=True)
                yield Label(t("Participants, separated by commas; a role in brackets"))
                yield Input(format_participants(self.participants), id="participants", compact=True)
                yield Label(t("Card receiver of this meeting (rotates each meeting)"))
                yield Input(self.receiver or "", id="receiver", compact=True)
            yield Static("", classes="error", id="error", markup=False)
            with Horizontal():
                yield Button(t("Cancel"), id="cancel")
                yield Button(t("Start"), id="ok", variant="primary")

    def on_mount(self) -> None:
        plans = self.query_one("#plan", OptionList)
        plans.highlighted = self.first_plan
        plans.focus()

    @on(OptionList.OptionHighlighted, "#plan")
    def plan_chosen(self, event: OptionList.OptionHighlighted) -> None:
        plan = self.plans[event.option_index]
        self.query_one("#title", Input).value = str(plan.title)

    @on(Input.Submitted)
    @on(Button.Pressed, "#ok")
    def submit(self) -> None:
        error = self.query_one("#error", Static)
        index = self.query_one("#plan", OptionList).highlighted
        if index is None or not self.plans:
            error.update(t("Choose a plan."))
            return
        title = self.query_one("#title", Input).value.strip()
        try:
            people = parse_participants(self.query_one("#participants", Input).value)
        except ValidationError as problem:
            error.update(str(problem))
            return
        receiver = self.query_one("#receiver", Input).value.strip() or None
        if not title:
            error.update(t("The meeting needs a title."))
            return
        if receiver and people and receiver not in [p.name for p in people]:
            error.update(t("The card receiver must be one of the participants."))
            return
        self.dismiss(MeetingRequest(self.plans[index], title, people, receiver))
