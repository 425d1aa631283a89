"""The gettext catalogues: complete, current, compiled; the functions that read them."""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import string
import sys
from pathlib import Path
from types import ModuleType

import pytest

from coprod_tui import i18n
from coprod_tui.i18n import LANGUAGES, detect_language, n, pt, set_language, t, translator
from coprod_tui.i18n.catalogue import compile_po, read_po
from coprod_tui.model import Card, LadderPlacement, Participant, ValidationError
from coprod_tui.model.agenda import MAX_NOTES_CHARS
from coprod_tui.model.plan import PlanItem, SessionPlan
from coprod_tui.model.toolkit import ACTION_STATUSES, TOOLKIT_LADDER, Label
from coprod_tui.store.plans import available_plans, load_plan
from tests.support import make_meeting

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "coprod_tui"
CATALOGUES = sorted((ROOT / "coprod_tui/i18n/locale").glob("*/LC_MESSAGES/coprod.po"))


def load_script(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def extracted() -> dict[tuple[str | None, str], object]:
    """What the source marks for translation, found the way `scripts/catalogues.py update` does."""
    pytest.importorskip("babel")
    catalogues = load_script("coprod_catalogues_script", ROOT / "scripts/catalogues.py")
    return {
        (m.context, m.id if isinstance(m.id, str) else m.id[0]): m
        for m in catalogues.extract()
        if m.id
    }


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_there_is_a_dutch_catalogue():
    assert [po.parts[-3] for po in CATALOGUES] == ["nl"]
    assert "nl" in LANGUAGES


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda po: po.parts[-3])
def test_every_marked_string_has_an_entry_and_every_entry_is_used(po, extracted):
    messages = [m for m in read_po(po) if m.msgid]
    entries = {m.key for m in messages}
    assert len(entries) == len(messages), "an entry appears twice"
    missing = sorted(set(extracted) - entries, key=str)
    assert not missing, f"not in {po.name} (run scripts/catalogues.py update): {missing}"
    obsolete = sorted(entries - set(extracted), key=str)
    assert not obsolete, f"in {po.name} but nowhere in the source: {obsolete}"
    assert len(entries) > 500


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda po: po.parts[-3])
def test_every_entry_is_translated_not_fuzzy_and_keeps_its_placeholders(po):
    for message in read_po(po):
        if not message.msgid:
            assert not message.fuzzy, "the header is marked fuzzy: gettext would still read it"
            continue
        where = f"{po.name}:{message.line} {message.msgid!r}"
        assert not message.fuzzy, f"fuzzy (check it, then remove the flag): {where}"
        assert message.translated, f"not translated: {where}"
        english = placeholders(message.msgid) | placeholders(message.plural or "")
        for text in message.strings:
            assert placeholders(text) == english, f"placeholders differ: {where} → {text!r}"


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda po: po.parts[-3])
def test_the_compiled_catalogue_says_what_the_po_says(po, tmp_path):
    """Our .po reader and .mo writer, checked by Babel's reader; a .mo beside the .po is current."""
    babel_po = pytest.importorskip("babel.messages.pofile")
    babel_mo = pytest.importorskip("babel.messages.mofile")

    def plain(value):
        return tuple(value) if isinstance(value, (list, tuple)) else value

    with po.open("rb") as file:
        expected = {
            (m.context, plain(m.id)): plain(m.string) for m in babel_po.read_po(file) if m.id
        }
    mo = tmp_path / "coprod.mo"
    compile_po(po, mo)
    built = [mo]
    beside = po.with_suffix(".mo")
    # What make catalogues left. One older than the .po (a merge brought new entries) is not
    # read: the app reads the .po then. One the app would read must say what the .po says.
    if beside.exists() and beside.stat().st_mtime >= po.stat().st_mtime:
        built.append(beside)
    for path in built:
        with path.open("rb") as file:
            found = {
                (m.context, plain(m.id)): plain(m.string) for m in babel_mo.read_mo(file) if m.id
            }
        assert found == expected, f"{path} is not the .po compiled: run make catalogues"


def test_the_wheel_build_compiles_every_catalogue(tmp_path):
    pytest.importorskip("hatchling")
    hook = load_script("coprod_hatch_build", ROOT / "hatch_build.py")
    built = hook.compile_catalogues(ROOT, tmp_path)
    assert sorted(built.values()) == [
        po.relative_to(ROOT).with_suffix(".mo").as_posix() for po in CATALOGUES
    ]


def test_a_missing_or_older_mo_means_the_po_is_read(tmp_path, monkeypatch):
    folder = tmp_path / "nl" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po = folder / "coprod.po"
    po.write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=utf-8\\n"\n\n'
        'msgid "Hello"\nmsgstr "Hallo"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    assert i18n._load("nl").gettext("Hello") == "Hallo"
    compile_po(po, folder / "coprod.mo")
    po.write_text(po.read_text(encoding="utf-8").replace("Hallo", "Hoi"), encoding="utf-8")
    os.utime(folder / "coprod.mo", (1, 1))  # the .mo from before the edit
    assert i18n._load("nl").gettext("Hello") == "Hoi"
    compile_po(po, folder / "coprod.mo")
    po.unlink()  # an installed wheel: the .mo alone
    assert i18n._load("nl").gettext("Hello") == "Hoi"


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


