"""Show to group (issue 17): a card with an em dash or an emoji stays in large type; what a
font lacks is drawn glyph by glyph. Hostile card texts never crash the view nor act as markup."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from coprod_tui.model import ValidationError
from coprod_tui.tui.widgets.large_text import large_type
from tests.support import hostile_texts, make_meeting
from tests.tui.facilitator.helpers import press, settle, shown, sizes


def card_shown(app):
    return next(card for card in app.meeting.session.cards if card.id == app.screen.card_id)


def group_text(app) -> Text:
    content = app.screen.query_one("#group-text", Static).content
    assert isinstance(content, Text), "card text is shown as Text, never parsed as markup"
    return content


async def present_all_and_show(app, pilot) -> None:
    """On the cards (2): present every card (enter on each row), then g."""
    await press(pilot, "2")
    for _ in app.meeting.session.cards:
        await press(pilot, "enter", "down")
    await press(pilot, "g")
    assert type(app.screen).__name__ == "GroupView"


@sizes
async def test_a_card_with_an_em_dash_or_an_emoji_stays_large(store, clock, make_app, size):
    meeting = make_meeting(store, clock)
    meeting.add_card("Soup — on Fridays")
    meeting.add_card("Herbs 🌿 from the garden")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        await present_all_and_show(app, pilot)
        texts = set()
        for _ in range(2):
            text = card_shown(app).text
            texts.add(text)
            large = group_text(app).plain
            assert large.count("\n") >= 4, f"{text!r} is in large type"
            assert text not in shown(app), "not the small text of the whole card"
            rows = [row.rstrip() for row in large.splitlines()]
            assert all(row in shown(app) for row in rows if row), "every row on screen"
            if "🌿" in text:
                assert "🌿" in shown(app), "the emoji drawn as itself, beside large letters"
            await press(pilot, "n")
        assert texts == {"Soup — on Fridays", "Herbs 🌿 from the garden"}


@sizes
async def test_hostile_cards_show_to_the_group_without_harm(store, clock, make_app, size):
    meeting = make_meeting(store, clock)
    for _what, text in hostile_texts():
        try:
            meeting.add_card(text)
        except ValidationError:
            continue  # refused as a card (empty, too long): never reaches the group
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        await present_all_and_show(app, pilot)
        cards = app.meeting.session.cards
        assert len(cards) > 20
        seen = set()
        for _ in cards:
            card = card_shown(app)
            seen.add(card.id)
            content = group_text(app)
            assert not content.spans, "no style from the card's text"
            expected = large_type(card.text, size[0] - 4, size[1] - 6)
            assert content.plain == (expected if expected is not None else card.text)
            assert all(ch.isprintable() or ch in "\n\u200d" for ch in content.plain)
            if card.text.startswith("[bold red]"):
                assert "[bold red]URGENT[/]" in " ".join(shown(app).split())
            await press(pilot, "n")
        assert seen == {card.id for card in cards}, "every presented card was shown"
        await settle(pilot)
        assert type(app.screen).__name__ == "GroupView"
