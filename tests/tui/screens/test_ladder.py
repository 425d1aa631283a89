"""The ladder screen as a facilitator uses it: a placement round, the trend, reflections,
the Vilans model, 80×24, hostile answers."""

from __future__ import annotations

from datetime import date

import yaml
from textual.widgets import DataTable, Input

from coprod_tui.meeting import Workspace
from coprod_tui.model import Participant, Reflection, clean_text
from coprod_tui.model.ladder import MAX_ANSWER_CHARS
from coprod_tui.store.plans import load_plan, plans_dir
from coprod_tui.tui.widgets.ladder_trend import LadderTrend
from coprod_tui.tui.widgets.ladder_view import LadderView
from tests.support import PEOPLE, hostile_texts, make_meeting
from tests.textual_view import notices, screen_text


def ladder_rows(app) -> dict[int, str]:
    """The ladder's lines by rung number (top rung first on screen)."""
    view = app.screen.query_one("#ladder", LadderView)
    lines = [line.plain for line in view.lines(view.content_size.width)]
    top = len(view.model.rungs)
    return {top - index: line for index, line in enumerate(lines)}


async def place(pilot, rung: int, down: int = 0) -> None:
    """enter → the participant picker (next unplaced highlighted), enter → the rung's number."""
    await pilot.press("enter")
    await pilot.pause()
    for _ in range(down):
        await pilot.press("down")
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press(str(rung))
    await pilot.pause()


