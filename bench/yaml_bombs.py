"""How fast and how small a YAML bomb is refused, and what a real minutes file costs to read.

For each bomb (tests/bombs.py) as a minutes file: the median time ``load_yaml`` takes to refuse
it, and the peak memory of a fresh process that refuses it (``coprod minutes show``). The same
for a valid minutes file of a big meeting (500 cards), which is read in full.

    python bench/yaml_bombs.py [--runs 5]
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
sys.path.insert(0, str(ROOT))

from coprod_tui.model import Card  # noqa: E402
from coprod_tui.store.db import HomeStore  # noqa: E402
from coprod_tui.store.files import StoreError  # noqa: E402
from coprod_tui.store.yamlio import load_yaml  # noqa: E402
from tests.bombs import SMALL_BOMBS, huge_document  # noqa: E402
from tests.support import make_meeting  # noqa: E402


def refusal_seconds(path: Path, runs: int) -> tuple[float, str]:
    times, reason = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        try:
            load_yaml(path)
            reason = "read (not refused)"
        except StoreError as error:
            reason = str(error).split(": ", 1)[-1]
        times.append(time.perf_counter() - start)
    return statistics.median(times), reason


def peak_mb(home: Path, name: str) -> float:
    """Peak memory of ``coprod minutes show NAME`` in a fresh process."""
    argv = [sys.executable, "-m", "coprod_tui", "--home", str(home), "minutes", "show", name]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, _, usage = os.wait4(child.pid, 0)
    child.returncode = 0
    return usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    home = Path(tempfile.mkdtemp()) / "home"
    store = HomeStore(home).open()
    meeting = make_meeting(store)
    meeting.receive_cards([Card(text="A card of some length " * 20) for _ in range(500)])
    real = meeting.write_minutes()
    store.close()
    files = {"real minutes, 500 cards": real}
    for name, text in SMALL_BOMBS.items():
        path = home / "minutes" / f"bomb-{name.replace(' ', '-')}.yaml"
        path.write_text(text, encoding="utf-8")
        files[name] = path
    files["50 MB document"] = huge_document(home / "minutes" / "bomb-huge.yaml")
    print(f"{'file':26} {'size':>10} {'median':>10} {'peak RSS':>9}  outcome")
    for name, path in files.items():
        seconds, reason = refusal_seconds(path, runs)
        size = path.stat().st_size
        print(
            f"{name:26} {size:>10,} {seconds * 1000:>8.1f}ms {peak_mb(home, path.name):>7.0f}MB"
            f"  {reason[:70]}"
        )


if __name__ == "__main__":
    main()
