"""Run by tests/tui/test_dutch_screens.py in a fresh interpreter: the app as `coprod --lang LANG`
starts it (the language is set before any screen module is imported, as the command does), on
the demo meeting; every tool, its F1 help and the command palette, at one size. Prints JSON:
{"what": screen text}, of a dialog its own box (the screen behind shows around it). In the
pseudo-locale also every dialog a key opens on each tool screen and on home (the phone page
panel, F2's room view), and every notice the keys raise.

    python tests/tui/dutch_walk.py HOME LANG WIDTH HEIGHT     (LANG qps: the pseudo-locale)
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path


async def walk(home: Path, lang: str, size: tuple[int, int]) -> dict[str, str]:
    from coprod_tui.i18n import set_language

    if lang == "qps":  # the test-only pseudo-locale (tests/tui/pseudo.py)
        from tests.tui.pseudo import use_pseudo_locale

        use_pseudo_locale()
    else:
        set_language(lang)
    from coprod_tui.meeting import Workspace
    from coprod_tui.meeting.demo import ensure_demo
    from coprod_tui.store.db import HomeStore
    from coprod_tui.tui.app import CoprodApp
    from coprod_tui.tui.tools import available_tools
    from tests.textual_view import front_text

    store = HomeStore(home).open()
    meeting_id = ensure_demo(store)
    app = CoprodApp(Workspace(store), meeting_id=meeting_id, poll_inbox=False, watch_inbox=False)
    seen: dict[str, str] = {}
    async with app.run_test(size=size) as pilot:

        async def press(*keys: str) -> None:
            for key in keys:
                await pilot.press(key)
                for _ in range(3):
                    await pilot.pause()

        await press()
        for tool in available_tools():
            await press(tool.key)
            seen[tool.mode] = front_text(app)
            await press("f1")
            seen[f"{tool.mode} f1"] = front_text(app)
            await press("escape")
        await press("1")
        seen["bindings"] = "\n".join(  # every key the agenda has, Textual's own ones included
            f"{binding.key}  {binding.description}"
            for (_node, binding, _enabled, _tip) in app.screen.active_bindings.values()
            if binding.description
        )
        await press("ctrl+p")
        seen["palette"] = front_text(app)
        placeholder = app.screen.query_one("CommandInput")
        seen["palette placeholder"] = str(placeholder.placeholder)
        seen["system commands"] = "\n".join(
            f"{command.title} / {command.help}" for command in app.get_system_commands(app.screen)
        )
        await press("escape", "h")
        seen["home"] = front_text(app)
        await press("f1")
        seen["home f1"] = front_text(app)
        await press("escape")
        if lang == "qps":
            seen.update(await dialogs(app, pilot))
    seen.update(await new_meetings(store, size))
    return seen


# Keys a walk through the dialogs leaves alone: Textual's focus and copy keys, and the ones that
# change to another tool or screen (the walk visits each itself).
NOT_DIALOG_KEYS = {"tab", "shift+tab", "ctrl+c", "super+c", "escape", "h", "f1"}


# Dialogs behind a dialog or a view: the keys to reach one, then the keys that undo the view.
SEQUENCES = {
    "ladder": [(("enter", "enter"), ())],  # who places, then the rung
    # the keys above left the diary view open (g): a new page, an open one; then the circle
    "people": [(("a",), ()), (("enter",), ("g",))],
    "home": [(("down", "enter"), ())],  # an earlier, closed meeting: read only
}


def dialog_keys(screen) -> list[str]:
    """The first key of each of the screen's own bindings, in order."""
    keys: list[str] = []
    for binding in type(screen).BINDINGS:
        key = binding.key.split(",")[0] if hasattr(binding, "key") else binding[0].split(",")[0]
        if key not in NOT_DIALOG_KEYS and key not in keys:
            keys.append(key)
    return keys


