"""The readiness check as a facilitator runs it, by the keys on screen: a group check of all 19
questions at 80×24, each person answering (one anonymously), a gap becoming an action, a second
check against the first, Dutch, NO_COLOR."""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import DataTable, Input, Select

from coprod_tui.i18n import set_language
from coprod_tui.model import clean_line, clean_text
from coprod_tui.model.readiness import MAX_NOTE_CHARS
from coprod_tui.model.toolkit import KEY_ELEMENT_KEYS, READINESS_QUESTIONS
from coprod_tui.tui.screens.action_dialogs import ActionForm
from coprod_tui.tui.screens.help import HelpScreen
from coprod_tui.tui.screens.readiness import ReadinessScreen
from coprod_tui.tui.screens.readiness_dialogs import AnswerDialog
from coprod_tui.tui.widgets.readiness_chart import ReadinessChart
from tests.support import hostile_texts, make_meeting
from tests.textual_view import screen_strips, screen_text

FOUR_WEEKS = 60 * 24 * 28


def chart_rows(app) -> dict[str, str]:
    """The diagram's lines by principle."""
    chart = app.screen.query_one(ReadinessChart)
    lines = [line.plain for line in chart.lines(chart.content_size.width)]
    return dict(zip(KEY_ELEMENT_KEYS, lines))


def detail(app) -> str:
    return str(app.screen.query_one("#detail-text").render())


async def open_check(app, pilot) -> None:
    await pilot.press("7")
    await pilot.pause()
    assert isinstance(app.screen, ReadinessScreen)


async def answer(pilot, digit: str, note: str = "") -> None:
    """enter opens the answer, a digit chooses on the scale, enter saves (after the note)."""
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press(digit, *note, "enter")
    await pilot.pause()


