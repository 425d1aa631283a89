"""The join page under a slowloris attack: does a real phone still get its page and hand in a card?

An attacker on the Wi-Fi opens connections and sends one byte of a request every 8 s, never
finishing it; it needs no join code. Meanwhile a phone loads the page and posts a card every
2 s. Printed per run and as medians: the phone's latency (page + card) with no attack and under
attack in the same run, how many of its tries failed, and how long the server let the longest
attacking connection live (capped at the observation window).

Two attacks: 64 connections from one address, and 256 connections from 64 addresses (an
attacker who can take many addresses on the LAN).

    .venv/bin/python bench/join_slowloris.py [runs]
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

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
BYTE_EVERY = 8.0  # seconds between two bytes of an attacking connection
ATTACK_SECONDS = 30.0  # the phone tries during this long
WATCH_SECONDS = 80.0  # attacking connections are watched this long at most
PHONE_EVERY = 2.0
PHONE_TIMEOUT = 15.0
ATTACKS = (("64 connections, 1 address", 64, 1), ("256 connections, 64 addresses", 256, 64))


def phone_try(port: int, path: str, number: int) -> float | None:
    """GET the page, POST a card; seconds taken, or None when either failed."""
    started = time.perf_counter()
    try:
        for method, body in (("GET", None), ("POST", urlencode({"text": f"card {number}"}))):
            connection = http.client.HTTPConnection(
                "127.0.0.1", port, timeout=PHONE_TIMEOUT, source_address=("127.0.0.2", 0)
            )
            try:
                headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
                connection.request(method, path, body, headers)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    return None
            finally:
                connection.close()
    except OSError:
        return None
    return time.perf_counter() - started


class Slowloris:
    """Attacking connections driven by one thread: a byte each every BYTE_EVERY seconds."""

    def __init__(self, port: int, count: int, addresses: int) -> None:
        self.opened: dict[socket.socket, float] = {}
        self.lifetimes: list[float] = []
        self.refused = 0
        self.held_to_the_end = 0  # still open when the window closed
        for number in range(count):
            source = f"127.0.9.{10 + number % addresses}"
            try:
                sock = socket.create_connection(("127.0.0.1", port), 5, (source, 0))
            except OSError:
                self.refused += 1
                continue
            sock.setblocking(False)
            self.opened[sock] = time.monotonic()
            with contextlib.suppress(OSError):
                sock.send(b"GET / HTTP/1.1\r\n")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        selector = selectors.DefaultSelector()
        for sock in self.opened:
            selector.register(sock, selectors.EVENT_READ)
        started = time.monotonic()
        next_byte = started + BYTE_EVERY
        while not self._stop.is_set() and self.opened:
            now = time.monotonic()
            if now - started > WATCH_SECONDS:
                break
            for key, _ in selector.select(timeout=max(0.0, min(1.0, next_byte - now))):
                sock = key.fileobj
                assert isinstance(sock, socket.socket)
                try:
                    data = sock.recv(65536)
                except OSError:
                    data = b""
                if not data:  # the server closed it (after an answer, or without one)
                    self._close(selector, sock)
            if time.monotonic() >= next_byte:
                next_byte += BYTE_EVERY
                for sock in list(self.opened):
                    try:
                        sock.send(b"X")
                    except OSError:
                        self._close(selector, sock)
        for sock in list(self.opened):  # still open at the end of the window
            self.held_to_the_end += 1
            self._close(selector, sock)
        selector.close()

    def _close(self, selector: selectors.BaseSelector, sock: socket.socket) -> None:
        self.lifetimes.append(time.monotonic() - self.opened.pop(sock))
        selector.unregister(sock)
        sock.close()

    def finish(self) -> None:
        self._thread.join()


def one_run(count: int, addresses: int) -> tuple[float, float, int, int, float, int]:
    with tempfile.TemporaryDirectory() as folder:
        spool = Path(folder) / "inbox"
        inbox.create_spool(spool)
        page = JoinPage(
            spool, host="127.0.0.1", port=0, requests=RateLimit(burst=1000, per_minute=10**6)
        )
        page.start()
        parts = urlsplit(page.url)
        assert parts.port is not None
        try:
            calm = [phone_try(parts.port, parts.path, n) for n in range(5)]
            attack = Slowloris(parts.port, count, addresses)
            time.sleep(1.0)
            under: list[float | None] = []
            deadline = time.monotonic() + ATTACK_SECONDS
            number = 100
            while time.monotonic() < deadline:
                started = time.monotonic()
                under.append(phone_try(parts.port, parts.path, number))
                number += 1
                time.sleep(max(0.0, PHONE_EVERY - (time.monotonic() - started)))
            attack.finish()
        finally:
            page.stop()
    calm_ok = [s for s in calm if s is not None]
    under_ok = [s for s in under if s is not None]
    failed = len(under) - len(under_ok)
    return (
        statistics.median(calm_ok) * 1000 if calm_ok else float("nan"),
        statistics.median(under_ok) * 1000 if under_ok else float("nan"),
        failed,
        len(under),
        max(attack.lifetimes, default=0.0),
        attack.held_to_the_end,
    )


def main() -> None:
    print(
        f"join page under slowloris: a byte every {BYTE_EVERY:.0f} s per attacking connection;"
        f" a phone (page + card) every {PHONE_EVERY:.0f} s for {ATTACK_SECONDS:.0f} s;"
        f" {RUNS} runs; attacking connections watched up to {WATCH_SECONDS:.0f} s"
    )
    for label, count, addresses in ATTACKS:
        print(f"{label}:")
        results = []
        for run in range(RUNS):
            calm, under, failed, tries, longest, held = one_run(count, addresses)
            results.append((calm, under, failed, tries, longest, held))
            print(
                f"  run {run + 1}: phone {calm:6.1f} ms calm · {under:7.1f} ms under attack"
                f" · {failed}/{tries} phone tries failed · longest attacking connection"
                f" {longest:5.1f} s · {held} held to the end of the window"
            )
        calm, under, failed, tries, longest, held = (statistics.median(c) for c in zip(*results))
        print(
            f"  median: phone {calm:.1f} ms calm · {under:.1f} ms under attack · "
            f"{failed:.0f}/{tries:.0f} failed · longest attacking connection {longest:.1f} s"
            f" · {held:.0f} held to the end"
        )


if __name__ == "__main__":
    main()
