"""Where a home is: ``--home``, else ``$COPROD_HOME``, else platformdirs' user data folder,
which on an ordinary Linux is worked out without importing platformdirs (``coprod card``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from platformdirs import user_data_dir

from coprod_tui.store import paths
from coprod_tui.store.paths import HomePaths, default_home, resolve_home

ENVIRONMENTS = [
    pytest.param({"XDG_DATA_HOME": None, "HOME": "/home/els"}, id="no XDG_DATA_HOME"),
    pytest.param({"XDG_DATA_HOME": "", "HOME": "/home/els"}, id="empty XDG_DATA_HOME"),
    pytest.param({"XDG_DATA_HOME": "/data/els", "HOME": "/home/els"}, id="XDG_DATA_HOME"),
    pytest.param({"XDG_DATA_HOME": "/data/els/", "HOME": "/home/els/"}, id="trailing slashes"),
    pytest.param({"XDG_DATA_HOME": "  ", "HOME": "/home/els"}, id="blank XDG_DATA_HOME"),
    pytest.param({"XDG_DATA_HOME": "relative", "HOME": "/home/els"}, id="relative XDG"),
    pytest.param({"XDG_DATA_HOME": "~/data", "HOME": "/home/els"}, id="XDG with a tilde"),
    pytest.param({"XDG_DATA_HOME": None, "HOME": "/"}, id="HOME is /"),
    pytest.param({"XDG_DATA_HOME": None, "HOME": "home/els"}, id="relative HOME"),
    pytest.param({"XDG_DATA_HOME": None, "HOME": None}, id="no HOME"),
    pytest.param({"ANDROID_DATA": "/data", "ANDROID_ROOT": "/system"}, id="Android markers"),
]


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_the_default_home_is_platformdirs_answer(monkeypatch, environment):
    for name, value in environment.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    try:
        expected = Path(user_data_dir("coprod", appauthor=False))
    except RuntimeError:  # newer platformdirs, no usable home at all: coprod says the same
        with pytest.raises(RuntimeError):
            default_home()
        return
    assert default_home() == expected


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the shortcut is Linux's")
def test_an_ordinary_linux_needs_no_platformdirs(monkeypatch):
    monkeypatch.setenv("HOME", "/home/els")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert paths._plain_linux_home() == "/home/els/.local/share/coprod"
    monkeypatch.setenv("XDG_DATA_HOME", "/data/els")
    assert paths._plain_linux_home() == "/data/els/coprod"
    monkeypatch.setenv("XDG_DATA_HOME", "relative")
    assert paths._plain_linux_home() is None, "platformdirs' versions differ here: ask it"


def test_the_command_line_then_the_environment_then_the_default(monkeypatch, tmp_path):
    monkeypatch.setenv("COPROD_HOME", str(tmp_path / "env"))
    assert resolve_home(str(tmp_path / "cli")) == tmp_path / "cli"
    assert resolve_home(None) == tmp_path / "env"
    monkeypatch.setenv("COPROD_HOME", "")
    assert resolve_home(None) == default_home()


def test_home_paths_are_values():
    one, same, other = HomePaths(Path("/a")), HomePaths(Path("/a")), HomePaths(Path("/b"))
    assert one == same and hash(one) == hash(same) and one != other
    assert {one, same, other} == {one, other}
    assert one.inbox == Path("/a/inbox") and one.meeting("m1") == Path("/a/meetings/m1.json")
    assert repr(one).startswith("HomePaths(root=")
