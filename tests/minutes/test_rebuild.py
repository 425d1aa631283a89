"""`coprod rebuild --from-minutes`: a lost or broken database comes back from the YAML minutes."""

from __future__ import annotations

import shutil

import pytest

from coprod_tui.meeting import Workspace
from coprod_tui.store.db import HomeLocked, HomeStore
from coprod_tui.store.files import StoreError
from coprod_tui.store.rebuild import rebuild_from_minutes, report_text
from tests.minutes.helpers import closed_meeting
from tests.support import FakeClock, make_meeting


def two_closed_meetings(root):
    store = HomeStore(root).open()
    clock = FakeClock()
    first = closed_meeting(store, clock, cards=[("Ask the cook about fresh soup", "Jan")])
    second = closed_meeting(
        store, clock, project_name="Cliëntenraad Noord", cards=[("Bus on Tuesdays", None)]
    )
    sessions = {m.session.id: m.session for m in (first, second)}
    store.close()
    return sessions


def assert_everything_is_back(root, sessions):
    store = HomeStore(root).open()
    try:
        assert sorted(p.name for p in store.projects()) == [
            "Cliëntenraad Noord",
            "Kookgroep De Linde",
        ]
        for meeting_id, before in sessions.items():
            summary = store.summary(meeting_id)
            assert summary["status"] == "closed" and summary["minutes"]
            assert (summary["cards"], summary["actions"]) == (1, 1)
            meeting = Workspace(store).open_meeting(meeting_id)
            assert meeting.read_only
            assert meeting.session == before
            assert [c.text for c in meeting.session.cards] == [c.text for c in before.cards]
            assert meeting.session.actions[0].what == "Map residents' cooking skills"
            assert meeting.project.id == before.project_id
    finally:
        store.close()


def test_a_deleted_database_is_rebuilt_with_sessions_cards_and_actions(tmp_path):
    root = tmp_path / "home"
    sessions = two_closed_meetings(root)
    (root / "coprod.json").unlink()
    shutil.rmtree(root / "meetings")

    report = rebuild_from_minutes(root)

    assert report.index == "new"
    assert len(report.restored) == 2 and report.kept == [] and report.kept_aside == []
    assert sorted(report.projects) == ["Cliëntenraad Noord", "Kookgroep De Linde"]
    assert_everything_is_back(root, sessions)
    text = report_text(report, root)
    assert "Meetings restored from their minutes (2)" in text


def test_a_corrupt_index_is_kept_aside_and_rebuilt(tmp_path):
    root = tmp_path / "home"
    sessions = two_closed_meetings(root)
    (root / "coprod.json").write_text('{"projects": {"1": {"name": "half')
    with pytest.raises(StoreError, match="coprod rebuild --from-minutes"):
        HomeStore(root).open()

    report = rebuild_from_minutes(root)

    assert report.index == "replaced" and report.index_problem
    (aside,) = report.kept_aside
    assert aside.name.startswith("coprod.json.broken-")
    assert aside.read_text() == '{"projects": {"1": {"name": "half', "kept byte for byte"
    assert len(report.kept) == 2, "the meeting databases still read: they are kept"
    assert_everything_is_back(root, sessions)
    assert "Kept aside (not deleted) (1)" in report_text(report, root)


def test_a_corrupt_meeting_database_is_kept_aside_and_rewritten(tmp_path):
    root = tmp_path / "home"
    sessions = two_closed_meetings(root)
    broken_id = next(iter(sessions))
    (root / "meetings" / f"{broken_id}.json").write_text("")

    report = rebuild_from_minutes(root)

    assert report.index == "kept"
    assert len(report.replaced) == 1 and len(report.kept) == 1
    (aside,) = report.kept_aside
    assert aside.parent.name == "meetings" and aside.name.startswith(f"{broken_id}.json.broken-")
    assert_everything_is_back(root, sessions)


def test_a_readable_meeting_database_is_not_clobbered_by_older_minutes(tmp_path):
    root = tmp_path / "home"
    store = HomeStore(root).open()
    meeting = make_meeting(store, FakeClock(), cards=[("First idea", None)])
    meeting.start()
    meeting.write_minutes()  # a snapshot during the meeting
    meeting.add_card("A later idea, only in the database")
    meeting_id = meeting.session.id
    store.close()
    (root / "coprod.json").unlink()

    report = rebuild_from_minutes(root)

    assert report.kept and not report.restored
    store = HomeStore(root).open()
    try:
        texts = [c.text for c in store.load_meeting(meeting_id).cards]
        assert texts == ["First idea", "A later idea, only in the database"]
        assert store.summary(meeting_id)["status"] == "running"
    finally:
        store.close()


