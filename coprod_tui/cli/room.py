"""``coprod room``: the group's view of the running meeting, read-only, for a projector or SSH."""

from __future__ import annotations

import argparse
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

    RoomApp(watch).run()
    return 0
