"""One translation function for every string a facilitator reads.

English source text is the key. The Dutch catalogue is split per area into
``coprod_tui/locale/nl_*.py`` modules (each defines ``NL: dict[str, str]``),
merged on first use, so each screen keeps its own strings beside the others.
"""

from __future__ import annotations

import importlib
import locale
import os
import pkgutil

LANGUAGES = ("en", "nl")
_language = "en"
_catalogue: dict[str, str] | None = None


def detect_language() -> str:
    """The language from the environment's locale: Dutch if it says so, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "nl" if code.lower().startswith("nl") else "en"


def set_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    global _language
    _language = language


def language() -> str:
    return _language


def dutch_catalogue() -> dict[str, str]:
    global _catalogue
    if _catalogue is None:
        merged: dict[str, str] = {}
        for info in pkgutil.iter_modules(__path__):
            if info.name.startswith("nl_"):
                module = importlib.import_module(f"coprod_tui.i18n.{info.name}")
                merged.update(module.NL)
        _catalogue = merged
    return _catalogue


def t(text: str, /, **values: object) -> str:
    """Translate ``text`` into the current language, then fill in ``{placeholders}``."""
    if _language == "nl":
        text = dutch_catalogue().get(text, text)
    return text.format(**values) if values else text


def pick(english: str, dutch: str) -> str:
    """Choose between two fixed labels (the toolkit's own wording) by language."""
    return dutch if _language == "nl" else english
