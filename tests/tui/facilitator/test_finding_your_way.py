"""Finding your way (issue 17): the tool line names every tool and its key with the current one
in brackets; the key bar keeps F1 help and each screen's main actions; every F1 lists ^q Quit.
At 80x24 and 100x30, in English and Dutch, with the keys a facilitator presses."""

from __future__ import annotations

from coprod_tui.i18n import t
from coprod_tui.tui.tools import ALL_TOOLS
from coprod_tui.tui.widgets.key_bar import KeyBar
from coprod_tui.tui.widgets.tool_line import ToolLine
from tests.support import make_meeting
from tests.tui.facilitator.helpers import languages, press, said, settle, shown, sizes

SHORT = {tool.key: tool.short_title for tool in ALL_TOOLS}
FULL = {tool.key: tool.title for tool in ALL_TOOLS}


def tool_line(app) -> str:
    return shown(app).splitlines()[0]


def drawn_tools(line: str) -> dict[str, str]:
    """key → the words drawn after it (a name, a short name or nothing), "[…]" kept."""
    found: dict[str, str] = {}
    words = line.replace("[", " [ ").replace("]", " ] ").split()
    for index, word in enumerate(words):
        if word in FULL and word not in found:
            rest = []
            for after in words[index + 1 :]:
                if after in FULL or after in "[]":
                    break
                rest.append(after)
            found[word] = " ".join(rest)
    return found


@languages
@sizes
async def test_every_tool_screen_shows_the_tools_and_their_keys(store, clock, make_app, lang, size):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        for tool in ALL_TOOLS:
            await press(pilot, tool.key)
            line = tool_line(app)
            assert len(line) <= size[0]
            assert f"[{tool.key} " in line, f"{tool.title}: the current tool is in brackets"
            drawn = drawn_tools(line)
            assert list(drawn) == [t.key for t in ALL_TOOLS], "every tool, in key order"
            for key, words in drawn.items():
                whole = {t(FULL[key]), t(SHORT[key]), ""}  # ("Agenda" is Dutch too)
                assert words in whole, f"{words!r}: a name is whole or short, never cut"
            if size[0] >= 100:
                assert all(words == t(FULL[key]) for key, words in drawn.items())
            else:
                assert drawn[tool.key] in (t(FULL[tool.key]), t(SHORT[tool.key]))


@languages
async def test_the_current_tool_is_marked_by_more_than_colour(store, clock, make_app, lang):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "4")
        line = app.screen.query_one(ToolLine).render()
        start = line.plain.index("[4")
        current = [span for span in line.spans if span.start == start]
        assert current and "reverse" in str(current[0].style), "reversed, besides the brackets"
        assert line.plain.count("[") == 1


@languages
@sizes
async def test_new_cards_wait_beside_the_cards_tool_and_a_click_opens_a_tool(
    store, clock, make_app, lang, size
):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        await press(pilot, "4")
        assert "●" not in tool_line(app)
        app.meeting.add_card("Soup on Fridays")  # as the inbox stores a card handed in
        app.meeting.add_card("A bus to the market")
        await settle(pilot)
        assert "2 " in tool_line(app) and "●2" in tool_line(app)
        column = tool_line(app).index("3 ")  # the gratitude tool, by its key
        await pilot.click(ToolLine, offset=(column, 0))
        await settle(pilot)
        assert app.current_mode == "gratitude" and "[3 " in tool_line(app)


@sizes
async def test_a_closed_meeting_shows_no_cards_waiting(store, clock, make_app, size):
    meeting = make_meeting(store, clock, cards=[("Soup on Fridays", "Jan"), ("A bus", None)])
    meeting.start()
    meeting.close()  # two cards were never taken up: they are carried on, not waiting here
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        await press(pilot, "2")
        assert app.meeting is not None and app.meeting.read_only
        assert "[2 " in tool_line(app) and "●" not in tool_line(app)


async def test_the_tool_line_is_not_drawn_again_while_the_timer_runs(store, clock, make_app):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)

    class Mono:
        now = 1000.0

        def __call__(self) -> float:
            return self.now

    app.monotonic = mono = Mono()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "3")
        line = app.screen.query_one(ToolLine)
        renders: list[int] = []
        original = line.render
        line.render = lambda: renders.append(1) or original()  # type: ignore[method-assign]
        await press(pilot, "space")
        for _ in range(5):
            mono.now += 1
            app.screen.tick()
            await settle(pilot)
        assert app.screen.digits.seconds == 55
        assert not renders, "a clock tick costs the tool line nothing"


