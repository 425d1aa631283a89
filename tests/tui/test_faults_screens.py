"""Every write path of every screen on a failing disk: the app keeps running, says why, and
the meeting in memory is what its file holds.

The atomic writer is made to raise (tests/faults.py). Each scenario first brings the screen to
where the change is made (with a working disk), then breaks the disk and makes the change by
keys, as a facilitator would. The four faults (ENOSPC, EIO, EROFS, EACCES) take turns over the
scenarios; tests/meeting/test_faults.py runs every fault on every service operation.
"""

from __future__ import annotations

import errno
import itertools

import pytest
from textual.widgets import Input, Static, TextArea

from coprod_tui.model import Reflection
from coprod_tui.store import inbox
from tests.faults import REASONS, break_writes, in_memory, on_disk
from tests.support import make_meeting

FAULTS = [errno.ENOSPC, errno.EIO, errno.EROFS, errno.EACCES]


async def settle(pilot, times: int = 2) -> None:
    for _ in range(times):
        await pilot.pause()


async def keys(pilot, *pressed: str) -> None:
    for key in pressed:
        await pilot.press(key)
        await pilot.pause()


async def fill(app, pilot, selector: str, value: str, *then: str) -> None:
    app.screen.query_one(selector, Input).value = value
    await pilot.pause()
    await keys(pilot, *then)


def said(app) -> str:
    """Everything the facilitator is told: notifications and the error line of a dialog."""
    told = [f"{n.title}: {n.message}" for n in app._notifications]
    for widget in app.screen.query(".error, #error, #problems"):
        if isinstance(widget, Static):
            told.append(str(widget.render()))
    return "\n".join(told)


# --- the scenarios: (mode, before the fault, the change made with the fault) -----------------


async def start_meeting(app, pilot):
    app.meeting.start()
    await keys(pilot, "1")


async def agenda_open(app, pilot):
    await keys(pilot, "1")


async def on_the_second_item(app, pilot):
    app.meeting.start()
    app.meeting.next_item()
    await keys(pilot, "1")


async def agenda_typed_notes(app, pilot):
    app.meeting.start()
    await keys(pilot, "1")
    app.screen.query_one("#notes", TextArea).focus()
    await pilot.pause()


async def inbox_open(app, pilot):
    app.meeting.start()
    await keys(pilot, "2")


async def gratitude_open(app, pilot):
    app.meeting.start()
    await keys(pilot, "3")


async def gratitude_second_speaker(app, pilot):
    app.meeting.start()
    await keys(pilot, "3", "n")


async def time_per_speaker(app, pilot):
    await keys(pilot, "t")
    await fill(app, pilot, "#answer", "90", "enter")


async def postcards_open(app, pilot):
    app.meeting.write_postcard("Fatima", "the bread")
    app.meeting.start()
    await keys(pilot, "3", "c")


async def ladder_open(app, pilot):
    app.meeting.start()
    await keys(pilot, "4")


async def ladder_with_rows(app, pilot):
    app.meeting.place(5, "Jan")
    app.meeting.save_reflection(Reflection(kind="personal", voice="I", answers=["We listened"]))
    app.meeting.start()
    await keys(pilot, "4")


async def actions_open(app, pilot):
    app.meeting.add_action("assets", "Map cooking skills", "Jan")
    app.meeting.start()
    await keys(pilot, "5")


async def home_open(app, pilot):
    await keys(pilot, "h")


async def minutes_open(app, pilot):
    app.meeting.write_minutes()
    await keys(pilot, "6")


async def nothing(app, pilot):
    await pilot.pause()


async def add_item(app, pilot):
    await keys(pilot, "a")
    await fill(app, pilot, "#item-title", "Tea break")
    await fill(app, pilot, "#item-minutes", "5", "enter")


async def edit_item(app, pilot):
    await keys(pilot, "e")
    await fill(app, pilot, "#item-title", "Welcome and tea", "enter")


async def people(app, pilot):
    await keys(pilot, "P")
    await fill(app, pilot, "#people", "Fatima, Jan, Els", "enter")


async def receiver(app, pilot):
    await keys(pilot, "r")
    await fill(app, pilot, "#receiver", "Jan", "enter")


async def type_notes(app, pilot):
    await keys(pilot, *"We began late", "escape")


