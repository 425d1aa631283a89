"""A project's readiness checks, for sharing: Markdown (each check, and the change since the one
before) or CSV (one row per question per check). User text is escaped as in the minutes; a CSV
cell that a spreadsheet would run as a formula starts with an apostrophe (export/actions.py)."""

from __future__ import annotations

import csv
import io

from coprod_tui.export.actions import csv_cell
from coprod_tui.export.markdown import escape_line, readiness_markdown
from coprod_tui.export.readiness import (
    action_text,
    answer_label,
    answer_line,
    change_text,
    principle_label,
)
from coprod_tui.i18n import t
from coprod_tui.model import Project, Session
from coprod_tui.model.readiness import linked_actions, principle_changes, settled, spread

FORMATS = ("md", "csv")


def checks_markdown(sessions: list[Session], project: Project) -> str:
    out = [f"# {t('Readiness checks')} · {escape_line(project.name)}", ""]
    if not sessions:
        out.append(t("No readiness check yet."))
    previous: Session | None = None
    for session in sessions:
        assert session.readiness is not None
        out += [f"## {session.date.isoformat()} · {escape_line(session.title)}", ""]
        if previous is not None and previous.readiness is not None:
            out.append(f"{t('Since {date}', date=previous.date.isoformat())}:")
            out.append("")
            for change in principle_changes(previous.readiness, session.readiness):
                out.append(f"- {escape_line(change_text(change))}")
            out.append("")
        out += readiness_markdown(session.readiness, session.actions, "###")
        previous = session
    return "\n".join(out).rstrip("\n") + "\n"


def csv_headings() -> list[str]:
    return [
        t("date"),
        t("meeting"),
        t("key element"),
        t("question"),
        t("our own question"),
        t("the group's answer"),
        t("the group's note"),
        *(answer_label(value) for value in ("yes", "partly", "not_yet", "dont_know")),
        t("anonymous"),
        t("where we stand"),
        t("each person"),
        t("actions"),
    ]


def checks_csv(sessions: list[Session]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(csv_headings())
    for session in sessions:
        check = session.readiness
        assert check is not None
        for question in check.questions():
            agreed = check.group_answer(question.key)
            individual = check.individual_answers(question.key)
            counts = spread(individual)
            row = [
                session.date.isoformat(),
                session.title,
                principle_label(question.principle),
                question.text,
                t("yes") if question.own else "",
                answer_label(agreed.value) if agreed else "",
                agreed.note if agreed else "",
                *(str(count) for _, count in counts.counts),
                str(counts.anonymous),
                answer_label(settled(check, question.key)),
                "\n".join(answer_line(a) for a in individual),
                "\n".join(action_text(a) for a in linked_actions(session.actions, question.key)),
            ]
            writer.writerow([csv_cell(value) for value in row])
    return out.getvalue()


def export_text(sessions: list[Session], project: Project, fmt: str) -> str:
    return checks_csv(sessions) if fmt == "csv" else checks_markdown(sessions, project)
