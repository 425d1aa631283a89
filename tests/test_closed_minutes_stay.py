"""No closed minutes file is ever rewritten: its bytes are compared before and after every
tool's actions on a later meeting, the commands, the app on every screen, and sharing."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from coprod_tui.cli.main import main
from coprod_tui.meeting import Workspace
from coprod_tui.model import Reflection
from coprod_tui.store.db import HomeStore
from coprod_tui.store.minutes import read_minutes
from coprod_tui.store.plans import load_plan, plans_dir
from coprod_tui.tui.tools import ALL_TOOLS
from tests.minutes.helpers import closed_meeting
from tests.support import FakeClock


def closed_minutes(home: Path) -> dict[str, bytes]:
    out = {}
    for path in sorted((home / "minutes").glob("*.yaml")):
        if read_minutes(path).session.closed:
            out[path.name] = path.read_bytes()
    return out


def assert_kept(home: Path, before: dict[str, bytes], after_what: str) -> None:
    now = {name: (home / "minutes" / name).read_bytes() for name in before}
    changed = [name for name, data in before.items() if now[name] != data]
    assert not changed, f"rewritten by {after_what}: {changed}"


def every_tool_on_a_later_meeting(store: HomeStore, clock: FakeClock, home: Path, before):
    workspace = Workspace(store, clock=clock)
    project = store.projects()[0]
    meeting = workspace.new_meeting(
        project, load_plan(plans_dir() / "standard.yaml"), on=date(2026, 12, 21)
    )
    meeting.start()
    item = meeting.add_item("Extra", 5)
    meeting.set_item_text(item.id, notes="notes", decisions="decided")
    meeting.next_item()
    card = meeting.add_card("Soup on Fridays", "Jan")
    meeting.set_card_state(card.id, "presented")
    meeting.card_to_action(card.id, "networks")
    meeting.record_gratitude("Fatima", spoke_seconds=50, passed=False, things=["sun"])
    meeting.write_postcard("Jan", "thanks")
    meeting.place(6, "Fatima")
    meeting.save_reflection(Reflection(answers=["a", "b", "c", "d"], rung=6))
    for action in meeting.actions_to_review():
        meeting.review_carried(action.id, "done", "finished")
    meeting.add_action("assets", "Something new", "Els")
    assert_kept(home, before, "the tools on a later meeting")
    earlier = workspace.open_meeting(store.summaries()[-1]["id"])
    assert earlier.read_only
    earlier.write_minutes()
    assert_kept(home, before, "writing a closed meeting's minutes again")
    meeting.close()
    assert_kept(home, before, "closing the later meeting")
    return meeting


async def test_no_closed_minutes_file_is_ever_rewritten(tmp_path, git_env, monkeypatch):
    home = tmp_path / "home"
    clock = FakeClock()
    store = HomeStore(home).open()
    closed_meeting(store, clock)
    before = closed_minutes(home)
    assert len(before) == 1

    later = every_tool_on_a_later_meeting(store, clock, home, before)
    before = closed_minutes(home)
    assert len(before) == 2

    from coprod_tui.tui.app import CoprodApp

    app = CoprodApp(Workspace(store, clock=clock), poll_inbox=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for tool in ALL_TOOLS:
            await pilot.press(tool.key)
            await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        app.open_meeting(later.session.id)
        for tool in ALL_TOOLS:
            await pilot.press(tool.key)
            await pilot.pause()
        await pilot.press("6", "x")  # the minutes screen exports the selected minutes
        await pilot.pause()
    assert_kept(home, before, "the app on every screen")
    store.close()

    shared = tmp_path / "shared.git"
    monkeypatch.chdir(tmp_path)
    commands = [
        ["minutes", "list"],
        ["minutes", "show", later.session.id[:8]],
        ["minutes", "search", "soup"],
        ["minutes", "export", later.session.id[:8]],
        ["actions", "export", "--project", "Kookgroep De Linde"],
        ["rebuild", "--from-minutes"],
        ["share", "init", str(shared)],
        ["share", "push"],
        ["share", "pull"],
    ]
    for command in commands:
        main(["--home", str(home), *command])
        assert_kept(home, before, "coprod " + " ".join(command))

    other = tmp_path / "other"
    assert main(["--home", str(other), "share", "init", str(shared)]) == 0
    for name, data in before.items():
        assert (other / "minutes" / name).read_bytes() == data, "the same bytes arrive"
    tree = subprocess.run(
        ["git", "-C", str(shared), "log", "--format=", "--name-status", "main"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    assert all(line.startswith("A\t") for line in tree if line), "only ever added"
