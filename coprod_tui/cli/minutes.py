"""``coprod minutes …`` and ``coprod rebuild``: plain text in the shell, without loading the app.

``list`` and ``search`` read the minutes library alone: from an up-to-date scan cache that needs
neither PyYAML nor the model (store/minutes_library.py), so they skip ~60 ms of imports.
Files the cache does not know (the first list of a thousand meetings) are parsed by child
processes, as the minutes screen's are (``read_in_children``: its lazy import is the twin of
``MinutesArchive.scan``'s, since the CLI does not load the service). ``show`` and ``export``
load the reader and the text or Markdown export when they run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from coprod_tui.i18n import t
from coprod_tui.store.minutes_library import MinutesEntry, MinutesLibrary, kind_label, snippet
from coprod_tui.store.paths import HomePaths

SEARCH_LIMIT = 1000


def run(home: Path, args: argparse.Namespace) -> int:
    library = MinutesLibrary(HomePaths(home))
    command = args.minutes_command
    if command == "list":
        return list_minutes(library)
    if command == "show":
        from coprod_tui.export.text import minutes_text
        from coprod_tui.store.minutes import read_minutes

        sys.stdout.write(minutes_text(read_minutes(library.find(args.which))))
        return 0
    if command == "search":
        return search_minutes(library, " ".join(args.text))
    if command == "export":
        return export_minutes(home, args.which, args.output)
    return 2


def read_in_children(paths: list[Path]) -> Iterator[MinutesEntry]:
    from coprod_tui.store.minutes_reader import read_in_child  # threads and subprocess: cold only

    return read_in_child(paths)


def list_minutes(library: MinutesLibrary) -> int:
    entries = library.entries(reader=read_in_children)
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


def search_minutes(library: MinutesLibrary, text: str) -> int:
    hits = library.search(text, SEARCH_LIMIT + 1, reader=read_in_children)
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


def export_minutes(home: Path, which: str, output: str | None) -> int:
    from coprod_tui.meeting.minutes import MinutesArchive
    from coprod_tui.store.minutes import read_minutes

    archive = MinutesArchive(HomePaths(home))
    source = archive.find(which)
    if output == "-":
        from coprod_tui.export.markdown import minutes_markdown

        sys.stdout.write(minutes_markdown(read_minutes(source)))
        return 0
    out = archive.export_markdown(source, Path(output).expanduser() if output else None)
    print(t("Markdown written to {path}", path=out))
    return 0


def rebuild(home: Path) -> int:
    from coprod_tui.store.rebuild import rebuild_from_minutes, report_text

    sys.stdout.write(report_text(rebuild_from_minutes(home), home))
    return 0
