"""A card state change in the app: a 1,000-card meeting next to a 10-card one (target <= 2x).

Headless app (run_test, 100x30) on the cards screen; the selected card is marked discussed (t)
and back to new (u) in turn, each timed from the key press until the screen has handled it
(the write to disk included: the meeting's journal, store/journal_storage.py). Both meetings
are measured in turn, so they see the same machine noise. Prints medians and 95th percentiles.
Usage: python bench/card_state.py [--cards 1000] [--small 10] [--presses 40] [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coprod_tui.meeting import Workspace  # noqa: E402
from coprod_tui.model import Card  # noqa: E402
from coprod_tui.store.db import HomeStore  # noqa: E402
from coprod_tui.tui.app import CoprodApp  # noqa: E402
from tests.support import FakeClock, make_meeting  # noqa: E402


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def presses(cards: int, count: int) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        store = HomeStore(Path(folder) / "home").open()
        try:
            meeting = make_meeting(store, FakeClock(), cards=[])
            meeting.receive_cards([Card(text=f"Idea {n}: " + "soup " * 12) for n in range(cards)])
            app = CoprodApp(Workspace(store), meeting_id=meeting.session.id, poll_inbox=False)
            times = []
            async with app.run_test(size=(100, 30)) as pilot:
                await pilot.press("2")
                await pilot.pause()
                for n in range(count):
                    began = time.perf_counter()
                    await pilot.press("t" if n % 2 == 0 else "u")
                    times.append((time.perf_counter() - began) * 1000)
            return times
        finally:
            store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--small", type=int, default=10)
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    figures: dict[int, list[float]] = {args.small: [], args.cards: []}
    for _ in range(args.runs):
        for size in figures:
            figures[size] += asyncio.run(presses(size, args.presses))
    for size, values in figures.items():
        print(
            f"{size:>5} cards: median {statistics.median(values):6.1f} ms · "
            f"p95 {percentile(values, 0.95):6.1f} ms ({len(values)} presses)"
        )
    big, small = statistics.median(figures[args.cards]), statistics.median(figures[args.small])
    print(f"ratio (median): {big:.1f} / {small:.1f} = {big / small:.2f}  (target <= 2)")


if __name__ == "__main__":
    main()
