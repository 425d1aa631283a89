"""Card write latency during a meeting: a fresh home vs a home with 500 past meetings.

The history is bench/history.py's: meetings made through the service, so the meeting written
to carries the open actions and the cards not taken up, as a real one does. Each write is
meeting.add_card(): model change + a durable write of the meeting's own database. Prints
median and 95th percentile per home, and the ratio (target <= 1.5).
With --what, the other writes of a meeting too, each measured the same way:
  action     an action of this meeting marked done, then open again (set_action_status)
  placement  a participant placed on the ladder, on another rung each time (place)
Usage: python bench/card_write.py [--past 500] [--writes 200] [--what card action placement]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from history import PEOPLE, PROJECT, history_home  # noqa: E402

from coprod_tui.meeting import Meeting, Workspace  # noqa: E402
from coprod_tui.store.db import HomeStore  # noqa: E402
from coprod_tui.store.plans import load_plan, plans_dir  # noqa: E402


def open_meeting(store: HomeStore) -> Meeting:
    workspace = Workspace(store)
    project = workspace.create_project(PROJECT)  # the history's project, when there is one
    plan = load_plan(plans_dir() / "standard.yaml")
    meeting = workspace.new_meeting(project, plan, on=date(2030, 1, 7))
    meeting.start()
    return meeting


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.iterdir())


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def card_write(meeting: Meeting, n: int) -> None:
    meeting.add_card(f"card {n} " + "text " * 10, author="Jan")


def action_write(meeting: Meeting, n: int) -> None:
    own = meeting.session.actions[-1]  # the meeting's own action (added by prepare)
    meeting.set_action_status(own.id, "done" if n % 2 == 0 else "open")


def placement_write(meeting: Meeting, n: int) -> None:
    meeting.place(1 + n % 7, PEOPLE[n % len(PEOPLE)])


WRITES: dict[str, Callable[[Meeting, int], None]] = {
    "card": card_write,
    "action": action_write,
    "placement": placement_write,
}


def prepare(meeting: Meeting) -> None:
    """What the action write changes: an action agreed in this meeting (both homes)."""
    meeting.add_action("networks", "Ask the neighbours to the Tuesday dinner", who="Els")


def measure(meetings: dict[str, Meeting], write: Callable[[Meeting, int], None], writes: int):
    timings: dict[str, list[float]] = {name: [] for name in meetings}
    for n in range(writes):  # alternate, so both homes see the same machine noise
        for name, meeting in meetings.items():
            began = time.perf_counter()
            write(meeting, n)
            timings[name].append((time.perf_counter() - began) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--past", type=int, default=500)
    parser.add_argument("--writes", type=int, default=200)
    parser.add_argument("--what", nargs="+", choices=list(WRITES), default=["card"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as fresh_dir:
        big_dir = history_home(args.past)
        fresh = HomeStore(Path(fresh_dir)).open()
        big = HomeStore(big_dir).open()
        print(
            f"{args.past} past meetings: index {big.paths.index.stat().st_size / 1024:.0f} KB, "
            f"meetings folder {folder_bytes(big.paths.meetings) / 1e6:.1f} MB"
        )
        meetings = {
            "fresh home": open_meeting(fresh),
            f"{args.past} past meetings": open_meeting(big),
        }
        session = meetings[f"{args.past} past meetings"].session
        print(
            f"the new meeting carries {len(session.actions)} open actions and "
            f"{len(session.cards)} cards not taken up"
        )
        for meeting in meetings.values():
            prepare(meeting)
        for what in args.what:
            timings = measure(meetings, WRITES[what], args.writes)
            print(f"{what + ' write':<22}{'median ms':>12}{'p95 ms':>10}")
            for name, values in timings.items():
                print(
                    f"  {name:<20}{statistics.median(values):>12.2f}"
                    f"{percentile(values, 0.95):>10.2f}"
                )
            fresh_median, big_median = (statistics.median(v) for v in timings.values())
            print(
                f"{what} write, ratio (median): {big_median:.2f} / {fresh_median:.2f} = "
                f"{big_median / fresh_median:.2f}  (target <= 1.5)"
            )
        fresh.close()
        big.close()
        shutil.rmtree(big_dir.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
