"""The join page under load on loopback: 1,000 cards from 20 concurrent clients.

Each client posts from its own loopback address (127.0.1.x) to the page on 127.0.0.1, one
connection per card as a phone does (HTTP/1.0). Checks that every card arrives in inbox/new
exactly once, and prints requests per second and latency percentiles: each run, then the
medians over the runs. The rate limit is raised for the bench (it measures throughput; the
limiter still runs on every request). Client and server share this machine's cores.

Three conditions in one run: nothing else; 200 connections held open slowly (each from its
own address, sending one byte of an unfinished request every 8 s, reopened when the page
closes it); 200 idle connections (open, silent, as a browser keeps a connection for later;
reopened when closed).

    .venv/bin/python bench/join_bench.py [runs]
"""

from __future__ import annotations

import contextlib
import http.client
import selectors
import socket
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
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
HELD = 200
BYTE_EVERY = 8.0
CONDITIONS = ("nothing else", f"{HELD} slow connections", f"{HELD} idle connections")


class Holder:
    """HELD connections kept open from their own addresses: slow (a byte now and then) or idle."""

    def __init__(self, port: int, slow: bool) -> None:
        self.port, self.slow = port, slow
        self.reopened = 0
        self._selector = selectors.DefaultSelector()
        self._stop = threading.Event()
        for number in range(HELD):
            self._open(number)
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _open(self, number: int) -> None:
        source = f"127.0.{20 + number // 200}.{1 + number % 200}"
        try:
            sock = socket.create_connection(("127.0.0.1", self.port), 5, (source, 0))
        except OSError:
            return
        if self.slow:
            sock.sendall(b"POST / HTTP/1.1\r\nX-Slow: ")
        sock.setblocking(False)
        self._selector.register(sock, selectors.EVENT_READ, number)

    def _run(self) -> None:
        next_byte = time.monotonic() + BYTE_EVERY
        while not self._stop.is_set():
            for key, _ in self._selector.select(timeout=0.5):
                sock = key.fileobj
                assert isinstance(sock, socket.socket)
                with contextlib.suppress(OSError):
                    if sock.recv(4096):
                        continue
                self._selector.unregister(sock)
                sock.close()
                self.reopened += 1
                self._open(key.data)
            if self.slow and time.monotonic() >= next_byte:
                next_byte += BYTE_EVERY
                for key in list(self._selector.get_map().values()):
                    with contextlib.suppress(OSError):
                        key.fileobj.send(b"x")  # type: ignore[union-attr]

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        for key in list(self._selector.get_map().values()):
            key.fileobj.close()  # type: ignore[union-attr]
        self._selector.close()


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


def one_run(number: int, condition: int) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as folder:
        spool = Path(folder) / "inbox"
        inbox.create_spool(spool)
        page = JoinPage(
            spool, host="127.0.0.1", port=0, requests=RateLimit(burst=CARDS, per_minute=10**6)
        )
        page.start()
        parts = urlsplit(page.url)
        assert parts.port is not None
        holder = Holder(parts.port, slow=condition == 1) if condition else None
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
        if holder is not None:
            holder.close()
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
    for condition, label in enumerate(CONDITIONS):
        print(f"{label}:")
        results = []
        for number in range(RUNS):
            rps, p50, p95 = one_run(number, condition)
            results.append((rps, p50, p95))
            print(
                f"  run {number + 1}: {rps:7.0f} requests/s · p50 {p50:5.1f} ms"
                f" · p95 {p95:5.1f} ms · all {CARDS} cards in inbox/new exactly once"
            )
        rps, p50, p95 = (statistics.median(column) for column in zip(*results))
        print(f"  median: {rps:.0f} requests/s · p50 {p50:.1f} ms · p95 {p95:.1f} ms")


if __name__ == "__main__":
    main()
