"""What the fault handling of issue 14 costs, each beside its anchor, in one run.

- keeping the gratitude round's clock (one save of the meeting, as each round key now does)
  beside recording a speaker's turn (the save the round already made), in a 500-card meeting;
- sweeping inbox/tmp: an empty folder (every minute, as usual) and 1000 stale files;
- reading a 500-card minutes file with its ids, and the same file without any id: derived.

    python bench/faults.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coprod_tui.model import Card  # noqa: E402
from coprod_tui.model.gratitude_round import GratitudeRound  # noqa: E402
from coprod_tui.store import inbox  # noqa: E402
from coprod_tui.store.db import HomeStore  # noqa: E402
from coprod_tui.store.minutes import read_minutes  # noqa: E402
from tests.support import make_meeting  # noqa: E402


def median_ms(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        store = HomeStore(home).open()
        meeting = make_meeting(store)
        meeting.receive_cards([Card(text=f"Card {n}: " + "soup " * 30) for n in range(500)])
        meeting.start()
        ticks = iter(range(10**6))
        round_ = GratitudeRound(meeting.session.participant_names(), 60, lambda: next(ticks))

        def keep() -> None:
            round_.toggle()
            meeting.keep_round(round_)

        def record() -> None:
            meeting.record_gratitude("Jan", spoke_seconds=next(ticks), passed=False)

        print(f"keep the round's clock (500 cards): {median_ms(runs, keep):7.2f} ms")
        print(f"record a turn, the anchor         : {median_ms(runs, record):7.2f} ms")

        spool = store.paths.inbox
        empty = median_ms(runs, lambda: inbox.sweep_tmp(spool))
        print(f"sweep an empty inbox/tmp          : {empty:7.3f} ms")

        def stale_sweep() -> None:
            for n in range(1000):
                (spool / "tmp" / f"{n}.yaml").write_bytes(b"text: half a card\n")
            inbox.sweep_tmp(spool, at=time.time() + 3600)

        start = time.perf_counter()
        stale_sweep()
        print(f"write + sweep 1000 stale files    : {(time.perf_counter() - start) * 1000:7.1f} ms")

        path = meeting.write_minutes()
        bare = path.with_name("bare.yaml")
        text = path.read_text(encoding="utf-8")
        bare.write_text(re.sub(r"^(\s*-?\s*)(id|project_id): .*\n", "", text, flags=re.M))
        assert len(read_minutes(bare).session.cards) == 500, "the same meeting, without ids"
        with_ids = median_ms(runs, lambda: read_minutes(path))
        derived = median_ms(runs, lambda: read_minutes(bare))
        print(f"read 500-card minutes with ids    : {with_ids:7.1f} ms")
        print(f"the same without ids (derived)    : {derived:7.1f} ms")
        store.close()
        os.sync()


if __name__ == "__main__":
    main()
