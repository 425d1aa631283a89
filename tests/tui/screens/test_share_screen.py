"""The shared minutes in the app: the home screen says where they go, s exchanges them, and a
meeting closed with "push when a meeting closes" on goes out by itself (or waits, offline)."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from textual.widgets import DataTable, Static

from coprod_tui.meeting import Workspace
from coprod_tui.meeting.share import ShareService
from coprod_tui.model import Participant
from coprod_tui.store.db import HomeStore
from coprod_tui.store.plans import load_plan, plans_dir
from tests.support import PEOPLE, FakeClock, make_meeting
from tests.textual_view import notices

SIZES = [(80, 24), (100, 30)]


@pytest.fixture
def remote(tmp_path, git_env):
    path = tmp_path / "shared.git"
    subprocess.run(["git", "init", "--quiet", "--bare", str(path)], check=True)
    return path


@pytest.fixture
def laptop_a(tmp_path, remote):
    """Another laptop that closed meeting 1; ``share()`` shares it."""
    store = HomeStore(tmp_path / "a").open()
    clock = FakeClock()
    meeting = make_meeting(store, clock, receiver="Els")
    meeting.add_action("assets", "Map cooking skills", "Jan")
    meeting.start()
    meeting.close()
    yield meeting, lambda: ShareService(store, clock).init(str(remote))
    store.close()


def remote_files(remote) -> list[str]:
    listed = subprocess.run(
        ["git", "-C", str(remote), "ls-tree", "-r", "--name-only", "main"],
        capture_output=True,
        text=True,
    )
    return listed.stdout.split()


def share_line(app) -> str:
    line = app.screen.query_one("#share-status", Static)
    return str(line.render()) if line.display else ""


async def settle(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_not_shared_no_line_and_s_says_how(store, clock, make_app):
    make_meeting(store, clock)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert share_line(app) == ""
        await pilot.press("s")
        await pilot.pause()
        assert any("coprod share init REMOTE" in n.message for n in notices(app))


@pytest.mark.parametrize("size", SIZES)
async def test_s_on_home_brings_in_the_meeting_a_colleague_closed(
    store, clock, make_app, remote, laptop_a, size
):
    first, share_a = laptop_a
    ShareService(store, clock).init(str(remote))  # B shared first, with nothing yet
    share_a()

    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        assert share_line(app).startswith("Shared minutes: all sent · s share · ")
        assert str(remote) in share_line(app) or "…" in share_line(app)
        await pilot.press("s")
        await settle(app, pilot)
        said = "\n".join(n.message for n in notices(app))
        assert "Brought in 1 meeting from" in said
        table = app.screen.query_one("#meetings", DataTable)
        assert table.row_count == 1
        assert table.coordinate_to_cell_key((0, 0)).row_key.value == first.session.id
        assert table.get_row_at(0)[2] == "closed"
        # B starts the next meeting from home: the receiver's turn and the actions continue
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#receiver").value == "Priya"


async def test_a_meeting_closed_in_the_app_is_pushed_when_chosen(store, clock, make_app, remote):
    share = ShareService(store, clock)
    share.init(str(remote), push_on_close=True)
    meeting = make_meeting(store, clock)
    meeting.start()
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert app.meeting is not None and app.meeting.read_only
        said = "\n".join(n.message for n in notices(app))
        assert "Sent 1 meeting to" in said, said
    assert len(remote_files(remote)) == 1


async def test_offline_a_meeting_closes_the_push_waits_and_home_says_so(
    store, clock, make_app, remote
):
    share = ShareService(store, clock)
    share.init(str(remote), push_on_close=True)
    meeting = make_meeting(store, clock)
    meeting.start()
    away = remote.rename(remote.with_name("unplugged.git"))
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert app.meeting is not None and app.meeting.read_only
        warnings = [n.message for n in notices(app) if n.severity == "warning"]
        assert any("did not answer" in m and "Nothing is lost" in m for m in warnings)
        await pilot.press("h")
        await settle(app, pilot)
        assert "1 meeting to send" in share_line(app)
        away.rename(remote)
        await pilot.press("s")
        await settle(app, pilot)
        assert "all sent" in share_line(app)
    assert len(remote_files(remote)) == 1


async def test_home_in_dutch_with_the_shared_minutes(store, clock, make_app, remote, laptop_a):
    from coprod_tui.i18n import set_language

    set_language("nl")
    ShareService(store, clock).init(str(remote))
    laptop_a[1]()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert share_line(app).startswith("Gedeelde notulen: alles verstuurd · s delen · ")
        await pilot.press("s")
        await settle(app, pilot)
        said = "\n".join(n.message for n in notices(app))
        assert "Gedeelde notulen" in {n.title for n in notices(app)}
        assert "Niets nieuws in de gedeelde notulen." in said or "opgehaald" in said


def test_b_continues_after_a_in_the_service_too(store, clock, remote, laptop_a):
    """What B sees after the pull, without the app."""
    laptop_a[1]()
    ShareService(store, clock).init(str(remote))
    project = store.projects()[0]
    workspace = Workspace(store, clock=clock)
    meeting = workspace.new_meeting(
        project,
        load_plan(plans_dir() / "standard.yaml"),
        on=date(2026, 12, 21),
        participants=[Participant(name) for name in PEOPLE],
    )
    assert meeting.session.receiver == "Priya"
    assert [a.what for a in meeting.actions_to_review()] == ["Map cooking skills"]
