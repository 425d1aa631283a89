"""`coprod readiness export`: a project's readiness checks for sharing, as Markdown or CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from coprod_tui.cli.main import main
from coprod_tui.store.db import HomeStore
from tests.support import FakeClock, make_meeting

FOUR_WEEKS = 60 * 24 * 28


def two_checks(home: Path) -> None:
    """Check 1: mutuality mostly "not yet"; check 2, four weeks later: mostly "yes"."""
    store = HomeStore(home).open()
    clock = FakeClock()
    first = make_meeting(store, clock)
    for key, value in [("mutuality.1", "not_yet"), ("mutuality.2", "partly")]:
        first.answer_question(key, value, "=SUM(A1) | *not* <b>")
    first.answer_question("mutuality.3", "yes")
    first.answer_question("mutuality.1", "yes", source="person", participant="Jan")
    first.answer_question("mutuality.1", "not_yet", source="person")
    first.gap_to_action("mutuality.1", "Say whose project it is, at every meeting")
    first.start()
    first.close()
    clock.advance(minutes=FOUR_WEEKS)
    plain = make_meeting(store, clock)  # a meeting without a check is not exported
    plain.start()
    plain.close()
    clock.advance(minutes=FOUR_WEEKS)
    second = make_meeting(store, clock)
    for key in ("mutuality.1", "mutuality.2", "mutuality.3"):
        second.answer_question(key, "yes")
    store.close()


def export(home: Path, fmt: str, capsys) -> str:
    argv = ["--home", str(home), "--lang", "en", "readiness", "export"]
    code = main([*argv, "--project", "Kookgroep De Linde", "--format", fmt])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def test_markdown_shows_each_check_and_the_change_since_the_one_before(tmp_path, capsys):
    home = tmp_path / "home"
    two_checks(home)
    text = export(home, "md", capsys)
    assert text.startswith("# Readiness checks · Kookgroep De Linde")
    assert text.count("### Readiness check") == 2
    assert text.index("## 2026-11-23") < text.index("## 2027-01-18")
    assert "- Mutuality: up from partly to yes on 2 of 5" in text
    assert "\\*not\\* &lt;b&gt;" in text and "<b>" not in text, "user text is escaped"
    assert "→ action: Say whose project it is, at every meeting (open)" in text
    assert "each person: yes 1 · not yet 1 (1 anonymous)" in text


def test_csv_has_a_row_per_question_per_check_and_no_formulas(tmp_path, capsys):
    home = tmp_path / "home"
    two_checks(home)
    rows = list(csv.reader(io.StringIO(export(home, "csv", capsys))))
    header, body = rows[0], rows[1:]
    assert len(body) == 2 * 19
    assert header[:4] == ["date", "meeting", "key element", "question"]
    row = dict(zip(header, body[6]))  # the first check's mutuality.1
    assert row["question"].startswith("Does everyone know it is their project")
    assert (row["the group's answer"], row["the group's note"]) == (
        "not yet",
        "'=SUM(A1) | *not* <b>",
    )
    assert (row["yes"], row["not yet"], row["anonymous"]) == ("1", "1", "1")
    assert row["each person"] == "Jan: yes\nanonymous: not yet"
    assert row["actions"] == "Say whose project it is, at every meeting (open)"
    assert dict(zip(header, body[19 + 6]))["where we stand"] == "yes"


def test_an_unknown_project_is_named(tmp_path, capsys):
    home = tmp_path / "home"
    two_checks(home)
    code = main(["--home", str(home), "readiness", "export", "--project", "Nobody"])
    assert code == 2
    assert "no project called 'Nobody'; known: Kookgroep De Linde" in capsys.readouterr().err
