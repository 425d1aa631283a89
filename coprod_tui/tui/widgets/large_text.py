"""Large type for a shared screen: a short card in figlet letters, when it fits whole.

``large_type`` word-wraps the text into the largest font that shows every character and
fits the given cells; it returns None when none does (a long card, a character the font
lacks such as "ë", a word too wide), and the caller then shows the text plainly, so nothing
is ever cut off or silently dropped. pyfiglet is imported here only, on first use.
"""

from __future__ import annotations

import functools
from typing import Any

# Largest first; smmono9 is the one readable font with accented letters (Cliënt, één, café).
LARGE_FONTS = ("big", "standard", "small", "smmono9")
MAX_LARGE_CHARS = 160  # longer cards read better as plain text
LINE_GAP = 1  # blank rows between two rendered lines


@functools.cache
def _figlet(font: str) -> Any:
    import pyfiglet

    return pyfiglet.Figlet(font=font, width=10_000)


def _render_line(font: str, words: list[str]) -> list[str]:
    rows = _figlet(font).renderText(" ".join(words)).rstrip("\n").split("\n")
    while rows and not rows[-1].strip():
        rows.pop()
    while rows and not rows[0].strip():
        rows.pop(0)
    return [row.rstrip() for row in rows]


def _width(rows: list[str]) -> int:
    return max((len(row) for row in rows), default=0)


def _supported(font: str, text: str) -> bool:
    chars = _figlet(font).Font.chars
    return all(ord(char) in chars for char in text if char not in " \n")


def _wrap(font: str, words: list[str], width: int) -> list[list[str]] | None:
    """Greedy word wrap by rendered width; None when a single word is too wide."""
    lines: list[list[str]] = []
    current: list[str] = []
    for word in words:
        trial = [*current, word]
        if _width(_render_line(font, trial)) <= width:
            current = trial
            continue
        if not current:
            return None
        lines.append(current)
        current = [word]
        if _width(_render_line(font, current)) > width:
            return None
    if current:
        lines.append(current)
    return lines


def large_type(
    text: str, width: int, height: int, fonts: tuple[str, ...] = LARGE_FONTS
) -> str | None:
    """``text`` in the largest of ``fonts`` that fits ``width`` × ``height`` whole, else None.

    The card's own line breaks are kept; each of its lines is wrapped on its words.
    """
    paragraphs = [line.split() for line in text.split("\n") if line.strip()]
    if not paragraphs or len(text) > MAX_LARGE_CHARS or width < 10 or height < 3:
        return None
    for font in fonts:
        if not _supported(font, text):
            continue
        lines: list[list[str]] = []
        for words in paragraphs:
            wrapped = _wrap(font, words, width)
            if wrapped is None:
                break
            lines += wrapped
        else:
            rows: list[str] = []
            for number, line in enumerate(lines):
                if number:
                    rows += [""] * LINE_GAP
                rows += _render_line(font, line)
            if len(rows) <= height:
                return "\n".join(rows)
    return None
