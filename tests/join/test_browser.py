"""The join page in a real browser (Debian's Chromium, headless): it shows, and a card gets in.

Chromium is used from /usr/bin when it is there; otherwise, as root with apt-get, it is
installed once per test session; elsewhere these tests are skipped with the reason.
"""

from __future__ import annotations

import base64
import struct
from http import HTTPStatus

import pytest

from coprod_tui.join import JoinPage
from coprod_tui.join.routes import Response
from coprod_tui.meeting import Workspace
from tests.join.browser import DevTools, Unavailable, find_or_install, run_headless
from tests.join.helpers import spooled_cards
from tests.support import make_meeting


@pytest.fixture(scope="session")
def chromium() -> str:
    try:
        return find_or_install()
    except Unavailable as reason:
        pytest.skip(f"no headless browser: {reason}")


@pytest.fixture
def profile(tmp_path):
    folder = tmp_path / "chromium-profile"
    folder.mkdir()
    return folder


def test_the_page_loads_in_chromium_in_the_phone_language(chromium, page, profile):
    dom = run_headless(chromium, profile, "--accept-lang=nl-NL,nl", "--dump-dom", page.url)
    assert '<html lang="nl">' in dom
    assert "Een kanskaart inleveren" in dom
    assert '<textarea id="text" name="text"' in dom


def test_a_card_typed_in_chromium_arrives_in_the_meeting(chromium, store, clock, profile):
    meeting = make_meeting(store, clock)
    with (
        JoinPage(store.paths.inbox, host="127.0.0.1", port=0, project="Kookgroep De Linde") as page,
        DevTools(chromium, profile) as browser,
    ):
        tab = browser.open(page.url)
        browser.wait_for(tab, "document.readyState === 'complete' && !!document.forms[0]")
        browser.evaluate(tab, "document.getElementById('text').focus()")
        browser.type_text(tab, "Soup <b>every</b> Friday & herbs from the garden")
        browser.evaluate(tab, "document.getElementById('name').focus()")
        browser.type_text(tab, "Priya")
        browser.evaluate(tab, "document.querySelector('button[type=submit]').click()")
        shown = browser.wait_for(
            tab,
            "document.body && document.body.innerText.includes('your card is in')"
            " && document.body.innerText",
        )
        assert "Handed in by Priya." in shown
        # the link to hand in another card leads back to an empty form
        browser.evaluate(tab, "document.querySelector('a').click()")
        browser.wait_for(tab, "!!document.forms[0] && document.getElementById('text').value === ''")

    [card] = spooled_cards(store.paths.inbox)
    assert card.text == "Soup <b>every</b> Friday & herbs from the garden"
    result = Workspace(store, clock=clock).collect_inbox(meeting)  # what the app's polling does
    assert [c.text for c in result.received] == [card.text]
    stored = store.load_meeting(meeting.session.id).cards
    assert [(c.text, c.author, c.source) for c in stored] == [(card.text, "Priya", "phone")]


def test_on_a_phone_screen_an_anonymous_card_has_no_author(chromium, home, profile, tmp_path):
    with (
        JoinPage(home.inbox, host="127.0.0.1", port=0) as page,
        DevTools(chromium, profile, accept_language="nl-NL,nl") as browser,
    ):
        tab = browser.open("about:blank")
        phone = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}
        browser.call("Emulation.setDeviceMetricsOverride", phone, session=tab)
        browser.call("Page.navigate", {"url": page.url}, session=tab)
        browser.wait_for(tab, "document.readyState === 'complete' && !!document.forms[0]")
        fits = "document.documentElement.scrollWidth <= window.innerWidth"
        assert browser.evaluate(tab, fits), "no sideways scrolling on a phone"
        big = "parseFloat(getComputedStyle(document.getElementById('text')).fontSize) >= 18"
        assert browser.evaluate(tab, big), "large text"
        shot = browser.call("Page.captureScreenshot", {"format": "png"}, session=tab)["data"]
        picture = base64.b64decode(shot)
        (tmp_path / "join-page-phone.png").write_bytes(picture)
        assert picture[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", picture[16:24]) == (390, 844)
        browser.evaluate(tab, "document.getElementById('text').focus()")
        browser.type_text(tab, "Meer groente alsjeblieft")
        browser.evaluate(tab, "document.getElementById('name').focus()")
        browser.type_text(tab, "Kees")
        browser.evaluate(tab, "document.querySelector('input[name=anonymous]').click()")
        browser.evaluate(tab, "document.querySelector('button[type=submit]').click()")
        shown = browser.wait_for(
            tab,
            "document.body && document.body.innerText.includes('Anoniem ingeleverd')"
            " && document.body.innerText",
        )
        assert "Kees" not in shown
    [card] = spooled_cards(home.inbox)
    assert (card.text, card.author) == ("Meer groente alsjeblieft", None)


def test_chromium_keeps_the_phone_token_out_of_scripts_and_sends_it_back(chromium, home, profile):
    seen: list[tuple[str, bool]] = []

    def whoami_part(router, cards) -> None:
        def whoami(request):
            seen.append((request.phone_token, request.phone_token_is_new))
            return Response(HTTPStatus.OK, b"<!doctype html><p>ok</p>")

        router.add("GET", "whoami", whoami)

    with (
        JoinPage(home.inbox, host="127.0.0.1", port=0, parts=[whoami_part]) as page,
        DevTools(chromium, profile) as browser,
    ):
        tab = browser.open(page.url + "/whoami")
        cookies = browser.wait_for(
            tab,
            "document.readyState === 'complete' && !!document.body"
            " && document.body.innerText.includes('ok') && JSON.stringify(document.cookie)",
        )
        assert "coprod_phone" not in cookies, "HttpOnly: no script reads the token"
        # the QR code carries the address in capitals: the cookie still goes with it
        shouted = page.url.replace(page.code, page.code.upper()) + "/whoami"
        browser.call("Page.navigate", {"url": shouted}, session=tab)
        arrived = f"location.href === {shouted!r} && document.readyState === 'complete'"
        browser.wait_for(tab, arrived)
    [(first, first_new), (second, second_new)] = seen
    assert first_new and not second_new
    assert first == second, "one phone, one token"
