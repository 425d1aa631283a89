"""A meeting's journal: a change costs what changed, and every acknowledged change survives
kill -9, folds, torn lines, stale journals and a full disk."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from coprod_tui.meeting import Workspace
from coprod_tui.model import Card
from coprod_tui.store import journal_storage
from coprod_tui.store.atomic_storage import CorruptDatabase
from coprod_tui.store.db import HomeStore
from coprod_tui.store.files import StoreError
from coprod_tui.store.journal_storage import journal_path, read_meeting_tables
from tests.faults import break_writes
from tests.support import FakeClock, make_meeting

REPO = Path(__file__).resolve().parents[2]


def sizes(store: HomeStore, meeting_id: str) -> tuple[int, int]:
    path = store.paths.meeting(meeting_id)
    journal = journal_path(path)
    return path.stat().st_size, journal.stat().st_size if journal.exists() else 0


def test_a_card_state_change_in_a_thousand_card_meeting_appends_about_one_card(store):
    meeting = make_meeting(store, FakeClock())
    meeting.receive_cards([Card(text=f"Idea {n}: soup with garden herbs") for n in range(1000)])
    card = meeting.session.cards[500]
    file_before, journal_before = sizes(store, meeting.session.id)
    meeting.set_card_state(card.id, "discussed")
    file_after, journal_after = sizes(store, meeting.session.id)
    assert file_after == file_before  # the meeting file is not rewritten
    assert 0 < journal_after - journal_before < 600  # one card's worth, not 1,000 cards'
    store.close()
    reopened = HomeStore(store.paths.root).open(lock=False)
    assert reopened.load_meeting(meeting.session.id).card(card.id).state == "discussed"
    reopened.close()


def test_closing_the_store_or_the_meeting_folds_the_journal_into_the_file(store):
    meeting = make_meeting(store, FakeClock())
    meeting.add_card("Soup on Fridays", author="Jan")
    path = store.paths.meeting(meeting.session.id)
    assert journal_path(path).exists()
    meeting.start()
    meeting.close()
    assert not journal_path(path).exists()
    whole = json.loads(path.read_text(encoding="utf-8"))
    assert whole["session"]["1"]["status"] == "closed"
    assert [c["text"] for c in whole["session"]["1"]["cards"]] == ["Soup on Fridays"]
    other = make_meeting(store, FakeClock(), project_name="Cliëntenraad")
    other.add_card("Bus times")
    store.close()
    assert not journal_path(store.paths.meeting(other.session.id)).exists()


def test_a_torn_last_line_is_ignored_and_cut_off_before_the_next_change(store):
    meeting = make_meeting(store, FakeClock())
    meeting.add_card("first")
    journal = journal_path(store.paths.meeting(meeting.session.id))
    with journal.open("ab") as handle:
        handle.write(b'{"ops": [["set", "session", "1", "no')  # a kill mid-write
    reopened = HomeStore(store.paths.root).open(lock=False)
    session = reopened.load_meeting(meeting.session.id)
    assert [card.text for card in session.cards] == ["first"]
    session.cards.append(Card(text="second"))
    reopened.save_meeting(session)
    assert b"no" not in journal.read_bytes().split(b"\n")[-2]
    assert all(line.endswith(b"}") for line in journal.read_bytes().split(b"\n")[:-1])
    data = read_meeting_tables(store.paths.meeting(meeting.session.id))
    assert [c["text"] for c in data["session"]["1"]["cards"]] == ["first", "second"]


def test_a_broken_line_before_the_last_is_reported_and_nothing_is_overwritten(store):
    meeting = make_meeting(store, FakeClock())
    meeting.add_card("first")
    meeting.add_card("second")
    path = store.paths.meeting(meeting.session.id)
    journal = journal_path(path)
    lines = journal.read_bytes().split(b"\n")
    lines[1] = b"{broken"
    journal.write_bytes(b"\n".join(lines))
    before = (path.read_bytes(), journal.read_bytes())
    with pytest.raises(CorruptDatabase, match="line 2"):
        read_meeting_tables(path)
    fresh = HomeStore(store.paths.root).open(lock=False)
    with pytest.raises(StoreError):
        fresh.load_meeting(meeting.session.id)
    assert (path.read_bytes(), journal.read_bytes()) == before


def test_a_store_opened_only_to_read_leaves_the_journal_alone(store):
    meeting = make_meeting(store, FakeClock())
    meeting.add_card("still in the journal")
    path = store.paths.meeting(meeting.session.id)
    before = (path.read_bytes(), journal_path(path).read_bytes())
    reader = HomeStore(store.paths.root).open(lock=False)
    reader.load_meeting(meeting.session.id)
    reader.close()
    assert (path.read_bytes(), journal_path(path).read_bytes()) == before


def test_a_journal_that_names_another_file_is_never_applied(store):
    meeting = make_meeting(store, FakeClock())
    meeting.add_card("kept")
    path = store.paths.meeting(meeting.session.id)
    stale = journal_path(path).read_bytes()
    store.close()  # folded: the journal is gone, the file holds the card
    journal_path(path).write_bytes(stale)  # as after a kill between the fold and the removal
    data = read_meeting_tables(path)
    assert [c["text"] for c in data["session"]["1"]["cards"]] == ["kept"]  # not twice


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_a_change_the_disk_refuses_leaves_the_journal_and_memory_as_they_were(
    store, monkeypatch, code
):
    meeting = make_meeting(store, FakeClock())
    meeting.add_card("first")
    before = sizes(store, meeting.session.id)
    break_writes(monkeypatch, code)
    with pytest.raises(StoreError):
        meeting.add_card("second")
    monkeypatch.undo()
    assert sizes(store, meeting.session.id) == before
    assert [card.text for card in meeting.session.cards] == ["first"]
    meeting.add_card("third")
    data = read_meeting_tables(store.paths.meeting(meeting.session.id))
    assert [c["text"] for c in data["session"]["1"]["cards"]] == ["first", "third"]


def test_every_kind_of_change_leaves_on_disk_the_whole_meeting_as_it_is_in_memory(
    store, monkeypatch
):
    """A save makes again only the records that changed (model/plain_cache.py): what is on
    disk must still be the whole meeting, after changes in place, replaced, added, taken out,
    and after a change the disk refused (undone: the records are then those read back)."""
    meeting = make_meeting(store, FakeClock())
    meeting.start()
    for n in range(40):
        meeting.add_action("assets", f"Action {n}", who="Jan")
    path = store.paths.meeting(meeting.session.id)

    def on_disk() -> dict:
        return read_meeting_tables(path)["session"]["1"]

    card = meeting.add_card("Soup on Fridays", author="Jan")
    placement = meeting.place(3, "Jan")
    changes = [
        lambda: meeting.set_card_state(card.id, "discussed"),
        lambda: meeting.set_action_status(meeting.session.actions[7].id, "done"),
        lambda: meeting.update_action(meeting.session.actions[9].id, what="Cook on Tuesdays"),
        lambda: meeting.move_placement(placement.id, 5),
        lambda: meeting.place(2),
        lambda: meeting.remove_placement(placement.id),
        lambda: meeting.card_to_action(meeting.add_card("Herbs").id, "networks"),
        lambda: meeting.add_card("Bus times"),
    ]
    for change in changes:
        change()
        assert on_disk() == meeting.session.to_dict()
    break_writes(monkeypatch, errno.ENOSPC)
    with pytest.raises(StoreError):
        meeting.set_action_status(meeting.session.actions[3].id, "dropped")
    monkeypatch.undo()
    assert meeting.session.actions[3].status == "open"
    meeting.set_action_status(meeting.session.actions[4].id, "done")
    assert on_disk() == meeting.session.to_dict()
    assert meeting.session.actions[3].status == "open" and on_disk()["actions"][3]["status"] == (
        "open"
    )
    reopened = HomeStore(store.paths.root).open(lock=False)
    assert reopened.load_meeting(meeting.session.id) == meeting.session
    reopened.close()


def test_a_later_meeting_written_whole_ignores_an_earlier_journal(store):
    meeting = make_meeting(store, FakeClock())
    meeting.add_card("in the journal")
    store.add_meetings([(meeting.session, None)])  # a rebuild writes the file whole
    data = read_meeting_tables(store.paths.meeting(meeting.session.id))
    assert [c["text"] for c in data["session"]["1"]["cards"]] == ["in the journal"]
    assert Workspace(store).open_meeting(meeting.session.id).session.cards[0].text == (
        "in the journal"
    )


WRITER = textwrap.dedent(
    """
    import sys
    from coprod_tui.store import journal_storage
    journal_storage.FOLD_BYTES = 3000  # fold often: kills land in folds too
    from coprod_tui.store.db import HomeStore
    from coprod_tui.model import Card
    store = HomeStore(__import__("pathlib").Path(sys.argv[1])).open(lock=False)
    session = store.load_meeting(sys.argv[2])
    n = 0
    while True:
        n += 1
        if n % 7 == 0 and session.cards:
            session.cards[n % len(session.cards)].state = "discussed"
        else:
            session.cards.append(Card(text=f"card {n} " + "x" * (n % 200)))
        store.save_meeting(session)
        print(session.cards[-1].id, flush=True)   # acknowledged only after the write returned
    """
)


def test_kill_9_during_appends_and_folds_loses_no_acknowledged_card_and_adds_none(tmp_path):
    store = HomeStore(tmp_path / "home").open()
    meeting_id = make_meeting(store).session.id
    store.close()
    acknowledged: set[str] = set()
    deadline = time.monotonic() + 8
    kills = 0
    while time.monotonic() < deadline and kills < 20:
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path / "home"), meeting_id],
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        assert writer.stdout is not None
        for _ in range(3 + kills * 4):
            line = writer.stdout.readline()
            if not line:
                break
            acknowledged.add(line.strip())
        writer.send_signal(signal.SIGKILL)
        acknowledged.update(line for line in writer.stdout.read().split() if len(line) == 32)
        writer.wait(timeout=5)
        kills += 1
        reader = HomeStore(tmp_path / "home").open(lock=False)
        cards = [card.id for card in reader.load_meeting(meeting_id).cards]
        reader.close()
        assert acknowledged <= set(cards), f"lost {len(acknowledged - set(cards))}"
        assert len(cards) == len(set(cards)), "a change was applied twice"
    assert kills >= 5
    assert journal_storage.FOLD_BYTES == 256 * 1024  # the writer's setting stayed there
