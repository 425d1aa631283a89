"""A placement round from 60 phones on loopback: every answer and every poll through the page.

Each phone comes from its own loopback address (127.0.2.x), opens the page (its cookie), places
on the ladder, changes its mind twice, and polls now.json as the page's script does. The meeting
lives on an event loop of its own, and the page reaches it as it reaches the app's: every call
hops onto that loop (``run_coroutine_threadsafe``, what ``App.call_from_thread`` does), so the
figures include the hop and the meeting's save (fsync) per answer. Checks that the round ends
with exactly one answer per phone. Prints latency medians and p95 per run, then the medians over
the runs; each phone also hands in one card in the same run, the anchor beside it (issue 20:
a card's p95 under 200 ms).

    .venv/bin/python bench/phone_activities.py [runs]
"""

from __future__ import annotations

import asyncio
import http.client
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from coprod_tui.join import JoinPage
from coprod_tui.join.activity_routes import ActivityDesk, activity_part
from coprod_tui.join.limits import RateLimit
from coprod_tui.meeting import Workspace
from coprod_tui.model import Participant
from coprod_tui.store.db import HomeStore
from coprod_tui.store.plans import load_plan, plans_dir

PHONES = 60
CONCURRENT = 12
ANSWERS_EACH = 3  # a place, then two changes of mind
POLLS_EACH = 5
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3


def request(port: int, client: str, method: str, path: str, cookie: str, body: bytes = b""):
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=30, source_address=(client, 0)
    )
    headers = {"Cookie": cookie} if cookie else {}
    if method == "POST":
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        started = time.perf_counter()
        connection.request(method, path, body=body or None, headers=headers)
        response = connection.getresponse()
        response.read()
        took = time.perf_counter() - started
        set_cookie = response.getheader("Set-Cookie") or ""
        return response.status, took, set_cookie.split(";")[0]
    finally:
        connection.close()


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def one_run() -> tuple[float, ...]:
    with tempfile.TemporaryDirectory() as folder:
        store = HomeStore(Path(folder) / "home").open()
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, daemon=True)
        thread.start()
        try:
            workspace = Workspace(store)
            project = workspace.create_project("Bench")
            meeting = workspace.new_meeting(
                project,
                load_plan(plans_dir() / "standard.yaml"),
                participants=[Participant(f"P{n}") for n in range(PHONES)],
            )
            round_ = meeting.open_placement_round()

            async def call(function):  # noqa: ANN001, ANN202
                return function()

            def run(function):  # noqa: ANN001, ANN202
                return asyncio.run_coroutine_threadsafe(call(function), loop).result()

            page = JoinPage(
                store.paths.inbox,
                host="127.0.0.1",
                port=0,
                parts=[activity_part(ActivityDesk(lambda: meeting, run))],
                requests=RateLimit(burst=1000, per_minute=60000),
            )
            page.start()
            home = urlsplit(page.url).path
            answers: list[float] = []
            polls: list[float] = []
            cards: list[float] = []
            lock = threading.Lock()

            def phone(number: int) -> None:
                client = f"127.0.2.{number + 1}"
                status, _, cookie = request(page.port, client, "GET", home, "")
                assert status == 200 and cookie
                for step in range(ANSWERS_EACH):
                    body = urlencode(
                        {"activity": round_.id, "rung": str(1 + (number + step) % 7)}
                    ).encode()
                    status, took, _ = request(
                        page.port, client, "POST", home + "/answer", cookie, body
                    )
                    assert status == 200, status
                    with lock:
                        answers.append(took)
                body = urlencode({"text": f"card {number}", "once": f"once-{number}"}).encode()
                status, took, _ = request(page.port, client, "POST", home, cookie, body)
                assert status == 200, status
                with lock:
                    cards.append(took)
                for _ in range(POLLS_EACH):
                    status, took, _ = request(page.port, client, "GET", home + "/now.json", cookie)
                    assert status == 200
                    with lock:
                        polls.append(took)

            with ThreadPoolExecutor(CONCURRENT) as pool:
                list(pool.map(phone, range(PHONES)))
            page.stop()
            stored = store.load_meeting(meeting.session.id).open_activity()
            assert stored is not None and len(stored.answers) == PHONES, "one answer per phone"
            return (
                statistics.median(answers),
                p95(answers),
                statistics.median(polls),
                p95(polls),
                statistics.median(cards),
                p95(cards),
            )
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(5)
            store.close()


def main() -> None:
    print(
        f"{PHONES} phones, {CONCURRENT} at once, {ANSWERS_EACH} answers and {POLLS_EACH} polls "
        "each; milliseconds"
    )
    results = []
    for number in range(RUNS):
        figures = one_run()
        results.append(figures)
        print(
            f"run {number + 1}: answer median {figures[0] * 1000:.1f} p95 {figures[1] * 1000:.1f}"
            f" · now.json median {figures[2] * 1000:.1f} p95 {figures[3] * 1000:.1f}"
            f" · a card median {figures[4] * 1000:.1f} p95 {figures[5] * 1000:.1f}"
        )
    medians = [statistics.median(run[i] for run in results) * 1000 for i in range(6)]
    print(
        f"median of {RUNS} runs: answer median {medians[0]:.1f} p95 {medians[1]:.1f}"
        f" · now.json median {medians[2]:.1f} p95 {medians[3]:.1f}"
        f" · a card median {medians[4]:.1f} p95 {medians[5]:.1f}"
        "   (issue 20's anchor for cards: p95 under 200 ms)"
    )


if __name__ == "__main__":
    main()