async def dialogs(app, pilot) -> dict[str, str]:
    """Each key of each tool screen (and home, and F2 on the agenda): every screen it opens on
    top, each one escaped again; every notice raised on the way, under "notices"."""
    from coprod_tui.tui.tools import available_tools
    from tests.textual_view import front_text, notices

    seen: dict[str, str] = {}
    said: list[str] = []

    async def settle() -> None:
        for _ in range(4):
            await pilot.pause()
        for notice in notices(app):
            text = f"{notice.title} / {notice.message}"
            if text not in said:
                said.append(text)

    async def try_key(where: str, back: str, key: str) -> None:
        base = app.screen
        await pilot.press(key)
        await settle()
        depth = 0
        if base in app.screen_stack and app.screen is not base:  # a dialog: its F1 help too
            dialog = app.screen
            await pilot.press("f1")
            await settle()
            if app.screen is not dialog and dialog in app.screen_stack:
                seen[f"{where} {key} f1"] = front_text(app)
                await pilot.press("escape")
                await settle()
        while base in app.screen_stack and app.screen is not base and depth < 4:
            seen[f"{where} {key}" + (f" {depth}" if depth else "")] = front_text(app)
            # the phone page panel: j stops the page (escape would leave it listening)
            await pilot.press("j" if type(app.screen).__name__ == "JoinScreen" else "escape")
            await settle()
            depth += 1
        if base not in app.screen_stack:  # the key went to another tool (the agenda's space)
            seen[f"{where} {key} went to"] = front_text(app)
            await pilot.press(back)
            await settle()
        if app.screen is base and app.focused is not None and "Input" in type(app.focused).__name__:
            await pilot.press("escape")  # a search field took the keys
            await settle()

    tool_keys = {tool.key for tool in available_tools()}
    for tool in [*available_tools(), None]:
        await pilot.press("h" if tool is None else tool.key)
        await settle()
        back = "h" if tool is None else tool.key
        where = "home" if tool is None else tool.mode
        for key in dialog_keys(app.screen):
            if key not in tool_keys:
                await try_key(where, back, key)
        if tool is not None and tool.mode == "agenda":
            await try_key(where, back, "f2")
        for keys, undo in SEQUENCES.get(where, []):
            base = app.screen
            for key in keys:
                await pilot.press(key)
                await settle()
            depth = 0
            while base in app.screen_stack and app.screen is not base and depth < 4:
                name = f"{where} {'+'.join(keys)} again" + (f" {depth}" if depth else "")
                seen[name] = front_text(app)
                await pilot.press("escape")
                await settle()
                depth += 1
            for key in undo:
                await pilot.press(key)
                await settle()
    seen["notices"] = "\n".join(said)
    return seen


async def new_meetings(store, size: tuple[int, int]) -> dict[str, str]:
    """A new meeting from every shipped plan, opened and started (space): its agenda and notice."""
    from coprod_tui.meeting import Workspace
    from coprod_tui.tui.app import CoprodApp
    from tests.textual_view import front_text, notices

    workspace = Workspace(store)
    project = workspace.create_project("Buurtkamer Oost")
    plans, _problems = workspace.plans()
    seen: dict[str, str] = {}
    for plan in plans:
        meeting = workspace.new_meeting(project, plan)
        app = CoprodApp(
            workspace, meeting_id=meeting.session.id, poll_inbox=False, watch_inbox=False
        )
        async with app.run_test(size=size) as pilot:
            for _ in range(3):
                await pilot.pause()
            seen[f"plan {plan.key}"] = front_text(app)
            await pilot.press("space")
            for _ in range(3):
                await pilot.pause()
            seen[f"plan {plan.key} started"] = front_text(app)
            seen[f"plan {plan.key} notices"] = "\n".join(str(n.message) for n in notices(app))
            seen[f"plan {plan.key} agenda"] = "\n".join(i.title for i in app.meeting.session.agenda)
    return seen


if __name__ == "__main__":
    home, lang, width, height = sys.argv[1:5]
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    print(json.dumps(asyncio.run(walk(Path(home), lang, (int(width), int(height))))))
