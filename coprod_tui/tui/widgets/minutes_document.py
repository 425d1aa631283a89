"""A meeting's minutes, read-only and structured: who and when, the agenda with its actual
times, the cards, the gratitude round and postcards, the ladder, the action plan.

Built from Rich tables and Text, so user text is never read as markup. A search term is marked
wherever it appears, as ``[term]`` in reverse video (a text marker, not colour alone), and the
view scrolls to its first appearance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from coprod_tui.export.activities import activity_entries, activity_summary, activity_title
from coprod_tui.export.ladder import median_text, reflection_answers, reflection_heading
from coprod_tui.export.readiness import readiness_body
from coprod_tui.export.text import agenda_times, clock_time
from coprod_tui.i18n import t
from coprod_tui.meeting.minutes import search_pattern
from coprod_tui.model import Session
from coprod_tui.model.ladder import median_rungs
from coprod_tui.model.minutes import Minutes
from coprod_tui.model.toolkit import ACTION_STATUSES, CARD_STATES, LADDER_MODELS, TOOLS, key_element

MATCH_STYLE = "reverse"


def marked(text: str, pattern: re.Pattern[str] | None, style: str = "") -> Text:
    """``text`` as plain Text, every match of ``pattern`` shown as ``[match]`` in reverse."""
    out = Text()
    position = 0
    if pattern is not None:
        for match in pattern.finditer(text):
            out.append(text[position : match.start()], style=style)
            out.append(f"[{match.group()}]", style=f"{style} {MATCH_STYLE}".strip())
            position = match.end()
    out.append(text[position:], style=style)
    return out


def _table(*columns: tuple[str, dict]) -> Table:
    table = Table(
        box=box.SIMPLE_HEAD, expand=True, show_edge=False, pad_edge=False, header_style="bold"
    )
    for title, options in columns:
        table.add_column(title, **options)
    return table


_SHORT = {"no_wrap": True}
_WIDE = {"ratio": 1, "overflow": "fold"}


class MinutesDocument(VerticalScroll, can_focus=True):
    """Scroll with the arrow keys, page up/down, home and end."""

    DEFAULT_CSS = """
    MinutesDocument { padding: 0 1; }
    MinutesDocument > .minutes-heading { text-style: bold; margin-top: 1; }
    """

    def __init__(
        self,
        minutes: Minutes,
        highlight: str | None = None,
        source: str | None = None,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.minutes = minutes
        self.source = source
        self.highlight = highlight
        self.pattern = search_pattern(highlight or "")
        self.first_match: Static | None = None

    # --- building --------------------------------------------------------------------------
    def mark(self, text: str, style: str = "") -> Text:
        return marked(text, self.pattern, style)

    def compose(self) -> ComposeResult:
        session = self.minutes.session
        yield from self._section(None, self._facts(session), "minutes-facts")
        if self.pattern is not None:
            example = Text(f"[{self.highlight}]", style=MATCH_STYLE)
            yield Static(Text(t("Search: {term} — marked as ", term=self.highlight)) + example)
        builders = (
            (t("Agenda"), self._agenda),
            (f"{t('Opportunity cards')} ({len(session.cards)})", self._cards),
            (t("Gratitude round"), self._gratitude),
            (t("Gratitude postcards"), self._postcards),
            (str(LADDER_MODELS[session.ladder_model].label), self._ladder),
            (t("Reflections"), self._reflections),
            (t("Readiness check"), self._readiness),
            (t("Action plan"), self._actions),
            (t("On the phones"), self._activities),
            (t("Notes"), self._notes),
        )
        for title, build in builders:
            body = build(session)
            if body is not None:
                yield from self._section(title, body, None)

    def _section(
        self, title: str | None, body: RenderableType, widget_id: str | None
    ) -> Iterable[Static]:
        heading = None
        if title is not None:
            heading = Static(Text(f"── {title}"), classes="minutes-heading")
            yield heading
        section = Static(body, id=widget_id, classes="minutes-section")
        if self.first_match is None and self.pattern is not None and _has_match(body):
            self.first_match = heading or section
        yield section

    def _facts(self, session: Session) -> RenderableType:
        lines = [
            self.mark(session.title, "bold") + Text(" · ") + self.mark(self.minutes.project.name),
            Text(
                f"{t('Date')}: {session.date.isoformat()}   {t('Status')}: {t(session.status)}"
                + (
                    f"   {t('Started')} {clock_time(session.started_at)}"
                    f" · {t('Closed')} {clock_time(session.closed_at)}"
                    if session.started_at
                    else ""
                )
            ),
        ]
        if session.participants:
            people = Text(f"{t('Participants')}: ")
            for number, person in enumerate(session.participants):
                if number:
                    people.append(" · ")
                people.append_text(self.mark(person.name))
                if person.role:
                    people.append_text(Text(" (") + self.mark(person.role) + Text(")"))
            lines.append(people)
        if session.receiver:
            lines.append(Text(f"{t('Card receiver')}: ") + self.mark(session.receiver))
        if self.source:
            lines.append(Text(f"{t('File')}: {self.source}"))
        return Group(*lines)

    def _agenda(self, session: Session) -> RenderableType | None:
        if not session.agenda:
            return None
        at = session.closed_at or session.started_at
        table = _table(
            ("#", _SHORT),
            (t("item"), _WIDE),
            (t("planned"), {"justify": "right", **_SHORT}),
            (t("used"), {"justify": "right", **_SHORT}),
            (t("time"), _SHORT),
        )
        notes: list[Text] = []
        for number, item in enumerate(session.agenda, 1):
            used, times = agenda_times(item, at)
            state = "✓" if item.done else ("▶" if item.running else "")
            what = self.mark(item.title)
            extra = [str(TOOLS[item.tool])] if item.tool != "none" else []
            if item.owner:
                extra.append(f"{t('owner')}: {item.owner}")
            if extra:
                what.append(Text(f"\n({' · '.join(extra)})", style="italic"))
            planned = t("{minutes} min", minutes=item.planned_minutes)
            table.add_row(f"{state}{number}", what, planned, used, times)
            for label, text in ((t("Notes"), item.notes), (t("Decisions"), item.decisions)):
                if text:
                    notes.append(Text(f"{number}. {label}: ", style="bold") + self.mark(text))
        return Group(table, *notes)

    def _cards(self, session: Session) -> RenderableType | None:
        if not session.cards:
            return None
        table = _table(
            (t("state"), _SHORT), (t("time"), _SHORT), (t("from"), _SHORT), (t("card"), _WIDE)
        )
        for card in session.cards:
            table.add_row(
                str(CARD_STATES[card.state]),
                clock_time(card.received_at),
                self.mark(card.author) if card.author else Text(t("anonymous"), style="italic"),
                self.mark(card.text),
            )
        return table

    def _gratitude(self, session: Session) -> RenderableType | None:
        if not session.gratitude:
            return None
        lines = []
        for share in session.gratitude:
            lines.append(self.mark(share.participant, "bold") + Text(f"  {share.time_text()}"))
            lines += [Text("  · ") + self.mark(thing) for thing in share.things]
        return Group(*lines)

    def _postcards(self, session: Session) -> RenderableType | None:
        if not session.postcards:
            return None
        return Group(
            *(
                self.mark(card.participant, "bold") + Text(": ") + self.mark(card.text)
                for card in session.postcards
            )
        )

    def _ladder(self, session: Session) -> RenderableType | None:
        model = LADDER_MODELS[session.ladder_model]
        placements = [p for p in session.placements if p.model == model.key]
        if not placements:
            return None
        median = session.ladder_median()
        on_median = median_rungs(median)
        table = _table(
            (t("rung"), _SHORT), (t("group"), _SHORT), (t("placed"), _SHORT), (t("who"), _WIDE)
        )
        for rung in reversed(model.rungs):
            here = [p for p in placements if p.rung == rung.number]
            who = Text()
            for number, placement in enumerate(here):
                if number:
                    who.append(", ")
                who.append_text(self.mark(placement.participant or t("anonymous")))
            at_median = rung.number in on_median
            table.add_row(
                f"{rung.number} {rung.label}" + (f"  ◀ {t('median')}" if at_median else ""),
                str(rung.group.label) if rung.group else "",
                ("█" * len(here) + f" {len(here)}") if here else "",
                who,
            )
        if median is None:
            return table
        return Group(table, Text(f"{t('median')}: {median_text(model, median)}"))

    def _reflections(self, session: Session) -> RenderableType | None:
        """Each reflection as recorded: its kind, voice and author, every question and answer."""
        lines: list[Text] = []
        for reflection in session.reflections:
            if lines:
                lines.append(Text())
            lines.append(self.mark(reflection_heading(reflection), "bold"))
            for question, answer in reflection_answers(reflection):
                lines.append(Text(f"  {question}", style="italic"))
                lines.append(Text("    ") + (self.mark(answer) if answer else Text("—")))
        return Group(*lines) if lines else None

    def _activities(self, session: Session) -> RenderableType | None:
        """What the phones answered: each activity's facts, then its results."""
        lines: list[Text] = []
        for activity in session.activities:
            if lines:
                lines.append(Text())
            facts = " · ".join(activity_summary(activity))
            lines.append(Text(f"{activity_title(activity)} · {facts}", style="bold"))
            for label, text in activity_entries(session, activity):
                lines.append(
                    Text(f"  {label}") + (Text(" — ") + self.mark(text) if text else Text())
                )
        return Group(*lines) if lines else None

    def _readiness(self, session: Session) -> RenderableType | None:
        lines = readiness_body(session)
        return Group(*(self.mark(line) for line in lines)) if lines else None

    def _actions(self, session: Session) -> RenderableType | None:
        if not session.actions:
            return None
        table = _table(
            (t("key element"), _SHORT),
            (t("what will we do"), _WIDE),
            (t("who"), {"overflow": "fold"}),
            (t("by when"), _SHORT),
            (t("how we will know"), _WIDE),
            (t("status"), _SHORT),
        )
        for action in session.actions:
            status = str(ACTION_STATUSES[action.status])
            if action.carried_from:
                status += f" ({t('carried over')})"
            table.add_row(
                str(key_element(action.element).label),
                self.mark(action.what)
                + (Text(f"\n{t('review')}: ") + self.mark(action.review) if action.review else ""),
                self.mark(action.who),
                action.by_when.isoformat() if action.by_when else "—",
                self.mark(action.how_known),
                status,
            )
        return table

    def _notes(self, session: Session) -> RenderableType | None:
        return self.mark(session.notes) if session.notes else None

    # --- after mounting ----------------------------------------------------------------------
    def on_mount(self) -> None:
        if self.first_match is not None:
            self.call_after_refresh(self.scroll_to_widget, self.first_match, top=True)


def _has_match(renderable: object) -> bool:
    """Whether a built section holds a marked match (its Text pieces carry MATCH_STYLE)."""
    if isinstance(renderable, Text):
        return any(MATCH_STYLE in str(span.style).split() for span in renderable.spans)
    if isinstance(renderable, Group):
        return any(_has_match(item) for item in renderable.renderables)
    if isinstance(renderable, Table):
        return any(_has_match(cell) for column in renderable.columns for cell in column.cells)
    return False
