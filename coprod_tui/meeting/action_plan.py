"""A project's whole action plan across its meetings, for `coprod actions export`.

Which actions: every action of every meeting of the project, each once. A carried action
keeps its id, so the newest meeting that holds an id gives its current version. In practice
that is the project's latest meeting, which holds every still-open action (they carry over),
plus the actions that earlier meetings completed or dropped (those do not carry over). An
older meeting's open copy of an action a later meeting reviewed is replaced by the later one.
"""

from __future__ import annotations

from datetime import date

from coprod_tui.export.actions import ExportRow, export_text, in_plan_order
from coprod_tui.model import Action, Project, Session
from coprod_tui.store.db import HomeStore
from coprod_tui.store.files import StoreError


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
    return in_plan_order(
        [ExportRow(a, names.get(a.origin_session or "", "")) for a in newest.values()]
    )


def export(store: HomeStore, project: Project, fmt: str, today: date) -> tuple[str, list[str]]:
    """The export text and the problems met (meetings that could not be read)."""
    problems: list[str] = []
    rows = project_actions(store, project, problems)
    return export_text(rows, project, fmt, today), problems
