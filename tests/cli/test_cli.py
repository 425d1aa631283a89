"""The coprod command from a shell: cards, minutes, version, errors; no Textual where not needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coprod_tui import __version__
from coprod_tui.cli.main import main
from coprod_tui.store import inbox
from coprod_tui.store.db import HomeStore
from tests.support import hostile_bytes, make_meeting

REPO = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "coprod_tui", *args],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        timeout=60,
    )


def test_version():
    result = run("--version")
    assert result.stdout.decode().strip() == f"coprod {__version__}"


def test_card_is_acknowledged_after_it_is_in_the_inbox(tmp_path, capsys):
    home = tmp_path / "home"
    assert main(["--home", str(home), "card", "Soup on Fridays", "--from", "Jan"]) == 0
    assert "Card handed in (Jan)" in capsys.readouterr().out
    (entry,) = inbox.read_new(home / "inbox")
    assert (entry.card.text, entry.card.author) == ("Soup on Fridays", "Jan")


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "empty"), ("  \x00\x1b ", "empty"), ("x" * 2001, "at most 2000 characters")],
)
def test_bad_cards_are_refused_with_a_clear_message(tmp_path, capsys, text, message):
    home = tmp_path / "home"
    assert main(["--home", str(home), "card", text]) == 2
    assert message in capsys.readouterr().err
    assert inbox.pending_names(home / "inbox") == []


def test_a_megabyte_paste_from_stdin_is_refused(tmp_path):
    result = run("--home", str(tmp_path / "h"), "card", "-", stdin=b"x" * 1_000_000)
    assert result.returncode == 2
    assert b"at most 2000 characters" in result.stderr


@pytest.mark.parametrize(("what", "raw"), hostile_bytes())
def test_invalid_utf8_arguments_become_plain_text(tmp_path, what, raw):
    home = tmp_path / "home"
    result = subprocess.run(
        [sys.executable, "-m", "coprod_tui", "--home", str(home), "card", b"ok " + raw],
        capture_output=True,
        cwd=REPO,
        timeout=60,
    )
    assert result.returncode in (0, 2), result.stderr
    for entry in inbox.read_new(home / "inbox"):
        assert entry.card is not None and entry.card.text.isprintable()


def test_control_characters_are_removed(tmp_path):
    home = tmp_path / "home"
    assert main(["--home", str(home), "card", "before\x1b[2Jafter \x1b]0;PWNED\x07"]) == 0
    (entry,) = inbox.read_new(home / "inbox")
    assert entry.card.text == "before[2Jafter ]0;PWNED"


def test_minutes_list_and_show(tmp_path, capsys):
    home = tmp_path / "home"
    store = HomeStore(home).open()
    meeting = make_meeting(store, cards=[("Herbs from the garden", None)])
    meeting.start()
    path = meeting.close()
    store.close()
    (home / "minutes" / "broken.yaml").write_text("schema: [")
    assert main(["--home", str(home), "minutes", "list"]) == 0
    out = capsys.readouterr().out
    assert "Kookgroep De Linde" in out and path.name in out
    assert "broken.yaml" in out and "invalid" in out
    assert main(["--home", str(home), "minutes", "show", meeting.session.id[:8]]) == 0
    shown = capsys.readouterr().out
    assert "Herbs from the garden" in shown and "anonymous" in shown
    assert main(["--home", str(home), "minutes", "show", "nope"]) == 1
    assert "no minutes file" in capsys.readouterr().err


def test_a_corrupt_database_stops_the_app_with_the_message(tmp_path):
    home = tmp_path / "home"
    HomeStore(home).open().close()
    (home / "coprod.json").write_text("{not json")
    result = run("--home", str(home))
    assert result.returncode == 1
    assert b"coprod.json cannot be read" in result.stderr
    assert (home / "coprod.json").read_text() == "{not json"


def test_dutch(tmp_path, capsys):
    assert main(["--home", str(tmp_path), "--lang", "nl", "card", "Idee", "--from", "Els"]) == 0
    assert "Kaart ingeleverd (Els)" in capsys.readouterr().out


IMPORTS = "import sys, {module}; print('textual' in sys.modules)"


@pytest.mark.parametrize(
    "module",
    [
        "coprod_tui.model",
        "coprod_tui.store",
        "coprod_tui.store.db, coprod_tui.store.inbox, coprod_tui.store.minutes,"
        " coprod_tui.meeting, coprod_tui.cli.main, coprod_tui.cli.minutes",
    ],
)
def test_core_modules_load_no_textual(module):
    result = subprocess.run(
        [sys.executable, "-c", IMPORTS.format(module=module)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert result.stdout.strip() == "False", result.stderr


def test_handing_in_a_card_loads_no_textual(tmp_path):
    code = (
        "import sys; from coprod_tui.cli.main import main;"
        f"main(['--home', {str(tmp_path)!r}, 'card', 'x']);"
        f"main(['--home', {str(tmp_path)!r}, 'minutes', 'list']);"
        "print('textual' in sys.modules, 'pyfiglet' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "False False", result.stderr
