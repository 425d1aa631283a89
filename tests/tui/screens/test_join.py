"""The phone page panel as a facilitator uses it: address, code and QR; cards come in; j stops."""

from __future__ import annotations

import asyncio
import socket

import pytest
from textual.widgets import Static

from coprod_tui.i18n import set_language
from coprod_tui.join.qr import qr_lines
from coprod_tui.tui.screens.join import JoinScreen
from tests.join.helpers import post_card, request
from tests.support import make_meeting


def _text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_the_panel_shows_the_page_and_cards_reach_the_meeting(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(JoinScreen(host="127.0.0.1", port=0))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, JoinScreen)
        page = screen.page
        assert page is not None and page.running
        assert _text(screen, "#join-url") == page.url
        assert page.code in _text(screen, "#join-code")
        assert "listening on 127.0.0.1" in _text(screen, "#join-title")
        assert "Only this computer can open the page" in _text(screen, "#join-note")
        assert _text(screen, "#join-qr").splitlines() == qr_lines(page.url)
        qr = screen.query_one("#join-qr").region
        assert (qr.width, qr.height) == (37, 19), "the whole QR code is on an 80×24 screen"
        assert qr.right <= 80 and qr.bottom <= 24
        assert screen.query_one("#join-url").region.bottom <= 24

        reply = await asyncio.to_thread(post_card, page.url, "Herbs from the garden", name="Jan")
        assert reply.status == 200
        screen.show_count()
        assert _text(screen, "#join-count") == "Cards handed in through this page: 1"
        app.collect_inbox()  # what the app's inbox polling does twice a second
        [card] = app.meeting.session.cards
        assert (card.text, card.author, card.source) == ("Herbs from the garden", "Jan", "phone")
        reloaded = store.load_meeting(meeting.session.id)
        assert [c.text for c in reloaded.cards] == ["Herbs from the garden"]

        port = page.port
        await pilot.press("j")
        await pilot.pause()
        assert not isinstance(app.screen, JoinScreen)
        assert not page.running
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", port), timeout=2)


async def test_a_big_screen_draws_the_qr_code_twice_as_large(store, clock, make_app):
    app = make_app()
    async with app.run_test(size=(200, 60)) as pilot:
        screen = JoinScreen(host="127.0.0.1", port=0)
        app.push_screen(screen)
        await pilot.pause()
        assert _text(screen, "#join-qr").splitlines() == qr_lines(screen.page.url, scale=2)
        qr = screen.query_one("#join-qr").region
        assert (qr.width, qr.height) == (74, 37)
        assert "n Other network address" not in _footer(screen), "only one address: no n"
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert _text(screen, "#join-qr").splitlines() == qr_lines(screen.page.url)
        await pilot.press("j")


def _footer(screen) -> str:
    return " ".join(
        f"{binding.key} {binding.description}"
        for (_, binding, enabled, _tip) in screen.active_bindings.values()
        if enabled
    )


async def test_escape_goes_back_and_the_page_keeps_listening_until_j(store, clock, make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = JoinScreen(host="127.0.0.1", port=0)
        app.push_screen(screen)
        await pilot.pause()
        page = screen.page
        assert "escape: back to the meeting, the page keeps listening" in " ".join(
            _text(screen, "#join-note").split()
        ) or "Only this computer" in _text(screen, "#join-note")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, JoinScreen)
        assert page.running and app.phone_page is page
        assert await asyncio.to_thread(lambda: request(page.url).status) == 200
        again = JoinScreen(host="127.0.0.1", port=0)
        app.push_screen(again)
        await pilot.pause()
        assert again.page is page and _text(again, "#join-url") == page.url, "the same page"
        await pilot.press("j")
        await pilot.pause()
        assert not page.running and app.phone_page is None


async def test_quitting_the_app_stops_a_page_kept_listening(store, clock, make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(JoinScreen(host="127.0.0.1", port=0))
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        page = app.phone_page
        assert page is not None and page.running
    assert not page.running


async def test_quitting_the_app_stops_the_page(store, clock, make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = JoinScreen(host="127.0.0.1", port=0)
        app.push_screen(screen)
        await pilot.pause()
        page = screen.page
        assert page.running
    assert not page.running


async def test_n_moves_the_page_to_another_address_keeping_port_and_code(
    store, clock, make_app, monkeypatch
):
    # 127.0.0.2 is only bound, never talked to: the page moves on to 127.0.0.1 at once.
    monkeypatch.setattr(
        "coprod_tui.tui.screens.join.host_choices", lambda: ["127.0.0.2", "127.0.0.1"]
    )
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = JoinScreen(port=0)
        app.push_screen(screen)
        await pilot.pause()
        first = screen.page
        assert first.host == "127.0.0.2"
        assert "n: use another network address" in _text(screen, "#join-note")
        assert "n Other network address" in _footer(screen)
        await pilot.press("n")
        await pilot.pause()
        second = screen.page
        assert not first.running
        assert (second.host, second.port, second.code) == ("127.0.0.1", first.port, first.code)
        assert _text(screen, "#join-url") == second.url
        assert await asyncio.to_thread(lambda: request(second.url).status) == 200
        await pilot.press("j")


async def test_an_address_that_is_not_this_computers_says_so(store, clock, make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = JoinScreen(host="198.51.100.7", port=0)  # documentation range: never local
        app.push_screen(screen)
        await pilot.pause()
        assert screen.page is None
        assert "could not start on 198.51.100.7" in _text(screen, "#join-steps")
        assert _text(screen, "#join-title") == "Phone page · off"
        await pilot.press("j")
        await pilot.pause()
        assert not isinstance(app.screen, JoinScreen)


async def test_the_panel_speaks_dutch(store, clock, make_app):
    set_language("nl")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = JoinScreen(host="127.0.0.1", port=0)
        app.push_screen(screen)
        await pilot.pause()
        assert _text(screen, "#join-code").startswith("Deelnamecode: ")
        assert "Een kanskaart inleveren" in await asyncio.to_thread(
            lambda: request(screen.page.url).body
        )
        await pilot.press("j")


@pytest.mark.parametrize(("language", "words"), [("en", "too long"), ("nl", "te lang")])
async def test_a_project_name_too_long_for_cards_keeps_the_page_off_and_says_why(
    store, clock, make_app, language, words
):
    set_language(language)
    meeting = make_meeting(store, clock, project_name="Buurtkeuken " * 20)  # 240 characters
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = JoinScreen(host="127.0.0.1", port=0)
        app.push_screen(screen)
        await pilot.pause()
        assert screen.page is None, "no page that would refuse every card"
        steps = _text(screen, "#join-steps")
        assert words in steps and "200" in steps
        assert screen.query_one("#join-steps").region.bottom <= 24
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, JoinScreen)
