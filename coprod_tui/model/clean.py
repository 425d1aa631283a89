"""What a person types, made safe to keep and show; and the model's ``ValidationError``.

No dataclasses and nothing of the rest of the model, so ``coprod card`` can check a card with
this and ``model/card_rules.py`` alone (tests/cli/test_card_imports.py).
"""

from __future__ import annotations

import unicodedata

# Format characters that reorder or hide text (Trojan Source) are removed like controls;
# the zero-width joiner stays because emoji sequences need it.
_KEEP_FORMAT = {"\u200d"}


class ValidationError(ValueError):
    """A value that does not fit the model; the message says what was expected and where."""


def clean_text(text: str, *, multiline: bool = True) -> str:
    """Remove control and hidden format characters; keep newlines (and tabs as spaces).

    Card text and names are data: what is left can be shown as plain text and
    written to YAML without changing a terminal.
    """
    lines = text.split("\n")
    if all(line.isprintable() for line in lines):  # the usual case: nothing to remove
        return ("\n" if multiline else " ").join(lines).strip()
    return _clean_chars(text, multiline)


def _clean_chars(text: str, multiline: bool) -> str:
    out: list[str] = []
    for char in text.replace("\r\n", "\n"):
        if char == "\n":
            out.append("\n" if multiline else " ")
        elif char == "\t":
            out.append(" ")
        else:
            category = unicodedata.category(char)
            if category in ("Cc", "Cs", "Co", "Cn") or (
                category == "Cf" and char not in _KEEP_FORMAT
            ):
                continue
            out.append(char)
    return "".join(out).strip()


def clean_line(text: str) -> str:
    """Like clean_text, for one-line fields such as names."""
    return " ".join(clean_text(text, multiline=False).split())
