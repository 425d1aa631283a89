"""The join page over real HTTP on 127.0.0.1: status codes and exactly what reaches the inbox."""

from __future__ import annotations

import base64
import hashlib
import http.client
import re
import socket
from concurrent.futures import ThreadPoolExecutor
from html import escape
from urllib.parse import urlsplit

import pytest

from coprod_tui.i18n import set_language
from coprod_tui.join import JoinPage
from coprod_tui.join.limits import RateLimit
from coprod_tui.model import Card, ValidationError
from coprod_tui.model.card import MAX_CARD_CHARS
from tests.join.helpers import form_body, post_card, request, spooled_cards
from tests.support import hostile_texts


def test_the_page_is_a_form_for_a_card(page):
    reply = request(page.url)
    assert reply.status == 200
    assert reply.headers["content-type"] == "text/html; charset=utf-8"
    assert '<form method="post"' in reply.body
    assert '<textarea id="text" name="text"' in reply.body
    assert 'name="anonymous"' in reply.body
    assert "Kookgroep De Linde" in reply.body
    assert "<script" not in reply.body


def test_a_valid_card_arrives_in_the_inbox_with_its_author(page, home):
    reply = post_card(page.url, "Can we cook with the garden herbs?", name="Jan")
    assert reply.status == 200
    assert "Thank you, your card is in." in reply.body
    assert f'href="{urlsplit(page.url).path}?lang=en"' in reply.body, "a link to hand in another"
    [card] = spooled_cards(home.inbox)
    assert card.text == "Can we cook with the garden herbs?"
    assert card.author == "Jan"
    assert card.source == "phone"
    assert page.cards_received == 1
    [entry] = __import__("coprod_tui.store.inbox", fromlist=["read_new"]).read_new(home.inbox)
    assert entry.project == "Kookgroep De Linde"


@pytest.mark.parametrize("path", ["/", "/j", "/j/", "/favicon.ico", "/j//", "/../coprod.json"])
def test_without_the_code_there_is_nothing(page, home, path):
    for method in ("GET", "POST"):
        reply = request(page.url, method, path=path, body=b"text=soup", headers=_form())
        assert reply.status == 404
        assert "Page not found" in reply.body
    assert spooled_cards(home.inbox) == []


def test_a_wrong_code_is_answered_like_an_unknown_route(page, home):
    right = urlsplit(page.url).path
    wrong = right[:-1] + ("2" if right[-1] != "2" else "3")
    for path in (wrong, right + "/extra", right.replace("/j/", "/k/"), wrong + "?lang=nl"):
        reply = post_card(page.url, "Fresh soup", path=path)
        assert reply.status == 404
        assert reply.body == request(page.url, path="/nothing-here").body
    assert spooled_cards(home.inbox) == []


def test_the_code_ignores_case_and_hyphens(page, home):
    path = urlsplit(page.url).path
    shouted = path.upper()
    assert request(page.url, path=shouted).status == 200
    assert post_card(page.url, "soup", path=path.replace("-", "")).status == 200
    assert len(spooled_cards(home.inbox)) == 1


def test_a_card_too_long_is_refused_with_a_clear_message_and_kept_in_the_form(page, home):
    text = "x" * (MAX_CARD_CHARS + 1)
    reply = post_card(page.url, text, name="Jan")
    assert reply.status == 400
    assert "Your card was not handed in." in reply.body
    assert f"at most {MAX_CARD_CHARS} characters; this one has {MAX_CARD_CHARS + 1}" in reply.body
    assert text in reply.body, "the text is given back so nothing typed is lost"
    assert spooled_cards(home.inbox) == []


def test_an_empty_card_is_refused(page, home):
    reply = post_card(page.url, "   \n ")
    assert reply.status == 400
    assert "a card needs some text" in reply.body
    assert spooled_cards(home.inbox) == []


def test_markup_and_script_are_stored_as_plain_text_and_shown_escaped(page, home):
    text = "<script>alert('x')</script> & <b>bold</b> [red]rich[/red]"
    name = '<img src=x onerror="alert(1)">'
    reply = post_card(page.url, text, name=name)
    assert reply.status == 200
    assert "<script>" not in reply.body and "<img" not in reply.body
    assert escape(name) in reply.body
    [card] = spooled_cards(home.inbox)
    assert card.text == text
    assert card.author == name
    refused = post_card(page.url, text + "x" * MAX_CARD_CHARS)
    assert refused.status == 400
    assert "<script>" not in refused.body and escape(text) in refused.body


