"""Every change of the Meeting service on a failing disk: refused with a message, undone in memory.

The atomic writer is made to raise ENOSPC, EIO, EROFS and EACCES. Each operation must raise a
StoreError that says what happened and what to do, and leave the session in memory exactly as
its file on disk (which is what it was before).
"""

from __future__ import annotations

from datetime import date

import pytest

from coprod_tui.meeting import ChangeNotSaved, StoreError, Workspace
from coprod_tui.model import Card, Participant, Reflection
from coprod_tui.model.gratitude_round import GratitudeRound
from coprod_tui.store import inbox
from coprod_tui.store.plans import load_plan, plans_dir
from tests.faults import DISK_FAULTS, REASONS, break_writes, in_memory, on_disk
from tests.support import make_meeting


def live_meeting(store, clock):
    """A running meeting with something of every kind in it, and a carried-over action."""
    first = make_meeting(store, clock, cards=[("A herb garden", "Jan")])
    first.add_action("assets", "Map cooking skills", "Jan")
    first.start()
    first.close()
    workspace = Workspace(store, clock=clock)
    plan = load_plan(plans_dir() / "standard.yaml")
    meeting = workspace.new_meeting(first.project, plan, on=date(2026, 12, 21))
    meeting.receive_cards([Card(text="Cook with the school"), Card(text="Invite the mosque")])
    meeting.add_action("networks", "Invite the neighbours", "Els")
    meeting.place(5, "Els")
    meeting.save_reflection(Reflection(kind="personal", voice="I", answers=["We listened"]))
    meeting.record_gratitude("Els", spoke_seconds=40, passed=False, things=["the soup"])
    meeting.write_postcard("Jan", "the long table")
    meeting.answer_question("assets.1", "partly", "the kitchen less")
    meeting.add_own_question("networks", "Do we know the neighbours?")
    meeting.start()
    clock.advance(minutes=3)
    return meeting


def first_id(items):
    return items[0].id


OPERATIONS = {
    "receive cards": lambda m: m.receive_cards([Card(text="Paint the wall")]),
    "add a paper card": lambda m: m.add_card("A bench by the door", "Kees"),
    "card state": lambda m: m.set_card_state(first_id(m.session.cards), "discussed"),
    "card to action": lambda m: m.card_to_action(first_id(m.session.cards), "assets"),
    "pause": lambda m: m.pause(),
    "space": lambda m: m.toggle_clock(),
    "next item": lambda m: m.next_item(),
    "previous item": lambda m: (m.next_item(), m.previous_item()),
    "close": lambda m: m.close(),
    "add an item": lambda m: m.add_item("Tea", 5),
    "edit an item": lambda m: m.update_item(
        first_id(m.session.agenda), title="Welcome", planned_minutes=9, owner=None, tool="none"
    ),
    "delete an item": lambda m: m.delete_item(first_id(m.session.agenda)),
    "move an item": lambda m: m.move_item(first_id(m.session.agenda), 1),
    "notes": lambda m: m.set_item_text(first_id(m.session.agenda), notes="We began"),
    "people": lambda m: m.set_participants([Participant("Els"), Participant("Jan")], "Jan"),
    "gratitude turn": lambda m: m.record_gratitude("Jan", spoke_seconds=30, passed=True),
    "postcard": lambda m: m.write_postcard("Els", "the bread"),
    "remove postcard": lambda m: m.remove_postcard("Jan"),
    "add action": lambda m: m.add_action("catalysts", "Ask for herbs"),
    "edit action": lambda m: m.update_action(first_id(m.session.actions), who="Priya"),
    "action status": lambda m: m.set_action_status(first_id(m.session.actions), "done"),
    "review carried": lambda m: m.review_carried(m.actions_to_review()[0].id, "done"),
    "place": lambda m: m.place(6, "Jan"),
    "move placement": lambda m: m.move_placement(first_id(m.session.placements), 2),
    "remove placement": lambda m: m.remove_placement(first_id(m.session.placements)),
    "ladder model": lambda m: m.set_ladder_model("vilans"),
    "reflection": lambda m: m.save_reflection(Reflection(kind="personal", answers=["More"])),
    "remove reflection": lambda m: m.remove_reflection(first_id(m.session.reflections)),
    "readiness answer": lambda m: m.answer_question("assets.2", "yes", source="person"),
    "remove an answer": lambda m: m.remove_readiness_answer(first_id(m.readiness.answers)),
    "own question": lambda m: m.add_own_question("assets", "Do we cook together?"),
    "change own question": lambda m: m.change_own_question(
        first_id(m.readiness.own_questions), "Do we know them all?"
    ),
    "remove own question": lambda m: m.remove_own_question(first_id(m.readiness.own_questions)),
    "gap to action": lambda m: m.gap_to_action("assets.1", "Cook with the residents"),
    "gratitude round's clock": lambda m: m.keep_round(a_round_under_way(m)),
    "show an action to the room": lambda m: m.show_action(first_id(m.session.actions)),
}


