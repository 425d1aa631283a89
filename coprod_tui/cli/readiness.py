"""``coprod readiness export``: a project's readiness checks as Markdown or CSV, without the app."""

from __future__ import annotations

import argparse
from pathlib import Path

from coprod_tui.cli.actions import export_project
from coprod_tui.export.readiness_report import export_text
from coprod_tui.meeting.readiness import project_checks
from coprod_tui.model import Project
from coprod_tui.store.db import HomeStore


def run(home: Path, args: argparse.Namespace) -> int:
    def make(store: HomeStore, project: Project) -> tuple[str, list[str]]:
        problems: list[str] = []
        sessions = project_checks(store, project.id, problems)
        return export_text(sessions, project, args.format), problems

    return export_project(home, args, make)