def test_hostile_texts_are_stored_as_plain_text_or_refused_clearly(page, home):
    for number, (what, text) in enumerate(hostile_texts()):
        reply = post_card(page.url, text, client=f"127.0.3.{number + 1}")
        if len(form_body({"text": text})) > page.max_body:
            assert reply.status == 413, what
            assert spooled_cards(home.inbox) == []
            continue
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: no browser sends it, the bytes are broken
            assert reply.status == 400, what
            assert "The card could not be read" in reply.body, what
            assert spooled_cards(home.inbox) == []
            continue
        try:
            expected = Card(text=text).text
        except ValidationError:
            assert reply.status == 400, what
            assert "Your card was not handed in." in reply.body, what
            continue
        assert reply.status == 200, what
        [card] = spooled_cards(home.inbox)
        assert card.text == expected, what
        if "<" in expected:
            assert expected not in reply.body
        for path in (home.inbox / "new").iterdir():
            path.unlink()


def test_an_anonymous_card_stores_no_name_address_user_agent_or_phone_token(page, home):
    agent = "TestPhone/1.0 (anonymous-check)"
    phone = "PhoneTokenOfFatima_0001"[:22]
    reply = post_card(
        page.url,
        "More vegetables please",
        name="Fatima",
        anonymous=True,
        client="127.0.0.77",
        headers={"User-Agent": agent, "Cookie": f"coprod_phone={phone}"},
    )
    assert reply.status == 200
    assert "set-cookie" not in reply.headers, "the phone's own token was taken"
    assert "Handed in anonymously." in reply.body
    assert "Fatima" not in reply.body
    [card] = spooled_cards(home.inbox)
    assert card.author is None
    for path in home.root.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            for secret in (b"Fatima", b"127.0.0.77", agent.encode(), b"author", phone.encode()):
                assert secret not in content, (path, secret)


def test_a_card_without_a_name_is_anonymous(page, home):
    assert post_card(page.url, "Tuesday suits carers", name="  ").status == 200
    [card] = spooled_cards(home.inbox)
    assert card.author is None


def test_sending_the_same_form_twice_hands_in_one_card(page, home):
    first = post_card(page.url, "Soup", name="Jan", once="form-1")
    again = post_card(page.url, "Soup", name="Jan", once="form-1")
    assert first.status == again.status == 200
    assert "Handed in by Jan." in again.body
    assert len(spooled_cards(home.inbox)) == 1
    assert post_card(page.url, "Soup", name="Jan", once="form-2").status == 200
    assert len(spooled_cards(home.inbox)) == 2


def test_200_copies_of_one_form_posted_at_once_over_http_store_one_card(page, home):
    def send(number: int) -> tuple[int, str]:
        client = f"127.0.{10 + number // 200}.{2 + number % 200}"  # each within its rate limit
        reply = post_card(page.url, "Soup on Fridays", name="Jan", once="form-x", client=client)
        return reply.status, reply.body

    with ThreadPoolExecutor(max_workers=50) as pool:
        replies = list(pool.map(send, range(200)))
    assert [status for status, _ in replies] == [200] * 200
    assert all("Handed in by Jan." in body for _, body in replies)
    assert [(c.text, c.author) for c in spooled_cards(home.inbox)] == [("Soup on Fridays", "Jan")]
    assert page.cards_received == 1
    other = post_card(page.url, "Bread", once="form-x", client="127.0.0.9")
    assert other.status == 409, "a reused token with other words: refused, not 'your card is in'"
    assert "Your card was not handed in." in other.body
    assert len(spooled_cards(home.inbox)) == 1


def test_only_short_form_tokens_are_remembered(page, home):
    token = "t" * 1000
    assert post_card(page.url, "Soup", once=token).status == 200
    assert post_card(page.url, "Soup", once=token).status == 200
    assert len(spooled_cards(home.inbox)) == 2
    assert len(page.cards.forms) == 0  # type: ignore[union-attr]


@pytest.mark.parametrize("query", ["?lang=%ff", "?a=1&b=2&c=3&d=4&e=5"])
def test_a_broken_query_is_refused(page, query):
    reply = request(page.url + query)
    assert reply.status == 400
    assert "could not be understood" in reply.body


