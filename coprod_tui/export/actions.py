"""``coprod actions export``: a project's action plan as CSV or Markdown, without the app.

Which actions: every action of every meeting of the project, each once. A carried action
keeps its id, so the newest meeting that holds an id gives its current version. In practice
that is the project's latest meeting, which holds every still-open action (they carry over),
plus the actions that earlier meetings completed or dropped (those do not carry over). An
older meeting's open copy of an action a later meeting reviewed is replaced by the later one.

CSV is for spreadsheets: a cell that starts with = + - @ gets a leading apostrophe, so that
no spreadsheet runs it as a formula. Markdown is for e-mail and wikis: every character that
would change the table (| \\ ` * _ [ ] < > & #) is escaped and line breaks become <br>.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coprod_tui.i18n import t
from coprod_tui.model import Action, Project, Session
from coprod_tui.model.toolkit import ACTION_STATUSES, KEY_ELEMENT_KEYS, key_element
from coprod_tui.store.db import HomePaths, HomeStore
from coprod_tui.store.files import StoreError, atomic_write

FORMATS = ("csv", "md")
_STATUS_ORDER = tuple(ACTION_STATUSES)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MARKDOWN_SPECIAL = set("\\|`*_[]<>&#")


@dataclass
class ExportRow:
    action: Action
    agreed_in: str  # "2026-10-26 Maandoverleg oktober", or "" when the meeting is gone


def project_actions(
    store: HomeStore, project: Project, problems: list[str] | None = None
) -> list[ExportRow]:
    """The project's actions, each in its newest version, in the action plan's order."""
    summaries = store.summaries(project.id)  # newest first
    names = {row["id"]: f"{row['date']} {row['title']}" for row in summaries}
    newest: dict[str, Action] = {}
    for summary in summaries:
        try:
            session: Session = store.load_meeting(summary["id"])
        except StoreError as error:
            if problems is not None:
                problems.append(str(error))
            continue
        for action in session.actions:
            newest.setdefault(action.id, action)
    rows = [ExportRow(a, names.get(a.origin_session or "", "")) for a in newest.values()]
    rows.sort(
        key=lambda row: (
            KEY_ELEMENT_KEYS.index(row.action.element),
            _STATUS_ORDER.index(row.action.status),
            row.action.by_when or date.max,
        )
    )
    return rows


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


def markdown_cell(text: str) -> str:
    escaped = "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in text.strip())
    return escaped.replace("\r\n", "\n").replace("\n", "<br>") or "—"


def to_markdown(rows: list[ExportRow], project: Project, today: date) -> str:
    open_count = sum(row.action.status == "open" for row in rows)
    overdue = sum(row.action.overdue(today) for row in rows)
    lines = [
        f"# {t('Action plan')} · {markdown_cell(project.name)}",
        "",
        t(
            "Exported {date} · {count} actions · {open} open · {overdue} overdue",
            date=today.isoformat(),
            count=len(rows),
            open=open_count,
            overdue=overdue,
        ),
        "",
        "| " + " | ".join(headings()) + " |",
        "|" + "---|" * len(headings()),
    ]
    for row in rows:
        lines.append("| " + " | ".join(markdown_cell(v) for v in fields(row, today)) + " |")
    return "\n".join(lines) + "\n"


def export(store: HomeStore, project: Project, fmt: str, today: date) -> tuple[str, list[str]]:
    """The export text and the problems met (meetings that could not be read)."""
    problems: list[str] = []
    rows = project_actions(store, project, problems)
    text = to_csv(rows, today) if fmt == "csv" else to_markdown(rows, project, today)
    return text, problems


def today() -> date:
    """The day overdue is measured against (a function, so tests can set it)."""
    return date.today()


def run(home: Path, args: argparse.Namespace) -> int:
    paths = HomePaths(home)
    if not paths.index.is_file():
        print(f"coprod: {t('no coprod data in {home}', home=home)}", file=sys.stderr)
        return 1
    store = HomeStore(home).open(lock=False)  # read-only: the app may be running
    try:
        project = store.project_by_name(args.project)
        if project is None:
            known = ", ".join(p.name for p in store.projects()) or "—"
            print(
                "coprod: "
                + t("no project called {name!r}; known: {known}", name=args.project, known=known),
                file=sys.stderr,
            )
            return 2
        text, problems = export(store, project, args.format, today())
    finally:
        store.close()
    for problem in problems:
        print(f"coprod: {t('skipped a meeting')}: {problem}", file=sys.stderr)
    if args.output:
        atomic_write(Path(args.output), text.encode("utf-8"), mode=0o644)
    else:
        sys.stdout.write(text)
    return 0
