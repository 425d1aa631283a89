"""Start-up pays only for the first screen: other screens and pyfiglet load when first needed.

Each check runs in a fresh interpreter, since this test process has imported everything already.
(The core and CLI import checks live in tests/cli/test_cli.py.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from coprod_tui.tui.tools import ALL_TOOLS

REPO = Path(__file__).resolve().parents[1]

FIRST_FRAME = """
import asyncio, json, sys
from pathlib import Path
from coprod_tui.tui.app import CoprodApp
from coprod_tui.meeting import Workspace
from coprod_tui.meeting.demo import ensure_demo
from coprod_tui.store.db import HomeStore

LAZY = {lazy!r}

async def main():
    store = HomeStore(Path({home!r})).open()
    app = CoprodApp(Workspace(store), meeting_id=ensure_demo(store), poll_inbox=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        print(json.dumps({{
            "mode": app.current_mode,
            "figlet_shown": bool(app.screen.query("BigTimer")),
            "loaded": [name for name in LAZY if name in sys.modules],
        }}))
    store.close()

asyncio.run(main())
"""


def test_after_the_first_frame_only_the_shown_screen_is_loaded(tmp_path):
    screens = {"home": "coprod_tui.tui.screens.home"} | {
        tool.mode: tool.module for tool in ALL_TOOLS
    }
    lazy = [*screens.values(), "pyfiglet", "coprod_tui.tui.widgets.big_timer"]
    code = FIRST_FRAME.format(lazy=lazy, home=str(tmp_path / "home"))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    shown_module = screens[shown["mode"]]
    assert shown_module in shown["loaded"], "the check sees the module of the screen shown"
    allowed = {shown_module}
    if shown["figlet_shown"]:
        allowed |= {"pyfiglet", "coprod_tui.tui.widgets.big_timer"}
    assert set(shown["loaded"]) <= allowed, f"loaded before needed: {shown}"


def test_a_second_start_reads_no_yaml_and_no_minutes(tmp_path):
    """The first start creates the demo and caches the themes; later ones need neither YAML nor
    the minutes library until a tool asks for them."""
    lazy = ["yaml", "coprod_tui.store.minutes_library"]
    code = FIRST_FRAME.format(lazy=lazy, home=str(tmp_path / "home"))
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
        )
        for _ in range(2)
    ]
    assert all(run.returncode == 0 for run in runs), runs[-1].stderr
    first, second = (json.loads(run.stdout.strip().splitlines()[-1]) for run in runs)
    assert "yaml" in first["loaded"], "the check sees YAML when it is loaded"
    assert second["loaded"] == [], f"loaded before needed: {second}"
