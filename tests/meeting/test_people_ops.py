"""The people of a project through the meeting service: what is stored where, what the minutes
keep, and what a meeting does with the circle."""

from __future__ import annotations

import pytest

from coprod_tui.meeting import StoreError, Workspace
from coprod_tui.model import Participant, ValidationError
from coprod_tui.store import files
from coprod_tui.store.minutes import read_minutes
from coprod_tui.store.project_db import project_path
from tests.support import make_meeting


@pytest.fixture
def meeting(store, clock):
    return make_meeting(store, clock, people=["Fatima", "Jan"])


def project_file(meeting):
    return project_path(meeting.store.paths, meeting.project.id)


def test_the_circle_lives_in_the_projects_own_file_and_a_change_leaves_the_index_alone(
    store, meeting, clock
):
    people = meeting.people
    index_before = store.paths.index.read_bytes()
    meeting_before = store.paths.meeting(meeting.session.id).read_bytes()
    jan = people.add_to_circle("Jan", "participants", role="resident")
    clock.advance(minutes=3)
    people.move(jan.id, -1)
    people.add_to_circle("Ria", "involved", role="team leader")
    assert store.paths.index.read_bytes() == index_before
    assert store.paths.meeting(meeting.session.id).read_bytes() == meeting_before
    assert project_file(meeting).is_file()
    again = Workspace(store, clock=clock).people(meeting.project).circle()
    assert [(m.name, m.ring) for m in again.members] == [
        ("Jan", "co_producers"),
        ("Ria", "involved"),
    ]
    assert [m.name for m in again.moved_inward()] == ["Jan"]


def test_reading_a_project_without_people_creates_no_file(store, meeting):
    people = meeting.people
    assert people.circle().members == [] and people.profiles() == [] and people.diary() == []
    assert people.profile("Jan") is None
    assert not project_file(meeting).exists()


def test_each_meetings_minutes_record_the_circle_as_it_stood_and_closed_minutes_stay(
    store, meeting, clock
):
    people = meeting.people
    jan = people.add_to_circle("Jan", "participants")
    people.add_to_circle("Fatima", "co_producers")
    meeting.start()
    first_minutes = meeting.close()
    written = first_minutes.read_bytes()
    assert [(e.name, e.ring) for e in read_minutes(first_minutes).session.circle] == [
        ("Fatima", "co_producers"),
        ("Jan", "participants"),
    ]

    clock.advance(minutes=60 * 24 * 28)
    people.move(jan.id, -1)
    workspace = Workspace(store, clock=clock)
    plan = workspace.plans()[0][0]
    second = workspace.new_meeting(meeting.project, plan, title="Maandoverleg december")
    second.start()
    second_minutes = second.close()
    assert first_minutes.read_bytes() == written, "closed minutes are never rewritten"
    assert [(e.name, e.ring) for e in read_minutes(second_minutes).session.circle] == [
        ("Fatima", "co_producers"),
        ("Jan", "co_producers"),
    ]
    reopened = workspace.open_meeting(meeting.session.id)
    assert [e.ring for e in reopened.session.circle] == ["co_producers", "participants"]


def test_minutes_written_on_demand_show_the_circle_of_now(meeting):
    meeting.people.add_to_circle("Els", "co_producers")
    path = meeting.write_minutes()
    assert [e.name for e in read_minutes(path).session.circle] == ["Els"]


def test_participants_are_picked_from_the_circle_and_a_newcomer_joins_both(meeting):
    people = meeting.people
    mohamed = people.add_to_circle("Mohamed", "participants", role="cook")
    jan = people.add_to_circle("Jan", "participants")
    added = meeting.add_from_circle([mohamed.id, jan.id])
    assert [(p.name, p.role) for p in added] == [("Mohamed", "cook")], "Jan is there already"
    assert meeting.session.participant_names() == ["Fatima", "Jan", "Mohamed"]

    newcomer = meeting.add_newcomer("Kees", "consulted", role="volunteer")
    assert newcomer == Participant("Kees", "volunteer")
    assert people.circle().member("Kees").ring == "consulted"
    assert meeting.session.participant_names()[-1] == "Kees"
    assert meeting.add_newcomer("kees", "consulted") is None, "already taking part"
    with pytest.raises(ValidationError):
        meeting.add_newcomer("  ", "consulted")