def test_a_running_meeting_without_minutes_is_put_back_in_the_index(tmp_path):
    root = tmp_path / "home"
    store = HomeStore(root).open()
    meeting = make_meeting(store, FakeClock(), cards=[("Idea", None)])
    meeting.start()
    store.close()
    (root / "coprod.json").write_text("garbage")

    report = rebuild_from_minutes(root)

    assert len(report.orphans) == 1 and report.projects[0].startswith("Recovered project")
    store = HomeStore(root).open()
    try:
        assert store.summary(meeting.session.id)["cards"] == 1
        assert Workspace(store).open_meeting(meeting.session.id).session.cards[0].text == "Idea"
    finally:
        store.close()


def test_unreadable_and_duplicate_minutes_are_reported_not_used(tmp_path):
    root = tmp_path / "home"
    sessions = two_closed_meetings(root)
    minutes = root / "minutes"
    original = sorted(minutes.glob("*.yaml"))[0]
    (minutes / "copy-from-a-colleague.yaml").write_bytes(original.read_bytes())
    (minutes / "broken.yaml").write_text("schema: 2\n")
    (root / "coprod.json").unlink()

    report = rebuild_from_minutes(root)

    skipped = "\n".join(report.skipped)
    assert "broken.yaml" in skipped and "schema" in skipped
    assert "an older copy of the meeting" in skipped
    assert len(report.restored) + len(report.kept) == 2
    assert_everything_is_back(root, sessions)


def test_rebuild_refuses_while_the_app_has_the_home(tmp_path):
    root = tmp_path / "home"
    two_closed_meetings(root)
    running = HomeStore(root).open()  # what the app holds while it runs
    try:
        with pytest.raises(HomeLocked, match="Another coprod is using"):
            rebuild_from_minutes(root)
    finally:
        running.close()
    assert (root / "coprod.json").exists()


def test_nothing_to_rebuild_from(tmp_path):
    with pytest.raises(StoreError, match="nothing to rebuild from"):
        rebuild_from_minutes(tmp_path / "empty")
    assert not (tmp_path / "empty").exists()


def test_a_lost_circle_of_support_comes_back_as_the_newest_minutes_recorded_it(tmp_path):
    root = tmp_path / "home"
    store = HomeStore(root).open()
    clock = FakeClock()
    first = make_meeting(store, clock)
    people = first.people
    jan = people.add_to_circle("Jan", "participants", role="resident")
    people.add_to_circle("Sam", "involved", role="GP")
    people.save_profile("Jan", important="my garden")
    first.start()
    first.close()
    clock.advance(minutes=60 * 24 * 28)
    people.move(jan.id, -1)
    workspace = Workspace(store, clock=clock)
    second = workspace.new_meeting(first.project, workspace.plans()[0][0], title="December")
    second.start()
    second.close()
    project_file = root / "projects" / f"{first.project.id}.json"
    store.close()
    project_file.unlink()

    report = rebuild_from_minutes(root)

    assert len(report.circles) == 1 and "2 people" in report.circles[0]
    assert "Circles of support from the newest minutes" in report_text(report, root)
    store = HomeStore(root).open()
    try:
        people = Workspace(store).people(first.project)
        circle = people.circle()
        assert [(m.name, m.ring, m.role) for m in circle.members] == [
            ("Jan", "co_producers", "resident"),
            ("Sam", "involved", "GP"),
        ]
        assert people.profile("Jan") is None, "profiles are in no minutes"
    finally:
        store.close()
    assert rebuild_from_minutes(root).circles == [], "a project with its file keeps it"


def test_minutes_brought_in_from_a_colleague_bring_their_circle_along(tmp_path):
    from coprod_tui.store.rebuild import bring_in_closed_minutes

    mine = HomeStore(tmp_path / "mine").open()
    meeting = make_meeting(mine, FakeClock())
    meeting.people.add_to_circle("Els", "co_producers", role="carer")
    meeting.start()
    written = meeting.close()
    mine.close()
    theirs = HomeStore(tmp_path / "theirs").open()
    try:
        shutil.copy(written, theirs.paths.minutes / written.name)
        report = bring_in_closed_minutes(theirs)
        assert report.restored and report.circles
        project = theirs.project(meeting.project.id)
        circle = Workspace(theirs).people(project).circle()
        assert [(m.name, m.ring) for m in circle.members] == [("Els", "co_producers")]
    finally:
        theirs.close()
