from __future__ import annotations

import pytest

from coprod_tui.i18n import set_language


@pytest.fixture
def lang(request) -> str:
    """Parametrised by ``helpers.languages``: the app speaks this language from the start."""
    set_language(request.param)
    return request.param
