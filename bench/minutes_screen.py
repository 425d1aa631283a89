"""The minutes screen and `coprod minutes list` with 1,000 files, each next to its floor.

Generates the minutes of bench/minutes_bench.py (realistic meetings, ~15 KB a file) and prints,
as medians of --runs:
  floor cold   a bare parse of every file with libyaml (yaml.load, CSafeLoader), nothing else
  floor warm   json.load of the scan cache the list keeps (cache/minutes.json)
  screen cold  no cache: `coprod` in a 100x30 pty (bench/_terminal.py), from pressing 6 until
               the title says every file is listed (the screen is built on the way)
  screen warm  the same with the cache up to date; and the screen with an empty minutes
               folder (what it costs by itself: building it, its first frames)
  CLI cold/warm `coprod minutes list > /dev/null` as a whole process; warm also next to
               json.load of the cache as a whole process (`python -c`: Python's start included)
  keys         a cursor key (down/up) every 0.2 s: from sending it to the first byte of the
               repaint, while the cold scan runs (from 0.2 s after the first row is listed)
               and once it is done
  returns      F1 + escape every 0.4 s during a cold scan: when the list was complete (one scan
               at a time: tests/minutes/test_minutes_scan.py counts them)
Targets: screen cold <= 1.3x floor cold, screen warm <= 1.5x floor warm, keys during a scan
<= 2x keys after it, one scan.
coprod's modules are byte-compiled first, as pip does on install and bench/startup.py does:
with PYTHONDONTWRITEBYTECODE set (as on this machine) the screen's modules were otherwise
compiled from source on every press of 6 (~25 ms that no installed copy pays).
Usage: python bench/minutes_screen.py [--files 1000] [--runs 3] [--warm-only]
--warm-only: the warm figures only, screen and CLI (no cold scans: seconds each).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from _terminal import Terminal  # noqa: E402
from minutes_bench import TZ, realistic_session  # noqa: E402
from startup import byte_compile  # noqa: E402

from coprod_tui.model import Project  # noqa: E402
from coprod_tui.store.db import HomeStore  # noqa: E402
from coprod_tui.store.minutes import write_minutes  # noqa: E402
from coprod_tui.store.minutes_library import MinutesLibrary  # noqa: E402


def floor_cold(files: list[Path]) -> float:
    import yaml

    began = time.perf_counter()
    for path in files:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)  # noqa: S506
    return time.perf_counter() - began


def floor_warm(cache: Path) -> float:
    began = time.perf_counter()
    json.loads(cache.read_bytes())
    return time.perf_counter() - began


def floor_warm_process(cache: Path) -> float:
    began = time.perf_counter()
    code = "import json, pathlib, sys; json.loads(pathlib.Path(sys.argv[1]).read_bytes())"
    subprocess.run([sys.executable, "-c", code, str(cache)], check=True)
    return time.perf_counter() - began


def cli_list(home: Path) -> float:
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "coprod_tui", "--home", str(home), "minutes", "list"],
        stdout=subprocess.DEVNULL,
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - began


PLAIN = re.compile(rb"\x1b\[[0-9;:?]*[A-Za-z]")
DOWN, UP = b"\x1b[B", b"\x1b[A"


class MinutesInTerminal:
    """`coprod --home HOME` in a 100x30 pty, on the minutes screen (key 6)."""

    def __init__(self, home: Path, files: int) -> None:
        self.done = f"{files} meetings".encode()
        self.listed = b" so far"  # the title while the list fills in
        self.terminal = Terminal([sys.executable, "-m", "coprod_tui", "--home", str(home)])
        self.terminal.first_frame()
        self.seen = b""

    def _read(self, timeout: float) -> bytes:
        data = self.terminal.read(timeout) or b""
        self.seen = (self.seen + PLAIN.sub(b"", data))[-4096:]
        return data

    def list_complete(self, keys: bool) -> tuple[float, list[float]]:
        """Press 6; seconds until the title says every meeting is listed, and (``keys``) the
        answer times of a cursor key every 0.2 s meanwhile."""
        began = time.monotonic()
        self.terminal.send(b"6")
        answers: list[float] = []
        next_key = began + 0.2
        listed = False
        while self.done not in self.seen:
            if time.monotonic() - began > 180:
                raise SystemExit("the list never completed")
            # Keys from 0.2 s after the first row is listed: before, a cursor key has no row
            # to move to and draws nothing, and the time to the next byte measures something
            # else (the first batch may be one file: the one read while the children started).
            if not listed and self.listed in self.seen:
                listed, next_key = True, time.monotonic() + 0.2
            if keys and listed and time.monotonic() >= next_key:
                answers.append(self.key(DOWN if len(answers) % 2 == 0 else UP))
                next_key = time.monotonic() + 0.2
            else:
                self._read(0.02)
        return time.monotonic() - began, answers

    def key(self, key: bytes) -> float:
        """Seconds from sending ``key`` to the first byte of the repaint it causes."""
        quiet_by = time.monotonic() + 2
        while self._read(0.05) and time.monotonic() < quiet_by:
            pass
        sent = time.monotonic()
        self.terminal.send(key)
        while not self._read(5.0):
            if time.monotonic() - sent > 5:
                break
        answered = time.monotonic() - sent
        return answered

    def keys(self, count: int) -> list[float]:
        return [self.key(DOWN if n % 2 == 0 else UP) for n in range(count)]

    def returns(self) -> int:
        """F1 then escape every 0.4 s until the list is complete; the seconds it took."""
        began = time.monotonic()
        self.terminal.send(b"6")
        next_return = began + 0.4
        while self.done not in self.seen:
            if time.monotonic() - began > 180:
                raise SystemExit("the list never completed")
            if time.monotonic() >= next_return:
                self.terminal.send(b"\x1bOP")
                self._read(0.1)
                self.terminal.send(b"\x1b")
                next_return = time.monotonic() + 0.4
            self._read(0.02)
        return time.monotonic() - began

    def stop(self) -> None:
        self.terminal.stop()


def ratio(ours: float, anchor: float, target: float | None, what: str) -> None:
    if target is None:
        verdict = "(no target)"
    else:
        verdict = f"(target <= {target}) " + ("ok" if ours / anchor <= target else "ABOVE TARGET")
    print(
        f"  {what:<34} {ours * 1000:8.0f} ms / {anchor * 1000:8.0f} ms = {ours / anchor:5.2f}"
        f"  {verdict}"
    )


def cold_round(
    home: Path,
    written: list[Path],
    library: MinutesLibrary,
    files: int,
    add: Callable[[str, float], None],
) -> None:
    """The figures without a cache, and the CLI's; leaves the cache up to date."""
    drop = lambda: library.cache.path.unlink(missing_ok=True)  # noqa: E731
    add("floor cold", floor_cold(written))
    drop()
    add("cli cold", cli_list(home))
    library.entries()
    warm_cli_round(home, library, add)
    drop()
    app = MinutesInTerminal(home, files)
    seconds, during = app.list_complete(keys=True)
    add("screen cold", seconds)
    add("keys during", statistics.median(during))
    add("keys after", statistics.median(app.keys(max(5, len(during)))))
    app.stop()


