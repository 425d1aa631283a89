"""Phone activities, the pure rules: one voice one answer, checks per kind, closing wipes voices."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_tui.model import ValidationError
from coprod_tui.model.activity import (
    KINDS,
    Activity,
    AnswerInput,
    check_answer,
    close_activity,
    give_answer,
)
from coprod_tui.model.card import MAX_CARD_CHARS
from coprod_tui.model.session import Session
from tests.support import START, hostile_texts


def shown_safely(text: str) -> bool:
    """No control or hidden format characters but newlines and the emoji joiner."""
    return all(
        ch in "\n\u200d" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn")
        for ch in text
    )


def test_a_voice_answers_once_and_a_second_answer_replaces_the_first():
    round_ = Activity("placement")
    first = check_answer(round_, AnswerInput(rung=3))
    give_answer(round_, "voice-a", first)
    give_answer(round_, "voice-b", check_answer(round_, AnswerInput(rung=6, name=" Jan ")))
    again, replaced = give_answer(round_, "voice-a", check_answer(round_, AnswerInput(rung=7)))
    assert replaced
    assert [(a.voice, a.rung, a.name) for a in round_.answers] == [
        ("voice-a", 7, None),
        ("voice-b", 6, "Jan"),
    ]
    assert round_.rung_counts() == {7: 1, 6: 1}
    assert round_.named() == ["Jan"]


def test_a_placement_needs_a_rung_on_the_rounds_ladder():
    with pytest.raises(ValidationError, match="choose a step"):
        check_answer(Activity("placement"), AnswerInput())
    with pytest.raises(ValidationError, match="between 1 and 6"):
        check_answer(Activity("placement", ladder_model="vilans"), AnswerInput(rung=7))


def test_dots_are_counted_per_phone_and_only_on_the_cards_on_show():
    vote = Activity("dot_vote", dots=3, options=["a", "b", "c"])
    give_answer(vote, "v1", check_answer(vote, AnswerInput(dots={"a": 2, "b": 1})))
    give_answer(vote, "v2", check_answer(vote, AnswerInput(dots={"a": 1, "c": 0})))
    assert vote.dot_totals() == {"a": 3, "b": 1, "c": 0}
    with pytest.raises(ValidationError, match="You have 3 dots, and you gave 4"):
        check_answer(vote, AnswerInput(dots={"a": 2, "b": 2}))
    with pytest.raises(ValidationError, match="not part of the vote"):
        check_answer(vote, AnswerInput(dots={"zzz": 1}))
    with pytest.raises(ValidationError, match="at least one dot"):
        check_answer(vote, AnswerInput(dots={"a": 0}))
    with pytest.raises(ValidationError, match="fewer than 0"):
        check_answer(vote, AnswerInput(dots={"a": -1, "b": 3}))


def test_a_postcard_needs_a_name_and_text():
    cards = Activity("postcards")
    with pytest.raises(ValidationError, match="your name"):
        check_answer(cards, AnswerInput(text="the sun"))
    with pytest.raises(ValidationError, match="grateful for"):
        check_answer(cards, AnswerInput(name="Els", text=" \n\t "))
    with pytest.raises(ValidationError, match=f"at most {MAX_CARD_CHARS}"):
        check_answer(cards, AnswerInput(name="Els", text="x" * (MAX_CARD_CHARS + 1)))
    assert check_answer(cards, AnswerInput(name="Els", text="the sun\n")).text == "the sun"


def test_closing_wipes_the_voices_orders_by_content_and_refuses_more():
    round_ = Activity("placement")
    for voice, rung, name in (("v1", 6, None), ("v2", 2, "Kees"), ("v3", 4, None)):
        give_answer(round_, voice, check_answer(round_, AnswerInput(rung=rung, name=name)))
    close_activity(round_, START)
    assert not round_.open and round_.closed_at == START
    assert [(a.voice, a.rung) for a in round_.answers] == [("", 2), ("", 4), ("", 6)]
    assert round_.answer_of("v1") is None
    with pytest.raises(ValidationError, match="closed"):
        check_answer(round_, AnswerInput(rung=5))


def test_hidden_until_revealed_is_a_property_of_the_kind():
    assert Activity("placement").hidden and Activity("dot_vote", options=["a"]).hidden
    assert not Activity("postcards").hidden
    revealed = Activity("placement", revealed_at=START)
    assert not revealed.hidden
    assert set(KINDS) == {"placement", "dot_vote", "postcards"}


def test_activities_survive_the_session_round_trip():
    session = Session(project_id="p1", title="Maandoverleg", date=START.date())
    round_ = Activity("placement", opened_at=START)
    give_answer(round_, "v1", check_answer(round_, AnswerInput(rung=5, name="Els")))
    session.activities.append(round_)
    back = Session.from_dict(session.to_dict())
    assert back.activities == session.activities
    assert back.open_activity() == round_
    assert back.hidden_activities() == {round_.id}


def test_an_unknown_kind_or_too_many_dots_is_refused_on_load():
    with pytest.raises(ValidationError, match="activity kind"):
        Activity.from_dict({"kind": "poll"})
    with pytest.raises(ValidationError, match="between 1 and 10"):
        Activity.from_dict({"kind": "dot_vote", "dots": 11})


@pytest.mark.parametrize(("what", "text"), hostile_texts())
def test_hostile_postcard_text_is_stored_clean_or_refused(what, text):
    cards = Activity("postcards")
    try:
        answer = check_answer(cards, AnswerInput(name="Els", text=text))
    except ValidationError:
        return
    assert answer.text and len(answer.text) <= MAX_CARD_CHARS, what
    assert shown_safely(answer.text), what


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300), name=st.text(max_size=100))
def test_any_postcard_text_is_stored_clean_or_refused_in_words(text, name):
    cards = Activity("postcards")
    try:
        answer = check_answer(cards, AnswerInput(name=name, text=text))
    except ValidationError as refusal:
        assert str(refusal)
        return
    assert answer.text == answer.text.strip() and answer.text
    assert shown_safely(answer.text)
    assert answer.name and "\n" not in answer.name
