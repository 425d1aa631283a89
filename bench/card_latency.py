"""Latency from handing in a card to seeing it in the inbox, with the real app.

The app runs headless (``run_test``, 100x30) with the inbox screen in front and its usual
inbox collection on. A separate Python process hands in ``--cards`` cards with ``submit_card``
at random intervals (0-100 ms) and prints the monotonic time at which each call returned;
the app side records the monotonic time at which each card's row is first in the screen's
list (the DataTable). CLOCK_MONOTONIC is one clock for every process on the host.

Each mode is measured ``--runs`` times; the figures printed are per run and the medians.

    python bench/card_latency.py [--cards 200] [--runs 3] [--modes poll,watch]
                                 [--preload 1000] [--newest]   (a 1,000-card meeting, newest first)

  poll   the app looks at inbox/new every 0.5 s (the foundation's way)
  watch  the app is woken by inotify when a file lands in inbox/new (plus the 0.5 s poll)
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
from coprod_tui.tui.screens.inbox import InboxScreen  # noqa: E402
from tests.support import FakeClock, make_meeting  # noqa: E402

SUBMITTER = """
import random, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from coprod_tui.store.inbox import submit_card
inbox, count = Path(sys.argv[1]), int(sys.argv[2])
random.seed(4)
print("ready", flush=True)
sys.stdin.readline()
for number in range(count):
    time.sleep(random.uniform(0.0, 0.1))
    card = submit_card(inbox, f"card {{number}}: can we cook with the garden herbs?")
    print(card.id, time.monotonic(), flush=True)
"""


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def one_run(cards: int, watch: bool, preload: int = 0, newest: bool = False) -> list[float]:
    seen: dict[str, float] = {}
    original = InboxScreen._sync_table

    def recording_sync(self: InboxScreen, force: bool = False) -> None:
        original(self, force)
        stamp = time.monotonic()
        for card_id in self._shown_ids:
            seen.setdefault(card_id, stamp)

    InboxScreen._sync_table = recording_sync  # type: ignore[method-assign]
    home = Path(tempfile.mkdtemp(prefix="coprod-bench-")) / "home"
    store = HomeStore(home).open()
    try:
        meeting = make_meeting(store, FakeClock())
        if preload:
            meeting.receive_cards(
                [Card(text=f"Earlier {n}: " + "soup " * 12) for n in range(preload)]
            )
        app = CoprodApp(
            Workspace(store), meeting_id=meeting.session.id, poll_inbox=True, watch_inbox=watch
        )
        submitted: dict[str, float] = {}
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("2")
            await pilot.pause()
            assert isinstance(app.screen, InboxScreen)
            if newest:
                await pilot.press("s")  # newest first: every card arrives on top
                await pilot.pause()
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-c",
                SUBMITTER.format(root=str(ROOT)),
                str(store.paths.inbox),
                str(cards),
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
            )
            assert process.stdout is not None and process.stdin is not None
            await process.stdout.readline()  # imports done
            process.stdin.write(b"go\n")
            await process.stdin.drain()
            while line := await process.stdout.readline():
                card_id, stamp = line.decode().split()
                submitted[card_id] = float(stamp)
            await asyncio.wait_for(process.wait(), timeout=60)
            deadline = time.monotonic() + 10
            while not set(submitted) <= set(seen) and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
        missing = set(submitted) - set(seen)
        if missing:
            raise SystemExit(f"{len(missing)} card(s) never appeared")
        return [seen[card_id] - submitted[card_id] for card_id in submitted]
    finally:
        InboxScreen._sync_table = original  # type: ignore[method-assign]
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--modes", default="poll,watch")
    parser.add_argument("--preload", type=int, default=0, help="cards already in the meeting")
    parser.add_argument("--newest", action="store_true", help="the list newest first")
    args = parser.parse_args()
    for mode in args.modes.split(","):
        medians, p95s = [], []
        for run in range(1, args.runs + 1):
            seconds = asyncio.run(one_run(args.cards, mode == "watch", args.preload, args.newest))
            latencies = [1000 * value for value in seconds]
            median, p95 = statistics.median(latencies), percentile(latencies, 0.95)
            medians.append(median)
            p95s.append(p95)
            print(
                f"{mode:5} run {run}: {len(latencies)} cards, submit → visible "
                f"median {median:6.1f} ms · p95 {p95:6.1f} ms · max {max(latencies):6.1f} ms"
            )
        print(
            f"{mode:5} median of {args.runs} runs: median {statistics.median(medians):6.1f} ms"
            f" · p95 {statistics.median(p95s):6.1f} ms"
        )


if __name__ == "__main__":
    main()
