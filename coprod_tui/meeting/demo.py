"""The demo meeting for ``make run`` / ``coprod demo``, from ``sessions/demo.yaml``."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from coprod_tui.meeting import Workspace
from coprod_tui.meeting.people import ProjectPeople
from coprod_tui.model import Card, Participant, Project, ValidationError
from coprod_tui.store.db import HomeStore
from coprod_tui.store.plans import PlanError, load_plan, plans_dir
from coprod_tui.store.yamlio import load_yaml

DEMO_SETTING = "demo_meeting"


def ensure_demo(store: HomeStore) -> str:
    """The id of the demo meeting, created on first use (later runs reopen it)."""
    known = store.setting(DEMO_SETTING)
    summary = store.summary(known) if isinstance(known, str) else None
    if summary and summary["status"] != "closed":
        return summary["id"]  # without reading demo.yaml: start-up need not load YAML
    meeting_id = _find_or_create_demo(store)
    store.set_setting(DEMO_SETTING, meeting_id)
    return meeting_id


def _find_or_create_demo(store: HomeStore) -> str:
    path = plans_dir() / "demo.yaml"
    data: Any = load_yaml(path)
    workspace = Workspace(store)
    try:
        project = workspace.create_project(data["project"])
        for summary in store.summaries(project.id):
            if summary["status"] != "closed":
                return summary["id"]
        people = [Participant(**p) for p in data["participants"]]
        history = data.get("history", [])
        first_day = workspace.clock() - timedelta(weeks=history[0]["weeks_ago"] if history else 0)
        add_circle(workspace.people(project), data, first_day)
        for earlier in history:
            add_past_meeting(workspace, project, people, earlier)
        plan = load_plan(plans_dir() / f"{data['plan']}.yaml")
        meeting = workspace.new_meeting(
            project,
            plan,
            title=data["title"],
            participants=[Participant(**p) for p in data["participants"]],
            receiver=data["receiver"],
        )
        meeting.receive_cards(
            [Card(text=c["text"], author=c.get("author")) for c in data.get("cards", [])]
        )
    except (KeyError, TypeError, ValidationError) as error:
        raise PlanError(f"{path}: not a valid demo ({error})") from None
    return meeting.session.id


def add_circle(people: ProjectPeople, data: dict[str, Any], day: datetime) -> None:
    """The demo's circle of support as it was on ``day``, its profiles and diary pages
    (once: a project that has a circle already keeps its people)."""
    if people.circle().members:
        return
    for member in data.get("circle", []):
        people.add_to_circle(member["name"], member["circle"], member.get("role", ""), at=day)
    for profile in data.get("profiles", []):
        people.save_profile(
            profile["name"],
            appreciated=profile.get("appreciated", ""),
            important=profile.get("important", ""),
            support=profile.get("support", ""),
        )
    for page in data.get("diary", []):
        answers = {key: value for key, value in page.items() if key != "author"}
        people.write_diary_page(page.get("author"), answers)


def add_past_meeting(
    workspace: Workspace, project: Project, people: list[Participant], data: dict[str, Any]
) -> None:
    """A closed earlier meeting with ladder placements and actions, dated in the past."""
    day = workspace.clock().date() - timedelta(weeks=data["weeks_ago"])
    meeting = workspace.new_meeting(
        project,
        load_plan(plans_dir() / f"{data['plan']}.yaml"),
        title=data["title"],
        participants=[Participant(p.name, p.role) for p in people],
        on=day,
    )
    for person, rung in zip(people, data.get("placements", []), strict=False):
        meeting.place(rung, person.name)
    for question, value in data.get("readiness", {}).items():
        meeting.answer_question(question, value)
    for action in data.get("actions", []):
        added = meeting.add_action(
            action["element"],
            action["what"],
            who=action["who"],
            by_when=day + timedelta(weeks=action["weeks_ahead"]),
            how_known=action["how_known"],
        )
        if action.get("status", "open") != "open":
            meeting.set_action_status(added.id, action["status"])
    circle = meeting.people.circle()
    for move in data.get("circle_moves", []):
        member = circle.member(move["name"])
        if member is not None:
            meeting.people.place(
                member.id, move["circle"], at=workspace.clock() - timedelta(weeks=data["weeks_ago"])
            )
    meeting.start()
    meeting.close()
