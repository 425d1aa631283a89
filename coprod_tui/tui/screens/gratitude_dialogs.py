"""The gratitude screen's dialog: a speaker's three things, each optional."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Static

from coprod_tui.i18n import t
from coprod_tui.tui.screens.dialogs import DIALOG_CSS, FormDialog


class ThreeThingsDialog(FormDialog[list[str] | None]):
    """Up to three things that made someone grateful; empty lines are left out, escape cancels."""

    DEFAULT_CSS = DIALOG_CSS.format(name="ThreeThingsDialog")

    def __init__(self, participant: str, things: list[str]) -> None:
        super().__init__()
        self.participant = participant
        self.things = (list(things) + ["", "", ""])[:3]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                t("Three things of {name}", name=self.participant),
                classes="dialog-title",
                markup=False,
            )
            yield Label(t("From the last 24 hours, big or small (all optional)"))
            for number, thing in enumerate(self.things, 1):
                yield Input(thing, placeholder=f"{number}.", id=f"thing-{number}")
            with Horizontal():
                yield Button(t("Cancel"), id="cancel")
                yield Button(t("OK"), id="ok", variant="primary")

    @on(Input.Submitted)
    def next_or_submit(self, event: Input.Submitted) -> None:
        if event.input.id == "thing-3":
            self.submit()
        else:
            self.focus_next(Input)

    @on(Button.Pressed, "#ok")
    def submit(self) -> None:
        values = [self.query_one(f"#thing-{n}", Input).value.strip() for n in (1, 2, 3)]
        self.dismiss([value for value in values if value])
