"""YAML minutes: round trips (hypothesis), readable layout, clear errors for broken files."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_tui.model import (
    Action,
    AgendaItem,
    Card,
    GratitudeShare,
    LadderPlacement,
    OwnQuestion,
    Participant,
    Postcard,
    Project,
    ReadinessAnswer,
    ReadinessCheck,
    Reflection,
    Session,
    ValidationError,
    clean_line,
    clean_text,
)
from coprod_tui.store.minutes import MinutesError, read_minutes, write_minutes
from coprod_tui.store.plans import PlanError, load_plan
from coprod_tui.store.yamlio import YAMLFileError
from tests.support import FIXTURES, START

text = st.text(max_size=300).filter(lambda s: clean_text(s) != "")
line = st.text(max_size=40).filter(lambda s: clean_line(s) != "")


@st.composite
def checks(draw, names: list[str]) -> ReadinessCheck | None:
    """None (an older meeting, or one without a check) or a check with answers of each kind."""
    if draw(st.booleans()):
        return None
    own = [OwnQuestion("mutuality", draw(line)) for _ in range(draw(st.integers(0, 2)))]
    keys = ["assets.1", "catalysts.2", *(q.id for q in own)]
    answers = [
        ReadinessAnswer(
            draw(st.sampled_from(keys)),
            draw(st.sampled_from(["yes", "partly", "not_yet", "dont_know"])),
            draw(st.text(max_size=200)),
            source=source,
            participant=None
            if source == "group"
            else draw(st.one_of(st.none(), *map(st.just, names))),
            at=START,
        )
        for source in draw(st.lists(st.sampled_from(["group", "person", "phone"]), max_size=5))
    ]
    return ReadinessCheck(started_at=START, own_questions=own, answers=answers)


@st.composite
def sessions(draw) -> Session:
    names = draw(st.lists(line, min_size=1, max_size=4, unique_by=clean_line))
    item = AgendaItem(draw(line), draw(st.integers(0, 120)), notes=draw(st.text(max_size=200)))
    item.start(START)
    item.stop(START + timedelta(seconds=draw(st.integers(0, 5000))))
    return Session(
        project_id="p1",
        title=draw(line),
        date=date(2026, 11, 23),
        participants=[Participant(name) for name in names],
        receiver=names[0],
        agenda=[item],
        cards=[
            Card(text=t, author=draw(st.one_of(st.none(), line)), received_at=START)
            for t in draw(st.lists(text, max_size=3))
        ],
        gratitude=[GratitudeShare(names[0], 58.5, things=draw(st.lists(text, max_size=3)))],
        postcards=[Postcard(names[0], draw(text))],
        placements=[LadderPlacement(draw(st.integers(1, 7)), names[0])],
        reflections=[Reflection(answers=draw(st.lists(st.text(max_size=100), max_size=4)))],
        actions=[
            Action("assets", draw(text), who=names[0], by_when=date(2026, 12, 1)),
            Action("catalysts", draw(text), readiness_question="catalysts.2"),
        ],
        readiness=draw(checks(names)),
        notes=draw(st.text(max_size=200)),
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(session=sessions())
def test_minutes_round_trip(tmp_path, session):
    project = Project("Kookgroep De Linde", id="p1", created_at=START)
    path = write_minutes(tmp_path, session, project)
    minutes = read_minutes(path)
    assert minutes.session == session
    assert minutes.project == project


def test_minutes_are_readable(tmp_path):
    session = Session(
        "p1",
        "Maandoverleg",
        date(2026, 11, 23),
        cards=[
            Card(text="line one\nline two", received_at=START),
            Card(text="yes", received_at=START),
        ],
        notes="x" * 120,
    )
    path = write_minutes(tmp_path, session, Project("Kookgroep", id="p1", created_at=START))
    assert path.name == f"2026-11-23-maandoverleg-{session.id[:8]}.yaml"
    raw = path.read_text()
    assert raw.startswith("schema: 1\ntitle: Maandoverleg\nproject:")
    assert "text: |-\n" in raw  # long and multi-line text as block scalars
    assert "text: 'yes'" in raw  # YAML-special words stay strings
    assert path.stat().st_mode & 0o777 == 0o600


def test_broken_minutes_name_file_line_and_what_was_expected(tmp_path):
    good = write_minutes(
        tmp_path,
        Session("p1", "T", date(2026, 11, 23), agenda=[AgendaItem("Item", 10)]),
        Project("P", id="p1", created_at=START),
    )
    raw = good.read_text()
    broken = tmp_path / "broken.yaml"
    broken.write_text(raw.replace("planned_minutes: 10", "planned_minutes: ten"))
    with pytest.raises(MinutesError) as error:
        read_minutes(broken)
    assert str(broken) in str(error.value)
    assert "line" in str(error.value) and "expected a whole number" in str(error.value)

    broken.write_text("schema: 1\ntitle: [unclosed\n")
    with pytest.raises(YAMLFileError, match=r"broken.yaml, line \d+, column \d+"):
        read_minutes(broken)

    broken.write_text(raw.replace("schema: 1", "schema: 7"))
    with pytest.raises(MinutesError, match="expected schema: 1"):
        read_minutes(broken)

    broken.write_text("!!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(YAMLFileError):
        read_minutes(broken)


def test_an_invalid_session_plan_names_file_line_and_expectation(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "name: Test\ntitle: Test\nagenda:\n  - title: Cards\n    minutes: 20\n"
        "  - title: Ladder\n    minutes: twenty\n"
    )
    with pytest.raises(PlanError) as error:
        load_plan(plan)
    message = str(error.value)
    assert str(plan) in message and "expected a whole number, got 'twenty'" in message
    assert "minutes (line 7)" in message, "the line of the offending key"
    plan.write_text(
        "name: Test\ntitle: Test\nagenda:\n  - title: Cards\n    minutes: 5\n    tool: x\n"
    )
    with pytest.raises(PlanError, match="tool must be one of"):
        load_plan(plan)


def test_shipped_plans_are_valid():
    from coprod_tui.store.plans import available_plans

    plans, problems = available_plans()
    assert problems == []
    assert {p.key for p in plans} >= {"standard", "partner", "mirror", "readiness"}


def test_yaml_tags_in_text_stay_text(tmp_path):
    session = Session(
        "p1",
        "T",
        date(2026, 11, 23),
        cards=[Card(text="!!python/object:os.system", received_at=START)],
    )
    path = write_minutes(tmp_path, session, Project("P", id="p1", created_at=START))
    assert yaml.safe_load(path.read_text())["cards"][0]["text"] == "!!python/object:os.system"
    with pytest.raises(ValidationError):
        Card(text="")


def test_minutes_written_before_the_readiness_check_still_load():
    minutes = read_minutes(FIXTURES / "minutes_before_readiness.yaml")
    assert minutes.session.readiness is None
    assert minutes.session.actions[0].readiness_question is None
    assert minutes.session.actions[0].what == "Map residents' cooking"


def test_closed_minutes_are_written_once_and_each_meeting_has_its_own_file(tmp_path):
    project = Project("P", id="p1", created_at=START)
    running = Session("p1", "Maandoverleg", date(2026, 11, 23), status="running", started_at=START)
    snapshot = write_minutes(tmp_path, running, project)
    assert write_minutes(tmp_path, running, project) == snapshot, "a running meeting: same file"
    running.status, running.closed_at = "closed", START
    closed = write_minutes(tmp_path, running, project)
    assert closed == snapshot and read_minutes(closed).session.closed
    before = closed.read_bytes()
    running.notes = "changed after the close"
    assert write_minutes(tmp_path, running, project) == closed
    assert closed.read_bytes() == before, "closed minutes are never written again"

    other = Session("p1", "Maandoverleg", date(2026, 11, 23))  # same day, same title
    assert write_minutes(tmp_path, other, project) != closed


def test_minutes_from_before_the_id_was_in_the_name_keep_their_name(tmp_path):
    project = Project("P", id="p1", created_at=START)
    session = Session("p1", "Maandoverleg", date(2026, 11, 23))
    legacy = tmp_path / "2026-11-23-maandoverleg.yaml"
    write_minutes(tmp_path, session, project).rename(legacy)
    assert write_minutes(tmp_path, session, project) == legacy
