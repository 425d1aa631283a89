from __future__ import annotations

import pytest

from coprod_tui.i18n import set_language


@pytest.fixture
def lang(request) -> str:
    """Parametrised by ``helpers.languages``: the app speaks this language from the start."""
    set_language(request.param)
    return request.param


@pytest.fixture
def key_words(lang):
    """The key bar's words in ``lang``; list it before ``make_app``. A screen's key
    descriptions are read as its module is imported (the app starts in one language; switching
    restarts it), so the app's and the screens' modules are imported again in ``lang``, and
    again in English afterwards."""
    import importlib
    import sys

    def reimport() -> None:
        names = [
            name
            for name in sys.modules
            if name == "coprod_tui.tui.app" or name.startswith("coprod_tui.tui.screens.")
        ]
        for name in sorted(names):
            importlib.reload(sys.modules[name])

    reimport()
    yield lang
    set_language("en")
    reimport()
