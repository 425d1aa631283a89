"""Ladder reflection: where is our work on the participation ladder, and is it moving up?"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Static

from coprod_tui.export.ladder import (
    median_text,
    placements_text,
    reflection_answers,
    reflection_title,
    rung_text,
    who,
)
from coprod_tui.i18n import N_, t
from coprod_tui.meeting import Meeting, ReadOnlyMeeting
from coprod_tui.model import LadderPlacement, Reflection, ValidationError
from coprod_tui.model.ladder import median_rung, rung_counts
from coprod_tui.model.toolkit import DOING_FOR, DOING_WITH, LADDER_MODELS, TOOLKIT_LADDER
from coprod_tui.tui.messages import MeetingChanged, MeetingOpened
from coprod_tui.tui.screens.base import ToolScreen
from coprod_tui.tui.screens.dialogs import Confirm
from coprod_tui.tui.screens.ladder_dialogs import (
    ParticipantPicker,
    ReflectionDialog,
    ReflectionView,
    RungPicker,
)
from coprod_tui.tui.widgets.activity_line import ActivityLine
from coprod_tui.tui.widgets.key_bar import KeyBar
from coprod_tui.tui.widgets.ladder_trend import LadderTrend
from coprod_tui.tui.widgets.ladder_view import LadderView
from coprod_tui.tui.widgets.tool_line import ToolLine

T = TypeVar("T")
NARROW = 100  # below this width the trend panel folds away (t shows it)


def model_name(key: str) -> str:
    return t("toolkit ladder (7 rungs)") if key == "toolkit" else t("Vilans model (6 steps)")


def reflection_kind(reflection: Reflection) -> str:
    """Short, for the table: "doing WITH", "doing FOR" or "personal"."""
    if reflection.kind == "personal":
        return t("personal")
    if reflection.example_of in ("with", "for"):
        return str((DOING_WITH if reflection.example_of == "with" else DOING_FOR).label)
    return t("example")


def shown_placements(meeting: Meeting) -> list[LadderPlacement]:
    """The placements the screen may show: not those of a phone round still to be revealed,
    and, while a revealed round is open, its answers so far (they join on close)."""
    hidden = meeting.session.hidden_activities()
    shown = [p for p in meeting.placements() if p.activity not in hidden]
    current = meeting.open_activity
    if (
        current is not None
        and current.kind == "placement"
        and not current.hidden
        and current.ladder_model == meeting.session.ladder_model
    ):
        shown += [
            LadderPlacement(a.rung, a.name, model=current.ladder_model, activity=current.id)
            for a in current.answers
            if a.rung is not None
        ]
    return shown


class LadderScreen(ToolScreen):
    AUTO_FOCUS = "#placements"  # not the trend panel, folded away below 100 columns
    HELP = N_(
        "The participation ladder: where does the group place its work? Each participant places "
        "the project on a rung (enter, then who, then the rung's number; ? places anonymously). "
        "A participant who places again changes their placement. The bars count the placements "
        "per rung and '◀ median' marks the median. a records a reflection: an example of doing "
        "WITH or doing FOR with the toolkit's four questions, or the three personal questions, "
        "as 'I' or 'we'. o opens a placement round on the phones (the phone page, j on the "
        "cards screen): each phone places once, named or anonymously, and may change its "
        "place until o closes the round; the line above the lists counts who has placed, and "
        "the answers stay hidden until r reveals them. When the round closes its placements "
        "join the meeting's. The trend shows the median of each meeting of the project, oldest "
        "first. v switches the project between the toolkit's ladder (7 rungs) and the Vilans "
        "model (6 steps); placements on the other ladder are kept but not mixed."
    )
    CSS_PATH = "ladder.tcss"
    # The keys the key bar keeps longest (the rest give way first at 80 columns).
    KEY_BAR_MAIN = ("place", "place_anonymously", "reflect")
    BINDINGS = [
        Binding("enter", "place", t("Place"), priority=True),
        Binding("question_mark", "place_anonymously", t("Anonymous")),
        Binding("a", "reflect", t("Reflect")),
        Binding("o", "toggle_round", t("Phones: open/close")),
        Binding("r", "reveal_round", t("Reveal")),
        Binding("e", "edit", t("Change")),
        Binding("d", "delete", t("Delete")),
        Binding("v", "switch_model", t("Other ladder")),
        Binding("t", "toggle_trend", t("Trend")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.trend_override: bool | None = None  # None: by the width
        self.last_table = "placements"

    def compose(self) -> ComposeResult:
        yield ToolLine("ladder")
        yield Static("", classes="title-bar", id="ladder-title", markup=False)
        with Horizontal(id="ladder-top"):
            with Vertical(id="ladder-pane"):
                yield Static("", id="ladder-model", markup=False)
                yield LadderView(id="ladder")
                yield Static("", id="ladder-summary", markup=False)
            with VerticalScroll(id="trend"):
                yield LadderTrend(id="trend-chart")
        yield ActivityLine("placement", id="ladder-round")
        with Horizontal(id="ladder-lists"):
            yield DataTable(id="placements", cursor_type="row", zebra_stripes=False)
            yield DataTable(id="reflections", cursor_type="row", zebra_stripes=False)
        yield Static(
            t(
                "enter place · ? anonymous · e change · d delete · a reflect · "
                "o phones · v other ladder · t trend"
            ),
            classes="hint",
            id="ladder-hint",
        )
        yield KeyBar()

    def on_mount(self) -> None:
        placements = self.query_one("#placements", DataTable)
        placements.add_columns(t("who"), t("rung"))
        placements.border_title = t("Placements")
        reflections = self.query_one("#reflections", DataTable)
        reflections.add_columns(t("reflection"), t("who"), t("first answer"))
        reflections.border_title = t("Reflections")
        self.show_all()

    # --- showing ---------------------------------------------------------------------------
    def show_all(self) -> None:
        self.show_ladder()
        self.show_reflections()
        self.show_trend()
        self.fold_trend()

    def show_ladder(self) -> None:
        meeting = self.meeting
        title = self.query_one("#ladder-title", Static)
        if meeting is None:
            title.update(t("Participation ladder · no meeting open (h: home)"))
            self.query_one("#ladder", LadderView).show(TOOLKIT_LADDER, {})
            self.query_one("#ladder-summary", Static).update("")
            self.query_one("#placements", DataTable).clear()
            return
        model = meeting.ladder
        closed = f" · {t('read-only')}" if meeting.read_only else ""
        where = f"{meeting.project.name} · {meeting.session.title}"
        title.update(f"{t('Participation ladder')} · {where}{closed}")
        other = next(key for key in LADDER_MODELS if key != model.key)
        self.query_one("#ladder-model", Static).update(
            t(
                "model: {model} · v: {other}",
                model=model_name(model.key),
                other=model_name(other),
            )
        )
        placements = shown_placements(meeting)
        median = median_rung(placements)
        self.query_one("#ladder", LadderView).show(model, rung_counts(placements), median)
        self.query_one("#ladder-summary", Static).update(self.summary_text(meeting))
        self.fill_placements(placements)
        self.query_one(ActivityLine).refresh_from(meeting)

    def summary_text(self, meeting: Meeting) -> Text:
        placements = shown_placements(meeting)
        if not placements:
            return Text(t("No placements yet: enter to place, ? anonymously."))
        text = Text(placements_text(len(placements)) + " · ")
        median = median_text(meeting.ladder, median_rung(placements))
        text.append(t("median {median}", median=median), style="bold")
        aside = len(meeting.session.placements) - len(meeting.placements())
        if aside:
            text.append(" · " + t("{count} on the other ladder, kept aside", count=aside))
        return text

    def fill_placements(self, placements: list[LadderPlacement]) -> None:
        table = self.query_one("#placements", DataTable)
        keep = table.cursor_row
        table.clear()
        model = self.meeting.ladder if self.meeting else None
        for placement in placements:
            table.add_row(
                Text(who(placement.participant)),
                rung_text(model, placement.rung) if model else str(placement.rung),
                key=placement.id,
            )
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))

    def show_reflections(self) -> None:
        table = self.query_one("#reflections", DataTable)
        keep = table.cursor_row
        table.clear()
        if self.meeting is None:
            return
        for reflection in self.meeting.session.reflections:
            first = next((a for _, a in reflection_answers(reflection) if a), "")
            table.add_row(
                reflection_kind(reflection),
                Text(who(reflection.author)),
                Text(first.split("\n", 1)[0][:80]),
                key=reflection.id,
            )
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))

    def show_trend(self) -> None:
        if self.meeting is None:
            self.query_one(LadderTrend).show([], 0, TOOLKIT_LADDER)
            return
        points, other = self.meeting.ladder_trend()
        self.query_one(LadderTrend).show(points, other, self.meeting.ladder)

    def fold_trend(self) -> None:
        shown = self.size.width >= NARROW if self.trend_override is None else self.trend_override
        trend = self.query_one("#trend")
        trend.display = shown
        if (
            not shown
            and self.focused is not None
            and trend in (self.focused, *self.focused.ancestors)
        ):
            self.query_one("#placements").focus()  # keys go where the facilitator can see

    def on_resize(self, _: events.Resize) -> None:
        self.fold_trend()

    def on_meeting_changed(self, message: MeetingChanged) -> None:
        if not self.is_mounted or message.topic not in ("ladder", "meeting"):
            return
        self.show_ladder()
        self.show_reflections()
        self.show_trend()

    def on_meeting_opened(self, _: MeetingOpened) -> None:
        if self.is_mounted:
            self.show_all()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget.id in ("placements", "reflections"):
            self.last_table = event.widget.id

    # --- acting ----------------------------------------------------------------------------

    def attempt(self, change: Callable[[], T]) -> T | None:
        """Run a change of the meeting; a refusal is shown, never a crash."""
        try:
            return change()
        except ReadOnlyMeeting:
            self.notify(t("This meeting is closed: it can be read, not changed."))
        except (ValidationError, KeyError) as problem:
            self.notify(str(problem), severity="error")
        return None

    @work(exclusive=True)
    async def action_place(self) -> None:
        meeting = self.writable()
        if meeting is None:
            return
        model = meeting.ladder
        placed = {
            p.participant: rung_text(model, p.rung) for p in meeting.placements() if p.participant
        }
        placer = await self.app.push_screen_wait(
            ParticipantPicker(meeting.session.participant_names(), placed)
        )
        if placer is not None:
            await self.place_for(meeting, placer.name)

    @work(exclusive=True)
    async def action_place_anonymously(self) -> None:
        meeting = self.writable()
        if meeting is not None:
            await self.place_for(meeting, None)

    async def place_for(self, meeting: Meeting, name: str | None) -> None:
        current = meeting.placement_of(name) if name else None
        rung = await self.app.push_screen_wait(
            RungPicker(meeting.ladder, name or t("anonymous"), current.rung if current else None)
        )
        if rung is not None:
            self.attempt(lambda: meeting.place(rung, name))

    def selected_id(self, table_id: str) -> str | None:
        table = self.query_one(f"#{table_id}", DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    @work(exclusive=True)
    async def action_edit(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        if self.last_table == "reflections":
            reflection = meeting.reflection(self.selected_id("reflections") or "")
            if reflection is None:
                self.notify(t("No reflection selected: a records one."))
            elif meeting.read_only:
                await self.app.push_screen_wait(ReflectionView(reflection))
            else:
                await self.edit_reflection(meeting, reflection)
            return
        placement_id = self.selected_id("placements")
        placement = next((p for p in meeting.placements() if p.id == placement_id), None)
        if placement is None:
            self.notify(t("No placement selected: enter places the project."))
            return
        if self.writable() is None:
            return
        rung = await self.app.push_screen_wait(
            RungPicker(meeting.ladder, who(placement.participant), placement.rung)
        )
        if rung is not None:
            self.attempt(lambda: meeting.move_placement(placement.id, rung))

    @work(exclusive=True)
    async def action_reflect(self) -> None:
        meeting = self.writable()
        if meeting is not None:
            await self.edit_reflection(meeting, None)

    async def edit_reflection(self, meeting: Meeting, reflection: Reflection | None) -> None:
        names = meeting.session.participant_names()
        answer = await self.app.push_screen_wait(
            ReflectionDialog(meeting.ladder, names, reflection)
        )
        if answer is not None and self.attempt(lambda: meeting.save_reflection(answer)) is not None:
            self.notify(t("Reflection saved."))

    @work(exclusive=True)
    async def action_delete(self) -> None:
        meeting = self.writable()
        if meeting is None:
            return
        if self.last_table == "reflections":
            reflection = meeting.reflection(self.selected_id("reflections") or "")
            if reflection is None:
                self.notify(t("No reflection selected."))
                return
            question = t(
                "Delete the reflection “{title}” by {who}?",
                title=reflection_title(reflection),
                who=who(reflection.author),
            )
            if await self.app.push_screen_wait(Confirm(question)):
                self.attempt(lambda: meeting.remove_reflection(reflection.id))
            return
        placement_id = self.selected_id("placements")
        placement = next((p for p in meeting.placements() if p.id == placement_id), None)
        if placement is None:
            self.notify(t("No placement selected."))
            return
        question = t(
            "Delete the placement of {who} on {rung}?",
            who=who(placement.participant),
            rung=rung_text(meeting.ladder, placement.rung),
        )
        if await self.app.push_screen_wait(Confirm(question)):
            self.attempt(lambda: meeting.remove_placement(placement.id))

    def action_switch_model(self) -> None:
        meeting = self.writable()
        if meeting is None:
            return
        other = next(key for key in LADDER_MODELS if key != meeting.session.ladder_model)
        if self.attempt(lambda: meeting.set_ladder_model(other)):
            self.notify(
                t(
                    "{project} now uses the {model}. Placements on the other ladder are kept.",
                    project=meeting.project.name,
                    model=model_name(other),
                )
            )

    # --- the placement round on the phones ------------------------------------------------------
    def action_toggle_round(self) -> None:
        meeting = self.writable()
        if meeting is None:
            return
        current = meeting.open_activity
        if current is not None and current.kind == "placement":
            if self.attempt(lambda: meeting.close_activity(current.id)) is not None:
                self.notify(t("The placement round is closed; its placements are in the meeting."))
            return
        if self.attempt(meeting.open_placement_round) is not None:
            self.notify(self.round_opened_words())

    def round_opened_words(self) -> str:
        if self.coprod.phone_page_running:
            return t("The placement round is open on the phones.")
        return t(
            "The placement round is open. The phone page is off: "
            "j on the cards screen (2) starts it."
        )

    def action_reveal_round(self) -> None:
        meeting = self.writable()
        if meeting is None:
            return
        activity = meeting.latest_activity("placement")
        if activity is None:
            self.notify(t("No placement round yet: o opens one on the phones."))
            return
        if self.attempt(lambda: meeting.reveal_activity(activity.id)) is not None:
            self.notify(t("The placements are shown, here and on the phones."))

    def action_toggle_trend(self) -> None:
        shown = self.query_one("#trend").display
        self.trend_override = not shown
        self.fold_trend()
