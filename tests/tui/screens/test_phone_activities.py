"""Phone activities on the facilitator's screens: o opens, the count follows the phones, r
reveals, o closes and the answers are in the minutes — at 80×24 and 100×30, in English and Dutch.

The phones are real HTTP clients of a running phone page whose calls run in the app's loop.
"""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from coprod_tui.export.markdown import minutes_markdown
from coprod_tui.i18n import set_language
from coprod_tui.join import JoinPage
from coprod_tui.join.activity_routes import activity_part
from coprod_tui.model.activity import AnswerInput
from coprod_tui.store.minutes import read_minutes
from tests.join.test_activities import Phone
from tests.support import make_meeting
from tests.textual_view import screen_text
from tests.tui.screens.test_inbox import listed
from tests.tui.screens.test_ladder import ladder_rows

SIZES = [(80, 24), (100, 30)]


@contextlib.asynccontextmanager
async def phone_page(app, store):
    part = activity_part(app.phone_desk())
    page = JoinPage(store.paths.inbox, host="127.0.0.1", port=0, project="Kookgroep", parts=[part])
    await asyncio.to_thread(page.start)
    app.phone_page = page
    try:
        yield page
    finally:
        await asyncio.to_thread(page.stop)
        app.phone_page = None


def flat(app) -> str:
    """The screen's words with its line breaks as spaces (lines wrap at 80 columns)."""
    return " ".join(screen_text(app).split())


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.pause()


async def place_from(phone: Phone, activity_id: str, rung: int, **named) -> None:
    await asyncio.to_thread(phone.open)
    reply = await asyncio.to_thread(phone.place, activity_id, rung, **named)
    assert reply.status == 200, reply.body


@pytest.mark.parametrize("size", SIZES)
async def test_a_placement_round_from_open_to_the_minutes(store, clock, make_app, size):
    meeting = make_meeting(store, clock)
    meeting.start()
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot, phone_page(app, store) as page:
        await pilot.press("4")
        await settle(pilot)
        assert "o: open a placement round on the phones" in flat(app)
        await pilot.press("o")
        await settle(pilot)
        round_ = app.meeting.open_activity
        assert round_ is not None and round_.kind == "placement"
        assert "Placement round open on the phones · 0 of 6 placed" in flat(app)

        phones = [Phone(page) for _ in range(3)]
        await place_from(phones[0], round_.id, 6, name="Fatima")
        await settle(pilot)
        assert "1 of 6 placed (Fatima) · hidden until you reveal · r reveal" in flat(app)
        await place_from(phones[1], round_.id, 7, anonymous=True)
        await place_from(phones[2], round_.id, 6)
        await place_from(phones[0], round_.id, 5, name="Fatima")  # changes her mind
        await settle(pilot)
        assert "3 of 6 placed (Fatima)" in flat(app)
        assert all("█" not in line for line in ladder_rows(app).values()), "hidden"

        await pilot.press("r")
        await settle(pilot)
        rows = ladder_rows(app)
        assert rows[7].split("Co-producing")[1].split()[1] == "1"
        assert rows[6].split("Co-designing")[1].split()[1] == "1"
        assert rows[5].split("Engaging")[1].split()[1] == "1"
        assert "shown · o close" in flat(app)

        await pilot.press("o")
        await settle(pilot)
        assert app.meeting.open_activity is None
        assert "Placement round closed · 3 placed" in flat(app)
        assert sorted((p.rung, p.participant) for p in app.meeting.placements()) == [
            (5, "Fatima"),
            (6, None),
            (7, None),
        ]
        minutes = app.meeting.close()
    markdown = minutes_markdown(read_minutes(minutes))
    assert "### Placement round on the phones" in markdown
    assert "3 placed · 2 anonymously · revealed" in markdown
    assert "- **5 Engaging: 1** — Fatima" in markdown


async def test_closed_before_reveal_stays_hidden_on_the_ladder_in_dutch(store, clock, make_app):
    set_language("nl")
    meeting = make_meeting(store, clock)
    round_ = meeting.open_placement_round()
    meeting.answer(round_.id, "phone-1", AnswerInput(rung=4))
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await settle(pilot)
        assert "Plaatsingsronde open op de telefoons · 1 van 6 geplaatst" in flat(app)
        await pilot.press("o")
        await settle(pilot)
        assert all("█" not in line for line in ladder_rows(app).values())
        assert "verborgen tot je ze toont" in flat(app)
        await pilot.press("r")
        await settle(pilot)
        assert ladder_rows(app)[4].split("Raadplegen")[1].split()[1] == "1"


@pytest.mark.parametrize("size", SIZES)
async def test_a_dot_vote_sorts_the_inbox_once_revealed(store, clock, make_app, size):
    meeting = make_meeting(
        store, clock, cards=[("Soup on Fridays", None), ("Herbs", "Jan"), ("A bench", None)]
    )
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot, phone_page(app, store) as page:
        await pilot.press("2")
        await settle(pilot)
        assert "o: open a dot vote on the phones" in flat(app)
        await pilot.press("o")
        await settle(pilot)
        vote = app.meeting.open_activity
        assert vote is not None and vote.kind == "dot_vote" and len(vote.options) == 3
        soup, herbs, bench = vote.options
        assert "Dot vote open on the phones · 0 of 6 voted" in flat(app)
        for dots in ({herbs: 2, bench: 1}, {herbs: 1, soup: 1}):
            phone = Phone(page)
            await asyncio.to_thread(phone.open)
            fields = {"activity": vote.id, **{f"dot-{k}": str(v) for k, v in dots.items()}}
            assert (await asyncio.to_thread(phone.send, fields)).status == 200
        await settle(pilot)
        assert "2 of 6 voted · hidden until you reveal" in flat(app)
        assert listed(app) == ["Soup on Fridays", "Herbs", "A bench"], "no order by dots yet"
        assert "●3 Herbs" not in flat(app), "no dots shown yet"

        await pilot.press("r")
        await settle(pilot)
        assert listed(app) == ["Herbs", "Soup on Fridays", "A bench"]
        assert "●3 Herbs" in flat(app)
        await pilot.press("o")
        await settle(pilot)
        assert "Dot vote closed · 2 voted" in flat(app)
        app.meeting.start()
        minutes = app.meeting.close()
    markdown = minutes_markdown(read_minutes(minutes))
    assert "### Dot vote on the phones" in markdown
    assert markdown.index("- **3 dots** — Herbs") < markdown.index("- **1 dot** — Soup on Fridays")


async def test_a_postcard_from_a_phone_shows_on_the_postcards(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot, phone_page(app, store) as page:
        await pilot.press("3", "c")
        await settle(pilot)
        assert "o: open the postcards on the phones" in flat(app)
        await pilot.press("o")
        await settle(pilot)
        cards = app.meeting.open_activity
        phone = Phone(page)
        await asyncio.to_thread(phone.open)
        fields = {"activity": cards.id, "name": "Els", "text": "the [b]soup[/b] today"}
        assert (await asyncio.to_thread(phone.send, fields)).status == 200
        await settle(pilot)
        shown = flat(app)
        assert "Postcards open on the phones · 1 of 6 wrote a postcard (Els)" in shown
        assert "the [b]soup[/b] today" in shown, "user text is never markup"
        await pilot.press("o")
        await settle(pilot)
        assert app.meeting.open_activity is None
        assert [(p.participant, p.text) for p in app.meeting.session.postcards] == [
            ("Els", "the [b]soup[/b] today")
        ]
