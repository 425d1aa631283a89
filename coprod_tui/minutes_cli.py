"""``coprod minutes …``: plain text in the shell, without loading the app."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coprod_tui.i18n import t
from coprod_tui.report import minutes_text
from coprod_tui.store.db import HomePaths
from coprod_tui.store.files import StoreError
from coprod_tui.store.minutes import Minutes, read_minutes


def scan(folder: Path) -> list[tuple[Path, Minutes | None, str | None]]:
    """Every minutes file in ``folder``: (path, minutes or None, problem or None), newest first."""
    found = []
    for path in sorted(folder.glob("*.yaml"), reverse=True) if folder.is_dir() else []:
        try:
            found.append((path, read_minutes(path), None))
        except StoreError as error:
            found.append((path, None, str(error)))
    return found


def find(folder: Path, which: str) -> Path:
    candidate = Path(which)
    if candidate.is_file():
        return candidate
    if (folder / which).is_file():
        return folder / which
    matches = [p for p, m, _ in scan(folder) if m is not None and m.session.id.startswith(which)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise StoreError(t("no minutes file or meeting id matches {which!r}", which=which))
    raise StoreError(t("{which!r} matches more than one meeting; give more of the id", which=which))


def run(home: Path, args: argparse.Namespace) -> int:
    folder = HomePaths(home).minutes
    if args.minutes_command == "list":
        rows = scan(folder)
        if not rows:
            print(t("No minutes yet in {folder}", folder=folder))
        for path, minutes, problem in rows:
            if minutes is None:
                print(f"{path.name}  ({t('invalid')}: {problem})")
                continue
            s = minutes.session
            print(
                f"{s.date.isoformat()}  {minutes.project.name}  {s.title}  "
                f"{t('cards')}: {len(s.cards)}  {t('actions')}: {len(s.actions)}  "
                f"{s.id[:8]}  {path.name}"
            )
        return 0
    if args.minutes_command == "show":
        sys.stdout.write(minutes_text(read_minutes(find(folder, args.which))))
        return 0
    return 2
