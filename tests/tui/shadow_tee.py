"""Runs coprod (``python shadow_tee.py RECORD <coprod arguments>``) with every write that reaches
ShadowScreen, and every new size it is given, also put in RECORD (JSON lines): what the terminal
would have been sent without the shadow, to replay next to what it was sent."""

from __future__ import annotations

import json
import sys

from coprod_tui.tui.terminal_erase import Erase
from coprod_tui.tui.terminal_line_feed import LineFeed
from coprod_tui.tui.terminal_shadow import ShadowScreen

record = open(sys.argv.pop(1), "w", buffering=1)  # noqa: SIM115 (open while the app runs)
rewrite, resize, start = ShadowScreen.__call__, ShadowScreen.resize, ShadowScreen.__init__


def recorded_start(
    self: ShadowScreen,
    columns: int,
    rows: int,
    erase: Erase = Erase.NEVER,
    line_feed: LineFeed = LineFeed.NOT_KNOWN,
) -> None:
    entry = {"size": [columns, rows], "erase": erase.value, "line feed": line_feed.value}
    record.write(json.dumps(entry) + "\n")
    start(self, columns, rows, erase, line_feed)


def recorded_rewrite(self: ShadowScreen, data: str) -> str:
    record.write(json.dumps({"write": data}) + "\n")
    return rewrite(self, data)


def recorded_resize(self: ShadowScreen, columns: int, rows: int) -> None:
    record.write(json.dumps({"size": [columns, rows]}) + "\n")
    resize(self, columns, rows)


ShadowScreen.__init__ = recorded_start  # type: ignore[method-assign]
ShadowScreen.__call__ = recorded_rewrite  # type: ignore[method-assign]
ShadowScreen.resize = recorded_resize  # type: ignore[method-assign]

from coprod_tui.cli.main import main  # noqa: E402

sys.argv[0] = "coprod"
raise SystemExit(main())
