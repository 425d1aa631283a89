"""The join page's HTTP server: standard library only, one page, every request behind the code.

Why ``ThreadingHTTPServer`` rather than asyncio: the one slow step is ``submit_card``, which
fsyncs a file and its folder; in a thread that blocks nobody, where asyncio would need a thread
pool for it anyway. The server runs in its own thread, apart from Textual's event loop, and
the command line runs the same object in the foreground.

Security, in the order a request meets it: a bounded number of handler threads and a socket
timeout; a per-client rate limit (429); the code in the path, else 404 (and a stricter limit
on misses); POST bodies capped (413) and only ``application/x-www-form-urlencoded``; no other
routes or methods; every response escapes what it shows and carries a strict CSP. Nothing is
logged and nothing about the client (address, user agent) reaches the card.
"""

from __future__ import annotations

import contextlib
import errno
import secrets
import selectors
import socket
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from html import escape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from coprod_tui.i18n import dutch_catalogue
from coprod_tui.join import activity_routes, page
from coprod_tui.join.activity_routes import ActivityDesk, PhonePaths, Reply
from coprod_tui.join.address import default_host, page_url
from coprod_tui.join.code import code_matches, new_code
from coprod_tui.join.limits import MISSES, REQUESTS, RateLimit, RateLimiter
from coprod_tui.join.phone_token import new_phone_token, phone_token_from, set_cookie
from coprod_tui.meeting import StoreError
from coprod_tui.meeting.hand_in import CardRejected, submit_card
from coprod_tui.model.card import MAX_CARD_CHARS, MAX_NAME_CHARS
from coprod_tui.model.common import clean_line, clean_text

DEFAULT_PORT = 8765
MAX_BODY_BYTES = 16 * 1024
MAX_HANDLERS = 32
SOCKET_TIMEOUT_SECONDS = 10
DISCARD_BYTES = 1024 * 1024  # of a refused body, read and dropped so the client sees the answer
DISCARD_SECONDS = 2
SEEN_FORMS = 10_000
MAX_TOKEN_CHARS = 64  # form tokens remembered, so a reload does not hand a card in twice


@dataclass
class JoinSettings:
    inbox: Path
    code: str
    language: str = "en"
    project: str | None = None
    max_body: int = MAX_BODY_BYTES
    requests: RateLimit = REQUESTS
    misses: RateLimit = MISSES
    desk: ActivityDesk | None = None  # the open meeting's activities, when the app serves


ROUTES = ("", "answer", "now.json", "follow.js")  # after /j/<code>/


class _FormTokens:
    """Tokens of forms whose card is in: posting the same form again stores nothing new."""

    def __init__(self, size: int = SEEN_FORMS) -> None:
        self.size = size
        self._seen: OrderedDict[str, str | None] = OrderedDict()
        self._lock = threading.Lock()

    def author_of(self, token: str) -> tuple[bool, str | None]:
        with self._lock:
            if token in self._seen:
                return True, self._seen[token]
            return False, None

    def remember(self, token: str, author: str | None) -> None:
        with self._lock:
            self._seen[token] = author
            while len(self._seen) > self.size:
                self._seen.popitem(last=False)


class JoinServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], settings: JoinSettings) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self._stopping = False
        self._wake_reader, self._wake_writer = socket.socketpair()  # closed by server_close
        super().__init__(address, JoinHandler)
        self.settings = settings
        self.context = page.PageContext(path=f"/j/{settings.code}", project=settings.project)
        self.paths = PhonePaths(self.context.path)
        self.requests = RateLimiter(settings.requests)
        self.misses = RateLimiter(settings.misses)
        self.forms = _FormTokens()
        self._slots = threading.BoundedSemaphore(MAX_HANDLERS)
        self._count_lock = threading.Lock()
        self.cards_received = 0

    def serve_until_stopped(self) -> None:
        """Like ``serve_forever``, but asleep until a client or ``stop_serving`` wakes it:
        no polling while the page waits, and stopping takes effect at once."""
        with selectors.DefaultSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            selector.register(self._wake_reader, selectors.EVENT_READ)
            while not self._stopping:
                ready = selector.select()
                if not self._stopping and any(key.fileobj is self for key, _ in ready):
                    self._handle_request_noblock()  # type: ignore[attr-defined]  # socketserver's own step

    def stop_serving(self) -> None:
        self._stopping = True
        with contextlib.suppress(OSError):
            self._wake_writer.send(b"\0")

    def server_close(self) -> None:
        super().server_close()
        self._wake_reader.close()
        self._wake_writer.close()

    def card_received(self) -> None:
        with self._count_lock:
            self.cards_received += 1

    def process_request(self, request: Any, client_address: Any) -> None:
        # A bounded number of handler threads: a flood waits in the listen queue, then is shut.
        if not self._slots.acquire(timeout=5):
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A broken connection is the client's business: nothing is printed or logged."""


