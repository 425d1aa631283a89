"""The page nobody can knock over: slow and idle connections, caps, deadlines (real sockets).

The deadlines are shortened here (seconds instead of tens of seconds) so that the tests show
what happens when they pass; the waits are bounded with margins, they measure nothing.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
import time
from http import HTTPStatus
from urllib.parse import urlsplit

import pytest

from coprod_tui.join import JoinPage
from coprod_tui.join.limits import RateLimit
from coprod_tui.join.routes import Response
from coprod_tui.join.transport import Caps, Deadlines, HeadError, client_key, parse_head
from tests.join.helpers import post_card, request, spooled_cards

SHORT = Deadlines(head=2.0, body=2.0, connection=3.0, discard=1.0)
MARGIN = 2.0


@pytest.fixture
def guarded(home):
    join_page = JoinPage(
        home.inbox,
        host="127.0.0.1",
        port=0,
        deadlines=SHORT,
        requests=RateLimit(burst=200, per_minute=6000),
    )
    join_page.start()
    yield join_page
    join_page.stop()


class Dribble:
    """Connections that send a request one byte at a time and never finish it (slowloris)."""

    def __init__(self, port: int, sources: list[str], every: float = 0.5) -> None:
        self.sockets: dict[socket.socket, float] = {}
        self.closed_after: list[float] = []
        for source in sources:
            sock = socket.create_connection(("127.0.0.1", port), 5, (source, 0))
            sock.sendall(b"GET / HTTP/1.1\r\nX-Slow: ")
            sock.setblocking(False)
            self.sockets[sock] = time.monotonic()
        self.every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        with selectors.DefaultSelector() as selector:
            for sock in self.sockets:
                selector.register(sock, selectors.EVENT_READ)
            while not self._stop.is_set() and len(self.closed_after) < len(self.sockets):
                for key, _ in selector.select(timeout=self.every):
                    sock = key.fileobj
                    assert isinstance(sock, socket.socket)
                    try:
                        data = sock.recv(4096)
                    except OSError:
                        data = b""
                    if not data:
                        self.closed_after.append(time.monotonic() - self.sockets[sock])
                        selector.unregister(sock)
                for sock in selector.get_map().values():
                    with contextlib.suppress(OSError):
                        sock.fileobj.send(b"x")  # type: ignore[union-attr]

    def wait_all_closed(self, timeout: float) -> None:
        self._thread.join(timeout)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        for sock in self.sockets:
            sock.close()


def _port(join_page: JoinPage) -> int:
    port = urlsplit(join_page.url).port
    assert port is not None
    return port


def test_a_phone_gets_its_page_and_hands_in_a_card_under_80_slowloris_connections(guarded, home):
    sources = [f"127.0.8.{10 + n % 20}" for n in range(64)] + ["127.0.9.9"] * 16
    attack = Dribble(_port(guarded), sources)
    try:
        time.sleep(0.3)
        for number in range(3):
            page = request(guarded.url, client="127.0.0.2")
            assert page.status == 200 and "<form" in page.body
            assert post_card(guarded.url, f"soup {number}", client="127.0.0.2").status == 200
        assert sorted(c.text for c in spooled_cards(home.inbox)) == ["soup 0", "soup 1", "soup 2"]
        attack.wait_all_closed(SHORT.connection + MARGIN)
        assert len(attack.closed_after) == len(sources), "every slow connection was closed"
        assert max(attack.closed_after) < SHORT.connection + MARGIN
        assert guarded.transport is not None
        assert guarded.transport.open_connections == 0
    finally:
        attack.close()


def test_no_connection_outlives_the_overall_deadline(home):
    # a head deadline longer than the connection's: the overall one must still cut it off
    deadlines = Deadlines(head=30.0, body=30.0, connection=1.5)
    with JoinPage(home.inbox, host="127.0.0.1", port=0, deadlines=deadlines) as join_page:
        attack = Dribble(_port(join_page), ["127.0.8.1"] * 4, every=0.2)
        try:
            attack.wait_all_closed(deadlines.connection + MARGIN)
            assert len(attack.closed_after) == 4
            assert max(attack.closed_after) < deadlines.connection + MARGIN
        finally:
            attack.close()


def test_one_address_holds_at_most_its_share_and_its_own_phone_still_gets_in(home):
    caps = Caps(per_client=8)
    with JoinPage(home.inbox, host="127.0.0.1", port=0, caps=caps) as join_page:
        idle = [
            socket.create_connection(("127.0.0.1", _port(join_page)), 5, ("127.0.0.40", 0))
            for _ in range(20)
        ]
        try:
            assert request(join_page.url, client="127.0.0.40").status == 200
            # the oldest idle ones were closed to make room: at most 8 stay open
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                assert join_page.transport is not None
                if join_page.transport.open_connections <= caps.per_client:
                    break
                time.sleep(0.05)
            assert join_page.transport.open_connections <= caps.per_client
            assert _closed_by_server(idle[0]), "the oldest idle connection made room"
        finally:
            for sock in idle:
                sock.close()


def test_when_the_total_cap_is_reached_a_phone_still_gets_in(home):
    caps = Caps(connections=32)
    with JoinPage(home.inbox, host="127.0.0.1", port=0, caps=caps) as join_page:
        idle = [
            socket.create_connection(("127.0.0.1", _port(join_page)), 5, (f"127.0.7.{n + 1}", 0))
            for n in range(64)
        ]
        try:
            assert post_card(join_page.url, "soup", client="127.0.0.2").status == 200
            assert join_page.transport is not None
            assert join_page.transport.open_connections <= caps.connections
            assert join_page.transport.evicted >= 64 - caps.connections
        finally:
            for sock in idle:
                sock.close()
    assert [c.text for c in spooled_cards(home.inbox)] == ["soup"]


def test_a_slow_body_is_cut_off_and_stores_nothing(guarded, home):
    parts = urlsplit(guarded.url)
    with socket.create_connection(("127.0.0.1", parts.port), 5) as sock:
        sock.sendall(
            f"POST {parts.path} HTTP/1.0\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            "Content-Length: 100\r\n\r\ntext=so".encode()
        )
        sock.settimeout(SHORT.body + MARGIN)
        assert sock.recv(100) == b"", "closed without an answer once the body is late"
    assert spooled_cards(home.inbox) == []


def test_a_head_too_large_is_refused(page):
    parts = urlsplit(page.url)
    with socket.create_connection(("127.0.0.1", parts.port), 5) as sock:
        sock.sendall(f"GET {parts.path} HTTP/1.0\r\nX-Big: {'a' * 20000}\r\n\r\n".encode())
        assert sock.recv(100).startswith(b"HTTP/1.0 431")


def _closed_by_server(sock: socket.socket) -> bool:
    sock.settimeout(3)
    try:
        return sock.recv(1) == b""
    except OSError:
        return True


@pytest.mark.parametrize(
    ("address", "key"),
    [
        ("192.168.1.20", "192.168.1.20"),
        ("fe80::1:2:3:4%eth0", "fe80::1:2:3:4"),
        ("2001:db8:1:2:AAAA:0:0:dddd", "2001:db8:1:2:aaaa::dddd"),
        ("::ffff:10.0.0.7", "10.0.0.7"),
    ],
)
def test_limits_count_each_address_in_one_spelling(address, key):
    assert client_key(address) == key


@pytest.mark.parametrize(
    "head",
    [
        b"GET / HTTP/x.y\r\n\r\n",
        b"GET  / HTTP/1.1\r\n\r\n",
        b"get / HTTP/1.1\r\n\r\n",
        b"GET nothing HTTP/1.1\r\n\r\n",
        b"GET / HTTP/1.1\r\nNo colon here\r\n\r\n",
        b"GET / HTTP/1.1\r\nA: 1\r\n folded\r\n\r\n",
        b"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
    ],
)
def test_a_broken_head_is_refused(head):
    with pytest.raises(HeadError):
        parse_head(head, "127.0.0.1")


def test_a_head_is_read_into_a_request():
    request = parse_head(
        b"POST /j/abc?lang=nl HTTP/1.1\r\nHost: x:1\r\nCookie: a=b\r\ncookie: c=d\r\n\r\n", "c"
    )
    assert (request.method, request.path, request.query) == ("POST", "/j/abc", "lang=nl")
    assert request.headers == {"host": "x:1", "cookie": "a=b"}


def test_a_connection_being_answered_is_never_closed_to_make_room(home):
    release = threading.Event()

    def slow_part(router, cards) -> None:
        def slow(asked):
            release.wait(10)  # a route that takes its time (a slow disk, the app busy)
            return Response(HTTPStatus.OK, b"done", "text/plain")

        router.add("GET", "slow", slow)

    caps = Caps(per_client=2)
    with JoinPage(home.inbox, host="127.0.0.1", port=0, caps=caps, parts=[slow_part]) as page:
        answers: list[int] = []
        waiting = threading.Thread(
            target=lambda: answers.append(request(page.url + "/slow", client="127.0.0.50").status)
        )
        waiting.start()
        deadline = time.monotonic() + 5
        while page.transport is not None and page.transport.open_connections == 0:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        time.sleep(0.2)  # its whole request is in: it is being answered
        crowd = [
            socket.create_connection(("127.0.0.1", _port(page)), 5, ("127.0.0.50", 0))
            for _ in range(6)
        ]
        try:
            assert request(page.url, client="127.0.0.50").status == 200
            release.set()
            waiting.join(10)
            assert answers == [200], "the request being answered kept its connection"
        finally:
            release.set()
            for sock in crowd:
                sock.close()
