"""`coprod actions export`: a project's action plan for sharing, as CSV or Markdown."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from coprod_tui.cli import actions as actions_export
from coprod_tui.cli.main import main
from coprod_tui.meeting import Workspace
from coprod_tui.store.db import HomeStore
from coprod_tui.store.plans import load_plan, plans_dir
from tests.support import FakeClock, hostile_texts, make_meeting

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def export_day(monkeypatch):
    """Overdue is measured on the day of the export: 2026-12-21, the second meeting's day."""
    monkeypatch.setattr(actions_export, "today", lambda: date(2026, 12, 21))


def two_meetings(home: Path) -> dict[str, str]:
    """Meeting 1 agrees four actions; meeting 2 reviews the three still open and adds one."""
    store = HomeStore(home).open()
    clock = FakeClock()
    first = make_meeting(store, clock)
    ids = {
        "done": first.add_action("assets", "Map skills", "Jan", date(2026, 12, 7), "a list").id,
        "kept": first.add_action(
            "networks", "Invite | the neighbours", "Els", date(2026, 12, 1)
        ).id,
        "dropped": first.add_action("catalysts", "Ask for herbs", "Priya").id,
        "early": first.add_action("mutuality", '=HYPERLINK("x")', "Kees").id,
    }
    first.set_action_status(ids["early"], "done")
    first.start()
    first.close()
    clock.advance(minutes=28 * 24 * 60)
    second = Workspace(store, clock=clock).new_meeting(
        first.project, load_plan(plans_dir() / "standard.yaml"), title="Maandoverleg december"
    )
    second.review_carried(ids["done"], "done", "on the wall")
    second.review_carried(ids["kept"], "open")
    second.review_carried(ids["dropped"], "dropped")
    ids["new"] = second.add_action("blur_roles", "Residents chair\nthe meeting", "Mohamed").id
    store.close()
    return ids


def export(home: Path, fmt: str, capsys) -> str:
    code = main(
        [
            "--home",
            str(home),
            "actions",
            "export",
            "--project",
            "kookgroep de linde",
            "--format",
            fmt,
        ]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out


def test_csv_parses_back_with_every_action_once(tmp_path, capsys):
    home = tmp_path / "home"
    two_meetings(home)
    rows = list(csv.reader(io.StringIO(export(home, "csv", capsys))))
    assert rows[0][:6] == [
        "key element",
        "what will we do",
        "who",
        "by when",
        "how will we know",
        "status",
    ]
    body = {row[1]: row for row in rows[1:]}
    assert len(rows) == 6, "five actions, each once, newest version"
    assert body["Map skills"][5] == "done" and "on the wall" in body["Map skills"][8]
    assert body["Invite | the neighbours"][5] == "open"
    assert body["Invite | the neighbours"][6] == "yes", "overdue on the day of export"
    assert body["Ask for herbs"][5] == "dropped"
    assert body["Residents chair\nthe meeting"][0] == "Blur roles"
    assert body['\'=HYPERLINK("x")'][5] == "done", "no formula runs in a spreadsheet"
    assert body["Map skills"][7].endswith("Co-production group meeting")
    assert [row[0] for row in rows[1:]] == [
        "Assets",
        "Mutuality",
        "Networks",
        "Blur roles",
        "Catalysts",
    ], "in the toolkit's order of key elements"


def test_markdown_has_the_rows_with_pipes_escaped(tmp_path, capsys):
    home = tmp_path / "home"
    two_meetings(home)
    out = export(home, "md", capsys)
    lines = out.splitlines()
    assert lines[0] == "# Action plan · Kookgroep De Linde"
    assert "5 actions · 2 open · 1 overdue" in lines[2]
    table = [line for line in lines if line.startswith("|")]
    assert len(table) == 2 + 5
    widths = {line.replace("\\|", "").count("|") for line in table}
    assert widths == {10}, "every row has the same nine cells"
    assert "Invite \\| the neighbours" in out
    assert "Residents chair<br>the meeting" in out


def test_dutch_headings(tmp_path, capsys):
    home = tmp_path / "home"
    two_meetings(home)
    code = main(
        [
            "--home",
            str(home),
            "--lang",
            "nl",
            "actions",
            "export",
            "--project",
            "Kookgroep De Linde",
            "--format",
            "csv",
        ]
    )
    assert code == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][0] == "kernelement"
    assert {row[5] for row in rows[1:]} == {"gedaan", "open", "vervallen"}


def test_to_a_file(tmp_path, capsys):
    home = tmp_path / "home"
    two_meetings(home)
    target = tmp_path / "plan.md"
    assert (
        main(
            [
                "--home",
                str(home),
                "actions",
                "export",
                "--project",
                "Kookgroep De Linde",
                "-o",
                str(target),
            ]
        )
        == 0
    )
    assert "Map skills" in target.read_text(encoding="utf-8")


def test_unknown_project_and_missing_home(tmp_path, capsys):
    home = tmp_path / "home"
    two_meetings(home)
    assert main(["--home", str(home), "actions", "export", "--project", "Nope"]) == 2
    assert "Kookgroep De Linde" in capsys.readouterr().err
    assert main(["--home", str(tmp_path / "empty"), "actions", "export", "--project", "x"]) == 1
    assert "no coprod data" in capsys.readouterr().err
    assert not (tmp_path / "empty").exists(), "a mistyped home is not created"


@pytest.mark.parametrize("fmt", ["csv", "md"])
def test_hostile_texts_survive_the_export(tmp_path, capsys, fmt):
    home = tmp_path / "home"
    store = HomeStore(home).open()
    meeting = make_meeting(store)
    texts = [text for _, text in hostile_texts() if text.strip() and len(text) <= 2000]
    for text in texts:
        try:
            meeting.add_action("assets", text, text[:200], None, text[:1000])
        except ValueError:
            continue
    count = len(meeting.session.actions)
    store.close()
    out = export(home, fmt, capsys)
    assert "\x1b" not in out and "\x07" not in out
    if fmt == "csv":
        assert len(list(csv.reader(io.StringIO(out)))) == count + 1
    else:
        table = [line for line in out.splitlines() if line.startswith("|")]
        assert len(table) == count + 2
        assert all(line.replace("\\|", "").count("|") == 10 for line in table)


def test_export_works_while_the_app_holds_the_home(tmp_path):
    home = tmp_path / "home"
    two_meetings(home)
    holder = HomeStore(home).open()  # as the running app would
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from coprod_tui.cli.main import main; "
                f"code = main(['--home', {str(home)!r}, 'actions', 'export', '--project', "
                "'Kookgroep De Linde', '--format', 'csv']); "
                "print('textual' in sys.modules, file=sys.stderr); sys.exit(code)",
            ],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=60,
        )
    finally:
        holder.close()
    assert result.returncode == 0, result.stderr
    assert "Map skills" in result.stdout
    assert result.stderr.strip() == "False", "the export loads no Textual"
