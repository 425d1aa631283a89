"""The pure model: validation, clean text, dict round trips, rules."""

from __future__ import annotations

from datetime import date

import pytest

from coprod_tui.model import (
    Action,
    AgendaItem,
    Card,
    LadderPlacement,
    Participant,
    Session,
    ValidationError,
    clean_text,
    median_rung,
    next_receiver,
)
from coprod_tui.model.toolkit import KEY_ELEMENTS, TOOLKIT_LADDER, VILANS_LADDER
from tests.support import START, FakeClock, hostile_texts


def test_clean_text_removes_controls_and_hidden_format_characters():
    assert clean_text("a\x00b\x01c\x07d\x1b[2Je\x9b2J") == "abcd[2Je2J"
    assert clean_text("Approved\rRejected") == "ApprovedRejected"
    assert clean_text("user \u202eevil\u202c \u2066x\u2069") == "user evil x"
    assert clean_text("line one\nline two\ttab") == "line one\nline two tab"
    assert clean_text("  \n ") == ""
    # emoji sequences keep their joiner
    assert "\u200d" in clean_text("👩\u200d👩\u200d👧")


@pytest.mark.parametrize(("what", "text"), hostile_texts())
def test_every_hostile_text_makes_a_card_of_plain_text_or_a_clear_refusal(what, text):
    try:
        card = Card(text=text, author=text[:80] if text.strip() else None)
    except ValidationError as error:
        assert "card" in str(error) or "name" in str(error)
        return
    for char in card.text + (card.author or ""):
        assert char in "\n" or char.isprintable() or char == "\u200d", (what, repr(char))


def test_card_limits():
    with pytest.raises(ValidationError, match="empty"):
        Card(text=" \x00\x07 ")
    with pytest.raises(ValidationError, match="at most 2000"):
        Card(text="x" * 2001)
    assert Card(text="x" * 2000).text == "x" * 2000
    assert Card(text="idea", author="   ").anonymous


def test_session_round_trips_through_a_dict():
    clock = FakeClock()
    item = AgendaItem("Gratitude round", 10, tool="gratitude")
    item.start(clock())
    item.stop(clock.advance(minutes=12))
    session = Session(
        project_id="p1",
        title="Maandoverleg",
        date=date(2026, 11, 23),
        participants=[Participant("Fatima", "resident"), Participant("Jan")],
        receiver="Jan",
        agenda=[item],
        cards=[Card(text="[bold]soup[/]", author=None, received_at=START)],
        actions=[Action("networks", "Invite the neighbours", "Els", date(2026, 12, 7), "3 came")],
        placements=[LadderPlacement(6, "Fatima")],
    )
    again = Session.from_dict(session.to_dict())
    assert again == session
    assert again.agenda[0].used_seconds(clock()) == 12 * 60


def test_from_dict_names_the_missing_field_and_where():
    data = Session(project_id="p", title="T", date=date(2026, 1, 1)).to_dict()
    del data["title"]
    with pytest.raises(ValidationError, match="meeting: missing field 'title'"):
        Session.from_dict(data, "meeting")
    data = Session(project_id="p", title="T", date=date(2026, 1, 1)).to_dict()
    data["agenda"] = [{"title": "x", "planned_minutes": "ten"}]
    with pytest.raises(ValidationError, match="agenda #1, planned_minutes: expected a whole"):
        Session.from_dict(data, "meeting")


def test_rules():
    with pytest.raises(ValidationError):
        LadderPlacement(8)
    with pytest.raises(ValidationError):
        LadderPlacement(7, model="vilans")
    assert median_rung([LadderPlacement(r) for r in (4, 6, 6, 7)]) == 6.0
    with pytest.raises(ValidationError):
        Action("unknown-element", "do it")
    with pytest.raises(ValidationError, match="same name"):
        Session("p", "T", date(2026, 1, 1), participants=[Participant("A"), Participant("A")])
    assert next_receiver(["A", "B", "C"], "C") == "A"
    assert next_receiver(["A", "B", "C"], "B") == "C"
    assert next_receiver(["A", "B"], "gone") == "A"
    assert next_receiver([], "A") is None


def test_toolkit_content():
    assert [str(r.label) for r in TOOLKIT_LADDER.rungs][-1] == "Co-producing"
    assert [r.group.key for r in TOOLKIT_LADDER.rungs] == ["to"] * 2 + ["for"] * 3 + ["with"] * 2
    assert len(VILANS_LADDER.rungs) == 6
    assert [e.key for e in KEY_ELEMENTS] == [
        "assets",
        "capabilities",
        "mutuality",
        "networks",
        "blur_roles",
        "catalysts",
    ]


def test_agenda_item_time_is_derived_from_spans():
    clock = FakeClock()
    item = AgendaItem("Cards", 20)
    item.start(clock())
    clock.advance(minutes=15)
    item.stop(clock())
    clock.advance(minutes=5)  # paused: does not count
    item.start(clock())
    clock.advance(minutes=8)
    assert item.used_seconds(clock()) == 23 * 60
    assert item.overrun_seconds(clock()) == 3 * 60
