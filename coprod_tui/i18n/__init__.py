"""Every word a person reads, in their language: GNU gettext catalogues.

The English text is the message id. Translations live in
``coprod_tui/i18n/locale/<language>/LC_MESSAGES/coprod.po`` (what a translator edits, with
Poedit, Weblate or a text editor); the build and ``make catalogues`` compile each into the
``coprod.mo`` beside it, which ``gettext`` reads. A source checkout with no (or an older)
``.mo`` reads the ``.po`` itself, so a new string works the moment it is in the ``.po``.

- ``t("Hello {name}", name=...)`` — the app's language (one per process, ``set_language``);
- ``n("{count} card", "{count} cards", count)`` — plurals (``ngettext``; ``{count}`` is filled in);
- ``pt("action status", "done")`` — one English word with two meanings (``pgettext``);
- ``N_("...")`` marks a constant for extraction; translate it where it is shown (``t(CONSTANT)``);
- ``translator("nl")`` — the same functions for one language, whatever the app speaks
  (the phone page answers in the phone's language).

Catalogues load on first use, once per language.
"""

from __future__ import annotations

import _thread
import gettext
import os
from pathlib import Path

from coprod_tui.i18n.mo_file import MoCatalogue

DOMAIN = "coprod"
LOCALE_DIR = Path(__file__).with_name("locale")
SOURCE_LANGUAGE = "en"


def _languages() -> tuple[str, ...]:
    try:
        found = sorted(
            entry.name
            for entry in os.scandir(LOCALE_DIR)
            if entry.is_dir() and entry.name != SOURCE_LANGUAGE
        )
    except OSError:
        found = []
    return (SOURCE_LANGUAGE, *found)


LANGUAGES = _languages()  # English, then every language with a catalogue folder


class Translator:
    """The catalogue of one language, and the functions that read it."""

    def __init__(self, language: str, translations: gettext.NullTranslations) -> None:
        self.language = language
        self._translations = translations

    def t(self, text: str, /, **values: object) -> str:
        """``text`` in this language, with its ``{placeholders}`` filled in."""
        text = self._translations.gettext(text)
        return text.format(**values) if values else text

    def n(self, singular: str, plural: str, count: int, /, **values: object) -> str:
        """The form of ``singular``/``plural`` this language uses for ``count``."""
        text = self._translations.ngettext(singular, plural, count)
        return text.format(count=count, **values)

    def pt(self, context: str, text: str, /, **values: object) -> str:
        """``text`` as meant in ``context`` (where one English word has two translations)."""
        text = self._translations.pgettext(context, text)
        return text.format(**values) if values else text

    @property
    def name(self) -> str:
        """The language's own name, from its catalogue's header (``Language-Team: Nederlands``)."""
        if self.language == SOURCE_LANGUAGE:
            return "English"
        return self._translations.info().get("language-team") or self.language

    def messages(self) -> dict[str, str]:
        """Every singular message without a context, English → this language."""
        catalog: dict[object, str] = getattr(self._translations, "_catalog", {})
        return {key: value for key, value in catalog.items() if isinstance(key, str) and key}


def _load(language: str) -> gettext.NullTranslations:
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    mo, po = folder / f"{DOMAIN}.mo", folder / f"{DOMAIN}.po"
    try:
        po_time = po.stat().st_mtime
    except OSError:
        po_time = None
    try:
        if po_time is None or mo.stat().st_mtime >= po_time:
            return MoCatalogue(mo.read_bytes())  # read a message at a time, as asked for
    except OSError:
        pass
    if po_time is None:
        return gettext.NullTranslations()
    from coprod_tui.i18n.catalogue import mo_bytes, read_po  # only without a fresh .mo

    return MoCatalogue(mo_bytes(read_po(po)))


_translators: dict[str, Translator] = {}
_loading = _thread.allocate_lock()  # threading's Lock; importing threading costs `coprod card`


def translator(language: str) -> Translator:
    """The translator for ``language`` (one of ``LANGUAGES``), loaded once, thread-safely."""
    found = _translators.get(language)
    if found is None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
        with _loading:
            found = _translators.get(language)
            if found is None:
                translations = (
                    gettext.NullTranslations() if language == SOURCE_LANGUAGE else _load(language)
                )
                found = _translators[language] = Translator(language, translations)
    return found


def use_translator(value: Translator) -> None:
    """Register ``value`` for its language and speak it (tests: a pseudo-locale)."""
    global _current
    _translators[value.language] = value
    _current = value


_current: Translator | None = None
_language = SOURCE_LANGUAGE


def detect_language() -> str:
    """The language from the environment's locale, if coprod speaks it, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return _supported(value)
    import locale  # only here: most environments say it in a variable

    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return _supported(code)


def _supported(code: str) -> str:
    primary = code.split(":")[0].split(".")[0].split("_")[0].split("-")[0].lower()
    return primary if primary in LANGUAGES else SOURCE_LANGUAGE


def set_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    global _language, _current
    _language, _current = language, None


def language() -> str:
    return _language


def _translator() -> Translator:
    global _current
    if _current is None:
        _current = translator(_language)
    return _current


def t(text: str, /, **values: object) -> str:
    """Translate ``text`` into the app's language, then fill in ``{placeholders}``."""
    return _translator().t(text, **values)


def n(singular: str, plural: str, count: int, /, **values: object) -> str:
    """``singular`` or ``plural``, as the app's language says it for ``count`` (fills {count})."""
    return _translator().n(singular, plural, count, **values)


def pt(context: str, text: str, /, **values: object) -> str:
    """``text`` in the app's language, as meant in ``context``."""
    return _translator().pt(context, text, **values)


def N_(text: str) -> str:
    """Mark ``text`` for the catalogue without translating it yet (module-level constants)."""
    return text


def dutch_catalogue() -> dict[str, str]:
    """English → Dutch for every singular message (kept for older tests and callers)."""
    return translator("nl").messages()