def test_a_profile_is_stored_once_for_the_project_and_never_in_the_minutes(store, meeting):
    people = meeting.people
    people.save_profile(
        "Jan", appreciated="my vegetable soup", important="my grandchildren", support="be patient"
    )
    again = people.save_profile("jan", important="my garden")
    assert again.name == "Jan", "the same profile, rewritten"
    assert len(people.profiles()) == 1
    assert meeting.profile_of("JAN").important == "my garden"
    assert meeting.profile_of("JAN").appreciated == ""
    meeting.start()
    minutes = meeting.close().read_text(encoding="utf-8")
    assert "my garden" not in minutes
    assert "my garden" not in store.paths.meeting(meeting.session.id).read_text(encoding="utf-8")
    with pytest.raises(ValidationError, match="at least one answer"):
        people.save_profile("Fatima")


def test_renaming_someone_in_the_circle_takes_their_profile_along(meeting):
    people = meeting.people
    member = people.add_to_circle("Mohamed", "participants")
    people.save_profile("Mohamed", support="tell me in time")
    people.edit_member(member.id, "Mohamed B.", "cook")
    assert people.profile("Mohamed") is None
    assert people.profile("Mohamed B.").support == "tell me in time"
    other = people.add_to_circle("Els", "co_producers")
    with pytest.raises(ValidationError, match="already in the circle"):
        people.edit_member(other.id, "mohamed b.", "")


def test_deleting_a_profile_removes_it_and_its_exported_copies(store, meeting):
    people = meeting.people
    people.save_profile("Jan", important="the secret recipe")
    exported = people.export_profile("Jan")
    assert "the secret recipe" in exported.read_text(encoding="utf-8")
    removed = people.delete_profile("jan")
    assert removed == [exported] and not exported.exists()
    assert people.profile("Jan") is None
    assert b"secret recipe" not in project_file(meeting).read_bytes()
    with pytest.raises(ValidationError, match="no profile"):
        people.delete_profile("Jan")


def test_diary_pages_named_and_anonymous(meeting, clock):
    people = meeting.people
    people.write_diary_page("Jan", {"achieved": "we cook together", "learned": "to listen"})
    clock.advance(minutes=5)
    page = people.write_diary_page(None, {"good_to_be_part": "I am heard"})
    pages = people.diary()
    assert [(p.author, p.achieved) for p in pages] == [("Jan", "we cook together"), (None, "")]
    people.write_diary_page(None, {"good_to_be_part": "I belong"}, entry_id=page.id)
    assert [p.good_to_be_part for p in people.diary()] == ["", "I belong"]
    people.delete_diary_page(page.id)
    assert len(people.diary()) == 1
    with pytest.raises(ValidationError, match="unknown"):
        people.write_diary_page("Jan", {"age": "40"})


def test_a_failed_write_is_a_store_error_and_the_file_keeps_what_it_had(meeting, monkeypatch):
    people = meeting.people
    people.add_to_circle("Jan", "participants")
    before = project_file(meeting).read_bytes()

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full_disk)
    with pytest.raises(StoreError, match="the disk is full: .* was not changed"):
        people.add_to_circle("Els", "co_producers")
    monkeypatch.undo()
    assert project_file(meeting).read_bytes() == before
    assert [m.name for m in people.circle().members] == ["Jan"]


def test_the_minutes_as_text_and_markdown_show_the_circle_and_round_trip(meeting):
    from coprod_tui.export.markdown import minutes_markdown
    from coprod_tui.export.text import minutes_text
    from coprod_tui.store.minutes import minutes_data, minutes_from_data

    people = meeting.people
    people.add_to_circle("Sam", "involved", role="GP")
    people.add_to_circle("Fatima", "co_producers")
    meeting.start()
    minutes = read_minutes(meeting.close())
    assert minutes.session == meeting.session
    again = minutes_from_data(minutes_data(minutes.session, minutes.project), "again")
    assert again.session.circle == minutes.session.circle
    text = minutes_text(minutes)
    assert "1 co-producers: Fatima" in text and "3 involved: Sam (GP)" in text
    markdown = minutes_markdown(minutes)
    assert "## Circle of support" in markdown
    assert "- **3 involved:** Sam (GP)" in markdown


def test_the_project_diary_tells_how_the_readiness_checks_changed(store, meeting, clock):
    from coprod_tui.export.diary import project_diary_markdown

    meeting.answer_question("mutuality.1", "not_yet")
    meeting.start()
    meeting.close()
    clock.advance(minutes=60 * 24 * 28)
    workspace = Workspace(store, clock=clock)
    later = workspace.new_meeting(meeting.project, workspace.plans()[0][0], title="Later")
    later.answer_question("mutuality.1", "yes")
    text = project_diary_markdown(later.people.project_diary())
    assert "## Readiness checks" in text
    assert "| Mutuality | not yet | yes |" in text
    assert "From the first check (" in text
    assert "- Mutuality: up from not yet to yes on 1 of 5" in text
