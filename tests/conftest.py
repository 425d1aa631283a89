from __future__ import annotations

import pytest

from coprod_tui.i18n import set_language
from coprod_tui.store.db import HomeStore
from tests.support import FakeClock


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path):
    """An opened (and locked) home in a temporary folder."""
    home = HomeStore(tmp_path / "home").open()
    yield home
    home.close()


@pytest.fixture
def make_app(store, clock):
    """Build the app on the test home: ``make_app(meeting_id=...)``; the inbox is not polled."""
    from coprod_tui.meeting import Workspace
    from coprod_tui.tui.app import CoprodApp

    def build(**kwargs):
        kwargs.setdefault("poll_inbox", False)
        return CoprodApp(Workspace(store, clock=kwargs.pop("clock", clock)), **kwargs)

    return build


@pytest.fixture
def git_env(monkeypatch, tmp_path):
    """Commits with a name, and none of this machine's git configuration."""
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "Test Facilitator")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "facilitator@example.org")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
