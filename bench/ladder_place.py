"""Placing the project on the ladder: latency with a fresh home vs a home with past meetings.

A placement writes only the meeting's own database (its index row is refreshed when the meeting
is left or closed), so its cost should not grow with the history; the trend reads all the
project's summary rows, so this also measures how long computing it takes.
Usage: python bench/ladder_place.py [--past 500] [--writes 100]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from history import PEOPLE, PROJECT, history_home  # noqa: E402

from coprod_tui.meeting import Meeting, Workspace  # noqa: E402
from coprod_tui.model import Participant  # noqa: E402
from coprod_tui.store.db import HomeStore  # noqa: E402
from coprod_tui.store.plans import load_plan, plans_dir  # noqa: E402


def open_meeting(store: HomeStore) -> Meeting:
    workspace = Workspace(store)
    project = workspace.create_project(PROJECT)
    return workspace.new_meeting(
        project,
        load_plan(plans_dir() / "standard.yaml"),
        participants=[Participant(name) for name in PEOPLE],
        on=date(2030, 1, 1),
    )


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--past", type=int, default=500)
    parser.add_argument("--writes", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as fresh_dir:
        big_dir = history_home(args.past)
        fresh = HomeStore(Path(fresh_dir)).open()
        big = HomeStore(big_dir).open()
        print(f"{args.past} past meetings; index {big.paths.index.stat().st_size / 1024:.0f} KB")
        meetings = {"fresh home": open_meeting(fresh), f"{args.past} past": open_meeting(big)}
        place: dict[str, list[float]] = {name: [] for name in meetings}
        trend: dict[str, list[float]] = {name: [] for name in meetings}
        for n in range(args.writes):  # alternate, so both homes see the same machine noise
            for name, meeting in meetings.items():
                began = time.perf_counter()
                meeting.place(1 + n % 7, PEOPLE[n % len(PEOPLE)])
                place[name].append((time.perf_counter() - began) * 1000)
                began = time.perf_counter()
                points, _ = meeting.ladder_trend()
                trend[name].append((time.perf_counter() - began) * 1000)
        print(f"{'home':<16}{'place median ms':>17}{'p95':>8}{'trend median ms':>17}{'points':>8}")
        for name, meeting in meetings.items():
            print(
                f"{name:<16}{statistics.median(place[name]):>17.2f}"
                f"{percentile(place[name], 0.95):>8.2f}{statistics.median(trend[name]):>17.2f}"
                f"{len(meeting.ladder_trend()[0]):>8}"
            )
        fresh.close()
        big.close()
        shutil.rmtree(big_dir.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
