"""``coprod room``: the group's view of the running meeting, read-only, for a projector or SSH."""

from __future__ import annotations

import argparse
import traceback
from pathlib import Path

from coprod_tui.i18n import LANGUAGES, set_language


def run(home: Path, args: argparse.Namespace) -> int:
    from coprod_tui.meeting.room import RoomWatch

    watch = RoomWatch(home)
    if not args.lang:
        chosen = watch.language()
        if chosen in LANGUAGES:
            set_language(chosen)
    from coprod_tui.tui.room import RoomApp

    app = RoomApp(watch)
    app.report_crashes()  # a projector shows this screen: never a traceback on it
    try:
        app.run()
        crash = app.crash
    except Exception:  # past even Textual's net; its driver has given the terminal back
        crash = traceback.format_exc()
    if crash is not None:
        from coprod_tui.cli.crash import report_crash

        return report_crash(home, crash)
    return 0
