"""Every string a facilitator reads has a Dutch translation; the toolkit's labels switch too."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from coprod_tui.i18n import detect_language, dutch_catalogue, set_language, t
from coprod_tui.model import Card, LadderPlacement, Participant, ValidationError
from coprod_tui.model.agenda import MAX_NOTES_CHARS
from coprod_tui.model.plan import PlanItem, SessionPlan
from coprod_tui.model.toolkit import TOOLKIT_LADDER
from tests.support import make_meeting

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


def test_refusals_of_typed_input_are_in_dutch(store, clock):
    set_language("nl")
    with pytest.raises(ValidationError, match=r"^een kaart heeft tekst nodig \(hij was leeg\)$"):
        Card(text="  \n ")
    with pytest.raises(ValidationError, match="^er passen hoogstens 2000 tekens op een kaart"):
        Card(text="x" * 2001)
    with pytest.raises(ValidationError, match="^een trede moet tussen 1 en 7 liggen, niet 8$"):
        LadderPlacement(8)
    with pytest.raises(ValidationError, match="^agendapunt 1: een agendapunt heeft een titel"):
        SessionPlan("plan", "Title", [PlanItem(" ", 10)])
    meeting = make_meeting(store, clock)
    with pytest.raises(ValidationError) as refused:
        meeting.set_participants([Participant("Anna"), Participant("Anna")], None)
    assert str(refused.value) == (
        "twee deelnemers heten Anna; voeg bij een van beiden een initiaal toe"
    )
    with pytest.raises(ValidationError, match="^notities mogen hoogstens"):
        meeting.set_item_text(meeting.session.agenda[0].id, notes="x" * (MAX_NOTES_CHARS + 1))


def test_refusals_stay_english_in_english():
    with pytest.raises(ValidationError, match=r"^a card needs some text \(it was empty\)$"):
        Card(text="")
    with pytest.raises(ValidationError, match="^a rung must be between 1 and 7; got 8$"):
        LadderPlacement(8)
