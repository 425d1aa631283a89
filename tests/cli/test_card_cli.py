"""`coprod card`: any text in, a plain card or a clear refusal out; never a crash."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_tui.cli import main as cli
from coprod_tui.cli.card import MAX_STDIN_BYTES, text_from_argument
from coprod_tui.meeting import Workspace
from coprod_tui.model import ValidationError, valid_card_text, valid_name
from coprod_tui.store.db import HomeStore
from coprod_tui.tui.widgets.card_view import card_cells, card_detail, one_line
from tests.support import hostile_bytes, hostile_texts, make_meeting

ROOT = Path(__file__).resolve().parents[2]


class FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def hand_in(home: Path, text: str, *options: str, stdin: bytes | None = None):
    """Run `coprod card` in-process; (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    argv = ["--home", str(home), "--lang", "en", "card", *options, "--", text]
    saved = sys.stdin
    if stdin is not None:
        sys.stdin = FakeStdin(stdin)  # type: ignore[assignment]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(argv)
    finally:
        sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


def spooled(home: Path) -> list[dict]:
    new = home / "inbox" / "new"
    return [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(new.iterdir())]


def printable(text: str) -> bool:
    """No control, surrogate or hidden format character (other spaces such as NBSP are text)."""
    return all(
        char in "\n\u200d" or unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Cn")
        for char in text
    )


@pytest.mark.parametrize(("what", "text"), hostile_texts())
def test_each_hostile_text_is_a_plain_card_or_a_clear_refusal(tmp_path, what, text):
    home = tmp_path / "home"
    code, out, err = hand_in(home, text, "--from", text[:80])
    if code == 0:
        (card,) = spooled(home)
        assert card["text"] == valid_card_text(text), what
        assert printable(card["text"]) and "\x1b" not in card["text"]
        assert "Card handed in" in out
    else:
        assert code == 2, what
        assert "card not handed in" in err and ("card" in err or "name" in err)
        assert "Traceback" not in err
        assert not spooled(home)


def test_a_1_mb_paste_is_refused_with_the_reason(tmp_path):
    code, _, err = hand_in(tmp_path / "home", "z" * 1_048_576)
    assert code == 2
    assert "at most 2000 characters; this one has 1048576" in err
    code, _, err = hand_in(tmp_path / "home", "-", stdin=b"z" * (MAX_STDIN_BYTES + 5))
    assert code == 2 and "at most 2000 characters" in err
    assert not spooled(tmp_path / "home")


def test_invalid_utf8_from_stdin_and_from_the_command_line(tmp_path):
    ((_, raw),) = hostile_bytes()
    home = tmp_path / "home"
    assert hand_in(home, "-", stdin=raw)[0] == 0
    assert hand_in(home, os.fsdecode(raw))[0] == 0  # how Python hands over undecodable argv
    texts = [card["text"] for card in spooled(home)]
    assert texts == [raw.decode("utf-8", "replace")] * 2
    assert "\ufffd" in texts[0]


def test_the_real_command_with_raw_bytes_and_no_textual(tmp_path):
    ((_, raw),) = hostile_bytes()
    home = tmp_path / "home"
    check = "import sys; from coprod_tui.cli.main import main; c = main(); "
    check += "sys.exit(c or ('textual' in sys.modules and 9))"
    result = subprocess.run(
        [sys.executable, "-c", check, "--home", os.fsencode(home), "card", raw],
        cwd=ROOT,
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    (card,) = spooled(home)
    assert card["text"] == raw.decode("utf-8", "replace")
    assert "author" not in card


def test_anonymous_is_the_default_and_an_empty_name_is_anonymous(tmp_path):
    home = tmp_path / "home"
    assert hand_in(home, "no name")[0] == 0
    assert hand_in(home, "empty name", "--from=")[0] == 0
    assert hand_in(home, "named", "--from", " Jan ")[0] == 0
    cards = spooled(home)
    assert [card.get("author") for card in cards] == [None, None, "Jan"]
    assert ["author" in card for card in cards] == [False, False, True]


# --- hypothesis: arbitrary text through `coprod card`, the spool, the meeting and the screen ---
any_text = st.text(st.characters(exclude_categories=()), max_size=300) | st.sampled_from(
    [text for _, text in hostile_texts()]
)


@pytest.fixture(scope="module")
def open_meeting():
    folder = Path(tempfile.mkdtemp(prefix="coprod-hypothesis-"))
    store = HomeStore(folder / "home").open()
    yield store, make_meeting(store)
    store.close()
    shutil.rmtree(folder, ignore_errors=True)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=any_text, author=st.none() | st.text(max_size=90))
def test_any_text_through_the_command_and_the_inbox(open_meeting, text, author):
    store, meeting = open_meeting
    home = store.paths.root
    options = [] if author is None else [f"--from={author}"]
    if text == "-":
        text = "- "
    code, _, err = hand_in(home, text, *options)
    try:
        expected = valid_card_text(text_from_argument(text))
        expected_author = valid_name(text_from_argument(author)) if author else None
    except ValidationError:
        assert code == 2 and "card not handed in" in err
        return
    assert code == 0, err
    result = Workspace(store).collect_inbox(meeting)
    (card,) = result.received
    stored = store.load_meeting(meeting.session.id).card(card.id)
    assert (stored.text, stored.author) == (expected, expected_author)
    assert printable(stored.text)
    cells = card_cells(stored, from_width=12, text_width=40)
    detail = card_detail(stored).plain
    assert detail.startswith(stored.text)
    assert (expected_author or "anonymous") in detail
    for shown in [cell.plain for cell in cells] + [detail]:
        assert printable(shown)
    assert one_line(stored.text).startswith(cells[3].plain.removesuffix("…"))


def test_a_refusal_in_dutch_with_lang_nl_or_a_dutch_locale(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    assert cli.main(["--home", str(home), "--lang", "nl", "card", ""]) == 2
    assert capsys.readouterr().err == (
        "coprod: kaart niet ingeleverd: een kaart heeft tekst nodig (hij was leeg)\n"
    )
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert cli.main(["--home", str(home), "card", "x" * 2001]) == 2
    assert "er passen hoogstens 2000 tekens op een kaart; deze heeft er 2001" in (
        capsys.readouterr().err
    )
    assert not spooled(home)
