"""`coprod diary` and `coprod profile`: the project diary of the demo, checked on its content;
a profile exported for the person and deleted completely, with a grep of the home after."""

from __future__ import annotations

from markdown_it import MarkdownIt

from coprod_tui.cli.main import main
from coprod_tui.meeting import Workspace
from coprod_tui.meeting.demo import ensure_demo
from coprod_tui.store.db import HomeStore

PROJECT = "Kookgroep De Linde"


def demo_home(tmp_path):
    home = tmp_path / "home"
    store = HomeStore(home).open()
    try:
        ensure_demo(store)
    finally:
        store.close()
    return home


def every_file(home):
    return [path for path in home.rglob("*") if path.is_file()]


def test_the_project_diary_of_the_demo(tmp_path, capsys):
    home = demo_home(tmp_path)
    assert main(["--home", str(home), "diary", "--project", PROJECT.lower(), "-o", "-"]) == 0
    text = capsys.readouterr().out
    tokens = MarkdownIt().enable("table").parse(text)
    headings = [
        tokens[i + 1].content for i, token in enumerate(tokens) if token.type == "heading_open"
    ]
    assert headings[:7] == [
        f"Project diary: {PROJECT}",
        "Meetings",
        "The ladder over time",
        "Readiness checks",
        "Actions",
        "Done (1)",
        "Still open (2)",
    ]
    assert "Circle of support: then and now" in headings
    assert "Gratitude diary (2)" in headings
    assert "Els · " in " ".join(headings) and any(h.startswith("anonymous") for h in headings)
    assert "3 meetings, from" in text
    assert "The median moved: up from 4 to 5." in text
    assert "| Catalysts | yes |" in text  # the demo's readiness check
    assert "Invite the neighbourhood to the next cooking day" in text  # done
    assert "Map the residents' cooking skills" in text  # still open
    assert "Moved inward since the start: Jan, Priya." in text
    assert "| 1 co-producers | Els (carer), Fatima (resident) | Els (carer), Fatima" in text
    assert "I cooked for twenty people for the first time." in text
    assert "tbody_open" in [token.type for token in tokens], "the tables render as tables"
    # profiles are not in the project diary
    assert "vegetable soup" not in text


def test_the_project_diary_in_dutch_to_a_file(tmp_path):
    home = demo_home(tmp_path)
    out = tmp_path / "dagboek.md"
    args = ["--home", str(home), "--lang", "nl", "diary", "--project", PROJECT, "-o", str(out)]
    assert main(args) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith(f"# Projectdagboek: {PROJECT}")
    assert "## Cirkel van ondersteuning: toen en nu" in text
    assert "## Dankbaarheidsdagboek (2)" in text
    assert "| 1 co-producenten |" in text


def test_an_unknown_project_is_named_with_the_known_ones(tmp_path, capsys):
    home = demo_home(tmp_path)
    assert main(["--home", str(home), "diary", "--project", "Nope"]) == 2
    assert PROJECT in capsys.readouterr().err


def test_a_profile_is_exported_for_the_person_then_deleted_completely(tmp_path, capsys):
    home = demo_home(tmp_path)
    secret = "MY-SECRET-ANSWER-4711"
    store = HomeStore(home).open()
    try:
        project = store.project_by_name(PROJECT)
        people = Workspace(store).people(project)
        people.save_profile("Jan", important=secret, support="speak one at a time")
        meeting = Workspace(store).open_meeting(store.summaries(project.id)[0]["id"])
        meeting.write_minutes()  # minutes written while the profile exists
    finally:
        store.close()

    assert main(["--home", str(home), "profile", "export", "--project", PROJECT, "Jan"]) == 0
    exported = list((home / "exports" / "profiles").glob("*.md"))
    assert len(exported) == 1 and secret in exported[0].read_text(encoding="utf-8")
    assert main(["--home", str(home), "minutes", "search", "soup"]) in (0, 1)  # fills the cache
    assert [p for p in every_file(home) if secret.encode() in p.read_bytes()], "it was there"

    capsys.readouterr()
    assert main(["--home", str(home), "profile", "delete", "--project", PROJECT, "jan"]) == 0
    said = capsys.readouterr().out
    assert "is deleted" in said and "still in the circle" in said
    holding = [p for p in every_file(home) if secret.encode() in p.read_bytes()]
    assert holding == [], f"the profile is still in {holding}"
    assert not list((home / "exports" / "profiles").glob("*.md"))
    assert b"speak one at a time" not in b"".join(p.read_bytes() for p in every_file(home))
    # Fatima's profile is untouched
    store = HomeStore(home).open(lock=False)
    try:
        people = Workspace(store).people(store.project_by_name(PROJECT))
        assert people.profile("Fatima") is not None and people.profile("Jan") is None
    finally:
        store.close()
    assert main(["--home", str(home), "profile", "delete", "--project", PROJECT, "Jan"]) == 2


def test_deleting_a_profile_waits_for_the_app_to_close(tmp_path, capsys):
    home = demo_home(tmp_path)
    app_store = HomeStore(home).open()  # the app holds the home
    try:
        code = main(["--home", str(home), "profile", "delete", "--project", PROJECT, "Jan"])
    finally:
        app_store.close()
    assert code == 1 and "Close it first" in capsys.readouterr().err
