"""The action plan's costs: adding, reviewing a carried action, exporting, redrawing the table.

- add: meeting.add_action() in a meeting that already holds N actions (one fsync'ed write):
  the open ones carried over from the history, topped up to N
- review: meeting.review_carried() — this meeting's write only (the earlier meeting and its
  minutes are never changed, so shared minutes cannot conflict)
- export: `coprod actions export` in-process, for the project of a home with M past meetings
  (bench/history.py's: made through the service, with actions that close and ones that stay
  open), and as a fresh process (Python start-up and imports included)
- redraw: ActionsScreen.redraw() with N actions at 100×30 (table rows rebuilt)
Prints medians (and the 95th percentile where there are enough runs).
Usage: python bench/actions.py [--actions 60] [--meetings 24] [--runs 15]
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from history import PEOPLE, PROJECT, history_home  # noqa: E402

from coprod_tui.meeting import Workspace  # noqa: E402
from coprod_tui.meeting import action_plan as actions_export  # noqa: E402
from coprod_tui.model import Participant  # noqa: E402
from coprod_tui.model.toolkit import KEY_ELEMENT_KEYS  # noqa: E402
from coprod_tui.store.db import HomeStore  # noqa: E402
from coprod_tui.store.plans import load_plan, plans_dir  # noqa: E402


def ms(values: list[float]) -> str:
    line = f"median {statistics.median(values) * 1000:7.2f} ms"
    if len(values) >= 20:
        line += f"   p95 {statistics.quantiles(values, n=20)[-1] * 1000:7.2f} ms"
    return line


def bench_service(runs: int, actions: int, meetings: int) -> None:
    home = history_home(meetings)  # bench/history.py: meetings made through the service
    store = HomeStore(home).open()
    workspace = Workspace(store)
    project = workspace.create_project(PROJECT)  # the history's project
    plan = load_plan(plans_dir() / "standard.yaml")
    current = workspace.new_meeting(project, plan, title="Now", on=date(2027, 1, 4))
    carried_over = len(current.session.actions)
    for n in range(carried_over, actions):
        current.add_action(KEY_ELEMENT_KEYS[n % 6], "filler " * 10, "Jan")
    adds = []
    for n in range(runs):
        start = time.perf_counter()
        current.add_action("networks", f"New {n}", "Els", date(2027, 2, 1), "seen")
        adds.append(time.perf_counter() - start)
    carried = [a for a in current.session.actions if a.carried_from]
    reviews = []
    for n in range(runs):
        action = carried[n % len(carried)]
        start = time.perf_counter()
        current.review_carried(action.id, "open", f"note {n}")
        reviews.append(time.perf_counter() - start)
    print(f"add an action ({len(current.session.actions)} in the meeting):  {ms(adds)}")
    print(f"review a carried action (this meeting only):     {ms(reviews)}")
    rows = actions_export.project_actions(store, project)
    exports = {}
    for fmt in ("csv", "md"):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            actions_export.export(store, project, fmt, date(2027, 1, 4))
            times.append(time.perf_counter() - start)
        exports[fmt] = times
    store.close()
    print(f"export {len(rows)} actions from {meetings + 1} meetings, csv:   {ms(exports['csv'])}")
    print(f"export {len(rows)} actions from {meetings + 1} meetings, md:    {ms(exports['md'])}")
    command = [sys.executable, "-m", "coprod_tui", "--home", str(home), "actions", "export"]
    command += ["--project", PROJECT, "--format", "csv"]
    process = []
    for _ in range(max(5, runs // 3)):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True, cwd=ROOT, timeout=60)
        process.append(time.perf_counter() - start)
    print(f"`coprod actions export` as a new process:        {ms(process)}")
    shutil.rmtree(home.parent, ignore_errors=True)


async def bench_redraw(runs: int, actions: int) -> None:
    from coprod_tui.meeting import Workspace
    from coprod_tui.tui.app import CoprodApp

    with tempfile.TemporaryDirectory() as folder:
        store = HomeStore(Path(folder) / "home").open()
        workspace = Workspace(store)
        project = workspace.create_project(PROJECT)
        meeting = workspace.new_meeting(
            project,
            load_plan(plans_dir() / "standard.yaml"),
            participants=[Participant(p) for p in PEOPLE],
        )
        for a in range(actions):
            meeting.add_action(KEY_ELEMENT_KEYS[a % 6], f"Action {a}: " + "words " * 8, "Jan")
        app = CoprodApp(Workspace(store), meeting_id=meeting.session.id, poll_inbox=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("5")
            await pilot.pause()
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                app.screen.redraw()
                await pilot.pause()
                times.append(time.perf_counter() - start)
        store.close()
        print(f"redraw the table, {actions} actions, 100×30:        {ms(times)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=60)
    parser.add_argument("--meetings", type=int, default=24)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    bench_service(args.runs, args.actions, args.meetings)
    asyncio.run(bench_redraw(args.runs, args.actions))


if __name__ == "__main__":
    main()
