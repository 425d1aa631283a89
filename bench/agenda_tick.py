"""Bytes the agenda sends to the terminal per clock tick while a meeting runs, in a 100x30 pty.

Two versions of the same screen, each run in its own pty (TERM=xterm-256color):
  (a) table: each tick changes the used cell with DataTable.update_cell (repaints the table);
  (b) cell: the agenda as built, repainting only the changed cell (AgendaTable.set_cell).
The first frame is reported on its own; then the bytes of the next ``--seconds`` seconds.

    python bench/agenda_tick.py [--seconds 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from timer_bytes import COLUMNS, ROWS, measure  # noqa: E402


def run_agenda(mode: str) -> None:
    sys.path.insert(0, str(ROOT))
    from coprod_tui.meeting import Workspace
    from coprod_tui.model import Participant
    from coprod_tui.store.db import HomeStore
    from coprod_tui.store.plans import load_plan, plans_dir
    from coprod_tui.tui.app import CoprodApp
    from coprod_tui.tui.widgets.agenda_table import AgendaTable

    store = HomeStore(Path(tempfile.mkdtemp()) / "home").open()
    workspace = Workspace(store)
    meeting = workspace.new_meeting(
        workspace.create_project("Kookgroep De Linde"),
        load_plan(plans_dir() / "standard.yaml"),
        participants=[Participant(name) for name in ("Fatima", "Jan", "Els")],
        receiver="Els",
    )
    meeting.start()
    if mode == "table":

        def set_cell(self, row_key, column_key, value):  # the naive way: repaint the table
            self.update_cell(row_key, column_key, value)
            return True

        AgendaTable.set_cell = set_cell
    CoprodApp(Workspace(store), meeting_id=meeting.session.id, poll_inbox=False).run()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10, help="seconds measured after frame 1")
    parser.add_argument("--runs", type=int, default=1, help="runs of each; medians are reported")
    parser.add_argument("--child", choices=("table", "cell"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_agenda(args.child)
        return
    me = [sys.executable, str(Path(__file__).resolve())]
    programs = {
        "(a) update_cell, whole table": [*me, "--child", "table"],
        "(b) set_cell, one cell": [*me, "--child", "cell"],
    }
    print(f"{COLUMNS}x{ROWS} pty, TERM=xterm-256color, {args.seconds:g} s after the first frame")
    print(f"{'program':32} {'first frame':>11} {'ticks':>5} {'bytes/tick':>10} {'bytes/s':>8}")
    medians = {}
    for label, argv in programs.items():
        runs = [measure(argv, args.seconds) for _ in range(args.runs)]
        first = statistics.median(r.first_frame for r in runs)
        ticks = statistics.median(r.ticks for r in runs)
        per_tick = statistics.median(r.per_tick for r in runs)
        per_second = statistics.median(r.per_second for r in runs)
        medians[label] = per_tick
        print(f"{label:32} {first:>11,.0f} {ticks:>5g} {per_tick:>10,.0f} {per_second:>8,.0f}")
        if args.runs > 1:
            print(
                f"{'':32} bytes/tick of each run: {', '.join(f'{r.per_tick:,.0f}' for r in runs)}"
            )
    a, b = medians.values()
    print(f"\nratio (b)/(a): {b / a:.2f}")


if __name__ == "__main__":
    main()
