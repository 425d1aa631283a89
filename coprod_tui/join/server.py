"""The join page as the app and the command line use it: start, show the address, stop.

``JoinPage`` puts the parts together: the routes (``routes.py``, and the card form of
``cards.py``), served by the asyncio transport (``transport.py``) in a thread of its own.
Security, in the order a request meets it: caps on connections per address and in total, a
deadline for the head, the body and the whole connection; a per-client rate limit (429); the
code in the path, else 404 (and a stricter limit on misses); same origin for posts (403);
bodies capped (413) and only ``application/x-www-form-urlencoded``; no other methods; every
response escapes what it shows and carries a strict CSP. Nothing is logged and nothing about
the client (address, user agent, phone token) reaches a card.
"""

from __future__ import annotations

import errno
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from coprod_tui.i18n import LANGUAGES, t, translator
from coprod_tui.join.address import default_host, page_url
from coprod_tui.join.cards import CardRoutes
from coprod_tui.join.code import new_code
from coprod_tui.join.limits import MISSES, REQUESTS, RateLimit, RateLimiter
from coprod_tui.join.routes import Router
from coprod_tui.join.transport import Caps, Deadlines, Transport
from coprod_tui.meeting.hand_in import MAX_PROJECT_CHARS
from coprod_tui.model.common import clean_line

DEFAULT_PORT = 8765
MAX_BODY_BYTES = 16 * 1024
LISTEN_BACKLOG = 256


Part = Callable[[Router, CardRoutes], object]  # adds its routes when the page starts


class PageRefused(ValueError):
    """The page cannot start with these settings; the message says why, in the app's language."""


@dataclass
class JoinPage:
    inbox: Path
    host: str | None = None  # None: the host's address on the local network, else 127.0.0.1
    port: int = DEFAULT_PORT
    project: str | None = None
    language: str = "en"
    code: str = field(default_factory=new_code)
    any_port_if_taken: bool = True
    requests: RateLimit = REQUESTS
    misses: RateLimit = MISSES
    max_body: int = MAX_BODY_BYTES
    deadlines: Deadlines = field(default_factory=Deadlines)
    caps: Caps = field(default_factory=Caps)
    parts: Sequence[Part] = ()  # more of the page (activities, …): each adds its routes
    router: Router | None = field(default=None, init=False, repr=False)
    cards: CardRoutes | None = field(default=None, init=False, repr=False)
    _transport: Transport | None = field(default=None, init=False, repr=False)
    _received_before: int = field(default=0, init=False, repr=False)  # by earlier starts

    def start(self) -> str:
        """Listen and serve in a background thread; returns the address.

        Raises PageRefused (a project name too long to go with a card) or OSError.
        """
        if self._transport is not None:
            return self.url
        check_project(self.project)
        host = self.host or default_host()
        for language in LANGUAGES:  # loaded once here, not by the first phones at once
            translator(language)
        router = Router(
            self.code,
            language=self.language,
            requests=RateLimiter(self.requests),
            misses=RateLimiter(self.misses),
        )
        cards = CardRoutes(router, self.inbox, self.project, max_body=self.max_body)
        for part in self.parts:
            part(router, cards)
        sock = self._listen(host)
        transport = Transport(router, sock, deadlines=self.deadlines, caps=self.caps)
        transport.start()
        self.host, self.port = host, sock.getsockname()[1]
        self.router, self.cards, self._transport = router, cards, transport
        return self.url

    def _listen(self, host: str) -> socket.socket:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        try:
            return socket.create_server((host, self.port), family=family, backlog=LISTEN_BACKLOG)
        except OSError as error:
            if not (self.any_port_if_taken and error.errno == errno.EADDRINUSE and self.port):
                raise
            return socket.create_server((host, 0), family=family, backlog=LISTEN_BACKLOG)

    def stop(self) -> None:
        """Stop listening; the port is closed when this returns."""
        transport, cards = self._transport, self.cards
        self._transport = None
        if transport is None:
            return
        transport.stop()
        if cards is not None:
            self._received_before += cards.cards_received
        self.cards = None

    @property
    def running(self) -> bool:
        return self._transport is not None

    @property
    def transport(self) -> Transport | None:
        return self._transport

    @property
    def url(self) -> str:
        return page_url(self.host or default_host(), self.port, self.code)

    @property
    def cards_received(self) -> int:
        """Cards handed in through this page since it was first started."""
        running = self.cards.cards_received if self.cards is not None else 0
        return self._received_before + running

    def __enter__(self) -> JoinPage:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def check_project(project: str | None) -> None:
    """Every card from the page carries the project's name: one too long would refuse them all."""
    name = clean_line(project) if project else ""
    if len(name) > MAX_PROJECT_CHARS:
        raise PageRefused(
            t(
                "the project name is too long for the phone page: at most {limit} characters,"
                " this one has {count}",
                limit=MAX_PROJECT_CHARS,
                count=len(name),
            )
        )
