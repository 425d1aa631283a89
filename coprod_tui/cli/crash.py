"""After an app ended on an unexpected error: the report in a file, one line on the terminal."""

from __future__ import annotations

import sys
from pathlib import Path

from coprod_tui.i18n import t
from coprod_tui.store.files import StoreError


def report_crash(home: Path, report: str) -> int:
    """One line on the terminal, naming the report file; nothing of the meeting is shown."""
    from coprod_tui.model import now
    from coprod_tui.store.crash_report import crash_folder, write_crash_report

    try:
        path = write_crash_report(home, report, now())
    except StoreError as error:
        print(
            "coprod: "
            + t(
                "stopped on an unexpected error; its report could not be written in {folder}"
                " ({problem}). Start coprod again to go on.",
                folder=crash_folder(home),
                problem=getattr(error, "reason", "?"),
            ),
            file=sys.stderr,
        )
        return 1
    print(
        "coprod: "
        + t(
            "stopped on an unexpected error. Start coprod again to go on; the report is {file}",
            file=path,
        ),
        file=sys.stderr,
    )
    return 1
