"""What a broken YAML file is told with: the line of the offending key, the value as written,
and never more than a short piece of it."""

from __future__ import annotations

import pytest

from coprod_tui.model.common import MAX_QUOTED_CHARS, quoted
from coprod_tui.store.minutes import MinutesError, read_minutes, write_minutes
from coprod_tui.store.yamlio import YAMLFileError, load_yaml
from tests.support import make_meeting


def test_a_time_without_zone_is_reported_at_its_own_line_as_written(store, clock, tmp_path):
    meeting = make_meeting(store, clock)
    meeting.start()
    path = write_minutes(tmp_path, meeting.session, meeting.project)
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith("started_at:"))
    lines[number - 1] = "started_at: 2026-11-23 14:00:00"  # a colleague typed it by hand
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(MinutesError) as raised:
        read_minutes(path)
    message = str(raised.value)
    assert f"started_at (line {number}): the time '2026-11-23 14:00:00' needs a timezone" in (
        message
    )
    assert "datetime.datetime" not in message


def test_a_huge_wrong_value_is_quoted_short(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_text("name: x\ntitle: x\nagenda:\n  - title: t\n    minutes: " + "9" * 3000 + "x\n")
    from coprod_tui.store.plans import PlanError, load_plan

    with pytest.raises(PlanError) as raised:
        load_plan(path)
    assert "minutes (line 5): expected a whole number, got '999" in str(raised.value)
    assert len(str(raised.value)) < len(str(path)) + 200


def test_quoting_is_bounded_and_never_prints_a_container():
    assert quoted("x" * 10_000) == repr("x" * MAX_QUOTED_CHARS + "…")
    assert quoted(list(range(1_000_000))) == "a list of 1000000"
    assert quoted({"a": 1}) == "a mapping of 1"
    assert quoted(None) == "None" and quoted(True) == "True"
    assert quoted(12345678901234567890123456789012345678901234567890) == "a very large number"
    assert quoted(7, written="0o7") == "'0o7'", "as written in the file"


def test_a_number_too_long_for_python_is_a_message(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("title: " + "1" * 5000 + "\n")
    with pytest.raises(YAMLFileError, match="x.yaml"):
        load_yaml(path)
