"""Minutes as plain text for the terminal (``coprod minutes show``) and the read-only view."""

from __future__ import annotations

from datetime import datetime

from coprod_tui.export.activities import activities_text_lines
from coprod_tui.export.circle import circle_text_lines
from coprod_tui.export.ladder import ladder_minutes_lines
from coprod_tui.export.readiness import readiness_lines
from coprod_tui.i18n import t
from coprod_tui.model import AgendaItem
from coprod_tui.model.minutes import Minutes
from coprod_tui.model.toolkit import ACTION_STATUSES, CARD_STATES, TOOLS, key_element


def clock_time(moment: datetime | None) -> str:
    return moment.strftime("%H:%M") if moment else "—"


def agenda_times(item: AgendaItem, at: datetime | None) -> tuple[str, str]:
    """An item's actual time: ("12 min (+2)", "14:00–14:12"), or dashes if it never ran."""
    if not item.spans or at is None:
        return "—", "—"
    over = round(item.overrun_seconds(at) / 60)
    used = t("{minutes} min", minutes=f"{item.used_seconds(at) / 60:.0f}")
    used += f" (+{over})" if over > 0 else ""
    end = clock_time(item.spans[-1].end) if item.spans[-1].end else "…"
    return used, f"{clock_time(item.spans[0].start)}–{end}"


def minutes_text(minutes: Minutes) -> str:
    session, project = minutes.session, minutes.project
    at = session.closed_at or session.started_at
    lines = [
        f"{session.title} · {project.name}",
        f"{t('Date')}: {session.date.isoformat()}   {t('Status')}: {t(session.status)}",
    ]
    if session.participants:
        names = ", ".join(
            f"{p.name} ({p.role})" if p.role else p.name for p in session.participants
        )
        lines.append(f"{t('Participants')}: {names}")
    if session.receiver:
        lines.append(f"{t('Card receiver')}: {session.receiver}")
    lines += ["", t("Agenda")]
    for number, item in enumerate(session.agenda, 1):
        used, times = agenda_times(item, at)
        tool = f" [{TOOLS[item.tool]}]" if item.tool != "none" else ""
        lines.append(
            f"  {number}. {item.title}{tool} — {t('planned')} {item.planned_minutes} min, "
            f"{t('used')} {used}" + (f", {times}" if item.started else "")
        )
        for label, text in ((t("Notes"), item.notes), (t("Decisions"), item.decisions)):
            if text:
                lines.append(f"     {label}: " + text.replace("\n", "\n       "))
    if session.cards:
        lines += ["", f"{t('Opportunity cards')} ({len(session.cards)})"]
        for card in session.cards:
            author = card.author or t("anonymous")
            lines.append(f"  - [{CARD_STATES[card.state]}] {card.text}  — {author}")
    if session.gratitude:
        lines += ["", t("Gratitude round")]
        for share in session.gratitude:
            lines.append(f"  - {share.participant}: {share.time_text()}")
            lines += [f"      · {thing}" for thing in share.things]
    if session.postcards:
        lines += ["", t("Gratitude postcards")]
        for postcard in session.postcards:
            lines.append(f"  - {postcard.participant}: {postcard.text}")
    lines += ladder_minutes_lines(session)
    lines += readiness_lines(session)
    lines += activities_text_lines(session)
    if session.actions:
        lines += ["", t("Action plan")]
        for action in session.actions:
            when = action.by_when.isoformat() if action.by_when else "—"
            lines.append(
                f"  - [{ACTION_STATUSES[action.status]}] {key_element(action.element).label}: "
                f"{action.what} — {action.who or '?'}, {when}"
            )
            if action.how_known:
                lines.append(f"      {t('how we will know')}: {action.how_known}")
            lines += [f"      {line}" for line in action.review.splitlines()]
    lines += circle_text_lines(session.circle)
    return "\n".join(lines) + "\n"
