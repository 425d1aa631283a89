"""What sharing minutes through git costs (real git, a bare repository in a temporary folder).

- first push: `share init` on a home with N past meetings (bench/history.py's, made through the
  service: commit their minutes, push)
- first pull: `share init` on an empty home: fetch, merge, N meetings rebuilt into the index
- pull, nothing new: fetch + merge + a look at the minutes folder (the scan cache knows it)
- push one meeting: the history's next meeting held and closed, then commit + fetch + merge + push
- pull one meeting: the other home brings in that one meeting
Prints medians of the repeated steps. Usage: python bench/share_bench.py [--meetings 100]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from history import Clock, history_home, past_meeting  # noqa: E402

from coprod_tui.meeting import Workspace  # noqa: E402
from coprod_tui.meeting.share import ShareService  # noqa: E402
from coprod_tui.store.db import HomeStore  # noqa: E402


def timed(step) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=100)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    for role in ("AUTHOR", "COMMITTER"):
        os.environ.setdefault(f"GIT_{role}_NAME", "bench")
        os.environ.setdefault(f"GIT_{role}_EMAIL", "bench@example.org")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        remote = tmp / "shared.git"
        subprocess.run(["git", "init", "--quiet", "--bare", str(remote)], check=True)
        home_a = history_home(args.meetings)  # bench/history.py: made through the service
        store_a, store_b = HomeStore(home_a).open(), HomeStore(tmp / "b").open()
        clock = Clock()
        work_a = Workspace(store_a, clock=clock)
        rng = random.Random(7)
        share_a, share_b = ShareService(store_a), ShareService(store_b)
        first_push = timed(lambda: share_a.init(str(remote)))
        first_pull = timed(lambda: share_b.init(str(remote)))
        assert len(store_b.summaries()) == args.meetings
        idle, pushes, pulls = [], [], []
        for run in range(args.runs):
            idle.append(timed(share_b.pull))
            past_meeting(work_a, clock, args.meetings + run, rng, set())  # the next one
            pushes.append(timed(share_a.push))
            pulls.append(timed(share_b.pull))
        assert len(store_b.summaries()) == args.meetings + args.runs
        store_a.close()
        store_b.close()
        shutil.rmtree(home_a.parent, ignore_errors=True)
    n = args.meetings
    print(f"first push, {n} closed meetings:            {first_push * 1000:8.0f} ms")
    print(f"first pull, {n} meetings into the index:    {first_pull * 1000:8.0f} ms")
    print(f"pull with nothing new ({n} meetings):       {statistics.median(idle) * 1000:8.0f} ms")
    print(f"push one closed meeting:                    {statistics.median(pushes) * 1000:8.0f} ms")
    print(f"pull one new meeting:                       {statistics.median(pulls) * 1000:8.0f} ms")


if __name__ == "__main__":
    main()
