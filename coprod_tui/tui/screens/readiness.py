"""Readiness check: where does the project stand on the six key principles, and what do we do
about the gaps? The diagram on top, the questions of one principle below, the selected one in
full at the foot."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from coprod_tui.export.readiness import (
    action_text,
    answer_label,
    answer_line,
    answerer,
    arrow,
    change_words,
    principle_label,
    question_change_text,
    score_text,
    spread_marks,
    spread_text,
)
from coprod_tui.i18n import N_, t
from coprod_tui.meeting import Meeting
from coprod_tui.model import ReadinessCheck
from coprod_tui.model.readiness import (
    GROUP,
    Question,
    principle_changes,
    principle_scores,
    settled,
    spread,
)
from coprod_tui.model.toolkit import ACTION_STATUSES, KEY_ELEMENT_KEYS
from coprod_tui.tui.messages import MeetingChanged, MeetingOpened
from coprod_tui.tui.screens.action_dialogs import ActionDraft, ActionForm
from coprod_tui.tui.screens.agenda import AgendaActions as ScreenActions
from coprod_tui.tui.screens.base import REFUSALS, ToolScreen
from coprod_tui.tui.screens.dialogs import Confirm, TextPrompt
from coprod_tui.tui.screens.ladder_dialogs import ParticipantPicker
from coprod_tui.tui.screens.readiness_dialogs import AnswerDialog, AnswerDraft, ChoiceDialog
from coprod_tui.tui.widgets.key_bar import KeyBar
from coprod_tui.tui.widgets.name_bar_table import NameBarTable
from coprod_tui.tui.widgets.readiness_chart import ChartRow, ChartState, ReadinessChart
from coprod_tui.tui.widgets.tool_line import ToolLine

COLUMNS = ("number", "question", "group", "each", "before", "action")
WHOLE_QUESTION = "\x00question"  # a choice id no answer id can be (ids are hex)


@dataclass(frozen=True)
class Widths:
    number: int
    question: int
    group: int
    each: int
    before: int
    action: int


def column_widths(total: int, word: int, with_before: bool) -> Widths:
    """The question column takes what the others leave; "before" only where there is room
    (the detail below always says it)."""
    usable = max(total - 2 - 2 * len(COLUMNS), 40)  # scrollbar, one cell padding either side
    each, action = 11, 9
    before = word if with_before and usable >= 80 else 0
    question = max(usable - 2 - word - each - before - action, 16)
    return Widths(2, question, word, each, before, action)


def cell(text: str, width: int, style: str = "") -> Text:
    line = Text(" ".join(text.split()), style=style, no_wrap=True, overflow="ellipsis", end="")
    line.truncate(width, overflow="ellipsis")
    return line


def heading(question: Question) -> str:
    return question.text + (f" ({t('our own question')})" if question.own else "")


class ReadinessScreen(ToolScreen):
    HELP = N_(
        "The readiness check: the toolkit's questions per key principle, answered honestly by "
        "the group. ←/→ moves between the principles, ↑/↓ between their questions. enter "
        "answers the selected question: yes, partly, not yet or don't know (1–4), then a note "
        "of why. m switches who answers: the group's agreed answer, or each person for "
        "themselves (choose who, or ? for an anonymous answer); the spread of their answers is "
        "shown beside the group's, since disagreement is worth talking about. The diagram shows "
        "each principle as a bar (full = yes, half = partly, empty = not yet) with the "
        "project's previous check beside it and the change in words. a adds the group's own "
        "question to a principle (later checks ask it too), e changes it, d deletes an answer "
        "or an own question. A turns the selected question, a gap, into an action in the "
        "action plan; the next check shows which gaps got an action and whether it was done."
    )
    CSS_PATH = "readiness.tcss"
    COMMANDS = {ScreenActions}  # every key's action in the command palette too
    # The keys the key bar keeps longest (the rest give way first at 80 columns).
    KEY_BAR_MAIN = ("answer", "switch_mode", "to_action")
    BINDINGS = [
        Binding("enter", "answer", t("Answer"), priority=True),
        Binding("m", "switch_mode", t("Group/each")),
        Binding("question_mark", "answer_anonymously", t("Anonymous")),
        Binding("A", "to_action", t("Gap → action")),
        Binding("a", "own_question", t("Own question")),
        Binding("e", "edit", t("Edit")),
        Binding("d", "delete", t("Delete")),
        Binding("left", "principle(-1)", t("Previous principle"), show=False, priority=True),
        Binding("right", "principle(1)", t("Next principle"), show=False, priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.principle = KEY_ELEMENT_KEYS[0]
        self.mode = GROUP  # or "person": each answers for themselves
        self._widths: Widths | None = None
        self._shown: list[Question] = []
        self._select: str | None = None  # a question to select once the table is redrawn

    def compose(self) -> ComposeResult:
        yield ToolLine("readiness")
        yield Static("", classes="title-bar", id="readiness-title", markup=False)
        yield ReadinessChart(id="chart")
        yield Static("", id="principle-line", markup=False)
        yield NameBarTable(id="questions", bar_columns=2, zebra_stripes=False)  # # and question
        with VerticalScroll(id="question-detail"):
            yield Static("", id="detail-text", markup=False)
        yield Static(
            t("enter answer · m group/each · ←/→ principle · A gap → action · a our question"),
            classes="hint",
            id="readiness-hint",
            markup=False,
        )
        yield KeyBar()

    def on_mount(self) -> None:
        self.redraw()
        self.query_one("#questions", DataTable).focus()

    def on_resize(self) -> None:
        self.redraw()

    def on_screen_resume(self) -> None:
        self.redraw()

    def on_meeting_changed(self, message: MeetingChanged) -> None:
        if message.topic in ("readiness", "actions", "meeting") and self.is_mounted:
            self.redraw()

    def on_meeting_opened(self, _: MeetingOpened) -> None:
        if self.is_mounted:
            self.principle = KEY_ELEMENT_KEYS[0]
            self._select = None
            self.redraw()

    # --- showing ---------------------------------------------------------------------------
    def redraw(self) -> None:
        meeting = self.meeting
        check = meeting.readiness_check() if meeting else ReadinessCheck()
        previous = meeting.previous_readiness if meeting else None
        before = previous.check if previous else None
        scores = principle_scores(check)
        befores = principle_scores(before) if before else [None] * len(scores)
        changes = principle_changes(before, check) if before else [None] * len(scores)
        rows = tuple(ChartRow(*row) for row in zip(scores, befores, changes))
        when = previous.date.isoformat() if previous else None
        self.query_one(ReadinessChart).show(ChartState(rows, when, self.principle))
        index = KEY_ELEMENT_KEYS.index(self.principle)
        line = f"{principle_label(self.principle)} — {score_text(scores[index])}"
        change = changes[index]
        if change is not None and (change.before or change.now):
            mark = arrow(change).strip()
            line += " · " + (f"{mark} " if mark else "") + change_words(change)
        self.query_one("#principle-line", Static).update(Text(f"── {line}", style="bold"))
        self.update_title(meeting)
        self.fill_table(meeting, check, before)

    def update_title(self, meeting: Meeting | None) -> None:
        title = self.query_one("#readiness-title", Static)
        if meeting is None:
            title.update(t("Readiness check · no meeting open (h: home)"))
            return
        history = meeting.readiness_history
        parts = [t("Readiness check")]
        if history.previous is not None:
            parts.append(
                t(
                    "check {number} (before: {date})",
                    number=history.earlier_checks + 1,
                    date=history.previous.date.isoformat(),
                )
            )
        else:
            parts.append(t("the first check"))
        parts.append(t("answers: the group") if self.mode == GROUP else t("answers: each person"))
        if meeting.read_only:
            parts.append(t("read-only"))
        parts.append(meeting.project.name)  # last: the first to be cut on a narrow screen
        title.update(" · ".join(parts))

    def fill_table(
        self, meeting: Meeting | None, check: ReadinessCheck, before: ReadinessCheck | None
    ) -> None:
        table = self.query_one("#questions", DataTable)
        word = max(len(answer_label(value)) for value in ("yes", "partly", "not_yet", "dont_know"))
        widths = column_widths(self.size.width, word, before is not None)
        if widths != self._widths:
            self._widths = widths
            table.clear(columns=True)
            labels = (
                "#",
                t("question"),
                t("the group"),
                t("each person"),
                t("before"),
                t("action"),
            )
            for key, label, width in zip(COLUMNS, labels, vars(widths).values()):
                if width:
                    table.add_column(Text(label), width=width, key=key)
        keep = self._select or (self.selected.key if self.selected else None)
        self._select = None
        self._shown = check.questions(self.principle)
        table.clear()
        for number, question in enumerate(self._shown, 1):
            table.add_row(
                *self.row_cells(meeting, check, before, question, number), key=question.key
            )
        keys = [q.key for q in self._shown]
        row = keys.index(keep) if keep in keys else 0
        if keys:
            table.move_cursor(row=row, animate=False)
        self.show_detail()

    def row_cells(
        self,
        meeting: Meeting | None,
        check: ReadinessCheck,
        before: ReadinessCheck | None,
        question: Question,
        number: int,
    ) -> list[Text]:
        assert self._widths is not None
        w = self._widths
        agreed = check.group_answer(question.key)
        each = spread(check.individual_answers(question.key))
        cells = [
            cell(f"{number}" + ("*" if question.own else ""), w.number, "dim"),
            cell(question.text, w.question, "italic" if question.own else ""),
            cell(answer_label(agreed.value) if agreed else "—", w.group, "bold"),
            cell(spread_marks(each) or "—", w.each),
        ]
        if w.before:
            then = settled(before, question.key) if before else None
            cells.append(cell(answer_label(then), w.before, "dim"))
        actions = meeting.readiness_actions(question.key) if meeting else []
        statuses = [a.status for a in actions]
        status = next((s for s in ("open", "done", "dropped") if s in statuses), None)
        cells.append(cell(f"→ {ACTION_STATUSES[status]}" if status else "", w.action))
        return cells

    @property
    def selected(self) -> Question | None:
        table = self.query_one("#questions", DataTable)
        if not self._shown or not 0 <= table.cursor_row < len(self._shown):
            return None
        return self._shown[table.cursor_row]

    @on(DataTable.RowHighlighted, "#questions")
    def show_detail(self) -> None:
        detail = self.query_one("#detail-text", Static)
        meeting, question = self.meeting, self.selected
        if meeting is None or question is None:
            detail.update(t("Open or start a meeting first (h: home).") if meeting is None else "")
            return
        detail.update(self.describe(meeting, question))

    def describe(self, meeting: Meeting, question: Question) -> Text:
        """The selected question in full: every answer and note, the change, its actions."""
        check = meeting.readiness_check()
        body = Text()
        body.append(heading(question) + "\n" * (1 + self._lines_short(question)), style="bold")
        agreed = check.group_answer(question.key)
        if agreed is not None:
            body.append(answer_line(agreed) + "\n")
        individual = check.individual_answers(question.key)
        if individual:
            each = spread(individual)
            line = t("each person: {spread}", spread=spread_text(each))
            if each.disagree:
                line += " · " + t("they differ: worth talking about")
            body.append(line + "\n")
            for answer in individual:
                body.append(f"  {answer_line(answer)}\n", style="" if answer.participant else "dim")
        if agreed is None and not individual:
            hint = (
                t("Not answered yet: enter records the group's answer (m: each person).")
                if self.mode == GROUP
                else t("Not answered yet: enter chooses who answers, ? answers anonymously.")
            )
            body.append(hint + "\n", style="dim")
        previous = meeting.previous_readiness
        if previous is not None:
            then = settled(previous.check, question.key)
            now = settled(check, question.key)
            if then is not None or now is not None:
                body.append(question_change_text(then, now, previous.date.isoformat()) + "\n")
        for action in meeting.readiness_actions(question.key):
            agreed_in = (
                f" · {meeting.earlier_meeting(action.origin_session)}"
                if action.origin_session and action.origin_session != meeting.session.id
                else ""
            )
            body.append(f"→ {t('action: {action}', action=action_text(action))}{agreed_in}\n")
        body.rstrip()
        return body

    def _lines_short(self, question: Question) -> int:
        """How many lines the question takes fewer than the longest of its principle, at the
        detail's width: as blank lines after it, what follows stays on its rows while the
        cursor moves, and the terminal is sent only what changed (about 75 B a keypress)."""
        width = self.query_one("#detail-text", Static).size.width
        if width <= 0:
            return 0
        console = self.app.console
        lines = {q.key: len(Text(heading(q)).wrap(console, width)) for q in self._shown}
        return max(lines.values(), default=0) - lines.get(question.key, 0)

    # --- acting ----------------------------------------------------------------------------

    def action_principle(self, step: int) -> None:
        index = (KEY_ELEMENT_KEYS.index(self.principle) + step) % len(KEY_ELEMENT_KEYS)
        self.principle = KEY_ELEMENT_KEYS[index]
        self.redraw()

    def action_switch_mode(self) -> None:
        self.mode = "person" if self.mode == GROUP else GROUP
        self.redraw()
        self.notify(
            t("Now each person answers for themselves.")
            if self.mode != GROUP
            else t("Now you record the group's agreed answer.")
        )

    def next_question(self, key: str) -> None:
        """After the group's answer: the next question, or the next principle's first."""
        keys = [q.key for q in self._shown]
        if key in keys and keys.index(key) + 1 < len(keys):
            self._select = keys[keys.index(key) + 1]
        elif self.principle != KEY_ELEMENT_KEYS[-1]:
            self.principle = KEY_ELEMENT_KEYS[KEY_ELEMENT_KEYS.index(self.principle) + 1]
        self.redraw()

    async def answer_for(self, meeting: Meeting, question: Question, name: str | None) -> bool:
        """One answer: the group's (``self.mode`` "group") or a person's, named or anonymous."""
        check = meeting.readiness_check()
        group = self.mode == GROUP
        if group:
            current, who = check.group_answer(question.key), t("the group")
        else:
            current = check.answer_of(question.key, name) if name else None
            who = name or t("anonymous")
        draft: AnswerDraft | None = await self.app.push_screen_wait(
            AnswerDialog(question.text, who, current)
        )
        if draft is None:
            return False
        try:
            meeting.answer_question(
                question.key,
                draft.value,
                draft.note,
                source=GROUP if group else "person",
                participant=None if group else name,
            )
        except REFUSALS as error:
            self.refuse(error)
            return False
        return True

    @work(exclusive=True)
    async def action_answer(self) -> None:
        meeting, question = self.writable(), self.selected
        if meeting is None or question is None:
            return
        if self.mode == GROUP:
            if await self.answer_for(meeting, question, None):
                self.next_question(question.key)
            return
        while True:  # each person in turn, until escape
            check = meeting.readiness_check()
            answered = {
                a.participant: answer_label(a.value)
                for a in check.individual_answers(question.key)
                if a.participant
            }
            placer = await self.app.push_screen_wait(
                ParticipantPicker(
                    meeting.session.participant_names(),
                    answered,
                    title=t("Who answers? — {question}", question=question.text),
                    anonymous=t("? anonymous (adds an answer)"),
                    waiting=t("no answer yet"),
                )
            )
            if placer is None or not await self.answer_for(meeting, question, placer.name):
                return

    @work(exclusive=True)
    async def action_answer_anonymously(self) -> None:
        meeting, question = self.writable(), self.selected
        if meeting is None or question is None:
            return
        if self.mode == GROUP:
            self.mode = "person"
            self.redraw()
        await self.answer_for(meeting, question, None)

    @work(exclusive=True)
    async def action_to_action(self) -> None:
        meeting, question = self.writable(), self.selected
        if meeting is None or question is None:
            return
        now = settled(meeting.readiness_check(), question.key)
        context = t(
            "For a gap in the readiness check — {principle}: {question} (now: {answer})",
            principle=principle_label(question.principle),
            question=question.text,
            answer=answer_label(now),
        )
        form = ActionForm(
            meeting.today(),
            meeting.session.participant_names(),
            element=question.principle,
            what=question.text,
            context=context,
        )
        draft: ActionDraft | None = await self.app.push_screen_wait(form)
        if draft is None:
            return
        try:
            meeting.gap_to_action(
                question.key,
                draft.what,
                draft.who,
                draft.by_when,
                draft.how_known,
                element=draft.element,
            )
        except REFUSALS as error:
            self.refuse(error)
            return
        self.notify(
            t(
                "Added to the action plan under {element} (5: the action plan).",
                element=principle_label(draft.element),
            )
        )

    @work(exclusive=True)
    async def action_own_question(self) -> None:
        meeting = self.writable()
        if meeting is None:
            return
        text = await self.app.push_screen_wait(
            TextPrompt(
                t("Our own question for {principle}", principle=principle_label(self.principle)),
                t("The question, as the group asks it (later checks ask it too):"),
            )
        )
        if not text:
            return
        try:
            own = meeting.add_own_question(self.principle, text)
        except REFUSALS as error:
            self.refuse(error)
            return
        self._select = own.id
        self.redraw()

    @work(exclusive=True)
    async def action_edit(self) -> None:
        meeting, question = self.writable(), self.selected
        if meeting is None or question is None:
            return
        if not question.own:
            self.action_answer()
            return
        text = await self.app.push_screen_wait(
            TextPrompt(
                t("Our own question for {principle}", principle=principle_label(self.principle)),
                t("The question, as the group asks it (later checks ask it too):"),
                value=question.text,
            )
        )
        if text:
            try:
                meeting.change_own_question(question.key, text)
            except REFUSALS as error:
                self.refuse(error)

    @work(exclusive=True)
    async def action_delete(self) -> None:
        meeting, question = self.writable(), self.selected
        if meeting is None or question is None:
            return
        answers = meeting.readiness_check().answers_to(question.key)
        choices = [(a.id, answer_line(a).replace("\n", " ")) for a in answers]
        if question.own:
            choices.append((WHOLE_QUESTION, t("the question itself, with its answers")))
        if not choices:
            self.notify(t("This question has no answers to delete."))
            return
        chosen = await self.app.push_screen_wait(ChoiceDialog(t("Delete which?"), choices))
        if chosen is None:
            return
        if chosen == WHOLE_QUESTION:
            confirm = t(
                "Delete our own question “{question}” and its answers?", question=question.text
            )
        else:
            answer = next(a for a in answers if a.id == chosen)
            confirm = t(
                "Delete the answer of {who} ({answer})?",
                who=answerer(answer),
                answer=answer_label(answer.value),
            )
        if not await self.app.push_screen_wait(Confirm(confirm)):
            return
        try:
            if chosen == WHOLE_QUESTION:
                meeting.remove_own_question(question.key)
            else:
                meeting.remove_readiness_answer(chosen)
        except (*REFUSALS, KeyError) as error:
            self.refuse(error)
