"""What the app has built is kept out of the garbage collector's walk while it runs
(tui/heap.py), and given back when it ends."""

from __future__ import annotations

import gc

from coprod_tui.model import Card
from tests.support import make_meeting


async def test_the_app_freezes_what_it_built_and_thaws_on_its_way_out(store, make_app):
    meeting = make_meeting(store, cards=[])
    meeting.receive_cards([Card(text=f"Idea {n}") for n in range(50)])
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        first = gc.get_freeze_count()
        assert first > 0  # the first screen, Textual, the meeting
        await pilot.press("2")  # the cards screen: built and drawn, then frozen too
        await pilot.pause()
        await pilot.pause()
        assert gc.get_freeze_count() > first
        table = app.screen.query_one("#cards")
        walked = gc.get_objects()  # what a collection walks: the frozen are not in it
        assert not any(thing is table for thing in walked)
        assert not any(thing is app.meeting.session for thing in walked)
    assert gc.get_freeze_count() == 0
