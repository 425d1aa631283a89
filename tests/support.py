"""Shared test helpers: a fake clock, a home with a demo meeting, the hostile inputs."""

from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from coprod_tui.meeting import Meeting, Workspace
from coprod_tui.model import Card, Participant
from coprod_tui.store.db import HomeStore
from coprod_tui.store.plans import load_plan, plans_dir

FIXTURES = Path(__file__).parent / "fixtures"
START = datetime(2026, 11, 23, 14, 0, tzinfo=timezone(timedelta(hours=1)))
PEOPLE = ["Fatima", "Jan", "Mohamed", "Els", "Priya", "Kees"]


class FakeClock:
    """A wall clock that moves only when a test says so."""

    def __init__(self, start: datetime = START) -> None:
        self.time = start

    def __call__(self) -> datetime:
        return self.time

    def advance(self, seconds: float = 0, *, minutes: float = 0) -> datetime:
        self.time += timedelta(seconds=seconds, minutes=minutes)
        return self.time


def hostile_texts() -> list[tuple[str, str]]:
    """(what, text) for every hostile input that is text (raw-byte entries come separately)."""
    cases = []
    for entry in json.loads((FIXTURES / "hostile_inputs.json").read_text(encoding="utf-8")):
        if "text" in entry:
            cases.append((entry["what"], entry["text"]))
        elif "repeat" in entry:
            cases.append((entry["what"], entry["repeat"] * entry["times"]))
        elif "json_escaped" in entry:
            cases.append((entry["what"], json.loads(f'"{entry["json_escaped"]}"')))
    return cases


def hostile_bytes() -> list[tuple[str, bytes]]:
    entries = json.loads((FIXTURES / "hostile_inputs.json").read_text(encoding="utf-8"))
    return [
        (e["what"], base64.b64decode(e["bytes_base64"])) for e in entries if "bytes_base64" in e
    ]


def make_meeting(
    store: HomeStore,
    clock: FakeClock | None = None,
    *,
    project_name: str = "Kookgroep De Linde",
    plan: str = "standard",
    people: list[str] | None = None,
    receiver: str | None = "Els",
    cards: list[tuple[str, str | None]] | None = None,
) -> Meeting:
    """A planned meeting of a project from a shipped plan, with participants and cards."""
    workspace = Workspace(store, clock=clock or FakeClock())
    project = workspace.create_project(project_name)
    meeting = workspace.new_meeting(
        project,
        load_plan(plans_dir() / f"{plan}.yaml"),
        participants=[Participant(name) for name in (people or PEOPLE)],
        receiver=receiver,
    )
    if cards:
        meeting.receive_cards([Card(text=text, author=author) for text, author in cards])
    return meeting
