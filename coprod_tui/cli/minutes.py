"""``coprod minutes …`` and ``coprod rebuild``: plain text in the shell, without loading the app."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coprod_tui.export.text import minutes_text
from coprod_tui.i18n import t
from coprod_tui.meeting.minutes import MinutesArchive, kind_label, snippet
from coprod_tui.store.db import HomePaths
from coprod_tui.store.minutes import read_minutes

SEARCH_LIMIT = 1000


def run(home: Path, args: argparse.Namespace) -> int:
    library = MinutesArchive(HomePaths(home))
    command = args.minutes_command
    if command == "list":
        return list_minutes(library)
    if command == "show":
        sys.stdout.write(minutes_text(read_minutes(library.find(args.which))))
        return 0
    if command == "search":
        return search_minutes(library, " ".join(args.text))
    if command == "export":
        return export_minutes(library, args.which, args.output)
    return 2


def list_minutes(library: MinutesArchive) -> int:
    entries = library.entries()
    if not entries:
        print(t("No minutes yet in {folder}", folder=library.folder))
    for entry in entries:
        if not entry.valid:
            print(f"{entry.name}  ({t('invalid')}: {entry.problem})")
            continue
        print(
            f"{entry.date}  {entry.project}  {entry.title}  "
            f"{t('cards')}: {entry.cards}  {t('actions')}: {entry.actions}  "
            f"{entry.meeting_id[:8]}  {entry.name}"
        )
    return 0


def search_minutes(library: MinutesArchive, text: str) -> int:
    hits = library.search(text, limit=SEARCH_LIMIT + 1)
    for hit in hits[:SEARCH_LIMIT]:
        before, match, after = snippet(hit.text, hit.start, hit.end)
        entry = hit.entry
        print(
            f"{entry.date}  {entry.project}  {entry.title}  "
            f"({kind_label(hit.kind)})  {before}[{match}]{after}  {entry.name}"
        )
    if len(hits) > SEARCH_LIMIT:
        print(t("… more than {count} results; search for more words", count=SEARCH_LIMIT))
    if not hits:
        print(t("No minutes mention {text!r}", text=text), file=sys.stderr)
        return 1
    return 0


def export_minutes(library: MinutesArchive, which: str, output: str | None) -> int:
    source = library.find(which)
    if output == "-":
        from coprod_tui.export.markdown import minutes_markdown

        sys.stdout.write(minutes_markdown(read_minutes(source)))
        return 0
    out = library.export_markdown(source, Path(output).expanduser() if output else None)
    print(t("Markdown written to {path}", path=out))
    return 0


def rebuild(home: Path) -> int:
    from coprod_tui.store.rebuild import rebuild_from_minutes, report_text

    sys.stdout.write(report_text(rebuild_from_minutes(home), home))
    return 0
