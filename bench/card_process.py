"""`coprod card "…"` as a whole process, next to `python -c 'import yaml'` (target <= 2x).

Both are started --runs times in turn (so they see the same machine noise), wall-clock from
spawn to exit; the medians and their ratio are printed. The card goes into a temporary home.

As installed (pip, pipx), coprod's modules have their byte code, written at install time, like
PyYAML's and the standard library's. So both sides run with byte code, kept in a temporary
PYTHONPYCACHEPREFIX that a first run of each fills, even where PYTHONDONTWRITEBYTECODE is set
(there a checkout's modules would be compiled on every run and PyYAML's would not: no fair race).
--entry script starts the `coprod` script beside this Python (the console_scripts wrapper that
users run), on this checkout's code; the default is `python -m coprod_tui`.
--case: english (the default), dutch (--lang nl, --from Els), default-home (no --home:
$XDG_DATA_HOME points into the temporary folder), stdin (the text from standard input).
Usage: python bench/card_process.py [--runs 21] [--entry module|script] [--case english|...]
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


CASES = {
    "english": ["card", "Soup on Fridays"],
    "dutch": ["--lang", "nl", "card", "Soep op vrijdag", "--from", "Els"],
    "default-home": ["card", "Soup on Fridays"],
    "stdin": ["card", "-"],
}


def seconds(argv: list[str], env: dict[str, str], stdin: bytes | None = None) -> float:
    began = time.perf_counter()
    subprocess.run(argv, input=stdin, stdout=subprocess.DEVNULL, check=True, env=env, cwd=ROOT)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--entry", choices=("module", "script"), default="module")
    parser.add_argument("--case", choices=tuple(CASES), default="english")
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
        card_env = dict(env)
        if args.case == "default-home":
            card_env["XDG_DATA_HOME"] = os.path.join(scratch, "data")
            card_env.pop("COPROD_HOME", None)
            card = [*command, *CASES[args.case]]
        else:
            card = [*command, "--home", home, *CASES[args.case]]
        text = b"Soup on Fridays\n" if args.case == "stdin" else None
        floor = [sys.executable, "-c", "import yaml"]
        seconds(card, card_env, text)  # the home is made, the byte code written: as after install
        seconds(floor, env)
        ours, anchor = [], []
        for _ in range(args.runs):
            ours.append(seconds(card, card_env, text))
            anchor.append(seconds(floor, env))
    o, a = statistics.median(ours) * 1000, statistics.median(anchor) * 1000
    how = f"{' '.join(Path(part).name for part in command[:1])} {' '.join(command[1:])}".strip()
    print(f"medians of {args.runs} runs ({how}, {args.case}, both with byte code)")
    print(
        f"coprod card: {o:.0f} ms / python -c 'import yaml': {a:.0f} ms = {o / a:.2f}"
        "  (target <= 2)"
    )


if __name__ == "__main__":
    main()