async def paper_card(app, pilot):
    await keys(pilot, "a", *"A bench by the door", "ctrl+s")


async def card_to_action(app, pilot):
    await keys(pilot, "A", "enter")


async def three_things(app, pilot):
    await keys(pilot, "w")
    await fill(app, pilot, "#thing-1", "The soup")
    app.screen.query_one("#thing-3", Input).focus()
    await keys(pilot, "enter")


async def write_postcard(app, pilot):
    await keys(pilot, "down", "enter")
    await fill(app, pilot, "#answer", "the long table", "enter")


async def add_postcard(app, pilot):
    await keys(pilot, "a")
    await fill(app, pilot, "#answer", "Guest Wim", "enter")
    await fill(app, pilot, "#answer", "being welcome", "enter")


async def place_jan(app, pilot):
    await keys(pilot, "enter", "down", "enter", "6")


async def reflect(app, pilot):
    await keys(pilot, "a")  # "a": reflect (r reveals the phones' round)
    await fill(app, pilot, "#answer-0", "We cooked together", "ctrl+s")


async def add_action(app, pilot):
    await keys(pilot, "a")
    await fill(app, pilot, "#what", "Invite the neighbours")
    await fill(app, pilot, "#who", "Els")
    await fill(app, pilot, "#how", "three came")
    app.screen.query_one("#how", Input).focus()
    await keys(pilot, "enter", "enter")


async def edit_action(app, pilot):
    await keys(pilot, "e")
    await fill(app, pilot, "#who", "Priya")
    app.screen.query_one("#who", Input).focus()
    await keys(pilot, "enter", "enter")


async def new_project(app, pilot):
    await keys(pilot, "a", *"Buurtkeuken", "enter")


async def new_meeting(app, pilot):
    await keys(pilot, "n")
    await settle(pilot)
    await pilot.click("#ok")


async def people_open(app, pilot):
    await keys(pilot, "8")


async def people_with_jan(app, pilot):
    app.meeting.people.add_to_circle("Jan", "participants", "resident")
    await keys(pilot, "8")


async def add_to_circle(app, pilot):
    await keys(pilot, "a", *"Wim", "enter")


async def write_profile(app, pilot):
    await keys(pilot, "enter", *"my soup", "ctrl+s")


async def readiness_open(app, pilot):
    await keys(pilot, "7")


async def own_question(app, pilot):
    await keys(pilot, "a", *"Do we cook together?", "enter")


def press(*pressed: str):
    async def run(app, pilot):
        await keys(pilot, *pressed)

    return run


SCENARIOS = {
    "agenda: space starts the meeting": ("home", agenda_open, press("space")),
    "agenda: space pauses": ("home", start_meeting, press("space")),
    "agenda: next item": ("home", start_meeting, press("n")),
    "agenda: previous item": ("home", on_the_second_item, press("p")),
    "agenda: add an item": ("home", start_meeting, add_item),
    "agenda: edit an item": ("home", start_meeting, edit_item),
    "agenda: delete an item": ("home", start_meeting, press("d", "y")),
    "agenda: move an item": ("home", start_meeting, press("ctrl+down")),
    "agenda: people": ("home", start_meeting, people),
    "agenda: card receiver": ("home", start_meeting, receiver),
    "agenda: notes": ("home", agenda_typed_notes, type_notes),
    "agenda: close the meeting": ("home", start_meeting, press("c", "y")),
    "cards: discussed": ("home", inbox_open, press("t")),
    "cards: park": ("home", inbox_open, press("x")),
    "cards: present": ("home", inbox_open, press("enter")),
    "cards: to an action": ("home", inbox_open, card_to_action),
    "cards: paper card": ("home", inbox_open, paper_card),
    "gratitude: space starts the speaker's time": ("home", gratitude_open, press("space")),
    "gratitude: more time": ("home", gratitude_open, press("plus")),
    "gratitude: shuffle": ("home", gratitude_open, press("S")),
    "gratitude: time per speaker": ("home", gratitude_open, time_per_speaker),
    "gratitude: previous speaker": ("home", gratitude_second_speaker, press("p")),
    "gratitude: next speaker": ("home", gratitude_open, press("space", "n")),
    "gratitude: pass": ("home", gratitude_open, press("s")),
    "gratitude: three things": ("home", gratitude_open, three_things),
    "gratitude: bell setting": ("home", gratitude_open, press("b")),
    "gratitude: write a postcard": ("home", postcards_open, write_postcard),
    "gratitude: add a postcard": ("home", postcards_open, add_postcard),
    "gratitude: remove a postcard": ("home", postcards_open, press("d", "y")),
    "ladder: place": ("home", ladder_open, place_jan),
    "ladder: place anonymously": ("home", ladder_open, press("question_mark", "3")),
    "ladder: other model": ("home", ladder_open, press("v")),
    "ladder: reflect": ("home", ladder_open, reflect),
    "ladder: delete a placement": ("home", ladder_with_rows, press("tab", "d", "y")),
    "actions: add": ("home", actions_open, add_action),
    "actions: edit": ("home", actions_open, edit_action),
    "actions: done": ("home", actions_open, press("c")),
    "actions: drop": ("home", actions_open, press("d", "y")),
    "readiness: the group's answer": ("home", readiness_open, press("enter", "2", "enter")),
    "readiness: an anonymous answer": (
        "home",
        readiness_open,
        press("question_mark", "3", "enter"),
    ),
    "readiness: own question": ("home", readiness_open, own_question),
    "readiness: gap to action": ("home", readiness_open, press("A", "enter", "enter")),
    "people: add to the circle": ("home", people_open, add_to_circle),
    "people: move inward": ("home", people_with_jan, press("m", "1")),
    "people: a profile": ("home", people_with_jan, write_profile),
    "people: remove from the circle": ("home", people_with_jan, press("d", "y")),
    "home: new project": ("home", home_open, new_project),
    "home: new meeting": ("home", home_open, new_meeting),
    "minutes: export": ("home", minutes_open, press("x")),
}
FAULT_OF = dict(zip(SCENARIOS, itertools.cycle(FAULTS)))


