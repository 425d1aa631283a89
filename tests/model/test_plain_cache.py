"""PlainCache: what a meeting's save writes is always session.to_dict(), whatever changed and
however (in place, replaced, added, taken out, moved), and an unchanged record is not made again."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_tui.model import (
    Action,
    AgendaItem,
    Card,
    GratitudeShare,
    LadderPlacement,
    Participant,
    Reflection,
    Session,
    TimeSpan,
)
from coprod_tui.model.activity import Activity, Answer
from coprod_tui.model.on_show import OnShow
from coprod_tui.model.plain_cache import PlainCache

AT = datetime(2026, 11, 23, 14, 0, tzinfo=timezone(timedelta(hours=1)))


def written(value: object) -> str:
    """As it goes to disk: JSON tells 1 from True and 1.0, which == does not."""
    return json.dumps(value, ensure_ascii=False)


def a_meeting() -> Session:
    session = Session(project_id="p" * 32, title="Maandoverleg", date=date(2026, 11, 23))
    session.participants = [Participant("Jan"), Participant("Els", "carer")]
    session.agenda = [
        AgendaItem("Welcome", 5, spans=[TimeSpan(AT, AT + timedelta(minutes=4))]),
        AgendaItem("Cards", 20),
    ]
    session.cards = [Card(text=f"Card {n}", received_at=AT) for n in range(6)]
    session.actions = [
        Action("assets", f"Action {n}", who="Jan", by_when=date(2026, 12, n + 1)) for n in range(8)
    ]
    session.placements = [LadderPlacement(3, "Jan"), LadderPlacement(5)]
    session.gratitude = [GratitudeShare("Els", 30.0, things=["the soup"])]
    session.reflections = [Reflection(answers=["we cooked", "together"])]
    session.activities = [Activity("dot_vote", options=["a"], answers=[Answer("v", dots={"a": 1})])]
    return session


def change_in_place(session: Session, n: int) -> None:
    action = session.actions[n % len(session.actions)]
    action.status = "done" if action.status == "open" else "open"


def replace_a_record(session: Session, n: int) -> None:
    i = n % len(session.actions)
    session.actions[i] = dataclasses.replace(session.actions[i], what=f"Changed {n}")


def add_a_card(session: Session, n: int) -> None:
    session.cards.append(Card(text=f"New {n}", author="Jan", received_at=AT))


def discuss_a_card(session: Session, n: int) -> None:
    if session.cards:
        session.cards[n % len(session.cards)].state = "discussed"


def take_one_out(session: Session, n: int) -> None:
    records = session.cards if n % 2 else session.actions
    if records:
        del records[n % len(records)]


def put_one_first(session: Session, n: int) -> None:
    session.actions.insert(0, Action("networks", f"First {n}"))


def turn_round(session: Session, n: int) -> None:
    session.cards.reverse()


def a_new_list(session: Session, n: int) -> None:
    session.placements = [*session.placements, LadderPlacement(1 + n % 7)]


def run_the_clock(session: Session, n: int) -> None:
    spans = session.agenda[1].spans
    if spans and spans[-1].end is None:
        spans[-1].end = AT + timedelta(minutes=n)  # a record in a record's list, in place
    else:
        spans.append(TimeSpan(AT + timedelta(minutes=n)))


def vote(session: Session, n: int) -> None:
    session.activities[0].answers[0].dots["a"] = n  # a mapping in a record, in place


def thank(session: Session, n: int) -> None:
    session.gratitude[0].things.append(f"thing {n}")  # text in a record's list, in place


def back_as_it_was(session: Session, n: int) -> None:
    card = session.cards[0] if session.cards else None
    if card is not None:
        card.state = "parked"
        card.state = "new"


def a_field_of_the_meeting(session: Session, n: int) -> None:
    session.notes = f"notes {n}"
    session.on_show = None if n % 2 else OnShow("card", "c" * 32, since=AT)


CHANGES = [
    change_in_place,
    replace_a_record,
    add_a_card,
    discuss_a_card,
    take_one_out,
    put_one_first,
    turn_round,
    a_new_list,
    run_the_clock,
    vote,
    thank,
    back_as_it_was,
    a_field_of_the_meeting,
]


CHANGE = st.tuples(st.sampled_from(CHANGES), st.integers(0, 50))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(CHANGE, min_size=1, max_size=3), max_size=20))
def test_every_save_is_the_whole_meeting_as_to_dict_makes_it(saves):
    """Each save follows one to three changes (a card turned into an action is two)."""
    session, cache = a_meeting(), PlainCache()
    assert written(cache.plain(session)) == written(session.to_dict())
    for changes in saves:
        for change, n in changes:
            change(session, n)
        assert written(cache.plain(session)) == written(session.to_dict()), changes


def test_a_card_added_leaves_the_other_records_and_lists_as_they_were_made():
    session, cache = a_meeting(), PlainCache()
    first = cache.plain(session)
    session.cards.append(Card(text="Soup on Fridays", received_at=AT))
    second = cache.plain(session)
    assert second["actions"] is first["actions"]  # not made again: the journal sees it at once
    assert second["cards"][:6] == first["cards"] and second["cards"][0] is first["cards"][0]
    assert second["cards"][6]["text"] == "Soup on Fridays"


def test_a_record_changed_in_place_is_made_again_and_only_it():
    session, cache = a_meeting(), PlainCache()
    first = cache.plain(session)
    session.actions[3].status = "done"
    second = cache.plain(session)
    assert second["actions"] is not first["actions"]
    assert second["actions"][3]["status"] == "done" and first["actions"][3]["status"] == "open"
    assert all(second["actions"][i] is first["actions"][i] for i in (0, 1, 2, 4, 5, 6, 7))
