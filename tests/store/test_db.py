"""The home store: atomic writes that survive SIGKILL, schema, corrupt files, the lock."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from coprod_tui.store.db import SCHEMA_VERSION, HomeLocked, HomeStore
from coprod_tui.store.files import DiskError, StoreError, atomic_write
from tests.support import make_meeting

REPO = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent(
    """
    import sys
    from coprod_tui.store.db import HomeStore
    from coprod_tui.model import Card
    store = HomeStore(__import__("pathlib").Path(sys.argv[1])).open(lock=False)
    meeting_id = sys.argv[2]
    session = store.load_meeting(meeting_id)
    n = 0
    while True:
        n += 1
        card = Card(text=f"card {n} " + "x" * (n % 300))
        session.cards.append(card)
        store.save_meeting(session)
        print(card.id, flush=True)   # acknowledged only after the write returned
    """
)


def test_a_writer_killed_mid_write_leaves_a_valid_database_with_every_acknowledged_card(
    tmp_path,
):
    store = HomeStore(tmp_path / "home").open()
    meeting_id = make_meeting(store).session.id
    store.close()
    acknowledged: set[str] = set()
    deadline = time.monotonic() + 8
    kills = 0
    while time.monotonic() < deadline and kills < 25:
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path / "home"), meeting_id],
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        assert writer.stdout is not None
        # Kill after a varying number of acknowledged writes, i.e. somewhere mid-write.
        for _ in range(5 + kills * 3):
            line = writer.stdout.readline()
            if not line:
                break
            acknowledged.add(line.strip())
        writer.send_signal(signal.SIGKILL)
        rest = writer.stdout.read()
        acknowledged.update(line for line in rest.split() if len(line) == 32)
        writer.wait(timeout=5)
        kills += 1
        raw = (tmp_path / "home" / "meetings" / f"{meeting_id}.json").read_text()
        json.loads(raw)  # always valid JSON
        stored = {
            card.id
            for card in HomeStore(tmp_path / "home").open(lock=False).load_meeting(meeting_id).cards
        }
        assert acknowledged <= stored, f"lost {len(acknowledged - stored)} acknowledged writes"
    assert kills >= 5
    leftovers = [p for p in (tmp_path / "home" / "meetings").iterdir() if p.suffix == ".tmp"]
    assert len(leftovers) <= kills  # a killed writer may leave a temp file, never a broken db


def test_a_full_disk_leaves_the_old_file_and_raises(tmp_path, monkeypatch):
    target = tmp_path / "db.json"
    atomic_write(target, b'{"old": 1}')

    def full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DiskError, match="the disk is full: .*db.json was not changed"):
        atomic_write(target, b'{"new": 2}')
    assert target.read_bytes() == b'{"old": 1}'
    assert [p.name for p in tmp_path.iterdir()] == ["db.json"]


def test_home_is_private_and_versioned(tmp_path):
    store = HomeStore(tmp_path / "home").open()
    make_meeting(store)
    root = tmp_path / "home"
    for folder in (root, root / "meetings", root / "minutes", root / "inbox" / "new"):
        assert folder.stat().st_mode & 0o777 == 0o700, folder
    for file in (root / "coprod.json", *root.glob("meetings/*.json")):
        assert file.stat().st_mode & 0o777 == 0o600, file
    assert json.loads((root / "coprod.json").read_text())["_meta"]["1"]["schema"] == SCHEMA_VERSION
    store.close()


def test_unknown_schema_version_is_refused_and_the_file_untouched(tmp_path):
    root = tmp_path / "home"
    HomeStore(root).open().close()
    index = root / "coprod.json"
    data = json.loads(index.read_text())
    data["_meta"]["1"]["schema"] = 99
    index.write_text(json.dumps(data))
    before = index.read_bytes()
    with pytest.raises(StoreError, match="schema version 99"):
        HomeStore(root).open()
    assert index.read_bytes() == before


@pytest.mark.parametrize("content", [b'{"projects": {"1": {"name": "x"', b"", b"\xff\xfe garbage"])
def test_a_corrupt_index_gives_a_clear_message_and_is_never_overwritten(tmp_path, content):
    root = tmp_path / "home"
    store = HomeStore(root).open()
    meeting = make_meeting(store)
    meeting.start()
    meeting.close()  # writes minutes that could rebuild the index
    store.close()
    (root / "coprod.json").write_bytes(content)
    with pytest.raises(StoreError) as raised:
        HomeStore(root).open()
    message = str(raised.value)
    assert str(root / "coprod.json") in message
    assert "cannot be read" in message
    assert next(root.glob("minutes/*.yaml")).name in message
    assert "coprod rebuild --from-minutes" in message
    assert (root / "coprod.json").read_bytes() == content
    # and the lock was released: opening again gives the same message, not "in use"
    with pytest.raises(StoreError, match="cannot be read"):
        HomeStore(root).open()


HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from coprod_tui.store.db import HomeStore
    HomeStore(Path(sys.argv[1])).open()
    print("locked", flush=True)
    time.sleep(30)
    """
)


def test_a_second_app_on_a_locked_home_is_refused_and_a_dead_holders_lock_taken_over(tmp_path):
    root = tmp_path / "home"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(root)], stdout=subprocess.PIPE, text=True, cwd=REPO
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(HomeLocked) as refused:
            HomeStore(root).open()
        assert f"pid {holder.pid}" in str(refused.value)
        assert os.uname().nodename in str(refused.value)
        assert "since" in str(refused.value)
    finally:
        holder.kill()
        holder.wait(timeout=5)
    # The holder died without cleaning up: its lock file still names it, and is taken over.
    assert f'"pid": {holder.pid}' in (root / "coprod.lock").read_text()
    store = HomeStore(root).open()
    assert f'"pid": {os.getpid()}' in (root / "coprod.lock").read_text()
    store.close()


def test_a_meeting_write_touches_only_its_own_file(tmp_path):
    store = HomeStore(tmp_path / "home").open()
    meeting = make_meeting(store)
    index = tmp_path / "home" / "coprod.json"
    before = index.stat().st_mtime_ns, index.read_bytes()
    time.sleep(0.01)
    meeting.add_card("Soup on Fridays", "Jan")
    assert (index.stat().st_mtime_ns, index.read_bytes()) == before
    assert store.load_meeting(meeting.session.id).cards[-1].text == "Soup on Fridays"
    store.close()


def test_the_last_meeting_of_a_day_is_the_one_created_last(tmp_path, clock):
    from coprod_tui.meeting import Workspace
    from coprod_tui.store.plans import load_plan, plans_dir

    store = HomeStore(tmp_path / "home").open()
    first = make_meeting(store, clock, receiver="Fatima")
    first.start()
    first.close()
    workspace = Workspace(store, clock=clock)
    project = workspace.create_project("Kookgroep De Linde")
    second = workspace.new_meeting(
        project, load_plan(plans_dir() / "standard.yaml"), title="Aa sorts first by title"
    )
    assert second.session.receiver == "Jan"  # rotated on from the first meeting's Fatima
    assert workspace.last_meeting(project).id == second.session.id
    assert workspace.proposed_participants(project)[1] == "Mohamed"
    store.close()
