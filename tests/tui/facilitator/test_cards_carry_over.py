"""Cards the group meant to return to (issue 17): parked, presented but not discussed, and new
cards nobody took up come back in the next meeting's inbox, marked, with where they came from."""

from __future__ import annotations

from coprod_tui.model import Card
from tests.support import make_meeting
from tests.tui.facilitator.helpers import languages, press, said, settle, shown, sizes

CARDS = {
    "Herbs from the residents' garden": "parked",
    "Ask the cook about soup on Fridays": "presented",
    "Tuesdays suit carers better": "new",
    "A bus to the market": "discussed",
}


@languages
@sizes
async def test_open_cards_come_back_in_the_next_meeting(store, clock, make_app, lang, size):
    last = make_meeting(store, clock)
    last.receive_cards([Card(text=text, author=None) for text in CARDS])
    for card in last.session.cards:
        last.set_card_state(card.id, CARDS[card.text])
    clock.advance(minutes=60 * 24 * 14)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await press(pilot, "h", "n", "tab", "enter")  # a new meeting of the project, started
        await settle(pilot)
        assert app.meeting is not None and app.meeting.session.id != last.session.id
        await press(pilot, "2")
        screen = shown(app)
        for text, state in CARDS.items():
            if state == "discussed":
                assert text[:20] not in screen, "a discussed card stays in its meeting"
            else:
                assert text[:20] in screen
        rows = [line for line in screen.splitlines() if line.startswith(" ↩ ")]
        assert len(rows) == 3, "each carried card is marked ↩ in the list"
        assert f"3 {said('carried over')} ↩" in " ".join(screen.split())
        earlier = f"{last.session.date.isoformat()} “{last.session.title}”"
        detail = said("from the earlier meeting {meeting}", meeting=earlier)
        shown_card = str(app.screen.query_one("#card-detail-text").content)  # wraps beside
        assert detail in " ".join(shown_card.split()), "the selected card says where it came from"
    session = app.meeting.session
    carried = {card.text: card for card in session.cards}
    assert {text: carried[text].state for text in carried} == {
        text: state for text, state in CARDS.items() if state != "discussed"
    }
    assert all(card.carried_from == last.session.id for card in carried.values())
