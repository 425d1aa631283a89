"""The card spool: private folders, what a card file holds, bad files kept, no hangs."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from coprod_tui.meeting import Workspace
from coprod_tui.store import inbox
from coprod_tui.store.platform.watching import watch_folder
from tests.support import make_meeting

ROOT = Path(__file__).resolve().parents[2]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_inbox_folders_are_private_to_the_owner(store):
    folder = store.paths.inbox
    for path in (folder, folder / "tmp", folder / "new", folder / "bad"):
        assert mode(path) == 0o700, path
    card = inbox.submit_card(folder, "Fresh soup", author="Jan")
    (spooled,) = (folder / "new").iterdir()
    assert mode(spooled) == 0o600
    assert yaml.safe_load(spooled.read_text())["id"] == card.id


def test_the_file_mode_does_not_depend_on_the_umask(store):
    old = os.umask(0o277)  # would make a file read-only even for its owner
    try:
        inbox.submit_card(store.paths.inbox, "umask does not matter")
    finally:
        os.umask(old)
    (spooled,) = (store.paths.inbox / "new").iterdir()
    assert mode(spooled) == 0o600


def test_an_anonymous_card_file_holds_no_author_and_no_trace_of_the_submitter(store):
    inbox.submit_card(store.paths.inbox, "Nobody needs to know")
    (spooled,) = (store.paths.inbox / "new").iterdir()
    data = yaml.safe_load(spooled.read_text())
    assert set(data) == {"schema", "id", "text", "received_at", "source"}
    raw = spooled.read_bytes()
    for trace in (os.environ.get("USER"), str(os.getpid()), os.uname().nodename):
        if trace and len(trace) > 3:
            assert trace.encode() not in raw


def test_a_refused_card_leaves_nothing_behind(store):
    with pytest.raises(inbox.CardRejected, match="at most 2000 characters; this one has 1048576"):
        inbox.submit_card(store.paths.inbox, "z" * 1_048_576)
    with pytest.raises(inbox.CardRejected, match="empty"):
        inbox.submit_card(store.paths.inbox, "\x00\x1b \n")
    assert not list((store.paths.inbox / "new").iterdir())
    assert not list((store.paths.inbox / "tmp").iterdir())


def test_bad_files_are_kept_with_their_reason_and_never_hang_the_app(store, clock):
    meeting = make_meeting(store, clock)
    new = store.paths.inbox / "new"
    os.mkfifo(new / "1.fifo.yaml")  # opening a FIFO for reading would block forever
    os.symlink("/etc/passwd", new / "2.link.yaml")
    (new / "3.text.yaml").write_bytes(b"schema: 1\ntext: 5\nid: x\nsource: terminal\n")
    (new / "4.big.yaml").write_bytes(b"x" * (inbox.MAX_SPOOL_FILE_BYTES + 10))
    (new / "5.same.reason").write_bytes(b"- not a mapping")
    inbox.submit_card(store.paths.inbox, "a good card among them")
    result = Workspace(store, clock=clock).collect_inbox(meeting)
    assert [card.text for card in result.received] == ["a good card among them"]
    assert len(result.bad) == 5
    bad = dict(inbox.bad_files(store.paths.inbox))
    assert bad["1.fifo.yaml"] == "not a regular file"
    assert "cannot be read" in bad["2.link.yaml"]
    assert "text: expected text" in bad["3.text.yaml"]
    assert "larger than" in bad["4.big.yaml"]
    assert "not a card file" in bad["5.same"]
    assert not list(new.iterdir())
    assert Path("/etc/passwd").exists(), "a symlink is moved, never followed"


def test_a_quarantined_name_that_exists_already_gets_a_new_name(store):
    new, bad = store.paths.inbox / "new", store.paths.inbox / "bad"
    for _ in range(2):
        (new / "same.yaml").write_bytes(b"\xff")
        (entry,) = inbox.read_new(store.paths.inbox)
        inbox.quarantine(store.paths.inbox, entry)
    names = sorted(name for name, _ in inbox.bad_files(store.paths.inbox))
    assert len(names) == 2 and names[0].startswith("same.yaml")
    assert len(list(bad.iterdir())) == 4, "two files, two reasons"


def test_cards_for_another_project_wait_for_its_next_meeting(store, clock):
    meeting = make_meeting(store, clock)
    workspace = Workspace(store, clock=clock)
    inbox.submit_card(store.paths.inbox, "for the council", project="Cliëntenraad Noord")
    inbox.submit_card(store.paths.inbox, "for this one", project="kookgroep de linde")
    result = workspace.collect_inbox(meeting)
    assert [card.text for card in result.received] == ["for this one"]
    assert result.waiting == 1 and workspace.waiting_card_count() == 1
    council = make_meeting(store, clock, project_name="Cliëntenraad Noord")
    assert [card.text for card in council.session.cards] == ["for the council"]
    assert workspace.waiting_card_count() == 0


def test_collecting_twice_never_doubles_a_card(store, clock):
    meeting = make_meeting(store, clock)
    inbox.submit_card(store.paths.inbox, "once")
    (spooled,) = (store.paths.inbox / "new").iterdir()
    kept = spooled.read_bytes()
    workspace = Workspace(store, clock=clock)
    workspace.collect_inbox(meeting)
    spooled.write_bytes(kept)  # as if the app died between storing and deleting
    workspace.collect_inbox(meeting)
    assert [card.text for card in store.load_meeting(meeting.session.id).cards] == ["once"]


SUBMIT_50 = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from coprod_tui.store.inbox import submit_card
for number in range(50):
    submit_card(Path(sys.argv[1]), f"process {{sys.argv[2]}} card {{number}}")
"""


