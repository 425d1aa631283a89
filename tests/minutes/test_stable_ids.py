"""A colleague's hand-made minutes file without ids: the same meeting on every read."""

from __future__ import annotations

from coprod_tui.store.db import HomeStore
from coprod_tui.store.minutes import read_minutes
from coprod_tui.store.rebuild import rebuild_from_minutes

HAND_MADE = """\
schema: 1
title: Kitchen talk
project:
  name: Kookgroep De Linde
date: 2026-11-23
status: closed
started_at: 2026-11-23T14:00:00+01:00
closed_at: 2026-11-23T15:30:00+01:00
participants:
  - name: Fatima
  - name: Jan
agenda:
  - title: Welcome
    planned_minutes: 10
  - title: Welcome
    planned_minutes: 10
cards:
  - text: Soup on Tuesdays
actions:
  - what: Ask the cook
    who: Jan
    element: networks
"""


def hand_made(home, text=HAND_MADE, name="2026-11-23-kitchen-talk.yaml"):
    folder = home / "minutes"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_minutes_file_without_ids_gets_the_same_ids_on_every_read(tmp_path):
    path = hand_made(tmp_path)
    first, second = read_minutes(path), read_minutes(path)
    assert first.session.id == second.session.id
    assert first.project.id == second.project.id == first.session.project_id
    assert [i.id for i in first.session.agenda] == [i.id for i in second.session.agenda]
    assert len({i.id for i in first.session.agenda}) == 2, "two equal items are two items"
    assert first.session.cards[0].id == second.session.cards[0].id
    assert first.session.actions[0].id == second.session.actions[0].id


def test_other_content_other_id_and_written_ids_are_kept(tmp_path):
    path = hand_made(tmp_path)
    other = hand_made(tmp_path, HAND_MADE.replace("Kitchen talk", "Garden talk"), "other.yaml")
    assert read_minutes(path).session.id != read_minutes(other).session.id
    assert read_minutes(path).project.id == read_minutes(other).project.id, "one project"
    kept = hand_made(tmp_path, HAND_MADE + "id: meeting-of-jan\n", "kept.yaml")
    assert read_minutes(kept).session.id == "meeting-of-jan"


def test_a_hand_made_minutes_file_rebuilt_twice_is_one_meeting(tmp_path):
    home = tmp_path / "home"
    hand_made(home)
    rebuild_from_minutes(home)
    second = rebuild_from_minutes(home)
    assert second.restored == [] and len(second.kept) == 1
    store = HomeStore(home).open()
    try:
        rows = store.summaries()
        assert [(row["title"], row["cards"], row["actions"]) for row in rows] == [
            ("Kitchen talk", 1, 1)
        ]
        assert [p.name for p in store.projects()] == ["Kookgroep De Linde"]
    finally:
        store.close()
