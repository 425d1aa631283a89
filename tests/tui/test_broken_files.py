"""The index or the meeting's file broken while the app runs (truncated by a full disk, a
careless sync tool, an editor): one clear message naming the file and what to do; the app
keeps running and never overwrites the broken file."""

from __future__ import annotations

import pytest

from coprod_tui.i18n import set_language
from coprod_tui.meeting import Workspace
from coprod_tui.store.rebuild import rebuild_from_minutes
from tests.faults import on_disk
from tests.support import make_meeting


def notices(app) -> list[str]:
    return [f"{n.title}: {n.message}" for n in app._notifications]


def truncate(path) -> bytes:
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    return path.read_bytes()


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_a_truncated_index_then_home_is_one_message_and_the_meeting_goes_on(
    store, make_app, size
):
    meeting = make_meeting(store)
    app = make_app(meeting_id=meeting.session.id)
    index = store.paths.index
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        broken = truncate(index)
        await pilot.press("h")
        await pilot.pause()
        await pilot.pause()
        (told,) = notices(app)
        assert told.startswith(f"Error: Data folder: {index} cannot be read (")
        assert "quit coprod and run `coprod rebuild --from-minutes`" in told
        await pilot.press("1")  # the meeting's own file is fine: the meeting goes on
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()
        assert app.is_running and on_disk(store.paths.root, meeting.session.id)["status"] == (
            "running"
        )
    assert index.read_bytes() == broken, "the broken index is left as it is"


async def test_a_truncated_meeting_file_refuses_the_change_in_dutch(store, make_app):
    set_language("nl")
    meeting = make_meeting(store)
    app = make_app(meeting_id=meeting.session.id)
    path = store.paths.meeting(meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        broken = truncate(path)
        await pilot.press("space")  # start the meeting: its file cannot be read
        await pilot.pause()
        told = "\n".join(notices(app))
        assert f"{path} kan niet worden gelezen (" in told
        assert "sluit coprod en start `coprod rebuild --from-minutes`" in told
        assert app.meeting is not None and app.meeting.session.status == "planned"
        assert app.is_running
    assert path.read_bytes() == broken
    store.close()  # the facilitator quits and does what the message says
    report = rebuild_from_minutes(store.paths.root)
    assert report.replaced and report.kept_aside[0].read_bytes() == broken
    store.open()
    back = Workspace(store).open_meeting(meeting.session.id)
    assert back.session.title == meeting.session.title and back.session.status == "planned"
