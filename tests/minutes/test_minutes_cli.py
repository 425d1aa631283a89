"""`coprod minutes list|show|search|export` and `coprod rebuild --from-minutes` from a shell."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from coprod_tui.cli.main import main
from coprod_tui.store.db import HomeStore
from tests.minutes.helpers import closed_meeting
from tests.support import FakeClock

REPO = Path(__file__).resolve().parents[2]


def home_with_meetings(tmp_path):
    home = tmp_path / "home"
    store = HomeStore(home).open()
    clock = FakeClock()
    first = closed_meeting(store, clock, cards=[("Ask the cook about fresh SOUP", "Jan")])
    second = closed_meeting(store, clock, cards=[("[bold]Bus[/] <b>on</b> Tuesdays", None)])
    store.close()
    return home, first.session, second.session


def test_list_shows_meetings_and_unreadable_files(tmp_path, capsys):
    home, first, second = home_with_meetings(tmp_path)
    (home / "minutes" / "dropped-in.yaml").write_text("just: text\n")
    assert main(["--home", str(home), "minutes", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("dropped-in.yaml  (invalid: dropped-in.yaml: expected schema: 1")
    assert second.id[:8] in lines[1] and first.id[:8] in lines[2]
    assert "cards: 1  actions: 2" in lines[1]


def test_search_prints_the_match_in_its_context(tmp_path, capsys):
    home, first, _ = home_with_meetings(tmp_path)
    assert main(["--home", str(home), "minutes", "search", "fresh", "soup"]) == 0
    out = capsys.readouterr().out
    assert "(card)  Ask the cook about [fresh SOUP]" in out
    assert first.date.isoformat() in out
    assert main(["--home", str(home), "minutes", "search", "BUS"]) == 0
    assert "(card)  [bold][Bus][/] <b>on</b> Tuesdays" in capsys.readouterr().out, "plain text"
    assert main(["--home", str(home), "minutes", "search", "nowhere"]) == 1
    assert "No minutes mention 'nowhere'" in capsys.readouterr().err
    assert main(["--home", str(home), "--lang", "nl", "minutes", "search", "soup"]) == 0
    assert "(kaart)  Ask the cook about fresh [SOUP]" in capsys.readouterr().out


def test_export_to_the_exports_folder_a_file_or_stdout(tmp_path, capsys):
    home, first, second = home_with_meetings(tmp_path)
    assert main(["--home", str(home), "minutes", "export", first.id[:8], "--format", "md"]) == 0
    out = capsys.readouterr().out
    written = Path(out.split("Markdown written to ", 1)[1].strip())
    assert written.parent == home / "exports" and written.suffix == ".md"
    assert "Ask the cook about fresh SOUP" in written.read_text()

    target = tmp_path / "shared" / "november.md"
    target.parent.mkdir()
    assert main(["--home", str(home), "minutes", "export", second.id, "-o", str(target)]) == 0
    assert "\\[bold\\]Bus\\[/\\] &lt;b&gt;on&lt;/b&gt; Tuesdays" in target.read_text()
    assert f"Markdown written to {target}" in capsys.readouterr().out

    source = sorted((home / "minutes").glob("*.yaml"))[0]
    assert main(["--home", str(home), "minutes", "export", str(source), "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("# Co-production group meeting\n")

    assert main(["--home", str(home), "minutes", "export", "nope"]) == 1
    assert "no minutes file or meeting id matches 'nope'" in capsys.readouterr().err


def test_rebuild_from_the_command_line(tmp_path, capsys):
    home, first, _ = home_with_meetings(tmp_path)
    (home / "coprod.json").write_text("{broken")
    assert main(["--home", str(home), "rebuild", "--from-minutes"]) == 0
    out = capsys.readouterr().out
    assert "The index could not be read" in out and "coprod.json.broken-" in out
    store = HomeStore(home).open()
    try:
        assert store.summary(first.id)["cards"] == 1
    finally:
        store.close()


def test_rebuild_refuses_while_the_app_runs(tmp_path, capsys):
    home, _, _ = home_with_meetings(tmp_path)
    running = HomeStore(home).open()
    try:
        assert main(["--home", str(home), "rebuild", "--from-minutes"]) == 1
    finally:
        running.close()
    assert "Another coprod is using" in capsys.readouterr().err


def test_minutes_commands_load_no_textual(tmp_path):
    home, first, _ = home_with_meetings(tmp_path)
    calls = [
        ["minutes", "search", "soup"],
        ["minutes", "export", first.id, "-o", str(tmp_path / "x.md")],
        ["rebuild", "--from-minutes"],
    ]
    code = (
        "import sys; from coprod_tui.cli.main import main\n"
        + "".join(f"main(['--home', {str(home)!r}, *{call!r}])\n" for call in calls)
        + "print('textual' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr
