"""The room view in a browser: /j/<code>/room behind the join code, drawn on the server (no
JavaScript needed), its words as JSON for the page's script, and headless Chromium following a
card shown to the group by itself."""

from __future__ import annotations

import json
import time
from http import HTTPStatus

import pytest

from coprod_tui.join import JoinPage
from coprod_tui.join.room import room_part
from coprod_tui.join.routes import Router
from coprod_tui.meeting.room import RoomWatch
from coprod_tui.model import now
from tests.join.browser import DevTools, Unavailable, find_or_install
from tests.join.test_routes import call, make_router
from tests.support import make_meeting

HOSTILE = "Soup <b>every</b> Friday & <script>alert(1)</script>"


def room_router(store, clock) -> Router:
    from coprod_tui.join.room import RoomRoutes

    router = make_router(static={"room.js": b"//"})
    RoomRoutes(router, RoomWatch(store.paths.root, clock))
    return router


def started(store, clock):
    meeting = make_meeting(store, clock, cards=[(HOSTILE, "Jan"), ("Herbs from the garden", None)])
    for card in meeting.session.cards:
        meeting.set_card_state(card.id, "presented")
    meeting.start()
    return meeting


def test_the_room_page_shows_the_card_escaped_and_never_an_anonymous_author(store, clock):
    meeting = started(store, clock)
    named, anonymous = meeting.session.cards
    router = room_router(store, clock)
    page = call(router, "GET", f"/j/{router.code}/room")
    assert page.status == HTTPStatus.OK
    html = page.body.decode()
    assert "Kookgroep De Linde · Co-production group meeting" in html
    assert "1 · Welcome and gratitude round" in html
    assert f'src="/j/{router.code}/static/room.js"' in html
    assert '<meta http-equiv="refresh"' in html  # without JavaScript it refreshes itself
    meeting.show_card(named.id)
    html = call(router, "GET", f"/j/{router.code}/room").body.decode()
    assert "&lt;b&gt;every&lt;/b&gt; Friday &amp; &lt;script&gt;" in html
    assert "<script>alert" not in html and "<b>every" not in html
    assert "— Jan" in html
    meeting.show_card(anonymous.id)
    state = call(router, "GET", f"/j/{router.code}/room/state")
    assert state.content_type.startswith("application/json")
    words = json.loads(state.body)
    assert (words["view"], words["big"], words["byline"]) == (
        "card",
        "Herbs from the garden",
        "",
    )
    html = call(router, "GET", f"/j/{router.code}/room").body.decode()
    assert "Jan" not in html and "Jan" not in state.body.decode()


def test_a_wrong_code_is_refused_and_shows_nothing_of_the_meeting(store, clock):
    started(store, clock)
    router = room_router(store, clock)
    wrong = "WRONG1" if router.code != "WRONG1" else "WRONG2"
    for path in (f"/j/{wrong}/room", f"/j/{wrong}/room/state", "/room", "/j//room"):
        answer = call(router, "GET", path)
        assert answer.status == HTTPStatus.NOT_FOUND, path
        assert b"Kookgroep" not in answer.body


def test_the_room_page_in_dutch_and_while_waiting(store, clock):
    router = room_router(store, clock)
    html = call(router, "GET", f"/j/{router.code}/room", accept_language="nl-NL,nl").body.decode()
    assert '<html lang="nl">' in html
    assert "Wachten op de bijeenkomst" in html
    meeting = make_meeting(store, clock)
    meeting.start()
    meeting.show_turn("Fatima", 42, running=False)
    words = json.loads(call(router, "GET", f"/j/{router.code}/room/state?lang=nl").body)
    assert (words["view"], words["big"], words["seconds_left"]) == ("turn", "Fatima", 42)
    assert words["lines"] == ["‖ gepauzeerd"]
    assert words["item"] == "1 · Welkom en dankbaarheidsronde  ·  0 van 10 min" or words[
        "item"
    ].endswith("0 van 10 min")


# --- a real browser ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def chromium() -> str:
    try:
        return find_or_install()
    except Unavailable as reason:
        pytest.skip(f"no headless browser: {reason}")


def test_chromium_follows_the_room_by_itself_and_a_wrong_code_is_refused(chromium, store, tmp_path):
    meeting = make_meeting(  # the real clock: the browser counts down from the wall clock
        store, now, cards=[("Fresh soup on Fridays", "Jan"), ("Herbs from the garden", None)]
    )
    for card in meeting.session.cards:
        meeting.set_card_state(card.id, "presented")
    meeting.start()
    named, anonymous = meeting.session.cards
    profile = tmp_path / "profile"
    profile.mkdir()
    with (
        JoinPage(
            store.paths.inbox,
            host="127.0.0.1",
            port=0,
            project="Kookgroep De Linde",
            parts=[room_part(RoomWatch(store.paths.root))],
        ) as page,
        DevTools(chromium, profile) as browser,
    ):
        tab = browser.open(page.url + "/room")
        browser.wait_for(tab, "document.readyState === 'complete'")
        big = "document.getElementById('room-big').textContent"
        assert browser.wait_for(tab, f"{big} === 'Kookgroep De Linde'")  # the title screen
        meeting.show_card(named.id)
        shown_at = time.monotonic()
        assert browser.wait_for(tab, f"{big} === 'Fresh soup on Fridays'", timeout=10)
        seconds = time.monotonic() - shown_at
        byline = "document.getElementById('room-byline').textContent"
        assert browser.evaluate(tab, byline) == "— Jan"
        meeting.show_card(anonymous.id)
        assert browser.wait_for(tab, f"{big} === 'Herbs from the garden'", timeout=10)
        assert browser.evaluate(tab, byline) == ""
        assert "Jan" not in browser.evaluate(tab, "document.body.innerText")
        meeting.show_turn("Fatima", 30, running=True)
        digits = "document.getElementById('room-digits').textContent"
        assert browser.wait_for(tab, f"{big} === 'Fatima' && {digits}", timeout=10)
        first = browser.evaluate(tab, digits)
        assert browser.wait_for(tab, f"{digits} !== {json.dumps(first)}", timeout=3)  # it ticks
        assert browser.evaluate(tab, digits) < first
        assert seconds < 10

        wrong = browser.open(page.url.rsplit("/", 1)[0] + "/NOPE99/room")
        text = browser.wait_for(
            wrong, "document.readyState === 'complete' && document.body.innerText"
        )
        assert "Page not found" in text
        assert "Kookgroep" not in text and "Fresh soup" not in text
