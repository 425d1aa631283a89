"""The readiness check: what an answer costs, and finding the previous check in a long history.

An answer writes only the meeting's own database (the index row once, when the check starts).
Opening the check reads the project's index rows, then the meetings from the newest earlier one
back to the one with the previous check. The history is bench/history.py's (a check every 13th
meeting, as a group doing one twice a year at fortnightly meetings).
Usage: python bench/readiness.py [--past 500] [--answers 114]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from history import PEOPLE, PROJECT, history_home  # noqa: E402

from coprod_tui.meeting import Workspace  # noqa: E402
from coprod_tui.meeting.readiness import readiness_history  # noqa: E402
from coprod_tui.model import Participant  # noqa: E402
from coprod_tui.model.readiness import principle_scores  # noqa: E402
from coprod_tui.model.toolkit import READINESS_QUESTIONS  # noqa: E402
from coprod_tui.store.db import HomeStore  # noqa: E402
from coprod_tui.store.plans import load_plan, plans_dir  # noqa: E402
from coprod_tui.tui.widgets.readiness_chart import ChartRow, ChartState, chart_lines  # noqa: E402

VALUES = ("yes", "partly", "not_yet", "dont_know")


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--past", type=int, default=500)
    parser.add_argument("--answers", type=int, default=19 * 6)  # each of six people, every question
    args = parser.parse_args()
    home = history_home(args.past)
    try:
        store = HomeStore(home).open()
        workspace = Workspace(store)
        project = workspace.create_project(PROJECT)
        meeting = workspace.new_meeting(
            project,
            load_plan(plans_dir() / "readiness.yaml"),
            participants=[Participant(name) for name in PEOPLE],
            on=date(2030, 1, 1),
        )
        lookups = []
        for _ in range(7):
            start = time.perf_counter()
            history = readiness_history(store, meeting.session)
            lookups.append(time.perf_counter() - start)
        assert history.previous is not None
        writes = []
        for n in range(args.answers):
            question = READINESS_QUESTIONS[n % 19]
            start = time.perf_counter()
            meeting.answer_question(
                question.key, VALUES[n % 4], source="person", participant=PEOPLE[n // 19 % 6]
            )
            writes.append(time.perf_counter() - start)
        drawn = []
        check = meeting.readiness_check()
        before = history.previous.check
        for _ in range(50):
            start = time.perf_counter()
            rows = zip(principle_scores(check), principle_scores(before))
            state = ChartState(tuple(ChartRow(now, then) for now, then in rows), "x", "assets")
            chart_lines(state, 80)
            drawn.append(time.perf_counter() - start)
        between = [row["id"] for row in store.summaries(project.id)].index(
            history.previous.meeting_id
        )
        store.close()
    finally:
        shutil.rmtree(home.parent, ignore_errors=True)
    print(f"past meetings: {args.past}, {between - 1} of them after the previous check")
    print(f"find the previous check: median {median_ms(lookups)} (7 runs)")
    print(
        f"record an answer (save the meeting): median {median_ms(writes)}, "
        f"max {max(writes) * 1000:.2f} ms over {args.answers} answers"
    )
    print(f"score six principles and draw the diagram: median {median_ms(drawn)}")


if __name__ == "__main__":
    main()
