"""In Dutch, no English on screen: every tool, its F1 help, the palette, a new meeting from every
shipped plan and its first notice, at 100x30 and 80x24.

The app runs as ``coprod --lang nl`` starts it: in a fresh interpreter, the language set before
any screen module is imported (key descriptions are read once, when a screen class is made), so
the test sees what a Dutch facilitator sees. tests/tui/dutch_walk.py does the walk.

In the test-only pseudo-locale (tests/tui/pseudo.py, every message in ⟦ ⟧) the walk also opens
every dialog a key opens and collects every notice, at both sizes; the phone page's HTML is
rendered in it too. English left outside the brackets never went through the catalogue.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html import unescape
from http import HTTPStatus
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]

# English that must not reach a Dutch screen: key descriptions, Textual's own words, the plans'
# titles, hints. Whole words, case as written. (The demo's cards, actions and roles are user
# data, in English on purpose: none of these words occurs in them.)
ENGLISH = [
    *[
        "Next",
        "Previous",
        "Back",
        "Add",
        "Edit",
        "Delete",
        "Close",
        "Help",
        "Search",
        "Quit",
        "Keys",
        "Present",
        "Discussed",
        "Park",
    ],
    *[
        "Place",
        "Anonymous",
        "Reflect",
        "Change",
        "Done",
        "Drop",
        "Reopen",
        "Review",
        "Answer",
        "Move",
        "Remove",
        "Share",
    ],
    *[
        "palette",
        "Palette",
        "Screenshot",
        "Maximize",
        "Minimize",
        "Focus",
        "Copy",
        "Welcome",
        "Opportunity",
    ],
    *[
        "meeting",
        "meetings",
        "card",
        "cards",
        "postcards",
        "planned",
        "used",
        "owner",
        "receiver",
        "participants",
    ],
    *[
        "Participants",
        "rung",
        "rungs",
        "median",
        "placements",
        "action",
        "actions",
        "minutes",
        "Minutes",
    ],
    "Search for commands",
    "Gratitude",
    "gratitude",
    "not started",
    "Action plan",
    "Co-production group meeting",
    "(s)",
]
COMMAND = re.compile(r"coprod(\s+--home\s+\S+)?\s+card\b")  # the command's name, not a word: kept
PATTERN = re.compile("|".join(rf"(?<![\w-]){re.escape(word)}(?![\w-])" for word in ENGLISH))


def walk(tmp_path: Path, language: str, size: tuple[int, int]) -> dict[str, str]:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests/tui/dutch_walk.py"), str(tmp_path / "home"), language]
        + [str(n) for n in size],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


@pytest.fixture(scope="module", params=[(100, 30), (80, 24)], ids=["100x30", "80x24"])
def dutch(request, tmp_path_factory) -> dict[str, str]:
    return walk(tmp_path_factory.mktemp("dutch"), "nl", request.param)


def test_no_english_on_any_dutch_screen(dutch):
    found = {
        what: sorted({match.group(0) for match in PATTERN.finditer(COMMAND.sub("", text))})
        for what, text in dutch.items()
    }
    assert not {what: words for what, words in found.items() if words}
    assert {"agenda", "cards", "agenda f1", "palette", "home", "plan standard"} <= set(dutch)


def test_the_walk_would_see_english(tmp_path):
    english = walk(tmp_path, "en", (100, 30))
    assert PATTERN.search(english["agenda"]) and PATTERN.search(english["palette"])


def test_a_new_meeting_from_every_plan_is_dutch(dutch):
    plans = sorted(p.stem for p in (ROOT / "sessions").glob("*.yaml") if p.stem != "demo")
    assert sorted(k.split()[1] for k in dutch if k.endswith(" agenda")) == plans
    assert dutch["plan standard agenda"].splitlines() == [
        "Welkom en dankbaarheidsronde",
        "Kanskaarten",
        "Participatieladder: waar staan we?",
        "Actieplan",
        "Dankbaarheidskaartjes",
    ]
    assert dutch["plan mirror notices"].startswith("Nu: 1 · Welkom en spelregels")
    assert "Welkom en dankbaarhe" in dutch["agenda"]  # cut to fit at 80 columns


def test_the_palette_and_its_commands_speak_dutch(dutch):
    assert dutch["palette placeholder"] == "Zoek een opdracht…"
    commands = dutch["system commands"].splitlines()
    assert "Afsluiten / coprod afsluiten (de bijeenkomst is al bewaard)" in commands
    assert "Schermafbeelding / Een SVG-afbeelding van het scherm bewaren" in commands
    assert "Agenda (1) / Open het scherm Agenda" in commands


def test_the_keys_textual_adds_are_described_in_dutch(dutch):
    keys = dutch["bindings"].splitlines()
    assert "tab  Volgend veld" in keys and "shift+tab  Vorig veld" in keys
    assert "ctrl+q  Afsluiten" in keys and "ctrl+p  palet" in keys
    assert "Toetsen op dit scherm" in dutch["agenda f1"]


def test_the_dutch_key_bar_keeps_help_and_the_palette(dutch):
    for what, text in dutch.items():
        if what in {"agenda", "cards", "ladder", "actions", "home"}:
            bar = text.rstrip("\n").splitlines()[-1]
            assert "f1 Hulp" in bar and "^p palet" in bar, (what, bar)


def test_the_dutch_tool_line_names_every_tool(dutch):
    line = dutch["agenda"].splitlines()[0]
    for name in ("Agenda", "Kaarten", "Dank", "Ladder", "Acties", "Notulen", "Gereed", "Mensen"):
        assert name in line, line


INNER = re.compile(r"⟦[^⟦⟧]*⟧")  # a message, innermost first (a message may hold another)
CUT = re.compile(r"⟦[^⟦⟧]*(…|$)", re.M)  # a message cut short to fit


HEX_ID = re.compile(r"\b[0-9a-f]{8}\b")  # a meeting's id
# Not words: an address, a path, a join code, a command line (F2 shows how to start the room view)
NOT_WORDS = re.compile(
    r"https?://\S+|(?<![\w⟦])/[\w./-]+|\b[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{2}\b"
    r"|\b(ssh -t \w+ )?coprod( --home((\s|│)+[\w./-]+)+?)?(\s|│)+[a-z]+\b"  # it may wrap
)
SCROLLED = re.compile(r"▌[^⟦⟧\n]*⟧")  # a message in a field, its start scrolled out of sight


def outside_the_catalogue(text: str) -> str:
    text = NOT_WORDS.sub(" ", text)
    while True:
        while True:  # whole messages first: a wrapped one spans lines
            shorter = INNER.sub(" ", text)
            if shorter == text:
                break
            text = shorter
        shorter = CUT.sub(" ", text, count=1)  # then one cut short, which may free another
        if shorter == text:
            return HEX_ID.sub(" ", SCROLLED.sub(" ", text))
        text = shorter


def demo_values(node: object) -> list[str]:
    if isinstance(node, dict):
        return [text for value in node.values() for text in demo_values(value)]
    if isinstance(node, list):
        return [text for value in node for text in demo_values(value)]
    return [str(node)]


def english_left(pseudo: dict[str, str]) -> dict[str, set[str]]:
    """Words outside the ⟦ ⟧ that are not the demo's data (names, titles, cards; or one cut
    short at a field's edge), key names or the command's name."""
    demo = yaml.safe_load((ROOT / "sessions/demo.yaml").read_text(encoding="utf-8"))
    data = " ".join(demo_values(demo)) + " Buurtkamer Oost"  # its values: not its keys, comments
    allowed = {word.lower() for word in re.findall(r"[A-Za-z]+", data)}
    allowed |= {"space", "ctrl", "esc", "tab", "shift", "coprod", "yaml", "id"}
    people = [p["name"] for p in demo["participants"] + demo["circle"]]
    names = " ".join([demo["project"], demo["title"], "Buurtkamer Oost", *people]).split()

    def data_word(word: str) -> bool:  # a name may be cut short at a field's or column's edge
        return word.lower() in allowed or any(name.startswith(word) for name in names)

    left = {
        what: {w for w in re.findall(r"[A-Za-z]{3,}", outside_the_catalogue(text))}
        for what, text in pseudo.items()
        if what != "bindings"  # every key of the screen's widgets too, most never shown
    }
    left = {what: {w for w in words if not data_word(w)} for what, words in left.items()}
    return {what: words for what, words in left.items() if words}


@pytest.fixture(scope="module", params=[(100, 30), (80, 24)], ids=["100x30", "80x24"])
def pseudo(request, tmp_path_factory) -> dict[str, str]:
    return walk(tmp_path_factory.mktemp("pseudo"), "qps", request.param)


def test_pseudo_locale_every_word_on_screen_went_through_the_catalogue(pseudo):
    """tests/tui/pseudo.py wraps every message in ⟦ ⟧: on every tool screen, F1, the palette,
    every dialog a key opens (the phone page panel and F2 among them) and every notice the keys
    raise, what is left outside is the data, key names and the command's name, nothing else."""
    assert "⟦" in pseudo["agenda"] and "⟦" in pseudo["agenda f1"]
    dialogs = {"agenda a", "agenda c", "agenda f2", "cards a", "cards A", "cards j"}
    dialogs |= {"ladder enter", "ladder a", "actions a", "readiness A", "people a", "home n"}
    dialogs |= {"ladder enter+enter again", "people a again", "gratitude t", "agenda P"}
    dialogs |= {"home down+enter again", "cards g f1"}  # a closed meeting; the group view's F1
    assert dialogs <= set(pseudo), sorted(dialogs - set(pseudo))
    assert "⟦" in pseudo["notices"]
    assert not english_left(pseudo)


