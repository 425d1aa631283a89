"""The readiness check's rules: the questions, answers and who they replace, the spread, the
score per principle, the gaps, the change since an earlier check."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_tui.i18n import set_language
from coprod_tui.model import Action, OwnQuestion, ReadinessAnswer, ReadinessCheck, ValidationError
from coprod_tui.model.common import clean_line, clean_text
from coprod_tui.model.readiness import (
    MAX_NOTE_CHARS,
    MAX_QUESTION_CHARS,
    gaps,
    level,
    linked_actions,
    principle_change,
    principle_changes,
    principle_score,
    principle_scores,
    question_score,
    settled,
    spread,
    weak_principles,
)
from coprod_tui.model.toolkit import KEY_ELEMENT_KEYS, READINESS_QUESTIONS
from tests.support import hostile_texts


def group(check: ReadinessCheck, key: str, value: str, note: str = "") -> ReadinessAnswer:
    return check.record(ReadinessAnswer(key, value, note))


def person(check: ReadinessCheck, key: str, value: str, who: str | None) -> ReadinessAnswer:
    return check.record(ReadinessAnswer(key, value, source="person", participant=who))


def test_nineteen_questions_over_six_principles_in_two_languages():
    assert len(READINESS_QUESTIONS) == 19
    per = Counter(q.principle for q in READINESS_QUESTIONS)
    assert list(per) == list(KEY_ELEMENT_KEYS)
    assert all(2 <= count <= 5 for count in per.values())
    assert len({q.key for q in READINESS_QUESTIONS}) == 19
    check = ReadinessCheck()
    assert [q.key for q in check.questions("catalysts")] == ["catalysts.1", "catalysts.2"]
    assert check.question("mutuality.1").text.startswith("Does everyone know it is their project")
    set_language("nl")
    assert check.question("mutuality.1").text.startswith("Weet iedereen dat het hún project is")
    assert all(str(q.label) != q.label.text for q in READINESS_QUESTIONS)


def test_own_questions_come_after_their_principles_toolkit_questions():
    own = OwnQuestion("assets", "  Do we cook   with what residents grow? ")
    check = ReadinessCheck(own_questions=[own])
    keys = [q.key for q in check.questions()]
    assert keys.index(own.id) == 3 and keys[4] == "capabilities.1"
    assert check.question(own.id).text == "Do we cook with what residents grow?"
    assert check.question(own.id).own
    with pytest.raises(ValidationError, match="needs some text"):
        OwnQuestion("assets", " \n ")
    with pytest.raises(ValidationError, match=f"at most {MAX_QUESTION_CHARS}"):
        OwnQuestion("assets", "x" * (MAX_QUESTION_CHARS + 1))
    with pytest.raises(ValidationError, match="key element"):
        OwnQuestion("kindness", "Are we kind?")


def test_the_group_answer_and_a_named_persons_replace_anonymous_answers_add_up():
    check = ReadinessCheck()
    group(check, "assets.1", "partly")
    group(check, "assets.1", "yes", "we agreed after all")
    assert [(a.value, a.note) for a in check.answers] == [("yes", "we agreed after all")]
    person(check, "assets.1", "not_yet", "Jan")
    person(check, "assets.1", "partly", "jan")  # the same person, another case
    person(check, "assets.1", "yes", None)
    person(check, "assets.1", "yes", None)
    assert len(check.individual_answers("assets.1")) == 3
    assert check.answer_of("assets.1", "Jan").value == "partly"
    anonymous = check.individual_answers("assets.1")[-1]
    changed = ReadinessAnswer("assets.1", "not_yet", source="person", id=anonymous.id)
    check.record(changed)
    assert [a.value for a in check.individual_answers("assets.1")] == ["partly", "yes", "not_yet"]
    check.remove_answer(anonymous.id)
    assert len(check.answers) == 3
    with pytest.raises(KeyError):
        check.remove_answer("nope")


def test_answers_are_checked():
    with pytest.raises(ValidationError, match="answer must be one of"):
        ReadinessAnswer("assets.1", "maybe")
    with pytest.raises(ValidationError, match="source of an answer"):
        ReadinessAnswer("assets.1", "yes", source="telepathy")
    with pytest.raises(ValidationError, match="belongs to no one participant"):
        ReadinessAnswer("assets.1", "yes", participant="Jan")
    with pytest.raises(ValidationError, match=f"at most {MAX_NOTE_CHARS}"):
        ReadinessAnswer("assets.1", "yes", "x" * (MAX_NOTE_CHARS + 1))
    with pytest.raises(ValidationError, match="no such question"):
        ReadinessCheck().record(ReadinessAnswer("assets.9", "yes"))
    with pytest.raises(ValidationError, match="unknown question"):
        ReadinessCheck(answers=[ReadinessAnswer("assets.9", "yes")])


def test_a_phone_answer_is_one_persons_answer_like_any_other():
    check = ReadinessCheck()
    check.record(ReadinessAnswer("networks.1", "yes", source="phone", participant="Els"))
    person(check, "networks.1", "not_yet", "Els")  # the same person on the screen: replaced
    check.record(ReadinessAnswer("networks.1", "partly", source="phone"))
    assert spread(check.answers_to("networks.1")).counts == (
        ("yes", 0),
        ("partly", 1),
        ("not_yet", 1),
        ("dont_know", 0),
    )


def test_spread_counts_individual_answers_and_the_anonymous_among_them():
    check = ReadinessCheck()
    group(check, "mutuality.1", "partly")
    for who, value in [("Jan", "yes"), ("Els", "yes"), (None, "partly"), (None, "not_yet")]:
        person(check, "mutuality.1", value, who)
    person(check, "mutuality.1", "dont_know", "Kees")
    result = spread(check.answers_to("mutuality.1"))
    assert (result.count("yes"), result.count("partly"), result.count("not_yet")) == (2, 1, 1)
    assert result.count("dont_know") == 1 and result.total == 5 and result.anonymous == 2
    assert result.disagree
    assert not spread([]).disagree and spread([]).total == 0


def test_the_groups_answer_settles_a_question_else_the_individual_answers_do():
    check = ReadinessCheck()
    assert settled(check, "assets.1") is None and question_score(check, "assets.1") is None
    person(check, "assets.1", "yes", "Jan")
    person(check, "assets.1", "not_yet", "Els")
    assert question_score(check, "assets.1") == 1.0 and settled(check, "assets.1") == "partly"
    group(check, "assets.1", "yes")
    assert settled(check, "assets.1") == "yes" and question_score(check, "assets.1") == 2
    person(check, "assets.2", "dont_know", "Jan")
    assert settled(check, "assets.2") == "dont_know" and question_score(check, "assets.2") is None
    group(check, "assets.3", "dont_know")
    assert settled(check, "assets.3") == "dont_know"
    assert [level(s) for s in (0, 0.49, 0.5, 1.49, 1.5, 2)] == [
        "not_yet",
        "not_yet",
        "partly",
        "partly",
        "yes",
        "yes",
    ]


def test_principle_scores_and_gaps():
    check = ReadinessCheck()
    group(check, "mutuality.1", "yes")
    group(check, "mutuality.2", "partly")
    group(check, "mutuality.3", "not_yet")
    group(check, "mutuality.4", "dont_know")
    group(check, "catalysts.1", "yes")
    score = principle_score(check, "mutuality")
    assert (score.questions, score.answered, score.score, score.gaps) == (5, 4, 1.0, 3)
    assert score.level == "partly" and score.fraction == 0.5
    scores = principle_scores(check)
    assert [s.principle for s in scores] == list(KEY_ELEMENT_KEYS)
    assert scores[0].score is None and scores[0].level is None and scores[0].answered == 0
    assert [q.key for q in gaps(check)] == ["mutuality.2", "mutuality.3", "mutuality.4"]
    group(check, "assets.1", "not_yet")
    assert weak_principles(check) == ["assets", "mutuality"]
    assert principle_scores(None)[2].answered == 0


def test_the_change_per_principle_since_an_earlier_check():
    before, now = ReadinessCheck(), ReadinessCheck()
    for key, value in [("mutuality.1", "not_yet"), ("mutuality.2", "partly")]:
        group(before, key, value)
    group(before, "mutuality.3", "yes")
    for key, value in [("mutuality.1", "yes"), ("mutuality.2", "yes"), ("mutuality.3", "yes")]:
        group(now, key, value)
    change = principle_change(before, now, "mutuality")
    assert (change.before, change.now, change.up, change.down, change.questions) == (
        "partly",
        "yes",
        2,
        0,
        5,
    )
    assert change.direction == 1
    group(now, "mutuality.3", "not_yet")
    change = principle_change(before, now, "mutuality")
    assert (change.up, change.down, change.now) == (2, 1, "partly")  # (2 + 2 + 0) / 3
    untouched = principle_changes(before, now)[0]
    assert untouched.principle == "assets" and untouched.direction is None


def test_actions_link_back_to_their_question():
    actions = [
        Action("mutuality", "Talk about give and take", readiness_question="mutuality.4"),
        Action("mutuality", "Something else"),
    ]
    assert [a.what for a in linked_actions(actions, "mutuality.4")] == ["Talk about give and take"]
    assert Action.from_dict(actions[0].to_dict()) == actions[0]
    assert Action.from_dict({"element": "assets", "what": "old"}).readiness_question is None


@given(note=st.text(max_size=400), text=st.text(max_size=400), who=st.text(max_size=60))
def test_any_free_text_note_question_or_name_is_stored_clean_or_refused(note, text, who):
    for value in (note, text, who):
        check_text(value)


@pytest.mark.parametrize(("what", "text"), hostile_texts())
def test_hostile_inputs(what, text):
    check_text(text)


def check_text(text: str) -> None:
    check = ReadinessCheck()
    try:
        answer = ReadinessAnswer("assets.1", "partly", text, source="person", participant=text)
    except ValidationError:
        assert len(clean_text(text)) > MAX_NOTE_CHARS
    else:
        assert answer.note == clean_text(text)
        assert answer.participant == (clean_line(text) or None)
        check.record(answer)
        assert ReadinessCheck.from_dict(check.to_dict()) == check
    try:
        own = OwnQuestion("networks", text)
    except ValidationError:
        assert not clean_line(text) or len(clean_line(text)) > MAX_QUESTION_CHARS
    else:
        assert own.text == clean_line(text)
        check.own_questions.append(own)
        assert ReadinessCheck.from_dict(check.to_dict()) == check
