"""The phone page's routing layer: a request in, a response out; no sockets, no threads.

The transport (``transport.py``) reads a request's head, asks ``Router.check`` whether it may go
on (rate limit, the join code, the route, the body's length and type, same origin for posts),
reads the body only then, and hands the whole request to ``Router.handle`` in a worker thread.
Everything here can be called straight from a test.

Routes live under the code: ``/j/<code>`` is the route ``""``, ``/j/<code>/vote`` is ``"vote"``.
A part of the page adds its routes with ``Router.add``. Scripts are served by the page itself
from ``coprod_tui/join/static/`` at ``/j/<code>/static/<name>.js``, which the CSP allows
(``script-src 'self'``); nothing inline runs.

Every request behind the code carries ``request.phone_token``: a random per-phone token kept in
a cookie (HttpOnly, SameSite=Strict) so that a part can give one voice per phone per activity.
It is never linked to a name and must never be stored beside an anonymous answer.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from importlib import resources
from urllib.parse import parse_qs

from coprod_tui.i18n import N_
from coprod_tui.join import page
from coprod_tui.join.code import code_matches
from coprod_tui.join.limits import RateLimiter
from coprod_tui.model.card import MAX_CARD_CHARS

HTML = "text/html; charset=utf-8"
SCRIPT = "text/javascript; charset=utf-8"
FORM_TYPE = "application/x-www-form-urlencoded"
METHODS = ("GET", "POST")
PHONE_COOKIE = "coprod_phone"
PHONE_COOKIE_SECONDS = 12 * 3600  # a long meeting day; then the phone gets a new token
_PHONE_TOKEN = re.compile(r"[A-Za-z0-9_-]{22}")  # secrets.token_urlsafe(16)
_STATIC_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*\.js")
SECURITY_HEADERS = {
    "Content-Security-Policy": page.CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
UNREADABLE = (
    N_("The request could not be understood"),
    N_("Scan the QR code, or type the whole address shown on the facilitator's screen."),
)


@dataclass
class Request:
    """One request as the routes see it. ``headers`` has lower-case names, one value each."""

    method: str
    target: str  # the path and query as sent
    headers: Mapping[str, str]
    client: str  # the client's address: for limits, never stored
    body: bytes = b""
    route: str = ""  # what follows /j/<code>/, once checked
    fields: dict[str, list[str]] = field(default_factory=dict)  # the query (GET), the form (POST)
    language: str = "en"
    phone_token: str = ""
    phone_token_is_new: bool = False  # no cookie came with it: this phone may not keep one

    @property
    def path(self) -> str:
        return self.target.partition("?")[0]

    @property
    def query(self) -> str:
        return self.target.partition("?")[2]

    def field(self, name: str, default: str = "") -> str:
        """The first value of a field of the query or form."""
        values = self.fields.get(name)
        return values[0] if values else default

    def values(self, name: str) -> list[str]:
        """Every value of a field (``dot=a&dot=b``)."""
        return list(self.fields.get(name, ()))


@dataclass
class Response:
    status: HTTPStatus
    body: bytes
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)
    discard_body: bool = False  # a refused body: read and drop (a bounded part of) it after


Handler = Callable[[Request], Response]


@dataclass(frozen=True)
class Route:
    method: str
    name: str
    handler: Handler
    max_fields: int = 8
    max_body: int = 16 * 1024


def phone_token_from(cookie_header: str | None) -> str | None:
    """Our token from a Cookie header, if it is there and well formed."""
    for part in (cookie_header or "").split(";")[:50]:
        name, _, value = part.strip().partition("=")
        if name == PHONE_COOKIE and _PHONE_TOKEN.fullmatch(value):
            return value
    return None


def load_static() -> dict[str, bytes]:
    """The page's own scripts (``coprod_tui/join/static/*.js``), read once when the page starts."""
    folder = resources.files("coprod_tui.join").joinpath("static")
    if not folder.is_dir():
        return {}
    return {
        item.name: item.read_bytes()
        for item in folder.iterdir()
        if item.is_file() and _STATIC_NAME.fullmatch(item.name)
    }


