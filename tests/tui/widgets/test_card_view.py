"""Card text on screen: list cells, the full card, counts, order; large type for the group."""

from __future__ import annotations

from datetime import timedelta

from coprod_tui.model import Card
from coprod_tui.tui.widgets.card_view import (
    card_cells,
    card_detail,
    counts_text,
    group_byline,
    sorted_cards,
)
from coprod_tui.tui.widgets.large_text import large_type
from tests.support import START


def test_cells_are_plain_one_line_and_cut_with_an_ellipsis():
    card = Card(text="[bold]Soup[/bold]\non Fridays " + "x" * 80, author=None, received_at=START)
    state, _time, author, text = card_cells(card, from_width=12, text_width=20)
    assert (state.plain, author.plain) == ("new", "anonymous")
    assert text.plain == "[bold]Soup[/bold] o…"
    assert text.cell_len == 20 and not text.spans
    wide = card_cells(Card(text="会议" * 30, received_at=START), from_width=12, text_width=11)[3]
    assert wide.cell_len <= 11


def test_the_full_card_and_the_counts():
    cards = [
        Card(text="one", received_at=START + timedelta(minutes=2)),
        Card(text="two", author="Jan", received_at=START, state="presented"),
        Card(text="three", author="Els", received_at=START + timedelta(minutes=1), state="action"),
    ]
    assert counts_text(cards) == "1 new · 1 presented · 0 discussed · 0 parked · 1 → action"
    assert [c.text for c in sorted_cards(cards)] == ["two", "three", "one"]
    assert [c.text for c in sorted_cards(cards, newest_first=True)] == ["one", "three", "two"]
    assert [c.text for c in sorted_cards(cards, state="presented")] == ["two"]
    detail = card_detail(cards[2], "Networks").plain
    assert detail.startswith("three\n\nEls · ")
    assert "state: → action" in detail and "action under: Networks" in detail
    assert group_byline(cards[0]) == "" and group_byline(cards[1]) == "— Jan"


def test_large_type_when_the_whole_card_fits():
    big = large_type("Fresh soup on Fridays", 100, 24)
    assert big is not None and len(big.splitlines()) <= 24
    assert max(len(line) for line in big.splitlines()) <= 100
    assert large_type("Cliënt", 100, 24) is not None, "a font with accented letters"
    cjk = large_type("会议 ok", 100, 24)
    assert cjk is not None and "会" in cjk and "议" in cjk, "drawn as themselves, ok stays large"
    assert large_type("word " * 40, 80, 20) is None, "too long to fit large"
    assert large_type("Supercalifragilistic", 30, 20) is None, "one word wider than the screen"
    two = large_type("soup\nherbs", 100, 30)
    assert two is not None and two.count("\n") > 8, "the card's own line break is kept"


def test_large_type_falls_back_glyph_by_glyph():
    from coprod_tui.tui.widgets.large_text import _render_line

    dash = large_type("Soup — Fridays", 120, 24)
    assert dash is not None and "—" not in dash, "the em dash is drawn as a large hyphen"
    assert dash == large_type("Soup - Fridays", 120, 24)
    emoji = large_type("Soup 🍲", 100, 24)
    assert emoji is not None and emoji.count("🍲") == 1
    assert emoji.splitlines()[0] == _render_line("big", ["Soup"])[0], "the rest stays large"
    accent = large_type("Cliënt 🍲", 100, 24)
    assert accent is not None and "ë" not in accent, "a font with ë draws it large"
    composed = large_type("cafe\u0301", 100, 24)
    assert composed == large_type("café", 100, 24), "a letter and its combining mark: one glyph"
    controls = large_type("a\x1b[31mb \u202eevil", 100, 24)
    assert controls is not None and "\x1b" not in controls and "\u202e" not in controls
    assert "\ufffd" in controls, "a control character shows as a replacement glyph"