def test_twenty_processes_hand_in_fifty_cards_each_and_all_arrive_once(store, clock):
    meeting = make_meeting(store, clock)
    workspace = Workspace(store, clock=clock)
    script = SUBMIT_50.format(root=str(ROOT))
    processes = [
        subprocess.Popen([sys.executable, "-c", script, str(store.paths.inbox), str(number)])
        for number in range(20)
    ]
    deadline = time.monotonic() + 120
    try:
        while any(p.poll() is None for p in processes) and time.monotonic() < deadline:
            workspace.collect_inbox(meeting)  # the app collects while cards keep coming
            time.sleep(0.05)
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=10)
    assert [p.returncode for p in processes] == [0] * 20
    while workspace.collect_inbox(meeting).received:
        pass
    texts = [card.text for card in store.load_meeting(meeting.session.id).cards]
    expected = {f"process {p} card {n}" for p in range(20) for n in range(50)}
    assert len(texts) == 1000
    assert set(texts) == expected
    assert not list((store.paths.inbox / "new").iterdir())
    assert not list((store.paths.inbox / "tmp").iterdir())


def test_a_card_that_could_not_be_read_back_is_refused_when_handed_in(store):
    with pytest.raises(inbox.CardRejected, match="project name holds at most"):
        inbox.submit_card(store.paths.inbox, "fine", project="p" * 100_000)
    biggest = inbox.submit_card(
        store.paths.inbox, "\u4f1a" * 2000, author="n" * 80, project="p" * 200
    )
    (entry,) = inbox.read_new(store.paths.inbox)
    assert entry.problem is None and entry.card.id == biggest.id


def test_the_watcher_wakes_when_a_card_lands(store):
    watcher = watch_folder(store.paths.inbox / "new")
    if watcher is None:
        pytest.skip("inotify is not available here")
    try:
        assert watcher.drain() is False
        inbox.submit_card(store.paths.inbox, "wake up")
        assert watcher.drain() is True
        assert watcher.drain() is False
    finally:
        watcher.close()
    assert watch_folder(store.paths.inbox / "missing") is None