class JoinHandler(BaseHTTPRequestHandler):
    server: JoinServer
    _route = ""  # after /j/<code>/: one of ROUTES
    _new_cookie = ""  # a Set-Cookie for a phone that had no token
    timeout = SOCKET_TIMEOUT_SECONDS
    protocol_version = "HTTP/1.0"  # one request per connection; nothing lingers
    default_request_version = "HTTP/1.0"  # every answer has a status line and its headers

    # --- nothing is logged, nothing about the server is told ---------------------------------
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Silent: requests carry card text and client addresses, neither is written anywhere."""

    def version_string(self) -> str:
        return "coprod"

    # --- routes ------------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802
        query = self._admit()
        if query is None:
            return
        if self._route == "follow.js":
            self._reply(activity_routes.follow_script())
            return
        token = self._phone_token() if self.server.settings.desk is not None else ""
        if self._route == "now.json":
            self._reply(activity_routes.now_json(self.server.settings.desk, token))
            return
        if self._route != "":
            self._not_found()
            return
        language = self._language(query.get("lang"))
        self._send(HTTPStatus.OK, self._form_page(language, token, once=_token()))

    def _form_page(self, language: str, token: str, **form: Any) -> bytes:
        if self.server.settings.desk is None:  # the page alone (`coprod join`): cards only
            return page.form_page(self.server.context, language, **form)
        html, version = activity_routes.section(
            self.server.settings.desk, self.server.paths, token, language
        )
        return page.form_page(
            self.server.context,
            language,
            activity=html,
            follow=self._follow(language, version),
            **form,
        )

    def _follow(self, language: str, version: str) -> page.Follow:
        paths = self.server.paths
        return page.Follow(paths.now, paths.script, paths.home_in(language), version)

    # --- the phone's token (a cookie) ---------------------------------------------------------
    def _phone_token(self) -> str:
        """The phone's token; a phone without one gets a new one with this answer."""
        given = phone_token_from(self.headers.get("Cookie"))
        if given is not None:
            return given
        token = new_phone_token()
        self._new_cookie = set_cookie(token, self.server.context.path)
        return token

    def _answer(self) -> None:
        fields = self._read_form(max_fields=activity_routes.MAX_ANSWER_FIELDS)
        if fields is None:
            return
        language = self._language(fields.get("lang"))
        had_cookie = phone_token_from(self.headers.get("Cookie")) is not None
        token = self._phone_token()

        def around(html: str, version: str, status: HTTPStatus) -> Reply:
            body = page.form_page(
                self.server.context,
                language,
                once=_token(),
                activity=html,
                follow=self._follow(language, version),
            )
            return Reply(status, body)

        if not had_cookie:  # one phone, one voice: an answer needs the phone's cookie
            problem = page.translate(
                language,
                "Your phone did not keep this page's cookie, so your answer was not saved. "
                "Allow cookies for this page, then send it again.",
            )
            html, version = activity_routes.section(
                self.server.settings.desk, self.server.paths, token, language
            )
            alert = f'<div class="problem" role="alert"><p>{escape(problem)}</p></div>'
            self._reply(around(alert + html, version, HTTPStatus.BAD_REQUEST))
            return
        self._reply(
            activity_routes.answer(
                self.server.settings.desk, self.server.paths, token, fields, language, around
            )
        )

    def _reply(self, reply: Reply) -> None:
        headers = dict(reply.headers)
        self._send(reply.status, reply.body, headers, content_type=reply.content_type)

    def do_POST(self) -> None:  # noqa: N802
        if self._admit() is None:
            return
        if self._route == "answer":
            self._answer()
            return
        if self._route != "":
            self._not_found()
            return
        fields = self._read_form()
        if fields is None:
            return
        language = self._language(fields.get("lang"))
        text = fields.get("text", "")
        name = fields.get("name", "").strip()
        anonymous = fields.get("anonymous") in ("1", "on") or not name
        once = fields.get("once", "")
        if len(once) > MAX_TOKEN_CHARS:  # ours are 16; a longer one is not remembered
            once = ""
        if once:
            seen, author = self.server.forms.author_of(once)
            if seen:
                self._thanks(language, author)
                return
        try:
            card = submit_card(
                self.server.settings.inbox,
                text,
                author=None if anonymous else name,
                project=self.server.settings.project,
                source="phone",
            )
        except CardRejected as error:
            problem = _reason(language, text, None if anonymous else name, error)
            body = page.form_page(
                self.server.context,
                language,
                once=once or _token(),
                text=text,
                name=name,
                anonymous=anonymous and bool(name),
                problem=problem,
            )
            self._send(HTTPStatus.BAD_REQUEST, body)
            return
        except (StoreError, OSError):
            self._message(
                HTTPStatus.SERVICE_UNAVAILABLE,
                "The card could not be stored",
                "Something is wrong with the facilitator's computer. Please tell the facilitator.",
                language,
            )
            return
        if once:
            self.server.forms.remember(once, card.author)
        self.server.card_received()
        self._thanks(language, card.author)

    # --- the checks every request passes ------------------------------------------------------
    def _admit(self) -> dict[str, str] | None:
        """The query of a request that may go on, or None once it has been answered."""
        client = self.client_address[0]
        if not self.server.requests.allow(client):
            self._too_many(self.server.requests)
            return None
        parts = urlsplit(self.path)
        segments = parts.path.split("/")
        given = segments[2] if len(segments) in (3, 4) and segments[1].lower() == "j" else ""
        self._route = segments[3] if len(segments) == 4 else ""
        right = (
            given != ""
            and self._route in (ROUTES if self.server.settings.desk is not None else ("",))
            and code_matches(given, self.server.settings.code)
        )
        if not right:
            if not self.server.misses.allow(client):
                self._too_many(self.server.misses)
                return None
            self._not_found()
            return None
        try:
            return _first_values(parts.query, max_fields=4)
        except (UnicodeDecodeError, ValueError):
            self._message(
                HTTPStatus.BAD_REQUEST,
                "The request could not be understood",
                "Scan the QR code, or type the whole address shown on the facilitator's screen.",
            )
            return None

    def _not_found(self) -> None:
        self._message(
            HTTPStatus.NOT_FOUND,
            "Page not found",
            "Scan the QR code, or type the whole address shown on the facilitator's screen.",
        )

    def _read_form(self, max_fields: int = 8) -> dict[str, str] | None:
        length_header = self.headers.get("Content-Length")
        if length_header is None or not length_header.strip().isdigit():
            self._message(
                HTTPStatus.LENGTH_REQUIRED,
                "The card could not be read",
                "Please send the form again.",
            )
            return None
        length = int(length_header)
        if length > self.server.settings.max_body:
            self._message(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                "This card is far too long",
                "A card holds at most {count} characters. Shorten it or hand in two cards.",
                count=MAX_CARD_CHARS,
            )
            self._discard(length)
            return None
        content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type != "application/x-www-form-urlencoded":
            self._message(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                "The card could not be read",
                "Please send the form again.",
            )
            return None
        body = self.rfile.read(length)
        try:
            return _first_values(body.decode("utf-8"), max_fields=max_fields)
        except (UnicodeDecodeError, ValueError):
            self._message(
                HTTPStatus.BAD_REQUEST,
                "The card could not be read",
                "Please send the form again.",
            )
            return None

    def _discard(self, length: int) -> None:
        """Read (a bounded part of) a refused body after answering, so the client is not cut off
        while still sending and gets to read the answer; nothing of it is kept."""
        remaining = min(length, DISCARD_BYTES)
        with contextlib.suppress(OSError):
            self.connection.settimeout(DISCARD_SECONDS)
            while remaining > 0:
                chunk = self.rfile.read1(min(remaining, 65536))
                if not chunk:
                    break
                remaining -= len(chunk)

    # --- answers ------------------------------------------------------------------------------
    def _language(self, asked: str | None) -> str:
        headers = getattr(self, "headers", None)
        accepted = headers.get("Accept-Language") if headers is not None else None
        return page.choose_language(accepted, asked, self.server.settings.language)

    def _thanks(self, language: str, author: str | None) -> None:
        self._send(HTTPStatus.OK, page.thanks_page(self.server.context, language, author=author))

    def _too_many(self, limiter: RateLimiter) -> None:
        self._message(
            HTTPStatus.TOO_MANY_REQUESTS,
            "Too many requests",
            "Please wait a minute, then try again.",
            headers={"Retry-After": str(limiter.retry_after())},
        )

    def _message(
        self,
        status: HTTPStatus,
        title: str,
        text: str,
        language: str | None = None,
        headers: dict[str, str] | None = None,
        **values: object,
    ) -> None:
        body = page.message_page(language or self._language(None), title, text, **values)
        self._send(status, body, headers)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors found by the standard library (bad request line, unknown method…): our page."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self._message(
                HTTPStatus(code),
                "The request could not be understood",
                "Scan the QR code, or type the whole address shown on the facilitator's screen.",
                language=self.server.settings.language,
            )

    def _send(
        self,
        status: HTTPStatus,
        body: bytes,
        headers: dict[str, str] | None = None,
        content_type: str = "text/html; charset=utf-8",
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        following = self.server.settings.desk is not None
        policy = page.FOLLOWING_POLICY if following else page.CONTENT_SECURITY_POLICY
        self.send_header("Content-Security-Policy", policy)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if self._new_cookie:
            self.send_header("Set-Cookie", self._new_cookie)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def _token() -> str:
    return secrets.token_urlsafe(12)


def _first_values(query: str, *, max_fields: int) -> dict[str, str]:
    """The first value of each field; raises ValueError on too many fields or broken UTF-8."""
    values = parse_qs(query, keep_blank_values=True, max_num_fields=max_fields, errors="strict")
    return {key: items[0] for key, items in values.items()}


def _reason(language: str, text: str, name: str | None, error: CardRejected) -> str:
    """Why a card was refused, in the phone's language (the rule itself is submit_card's).

    ``error`` speaks the app's language, so the refusals a phone can cause are worded here.
    """
    length = len(clean_text(text.replace("\x00", "")))
    if length > MAX_CARD_CHARS:
        return page.translate(
            language,
            "A card holds at most {limit} characters; this one has {count}. "
            "Shorten it or hand in two cards.",
            limit=MAX_CARD_CHARS,
            count=length,
        )
    if length == 0:
        return page.translate(language, "a card needs some text (it was empty)")
    if name is not None and len(clean_line(name)) > MAX_NAME_CHARS:
        return page.translate(
            language, "a name holds at most {limit} characters", limit=MAX_NAME_CHARS
        )
    return page.translate(language, str(error))


@dataclass
class JoinPage:
    """The join page as the app and the command line use it: start, show the address, stop."""

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
    desk: ActivityDesk | None = None
    _server: JoinServer | None = field(default=None, init=False, repr=False)
    _thread: threading.Thread | None = field(default=None, init=False, repr=False)
    _received_before: int = field(default=0, init=False, repr=False)  # by earlier starts

    def start(self) -> str:
        """Listen and serve in a background thread; returns the address. Raises OSError."""
        if self._server is not None:
            return self.url
        host = self.host or default_host()
        settings = JoinSettings(
            inbox=self.inbox,
            code=self.code,
            language=self.language,
            project=self.project,
            max_body=self.max_body,
            requests=self.requests,
            misses=self.misses,
            desk=self.desk,
        )
        dutch_catalogue()  # built once here, not by the first phones at the same time
        try:
            server = JoinServer((host, self.port), settings)
        except OSError as error:
            if not (self.any_port_if_taken and error.errno == errno.EADDRINUSE and self.port):
                raise
            server = JoinServer((host, 0), settings)
        self.host, self.port = host, server.server_address[1]
        self._server = server
        self._thread = threading.Thread(target=server.serve_until_stopped, name="join-page")
        self._thread.daemon = True
        self._thread.start()
        return self.url

    def stop(self) -> None:
        """Stop listening; the port is closed when this returns."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None:
            return
        server.stop_serving()
        if thread is not None:
            thread.join(timeout=5)
        server.server_close()
        self._received_before += server.cards_received

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def url(self) -> str:
        return page_url(self.host or default_host(), self.port, self.code)

    @property
    def cards_received(self) -> int:
        """Cards handed in through this page since it was first started."""
        running = self._server.cards_received if self._server is not None else 0
        return self._received_before + running

    def __enter__(self) -> JoinPage:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
