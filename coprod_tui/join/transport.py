"""The phone page's transport: HTTP/1.0 on asyncio, so slow or idle connections cost little.

Why asyncio (standard library) rather than threads or a server library: a connection that is
waiting costs a few kilobytes and no thread, so nobody on the Wi-Fi can take the page away by
opening connections and sending a byte now and then (slowloris); and no dependency to keep.
The loop runs in its own thread, apart from Textual's, so a flood on the network never makes
the facilitator's screen stutter. The routes (``routes.py``) run in a small thread pool: handing
in a card fsyncs a file and its folder, which must not stop the loop.

What a connection meets: a cap per client address and one in total; when a cap is reached,
the oldest connection that has not yet sent a whole request is closed to make room (a phone
sends its request at once, an attacker never finishes his). Then a deadline for the request's
head, one for its body, and one for the whole connection, the answer included. One request
per connection (``Connection: close``); nothing is logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import re
import socket
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http import HTTPStatus

from coprod_tui.join.routes import SECURITY_HEADERS, Request, Response, Router

DISCARD_BYTES = 1024 * 1024  # of a refused body, read and dropped so the client sees the answer
_METHOD = re.compile(r"[A-Z]{1,16}")
_TARGET = re.compile(r"/[\x21-\x7e]*")
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


@dataclass(frozen=True)
class Deadlines:
    head: float = 10.0  # request line and headers, counted from the moment it connects
    body: float = 10.0  # the body, once the head is in
    connection: float = 30.0  # everything, the answer included
    discard: float = 2.0  # reading and dropping a refused body after the answer


@dataclass(frozen=True)
class Caps:
    connections: int = 512  # open at once, in total
    per_client: int = 8  # open at once from one address (a browser opens up to six)
    head_bytes: int = 16 * 1024  # request line and headers
    max_headers: int = 64
    workers: int = 8  # threads that run the routes


class HeadError(Exception):
    def __init__(self, status: HTTPStatus) -> None:
        super().__init__(status.phrase)
        self.status = status


def client_key(address: str) -> str:
    """The address limits count by, in one spelling (an IPv4-mapped IPv6 address as IPv4).

    Not an IPv6 address's /64: on a local network every phone shares the same /64. A device
    that takes many addresses meets the cap in total and the eviction instead.
    """
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    return str(ip)


def parse_head(raw: bytes, client: str, *, max_headers: int = 64) -> Request:
    """The request line and headers (ending in an empty line); raises HeadError."""
    lines = raw.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3:
        raise HeadError(HTTPStatus.BAD_REQUEST)
    method, target, version = parts
    if version not in ("HTTP/1.0", "HTTP/1.1") or not _METHOD.fullmatch(method):
        raise HeadError(HTTPStatus.BAD_REQUEST)
    if not _TARGET.fullmatch(target):
        raise HeadError(HTTPStatus.BAD_REQUEST)
    fields = [line for line in lines[1:] if line]
    if len(fields) > max_headers:
        raise HeadError(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)
    headers: dict[str, str] = {}
    for line in fields:
        name, sep, value = line.partition(":")
        if not sep or not _HEADER_NAME.fullmatch(name):  # also a folded line (starts with space)
            raise HeadError(HTTPStatus.BAD_REQUEST)
        name, value = name.lower(), value.strip(" \t")
        if name in headers:
            if name in ("content-length", "host") and headers[name] != value:
                raise HeadError(HTTPStatus.BAD_REQUEST)
            continue
        headers[name] = value
    if "transfer-encoding" in headers:  # no browser sends a form in chunks
        raise HeadError(HTTPStatus.LENGTH_REQUIRED)
    return Request(method=method, target=target, headers=headers, client=client)


def serialise(response: Response) -> bytes:
    lines = [
        f"HTTP/1.0 {response.status.value} {response.status.phrase}",
        "Server: coprod",
        f"Content-Type: {response.content_type}",
        f"Content-Length: {len(response.body)}",
        *(f"{key}: {value}" for key, value in SECURITY_HEADERS.items()),
        *(f"{key}: {value}" for key, value in response.headers.items()),
        "Connection: close",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + response.body


class _Connection:
    __slots__ = ("busy", "client", "closed", "opened", "transport")

    def __init__(self, client: str, transport: asyncio.WriteTransport, opened: float) -> None:
        self.client = client
        self.transport = transport
        self.opened = opened
        self.busy = False  # its whole request is in: it is being answered, never evicted
        self.closed = False  # answered, and the answer has left


class Transport:
    """Serves ``router`` on a listening socket from a thread of its own: ``start``, ``stop``."""

    def __init__(
        self,
        router: Router,
        sock: socket.socket,
        *,
        deadlines: Deadlines | None = None,
        caps: Caps | None = None,
    ) -> None:
        self.router = router
        self.sock = sock
        self.deadlines = deadlines or Deadlines()
        self.caps = caps or Caps()
        self.evicted = 0  # connections closed to make room (a sign of an attack)
        self._all: dict[_Connection, None] = {}  # in the order they came
        self._by_client: dict[str, list[_Connection]] = {}
        self._pool = ThreadPoolExecutor(self.caps.workers, thread_name_prefix="join-route")
        self._loop = asyncio.new_event_loop()
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None

    @property
    def open_connections(self) -> int:
        return len(self._all)

    # --- the loop's thread ---------------------------------------------------------------------
    def start(self) -> None:
        started = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            asyncio.set_event_loop(self._loop)
            try:
                self._server = self._loop.run_until_complete(
                    asyncio.start_server(self._serve, sock=self.sock, limit=self.caps.head_bytes)
                )
            except BaseException as error:  # told to the caller of start()
                failure.append(error)
                started.set()
                return
            started.set()
            self._loop.run_forever()
            self._loop.run_until_complete(self._cancel_the_rest())
            self._loop.close()

        self._thread = threading.Thread(target=run, name="join-page", daemon=True)
        self._thread.start()
        started.wait()
        if failure:
            self._thread.join()
            self._pool.shutdown()
            self.sock.close()
            raise failure[0]

    def stop(self) -> None:
        """Close the listening socket and every connection; returns once the port is closed."""
        thread = self._thread
        if thread is None:
            return
        self._thread = None
        with contextlib.suppress(RuntimeError):  # the loop has already stopped
            asyncio.run_coroutine_threadsafe(self._shut(), self._loop).result(timeout=5)
            self._loop.call_soon_threadsafe(self._loop.stop)
        thread.join(timeout=5)
        # not waiting for a route still running: it may be waiting for the app's own loop,
        # which may be the one calling stop()
        self._pool.shutdown(wait=False, cancel_futures=True)
        self.sock.close()

    async def _shut(self) -> None:
        if self._server is not None:
            self._server.close()
        for connection in list(self._all):
            connection.transport.abort()

    async def _cancel_the_rest(self) -> None:
        tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # --- admitting a connection ----------------------------------------------------------------
    def _admit(self, connection: _Connection) -> bool:
        mine = self._by_client.setdefault(connection.client, [])
        if len(mine) >= self.caps.per_client and not self._evict(mine):
            return False
        if len(self._all) >= self.caps.connections and not self._evict(list(self._all)):
            return False
        mine.append(connection)
        self._all[connection] = None
        return True

    def _evict(self, candidates: list[_Connection]) -> bool:
        """Close the oldest connection that is still sending its request; False if none is."""
        for connection in candidates:
            if not connection.busy:
                connection.transport.abort()
                self._forget(connection)
                self.evicted += 1
                return True
        return False

    def _forget(self, connection: _Connection) -> None:
        self._all.pop(connection, None)
        mine = self._by_client.get(connection.client)
        if mine is not None:
            with contextlib.suppress(ValueError):
                mine.remove(connection)
            if not mine:
                del self._by_client[connection.client]

    # --- one connection, one request -------------------------------------------------------------
    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        address = peer[0] if isinstance(peer, tuple) and peer else ""
        connection = _Connection(client_key(address), writer.transport, self._loop.time())
        if not self._admit(connection):
            writer.transport.abort()
            return
        try:
            async with asyncio.timeout_at(connection.opened + self.deadlines.connection):
                await self._exchange(reader, writer, connection)
        except (TimeoutError, OSError, asyncio.IncompleteReadError):
            pass  # too slow, or gone: closed without a word
        finally:
            self._forget(connection)
            if not connection.closed:  # cut off, or an answer the client would not read in time
                writer.transport.abort()

    async def _exchange(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, connection: _Connection
    ) -> None:
        try:
            async with asyncio.timeout_at(connection.opened + self.deadlines.head):
                head = await reader.readuntil(b"\r\n\r\n")
            request = parse_head(head, connection.client, max_headers=self.caps.max_headers)
        except asyncio.LimitOverrunError:
            too_large = self.router.refusal(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)
            await self._answer(writer, connection, too_large)
            return
        except HeadError as error:
            await self._answer(writer, connection, self.router.refusal(error.status))
            return
        refusal = self.router.check(request)
        if refusal is not None:
            if refusal.discard_body:
                writer.write(serialise(refusal))
                await writer.drain()
                await self._discard(reader, int(request.headers.get("content-length", "0")))
                await self._close(writer, connection)
            else:
                await self._answer(writer, connection, refusal)
            return
        if request.method == "POST":
            length = int(request.headers["content-length"])  # check() made sure it is a number
            async with asyncio.timeout(self.deadlines.body):
                request.body = await reader.readexactly(length)
        connection.busy = True
        try:
            response = await self._loop.run_in_executor(self._pool, self.router.handle, request)
        except Exception:  # a fault in a route: the phone gets a plain answer, nothing leaks
            response = self.router.refusal(HTTPStatus.INTERNAL_SERVER_ERROR)
        await self._answer(writer, connection, response)

    async def _answer(
        self, writer: asyncio.StreamWriter, connection: _Connection, response: Response
    ) -> None:
        writer.write(serialise(response))
        await self._close(writer, connection)

    async def _close(self, writer: asyncio.StreamWriter, connection: _Connection) -> None:
        """Send what is written, then close; bounded by the connection's deadline."""
        writer.close()
        await writer.wait_closed()
        connection.closed = True

    async def _discard(self, reader: asyncio.StreamReader, length: int) -> None:
        """Read (a bounded part of) a refused body, so the client is not cut off mid-send and
        gets to read the answer; nothing of it is kept."""
        remaining = min(length, DISCARD_BYTES)
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self.deadlines.discard):
                while remaining > 0:
                    chunk = await reader.read(min(remaining, 65536))
                    if not chunk:
                        break
                    remaining -= len(chunk)
