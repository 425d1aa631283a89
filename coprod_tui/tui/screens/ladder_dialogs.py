"""Dialogs of the ladder screen: who places, on which rung, and a reflection's answers."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, OptionList, RadioSet, Select, Static
from textual.widgets.option_list import Option

from coprod_tui.export.ladder import reflection_lines, rung_text
from coprod_tui.i18n import t
from coprod_tui.model import Reflection, ValidationError, clean_text, new_id, valid_name
from coprod_tui.model.ladder import MAX_ANSWER_CHARS
from coprod_tui.model.toolkit import EXAMPLE_QUESTIONS, LADDER_MODELS, LadderModel
from coprod_tui.tui.screens.dialogs import DIALOG_CSS, Choice, FormDialog
from coprod_tui.tui.textual_words import modal_bindings
from coprod_tui.tui.widgets.ladder_view import LadderView

ANONYMOUS = "\x00anonymous"  # an option id no participant name can have (names lose controls)


@dataclass(frozen=True)
class Placer:
    """Who places the project: a participant's name, or None for anonymously."""

    name: str | None


class ParticipantPicker(FormDialog[Placer | None]):
    """Choose who places the project; the first one not placed yet is highlighted."""

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="ParticipantPicker")
        + "ParticipantPicker OptionList { height: auto; max-height: 16; border: none; }"
    )
    BINDINGS = [
        Binding("question_mark", "anonymous", t("Anonymous")),
    ]

    def __init__(
        self,
        names: list[str],
        placed: dict[str, str],
        *,
        title: str | None = None,
        anonymous: str | None = None,
        waiting: str | None = None,
    ) -> None:
        """``placed``: name → what they chose, as text; the other words fit another round
        (the readiness check asks "who answers?")."""
        super().__init__()
        self.names = names
        self.placed = placed
        self.title_text = title or t("Who places the project?")
        self.anonymous_text = anonymous or t("? anonymous (adds a placement)")
        self.waiting_text = waiting or t("not yet")

    def compose(self) -> ComposeResult:
        options = []
        width = max((cell_len(name) for name in self.names), default=0)
        for name in self.names:
            line = Text(name + " " * (width - cell_len(name)))
            line.append("  " + self.placed.get(name, self.waiting_text))
            options.append(Option(line, id=name))
        options.append(Option(self.anonymous_text, id=ANONYMOUS))
        with Vertical():
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield OptionList(*options, id="who")
            yield Static(t("enter choose · ? anonymous · escape cancel"), classes="hint")

    def on_mount(self) -> None:
        waiting = [i for i, name in enumerate(self.names) if name not in self.placed]
        self.query_one("#who", OptionList).highlighted = waiting[0] if waiting else 0

    @on(OptionList.OptionSelected, "#who")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id
        self.dismiss(Placer(None if option_id == ANONYMOUS else option_id))

    def action_anonymous(self) -> None:
        self.dismiss(Placer(None))


class RungPicker(FormDialog[int | None]):
    """Choose a rung: ↑/↓ and enter, or the rung's number. The counts are not shown, so
    each placement is the participant's own view."""

    DEFAULT_CSS = DIALOG_CSS.format(name="RungPicker")
    BINDINGS = [
        # Also when the ladder lost focus (a mouse click): a number picks, never switches screens.
        *[Binding(str(n), f"pick({n})", show=False) for n in range(1, 10)],
    ]

    def __init__(self, model: LadderModel, who: str, current: int | None = None) -> None:
        super().__init__()
        self.model = model
        self.who = who
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                t("Where is our work on the ladder? — {who}", who=self.who),
                classes="dialog-title",
                markup=False,
            )
            yield LadderView(self.model, pickable=True, cursor=self.current, id="rungs")
            yield Static(
                t("1–{top} or ↑/↓ and enter · escape cancel", top=len(self.model.rungs)),
                classes="hint",
            )

    def on_mount(self) -> None:
        self.query_one(LadderView).show(self.model, {})

    def action_pick(self, number: int) -> None:
        self.query_one(LadderView).action_pick(number)

    @on(LadderView.Picked)
    def picked(self, event: LadderView.Picked) -> None:
        self.dismiss(event.rung)


