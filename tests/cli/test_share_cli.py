"""``coprod share`` from a shell: init (making the shared folder), pull, push, status, the
push-on-close setting, and the messages when git, the remote or the home is not available."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coprod_tui.cli.main import main
from coprod_tui.meeting.share import PUSH_ON_CLOSE
from coprod_tui.store.db import HomeStore
from tests.support import FakeClock, make_meeting

REPO = Path(__file__).resolve().parents[2]


def close_a_meeting(home: Path, title: str = "Maandoverleg") -> str:
    store = HomeStore(home).open()
    try:
        meeting = make_meeting(store, FakeClock())
        meeting.session.title = title
        meeting.start()
        meeting.close()
        return meeting.session.id
    finally:
        store.close()


def share(home: Path, *args: str) -> int:
    return main(["--home", str(home), "share", *args])


def test_init_makes_the_shared_folder_and_a_second_laptop_pulls(tmp_path, git_env, capsys):
    laptop_a, laptop_b = tmp_path / "a", tmp_path / "b"
    shared = tmp_path / "drive" / "kookgroep.git"
    shared.parent.mkdir()
    first = close_a_meeting(laptop_a)
    assert share(laptop_a, "init", str(shared), "--push-on-close") == 0
    out = capsys.readouterr().out
    assert f"Made an empty shared repository: {shared}" in out
    assert "Sent 1 meeting to" in out
    store = HomeStore(laptop_a).open(lock=False)
    assert store.setting(PUSH_ON_CLOSE) is True
    store.close()

    assert share(laptop_b, "init", str(shared)) == 0
    out = capsys.readouterr().out
    assert "Brought in 1 meeting from" in out and "Maandoverleg" in out
    assert main(["--home", str(laptop_b), "minutes", "show", first[:8]]) == 0
    assert "Maandoverleg" in capsys.readouterr().out

    close_a_meeting(laptop_b, "Tweede")
    assert share(laptop_b, "status") == 0
    out = capsys.readouterr().out
    assert f"Shared with: {shared}" in out and "Not sent yet (1)" in out and "Tweede" in out
    assert "Push when a meeting closes: off" in out
    assert share(laptop_b, "push") == 0
    assert "Sent 1 meeting to" in capsys.readouterr().out
    assert share(laptop_a, "pull") == 0
    assert "Brought in 1 meeting from" in capsys.readouterr().out
    assert share(laptop_a, "pull") == 0
    assert "Nothing new in the shared minutes." in capsys.readouterr().out
    assert share(laptop_a, "push-on-close", "off") == 0
    assert "Push when a meeting closes: off" in capsys.readouterr().out


def test_a_relative_path_is_the_shared_folder_from_where_you_are(
    tmp_path, git_env, capsys, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    close_a_meeting(tmp_path / "a")
    assert share(tmp_path / "a", "init", "shared.git") == 0
    assert (tmp_path / "shared.git" / "HEAD").is_file()
    assert f"shared with {tmp_path / 'shared.git'}" in capsys.readouterr().out


def test_offline_push_exits_1_with_the_reason_and_nothing_is_lost(tmp_path, git_env, capsys):
    home, shared = tmp_path / "a", tmp_path / "shared.git"
    share(home, "init", str(shared))
    close_a_meeting(home)
    shared.rename(tmp_path / "unplugged.git")
    capsys.readouterr()
    assert share(home, "push") == 1
    err = capsys.readouterr().err
    assert "did not answer" in err and "Nothing is lost" in err
    (tmp_path / "unplugged.git").rename(shared)
    assert share(home, "push") == 0
    assert "Sent 1 meeting to" in capsys.readouterr().out


def test_not_shared_git_missing_and_the_app_open(tmp_path, git_env, capsys, monkeypatch):
    home = tmp_path / "a"
    assert share(home, "push") == 1
    assert "coprod share init REMOTE" in capsys.readouterr().err
    assert share(home, "status") == 0
    assert "not shared" in capsys.readouterr().out

    share(home, "init", str(tmp_path / "shared.git"))
    app = HomeStore(home).open()  # the app holds the home
    try:
        capsys.readouterr()
        assert share(home, "pull") == 1
        err = capsys.readouterr().err
        assert "Another coprod is using" in err and "press s on the home screen" in err
    finally:
        app.close()

    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert share(home, "push") == 1
    assert "git is not installed" in capsys.readouterr().err


def test_a_remote_address_that_looks_like_an_option_is_refused(
    tmp_path, git_env, capsys, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    assert share(tmp_path / "a", "init", "--", "-oProxyCommand=x") == 1
    assert "is not a git remote address" in capsys.readouterr().err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a"]


def test_in_dutch(tmp_path, git_env, capsys):
    assert main(["--home", str(tmp_path / "a"), "--lang", "nl", "share", "status"]) == 0
    assert "worden niet gedeeld" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["status", "push"])
def test_share_loads_no_textual(tmp_path, git_env, command):
    home = tmp_path / "a"
    share(home, "init", str(tmp_path / "shared.git"))
    code = (
        "import sys; from coprod_tui.cli.main import main;"
        f"main(['--home', {str(home)!r}, 'share', {command!r}]);"
        "print('textual' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr
