"""What the facilitator tests share: the two sizes, both languages, keys that run a meeting."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from textual.widgets import Static

from coprod_tui.i18n import language, t
from tests.textual_view import screen_text

SIZES = [(80, 24), (100, 30)]
LANGUAGES = ["en", "nl"]

sizes = pytest.mark.parametrize("size", SIZES, ids=["80x24", "100x30"])
languages = pytest.mark.parametrize("lang", LANGUAGES, indirect=True)


def said(english: str, /, **values: object) -> str:
    """What the app says for ``english`` in its language now; in Dutch it must be translated
    (so a test in Dutch fails on a string that reached the screen in English)."""
    text = t(english, **values)
    if language() == "nl":
        assert text != english.format(**values), f"no Dutch for {english!r}"
    return text


async def settle(pilot, rounds: int = 2) -> None:
    for _ in range(rounds):
        await pilot.pause()


async def press(pilot, *keys: str) -> None:
    """Press keys one at a time, letting the screen settle after each (dialogs open)."""
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def shown(app) -> str:
    return screen_text(app)


def document_text(app, width: int) -> str:
    """All of an open minutes document, as it reads at ``width`` columns (it scrolls)."""
    console = Console(width=width, file=io.StringIO(), color_system=None, legacy_windows=False)
    for static in app.screen.query_one("MinutesDocument").query(Static):
        console.print(static.content)
    return console.file.getvalue()


async def place(pilot, rung: int) -> None:
    """On the ladder: enter, the first participant not placed yet, the rung's number."""
    await press(pilot, "enter", "enter", str(rung))


async def close_meeting(app, pilot) -> None:
    """On the agenda (1): c, then yes."""
    await press(pilot, "1", "c", "y")
    await app.workers.wait_for_complete()
    await settle(pilot)