KINDS = ("with", "for", "personal")


class ReflectionDialog(FormDialog[Reflection | None]):
    """Record (or change) a reflection: an example of doing WITH or FOR with the toolkit's four
    questions, or the three personal questions; as "I" or "we"."""

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="ReflectionDialog")
        + """
    ReflectionDialog > Vertical { width: 90; }
    ReflectionDialog VerticalScroll { height: auto; max-height: 1fr; }
    ReflectionDialog RadioSet { layout: horizontal; height: auto; width: 100%; }
    ReflectionDialog RadioSet#kind { layout: vertical; }
    ReflectionDialog RadioSet > Choice.reflection-choice { width: auto; margin-right: 1; }
    ReflectionDialog .question { margin-top: 1; text-style: bold; width: 100%; }
    ReflectionDialog #where { height: auto; }
    ReflectionDialog #rung { width: 42; }
    ReflectionDialog #where Input { width: 1fr; }
    ReflectionDialog .row { height: auto; }
    ReflectionDialog .row Label { width: auto; padding-right: 1; }
    ReflectionDialog .row Input { width: 1fr; }
    """
    )
    BINDINGS = [
        Binding("ctrl+s", "save", t("Save")),
    ]

    def __init__(
        self,
        model: LadderModel,
        names: list[str],
        reflection: Reflection | None = None,
    ) -> None:
        super().__init__()
        self.model = model
        self.names = names
        self.editing = reflection
        self.kind = self._kind_of(reflection) if reflection else "with"
        self.voice = reflection.voice if reflection else "we"

    @staticmethod
    def _kind_of(reflection: Reflection) -> str:
        if reflection.kind == "personal":
            return "personal"
        return reflection.example_of or "with"

    def compose(self) -> ComposeResult:
        old = self.editing
        answers = list(old.answers) if old else []
        answers += [""] * (len(EXAMPLE_QUESTIONS) - len(answers))
        kind_labels = (
            t("example of doing WITH"),
            t("example of doing FOR"),
            t("personal reflection"),
        )
        with Vertical():
            yield Static(
                t("Change the reflection") if old else t("Record a reflection"),
                classes="dialog-title",
            )
            with VerticalScroll():
                yield RadioSet(
                    *[
                        Choice(label, value=key == self.kind, classes="reflection-choice")
                        for key, label in zip(KINDS, kind_labels)
                    ],
                    id="kind",
                    compact=True,
                )
                yield RadioSet(
                    Choice(t("as “we”"), value=self.voice == "we", classes="reflection-choice"),
                    Choice(t("as “I”"), value=self.voice == "I", classes="reflection-choice"),
                    id="voice",
                    compact=True,
                )
                with Horizontal(classes="row"):
                    yield Label(t("who (optional)"))
                    yield Input(
                        old.author or "" if old else "",
                        id="author",
                        compact=True,
                        suggester=SuggestFromList(self.names, case_sensitive=False),
                    )
                for index in range(len(EXAMPLE_QUESTIONS)):
                    yield Label("", id=f"question-{index}", classes="question", markup=False)
                    if index == 1:
                        with Horizontal(id="where"):
                            yield Select(
                                [
                                    (rung_text(self.model, r.number), r.number)
                                    for r in reversed(self.model.rungs)
                                ],
                                prompt=self.rung_prompt(),
                                value=old.rung
                                if old and old.rung is not None and old.model == self.model.key
                                else Select.NULL,
                                id="rung",
                                compact=True,
                            )
                            yield Input(answers[index], id=f"answer-{index}", compact=True)
                    else:
                        yield Input(answers[index], id=f"answer-{index}", compact=True)
            yield Static("", classes="error", id="error", markup=False)
            with Horizontal():
                yield Button(t("Cancel"), id="cancel", compact=True)
                yield Button(t("Save"), id="save", variant="primary", compact=True)

    def on_mount(self) -> None:
        self.show_questions()
        self.query_one("#answer-0", Input).focus()

    def rung_prompt(self) -> str:
        kept = self.kept_rung()
        if kept is None:
            return t("a rung (optional)")
        rung, model = kept
        return t("kept: {rung} (other ladder)", rung=rung_text(LADDER_MODELS[model], rung))

    def kept_rung(self) -> tuple[int, str] | None:
        """The rung of a reflection recorded on the other ladder model: kept unless replaced."""
        old = self.editing
        if old is None or old.rung is None or old.model == self.model.key:
            return None
        return old.rung, old.model

    def draft(self) -> Reflection:
        """The reflection as filled in so far (a ValidationError if something does not fit)."""
        personal = self.kind == "personal"
        count = 3 if personal else 4
        answers = [self.query_one(f"#answer-{i}", Input).value for i in range(count)]
        chosen = self.query_one("#rung", Select).value
        rung: int | None = None
        model = self.model.key
        kept = self.kept_rung()
        if personal:
            pass
        elif isinstance(chosen, int):
            rung = chosen
        elif kept is not None:
            rung, model = kept
        return Reflection(
            kind="personal" if personal else "example",
            voice="I" if personal else self.voice,
            answers=answers,
            rung=rung,
            author=valid_name(self.query_one("#author", Input).value),
            example_of=None if personal else self.kind,
            model=model,
            id=self.editing.id if self.editing else new_id(),
        )

    def show_questions(self) -> None:
        personal = self.kind == "personal"
        shape = Reflection(kind="personal" if personal else "example", voice=self.voice)
        questions = shape.questions()
        for index in range(len(EXAMPLE_QUESTIONS)):
            label = self.query_one(f"#question-{index}", Label)
            shown = index < len(questions)
            label.display = shown
            if shown:
                label.update(f"{index + 1}. {questions[index]}")
        self.query_one("#answer-3", Input).display = not personal
        self.query_one("#rung", Select).display = not personal
        self.query_one("#voice", RadioSet).disabled = personal

    @on(RadioSet.Changed, "#kind")
    def kind_changed(self, event: RadioSet.Changed) -> None:
        self.kind = KINDS[event.index]
        self.show_questions()

    @on(RadioSet.Changed, "#voice")
    def voice_changed(self, event: RadioSet.Changed) -> None:
        self.voice = ("we", "I")[event.index]
        self.show_questions()

    @on(Input.Submitted)
    def next_field(self, event: Input.Submitted) -> None:
        last = "answer-2" if self.kind == "personal" else "answer-3"
        if event.input.id == last:
            self.action_save()
        else:
            self.focus_next()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        error = self.query_one("#error", Static)
        for index in range(3 if self.kind == "personal" else len(EXAMPLE_QUESTIONS)):
            answer = self.query_one(f"#answer-{index}", Input)
            # A huge paste is refused by its raw length, before cleaning it char by char.
            too_long = len(answer.value) > 4 * MAX_ANSWER_CHARS
            if too_long or len(clean_text(answer.value)) > MAX_ANSWER_CHARS:
                error.update(
                    t(
                        "Answer {number} holds at most {limit} characters; shorten it.",
                        number=index + 1,
                        limit=MAX_ANSWER_CHARS,
                    )
                )
                answer.focus()
                return
        try:
            reflection = self.draft()
        except ValidationError as problem:
            error.update(str(problem))
            return
        if reflection.empty:
            error.update(t("Answer at least one question, or press escape."))
            return
        self.dismiss(reflection)


class ReflectionView(ModalScreen[None]):
    """A reflection read back in full (a closed meeting's reflections are read, not changed)."""

    DEFAULT_CSS = (
        DIALOG_CSS.format(name="ReflectionView")
        + "ReflectionView VerticalScroll { height: auto; max-height: 1fr; }"
    )
    BINDINGS = [*modal_bindings(), Binding("escape,enter,q", "close", t("Close"))]

    def __init__(self, reflection: Reflection) -> None:
        super().__init__()
        self.reflection = reflection

    def compose(self) -> ComposeResult:
        with Vertical():
            with VerticalScroll():
                yield Static("\n".join(reflection_lines(self.reflection)), markup=False)
            yield Static(t("escape close"), classes="hint")

    def action_close(self) -> None:
        self.dismiss(None)
