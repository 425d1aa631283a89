"""`coprod card "…"` as a whole process, next to `python -c 'import yaml'` (target <= 2x).

Both are started --runs times in turn (so they see the same machine noise), wall-clock from
spawn to exit; the medians and their ratio are printed. The card goes into a temporary home.
Usage: python bench/card_process.py [--runs 21]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def seconds(argv: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, check=True, env=env, cwd=ROOT)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as home:
        card = [sys.executable, "-m", "coprod_tui", "--home", home, "card", "Soup on Fridays"]
        floor = [sys.executable, "-c", "import yaml"]
        seconds(card, env)  # the home is made and the byte code written once, as after install
        ours, anchor = [], []
        for _ in range(args.runs):
            ours.append(seconds(card, env))
            anchor.append(seconds(floor, env))
    o, a = statistics.median(ours) * 1000, statistics.median(anchor) * 1000
    print(f"medians of {args.runs} runs")
    print(
        f"coprod card: {o:.0f} ms / python -c 'import yaml': {a:.0f} ms = {o / a:.2f}"
        "  (target <= 2)"
    )


if __name__ == "__main__":
    main()
