"""The join page under load on loopback: 1,000 cards from 20 concurrent clients.

Each client posts from its own loopback address (127.0.1.x) to the page on 127.0.0.1, one
connection per card as a phone does (HTTP/1.0). Checks that every card arrives in inbox/new
exactly once, and prints requests per second and latency percentiles: each run, then the
medians over the runs. The rate limit is raised for the bench (it measures throughput; the
limiter still runs on every request). Client and server share this machine's cores.

    .venv/bin/python bench/join_bench.py [runs]
"""

from __future__ import annotations

import http.client
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from coprod_tui.join import JoinPage
from coprod_tui.join.limits import RateLimit
from coprod_tui.store import inbox

CARDS = 1000
CLIENTS = 20
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5


def post(port: int, path: str, client: str, text: str) -> tuple[int, float]:
    body = urlencode({"text": text, "name": client}).encode()
    started = time.perf_counter()
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=30, source_address=(client, 0)
    )
    try:
        connection.request(
            "POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"}
        )
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    finally:
        connection.close()


def one_run(number: int) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as folder:
        spool = Path(folder) / "inbox"
        inbox.create_spool(spool)
        page = JoinPage(
            spool, host="127.0.0.1", port=0, requests=RateLimit(burst=CARDS, per_minute=10**6)
        )
        page.start()
        parts = urlsplit(page.url)
        latencies: list[float] = []
        failures: list[int] = []
        lock = threading.Lock()

        def client(index: int) -> None:
            address = f"127.0.1.{index + 1}"
            for k in range(index, CARDS, CLIENTS):
                status, seconds = post(parts.port, parts.path, address, f"run {number} card {k}")
                with lock:
                    latencies.append(seconds)
                    if status != 200:
                        failures.append(status)

        threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        page.stop()

        texts = [entry.card.text for entry in inbox.read_new(spool, limit=CARDS * 2)]
        expected = {f"run {number} card {k}" for k in range(CARDS)}
        if failures or len(texts) != CARDS or set(texts) != expected:
            raise SystemExit(
                f"run {number}: {len(failures)} failed requests, {len(texts)} cards in inbox/new,"
                f" {len(set(texts))} distinct, {len(expected - set(texts))} missing"
            )
        leftovers = list((spool / "tmp").iterdir())
        if leftovers:
            raise SystemExit(f"run {number}: {len(leftovers)} files left in inbox/tmp")
    quantiles = statistics.quantiles(latencies, n=100)
    return CARDS / elapsed, quantiles[49] * 1000, quantiles[94] * 1000


def main() -> None:
    print(f"join page: {CARDS} cards, {CLIENTS} concurrent clients, loopback, {RUNS} runs")
    results = []
    for number in range(RUNS):
        rps, p50, p95 = one_run(number)
        results.append((rps, p50, p95))
        print(
            f"  run {number + 1}: {rps:7.0f} requests/s · p50 {p50:5.1f} ms · p95 {p95:5.1f} ms"
            f" · all {CARDS} cards in inbox/new exactly once"
        )
    rps, p50, p95 = (statistics.median(column) for column in zip(*results))
    print(f"median: {rps:.0f} requests/s · p50 {p50:.1f} ms · p95 {p95:.1f} ms")


if __name__ == "__main__":
    main()
