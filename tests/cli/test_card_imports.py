"""`coprod card` loads what a hand-in needs and no more (issue #23: a hand-in from a terminal
or over SSH costs little more than starting Python; bench/card_process.py measures it).

Each case runs the command as the installed ``coprod`` script does, in a fresh interpreter,
and lists the modules it loaded. What the standard library loads for argparse, pathlib and
gettext by itself (the floor, run the same way) is not held against the command.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_tui.i18n import LOCALE_DIR

ROOT = Path(__file__).resolve().parents[2]

# What made a hand-in slow, or has no business in one.
NOT_ON_THE_CARD_PATH = {
    "yaml",
    "tinydb",
    "textual",
    "rich",
    "pyfiglet",
    "segno",
    "platformdirs",  # the default home on Linux is worked out without it
    "dataclasses",
    "typing",
    "uuid",
    "tempfile",
    "traceback",
    "threading",
    "importlib.metadata",
    "coprod_tui.model.card",  # the Card dataclass and the toolkit: the rules suffice
    "coprod_tui.model.common",
    "coprod_tui.model.toolkit",
    "coprod_tui.store.inbox",  # the spool's reading side (PyYAML)
    "coprod_tui.store.yamlio",
    "coprod_tui.store.db",
    "coprod_tui.meeting",
    "coprod_tui.tui",
    "coprod_tui.cli.people",
}

AS_THE_SCRIPT = """
import json, sys
from coprod_tui.cli.main import main
status = main(sys.argv[1:])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""

FLOOR = """
import argparse, contextlib, datetime, gettext, json, pathlib, signal, sys, unicodedata
parser = argparse.ArgumentParser(prog="floor")
parser.add_argument("--home")
parser.add_subparsers(dest="command").add_parser("card").add_argument("text")
parser.parse_args(["--home", "h", "card", "x"])
gettext.gettext("x")
print(json.dumps({"status": 0, "modules": sorted(sys.modules)}))
"""


def loaded(code: str, *argv: str, stdin: bytes = b"", env: dict[str, str] | None = None):
    result = subprocess.run(
        [sys.executable, "-c", code, *argv],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    shown = json.loads(result.stdout.decode().strip().splitlines()[-1])
    return shown["status"], set(shown["modules"])


def fresh_dutch_catalogue() -> bool:
    folder = LOCALE_DIR / "nl" / "LC_MESSAGES"
    mo, po = folder / "coprod.mo", folder / "coprod.po"
    return mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime)


CASES = {
    "anonymous": (["card", "Soup on Fridays"], b""),
    "named, in Dutch": (["--lang", "nl", "card", "Soep op vrijdag", "--from", "Els"], b""),
    "from standard input, for a project": (["card", "-", "--project", "Kookgroep"], b"Herbs?\n"),
    "refused: empty": (["card", "  "], b""),
}
STATUS = {"refused: empty": 2}


@pytest.mark.parametrize("case", CASES)
def test_a_hand_in_loads_no_yaml_tinydb_textual_or_model_dataclasses(tmp_path, case):
    argv, stdin = CASES[case]
    if "nl" in argv and not fresh_dutch_catalogue():
        pytest.skip("no fresh Dutch .mo (scripts/catalogues.py compile): the .po would be read")
    _, floor = loaded(FLOOR)
    status, modules = loaded(AS_THE_SCRIPT, "--home", str(tmp_path / "home"), *argv, stdin=stdin)
    assert status == STATUS.get(case, 0)
    assert "coprod_tui.store.spool_writer" in modules, "the check sees the card path"
    assert modules & (NOT_ON_THE_CARD_PATH - floor) == set()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="elsewhere: platformdirs")
def test_the_default_home_is_found_without_platformdirs(tmp_path):
    data = tmp_path / "data"
    env = {"XDG_DATA_HOME": str(data), "COPROD_HOME": ""}
    status, modules = loaded(AS_THE_SCRIPT, "card", "Soup", env=env)
    assert status == 0
    assert "platformdirs" not in modules
    assert len(os.listdir(data / "coprod" / "inbox" / "new")) == 1


def test_the_parser_leaves_shutil_alone_and_wraps_help_as_argparse_would(monkeypatch):
    """argparse would import shutil (and bz2, lzma) on every run just for the terminal width."""
    import shutil

    from coprod_tui.cli.main import _terminal_columns

    code = (
        "import sys; from coprod_tui.cli.main import build_parser\n"
        "build_parser(['card']).parse_args(['card', 'x', '--from', 'Els'])\n"
        "print(__import__('json').dumps({'status': 0, 'modules': sorted(sys.modules)}))"
    )
    assert "shutil" not in loaded(code)[1]
    for columns in (None, "", "0", "-3", "wide", "57", "200"):
        if columns is None:
            monkeypatch.delenv("COLUMNS", raising=False)
        else:
            monkeypatch.setenv("COLUMNS", columns)
        assert _terminal_columns() == shutil.get_terminal_size().columns, columns
