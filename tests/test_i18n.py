"""Every string a facilitator reads has a Dutch translation; the toolkit's labels switch too."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from coprod_tui.i18n import detect_language, dutch_catalogue, set_language, t
from coprod_tui.model.toolkit import TOOLKIT_LADDER

PACKAGE = Path(__file__).resolve().parents[1] / "coprod_tui"


def translated_literals() -> set[str]:
    """The literal first arguments of every t("…") call, and every screen's HELP text."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and [getattr(target, "id", None) for target in node.targets]
                in (["HELP"], ["GLOBAL_HELP"])
                and isinstance(node.value, ast.Constant)
            ):
                found.add(node.value.value)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_translated_string_has_a_dutch_entry_with_the_same_placeholders():
    catalogue = dutch_catalogue()
    literals = translated_literals()
    assert len(literals) > 20
    missing = sorted(text for text in literals if text not in catalogue)
    assert not missing, f"no Dutch for: {missing}"
    for text in literals:
        assert placeholders(catalogue[text]) == placeholders(text), text


def test_switching_language():
    set_language("nl")
    assert t("Participants") == "Deelnemers"
    assert str(TOOLKIT_LADDER.rung(7).label) == "Co-productie"
    assert (
        t("Card handed in ({who}). Thank you!", who="Jan") == "Kaart ingeleverd (Jan). Dank je wel!"
    )
    set_language("en")
    assert t("Participants") == "Participants"
    assert str(TOOLKIT_LADDER.rung(7).label) == "Co-producing"


def test_language_from_the_locale(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert detect_language() == "nl"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert detect_language() == "en"
