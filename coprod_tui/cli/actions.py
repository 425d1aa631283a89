"""``coprod actions export``: a project's action plan as CSV or Markdown, without the app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from coprod_tui.i18n import t
from coprod_tui.meeting.action_plan import export
from coprod_tui.model import Project
from coprod_tui.store.db import HomePaths, HomeStore
from coprod_tui.store.files import atomic_write

# What a project export makes: its text, and the problems met (meetings that could not be read).
MakeExport = Callable[[HomeStore, Project], tuple[str, list[str]]]


def today() -> date:
    """The day overdue is measured against (a function, so tests can set it)."""
    return date.today()


def run(home: Path, args: argparse.Namespace) -> int:
    return export_project(
        home, args, lambda store, project: export(store, project, args.format, today())
    )


def export_project(home: Path, args: argparse.Namespace, make: MakeExport) -> int:
    """Read the home (the app may be running), find ``args.project``, write what ``make`` makes
    to ``args.output`` or standard output."""
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
        text, problems = make(store, project)
    finally:
        store.close()
    for problem in problems:
        print(f"coprod: {t('skipped a meeting')}: {problem}", file=sys.stderr)
    if args.output:
        atomic_write(Path(args.output), text.encode("utf-8"))  # private, as the home
    else:
        sys.stdout.write(text)
    return 0
