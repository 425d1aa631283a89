"""The action plan's dialogs: the form to add or edit an action, and reviewing a carried one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from coprod_tui.i18n import t
from coprod_tui.meeting.actions import REVIEW_DECISIONS
from coprod_tui.model import Action, ValidationError, clean_line, clean_text
from coprod_tui.model.dates import describe, parse_by_when
from coprod_tui.model.smart import check_action
from coprod_tui.model.toolkit import KEY_ELEMENTS, key_element
from coprod_tui.tui.screens.dialogs import FormDialog

FORM_CSS = """
ActionForm, ReviewDialog { align: center middle; }
ActionForm > VerticalScroll, ReviewDialog > VerticalScroll {
    width: 90; max-width: 100%; height: auto; max-height: 100%;
    border: round $primary; background: $surface; padding: 0 1;
}
ActionForm .dialog-title, ReviewDialog .dialog-title { text-style: bold; }
ActionForm .row { height: 1; }
ActionForm .row > Label { width: 22; color: $text-muted; }
/* Textual restyles on focus only below a widget with a rule of its own for :focus-within. */
ActionForm .row:focus-within { height: 1; }
ActionForm .row:focus-within > Label { color: $foreground; text-style: bold reverse; }
ActionForm .row > Input, ActionForm .row > Select { width: 1fr; }
ActionForm Input:focus, ReviewDialog Input:focus { background: $boost; }
ActionForm .field-hint { color: $text-muted; padding-left: 22; height: auto; }
ActionForm #context { padding-left: 0; padding-bottom: 1; }
ActionForm .gap { margin-top: 1; }
ActionForm #problems, ReviewDialog #problems { height: auto; margin-top: 1; display: none; }
ActionForm #problems.-shown, ReviewDialog #problems.-shown { display: block; }
ActionForm .keys, ReviewDialog .keys { color: $text-muted; margin-top: 1; }
ActionForm Horizontal.buttons, ReviewDialog Horizontal.buttons {
    height: 1; align-horizontal: right; margin-top: 1;
}
ActionForm Button, ReviewDialog Button { margin-left: 2; }
ReviewDialog #review-action { margin-top: 1; height: auto; max-height: 8; }
ReviewDialog OptionList { height: auto; margin-top: 1; border: none; }
ReviewDialog .note-row { height: 1; margin-top: 1; }
ReviewDialog .note-row > Label { width: 22; color: $text-muted; }
ReviewDialog .note-row:focus-within { height: 1; }
ReviewDialog .note-row:focus-within > Label { color: $foreground; text-style: bold reverse; }
"""


@dataclass
class ActionDraft:
    """What the form hands back: checked, ready for the Meeting service."""

    element: str
    what: str
    who: str
    by_when: date | None
    how_known: str


class ActionForm(FormDialog[ActionDraft | None]):
    """Add or edit one action. Hard errors block saving; SMART warnings need a second enter."""

    DEFAULT_CSS = FORM_CSS
    BINDINGS = [
        Binding("ctrl+s", "save", t("Save")),
    ]

    def __init__(
        self,
        today: date,
        participants: list[str],
        action: Action | None = None,
        element: str | None = None,
        *,
        what: str = "",
        context: str = "",
    ) -> None:
        """A new action may start from ``element`` and ``what`` (a gap of the readiness check,
        say); ``context`` is a line above the fields saying where it comes from."""
        super().__init__()
        self.today = today
        self.participants = participants
        self.action = action
        self.element = action.element if action else (element or KEY_ELEMENTS[0].key)
        self.what = clean_line(action.what) if action else clean_line(what)
        self.context = context
        self._confirmed: tuple[str, ...] | None = None

    def compose(self) -> ComposeResult:
        action = self.action
        title = t("Edit the action") if action else t("New action")
        with VerticalScroll():
            yield Static(title, classes="dialog-title", markup=False)
            if self.context:
                yield Static(self.context, classes="field-hint", id="context", markup=False)
            with Horizontal(classes="row"):
                yield Label(t("Key element"))
                yield Select(
                    [(str(element.label), element.key) for element in KEY_ELEMENTS],
                    value=self.element,
                    allow_blank=False,
                    compact=True,
                    id="element",
                )
            yield Static("", classes="field-hint", id="element-hint", markup=False)
            with Horizontal(classes="row"):
                yield Label(t("What will we do"))
                yield Input(self.what, compact=True, id="what")
            with Horizontal(classes="row"):
                yield Label(t("Who will do it"))
                yield Input(
                    action.who if action else "",
                    compact=True,
                    id="who",
                    suggester=SuggestFromList(self.participants, case_sensitive=False),
                )
            if self.participants:
                yield Static(
                    t("Participants: {names} (→ completes)", names=" · ".join(self.participants)),
                    classes="field-hint",
                    markup=False,
                )
            with Horizontal(classes="row"):
                yield Label(t("By when"))
                yield Input(
                    action.by_when.isoformat() if action and action.by_when else "",
                    placeholder=t("2026-12-01 · 1-12-2026 · +2w · tomorrow"),
                    compact=True,
                    id="by-when",
                )
            yield Static("", classes="field-hint", id="date-hint", markup=False)
            with Horizontal(classes="row"):
                yield Label(t("How will we know"))
                yield Input(
                    clean_line(action.how_known) if action else "",
                    placeholder=t("how will we know it has worked?"),
                    compact=True,
                    id="how",
                )
            yield Static("", id="problems")
            yield Static(
                t("enter save · tab next field · escape cancel"), classes="keys", markup=False
            )
            with Horizontal(classes="buttons"):
                yield Button(t("Cancel"), id="cancel", compact=True)
                yield Button(t("Save"), id="save", variant="primary", compact=True)

    def on_mount(self) -> None:
        self.query_one("#what" if self.action or self.what else "#element").focus()
        self.show_element_hint()
        self.show_date_hint()

    # --- live hints ------------------------------------------------------------------------
    @on(Select.Changed, "#element")
    def show_element_hint(self) -> None:
        value = self.query_one("#element", Select).value
        if isinstance(value, str):
            self.query_one("#element-hint", Static).update(str(key_element(value).summary))

    @on(Input.Changed, "#by-when")
    def show_date_hint(self) -> None:
        text = self.query_one("#by-when", Input).value
        hint = self.query_one("#date-hint", Static)
        if not text.strip():
            hint.update(t("(no date yet)"))
            return
        try:
            result = parse_by_when(text, self.today)
        except ValidationError as error:
            hint.update(Text(f"✗ {error}", style="bold"))
            return
        shown = f"→ {describe(result.date)}"
        hint.update(Text(f"{shown} · ⚠ {result.warning}" if result.warning else shown))

    # --- saving ----------------------------------------------------------------------------
    def _field(self, name: str) -> str:
        return self.query_one(f"#{name}", Input).value

    def _keep_original(self, typed: str, original: str | None) -> str:
        """An action from a card may hold line breaks the one-line field cannot show."""
        return original if original is not None and typed == clean_line(original) else typed

    def _show_problems(self, heading: str, lines: list[str], *, error: bool) -> None:
        body = Text()
        body.append(heading + "\n", style="bold")
        for line in lines:
            body.append(("✗ " if error else "⚠ ") + line + "\n")
        body.rstrip()
        problems = self.query_one("#problems", Static)
        problems.update(body)
        problems.add_class("-shown")

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        element = self.query_one("#element", Select).value
        by_text = self._field("by-when")
        check = check_action(
            self._field("what"), self._field("who"), by_text, self._field("how"), self.today
        )
        if check.errors or not isinstance(element, str):
            self._show_problems(t("Not saved yet:"), check.errors, error=True)
            return
        what = self._keep_original(check.what, self.action.what if self.action else None)
        how = self._keep_original(check.how_known, self.action.how_known if self.action else None)
        fingerprint = (element, what, check.who, by_text.strip(), how)
        if check.warnings and fingerprint != self._confirmed:
            self._confirmed = fingerprint
            self._show_problems(
                t("Not quite SMART yet — fill it in, or press enter again to save it as agreed:"),
                check.warnings,
                error=False,
            )
            self.query_one("#save", Button).label = t("Save anyway")
            return
        self.dismiss(ActionDraft(element, what, check.who, check.by_when, how))


@dataclass
class ReviewDecision:
    decision: str  # a key of REVIEW_DECISIONS
    note: str


class ReviewDialog(FormDialog[ReviewDecision | None]):
    """One carried action: done, still open or dropped, with an optional note."""

    DEFAULT_CSS = FORM_CSS
    BINDINGS = [Binding("escape", "cancel", t("Stop reviewing"))]

    def __init__(self, heading: str, describe_action: Callable[[], Text]) -> None:
        super().__init__()
        self.heading = heading
        self.describe_action = describe_action

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self.heading, classes="dialog-title", markup=False)
            yield Static(self.describe_action(), id="review-action")
            yield OptionList(
                *[Option(str(label), id=key) for key, label in REVIEW_DECISIONS.items()],
                id="decision",
            )
            with Horizontal(classes="note-row"):
                yield Label(t("Note (optional)"))
                yield Input(compact=True, id="note")
            yield Static("", id="problems", markup=False)
            yield Static(
                t("↑↓ choose · enter record · tab note · escape stop reviewing"),
                classes="keys",
                markup=False,
            )
            with Horizontal(classes="buttons"):
                yield Button(t("Stop"), id="cancel", compact=True)
                yield Button(t("Record"), id="record", variant="primary", compact=True)

    def on_mount(self) -> None:
        decisions = self.query_one("#decision", OptionList)
        decisions.highlighted = list(REVIEW_DECISIONS).index("open")
        decisions.focus()

    @on(OptionList.OptionSelected, "#decision")
    @on(Input.Submitted, "#note")
    @on(Button.Pressed, "#record")
    def record(self) -> None:
        index = self.query_one("#decision", OptionList).highlighted
        if index is None:
            problems = self.query_one("#problems", Static)
            problems.update(t("Choose done, still open or dropped."))
            problems.add_class("-shown")
            return
        note = clean_text(self.query_one("#note", Input).value)
        self.dismiss(ReviewDecision(list(REVIEW_DECISIONS)[index], note))
