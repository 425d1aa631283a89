"""The demo meeting for ``make run`` / ``coprod demo``, from ``sessions/demo.yaml``."""

from __future__ import annotations

from typing import Any

from coprod_tui.meeting import Workspace
from coprod_tui.model import Card, Participant, ValidationError
from coprod_tui.plans import PlanError, load_plan, plans_dir
from coprod_tui.store.db import HomeStore
from coprod_tui.store.yamlio import load_yaml


def ensure_demo(store: HomeStore) -> str:
    """The id of the demo meeting, created on first use (later runs reopen it)."""
    path = plans_dir() / "demo.yaml"
    data: Any = load_yaml(path)
    workspace = Workspace(store)
    try:
        project = workspace.create_project(data["project"])
        for summary in store.summaries(project.id):
            if summary["status"] != "closed":
                return summary["id"]
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