def test_the_pseudo_checker_would_see_english():
    shown = {"dialog": "⟦Add an agenda item⟧ Save ⟦Cancel⟧", "cut": "⟦A long message cut …"}
    shown |= {"name cut": "⟦Mirror meeting⟧ · Buurtk…", "word cut": "⟦Title⟧ Sav…"}
    assert english_left(shown) == {"dialog": {"Save"}, "word cut": {"Sav"}}


def test_pseudo_locale_the_phone_page_went_through_the_catalogue(monkeypatch):
    """The phone page, the thank-you page, every refusal and the room view page, the page's
    English translator wrapping every message in ⟦ ⟧: its visible text has no English left."""
    from coprod_tui import i18n
    from coprod_tui.join import page, room, routes
    from coprod_tui.join.limits import MISSES, REQUESTS, RateLimiter
    from tests.tui.pseudo import Wrapped

    monkeypatch.setitem(i18n._translators, "en", i18n.Translator("en", Wrapped()))
    context = page.PageContext("/j/abcd-efgh-jkmn-pq", project="Kookgroep De Linde")
    follow = page.Follow("/j/x/state", "/j/x/static/follow.js", "/j/x", "1")
    router = routes.Router(
        "abcd-efgh-jkmn-pq",
        language="en",
        requests=RateLimiter(REQUESTS),
        misses=RateLimiter(MISSES),
    )
    shown = {"view": "card", "seconds_left": None, "header": "Kookgroep De Linde"}
    big = "Ask the cook about fresh soup on Fridays."  # the demo's card, shown as data
    shown |= {"item": "Maandoverleg november", "big": big, "byline": "Jan", "lines": []}
    pages = {
        "form": page.form_page(context, "en", once="x", problem="⟦too long⟧", follow=follow),
        "thanks": page.thanks_page(context, "en", author=None),
        "thanks by": page.thanks_page(context, "en", author="Jan"),
        "not found": router.refusal(HTTPStatus.NOT_FOUND).body,
        "unreadable": router.refusal(HTTPStatus.BAD_REQUEST).body,
        "room": room.room_page(context.path, "en", shown),
    }
    visible = {what: visible_text(body.decode()) for what, body in pages.items()}
    visible |= {what: visible_text(html) for what, html in activity_sections().items()}
    assert "⟦" in visible["form"] and "⟦" in visible["room"]
    # its other languages are links in their own names, not English
    assert "Nederlands" in visible["form"]
    visible["form"] = visible["form"].replace("Nederlands", " ")
    assert not english_left(visible)


