"""Minutes as Markdown, for sharing: every piece of user text is escaped, so a card can never
become a heading, a link, an image, a table row or HTML in whatever renders the file.

Escaping (CommonMark + GitHub's extensions): ``& < >`` become entities (no HTML, no autolinks);
the punctuation that starts inline structure is backslash-escaped wherever it appears; what
would start a block (``-``, ``+``, ``=``, ``1.``) is escaped at the start of a line; leading
spaces are dropped (no code blocks), empty lines too (a list item can't be ended); ``:smile:``
shortcodes lose their first colon's meaning.
"""

from __future__ import annotations

import re

from coprod_tui.export.activities import activity_entries, activity_summary, activity_title
from coprod_tui.export.circle import person
from coprod_tui.export.ladder import median_text, reflection_answers, reflection_heading
from coprod_tui.export.readiness import (
    MARKS,
    answer_label,
    answered_text,
    answerer,
    legend,
    level_text,
    principle_label,
    spread_text,
)
from coprod_tui.export.text import agenda_times, clock_time
from coprod_tui.i18n import N_, t
from coprod_tui.model import Action, ReadinessAnswer, ReadinessCheck, Reflection, Session
from coprod_tui.model.circle import RINGS, CircleEntry, entries_in
from coprod_tui.model.ladder import median_rungs
from coprod_tui.model.minutes import Minutes
from coprod_tui.model.readiness import linked_actions, principle_scores, settled, spread
from coprod_tui.model.toolkit import ACTION_STATUSES, CARD_STATES, LADDER_MODELS, TOOLS, key_element

