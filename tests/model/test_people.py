"""The people of a project as pure rules: the circle and its moves, names not titles, profiles,
the gratitude diary's pages."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coprod_tui.i18n import set_language
from coprod_tui.model import ValidationError
from coprod_tui.model.circle import RINGS, Circle, CircleEntry, name_kind, name_warning
from coprod_tui.model.diary import DIARY_FIELDS, DiaryEntry
from coprod_tui.model.profile import MAX_ANSWER_CHARS, PROFILE_FIELDS, Profile
from tests.support import FakeClock, hostile_texts


def printable(text: str) -> bool:
    """No control or hidden format character (spaces of any kind are fine)."""
    return not any(
        unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn")
        or (unicodedata.category(char) == "Cf" and char != "\u200d")
        for char in text.replace("\n", "")
    )


def test_four_circles_from_the_centre_out_with_their_meaning_in_both_languages():
    assert [ring.key for ring in RINGS] == ["co_producers", "participants", "involved", "consulted"]
    assert [ring.number for ring in RINGS] == [1, 2, 3, 4]
    set_language("nl")
    assert [str(ring.label) for ring in RINGS] == [
        "co-producenten",
        "deelnemers",
        "betrokkenen",
        "geraadpleegden",
    ]
    assert "advies" in str(RINGS[3].meaning)
    set_language("en")
    assert "responsible for the result" in str(RINGS[0].meaning)


def test_people_move_between_circles_and_who_moved_inward_is_known():
    clock = FakeClock()
    circle = Circle()
    fatima = circle.add("Fatima", "co_producers", at=clock())
    jan = circle.add("Jan", "participants", role="resident", at=clock())
    ria = circle.add("Ria", "involved", role="team leader", at=clock())
    start = clock()
    clock.advance(minutes=60)
    assert circle.move(jan, -1, clock())  # inward
    assert not circle.move(fatima, -1, clock()), "nothing is inside the centre"
    assert circle.move(ria, +1, clock())  # outward
    assert not circle.move(ria, +1, clock()), "nothing is outside the edge"
    assert not circle.place(jan, "co_producers", clock()), "already there: no move is kept"

    assert [m.name for m in circle.moved_inward()] == ["Jan"]
    assert jan.ring == "co_producers" and jan.first_ring == "participants"
    assert jan.ring_at(start) == "participants" and jan.ring_at(clock()) == "co_producers"
    assert [(e.name, e.ring) for e in circle.at_start()] == [
        ("Fatima", "co_producers"),
        ("Jan", "participants"),
        ("Ria", "involved"),
    ]
    assert [(e.name, e.ring) for e in circle.now()] == [
        ("Fatima", "co_producers"),
        ("Jan", "co_producers"),
        ("Ria", "consulted"),
    ]
    assert Circle.from_dict(circle.to_dict()) == circle


def test_the_circle_refuses_a_second_person_of_the_same_name_and_an_empty_name():
    circle = Circle()
    circle.add("Els", "co_producers")
    with pytest.raises(ValidationError, match="already in the circle"):
        circle.add(" els ", "participants")
    with pytest.raises(ValidationError, match="name"):
        circle.add(" \x00 ", "participants")
    with pytest.raises(ValidationError, match="circle"):
        circle.add("Kees", "outer space")
    assert circle.member("ELS") is not None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the managers", "group"),
        ("neighbours' club", "group"),
        ("Cliëntenraad Noord", "group"),
        ("de buren", "group"),
        ("het bestuur", "group"),
        ("GP", "title"),
        ("the GP", "title"),
        ("huisarts", "title"),
        ("de wijkverpleegkundige", "title"),
        ("team leader", "title"),
        ("Sam", None),
        ("Ria team leader", None),
        ("Dr Jansen", None),
        ("De Vries", None),
        ("Jan de Vries", None),
        ("Anja", None),
    ],
)
def test_titles_and_groups_are_told_apart_from_names_in_english_and_dutch(name, kind):
    assert name_kind(name) == kind


def test_the_warning_says_what_to_do_in_the_language_of_the_app():
    assert "name the people" in name_warning("the managers")
    assert "job title" in name_warning("GP")
    assert name_warning("Priya") is None
    set_language("nl")
    assert "groep" in name_warning("de managers")
    assert "functie" in name_warning("huisarts")
    set_language("en")


@given(st.text(max_size=200))
def test_any_text_gets_an_answer_about_being_a_name(text):
    assert name_kind(text) in (None, "group", "title")


@pytest.mark.parametrize(("what", "text"), hostile_texts())
def test_hostile_names_join_the_circle_as_plain_text_or_are_refused(what, text):
    circle = Circle()
    try:
        member = circle.add(text, "participants", role=text[:80])
    except ValidationError as error:
        assert str(error)
        return
    assert printable(member.name) and "\n" not in member.name, what
    assert printable(member.role) and "\n" not in member.role, what
    name_warning(member.name)
    assert Circle.from_dict(circle.to_dict()) == circle


def test_a_circle_entry_round_trips_and_refuses_an_unknown_circle():
    entry = CircleEntry("Jan", "co_producers", "resident")
    assert CircleEntry.from_dict(entry.to_dict()) == entry
    with pytest.raises(ValidationError):
        CircleEntry.from_dict({"name": "Jan", "ring": "nowhere"})


def test_a_profile_has_the_same_three_questions_and_the_same_room_for_everyone():
    assert PROFILE_FIELDS == ("appreciated", "important", "support")
    profile = Profile("Jan", appreciated="my soup", important="my garden", support="speak slowly")
    assert [str(q) for q, _ in profile.answers()] == [
        "What people appreciate about me",
        "What is important to me",
        "How best to support me",
    ]
    assert Profile.from_dict(profile.to_dict()) == profile
    assert not hasattr(profile, "age") and not hasattr(profile, "photo")
    Profile("Els", support="x" * MAX_ANSWER_CHARS)
    with pytest.raises(ValidationError, match="the same for everyone"):
        Profile("Els", support="x" * (MAX_ANSWER_CHARS + 1))
    with pytest.raises(ValidationError):
        Profile("Els", written_by="someone else")
    assert Profile("Kees").empty


@pytest.mark.parametrize(("what", "text"), hostile_texts())
def test_hostile_profile_text_is_kept_as_plain_text_or_refused(what, text):
    try:
        profile = Profile("Jan", appreciated=text, important=text, support=text)
    except ValidationError as error:
        assert "characters" in str(error), what
        return
    for _, answer in profile.answers():
        assert printable(answer), what


@given(st.text(max_size=700))
def test_profile_answers_are_clean_or_refused(text):
    try:
        profile = Profile("Jan", important=text)
    except ValidationError:
        return
    assert printable(profile.important)


def test_a_diary_page_has_the_five_prompts_named_or_anonymous():
    assert DIARY_FIELDS == ("achieved", "challenges", "learned", "grateful_for", "good_to_be_part")
    page = DiaryEntry(author=None, achieved="a kitchen garden", good_to_be_part="I am heard")
    assert page.anonymous
    assert DiaryEntry.from_dict(page.to_dict()) == page
    assert [str(p) for p, _ in page.answers()][-1].startswith("It's good that I am part of this")
    with pytest.raises(ValidationError, match="at least one answer"):
        DiaryEntry(author="Jan")
    named = DiaryEntry(author=" Jan ", learned="patience")
    assert named.author == "Jan"


@pytest.mark.parametrize(("what", "text"), hostile_texts())
def test_hostile_diary_text_is_plain_text_or_refused(what, text):
    try:
        page = DiaryEntry(author=text[:80] or None, achieved=text, learned="ok")
    except ValidationError as error:
        assert str(error), what
        return
    assert printable(page.achieved) and printable(page.author or ""), what