def warm_cli_round(home: Path, library: MinutesLibrary, add: Callable[[str, float], None]) -> None:
    add("floor warm", floor_warm(library.cache.path))
    add("floor warm process", floor_warm_process(library.cache.path))
    add("cli warm", cli_list(home))


def warm_figures(m: dict[str, float]) -> None:
    ratio(m["screen warm"], m["floor warm"], 1.5, "screen warm: 6 → every file listed")
    ratio(m["screen empty"], m["floor warm"], 1.5, "screen empty: 6 → title says 0")
    print(
        f"  {'of which the screen with no minutes':<34} {m['screen empty'] * 1000:8.0f} ms;"
        f" the rest: {(m['screen warm'] - m['screen empty']) * 1000:.0f} ms"
        f" = {(m['screen warm'] - m['screen empty']) / m['floor warm']:.2f} x floor warm"
    )
    ratio(m["cli warm"], m["floor warm"], 1.5, "coprod minutes list, warm (process)")
    ratio(m["cli warm"], m["floor warm process"], None, "  the same / json.load as a process")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--warm-only", action="store_true", help="floor warm, screen warm and empty only"
    )
    args = parser.parse_args()
    byte_compile()
    rng = random.Random(8)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        HomeStore(home).open().close()
        project = Project("Kookgroep De Linde", created_at=datetime(2006, 1, 1, tzinfo=TZ))
        minutes = home / "minutes"
        written = [
            write_minutes(minutes, realistic_session(n, project, rng), project)
            for n in range(args.files)
        ]
        size = sum(path.stat().st_size for path in written)
        print(f"{args.files} minutes files, {size / 1e6:.1f} MB; medians of {args.runs} runs")
        library = MinutesLibrary(HomeStore(home).paths)
        drop = lambda: library.cache.path.unlink(missing_ok=True)  # noqa: E731
        figures: dict[str, list[float]] = {}

        def add(name: str, value: float) -> None:
            figures.setdefault(name, []).append(value)

        empty = Path(folder) / "empty"  # the screen with no minutes: what it costs by itself
        HomeStore(empty).open().close()
        for _ in range(args.runs):  # each kind once per round, so all see the same noise
            if args.warm_only:
                library.entries()
                warm_cli_round(home, library, add)
            else:
                cold_round(home, written, library, args.files, add)
            app = MinutesInTerminal(home, args.files)
            add("screen warm", app.list_complete(keys=False)[0])
            app.stop()
            app = MinutesInTerminal(empty, 0)
            add("screen empty", app.list_complete(keys=False)[0])
            app.stop()
        m = {name: statistics.median(values) for name, values in figures.items()}
        print("ours / anchor = ratio")
        if args.warm_only:
            warm_figures(m)
            return
        drop()
        app = MinutesInTerminal(home, args.files)
        returning = app.returns()
        app.stop()
        cache_rows = len(library.cache.read())
        ratio(m["screen cold"], m["floor cold"], 1.3, "screen cold: 6 → every file listed")
        warm_figures(m)
        ratio(m["cli cold"], m["floor cold"], 1.3, "coprod minutes list, cold (process)")
        ratio(m["keys during"], m["keys after"], 2.0, "a cursor key: during / after the scan")
        print(
            f"  F1+escape every 0.4 s during a cold scan: list complete after {returning:.2f} s,"
            f" {cache_rows} files in the cache"
        )


if __name__ == "__main__":
    main()