def activity_sections() -> dict[str, str]:
    """What is open on the phones, in every kind and state: nothing, the form, closed, results."""
    from coprod_tui.join.activity_page import Words, activity_section
    from coprod_tui.join.activity_view import PhoneView
    from coprod_tui.model.activity import Answer

    tr = Words("en")
    card = "Ask the cook about fresh soup on Fridays."  # the demo's card
    sections = {"nothing": activity_section(None, tr, action="/a", home="/j")}
    for kind in ("placement", "dot_vote", "postcards"):
        for state, is_open, hidden in (("open", True, True), ("closed", False, True)):
            view = PhoneView("a1", kind, is_open, hidden, dots=3, options=(("c1", card),))
            section = activity_section(view, tr, action="/a", home="/j", saved="⟦saved⟧")
            sections[f"{kind} {state}"] = section
        shown = PhoneView(
            "a1", kind, False, False, dots=3, options=(("c1", card),), answered=4,
            rung_counts={1: 2, 3: 2}, dot_totals={"c1": 5}, mine=Answer(name="Jan", rung=3),
        )  # fmt: skip
        sections[f"{kind} results"] = activity_section(shown, tr, action="/a", home="/j")
    return sections


def visible_text(html: str) -> str:
    """What a phone shows: no style block, no tags, entities read."""
    html = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def test_a_command_line_wrapped_anywhere_is_not_words():
    wrapped = "│ ssh -t vm coprod --home /tmp/pytest-of-root/pytest-72/pseudo0/home │\n│ room  │"
    assert english_left({"f2": wrapped}) == {}
    assert english_left({"f2": "coprod --home /tmp/x room Save"}) == {"f2": {"Save"}}
