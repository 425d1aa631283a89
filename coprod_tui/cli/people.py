"""``coprod diary`` (the project diary) and ``coprod profile`` (export or delete a one-page
profile), without the app.

The diary and a profile export only read the home, so they run while the app is open. Deleting a
profile writes, so it takes the home's lock: with the app open it says to close it first.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coprod_tui.i18n import t
from coprod_tui.store.paths import HomePaths

if TYPE_CHECKING:  # the parser is built for every command: the rest is imported when run
    from coprod_tui.meeting.people import ProjectPeople
    from coprod_tui.model import Project
    from coprod_tui.store.db import HomeStore


def add_diary_arguments(diary: argparse.ArgumentParser) -> None:
    diary.add_argument("--project", required=True, metavar="NAME", help="the project's name")
    diary.add_argument(
        "-o", "--output", metavar="OUT", help="- for standard output (default: <home>/exports/)"
    )


def add_profile_arguments(profile: argparse.ArgumentParser) -> None:
    profile_commands = profile.add_subparsers(dest="profile_command", required=True)
    export = profile_commands.add_parser("export", help="the profile as Markdown, for the person")
    delete = profile_commands.add_parser(
        "delete", help="delete the profile completely (also the copies this home exported)"
    )
    for command in (export, delete):
        command.add_argument("--project", required=True, metavar="NAME", help="the project")
        command.add_argument("name", help="whose profile")
    export.add_argument(
        "-o", "--output", metavar="OUT", help="- for standard output (default: <home>/exports/)"
    )


def _say(message: str) -> None:
    print(f"coprod: {message}", file=sys.stderr)


def _project(store: HomeStore, name: str) -> Project | None:
    project = store.project_by_name(name)
    if project is None:
        known = ", ".join(p.name for p in store.projects()) or "—"
        _say(t("no project called {name!r}; known: {known}", name=name, known=known))
    return project


def run(home: Path, args: argparse.Namespace) -> int:
    from coprod_tui.model import ValidationError
    from coprod_tui.store.db import HomeStore

    if not HomePaths(home).index.is_file():
        _say(t("no coprod data in {home}", home=home))
        return 1
    writes = args.command == "profile" and args.profile_command == "delete"
    store = HomeStore(home).open(lock=writes)  # reading: the app may be running
    try:
        project = _project(store, args.project)
        if project is None:
            return 2
        from coprod_tui.meeting import Workspace  # the parser is built for every command

        people = Workspace(store).people(project)
        output = Path(args.output) if getattr(args, "output", None) not in (None, "-") else None
        to_stdout = getattr(args, "output", None) == "-"
        if args.command == "diary":
            if to_stdout:
                sys.stdout.write(people.project_diary_markdown())
            else:
                print(t("Written: {path}", path=people.write_project_diary(output)))
            return 0
        if args.profile_command == "export":
            if to_stdout:
                sys.stdout.write(people.profile_markdown(args.name))
            else:
                print(t("Written: {path}", path=people.export_profile(args.name, output)))
            return 0
        return _delete(people, args.name)
    except ValidationError as error:
        _say(str(error))
        return 2
    finally:
        store.close()


def _delete(people: ProjectPeople, name: str) -> int:
    removed = people.delete_profile(name)
    print(t("The one-page profile of {name} is deleted.", name=name))
    for path in removed:
        print(t("Also deleted: {path}", path=path))
    if people.circle().member(name) is not None:
        print(
            t(
                "{name} is still in the circle of support (the People screen can take them out) "
                "and is named in the minutes of the meetings they took part in.",
                name=name,
            )
        )
    return 0
