"""Dialogs of the readiness check: an answer on the scale with a note of why, and choosing one
of a few things (which answer to delete)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from coprod_tui.export.readiness import MARKS, answer_label
from coprod_tui.i18n import t
from coprod_tui.model import ReadinessAnswer, clean_text
from coprod_tui.model.readiness import MAX_NOTE_CHARS, SCALE
from coprod_tui.tui.screens.dialogs import DIALOG_CSS, FormDialog


@dataclass(frozen=True)
class AnswerDraft:
    value: str  # one of SCALE
    note: str


class AnswerDialog(FormDialog[AnswerDraft | None]):
    """The answer to one question: 1–4 (or ↑/↓ and enter) on the scale, then a note of why,
    enter saves. Shows the question in full and who answers.

    It stands at the foot of the readiness screen, over the blank end of the question's detail
    and above the screen's key bar: the diagram, the table and what was answered so far stay in
    view while the group agrees, and closing it repaints only the rows it covered."""

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="AnswerDialog")
        + """
    AnswerDialog { align: center bottom; }
    AnswerDialog > Vertical { width: 100%; margin-bottom: 2; }
    AnswerDialog #question { height: auto; max-height: 3; text-style: bold; }
    AnswerDialog #answer-row { height: auto; align-horizontal: left; }
    AnswerDialog OptionList { width: auto; height: auto; border: none; }
    AnswerDialog OptionList:focus { border-top: none; border-right: none; border-bottom: none; }
    AnswerDialog #why { width: 1fr; height: auto; padding-left: 2; }
    AnswerDialog #why > Label { color: $text-muted; }
    /* Textual restyles on focus only below a widget with a rule of its own for :focus-within. */
    AnswerDialog #why:focus-within { height: auto; }
    AnswerDialog #why:focus-within > Label { color: $foreground; text-style: bold reverse; }
    AnswerDialog #problem { height: auto; display: none; }
    AnswerDialog #problem.-shown { display: block; }
    """
    )
    BINDINGS = [
        Binding("ctrl+s", "save", t("Save")),
        *[Binding(str(n), f"choose({n - 1})", show=False) for n in range(1, len(SCALE) + 1)],
    ]

    def __init__(self, question: str, who: str, current: ReadinessAnswer | None = None) -> None:
        super().__init__()
        self.question = question
        self.who = who
        self.current = current

    def compose(self) -> ComposeResult:
        options = [
            Option(Text(f"{number} {MARKS[value]} {answer_label(value)}"), id=value)
            for number, value in enumerate(SCALE, 1)
        ]
        with Vertical() as box:
            box.border_title = Text(t("Answer of: {who}", who=self.who))
            yield Static(self.question, id="question", markup=False)
            with Horizontal(id="answer-row"):
                yield OptionList(*options, id="scale")
                with Vertical(id="why"):
                    yield Label(t("Why (a note)"))
                    yield Input(
                        self.current.note.replace("\n", " ") if self.current else "",
                        placeholder=t("what makes us say so?"),
                        compact=True,
                        id="note",
                    )
                    yield Static("", id="problem", classes="error", markup=False)
                    yield Static(
                        t("1–4 choose · enter next / save · escape cancel"),
                        classes="hint",
                        markup=False,
                    )

    def on_mount(self) -> None:
        scale = self.query_one("#scale", OptionList)
        if self.current is not None:
            scale.highlighted = SCALE.index(self.current.value)
        scale.focus()

    def action_choose(self, index: int) -> None:
        self.query_one("#scale", OptionList).highlighted = index
        self.query_one("#note", Input).focus()

    @on(OptionList.OptionSelected, "#scale")
    def chosen(self) -> None:
        self.query_one("#note", Input).focus()

    @on(Input.Submitted, "#note")
    def action_save(self) -> None:
        index = self.query_one("#scale", OptionList).highlighted
        problem = self.query_one("#problem", Static)
        typed = self.query_one("#note", Input).value
        if self.current is not None and typed == self.current.note.replace("\n", " "):
            typed = self.current.note  # a note from elsewhere may hold line breaks: keep them
        note = clean_text(typed)
        if index is None:
            problem.update(t("Choose an answer first: 1–4."))
        elif len(note) > MAX_NOTE_CHARS:
            problem.update(
                t(
                    "a note holds at most {limit} characters; this one has {count}",
                    limit=MAX_NOTE_CHARS,
                    count=len(note),
                )
            )
        else:
            self.dismiss(AnswerDraft(SCALE[index], note))
            return
        problem.add_class("-shown")
        self.query_one("#scale", OptionList).focus()


class ChoiceDialog(FormDialog[str | None]):
    """Choose one of a few labelled things; enter chooses, escape cancels."""

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="ChoiceDialog")
        + "ChoiceDialog OptionList { height: auto; max-height: 16; border: none; }"
    )

    def __init__(self, title: str, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices  # (id, label)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield OptionList(*[Option(Text(label), id=key) for key, label in self.choices])
            yield Static(t("enter choose · escape cancel"), classes="hint", markup=False)

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
