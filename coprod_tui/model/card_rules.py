"""The rules of a card's text and of its author's name, without the ``Card`` dataclass.

``coprod card`` checks a card with these alone (no dataclasses, no toolkit: see
tests/cli/test_card_imports.py); ``model/card.py`` applies the same rules to every ``Card``.
"""

from __future__ import annotations

from coprod_tui.i18n import t
from coprod_tui.model.clean import ValidationError, clean_line, clean_text

MAX_CARD_CHARS = 2000
MAX_NAME_CHARS = 80
# Longer input is refused before cleaning, so a 1 MB paste costs nothing (removed control
# characters could otherwise shrink it under the limit only after a long scan).
MAX_RAW_CARD_CHARS = 8 * MAX_CARD_CHARS
CARD_SOURCES = ("terminal", "app", "phone")


def valid_card_text(text: str) -> str:
    """The card text with controls removed, or a ValidationError saying why it is refused."""
    cleaned = text if len(text) > MAX_RAW_CARD_CHARS else clean_text(text)
    if not cleaned:
        raise ValidationError(t("a card needs some text (it was empty)"))
    if len(cleaned) > MAX_CARD_CHARS:
        raise ValidationError(
            t(
                "a card holds at most {limit} characters; this one has {count}"
                " — shorten it or hand in two cards",
                limit=MAX_CARD_CHARS,
                count=len(cleaned),
            )
        )
    return cleaned


def valid_name(name: str | None) -> str | None:
    """A participant's name with controls removed; None or empty means anonymous."""
    if name is None:
        return None
    cleaned = name if len(name) > 8 * MAX_NAME_CHARS else clean_line(name)
    if len(cleaned) > MAX_NAME_CHARS:
        raise ValidationError(t("a name holds at most {limit} characters", limit=MAX_NAME_CHARS))
    return cleaned or None