async def test_six_participants_place_the_project(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        assert type(app.screen).__name__ == "LadderScreen"
        assert "No placements yet" in screen_text(app)
        for rung in (6, 5, 7, 4, 6, 5):  # Fatima, Jan, Mohamed, Els, Priya, Kees
            await place(pilot, rung)
        rows = ladder_rows(app)
        assert rows[7].split("Co-producing")[1].split() == ["██", "1"]
        assert rows[6].split("Co-designing")[1].split() == ["████", "2", "◀", "median", "5.5"]
        assert rows[5].split("Engaging")[1].split() == ["████", "2", "◀", "median", "5.5"]
        assert rows[4].split("Consulting")[1].split() == ["██", "1"]
        for rung in (3, 2, 1):
            assert "█" not in rows[rung] and "median" not in rows[rung]
        assert rows[7].startswith("doing WITH") and rows[5].startswith("doing FOR")
        assert rows[2].startswith("doing TO")
        shown = screen_text(app)
        assert "6 placements · median 5.5, between Engaging and Co-designing" in shown

        stored = store.load_meeting(meeting.session.id)
        by_name = {p.participant: p.rung for p in stored.placements}
        assert by_name == dict(zip(PEOPLE, (6, 5, 7, 4, 6, 5)))

        # Jan changes his mind: still one placement for him; the median moves up.
        await place(pilot, 7, down=1)
        rows = ladder_rows(app)
        assert rows[7].split("Co-producing")[1].split()[:2] == ["████", "2"]
        assert rows[6].split("Co-designing")[1].split() == ["████", "2", "◀", "median"]
        assert "6 placements · median 6 Co-designing" in screen_text(app)
        # An anonymous placement adds one.
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        assert rows != ladder_rows(app)
        assert ladder_rows(app)[1].split("Coercing")[1].split() == ["██", "1"]
        stored = store.load_meeting(meeting.session.id)
        assert len(stored.placements) == 7
        assert [p.rung for p in stored.placements if p.participant == "Jan"] == [7]
    # On the way out the index row gets the median that later meetings' trend reads.
    assert store.summary(meeting.session.id)["ladder_medians"] == {"toolkit": 6.0}


async def test_delete_a_placement_after_confirmation(store, clock, make_app):
    meeting = make_meeting(store, clock)
    meeting.place(6, "Fatima")
    meeting.place(2, "Jan")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        table = app.screen.query_one("#placements", DataTable)
        table.focus()
        await pilot.press("down", "d")
        await pilot.pause()
        assert "Delete the placement of Jan on 2 Educating?" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert len(store.load_meeting(meeting.session.id).placements) == 2
        await pilot.press("d", "y")
        await pilot.pause()
        assert [p.participant for p in store.load_meeting(meeting.session.id).placements] == [
            "Fatima"
        ]
        assert "1 placement · median 6 Co-designing" in screen_text(app)


def three_meetings(store, clock):
    """Meetings of one project in September, October, November; the first two closed."""
    workspace = Workspace(store, clock=clock)
    project = workspace.create_project("Kookgroep De Linde")
    plan = load_plan(plans_dir() / "standard.yaml")
    people = [Participant(name) for name in PEOPLE]
    meetings = []
    for on, rungs in (
        (date(2026, 9, 28), (4, 4, 5)),
        (date(2026, 10, 26), (5, 5, 6, 4)),
        (date(2026, 11, 23), (6, 7, 6)),
    ):
        meeting = workspace.new_meeting(project, plan, participants=people, on=on)
        for name, rung in zip(PEOPLE, rungs):
            meeting.place(rung, name)
        meetings.append(meeting)
    meetings[0].close()
    meetings[1].close()
    return meetings


async def test_trend_over_three_meetings(store, clock, make_app):
    meetings = three_meetings(store, clock)
    app = make_app(meeting_id=meetings[2].session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        trend = app.screen.query_one(LadderTrend)
        lines = [line.plain for line in trend.lines(34)]
        assert lines[1] == "▅▆▇"  # medians 4, 5, 6 on seven rungs (1 is ▁, 7 is █)
        assert lines[2] == "↑ up 1 since 26 Oct"
        assert [line.split()[:2] for line in lines[3:6]] == [["28", "Sep"], ["26", "Oct"]] + [
            ["23", "Nov"]
        ]
        assert [line.split()[3] for line in lines[3:6]] == ["4", "5", "6"]
        assert lines[5].endswith("◀ this meeting")
        assert "28 Sep ████··· 4" in screen_text(app)
        # A placement in this meeting moves its point at once: 6, 7, 6, 7 → 6.5.
        await place(pilot, 7)
        lines = [line.plain for line in trend.lines(34)]
        assert lines[5].split()[3] == "6.5"
        assert lines[2] == "↑ up 1.5 since 26 Oct"


async def test_reflections_are_in_the_minutes(store, clock, make_app, tmp_path):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        assert "1. What do we do?" in screen_text(app)
        await pilot.press(*"We cooked")
        await pilot.press("enter")  # on to the rung of "where does it fit on the ladder?"
        await pilot.pause()
        dialog.query_one("#rung").value = 6
        dialog.query_one("#answer-1", Input).focus()
        await pilot.press(*"menu", "enter", *"more came", "enter", *"ask", "enter")
        # enter in the last answer saves
        await pilot.pause()
        assert type(app.screen).__name__ == "LadderScreen"

        # A personal reflection, as "I": the voice choice is for examples.
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#kind").focus()
        await pilot.press("right", "right", "enter")
        await pilot.pause()
        assert "1. In my own practice, do I tend to do to, for or with?" in screen_text(app)
        assert "4. How could" not in screen_text(app)
        dialog.query_one("#author", Input).value = "Jan"
        dialog.query_one("#answer-0", Input).value = "Mostly for"
        dialog.query_one("#answer-2", Input).value = "Listening; a course"
        await pilot.press("ctrl+s")
        await pilot.pause()

        # An example of doing FOR, voiced "I": the questions follow the voice.
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#kind").focus()
        await pilot.press("right", "enter")
        dialog.query_one("#voice").focus()
        await pilot.press("right", "enter")
        await pilot.pause()
        shown = screen_text(app)
        assert "1. What did I do?" in shown and "4. How could I have achieved" in shown
        dialog.query_one("#answer-0", Input).value = "I wrote the menu alone"
        await pilot.press("ctrl+s")
        await pilot.pause()

        table = app.screen.query_one("#reflections", DataTable)
        assert table.row_count == 3
        assert [str(table.get_row_at(i)[0]) for i in range(3)] == [
            "doing WITH",
            "personal",
            "doing FOR",
        ]
        path = app.meeting.close()

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    first, personal, example_for = data["reflections"]
    assert first["kind"] == "example" and first["example_of"] == "with" and first["voice"] == "we"
    assert first["answers"] == [
        "We cooked",
        "menu",
        "more came",
        "ask",
    ]
    assert first["rung"] == 6
    assert personal["kind"] == "personal" and personal["voice"] == "I"
    assert personal["author"] == "Jan"
    assert personal["answers"] == ["Mostly for", "", "Listening; a course"]
    assert example_for["example_of"] == "for" and example_for["voice"] == "I"
    from coprod_tui.export.text import minutes_text
    from coprod_tui.store.minutes import read_minutes

    text = minutes_text(read_minutes(path))
    assert "Example of doing WITH (as “we”) — anonymous" in text
    assert "6 Co-designing — menu" in text
    assert "How could I have achieved a better outcome?" in text
    assert "Personal reflection (as “I”) — Jan" in text


async def test_vilans_switch_keeps_placements_apart(store, clock, make_app):
    meeting = make_meeting(store, clock)
    meeting.place(7, "Fatima")
    meeting.place(6, "Jan")
    meeting.save_reflection(Reflection(answers=["We cook"], rung=6))
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        assert "model: Vilans model (6 steps)" in screen_text(app)
        rows = ladder_rows(app)
        assert sorted(rows) == [1, 2, 3, 4, 5, 6]
        assert rows[6].startswith("6 Facilitation (the client leads)")
        assert "█" not in "".join(rows.values())
        assert "No placements yet" in screen_text(app)
        await place(pilot, 4)  # Fatima on Vilans step 4
        assert ladder_rows(app)[4].split("Co-design")[1].split() == ["██", "1", "◀", "median"]
        assert "2 on the other ladder," in screen_text(app)
        project = store.project(meeting.project.id)
        assert project.ladder_model == "vilans"
        stored = store.load_meeting(meeting.session.id)
        assert stored.ladder_model == "vilans"
        assert sorted((p.model, p.participant, p.rung) for p in stored.placements) == [
            ("toolkit", "Fatima", 7),
            ("toolkit", "Jan", 6),
            ("vilans", "Fatima", 4),
        ]
        # A reflection placed on the toolkit ladder keeps its rung when changed on Vilans.
        app.screen.query_one("#reflections", DataTable).focus()
        await pilot.press("e")
        await pilot.pause()
        assert "kept: 6 Co-designing (other ladder)" in screen_text(app)
        app.screen.query_one("#answer-0", Input).value = "We cook together"
        await pilot.press("ctrl+s")
        await pilot.pause()
        (reflection,) = store.load_meeting(meeting.session.id).reflections
        assert (reflection.answers[0], reflection.rung, reflection.model) == (
            "We cook together",
            6,
            "toolkit",
        )
        await pilot.press("v")
        await pilot.pause()
        rows = ladder_rows(app)
        assert rows[7].split("Co-producing")[1].split() == ["██", "1", "◀", "median", "6.5"]
        assert "2 placements · median 6.5" in screen_text(app)
    assert store.summary(meeting.session.id)["ladder_medians"] == {"toolkit": 6.5, "vilans": 4.0}
    # The project's next meeting starts on the model the project uses.
    meeting.set_ladder_model("vilans")
    later = Workspace(store, clock=clock).new_meeting(
        store.project(meeting.project.id), load_plan(plans_dir() / "standard.yaml")
    )
    assert later.session.ladder_model == "vilans"


async def test_usable_at_80x24(store, clock, make_app):
    meetings = three_meetings(store, clock)
    meetings[2].save_reflection(Reflection(answers=["We cooked"]))
    app = make_app(meeting_id=meetings[2].session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        shown = screen_text(app)
        for rung in ("7 Co-producing", "1 Coercing", "◀ median"):
            assert rung in shown
        assert "3 placements · median 6 Co-designing" in shown
        assert "Trend · median per meeting" not in shown, "the trend folds away at 80 wide"
        assert "We cooked" in shown and "Fatima" in shown
        assert "t trend" in shown
        await pilot.press("t")
        await pilot.pause()
        shown = screen_text(app)
        assert "Trend · median per meeting" in shown and "28 Sep" in shown
        assert "7 Co-producing" in shown
        await pilot.press("t")
        await pilot.pause()
        assert "Trend · median per meeting" not in screen_text(app)
        # The reflection form fits: every question and Save are on screen.
        await pilot.press("a")
        await pilot.pause()
        shown = screen_text(app)
        for part in ("1. What do we do?", "4. How could we have", "Save", "a rung (optional)"):
            assert part in shown
        await pilot.press("escape")
        await pilot.press("enter")
        await pilot.pause()
        shown = screen_text(app)
        assert "Fatima" in shown and "anonymous (adds a placement)" in shown


async def test_hostile_reflection_answers(store, clock, make_app):
    """Every hostile text as an answer: kept as plain text, or refused with a message."""
    texts = hostile_texts()
    kept = [(w, x) for w, x in texts if 0 < len(clean_text(x)) <= MAX_ANSWER_CHARS]
    kept.sort(key=lambda case: "markup" not in case[0])  # shown first, as an author too
    refused = [(w, x) for w, x in texts if (w, x) not in kept]
    batches = [kept[i : i + 4] for i in range(0, len(kept), 4)]  # one per answer field
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        for batch in batches:
            await pilot.press("a")
            await pilot.pause()
            dialog = app.screen
            for index, (_, text) in enumerate(batch):
                dialog.query_one(f"#answer-{index}", Input).value = text
            dialog.query_one("#author", Input).value = batch[0][1][:60]
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert app.screen is not dialog, batch[0][0]
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        for what, text in refused:  # each refused with a message; the dialog stays open
            dialog.query_one("#error").update("")
            dialog.query_one("#answer-0", Input).value = text
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert app.screen is dialog, what
            assert str(dialog.query_one("#error").render()).strip(), what
        await pilot.press("escape")
        await pilot.pause()
        stored = store.load_meeting(meeting.session.id).reflections
        assert len(stored) == len(batches)
        answers = [answer for reflection in stored for answer in reflection.answers]
        assert answers[: len(kept)] == [clean_text(text) for _, text in kept]
        for answer in answers:
            assert "\x1b" not in answer and "\x00" not in answer and "\u202e" not in answer
        table = app.screen.query_one("#reflections", DataTable)
        assert table.row_count == len(stored)
        shown = screen_text(app)
        assert "[bold red]URGENT[/] please read" in shown, "markup is shown as typed"
        assert "\x1b" not in shown


async def test_closed_meeting_is_read_only_and_reflections_can_be_read(store, clock, make_app):
    meeting = make_meeting(store, clock)
    meeting.place(6, "Fatima")
    meeting.save_reflection(Reflection(answers=["We cook [b]together[/b]", "", "", "Ask"]))
    meeting.close()
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        assert "read-only" in screen_text(app)
        for key in ("enter", "question_mark", "a", "o", "r", "v", "d"):
            await pilot.press(key)
            await pilot.pause()
            assert type(app.screen).__name__ == "LadderScreen", key
        told = [notification.message for notification in notices(app)]
        assert "This meeting is closed: it can be read, not changed." in told
        app.screen.query_one("#reflections", DataTable).focus()
        await pilot.press("e")
        await pilot.pause()
        shown = screen_text(app)
        assert type(app.screen).__name__ == "ReflectionView"
        assert "What do we do?" in shown and "We cook [b]together[/b]" in shown
        await pilot.press("escape")
        await pilot.press("f1")
        await pilot.pause()
        assert "participation ladder" in screen_text(app)
    stored = store.load_meeting(meeting.session.id)
    assert len(stored.placements) == 1 and stored.ladder_model == "toolkit"


async def test_no_meeting_open_shows_an_empty_ladder(store, clock, make_app):
    meeting = make_meeting(store, clock)
    meeting.place(6, "Fatima")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        app.set_meeting(None)
        await pilot.pause()
        shown = screen_text(app)
        assert "no meeting open (h: home)" in shown
        assert "█" not in shown
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "LadderScreen"


async def test_the_keys_go_to_the_placements_not_the_folded_trend(store, clock, make_app):
    meeting = make_meeting(store, clock)
    meeting.start()
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        assert not app.screen.query_one("#trend").display, "folded at 80 columns"
        assert app.focused is app.screen.query_one("#placements", DataTable)
        await pilot.press("t")  # the facilitator unfolds it, moves into it, folds it again
        await pilot.pause()
        app.screen.query_one("#trend").focus()
        await pilot.press("t")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#placements", DataTable)