def test_100_concurrent_posts_all_arrive_exactly_once(page, home):
    def hand_in(number: int) -> int:
        # each from its own loopback address: a hundred phones, each within its rate limit
        client = f"127.0.{1 + number // 200}.{2 + number % 200}"
        return post_card(page.url, f"card number {number}", client=client).status

    with ThreadPoolExecutor(max_workers=100) as pool:
        statuses = list(pool.map(hand_in, range(100)))
    assert statuses == [200] * 100
    texts = sorted(card.text for card in spooled_cards(home.inbox))
    assert texts == sorted(f"card number {n}" for n in range(100))
    assert page.cards_received == 100


def test_the_rate_limit_answers_429_and_stores_nothing_more(page, home):
    burst = page.requests.burst
    statuses = [post_card(page.url, f"c{n}", client="127.0.0.5").status for n in range(burst + 2)]
    assert statuses[:burst] == [200] * burst
    assert statuses[burst:] == [429, 429]
    limited = post_card(page.url, "one more", client="127.0.0.5")
    assert limited.status == 429
    assert "Too many requests" in limited.body
    assert int(limited.headers["retry-after"]) >= 1
    assert len(spooled_cards(home.inbox)) == burst
    assert post_card(page.url, "another phone", client="127.0.0.6").status == 200


def test_guessing_codes_is_stopped_soon(page):
    statuses = [
        request(page.url, path=f"/j/guess-{n}", client="127.0.0.7").status for n in range(12)
    ]
    assert statuses == [404] * page.misses.burst + [429] * (12 - page.misses.burst)


def test_the_rate_limit_refills_over_time(home):
    clock = [0.0]
    join_page = JoinPage(home.inbox, host="127.0.0.1", port=0, requests=RateLimit(2, 60))
    with join_page:
        join_page.router.requests.clock = lambda: clock[0]  # type: ignore[union-attr]
        assert [request(join_page.url).status for _ in range(3)] == [200, 200, 429]
        clock[0] += 1.0
        assert request(join_page.url).status == 200


def test_a_body_over_the_cap_is_refused_without_reading_it(page, home):
    parts = urlsplit(page.url)
    connection = http.client.HTTPConnection("127.0.0.1", parts.port, timeout=10)
    try:
        connection.putrequest("POST", parts.path)
        connection.putheader("Content-Type", "application/x-www-form-urlencoded")
        connection.putheader("Content-Length", str(page.max_body + 1))
        connection.endheaders()  # the body is never sent: the answer must not wait for it
        response = connection.getresponse()
        assert response.status == 413
        assert "far too long" in response.read().decode()
    finally:
        connection.close()
    assert spooled_cards(home.inbox) == []


def test_a_body_just_under_the_cap_is_read(page, home):
    text = "y" * MAX_CARD_CHARS
    body = f"text={text}&pad={'z' * (page.max_body - len(text) - 10)}".encode()
    assert len(body) <= page.max_body
    reply = request(page.url, "POST", body=body, headers=_form())
    assert reply.status == 200
    assert [card.text for card in spooled_cards(home.inbox)] == [text]


@pytest.mark.parametrize(
    ("headers", "body", "status"),
    [
        ({"Content-Type": "multipart/form-data; boundary=x"}, b"--x--", 415),
        ({"Content-Type": "application/json"}, b'{"text": "soup"}', 415),
        (_form_headers := {"Content-Type": "application/x-www-form-urlencoded"}, b"text=%ff", 400),
        (_form_headers, b"&".join(b"f%d=1" % n for n in range(20)), 400),
    ],
)
def test_other_bodies_are_refused(page, home, headers, body, status):
    assert request(page.url, "POST", body=body, headers=headers).status == status
    assert spooled_cards(home.inbox) == []


def test_a_post_without_a_length_is_refused(page, home):
    parts = urlsplit(page.url)
    with socket.create_connection(("127.0.0.1", parts.port), timeout=10) as raw:
        raw.sendall(f"POST {parts.path} HTTP/1.0\r\nContent-Type: x\r\n\r\n".encode())
        answer = raw.recv(200).decode()
    assert answer.startswith("HTTP/1.0 411")
    assert spooled_cards(home.inbox) == []