def a_round_under_way(meeting):
    round_ = GratitudeRound(meeting.session.participant_names(), 60, lambda: 5.0)
    round_.toggle()
    return round_


@pytest.mark.parametrize("code", DISK_FAULTS)
@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_a_change_that_cannot_be_saved_is_undone(store, clock, monkeypatch, operation, code):
    meeting = live_meeting(store, clock)
    home, meeting_id = store.paths.root, meeting.session.id
    before = on_disk(home, meeting_id)
    project_before = meeting.project.to_dict()
    told: list[str] = []
    meeting.subscribe(told.append)
    session = meeting.session
    attempted = break_writes(monkeypatch, code)

    with pytest.raises(ChangeNotSaved) as raised:
        OPERATIONS[operation](meeting)

    assert attempted, "a write was tried"
    message = str(raised.value)
    assert message.startswith(f"{REASONS[code]}: nothing was changed; "), message
    assert on_disk(home, meeting_id) == before, "the file is as it was"
    assert in_memory(meeting.session) == before, "the session in memory is the file"
    assert meeting.session is session, "screens keep the same session object"
    assert meeting.project.to_dict() == project_before
    assert told, "the screens are told to show the session as it is again"
    monkeypatch.undo()  # the disk is back: the same change now works
    OPERATIONS[operation](meeting)
    assert in_memory(meeting.session) == on_disk(home, meeting_id)


def test_the_message_on_a_full_disk_is_plain_and_in_dutch(store, clock, monkeypatch):
    from coprod_tui.i18n import set_language

    meeting = live_meeting(store, clock)
    break_writes(monkeypatch, 28)
    set_language("nl")
    with pytest.raises(ChangeNotSaved) as raised:
        meeting.add_card("Een bankje")
    first_line = str(raised.value).splitlines()[0]
    assert (
        first_line == "de schijf is vol: er is niets veranderd; maak ruimte vrij en doe het opnieuw"
    )
    assert "Een bankje" not in str(raised.value), "no meeting content in the message"


@pytest.mark.parametrize("code", DISK_FAULTS)
def test_a_card_in_the_spool_is_kept_until_a_save_holds_it(store, clock, monkeypatch, code):
    """Issue 14, fault 2: the card is acknowledged, the save fails, the card must survive."""
    meeting = live_meeting(store, clock)
    workspace = Workspace(store, clock=clock)
    card = inbox.submit_card(store.paths.inbox, "Soup for the street party", author="Fatima")
    break_writes(monkeypatch, code)

    with pytest.raises(StoreError):
        workspace.collect_inbox(meeting)
    with pytest.raises(StoreError):  # and again at the next look: still there, still refused
        workspace.collect_inbox(meeting)
    assert len(inbox.pending_names(store.paths.inbox)) == 1, "the spool file is kept"
    assert card.id not in {c["id"] for c in on_disk(store.paths.root, meeting.session.id)["cards"]}
    assert in_memory(meeting.session) == on_disk(store.paths.root, meeting.session.id)

    monkeypatch.undo()  # space again: the card arrives, once, and only then leaves the spool
    result = workspace.collect_inbox(meeting)
    assert [c.id for c in result.received] == [card.id]
    assert inbox.pending_names(store.paths.inbox) == []
    stored = [c["id"] for c in on_disk(store.paths.root, meeting.session.id)["cards"]]
    assert stored.count(card.id) == 1


