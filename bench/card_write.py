"""Card write latency during a meeting: a fresh home vs a home with 500 past meetings.

Each write is meeting.add_card(): model change + an fsync'ed atomic write of the meeting's
own database. Prints median and 95th percentile per home, and the ratio (target <= 1.5).
Usage: python bench/card_write.py [--past 500] [--cards 100] [--writes 200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coprod_tui.meeting import Meeting, Workspace  # noqa: E402
from coprod_tui.model import Card, Participant, Session  # noqa: E402
from coprod_tui.store.db import HomeStore  # noqa: E402
from coprod_tui.store.plans import load_plan, plans_dir  # noqa: E402


def fill_history(store: HomeStore, past: int, cards: int) -> None:
    project = Workspace(store).create_project("Kookgroep De Linde")
    plan = load_plan(plans_dir() / "standard.yaml")
    for n in range(past):
        session = Session(
            project_id=project.id,
            title=f"Meeting {n}",
            date=date(2016, 1, 1) + timedelta(days=7 * n),
            status="closed",
            participants=[Participant(name) for name in ("Fatima", "Jan", "Els")],
            agenda=plan.agenda_items(),
            cards=[Card(text=f"Idea {n}-{c}: " + "words " * 12) for c in range(cards)],
        )
        store.create_meeting(session)


def open_meeting(store: HomeStore) -> Meeting:
    workspace = Workspace(store)
    project = workspace.create_project("Kookgroep De Linde")
    meeting = workspace.new_meeting(project, load_plan(plans_dir() / "standard.yaml"))
    meeting.start()
    return meeting


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.iterdir())


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--past", type=int, default=500)
    parser.add_argument("--cards", type=int, default=100)
    parser.add_argument("--writes", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as fresh_dir, tempfile.TemporaryDirectory() as big_dir:
        fresh = HomeStore(Path(fresh_dir)).open()
        big = HomeStore(Path(big_dir)).open()
        started = time.perf_counter()
        fill_history(big, args.past, args.cards)
        print(
            f"generated {args.past} past meetings x {args.cards} cards "
            f"in {time.perf_counter() - started:.1f} s; index "
            f"{big.paths.index.stat().st_size / 1024:.0f} KB, "
            f"meetings folder {folder_bytes(big.paths.meetings) / 1e6:.1f} MB"
        )
        meetings = {
            "fresh home": open_meeting(fresh),
            f"{args.past} past meetings": open_meeting(big),
        }
        timings: dict[str, list[float]] = {name: [] for name in meetings}
        for n in range(args.writes):  # alternate, so both homes see the same machine noise
            for name, meeting in meetings.items():
                began = time.perf_counter()
                meeting.add_card(f"card {n} " + "text " * 10, author="Jan")
                timings[name].append((time.perf_counter() - began) * 1000)
        print(f"{'home':<22}{'median ms':>12}{'p95 ms':>10}")
        for name, values in timings.items():
            print(f"{name:<22}{statistics.median(values):>12.2f}{percentile(values, 0.95):>10.2f}")
        fresh_median, big_median = (statistics.median(v) for v in timings.values())
        print(f"ratio (median): {big_median / fresh_median:.2f}  (target <= 1.5)")
        fresh.close()
        big.close()


if __name__ == "__main__":
    main()
