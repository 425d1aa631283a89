"""Run by tests/tui/test_dutch_screens.py in a fresh interpreter: the app as `coprod --lang LANG`
starts it (the language is set before any screen module is imported, as the command does), on
the demo meeting; every tool, its F1 help and the command palette, at one size. Prints JSON:
{"what": screen text}.

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
    from tests.textual_view import screen_text

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
            seen[tool.mode] = screen_text(app)
            await press("f1")
            seen[f"{tool.mode} f1"] = screen_text(app)
            await press("escape")
        await press("1")
        seen["bindings"] = "\n".join(  # every key the agenda has, Textual's own ones included
            f"{binding.key}  {binding.description}"
            for (_node, binding, _enabled, _tip) in app.screen.active_bindings.values()
            if binding.description
        )
        await press("ctrl+p")
        seen["palette"] = screen_text(app)
        placeholder = app.screen.query_one("CommandInput")
        seen["palette placeholder"] = str(placeholder.placeholder)
        seen["system commands"] = "\n".join(
            f"{command.title} / {command.help}" for command in app.get_system_commands(app.screen)
        )
        await press("escape", "h")
        seen["home"] = screen_text(app)
        await press("f1")
        seen["home f1"] = screen_text(app)
        await press("escape")
    seen.update(await new_meetings(store, size))
    return seen


async def new_meetings(store, size: tuple[int, int]) -> dict[str, str]:
    """A new meeting from every shipped plan, opened and started (space): its agenda and notice."""
    from coprod_tui.meeting import Workspace
    from coprod_tui.tui.app import CoprodApp
    from tests.textual_view import notices, screen_text

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
            seen[f"plan {plan.key}"] = screen_text(app)
            await pilot.press("space")
            for _ in range(3):
                await pilot.pause()
            seen[f"plan {plan.key} started"] = screen_text(app)
            seen[f"plan {plan.key} notices"] = "\n".join(str(n.message) for n in notices(app))
            seen[f"plan {plan.key} agenda"] = "\n".join(i.title for i in app.meeting.session.agenda)
    return seen


if __name__ == "__main__":
    home, lang, width, height = sys.argv[1:5]
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    print(json.dumps(asyncio.run(walk(Path(home), lang, (int(width), int(height))))))
