"""Ladder model: reflections' rules and questions, medians per model, the trend's points."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_tui.model import LadderPlacement, Reflection, Session, ValidationError, clean_text
from coprod_tui.model.ladder import MAX_ANSWER_CHARS, rung_counts, summary_medians, trend_points
from coprod_tui.model.toolkit import EXAMPLE_QUESTIONS_WE, PERSONAL_QUESTIONS


def test_reflection_rules_and_questions():
    we = Reflection(answers=["We cook", "", "More came", "Ask"], rung=6, example_of="with")
    assert we.questions() == EXAMPLE_QUESTIONS_WE
    assert str(Reflection(voice="I").questions()[0]) == "What did I do?"
    assert Reflection(kind="personal").questions() == PERSONAL_QUESTIONS
    with pytest.raises(ValidationError, match="3 questions"):
        Reflection(kind="personal", answers=["a", "b", "c", "d"])
    with pytest.raises(ValidationError, match="between 1 and 6"):
        Reflection(rung=7, model="vilans")
    with pytest.raises(ValidationError, match="doing"):
        Reflection(example_of="to")
    with pytest.raises(ValidationError, match="at most 2000"):
        Reflection(answers=["x" * (MAX_ANSWER_CHARS + 1)])
    assert Reflection(answers=["", " \n "]).empty
    assert not Reflection(rung=3).empty


@given(st.lists(st.text(max_size=200), max_size=4), st.one_of(st.none(), st.text(max_size=80)))
def test_reflection_text_is_cleaned_and_round_trips(answers, author):
    reflection = Reflection(answers=answers, author=author)
    assert reflection.answers == [clean_text(a) for a in answers]
    assert Reflection.from_dict(reflection.to_dict()) == reflection


def test_medians_per_model_do_not_mix():
    session = Session(
        "p",
        "T",
        date(2026, 11, 23),
        placements=[
            LadderPlacement(7),
            LadderPlacement(6),
            LadderPlacement(2, model="vilans"),
        ],
    )
    assert session.ladder_median() == 6.5
    assert session.ladder_medians() == {"toolkit": 6.5, "vilans": 2.0}
    session.ladder_model = "vilans"
    assert session.ladder_median() == 2.0
    assert rung_counts(session.placements_on("toolkit")) == {7: 1, 6: 1}


def row(meeting_id, on, **fields):
    return {"id": meeting_id, "title": meeting_id, "date": on, **fields}


def test_trend_points_oldest_first_then_this_meeting():
    current = Session("p", "Nov", date(2026, 11, 23), id="nov", placements=[LadderPlacement(7)])
    rows = [
        row("nov", "2026-11-23", ladder_medians={"toolkit": 1.0}),  # stale: the live one counts
        row("later", "2026-12-21", ladder_medians={"toolkit": 2.0}),
        row("oct", "2026-10-26", ladder_medians={"toolkit": 5.0, "vilans": 3.0}),
        row("sep", "2026-09-28", ladder_model="toolkit", ladder_median=4.0),  # an older row
        row("aug", "2026-08-31", ladder_medians={"vilans": 2.0}),
        row("jul", "2026-07-27", ladder_medians={}),
    ]
    points, other = trend_points(rows, current, "toolkit")
    assert [(p.meeting_id, p.median, p.current) for p in points] == [
        ("sep", 4.0, False),
        ("oct", 5.0, False),
        ("nov", 7.0, True),
    ]
    assert other == 1
    points, other = trend_points(rows, current, "vilans")
    assert [p.meeting_id for p in points] == ["aug", "oct"]
    assert other == 1  # September was placed on the toolkit ladder only


def test_summary_medians_of_odd_rows():
    assert summary_medians({}) == {}
    assert summary_medians({"ladder_model": "toolkit", "ladder_median": None}) == {}
    assert summary_medians({"ladder_medians": {"toolkit": 5, "x": "y"}}) == {"toolkit": 5.0}
