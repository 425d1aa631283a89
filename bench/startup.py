"""Time to first frame and peak memory of `coprod demo`, next to a minimal Textual app.

`coprod demo` opens the demo meeting on its agenda; `coprod` without a meeting shows the home
screen (closer to the minimal app's widgets), printed for comparison. All run alternately in a
100x30 pty (bench/_terminal.py says what "first frame" means and how it is detected), each from
a fresh interpreter, ``--runs`` times; medians and ratios are printed. CPU is the child's user +
system time until it is stopped, steadier than wall-clock time on a busy machine.
Targets: coprod at most 1.2x the minimal app's time and memory.

coprod's own modules are byte-compiled first, as pip does when it installs a package (Textual's
already are): without that, a machine with PYTHONDONTWRITEBYTECODE set (as this one) compiles
them from source on every start: ~50 ms of CPU (median of 15) that no installed copy pays.

    python bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _terminal import Terminal, median  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TARGET = 1.2


def prepare_demo_home(home: Path) -> None:
    """Create the demo meeting once, so every measured run only reopens it."""
    sys.path.insert(0, str(ROOT))
    from coprod_tui.meeting.demo import ensure_demo
    from coprod_tui.store.db import HomeStore

    store = HomeStore(home).open()
    try:
        ensure_demo(store)
    finally:
        store.close()


def byte_compile() -> None:
    import compileall

    compileall.compile_dir(ROOT / "coprod_tui", quiet=1)


def measure(argv: list[str]) -> tuple[float, float, int]:
    """Seconds to the first frame, CPU seconds, peak memory (KiB)."""
    terminal = Terminal(argv)
    try:
        run = terminal.first_frame()
    finally:
        usage = terminal.stop()
    return run.first_frame_seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each program (alternating)")
    args = parser.parse_args()
    byte_compile()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        prepare_demo_home(home)
        programs = {
            "minimal Textual app": [
                sys.executable,
                str(Path(__file__).parent / "_terminal.py"),
                "minimal",
            ],
            "coprod demo": [sys.executable, "-m", "coprod_tui", "--home", str(home), "demo"],
            # Dutch: the gettext catalogue (its compiled .mo) is loaded on the first word
            "coprod demo, in Dutch": [
                *(sys.executable, "-m", "coprod_tui", "--home", str(home)),
                *("--lang", "nl", "demo"),
            ],
            # the same data, no meeting opened: the home screen (a list and a table)
            "coprod, home screen": [sys.executable, "-m", "coprod_tui", "--home", str(home)],
        }
        times: dict[str, list[float]] = {name: [] for name in programs}
        cpu: dict[str, list[float]] = {name: [] for name in programs}
        memory: dict[str, list[int]] = {name: [] for name in programs}
        for argv in programs.values():
            measure(argv)  # not counted: the first start writes the theme cache
        for _ in range(args.runs):
            for name, argv in programs.items():
                seconds, cpu_seconds, maxrss = measure(argv)
                times[name].append(seconds)
                cpu[name].append(cpu_seconds)
                memory[name].append(maxrss)

    print(f"100x30 pty, TERM=xterm-256color, {args.runs} alternating runs each (medians)")
    print(f"{'program':22} {'first frame':>12} {'CPU':>8} {'peak memory':>12}   each run (s)")
    for name in programs:
        each = " ".join(f"{s:.2f}" for s in times[name])
        print(
            f"{name:22} {median(times[name]):>10.3f} s {median(cpu[name]):>6.2f} s"
            f" {median(memory[name]) / 1024:>8.1f} MiB   {each}"
        )
    floor = "minimal Textual app"
    for ours in ("coprod demo", "coprod demo, in Dutch", "coprod, home screen"):
        time_ratio = median(times[ours]) / median(times[floor])
        cpu_ratio = median(cpu[ours]) / median(cpu[floor])
        memory_ratio = median(memory[ours]) / median(memory[floor])
        print(f"{ours} / minimal app:")
        for what, ratio in (("time", time_ratio), ("CPU", cpu_ratio), ("memory", memory_ratio)):
            verdict = "within" if ratio <= TARGET else "ABOVE"
            print(f"  {what:7} {ratio:.2f}  ({verdict} the target of {TARGET})")


if __name__ == "__main__":
    main()
