"""What a hand-in costs the app in CPU, and its garbage collector's longest pause: 1,000 cards
next to 10, oldest and newest first.

The app runs headless (``run_test``, 100x30) on the cards screen with its inbox watcher on;
``--cards`` cards are handed in from a thread, one every 0.15 s. Measured in the app's own
thread: CPU time over the run divided by the cards (CPU, not wall time, so other processes on
the machine count for little), and each collection of the oldest generation (``gc.callbacks``).
A full collection stops everything: before tui/heap.py and KeyedTable's smaller render caches
it took 50-140 ms, and every hand-in that took over 100 ms to appear had waited on one.
Both sizes run in turn, ``--runs`` times; the figures are medians.

    python bench/card_pauses.py [--cards 100] [--runs 3] [--small 10] [--large 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coprod_tui.meeting import Workspace  # noqa: E402
from coprod_tui.model import Card  # noqa: E402
from coprod_tui.store.db import HomeStore  # noqa: E402
from coprod_tui.store.inbox import submit_card  # noqa: E402
from coprod_tui.tui.app import CoprodApp  # noqa: E402
from tests.support import FakeClock, make_meeting  # noqa: E402

GAP_SECONDS = 0.15


async def one_run(preload: int, newest: bool, cards: int) -> tuple[float, float]:
    """(CPU ms per hand-in, longest full collection in ms of CPU)."""
    pauses: list[float] = []
    began = [0.0]

    def watch(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            began[0] = time.thread_time()
        elif info["generation"] == 2:
            pauses.append(1000 * (time.thread_time() - began[0]))

    with tempfile.TemporaryDirectory(prefix="coprod-bench-") as folder:
        store = HomeStore(Path(folder) / "home").open()
        try:
            meeting = make_meeting(store, FakeClock(), cards=[])
            meeting.receive_cards(
                [Card(text=f"Earlier {n}: " + "soup " * 12) for n in range(preload)]
            )
            app = CoprodApp(Workspace(store), meeting_id=meeting.session.id, watch_inbox=True)
            async with app.run_test(size=(100, 30)) as pilot:
                await pilot.press("2")
                if newest:
                    await pilot.press("s")
                await pilot.pause()
                await asyncio.sleep(0.5)
                gc.callbacks.append(watch)
                try:
                    start = time.thread_time()
                    for number in range(cards):
                        await asyncio.sleep(GAP_SECONDS)
                        await asyncio.to_thread(
                            submit_card, store.paths.inbox, f"card {number}: garden herbs?"
                        )
                    await asyncio.sleep(0.3)
                    spent = time.thread_time() - start
                finally:
                    gc.callbacks.remove(watch)
        finally:
            store.close()
    return 1000 * spent / cards, max(pauses, default=0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--small", type=int, default=10)
    parser.add_argument("--large", type=int, default=1000)
    args = parser.parse_args()
    for newest in (False, True):
        order = "newest first" if newest else "oldest first"
        figures: dict[int, list[tuple[float, float]]] = {args.small: [], args.large: []}
        for _ in range(args.runs):
            for size in figures:
                figures[size].append(asyncio.run(one_run(size, newest, args.cards)))
        cpu = {size: statistics.median(f[0] for f in runs) for size, runs in figures.items()}
        pause = {size: statistics.median(f[1] for f in runs) for size, runs in figures.items()}
        for size in figures:
            print(
                f"{order}, {size:>5} cards: CPU per hand-in {cpu[size]:5.1f} ms · "
                f"longest full collection {pause[size]:5.1f} ms ({args.runs} runs)"
            )
        big, small = cpu[args.large], cpu[args.small]
        print(f"{order}: CPU per hand-in {big:.1f} / {small:.1f} = {big / small:.2f}")
        longest = pause[args.large]
        print(
            f"{order}: longest full collection {longest:.1f} ms / 100 ms budget "
            f"(hand-in → visible) = {longest / 100:.2f}"
        )


if __name__ == "__main__":
    main()
