"""The project diary as Markdown: the one document of a whole project that a group keeps.

Its meetings, the participation ladder's trend, the readiness checks and their change, the
actions done and still open, the circle of
support then and now, and the gratitude diary's pages. User text is escaped as in the minutes
(export/markdown.py), so nothing anyone wrote can become a heading, a link or HTML.
"""

from __future__ import annotations

from coprod_tui.export.markdown import _table, escape_cell, escape_line, escape_text
from coprod_tui.export.readiness import change_text, level_text, principle_label
from coprod_tui.i18n import t
from coprod_tui.model import Action, Session
from coprod_tui.model.circle import RINGS, CircleEntry, entries_in
from coprod_tui.model.diary import DiaryEntry, ProjectDiary
from coprod_tui.model.ladder import format_median
from coprod_tui.model.readiness import principle_changes, principle_score
from coprod_tui.model.toolkit import KEY_ELEMENT_KEYS, LADDER_MODELS, key_element


def project_diary_markdown(diary: ProjectDiary) -> str:
    project = diary.project
    out = [f"# {t('Project diary')}: {escape_line(project.name)}", ""]
    meetings = diary.meetings
    if len(meetings) == 1:
        span = t("1 meeting, on {day}", day=meetings[0].date.isoformat())
    elif meetings:
        span = t(
            "{count} meetings, from {first} to {last}",
            count=len(meetings),
            first=meetings[0].date.isoformat(),
            last=meetings[-1].date.isoformat(),
        )
    else:
        span = t("no meetings yet")
    out += [f"*{span} · {t('written on {day}', day=diary.made_at.date().isoformat())}*", ""]
    out += _meetings(meetings)
    out += _ladder_trend(diary)
    out += _readiness(meetings)
    out += _actions(diary.actions)
    out += _circle(diary)
    out += _gratitude_diary(diary.entries)
    if diary.problems:
        out += [f"## {t('Not included')}", ""]
        out += [f"- {escape_line(problem)}" for problem in diary.problems]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _meetings(meetings: list[Session]) -> list[str]:
    if not meetings:
        return []
    header = [
        t(h) for h in ("Date", "Meeting", "Status", "Participants", "Opportunity cards", "Actions")
    ]
    rows = [
        [
            session.date.isoformat(),
            escape_cell(session.title),
            t(session.status),
            str(len(session.participants)),
            str(len(session.cards)),
            str(len(session.actions)),
        ]
        for session in meetings
    ]
    return [f"## {t('Meetings')}", "", *_table(header, rows, "lllrrr")]


def _ladder_trend(diary: ProjectDiary) -> list[str]:
    model = LADDER_MODELS[diary.project.ladder_model]
    points = [(s, s.ladder_median(model.key)) for s in diary.meetings]
    placed = [(session, median) for session, median in points if median is not None]
    if not placed:
        return []
    rows = [
        [
            session.date.isoformat(),
            escape_cell(session.title),
            format_median(median),
            str(model.rung(round(median)).label),
        ]
        for session, median in placed
    ]
    header = [t("Date"), t("Meeting"), t("median"), t("Rung")]
    out = [f"## {t('The ladder over time')}", "", f"*{model.label}*", ""]
    out += _table(header, rows, "llrl")
    first, last = placed[0][1], placed[-1][1]
    if len(placed) > 1:
        if last > first:
            change = t(
                "up from {first} to {last}", first=format_median(first), last=format_median(last)
            )
        elif last < first:
            change = t(
                "down from {first} to {last}", first=format_median(first), last=format_median(last)
            )
        else:
            change = t("the same at {last}", last=format_median(last))
        out += [f"{t('The median moved')}: {change}.", ""]
    return out


def _readiness(meetings: list[Session]) -> list[str]:
    """Each readiness check's level per key principle, and the change from the first to the
    last check (what the toolkit asks a group to look back on)."""
    checks = [s for s in meetings if s.readiness is not None and s.readiness.answers]
    if not checks:
        return []
    header = [t("Key element"), *(session.date.isoformat() for session in checks)]
    rows = [
        [
            principle_label(key),
            *(level_text(principle_score(s.readiness, key)) for s in checks if s.readiness),
        ]
        for key in KEY_ELEMENT_KEYS
    ]
    out = [f"## {t('Readiness checks')}", "", *_table(header, rows)]
    first, last = checks[0].readiness, checks[-1].readiness
    if len(checks) > 1 and first is not None and last is not None:
        out += [
            t(
                "From the first check ({first}) to the last ({last}):",
                first=checks[0].date.isoformat(),
                last=checks[-1].date.isoformat(),
            ),
            "",
        ]
        out += [f"- {escape_line(change_text(c))}" for c in principle_changes(first, last)]
        out.append("")
    return out


def _action_line(action: Action) -> str:
    parts = [escape_text(action.what, "  ")]
    details = [str(key_element(action.element).label)]
    if action.who:
        details.append(escape_line(action.who))
    if action.by_when:
        details.append(action.by_when.isoformat())
    line = f"- {parts[0]} ({', '.join(details)})"
    if action.review:
        line += f"\\\n  {t('Looking back')}: {escape_text(action.review, '  ')}"
    return line


def _actions(actions: list[Action]) -> list[str]:
    if not actions:
        return []
    out = [f"## {t('Actions')}", ""]
    for status in ("done", "open", "dropped"):
        these = [action for action in actions if action.status == status]
        if not these:
            continue
        heading = {"done": t("Done"), "open": t("Still open"), "dropped": t("Dropped")}[status]
        out += [f"### {heading} ({len(these)})", ""]
        out += [_action_line(action) for action in these]
        out.append("")
    return out


def _names(entries: list[CircleEntry]) -> str:
    return (
        ", ".join(escape_line(f"{e.name} ({e.role})" if e.role else e.name) for e in entries) or "—"
    )


def _circle(diary: ProjectDiary) -> list[str]:
    if not diary.circle_now and not diary.circle_then:
        return []
    rows = [
        [
            f"{ring.number} {ring.label}",
            _names(entries_in(diary.circle_then, ring.key)),
            _names(entries_in(diary.circle_now, ring.key)),
        ]
        for ring in RINGS
    ]
    header = [t("Circle"), t("When they joined"), t("Now")]
    out = [f"## {t('Circle of support: then and now')}", "", *_table(header, rows)]
    if diary.moved_inward:
        names = ", ".join(escape_line(name) for name in diary.moved_inward)
        out += [f"{t('Moved inward since the start')}: {names}.", ""]
    return out


def _gratitude_diary(entries: list[DiaryEntry]) -> list[str]:
    if not entries:
        return []
    out = [f"## {t('Gratitude diary')} ({len(entries)})", ""]
    for entry in entries:
        who = escape_line(entry.author) if entry.author else t("anonymous")
        out += [f"### {who} · {entry.written_at.date().isoformat()}", ""]
        for prompt, answer in entry.answers():
            if answer:
                out += [f"**{prompt}:**\\", escape_text(answer), ""]
    return out