@pytest.mark.parametrize("code", DISK_FAULTS)
def test_cards_for_a_later_meeting_are_kept_in_the_spool_too(store, clock, monkeypatch, code):
    workspace = Workspace(store, clock=clock)
    inbox.submit_card(store.paths.inbox, "For next time", project="Elsewhere")
    break_writes(monkeypatch, code)
    with pytest.raises(StoreError):
        workspace.collect_inbox(None)
    assert len(inbox.pending_names(store.paths.inbox)) == 1
    monkeypatch.undo()
    assert workspace.collect_inbox(None).waiting == 1
    assert inbox.pending_names(store.paths.inbox) == []


@pytest.mark.parametrize("code", DISK_FAULTS)
def test_projects_and_new_meetings_on_a_failing_disk(store, clock, monkeypatch, code):
    workspace = Workspace(store, clock=clock)
    project = workspace.create_project("Buurtkeuken")
    plan = load_plan(plans_dir() / "standard.yaml")
    break_writes(monkeypatch, code)
    with pytest.raises(StoreError, match=REASONS[code]):
        workspace.create_project("Another group")
    with pytest.raises(StoreError, match=REASONS[code]):
        workspace.new_meeting(project, plan)
    monkeypatch.undo()
    assert [p.name for p in workspace.projects()] == ["Buurtkeuken"]
    assert workspace.meetings() == []


def test_waiting_cards_stay_waiting_when_the_meeting_cannot_take_them(store, clock, monkeypatch):
    workspace = Workspace(store, clock=clock)
    meeting = make_meeting(store, clock)
    inbox.submit_card(store.paths.inbox, "For the group", project=meeting.project.name)
    workspace.collect_inbox(None)  # no meeting open: the card waits
    break_writes(monkeypatch, 28)
    opened = workspace.open_meeting(meeting.session.id)  # opens all the same
    assert opened.session.cards == []
    assert store.waiting_count() == 1
    monkeypatch.undo()
    assert [c.text for c in workspace.open_meeting(meeting.session.id).session.cards] == [
        "For the group"
    ]
    assert store.waiting_count() == 0


def test_closing_when_only_the_meeting_file_fails_leaves_no_minutes_behind(
    store, clock, monkeypatch
):
    meeting = live_meeting(store, clock)
    break_writes(monkeypatch, 28, only=f"{meeting.session.id}.json")
    with pytest.raises(ChangeNotSaved):
        meeting.close()
    assert meeting.session.status == "running" and not meeting.read_only
    assert [p.name for p in store.paths.minutes.iterdir()] == [
        p.name for p in store.paths.minutes.iterdir() if "2026-11-23" in p.name
    ], "only the first meeting's minutes"
    monkeypatch.undo()
    path = meeting.close()
    assert path.exists() and meeting.read_only


def test_closing_when_only_the_index_fails_keeps_the_meeting_closed(store, clock, monkeypatch):
    """The meeting file and its minutes are written; the list of meetings catches up later."""
    meeting = live_meeting(store, clock)
    break_writes(monkeypatch, 28, only="coprod.json")
    with pytest.raises(StoreError, match="coprod.json was not changed"):
        meeting.close()
    assert meeting.read_only and on_disk(store.paths.root, meeting.session.id)["status"] == "closed"
    assert meeting.summary_stale
    monkeypatch.undo()
    meeting.save_summary()
    assert store.summary(meeting.session.id)["status"] == "closed"
    assert not meeting.summary_stale
