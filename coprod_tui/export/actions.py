"""A project's action plan as CSV or Markdown text (which actions: meeting/action_plan.py).

CSV is for spreadsheets: a cell that starts with = + - @ gets a leading apostrophe, so that
no spreadsheet runs it as a formula. Markdown is for e-mail and wikis: user text is escaped as
in the minutes (export/markdown.py), so nothing in it changes the table; line breaks become <br>.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from coprod_tui.export.markdown import escape_cell
from coprod_tui.i18n import t
from coprod_tui.model import Action, Project
from coprod_tui.model.action_plan import open_count, overdue_count, plan_order_key
from coprod_tui.model.toolkit import ACTION_STATUSES, key_element

FORMATS = ("csv", "md")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class ExportRow:
    action: Action
    agreed_in: str  # "2026-10-26 Maandoverleg oktober", or "" when the meeting is gone


def headings() -> list[str]:
    return [
        t("key element"),
        t("what will we do"),
        t("who"),
        t("by when"),
        t("how will we know"),
        t("status"),
        t("overdue"),
        t("agreed in"),
        t("review"),
    ]


def fields(row: ExportRow, today: date) -> list[str]:
    action = row.action
    return [
        str(key_element(action.element).label),
        action.what,
        action.who,
        action.by_when.isoformat() if action.by_when else "",
        action.how_known,
        str(ACTION_STATUSES[action.status]),
        t("yes") if action.overdue(today) else "",
        row.agreed_in,
        action.review,
    ]


def csv_cell(text: str) -> str:
    """Text a spreadsheet shows as text (never runs as a formula)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(rows: list[ExportRow], today: date) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headings())
    for row in rows:
        writer.writerow([csv_cell(value) for value in fields(row, today)])
    return out.getvalue()


def to_markdown(rows: list[ExportRow], project: Project, today: date) -> str:
    actions = [row.action for row in rows]
    lines = [
        f"# {t('Action plan')} · {escape_cell(project.name)}",
        "",
        t(
            "Exported {date} · {count} actions · {open} open · {overdue} overdue",
            date=today.isoformat(),
            count=len(rows),
            open=open_count(actions),
            overdue=overdue_count(actions, today),
        ),
        "",
        "| " + " | ".join(headings()) + " |",
        "|" + "---|" * len(headings()),
    ]
    for row in rows:
        lines.append("| " + " | ".join(escape_cell(v) for v in fields(row, today)) + " |")
    return "\n".join(lines) + "\n"


def in_plan_order(rows: list[ExportRow]) -> list[ExportRow]:
    """Key element, then status (open first), then the date it is due."""
    return sorted(rows, key=lambda row: plan_order_key(row.action))


def export_text(rows: list[ExportRow], project: Project, fmt: str, today: date) -> str:
    return to_csv(rows, today) if fmt == "csv" else to_markdown(rows, project, today)
