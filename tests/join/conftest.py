from __future__ import annotations

import pytest

from coprod_tui.join import JoinPage
from coprod_tui.store.db import HomePaths
from coprod_tui.store.inbox import create_spool


@pytest.fixture
def home(tmp_path):
    paths = HomePaths(tmp_path / "home")
    paths.create()
    create_spool(paths.inbox)
    return paths


@pytest.fixture
def page(home):
    """A running join page on 127.0.0.1, on a free port."""
    join_page = JoinPage(home.inbox, host="127.0.0.1", port=0, project="Kookgroep De Linde")
    join_page.start()
    yield join_page
    join_page.stop()