@pytest.mark.parametrize("method", ["PUT", "DELETE", "HEAD", "OPTIONS", "TRACE", "PATCH"])
def test_other_methods_are_refused(page, method):
    reply = request(page.url, method)
    assert reply.status == 501
    assert reply.headers["content-security-policy"].startswith("default-src 'none'")


def test_a_broken_request_line_gets_a_plain_refusal(page):
    parts = urlsplit(page.url)
    with socket.create_connection(("127.0.0.1", parts.port), timeout=10) as raw:
        raw.sendall(b"GET / HTTP/x.y\r\n\r\n")
        answer = raw.recv(4096).decode("utf-8", "replace")
    assert answer.startswith("HTTP/1.0 400")
    assert "Server: coprod\r\n" in answer


def test_every_answer_carries_the_security_headers(page):
    for reply in (
        request(page.url),
        post_card(page.url, "soup"),
        request(page.url, path="/nope"),
    ):
        headers = reply.headers
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["cache-control"] == "no-store"
        assert headers["x-frame-options"] == "DENY"
        assert headers["server"] == "coprod"
        policy = headers["content-security-policy"]
        assert policy.startswith("default-src 'none';")
        assert "script-src 'self';" in policy and "unsafe" not in policy
        assert "connect-src 'self';" in policy
        style = re.search(r"<style>(.*?)</style>", reply.body, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
        assert f"style-src 'sha256-{digest}'" in policy


def test_the_phone_language_chooses_dutch_and_the_address_overrides_it(page, home):
    dutch = {"Accept-Language": "nl-NL,nl;q=0.9,en;q=0.5"}
    reply = request(page.url, headers=dutch)
    assert '<html lang="nl">' in reply.body
    assert "Een kanskaart inleveren" in reply.body
    assert '<input type="hidden" name="lang" value="nl">' in reply.body
    english = request(page.url + "?lang=en", headers=dutch)
    assert '<html lang="en">' in english.body
    thanks = post_card(page.url, "Soep", headers=dutch)
    assert "Dank je wel, je kaart is binnen." in thanks.body
    too_long = post_card(page.url, "x" * (MAX_CARD_CHARS + 5), headers=dutch)
    assert "deze heeft er 2005" in too_long.body
    assert "Pagina niet gevonden" in request(page.url, path="/", headers=dutch).body


def test_a_refusal_speaks_the_phone_language_not_the_app_language(page, home):
    set_language("nl")  # the app runs in Dutch; this phone reads the page in English
    empty = post_card(page.url, "  ")
    assert "a card needs some text (it was empty)" in empty.body
    long_name = post_card(page.url, "Soup", name="N" * 81)
    assert "a name holds at most 80 characters" in long_name.body
    dutch = post_card(page.url, "  ", headers={"Accept-Language": "nl"})
    assert "een kaart heeft tekst nodig (hij was leeg)" in dutch.body
    assert spooled_cards(home.inbox) == []


def test_the_page_defaults_to_the_app_language(home):
    with JoinPage(home.inbox, host="127.0.0.1", port=0, language="nl") as join_page:
        assert "Een kanskaart inleveren" in request(join_page.url).body
        english = request(join_page.url, headers={"Accept-Language": "en-GB"})
        assert "Hand in an opportunity card" in english.body


def test_after_stop_nothing_listens(home):
    join_page = JoinPage(home.inbox, host="127.0.0.1", port=0)
    join_page.start()
    port = join_page.port
    assert request(join_page.url).status == 200
    join_page.stop()
    assert not join_page.running
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2)


def test_a_taken_port_falls_back_to_a_free_one_only_when_allowed(home):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with JoinPage(home.inbox, host="127.0.0.1", port=port) as join_page:
            assert join_page.port != port
            assert request(join_page.url).status == 200
        strict = JoinPage(home.inbox, host="127.0.0.1", port=port, any_port_if_taken=False)
        with pytest.raises(OSError):
            strict.start()


def test_a_full_disk_is_a_clear_page_and_no_card(page, home, monkeypatch):
    def no_space(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("coprod_tui.join.cards.submit_card", no_space)
    reply = post_card(page.url, "soup")
    assert reply.status == 503
    assert "The card could not be stored" in reply.body
    assert page.cards_received == 0


def _form() -> dict[str, str]:
    return {"Content-Type": "application/x-www-form-urlencoded"}
