"""The routing layer without sockets: a request in, a response out."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus

import pytest

from coprod_tui.join.cards import CardRoutes
from coprod_tui.join.code import new_code
from coprod_tui.join.limits import RateLimit, RateLimiter
from coprod_tui.join.routes import (
    PHONE_COOKIE,
    Request,
    Response,
    Router,
    load_static,
    phone_token_from,
)
from coprod_tui.join.server import JoinPage, PageRefused
from tests.join.helpers import form_body, request, spooled_cards

PLENTY = RateLimit(burst=10_000, per_minute=10**6)


def make_router(static: dict[str, bytes] | None = None) -> Router:
    return Router(
        new_code(),
        language="en",
        requests=RateLimiter(PLENTY),
        misses=RateLimiter(RateLimit(burst=10, per_minute=10)),
        static=static or {},
    )


def call(router: Router, method: str, target: str, body: bytes = b"", **headers: str) -> Response:
    """What the transport does with one request."""
    if method == "POST":
        headers.setdefault("content-type", "application/x-www-form-urlencoded")
        headers.setdefault("content-length", str(len(body)))
    request = Request(method, target, {k.replace("_", "-"): v for k, v in headers.items()}, "c1")
    refusal = router.check(request)
    if refusal is not None:
        return refusal
    request.body = body
    return router.handle(request)


def test_a_route_sees_its_fields_language_and_phone_token():
    router = make_router()
    seen: list[Request] = []

    def vote(request: Request) -> Response:
        seen.append(request)
        return Response(HTTPStatus.OK, b"ok")

    router.add("POST", "vote", vote, max_fields=10)
    body = b"dot=a&dot=b&dot=a&lang=nl"
    reply = call(router, "POST", f"/j/{router.code}/vote", body)
    assert reply.status == HTTPStatus.OK
    [request] = seen
    assert request.values("dot") == ["a", "b", "a"]
    assert request.language == "nl"
    assert request.phone_token_is_new
    cookie = reply.headers["Set-Cookie"]
    assert cookie.startswith(f"{PHONE_COOKIE}={request.phone_token};")
    for part in ("HttpOnly", "SameSite=Strict", "Path=/"):
        assert part in cookie

    again = call(router, "POST", f"/j/{router.code}/vote/", body, cookie=cookie.split(";")[0])
    assert seen[1].phone_token == request.phone_token, "the same phone, the same token"
    assert not seen[1].phone_token_is_new
    assert "Set-Cookie" not in again.headers


def test_phone_tokens_are_random_and_only_well_formed_ones_are_taken(tmp_path):
    router = make_router()
    CardRoutes(router, tmp_path, None)
    tokens = set()
    for _ in range(50):
        reply = call(router, "GET", f"/j/{router.code}")
        tokens.add(reply.headers["Set-Cookie"].split(";")[0])
    assert len(tokens) == 50
    assert phone_token_from("a=1; coprod_phone=short") is None
    assert phone_token_from("coprod_phone=" + "x" * 22 + "; b=2") == "x" * 22
    assert phone_token_from("coprod_phone=" + "<" * 22) is None


def test_without_the_code_no_route_answers_and_no_cookie_is_set():
    router = make_router()
    router.add("GET", "vote", lambda request: Response(HTTPStatus.OK, b"secret"))
    for target in ("/vote", "/j/wrong/vote", f"/j/{router.code}/other", "/j//vote"):
        reply = call(router, "GET", target)
        assert reply.status == HTTPStatus.NOT_FOUND, target
        assert "Set-Cookie" not in reply.headers


def test_the_page_serves_its_own_scripts_and_nothing_else():
    router = make_router(static={"follow.js": b"console.log(1)"})
    reply = call(router, "GET", f"/j/{router.code}/static/follow.js")
    assert reply.status == HTTPStatus.OK
    assert reply.content_type == "text/javascript; charset=utf-8"
    assert reply.body == b"console.log(1)"
    for target in ("/static/follow.js", f"/j/{router.code}/static/other.js"):
        assert call(router, "GET", target).status == HTTPStatus.NOT_FOUND
    assert call(router, "POST", f"/j/{router.code}/static/follow.js").status == 404
    assert all(name.endswith(".js") for name in load_static())


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "http://evil.example", "host": "192.168.1.5:8765"},
        {"origin": "http://evil.example", "host": "x", "sec_fetch_site": "cross-site"},
        {"sec_fetch_site": "cross-site"},
        {"sec_fetch_site": "same-site"},
    ],
)
def test_a_post_from_another_site_is_refused(tmp_path, headers):
    router = make_router()
    CardRoutes(router, tmp_path, None)
    reply = call(router, "POST", f"/j/{router.code}", b"text=soup", **headers)
    assert reply.status == HTTPStatus.FORBIDDEN
    assert b"This form was sent from another page" in reply.body


def test_a_post_from_the_page_itself_is_taken(home):
    router = make_router()
    CardRoutes(router, home.inbox, None)
    path = f"/j/{router.code}"
    for headers in (
        {"origin": "null", "sec_fetch_site": "same-origin"},  # Chromium under no-referrer
        {"origin": "http://192.168.1.5:8765", "host": "192.168.1.5:8765"},
        {},  # no browser: the code is the only line
    ):
        assert call(router, "POST", path, b"text=soup", **headers).status == HTTPStatus.OK
    assert [c.text for c in spooled_cards(home.inbox)] == ["soup"] * 3


def test_200_copies_of_one_form_posted_at_once_store_one_card(home):
    router = make_router()
    cards = CardRoutes(router, home.inbox, None)
    body = form_body({"text": "Soup on Fridays", "name": "Jan", "once": "form-200"})
    path = f"/j/{router.code}"
    with ThreadPoolExecutor(max_workers=32) as pool:
        replies = list(pool.map(lambda _: call(router, "POST", path, body), range(200)))
    assert [r.status for r in replies] == [HTTPStatus.OK] * 200
    assert all(b"Handed in by Jan." in r.body for r in replies)
    assert [(c.text, c.author) for c in spooled_cards(home.inbox)] == [("Soup on Fridays", "Jan")]
    assert cards.cards_received == 1


def test_a_reused_form_token_with_other_words_is_refused_and_the_words_kept(home):
    router = make_router()
    CardRoutes(router, home.inbox, None)
    path = f"/j/{router.code}"
    first = form_body({"text": "Soup", "once": "form-1"})
    assert call(router, "POST", path, first).status == HTTPStatus.OK
    other = form_body({"text": "Bread on Mondays", "once": "form-1", "lang": "nl"})
    reply = call(router, "POST", path, other)
    assert reply.status == HTTPStatus.CONFLICT
    body = reply.body.decode()
    assert "Je kaart is niet ingeleverd." in body
    assert "Dit formulier is al gebruikt voor een andere kaart." in body
    assert "Bread on Mondays" in body, "the words are given back"
    assert 'name="once" value="form-1"' not in body, "with a fresh token to send them as new"
    assert [c.text for c in spooled_cards(home.inbox)] == ["Soup"]


def test_a_form_refused_once_can_be_sent_again_with_the_same_token(home):
    router = make_router()
    CardRoutes(router, home.inbox, None)
    path = f"/j/{router.code}"
    assert call(router, "POST", path, form_body({"text": " ", "once": "t"})).status == 400
    assert call(router, "POST", path, form_body({"text": "Soup", "once": "t"})).status == 200
    assert [c.text for c in spooled_cards(home.inbox)] == ["Soup"]


def test_a_project_name_too_long_is_refused_when_the_page_starts(home):
    with pytest.raises(PageRefused, match="at most 200 characters, this one has 201"):
        JoinPage(home.inbox, host="127.0.0.1", port=0, project="p" * 201).start()
    with JoinPage(home.inbox, host="127.0.0.1", port=0, project="p" * 200) as page:
        assert page.running


def test_a_part_of_the_page_adds_its_route_behind_the_code(home):
    def hello(asked: Request) -> Response:
        return Response(HTTPStatus.OK, f"hello {asked.language}".encode(), "text/plain")

    def part(router: Router, cards: CardRoutes) -> None:
        router.add("GET", "hello", hello)
        cards.page_extras = lambda asked: {"name": "Priya"}

    with JoinPage(home.inbox, host="127.0.0.1", port=0, parts=[part]) as page:
        reply = request(page.url + "/hello?lang=nl")
        assert (reply.status, reply.body) == (200, "hello nl")
        assert reply.headers["set-cookie"].startswith(f"{PHONE_COOKIE}=")
        assert reply.headers["content-security-policy"].startswith("default-src 'none';")
        assert 'value="Priya"' in request(page.url).body, "the part's words on the form page"
        assert request(page.url.replace(page.code, "wrong-code") + "/hello").status == 404