_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;"} | {char: "\\" + char for char in "\\`*_[]!|~$#{}"}
)
_SHORTCODE = re.compile(r":(?=[A-Za-z0-9_+-]+:)")
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])")


def escape_line(text: str) -> str:
    """One line of user text as literal Markdown inline text (line breaks become spaces)."""
    text = " ".join(text.split())
    escaped = _SHORTCODE.sub(r"\\:", text.translate(_ESCAPES))
    if escaped[:1] in ("-", "+", "="):
        return "\\" + escaped
    return _ORDERED_START.sub(r"\1\\\2", escaped)


def escape_text(text: str, indent: str = "") -> str:
    """Multi-line user text: its lines kept apart by hard line breaks, continuing at ``indent``."""
    lines = [escape_line(line) for line in text.splitlines() if line.strip()]
    return f"\\\n{indent}".join(lines)


def escape_cell(text: str) -> str:
    """User text in a table cell (one line in Markdown; its own lines kept with <br>)."""
    lines = [escape_line(line) for line in text.splitlines() if line.strip()]
    return "<br>".join(lines) or "—"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: list[str], rows: list[list[str]], align: str = "") -> list[str]:
    marks = [":---" if (align[i : i + 1] or "l") == "l" else "---:" for i in range(len(header))]
    return [_row(header), _row(marks), *(_row(r) for r in rows), ""]


def minutes_markdown(minutes: Minutes) -> str:
    session, project = minutes.session, minutes.project
    out = [f"# {escape_line(session.title)}", ""]
    facts = [
        f"**{t('Project')}:** {escape_line(project.name)}",
        f"**{t('Date')}:** {session.date.isoformat()} · **{t('Status')}:** {t(session.status)}",
    ]
    if session.started_at:
        facts.append(
            f"**{t('Started')}:** {clock_time(session.started_at)} · "
            f"**{t('Closed')}:** {clock_time(session.closed_at)}"
        )
    if session.participants:
        names = ", ".join(
            escape_line(f"{p.name} ({p.role})" if p.role else p.name) for p in session.participants
        )
        facts.append(f"**{t('Participants')}:** {names}")
    if session.receiver:
        facts.append(f"**{t('Card receiver')}:** {escape_line(session.receiver)}")
    out += ["\\\n".join(facts), ""]
    out += _agenda(session)
    out += _cards(session)
    out += _gratitude(session)
    out += _ladder(session)
    if session.readiness is not None:
        out += readiness_markdown(session.readiness, session.actions, "##")
    out += _actions(session)
    out += _activities(session)
    out += circle_markdown(session.circle)
    if session.notes:
        out += [f"## {t('Notes')}", "", escape_text(session.notes), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def circle_markdown(entries: list[CircleEntry]) -> list[str]:
    """The circle of support as it stood, one line per circle."""
    if not entries:
        return []
    out = [f"## {t('Circle of support')}", ""]
    for ring in RINGS:
        names = ", ".join(escape_line(person(e)) for e in entries_in(entries, ring.key))
        out.append(f"- **{ring.number} {ring.label}:** {names or '—'}")
    return [*out, ""]


def _agenda(session: Session) -> list[str]:
    if not session.agenda:
        return []
    at = session.closed_at or session.started_at
    rows = []
    for number, item in enumerate(session.agenda, 1):
        used, times = agenda_times(item, at)
        tool = str(TOOLS[item.tool]) if item.tool != "none" else ""
        rows.append(
            [
                str(number),
                escape_cell(item.title),
                tool,
                escape_cell(item.owner or ""),
                t("{minutes} min", minutes=item.planned_minutes),
                used,
                times,
            ]
        )
    header = [
        "#",
        *(t(h) for h in ("Item", "Tool", N_("Owner"), N_("Planned"), N_("Used"), N_("Time"))),
    ]
    out = [f"## {t('Agenda')}", "", *_table(header, rows, "rllllrrl")]
    for number, item in enumerate(session.agenda, 1):
        parts = [(t("Notes"), item.notes), (t("Decisions"), item.decisions)]
        if any(text for _, text in parts):
            out += [f"### {number}. {escape_line(item.title)}", ""]
            for label, text in parts:
                if text:
                    out += [f"**{label}:**\\", escape_text(text), ""]
    return out


def _cards(session: Session) -> list[str]:
    if not session.cards:
        return []
    out = [f"## {t('Opportunity cards')} ({len(session.cards)})", ""]
    for card in session.cards:
        author = escape_line(card.author) if card.author else f"*{t('anonymous')}*"
        out.append(f"- \\[{CARD_STATES[card.state]}\\] {escape_text(card.text, '  ')} — {author}")
    return [*out, ""]


def _gratitude(session: Session) -> list[str]:
    out = []
    if session.gratitude:
        out += [f"## {t('Gratitude round')}", ""]
        for share in session.gratitude:
            out.append(f"- **{escape_line(share.participant)}** ({share.time_text()})")
            out += [f"  - {escape_text(thing, '    ')}" for thing in share.things]
        out.append("")
    if session.postcards:
        out += [f"## {t('Gratitude postcards')}", ""]
        for card in session.postcards:
            out.append(f"- **{escape_line(card.participant)}:** {escape_text(card.text, '  ')}")
        out.append("")
    return out


def _ladder(session: Session) -> list[str]:
    out = []
    model = LADDER_MODELS[session.ladder_model]
    placements = [p for p in session.placements if p.model == model.key]
    if placements:
        median = session.ladder_median()
        on_median = median_rungs(median)
        out += [f"## {model.label}", ""]
        rows = []
        for rung in reversed(model.rungs):
            here = [p for p in placements if p.rung == rung.number]
            names = ", ".join(escape_line(p.participant or t("anonymous")) for p in here)
            marker = f" ◀ {t('median')}" if rung.number in on_median else ""
            group = str(rung.group.label) if rung.group else ""
            rows.append([f"{rung.number} {rung.label}{marker}", group, str(len(here) or ""), names])
        header = [t("Rung"), t("Group"), t("Placed"), t("Who")]
        out += _table(header, rows, "llrl")
        if median is not None:
            out += [f"{t('median')}: {median_text(model, median)}", ""]
    if session.reflections:
        out += [f"## {t('Reflections')}", ""]
        for reflection in session.reflections:
            out += _reflection(reflection)
    return out


def _activities(session: Session) -> list[str]:
    """What came from the phones: each activity, when, how many, and its results."""
    if not session.activities:
        return []
    out = [f"## {t('On the phones')}", ""]
    for activity in session.activities:
        out += [f"### {activity_title(activity)}", "", *activity_summary(activity), ""]
        entries = activity_entries(session, activity)
        for label, text in entries:
            line = f"- **{escape_line(label)}**"
            out.append(line + (f" — {escape_text(text, '  ')}" if text else ""))
        if entries:
            out.append("")
    return out


def _reflection(reflection: Reflection) -> list[str]:
    """A reflection as in the app: what kind, as I or we, by whom; each question and answer."""
    out = [f"### {escape_line(reflection_heading(reflection))}", ""]
    for question, answer in reflection_answers(reflection):
        text = escape_text(answer, "  ") if answer.strip() else "—"
        out.append(f"- **{escape_line(question)}**\\\n  {text}")
    return [*out, ""]


def _actions(session: Session) -> list[str]:
    if not session.actions:
        return []
    rows = [
        [
            str(key_element(action.element).label),
            escape_cell(action.what),
            escape_cell(action.who),
            action.by_when.isoformat() if action.by_when else "—",
            escape_cell(action.how_known),
            str(ACTION_STATUSES[action.status])
            + (f" ({t('carried over')})" if action.carried_from else ""),
        ]
        for action in session.actions
    ]
    header = [
        t(h)
        for h in (
            "Key element",
            "What will we do",
            "Who will do it",
            "By when",
            N_("How will we know it has worked"),
            "Status",
        )
    ]
    out = [f"## {t('Action plan')}", "", *_table(header, rows)]
    reviews = [(a, a.review) for a in session.actions if a.review]
    for action, review in reviews:
        what = escape_line(action.what)
        out.append(f"- {t('Review of')} “{what}”: {escape_text(review, '  ')}")
    return out + ([""] if reviews else [])


def readiness_markdown(check: ReadinessCheck, actions: list[Action], heading: str) -> list[str]:
    """A readiness check: a table of the principles, then each question with its answers."""
    rows = [
        [principle_label(score.principle), level_text(score), answered_text(score)]
        for score in principle_scores(check)
    ]
    header = [t("Key element"), t("Where we stand"), t("Answered")]
    out = [f"{heading} {t('Readiness check')}", "", *_table(header, rows), legend(), ""]
    for score in principle_scores(check):
        out += [f"{heading}# {principle_label(score.principle)}", ""]
        for question in check.questions(score.principle):
            mark = MARKS.get(settled(check, question.key) or "", "·")
            own = f" *({t('our own question')})*" if question.own else ""
            out.append(f"- {mark} **{escape_line(question.text)}**{own}")
            agreed = check.group_answer(question.key)
            if agreed is not None:
                out.append(f"  - {_answer_md(agreed)}")
            individual = check.individual_answers(question.key)
            if individual:
                each = spread_text(spread(individual))
                out.append(f"  - {t('each person: {spread}', spread=escape_line(each))}")
                out += [f"    - {_answer_md(answer, '      ')}" for answer in individual]
            for action in linked_actions(actions, question.key):
                status = ACTION_STATUSES[action.status]
                out.append(f"  - → {t('action')}: {escape_line(action.what)} ({status})")
        out.append("")
    return out


def _answer_md(answer: ReadinessAnswer, indent: str = "    ") -> str:
    who = escape_line(answerer(answer))
    line = f"{who}: **{answer_label(answer.value)}**"
    return f"{line} — {escape_text(answer.note, indent)}" if answer.note else line
