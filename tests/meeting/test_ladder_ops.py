"""The ladder's service operations: one placement per named participant, anonymous ones add,
the index summary follows, the model switch is stored, a closed meeting refuses changes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coprod_tui.export.text import minutes_text
from coprod_tui.meeting import ReadOnlyMeeting
from coprod_tui.model import Reflection, ValidationError
from coprod_tui.store.minutes import read_minutes
from tests.support import make_meeting

REPO = Path(__file__).resolve().parents[2]


def test_one_placement_per_named_participant_and_anonymous_ones_add(store, clock):
    meeting = make_meeting(store, clock)
    meeting.place(4, "Jan")
    meeting.place(6, " Jan ")  # the same person, placing again
    meeting.place(2)
    meeting.place(3, None)
    assert sorted((p.participant, p.rung) for p in meeting.placements() if p.participant) == [
        ("Jan", 6)
    ]
    assert len(meeting.placements()) == 3
    with pytest.raises(ValidationError):
        meeting.place(8, "Els")
    placement = meeting.placement_of("Jan")
    meeting.move_placement(placement.id, 7)
    meeting.remove_placement(meeting.placements()[1].id)
    stored = store.load_meeting(meeting.session.id)
    assert sorted(p.rung for p in stored.placements) == [3, 7]


def test_model_switch_is_stored_on_project_and_meeting(store, clock):
    meeting = make_meeting(store, clock)
    meeting.place(7, "Jan")
    meeting.set_ladder_model("vilans")
    meeting.place(6, "Jan")  # Jan's placement on the other model is his own
    assert store.project(meeting.project.id).ladder_model == "vilans"
    stored = store.load_meeting(meeting.session.id)
    assert stored.ladder_model == "vilans"
    assert sorted((p.model, p.rung) for p in stored.placements) == [("toolkit", 7), ("vilans", 6)]
    with pytest.raises(ValidationError):
        meeting.set_ladder_model("unknown")


def test_reflections_saved_changed_and_removed(store, clock):
    meeting = make_meeting(store, clock)
    with pytest.raises(ValidationError, match="at least one answer"):
        meeting.save_reflection(Reflection(answers=["", ""]))
    reflection = meeting.save_reflection(Reflection(answers=["We cook"], example_of="with"))
    changed = Reflection(answers=["We cook together"], example_of="with", id=reflection.id)
    meeting.save_reflection(changed)
    assert [r.answers for r in store.load_meeting(meeting.session.id).reflections] == [
        ["We cook together"]
    ]
    meeting.remove_reflection(reflection.id)
    assert store.load_meeting(meeting.session.id).reflections == []


def test_closed_meeting_refuses_and_its_minutes_hold_the_ladder(store, clock):
    meeting = make_meeting(store, clock)
    for name, rung in (("Fatima", 6), ("Jan", 5), ("Els", 7)):
        meeting.place(rung, name)
    meeting.place(2)
    meeting.save_reflection(
        Reflection(kind="personal", voice="I", author="Els", answers=["With", "", "Listening"])
    )
    meeting.save_reflection(
        Reflection(voice="we", answers=["We cook\nevery week", "", "", ""], rung=6)
    )
    path = meeting.close()
    with pytest.raises(ReadOnlyMeeting):
        meeting.place(3, "Jan")
    with pytest.raises(ReadOnlyMeeting):
        meeting.save_reflection(Reflection(answers=["late"]))
    text = minutes_text(read_minutes(path))
    assert "Participation ladder (toolkit, 7 rungs): 4 placements · median 5.5, between" in text
    assert "  7 Co-producing: 1 — Els" in text
    assert "  2 Educating: 1 — anonymous" in text
    assert "Personal reflection (as “I”) — Els" in text
    assert "In my own practice, do I tend to do to, for or with?\n        With" in text
    assert "      We cook\n        every week" in text
    assert "Where does it fit on the ladder?\n        6 Co-designing" in text
    assert store.summary(meeting.session.id)["ladder_medians"] == {"toolkit": 5.5}


def test_ladder_text_and_dutch_catalogue_load_no_textual():
    code = (
        "import sys; from coprod_tui.i18n import set_language, dutch_catalogue;"
        "import coprod_tui.export.ladder, coprod_tui.export.text; set_language('nl');"
        "dutch_catalogue(); print('textual' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert result.stdout.strip() == "False", result.stderr