@languages
@sizes
async def test_the_key_bar_keeps_help_and_the_main_actions(key_words, store, clock, make_app, size):
    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    main = {
        "1": [("space", "Start/pause"), ("n", "Next"), ("a", "Add"), ("c", "Close")],
        "3": [("space", "Start/pause"), ("n", "Next"), ("s", "Pass")],
        "4": [("⏎", "Place"), ("?", "Anonymous"), ("a", "Reflect")],
        "5": [("a", "Add"), ("e", "Edit"), ("c", "Done")],
        "6": [("/", "Search"), ("x", "Export Markdown")],
        "7": [("⏎", "Answer"), ("m", "Group/each"), ("A", "Gap → action")],
        "8": [("a", "Add"), ("m", "Move")],
    }
    async with app.run_test(size=size) as pilot:
        for key, actions in main.items():
            await press(pilot, key)
            bar = shown(app).splitlines()[-1]
            assert bar.rstrip().endswith(f"f1 {said('Help')} ^p {t('palette')}"), bar
            for display, description in actions:
                assert f"{display} {said(description)}" in bar, f"{key}: {bar}"


@languages
@sizes
async def test_the_cards_key_bar_keeps_show_to_group(key_words, store, clock, make_app, size):
    meeting = make_meeting(store, clock)
    meeting.add_card("Soup on Fridays")
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        await press(pilot, "2")
        bar = shown(app).splitlines()[-1]
        for display, description in [
            ("⏎", "Present"),
            ("t", "Discussed"),
            ("x", "Park"),
            ("g", "Show to group"),
        ]:
            assert f"{display} {said(description)}" in bar, bar
        assert bar.rstrip().endswith(f"f1 {said('Help')} ^p {t('palette')}")
        await press(pilot, "enter", "g")  # present the card, show it to the group
        bar = shown(app).splitlines()[-1]
        assert f"esc {said('Back to the inbox')}" in bar and f"n {said('Next card')}" in bar
        assert bar.rstrip().endswith(f"f1 {said('Help')} ^p {t('palette')}")


@languages
@sizes
async def test_every_screens_help_says_how_to_quit(store, clock, make_app, lang, size):
    meeting = make_meeting(store, clock)
    meeting.add_card("Soup on Fridays")
    app = make_app(meeting_id=meeting.session.id)
    quit_line = f"^q  {said('Quit (the meeting is already saved)')}"
    async with app.run_test(size=size) as pilot:
        for keys in (["h"], *([tool.key] for tool in ALL_TOOLS), ["2", "enter", "g"]):
            await press(pilot, *keys)
            about = type(app.screen).__name__
            await press(pilot, "f1", "end")
            assert type(app.screen).__name__ == "HelpScreen"
            assert quit_line in shown(app), f"F1 on {about} lists ^q"
            assert said("Keys everywhere") in shown(app)
            await press(pilot, "escape")
            if about == "GroupView":
                await press(pilot, "escape")


@languages
@sizes
async def test_every_dialog_and_panel_keeps_f1_help(key_words, store, clock, make_app, size):
    from coprod_tui.tui.screens.join import JoinScreen

    meeting = make_meeting(store, clock)
    app = make_app(meeting_id=meeting.session.id)
    async with app.run_test(size=size) as pilot:
        openings = [["1", "a"], ["2", "a"], ["5", "a"], ["8", "a"], ["f2"], ["2", "join"]]
        bars = 0
        for keys in openings:
            if keys[-1] == "join":  # the phone panel, on loopback (j would pick a network address)
                await press(pilot, *keys[:-1])
                app.push_screen(JoinScreen(host="127.0.0.1", port=0))
                await settle(pilot)
            else:
                await press(pilot, *keys)
            dialog = app.screen
            assert dialog.is_modal, f"{keys}: a dialog or panel is open"
            if dialog.query(KeyBar):  # a panel with a key bar shows F1 in it; a form box has none
                bar = shown(app).splitlines()[-1]
                assert bar.rstrip().endswith(f"f1 {said('Help')}"), f"{keys}: {bar}"
                bars += 1
            await press(pilot, "f1")
            assert type(app.screen).__name__ == "HelpScreen", f"{keys}: F1 opens the help"
            await press(pilot, "escape")
            assert app.screen is dialog, "escape leaves the help, back in the dialog"
            await press(pilot, "escape")
            assert not app.screen.is_modal
        assert bars >= 1, "the phone panel has a key bar, and it shows F1"