async def test_a_group_check_of_all_19_questions_at_80x24(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    values = ["1", "2", "3", "4"]
    async with app.run_test(size=(80, 24)) as pilot:
        await open_check(app, pilot)
        shown = screen_text(app)
        assert "⏎ Answer" in shown and "m Group/each" in shown, "the keys are on screen"
        assert "the first check" in shown and "answers: the group" in shown
        for number in range(19):
            note = "the kitchen less" if number == 6 else ""
            await answer(pilot, values[number % 4], note)
        assert app.screen.principle == "catalysts"
        rows = chart_rows(app)
        assert rows["mutuality"].startswith("  Mutuality    ████")
        assert "▶ Catalysts" in rows["catalysts"]
        assert "2/2" in rows["catalysts"]
    check = store.load_meeting(meeting.session.id).readiness
    assert [a.question for a in check.answers] == [q.key for q in READINESS_QUESTIONS]
    assert [a.value for a in check.answers][:5] == ["yes", "partly", "not_yet", "dont_know", "yes"]
    assert all(a.source == "group" and a.participant is None for a in check.answers)
    assert check.answers[6].note == "the kitchen less"


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_answer_is_given_under_the_table_which_stays_in_view(
    store, clock, make_app, size
):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        await open_check(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AnswerDialog)
        lines = screen_text(app).splitlines()
        box = app.screen.children[0].region
        behind = app.screen_stack[-2]
        assert "▶ Assets" in lines[2], "the diagram stays in view"
        assert box.y >= behind.query_one("#questions").region.bottom, "so does the table"
        assert "Is progress on this tracked?" in "\n".join(lines[: box.y])
        assert box.bottom == size[1] - 2, "at the foot, above the screen's hint and key bar"
        assert "Answer of: the group" in lines[box.y]
        assert "Are the people with direct experience" in lines[box.y + 1], "the question"
        if size == (100, 30):  # room enough: what the detail says stays in view too
            assert behind.query_one("#detail-text").region.bottom <= box.y
        await pilot.press("5")  # a tool's key: the answer stays open
        await pilot.pause()
        assert isinstance(app.screen, AnswerDialog)
        await pilot.press("3", *"the kitchen decides", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReadinessScreen)
        table = app.screen.query_one("#questions", DataTable)
        assert table.get_row_at(0)[2].plain == "not yet"
        assert table.cursor_row == 1, "on to the next question"
        assert detail(app).startswith("Does all design and delivery of services")
        assert "not yet" in chart_rows(app)["assets"]
        assert "Answer of" not in screen_text(app)
    (saved,) = store.load_meeting(meeting.session.id).readiness.answers
    assert (saved.question, saved.value, saved.note, saved.source) == (
        "assets.1",
        "not_yet",
        "the kitchen decides",
        "group",
    )


async def test_arrows_help_and_escape_while_answering(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_check(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AnswerDialog)
        await pilot.press("down", "down", "enter")  # ↑/↓ and enter: to the note
        await pilot.pause()
        assert app.screen.focused is app.screen.query_one("#note", Input)
        await pilot.press(*"hm", "escape")  # typed: escape asks first
        await pilot.pause()
        assert "Close without saving?" in screen_text(app)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, ReadinessScreen)
        assert app.screen.query_one("#questions", DataTable).cursor_row == 0
        await answer(pilot, "2")
        await answer(pilot, "4", "nobody knows")
    check = store.load_meeting(meeting.session.id).readiness
    assert [(a.question, a.value, a.note) for a in check.answers] == [
        ("assets.1", "partly", ""),
        ("assets.2", "dont_know", "nobody knows"),
    ]


async def test_a_note_too_long_is_said_and_the_answer_stays_open(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_check(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("2")
        app.screen.focused.post_message(events.Paste("x" * (MAX_NOTE_CHARS + 1)))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AnswerDialog)
        problem = f"a note holds at most {MAX_NOTE_CHARS} characters; this one has"
        assert problem in screen_text(app)
        assert app.screen.children[0].region.bottom == 22, "still above the key bar"
        await pilot.press("1", "end", "backspace", "enter")  # yes after all, a note one shorter
        await pilot.pause()
        assert isinstance(app.screen, ReadinessScreen)
    (saved,) = store.load_meeting(meeting.session.id).readiness.answers
    assert (saved.value, len(saved.note)) == ("yes", MAX_NOTE_CHARS)


async def test_three_participants_answer_for_themselves_one_anonymously(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_check(app, pilot)
        await pilot.press("right", "right", "m")  # mutuality; each person answers
        await pilot.pause()
        assert "answers: each person" in screen_text(app)
        await pilot.press("enter")  # who answers? Fatima (the first without an answer)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AnswerDialog)
        assert "Answer of: Fatima" in screen_text(app)
        await pilot.press("1", *"it is ours", "enter")
        await pilot.pause()
        await pilot.press("enter")  # Jan is next
        await pilot.pause()
        await pilot.press("2", "enter")
        await pilot.pause()
        await pilot.press("question_mark")  # anonymous
        await pilot.pause()
        assert "Answer of: anonymous" in screen_text(app)
        await pilot.press("3", *"not the kitchen", "enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReadinessScreen)
        table = app.screen.query_one("#questions", DataTable)
        assert table.get_row_at(0)[3].plain == "●1 ◐1 ○1"
        shown = detail(app)
        assert "each person: yes 1 · partly 1 · not yet 1 (1 anonymous)" in shown
        assert "they differ: worth talking about" in shown
        assert "Fatima: yes — it is ours" in shown and "anonymous: not yet" in shown
    check = store.load_meeting(meeting.session.id).readiness
    assert sorted((a.participant or "-", a.value, a.source) for a in check.answers) == [
        ("-", "not_yet", "person"),
        ("Fatima", "yes", "person"),
        ("Jan", "partly", "person"),
    ]


async def test_a_gap_becomes_an_action_with_the_element_and_question_filled_in(
    store, clock, make_app
):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_check(app, pilot)
        await pilot.press("right", "right")
        await answer(pilot, "3")  # mutuality.1: not yet
        await pilot.press("up")
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, ActionForm)
        assert app.screen.query_one("#element", Select).value == "mutuality"
        what = app.screen.query_one("#what", Input)
        assert what.value.startswith("Does everyone know it is their project")
        assert "For a gap in the readiness check — Mutuality" in screen_text(app)
        what.value = "Say at every meeting whose project it is"
        await pilot.press("tab", *"Els", "tab", *"+2w", "tab", *"the kitchen says so", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReadinessScreen)
        table = app.screen.query_one("#questions", DataTable)
        assert table.get_row_at(0)[-1].plain == "→ open"
        assert "→ action: Say at every meeting whose project it is (open)" in detail(app)
        await pilot.press("5")
        await pilot.pause()
        assert "for a gap in the readiness check: Does everyone know" in str(
            app.screen.query_one("#detail-text").render()
        )
    (action,) = store.load_meeting(meeting.session.id).actions
    assert (action.element, action.readiness_question, action.who) == (
        "mutuality",
        "mutuality.1",
        "Els",
    )


async def test_a_second_check_shows_the_change_against_the_first(store, clock, make_app):
    first = make_meeting(store, clock)
    first.answer_question("mutuality.1", "not_yet")
    first.answer_question("mutuality.2", "not_yet")
    first.answer_question("mutuality.3", "partly")
    talk = first.gap_to_action("mutuality.1", "Say whose project it is")
    first.set_action_status(talk.id, "done")
    first.start()
    first.close()
    clock.advance(minutes=FOUR_WEEKS)
    second = make_meeting(store, clock)
    app = make_app(meeting_id=second.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_check(app, pilot)
        shown = screen_text(app)
        assert "check 2 (before: 2026-11-23)" in shown
        assert "▒ 2026-11-23" in shown
        await pilot.press("right", "right")
        await pilot.pause()
        assert "→ action: Say whose project it is (done)" in detail(app)
        await answer(pilot, "1")
        await answer(pilot, "1")
        row = chart_rows(app)["mutuality"]
        assert row == (
            "▶ Mutuality    ██████████ yes     2/5 │ ▒▒········ not yet "
            "↑ up from not yet to yes on 2 of 5"
        )
        assert "up from not yet to yes on 2 of 5" in screen_text(app)
        await pilot.press("up", "up")
        await pilot.pause()
        assert "↑ since 2026-11-23: not yet → yes" in detail(app)


async def test_own_question_added_answered_and_asked_again(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_check(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Do we cook with the garden herbs?", "enter")
        await pilot.pause()
        table = app.screen.query_one("#questions", DataTable)
        assert table.row_count == 4 and table.cursor_row == 3
        assert table.get_row_at(3)[0].plain == "4*"
        await answer(pilot, "3", "not yet")
        await pilot.press("up")  # the next principle came up: back to assets' last question
        await pilot.press("left")
        await pilot.pause()
        assert app.screen.principle == "assets"
    check = store.load_meeting(meeting.session.id).readiness
    (own,) = check.own_questions
    assert own.text == "Do we cook with the garden herbs?"
    assert check.answers[0].question == own.id and check.answers[0].note == "not yet"


async def test_delete_an_answer_after_naming_it(store, clock, make_app):
    meeting = make_meeting(store, clock)
    meeting.answer_question("assets.1", "partly", "we think so")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_check(app, pilot)
        await pilot.press("d")
        await pilot.pause()
        assert "the group: partly — we think so" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert "Delete the answer of the group (partly)?" in screen_text(app)
        await pilot.press("y")
        await pilot.pause()
    assert store.load_meeting(meeting.session.id).readiness.answers == []


async def test_dutch_screen_has_no_english(store, clock, make_app):
    set_language("nl")
    meeting = make_meeting(store, clock)
    meeting.answer_question("mutuality.1", "partly", source="person")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_check(app, pilot)
        await pilot.press("right", "right")
        await pilot.pause()
        shown = screen_text(app)
        for dutch in ("Gereedheidscheck", "Wederkerigheid", "de eerste check", "Weet iedereen"):
            assert dutch in shown, dutch
        for english in ("Readiness", "answer", "Mutuality", "each person", "now", "don't know"):
            assert english not in shown, english
        await pilot.press("enter")
        await pilot.pause()
        shown = screen_text(app)
        assert "Antwoord van: de groep" in shown and "nog niet" in shown
        assert "not yet" not in shown and "Why" not in shown


async def test_no_color_the_diagram_reads_by_its_characters(store, clock, make_app, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    meeting = make_meeting(store, clock)
    meeting.answer_question("assets.1", "yes")
    meeting.answer_question("assets.2", "partly")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_check(app, pilot)
        chart = app.screen.query_one(ReadinessChart)
        region = chart.content_region
        strips = screen_strips(app)[region.y : region.bottom]
        assert strips[0].text.startswith("▶ Assets       ████████·· yes     2/3")
        styles = [segment.style for strip in strips for segment in strip if segment.style]
        colours = {c for s in styles for c in (s.color, s.bgcolor) if c and not c.is_default}
        assert not colours
        assert any(s.reverse for s in styles), "the selected principle in reverse, not colour"


async def test_the_readiness_plan_opens_the_check_from_its_agenda_item(store, clock, make_app):
    meeting = make_meeting(store, clock, plan="readiness")
    assert [item.tool for item in meeting.session.agenda] == [
        "gratitude",
        "readiness",
        "actions",
        "postcards",
    ]
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.meeting.start()
        await pilot.pause()
        await pilot.press("n")  # the next item: the readiness check
        await pilot.pause()
        assert isinstance(app.screen, ReadinessScreen)
        assert app.meeting.current().title == "Readiness check: where do we stand?"


async def test_hostile_notes_and_questions_show_as_plain_text(store, clock, make_app):
    meeting = make_meeting(store, clock)
    texts = [text for _, text in hostile_texts() if clean_line(text)]
    for text in texts:
        note = clean_text(text)[:MAX_NOTE_CHARS]
        meeting.answer_question("assets.1", "partly", note, source="person")
    own = meeting.add_own_question("assets", "[bold red]URGENT[/] {name} %s")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_check(app, pilot)
        assert f"each person: partly {len(texts)} ({len(texts)} anonymous)" in detail(app)
        assert "[bold red]URGENT[/] please read" in detail(app)
        await pilot.press("down", "down", "down")
        await pilot.pause()
        assert app.screen.selected.key == own.id
        assert "[bold red]URGENT[/] {name} %s (our own question)" in detail(app)
        assert "\x1b" not in screen_text(app), "no escape sequence reaches the terminal"


async def test_the_screens_actions_are_in_the_command_palette(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_check(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Own question")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert "Our own question for Assets" in screen_text(app)


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_what_follows_a_question_stays_on_its_rows_as_the_cursor_moves(
    store, clock, make_app, size
):
    # The questions of a principle take one line or more; the detail keeps the room of the
    # longest, so its next lines don't jump (and are not sent to the terminal again).
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        await open_check(app, pilot)
        lines_of = {}
        for _ in range(3):  # the assets' three questions: two long, one short
            question = app.screen.selected
            assert detail(app).startswith(question.text)
            rows = screen_text(app).split("\n")
            hint = next(i for i, line in enumerate(rows) if "Not answered yet" in line)
            lines_of[question.key] = hint
            await pilot.press("down")
            await pilot.pause()
        assert len(set(lines_of.values())) == 1, lines_of
        shown = screen_text(app)
        assert "Is progress on this tracked?" in shown