def test_one_english_word_two_meanings():
    set_language("nl")
    assert t("done") == "klaar"  # an agenda item
    assert pt("action status", "done") == "gedaan"
    assert str(ACTION_STATUSES["done"]) == "gedaan"
    set_language("en")
    assert pt("action status", "done") == "done"


def test_plurals_fill_in_the_count():
    set_language("en")
    assert n("{count} new card arrived", "{count} new cards arrived", 1) == "1 new card arrived"
    assert n("{count} new card arrived", "{count} new cards arrived", 2) == "2 new cards arrived"
    set_language("nl")
    one = n("{count} new card arrived", "{count} new cards arrived", 1)
    assert one == "1 nieuwe kanskaart binnengekomen"
    many = n("{count} new card arrived", "{count} new cards arrived", 3)
    assert many == "3 nieuwe kanskaarten binnengekomen"


def test_no_card_s_anywhere():
    """Counts are n(), never "card(s)": not in the source's strings, not in a catalogue."""
    pattern = re.compile(r"[a-z]\((s|en|n|e)\)(?!\w)")
    texts = [(po, m.line, text) for po in CATALOGUES for m in read_po(po) for text in m.strings]
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.append((path, node.lineno, node.value))
    found = [f"{path}:{line}: {text[:80]!r}" for path, line, text in texts if pattern.search(text)]
    assert not found, found


def test_a_translator_per_language_leaves_the_app_language_alone():
    set_language("en")
    assert translator("nl").t("Participants") == "Deelnemers"
    assert t("Participants") == "Participants"
    set_language("nl")
    assert translator("en").t("Participants") == "Participants"
    assert t("Participants") == "Deelnemers"
    with pytest.raises(ValueError):
        translator("xx")


def test_an_old_style_label_with_its_dutch_fails_at_once():
    with pytest.raises(TypeError):
        Label("Coercing", "Dwingen")  # type: ignore[misc]


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


SHIPPED_PLANS = sorted(p.stem for p in (ROOT / "sessions").glob("*.yaml") if p.stem != "demo")


@pytest.mark.parametrize("key", SHIPPED_PLANS)
def test_every_shipped_plan_speaks_every_language(key):
    plans, problems = available_plans()
    assert not problems
    plan = next(p for p in plans if p.key == key)
    texts = [plan.name, plan.title, plan.description, *(item.title for item in plan.agenda)]
    for words in texts:
        assert set(words) == set(LANGUAGES), (key, dict(words))
    set_language("nl")
    dutch = [item.title for item in plan.agenda_items()]
    set_language("en")
    english = [item.title for item in plan.agenda_items()]
    assert all(d != e for d, e in zip(dutch, english))
    assert plan.title.text("en") != plan.title.text("nl")


def test_a_new_meeting_keeps_the_agenda_it_was_made_in(store, clock):
    set_language("nl")
    meeting = make_meeting(store, clock, plan="standard")
    titles = [item.title for item in meeting.session.agenda]
    assert titles[0] == "Welkom en dankbaarheidsronde" and meeting.session.title == (
        "Bijeenkomst co-productiegroep"
    )
    set_language("en")
    assert [item.title for item in meeting.session.agenda] == titles


def test_a_plan_in_one_language_works_in_every_language(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "name: Ons overleg\ntitle: Overleg\nagenda:\n  - {title: Koffie, minutes: 5}\n",
        encoding="utf-8",
    )
    for language in LANGUAGES:
        set_language(language)
        plan = load_plan(path)
        assert (str(plan.name), str(plan.title)) == ("Ons overleg", "Overleg")
        assert [item.title for item in plan.agenda_items()] == ["Koffie"]


def test_a_new_language_starts_from_the_template_with_its_own_name(tmp_path, monkeypatch):
    pytest.importorskip("babel")
    catalogues = load_script("coprod_catalogues_new", ROOT / "scripts/catalogues.py")
    monkeypatch.setattr(catalogues, "LOCALE", tmp_path)
    monkeypatch.setattr(catalogues, "TEMPLATE", ROOT / "coprod_tui/i18n/locale/coprod.pot")
    po = catalogues.new("de")
    messages = read_po(po)
    assert len([m for m in messages if m.msgid]) > 500 and not any(
        m.translated for m in messages[1:]
    )
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    assert i18n.Translator("de", i18n._load("de")).name == "Deutsch"


def test_the_phone_page_offers_every_other_language_by_its_own_name():
    from coprod_tui.join import page

    html = page.form_page(page.PageContext("/j/x"), "en", once="t").decode()
    assert '<a href="/j/x?lang=nl" lang="nl">Nederlands</a>' in html
