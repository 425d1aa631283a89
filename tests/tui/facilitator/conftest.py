from __future__ import annotations

import pytest

from coprod_tui.i18n import set_language


@pytest.fixture
def lang(request) -> str:
    """Parametrised by ``helpers.languages``: the app speaks this language from the start."""
    set_language(request.param)
    return request.param


@pytest.fixture
def key_words(lang, monkeypatch):
    """The key bar's words in ``lang``. A screen's key descriptions are read as its module is
    imported (the app starts in one language; switching restarts it), so for this test every
    class of the app gets its keys' descriptions translated; monkeypatch puts them back."""
    import dataclasses
    import importlib
    import inspect
    import pkgutil

    import coprod_tui.tui
    from coprod_tui.i18n import t

    for info in pkgutil.walk_packages(coprod_tui.tui.__path__, "coprod_tui.tui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            bindings = cls.__dict__.get("_merged_bindings")
            if cls.__module__ != info.name or bindings is None:
                continue
            translated = bindings.copy()
            translated.key_to_bindings = {
                key: [dataclasses.replace(b, description=t(b.description)) for b in listed]
                for key, listed in bindings.key_to_bindings.items()
            }
            monkeypatch.setattr(cls, "_merged_bindings", translated)
    return lang
