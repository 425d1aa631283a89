"""`coprod card "…"` as a whole process, next to `python -c 'import yaml'` (target <= 2x).

Both are started --runs times in turn (so they see the same machine noise), wall-clock from
spawn to exit; the medians and their ratio are printed. The card goes into a temporary home.

As installed (pip, pipx), coprod's modules have their byte code, written at install time, like
PyYAML's and the standard library's. So both sides run with byte code, kept in a temporary
PYTHONPYCACHEPREFIX that a first run of each fills, even where PYTHONDONTWRITEBYTECODE is set
(there a checkout's modules would be compiled on every run and PyYAML's would not: no fair race).
--entry script starts the `coprod` script beside this Python (the console_scripts wrapper that
users run), on this checkout's code; the default is `python -m coprod_tui`.
Usage: python bench/card_process.py [--runs 21] [--entry module|script]
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
    parser.add_argument("--entry", choices=("module", "script"), default="module")
    args = parser.parse_args()
    if args.entry == "script":
        command = [str(Path(sys.executable).with_name("coprod"))]
    else:
        command = [sys.executable, "-m", "coprod_tui"]
    with tempfile.TemporaryDirectory() as scratch:
        home = os.path.join(scratch, "home")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = os.path.join(scratch, "pycache")
        card = [*command, "--home", home, "card", "Soup on Fridays"]
        floor = [sys.executable, "-c", "import yaml"]
        for first in (card, floor):  # the home is made, the byte code written: as after install
            seconds(first, env)
        ours, anchor = [], []
        for _ in range(args.runs):
            ours.append(seconds(card, env))
            anchor.append(seconds(floor, env))
    o, a = statistics.median(ours) * 1000, statistics.median(anchor) * 1000
    how = f"{' '.join(Path(part).name for part in command[:1])} {' '.join(command[1:])}".strip()
    print(f"medians of {args.runs} runs ({how}, both with byte code)")
    print(
        f"coprod card: {o:.0f} ms / python -c 'import yaml': {a:.0f} ms = {o / a:.2f}"
        "  (target <= 2)"
    )


if __name__ == "__main__":
    main()
