"""A test-only pseudo-locale: every message wrapped in ⟦ ⟧, so English on screen outside the
brackets never went through the catalogue (a literal a translator could not reach)."""

from __future__ import annotations

import gettext

from coprod_tui.i18n import Translator, use_translator
from coprod_tui.model.common import Wording

OPEN, CLOSE = "⟦", "⟧"


class Wrapped(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return f"{OPEN}{message}{CLOSE}"

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular if n == 1 else plural)

    def pgettext(self, context: str, message: str) -> str:
        return self.gettext(message)


def use_pseudo_locale() -> None:
    use_translator(Translator("qps", Wrapped()))
    # A new language gives the plans its titles too (sessions/*.yaml): as if it had.
    english = Wording.text
    Wording.text = lambda self, in_language=None: f"{OPEN}{english(self, in_language)}{CLOSE}"  # type: ignore[method-assign]
