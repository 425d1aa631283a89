"""Anonymous means anonymous: after an anonymous card went the whole way — `coprod card`,
the spool, the meeting database, presented, shown to the group, turned into an action, the
minutes — nothing under the home names who handed it in, and no file of theirs is left.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from coprod_tui.cli import main as cli
from coprod_tui.export.text import minutes_text
from coprod_tui.store.minutes import read_minutes
from tests.support import make_meeting

MARKER = "Zorro7f3a"  # the anonymous author's login, which must never be stored


def every_file(home: Path) -> list[Path]:
    return [path for path in home.rglob("*") if path.is_file() or path.is_symlink()]


async def test_an_anonymous_card_leaves_no_author_anywhere(store, clock, make_app, monkeypatch):
    home = store.paths.root
    meeting = make_meeting(store, clock)
    for variable in ("USER", "LOGNAME", "USERNAME"):
        monkeypatch.setenv(variable, MARKER)
    argv = ["--home", str(home), "--lang", "en", "card"]
    with contextlib.redirect_stdout(io.StringIO()):
        assert cli.main([*argv, "--anonymous", "Cook with the garden herbs"]) == 0
        assert cli.main([*argv, "--from", "Jan", "Fresh soup on Fridays"]) == 0
    (anonymous_file,) = [
        path for path in (home / "inbox" / "new").iterdir() if b"herbs" in path.read_bytes()
    ]
    assert b"author" not in anonymous_file.read_bytes()

    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        app.collect_inbox()
        await pilot.press("2")
        await pilot.pause()
        assert not list((home / "inbox" / "new").iterdir()), "the files are deleted once stored"
        assert not list((home / "inbox" / "tmp").iterdir())
        await pilot.press("enter", "down", "enter", "up")  # present both
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.press("A")
        await pilot.pause()
        await pilot.press("enter")  # → action under Assets
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"paper", "ctrl+s")  # an anonymous paper card too
        await pilot.pause()
        app.meeting.start()
        minutes = app.meeting.close()

    session = read_minutes(minutes).session
    herbs = next(card for card in session.cards if "herbs" in card.text)
    assert herbs.author is None and herbs.state == "action"
    assert next(a for a in session.actions if a.card_id == herbs.id).what == herbs.text
    assert next(card for card in session.cards if card.text == "paper").author is None
    assert "Jan" in minutes_text(read_minutes(minutes)), "a given name is kept"

    files = every_file(home)
    assert any(path.suffix == ".yaml" for path in files) and any(
        path.parent.name == "meetings" for path in files
    )
    assert any(b"Jan" in path.read_bytes() for path in files), "the search would find a name"
    for path in files:
        content = path.read_bytes()
        assert MARKER.encode() not in content, path
        assert MARKER.lower().encode() not in content.lower(), path
    assert not list((home / "inbox" / "new").iterdir())
    assert not list((home / "inbox" / "bad").iterdir())


async def test_an_anonymous_readiness_answer_names_no_one(store, clock, make_app):
    """Three participants answer a question for themselves, one of them anonymously: the
    meeting, its minutes and their text say who the others are, never who that one is."""
    home = store.paths.root
    meeting = make_meeting(store, clock, people=["Fatima", "Jan", MARKER])
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("7", "m")
        for digit in ("1", "2"):  # Fatima, then Jan: each the first without an answer
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press(digit, "enter")
            await pilot.pause()
        await pilot.press("question_mark")  # the third answers anonymously
        await pilot.pause()
        await pilot.press("3", *"not the kitchen", "enter")
        await pilot.pause()
        await pilot.press("escape")
        app.meeting.start()
        minutes = app.meeting.close()

    check = read_minutes(minutes).session.readiness
    anonymous = next(a for a in check.answers if a.note == "not the kitchen")
    assert anonymous.participant is None and anonymous.value == "not_yet"
    assert sorted(a.participant or "" for a in check.answers) == ["", "Fatima", "Jan"]
    text = minutes_text(read_minutes(minutes))
    assert "anonymous: not yet — not the kitchen" in text
    assert text.count(MARKER) == 1, "only in the list of participants"
    for path in every_file(home):
        assert path.read_bytes().count(MARKER.encode()) <= 1, path  # the participant list


def test_an_anonymous_phone_answer_cannot_be_traced_to_the_phone(store, clock):
    """Two phones: one hands in a signed card and places and votes anonymously, the other
    places with a name. While the round is open and after it closed, no file under the home
    holds a phone's token, and once closed not even the keyed voices: nothing ties the
    anonymous answers to the phone that also signed a card."""
    from coprod_tui.join import JoinPage
    from coprod_tui.join.activity_routes import ActivityDesk, activity_part
    from tests.join.helpers import post_card
    from tests.join.test_activities import Phone

    home = store.paths.root
    meeting = make_meeting(store, clock, cards=[("Soup on Fridays", None), ("Herbs", "Jan")])
    meeting.start()
    desk = ActivityDesk(lambda: meeting)
    page = JoinPage(store.paths.inbox, host="127.0.0.1", port=0, parts=[activity_part(desk)])
    page.start()
    try:
        mine, theirs = Phone(page), Phone(page)
        mine.open()
        theirs.open()
        cookie = {"Cookie": f"coprod_phone={mine.cookie}"}
        signed = post_card(page.url, "A bench in the garden", name="Mohamed", headers=cookie)
        assert signed.status == 200
        round_ = meeting.open_placement_round()
        assert mine.place(round_.id, 3, anonymous=True).status == 200
        assert theirs.place(round_.id, 6, name="Els").status == 200
        voices = [answer.voice for answer in round_.answers]
        tokens = [mine.cookie, theirs.cookie]
        for path in every_file(home):
            content = path.read_bytes()
            assert not any(token.encode() in content for token in tokens), path
        meeting.close_activity(round_.id)
        vote = meeting.open_dot_vote([card.id for card in meeting.session.cards])
        fields = {"activity": vote.id, f"dot-{meeting.session.cards[0].id}": "2"}
        assert mine.send({**fields, "anonymous": "1"}).status == 200
        vote_voices = [answer.voice for answer in vote.answers]
        meeting.close_activity(vote.id)
    finally:
        page.stop()
    minutes = meeting.close()

    assert set(voices).isdisjoint(vote_voices), "a phone's voice differs in each activity"
    session = read_minutes(minutes).session
    placed = {(p.rung, p.participant) for p in session.placements}
    assert placed == {(3, None), (6, "Els")}
    assert [a.name for a in session.activities[1].answers] == [None]
    for path in every_file(home):
        content = path.read_bytes()
        for secret in [*tokens, *voices, *vote_voices]:
            assert secret.encode() not in content, path