class Router:
    """Routes behind the join code, the checks every request passes, and the page's refusals."""

    def __init__(
        self,
        code: str,
        *,
        language: str,
        requests: RateLimiter,
        misses: RateLimiter,
        static: Mapping[str, bytes] | None = None,
    ) -> None:
        self.code = code
        self.language = language
        self.requests = requests
        self.misses = misses
        self.static = dict(load_static() if static is None else static)
        self._routes: dict[tuple[str, str], Route] = {}

    def add(
        self,
        method: str,
        name: str,
        handler: Handler,
        *,
        max_fields: int = 8,
        max_body: int = 16 * 1024,
    ) -> None:
        """Serve ``method /j/<code>/<name>`` with ``handler`` (``name`` "" is the page itself)."""
        if method not in METHODS:
            raise ValueError(f"the phone page serves only {', '.join(METHODS)}")
        self._routes[(method, name)] = Route(method, name, handler, max_fields, max_body)

    # --- before the body is read -------------------------------------------------------------
    def check(self, request: Request) -> Response | None:
        """A refusal for a request that may not go on, else None (and ``request.route`` is set)."""
        if request.method not in METHODS:
            return self.refusal(HTTPStatus.NOT_IMPLEMENTED)
        if not self.requests.allow(request.client):
            return self._too_many(request, self.requests)
        name = self._route_name(request.path)
        route = None if name is None else self._find(request.method, name)
        if route is None:
            if not self.misses.allow(request.client):
                return self._too_many(request, self.misses)
            return self.message(
                request,
                HTTPStatus.NOT_FOUND,
                N_("Page not found"),
                N_(
                    "Scan the QR code, or type the whole address shown on the facilitator's screen."
                ),
            )
        request.route = route.name
        if request.method == "POST":
            return self._check_post(request, route)
        return None

    def _route_name(self, path: str) -> str | None:
        """What follows /j/<code>/ when the code is right, else None."""
        segments = path.split("/")
        if len(segments) < 3 or segments[0] != "" or segments[1].lower() != "j":
            return None
        if not segments[2] or not code_matches(segments[2], self.code):
            return None
        rest = segments[3:]
        if rest[-1:] == [""]:  # one trailing slash is the same address
            rest = rest[:-1]
        return "/".join(rest)

    def _find(self, method: str, name: str) -> Route | None:
        route = self._routes.get((method, name))
        static = name.removeprefix("static/")
        if route is None and method == "GET" and name != static and static in self.static:
            return Route("GET", name, self._static, max_fields=0)
        return route

    def _check_post(self, request: Request, route: Route) -> Response | None:
        # A second line behind the code. Browsers say where a post comes from in Sec-Fetch-Site;
        # older ones only in Origin, which is "null" under our own Referrer-Policy: no-referrer.
        origin = request.headers.get("origin", "null")
        host = request.headers.get("host")
        site = request.headers.get("sec-fetch-site")
        if site is not None:
            foreign = site not in ("same-origin", "none")
        else:
            foreign = origin != "null" and (host is None or origin != f"http://{host}")
        if foreign:
            return self.message(
                request,
                HTTPStatus.FORBIDDEN,
                N_("This form was sent from another page"),
                N_("Open the page again with the QR code and send the form from there."),
            )
        length = request.headers.get("content-length", "").strip()
        if not length.isdigit():
            return self.message(
                request,
                HTTPStatus.LENGTH_REQUIRED,
                N_("The card could not be read"),
                N_("Please send the form again."),
            )
        if int(length) > route.max_body:
            response = self.message(
                request,
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                N_("This card is far too long"),
                N_("A card holds at most {count} characters. Shorten it or hand in two cards."),
                count=MAX_CARD_CHARS,
            )
            response.discard_body = True
            return response
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != FORM_TYPE:
            return self.message(
                request,
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                N_("The card could not be read"),
                N_("Please send the form again."),
            )
        return None

    # --- the whole request ---------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        """The answer to a request that passed ``check`` and whose body has been read."""
        route = self._find(request.method, request.route)
        if route is None:  # check() was skipped: answer as to any unknown address
            return self.refusal(HTTPStatus.NOT_FOUND)
        try:
            source = request.body.decode("utf-8") if request.method == "POST" else request.query
            request.fields = _parse_fields(source, route.max_fields)
        except (UnicodeDecodeError, ValueError):
            if request.method == "POST":
                return self.message(
                    request,
                    HTTPStatus.BAD_REQUEST,
                    N_("The card could not be read"),
                    N_("Please send the form again."),
                )
            return self.message(request, HTTPStatus.BAD_REQUEST, *UNREADABLE)
        request.language = self.language_of(request, request.field("lang") or None)
        token = phone_token_from(request.headers.get("cookie"))
        request.phone_token = token or secrets.token_urlsafe(16)
        request.phone_token_is_new = token is None
        response = route.handler(request)
        if request.phone_token_is_new:
            response.headers["Set-Cookie"] = (
                f"{PHONE_COOKIE}={request.phone_token}; Path=/; Max-Age={PHONE_COOKIE_SECONDS};"
                " HttpOnly; SameSite=Strict"
            )
        return response

    def _static(self, request: Request) -> Response:
        body = self.static[request.route.removeprefix("static/")]
        return Response(HTTPStatus.OK, body, content_type=SCRIPT)

    # --- answers -------------------------------------------------------------------------------
    def language_of(self, request: Request | None, asked: str | None = None) -> str:
        accepted = request.headers.get("accept-language") if request is not None else None
        return page.choose_language(accepted, asked, self.language)

    def message(
        self,
        request: Request | None,
        status: HTTPStatus,
        title: str,
        text: str,
        *,
        language: str | None = None,
        **values: object,
    ) -> Response:
        language = language or self.language_of(request)
        return Response(status, page.message_page(language, title, text, **values))

    def refusal(self, status: HTTPStatus) -> Response:
        """The plain refusal for a request that could not be read, or had no route."""
        if status == HTTPStatus.NOT_FOUND:
            return self.message(
                None,
                status,
                N_("Page not found"),
                N_(
                    "Scan the QR code, or type the whole address shown on the facilitator's screen."
                ),
            )
        return self.message(None, status, *UNREADABLE)

    def _too_many(self, request: Request, limiter: RateLimiter) -> Response:
        response = self.message(
            request,
            HTTPStatus.TOO_MANY_REQUESTS,
            N_("Too many requests"),
            N_("Please wait a minute, then try again."),
        )
        response.headers["Retry-After"] = str(limiter.retry_after())
        return response


def _parse_fields(source: str, max_fields: int) -> dict[str, list[str]]:
    """Raises ValueError on too many fields or broken UTF-8 in the escapes."""
    if max_fields == 0:
        return {}
    return parse_qs(source, keep_blank_values=True, max_num_fields=max_fields, errors="strict")
