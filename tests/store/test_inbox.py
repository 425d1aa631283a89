"""The card spool and collecting it: exactly once, nothing lost, bad files kept aside."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

from coprod_tui.meeting import Workspace
from coprod_tui.store import inbox
from coprod_tui.store.db import HomeStore
from tests.support import make_meeting

REPO = Path(__file__).resolve().parents[2]

HAND_IN = textwrap.dedent(
    """
    import sys
    from coprod_tui.cli.main import main
    home, worker = sys.argv[1], sys.argv[2]
    for n in range(10):
        assert main(["--home", home, "card", f"idea {worker}-{n}", "--from", f"P{worker}"]) == 0
    """
)


def test_twenty_concurrent_card_processes_arrive_exactly_once(tmp_path):
    root = tmp_path / "home"
    store = HomeStore(root).open()
    meeting = make_meeting(store)
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", HAND_IN, str(root), str(worker)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for worker in range(20)
    ]
    workspace = Workspace(store)
    while any(w.poll() is None for w in workers):
        workspace.collect_inbox(meeting)  # collect while they are still handing in
    for worker in workers:
        assert worker.wait(timeout=60) == 0, worker.stderr.read()
    workspace.collect_inbox(meeting)
    texts = [card.text for card in store.load_meeting(meeting.session.id).cards]
    assert sorted(texts) == sorted(f"idea {w}-{n}" for w in range(20) for n in range(10))
    assert inbox.pending_names(root / "inbox") == []
    store.close()


def test_a_card_is_written_whole_then_renamed_and_anonymous_means_no_author(tmp_path):
    spool = tmp_path / "inbox"
    inbox.create_spool(spool)
    card = inbox.submit_card(spool, "Herbs from the garden?", author=None, project="Kookgroep")
    (name,) = inbox.pending_names(spool)
    assert list((spool / "tmp").iterdir()) == []
    data = yaml.safe_load((spool / "new" / name).read_text())
    assert data["text"] == "Herbs from the garden?" and data["id"] == card.id
    assert "author" not in data
    assert data["project"] == "Kookgroep"
    assert (spool / "new" / name).stat().st_mode & 0o777 == 0o600


def test_bad_spool_files_are_moved_aside_with_the_reason_and_good_ones_still_arrive(tmp_path):
    store = HomeStore(tmp_path / "home").open()
    meeting = make_meeting(store)
    spool = store.paths.inbox
    (spool / "new" / "1.broken.yaml").write_text("text: [unclosed")
    (spool / "new" / "2.notacard.yaml").write_text("just a string")
    (spool / "new" / "3.badutf8.yaml").write_bytes(b"schema: 1\ntext: \xff\xfe\n")
    (spool / "new" / "4.empty.yaml").write_text(
        "schema: 1\nid: abc\ntext: ''\nreceived_at: '2026-11-23T14:00:00+01:00'\nsource: terminal\n"
    )
    inbox.submit_card(spool, "a good one")
    result = Workspace(store).collect_inbox(meeting)
    assert [card.text for card in result.received] == ["a good one"]
    assert len(result.bad) == 4
    bad = dict(inbox.bad_files(spool))
    assert set(bad) == {"1.broken.yaml", "2.notacard.yaml", "3.badutf8.yaml", "4.empty.yaml"}
    assert "UTF-8" in bad["3.badutf8.yaml"]
    assert "empty" in bad["4.empty.yaml"]
    assert inbox.pending_names(spool) == []
    store.close()


def test_cards_for_another_project_wait_for_its_next_meeting(tmp_path):
    store = HomeStore(tmp_path / "home").open()
    meeting = make_meeting(store)
    spool = store.paths.inbox
    inbox.submit_card(spool, "for the council", project="Cliëntenraad Noord")
    inbox.submit_card(spool, "for the kitchen", project="kookgroep de linde")
    workspace = Workspace(store)
    result = workspace.collect_inbox(meeting)
    assert [c.text for c in result.received] == ["for the kitchen"]
    assert result.waiting == 1
    other = make_meeting(store, project_name="Cliëntenraad Noord")
    assert [c.text for c in other.session.cards] == ["for the council"]
    assert store.waiting_count() == 0
    store.close()


def test_cards_handed_in_while_no_meeting_is_open_wait(tmp_path):
    store = HomeStore(tmp_path / "home").open()
    inbox.submit_card(store.paths.inbox, "between meetings", author="Kees")
    result = Workspace(store).collect_inbox(None)
    assert result.waiting == 1
    meeting = make_meeting(store)
    assert [(c.text, c.author) for c in meeting.session.cards] == [("between meetings", "Kees")]
    store.close()