@pytest.mark.parametrize("name", list(SCENARIOS))
async def test_a_write_that_fails_is_a_message_not_a_crash(
    store, clock, make_app, monkeypatch, name
):
    _, before, change = SCENARIOS[name]
    code = FAULT_OF[name]
    meeting = make_meeting(store, clock, cards=[("A herb garden", "Jan"), ("Soup", None)])
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await before(app, pilot)
        await settle(pilot)
        app._notifications.clear()
        attempted = break_writes(monkeypatch, code)
        await change(app, pilot)
        await settle(pilot)
        assert attempted, "the change tried to write"
        assert app.is_running and app.return_code is None, "the app keeps running"
        assert REASONS[code] in said(app), said(app)
        assert in_memory(app.meeting.session) == on_disk(store.paths.root, meeting.session.id)
        monkeypatch.undo()
        await keys(pilot, "escape")  # a dialog kept open for another try closes
        assert app.is_running


async def test_cards_handed_in_on_a_full_disk_wait_and_arrive_later(
    store, clock, make_app, monkeypatch
):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await keys(pilot, "space")
        inbox.submit_card(store.paths.inbox, "Soup for the street party")
        break_writes(monkeypatch, errno.ENOSPC)
        app.collect_inbox()
        app.collect_inbox()  # said once, not every half second
        await settle(pilot)
        told = [n for n in app._notifications if "wait safely in the inbox" in n.message]
        assert len(told) == 1 and "the disk is full" in told[0].message
        assert inbox.pending_names(store.paths.inbox), "the card is kept in the spool"
        assert app.meeting.session.cards == []
        monkeypatch.undo()
        app.collect_inbox()
        await settle(pilot)
        assert [c.text for c in app.meeting.session.cards] == ["Soup for the street party"]
        assert inbox.pending_names(store.paths.inbox) == []
        assert in_memory(app.meeting.session) == on_disk(store.paths.root, meeting.session.id)


async def test_a_key_that_saves_twice_on_a_full_disk_says_it_once(
    store, clock, make_app, monkeypatch
):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await gratitude_open(app, pilot)
        await keys(pilot, "space", "space")  # the speaker's time on show in the room
        app._notifications.clear()
        break_writes(monkeypatch, errno.ENOSPC)
        await keys(pilot, "space")  # the round's clock and the room's record: both refused
        await settle(pilot)
        told = [n.message for n in app._notifications]
        assert len(told) == 1 and "the disk is full" in told[0], told
        assert in_memory(app.meeting.session) == on_disk(store.paths.root, meeting.session.id)
