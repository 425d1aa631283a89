"""The people of a project: what a change to the circle costs, and what the project diary costs.

A change to the circle (or a profile, or a diary page) writes only the project's own file,
``projects/<id>.json``; its cost grows with the number of people, not with the meetings.
The project diary reads every meeting of the project, so it is measured with a history.
Usage: python bench/people.py [--people 10 100 400] [--past 100] [--writes 50]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from history import PROJECT, history_home  # noqa: E402

from coprod_tui.meeting import Workspace  # noqa: E402
from coprod_tui.model.circle import RING_KEYS  # noqa: E402
from coprod_tui.store.db import HomeStore  # noqa: E402
from coprod_tui.store.project_db import project_path  # noqa: E402


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.2f} ms"


def circle_writes(people: int, writes: int) -> tuple[str, str, int]:
    """(median move, median profile save, file size) with ``people`` in the circle, each with
    a profile."""
    with tempfile.TemporaryDirectory() as folder:
        store = HomeStore(Path(folder) / "home").open()
        try:
            workspace = Workspace(store)
            project = workspace.create_project("Kookgroep De Linde")
            crowd = workspace.people(project)
            for n in range(people):
                member = crowd.add_to_circle(f"Person {n}", RING_KEYS[n % 4], role="resident")
                crowd.save_profile(
                    member.name,
                    appreciated="I listen well " * 10,
                    important="My family and the garden " * 5,
                    support="Give me the papers a week before " * 5,
                )
            members = crowd.circle().members
            moves, saves = [], []
            for n in range(writes):
                member = members[n % len(members)]
                start = time.perf_counter()
                crowd.move(member.id, -1 if n % 2 else 1)
                moves.append(time.perf_counter() - start)
                start = time.perf_counter()
                crowd.save_profile(member.name, important=f"answer {n}")
                saves.append(time.perf_counter() - start)
            size = project_path(store.paths, project.id).stat().st_size
        finally:
            store.close()
    return median_ms(moves), median_ms(saves), size


def diary(past: int, runs: int = 5) -> str:
    home = history_home(past)
    try:
        store = HomeStore(home).open()
        try:
            workspace = Workspace(store)
            project = workspace.create_project(PROJECT)
            crowd = workspace.people(project)
            for n in range(20):
                crowd.add_to_circle(f"Person {n}", RING_KEYS[n % 4])
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                crowd.project_diary_markdown()
                times.append(time.perf_counter() - start)
        finally:
            store.close()
    finally:
        shutil.rmtree(home.parent, ignore_errors=True)
    return median_ms(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, nargs="+", default=[10, 100, 400])
    parser.add_argument("--past", type=int, default=100)
    parser.add_argument("--writes", type=int, default=50)
    args = parser.parse_args()
    print("people  move (median)  profile save (median)  projects/<id>.json")
    for people in args.people:
        move, save, size = circle_writes(people, args.writes)
        print(f"{people:6}  {move:>13}  {save:>21}  {size / 1024:.0f} KB")
    print(f"project diary of {args.past} meetings: {diary(args.past)} (median of 5)")


if __name__ == "__main__":
    main()
