"""The readiness check: what an answer costs, and finding the previous check in a long history.

An answer writes only the meeting's own database (the index row once, when the check starts).
Opening the check reads the project's index rows, then the meetings from the newest earlier one
back to the one with the previous check; ``--between`` meetings without a check sit in between.
Usage: python bench/readiness.py [--past 500] [--between 6] [--answers 114]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coprod_tui.meeting import Workspace  # noqa: E402
from coprod_tui.meeting.readiness import readiness_history  # noqa: E402
from coprod_tui.model import Participant, ReadinessAnswer, ReadinessCheck, Session  # noqa: E402
from coprod_tui.model.readiness import principle_scores  # noqa: E402
from coprod_tui.model.toolkit import READINESS_QUESTIONS  # noqa: E402
from coprod_tui.store.db import HomeStore  # noqa: E402
from coprod_tui.store.plans import load_plan, plans_dir  # noqa: E402
from coprod_tui.tui.widgets.readiness_chart import ChartRow, ChartState, chart_lines  # noqa: E402

PEOPLE = ["Fatima", "Jan", "Mohamed", "Els", "Priya", "Kees"]
VALUES = ("yes", "partly", "not_yet", "dont_know")


def full_check() -> ReadinessCheck:
    check = ReadinessCheck()
    for n, question in enumerate(READINESS_QUESTIONS):
        check.record(ReadinessAnswer(question.key, VALUES[n % 4], "because"))
        for i, name in enumerate(PEOPLE):
            value = VALUES[(n + i) % 4]
            check.record(ReadinessAnswer(question.key, value, source="person", participant=name))
    return check


def fill_history(store: HomeStore, past: int, between: int) -> str:
    """``past`` closed meetings; the one ``between + 1`` from the end holds a full check."""
    project = Workspace(store).create_project("Kookgroep De Linde")
    for n in range(past):
        session = Session(
            project_id=project.id,
            title=f"Meeting {n}",
            date=date(2016, 1, 1) + timedelta(days=7 * n),
            status="closed",
            participants=[Participant(name) for name in PEOPLE],
            readiness=full_check() if n == past - between - 1 else None,
        )
        store.create_meeting(session)
    return project.id


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--past", type=int, default=500)
    parser.add_argument("--between", type=int, default=6)
    parser.add_argument("--answers", type=int, default=19 * 6)  # each of six people, every question
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = HomeStore(Path(folder)).open()
        fill_history(store, args.past, args.between)
        workspace = Workspace(store)
        project = workspace.create_project("Kookgroep De Linde")
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
        store.close()
    print(f"past meetings: {args.past}, {args.between} of them after the previous check")
    print(f"find the previous check: median {median_ms(lookups)} (7 runs)")
    print(
        f"record an answer (save the meeting): median {median_ms(writes)}, "
        f"max {max(writes) * 1000:.2f} ms over {args.answers} answers"
    )
    print(f"score six principles and draw the diagram: median {median_ms(drawn)}")


if __name__ == "__main__":
    main()
